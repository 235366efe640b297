//! Layout: paragraphs wrapped to a width as byte ranges, laid out lazily per
//! paragraph, paginated with widow/orphan control, addressed by anchors.
//!
//! `(article, width, options) -> lines` and `(lines, height) -> pages`, pure:
//! no terminal here. Widths are display columns measured per grapheme
//! (CJK 2, emoji sequences one glyph, combining marks 0).

pub mod hyphen;
pub mod wrap;

use crate::article::{Article, ParaKind};
pub use wrap::{Line, display_width, justify_gaps, render_line, wrap_paragraph};

/// How to lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutOptions {
    /// The widest text column, in columns.
    pub max_width: u16,
    pub justify: bool,
    pub hyphenate: bool,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self { max_width: 78, justify: false, hyphenate: false }
    }
}

/// The text column for a terminal width: (left margin, text width).
/// At most `max_width` wide, centred, with a small margin when there is room.
pub fn measure(total: u16, max_width: u16) -> (u16, u16) {
    let margin = if total >= 40 { 2 } else { u16::from(total >= 20) };
    let width = total.saturating_sub(2 * margin).min(max_width.max(1)).max(1);
    let left = total.saturating_sub(width) / 2;
    (left, width)
}

/// Columns a paragraph of this kind is indented by (first line, other lines).
pub fn indent(kind: ParaKind) -> (u16, u16) {
    match kind {
        ParaKind::Quote => (2, 2),
        ParaKind::List => (2, 2),
        ParaKind::Body | ParaKind::Heading => (0, 0),
    }
}

/// A row of the laid-out article: a line of a paragraph, or the blank row
/// after a paragraph (`line == None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Row {
    pub para: usize,
    pub line: Option<usize>,
}

/// Where the reader is: a paragraph and a byte offset in it. Line numbers are
/// derived from it for each width, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize, serde::Deserialize)]
pub struct Anchor {
    pub para: usize,
    pub byte: usize,
}

/// Paragraphs that are wrapped with optimal fit; longer ones use first fit.
pub const OPTIMAL_FIT_LIMIT: usize = 20_000;

/// An article laid out for one text width. Paragraphs are wrapped on demand
/// and cached; `advance` lays out the rest a slice at a time.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: u16,
    pub opts: LayoutOptions,
    lines: Vec<Option<Box<[Line]>>>,
    missing: usize,
    /// Next paragraph `advance` will try.
    cursor: usize,
}

impl Layout {
    /// A layout with nothing wrapped yet.
    pub fn new(article: &Article, width: u16, opts: LayoutOptions) -> Self {
        let n = article.paragraphs.len();
        Self { width: width.max(1), opts, lines: vec![None; n], missing: n, cursor: 0 }
    }

    /// A layout with every paragraph wrapped.
    pub fn full(article: &Article, width: u16, opts: LayoutOptions) -> Self {
        let mut l = Self::new(article, width, opts);
        l.ensure_all(article);
        l
    }

    /// Whether every paragraph is wrapped (page numbers are exact).
    pub fn is_complete(&self) -> bool {
        self.missing == 0
    }

    /// The width available to a paragraph's text.
    pub fn text_width(&self, kind: ParaKind) -> u16 {
        let (first, rest) = indent(kind);
        self.width.saturating_sub(first.max(rest)).max(1)
    }

    /// The lines of paragraph `p`, wrapping it if needed.
    pub fn lines(&mut self, article: &Article, p: usize) -> &[Line] {
        if self.lines.get(p).is_some_and(Option::is_none)
            && let Some(para) = article.paragraphs.get(p)
        {
            let w = self.text_width(para.kind);
            let wrapped = wrap_paragraph(&para.text, w, self.opts.hyphenate).into_boxed_slice();
            if let Some(slot) = self.lines.get_mut(p) {
                *slot = Some(wrapped);
                self.missing -= 1;
            }
        }
        self.lines.get(p).and_then(Option::as_deref).unwrap_or_default()
    }

    /// The lines of `p` if already wrapped.
    pub fn cached(&self, p: usize) -> Option<&[Line]> {
        self.lines.get(p).and_then(Option::as_deref)
    }

    /// Wrap every paragraph.
    pub fn ensure_all(&mut self, article: &Article) {
        for p in 0..self.lines.len() {
            self.lines(article, p);
        }
    }

    /// Wrap up to `budget` bytes of not-yet-wrapped paragraphs; returns true
    /// when the layout is complete.
    pub fn advance(&mut self, article: &Article, budget: usize) -> bool {
        let mut spent = 0;
        while self.missing > 0 && spent < budget {
            let p = self.cursor % self.lines.len().max(1);
            if self.lines.get(p).is_some_and(Option::is_none) {
                spent += article.paragraphs.get(p).map_or(0, |x| x.text.len()) + 1;
                self.lines(article, p);
            }
            self.cursor = p + 1;
        }
        self.missing == 0
    }

    /// The row holding an anchor.
    pub fn row_at(&mut self, article: &Article, a: Anchor) -> Row {
        let p = a.para.min(self.lines.len().saturating_sub(1));
        let lines = self.lines(article, p);
        let idx = lines.partition_point(|l| l.start as usize <= a.byte).saturating_sub(1);
        Row { para: p, line: (!lines.is_empty()).then_some(idx) }
    }

    /// The anchor at the start of a row.
    pub fn anchor_of(&mut self, article: &Article, r: Row) -> Anchor {
        let byte = match r.line {
            Some(l) => self.lines(article, r.para).get(l).map_or(0, |x| x.start as usize),
            None => article.paragraphs.get(r.para).map_or(0, |x| x.text.len()),
        };
        Anchor { para: r.para, byte }
    }

    /// The row after `r`, if any.
    pub fn next_row(&mut self, article: &Article, r: Row) -> Option<Row> {
        let n = self.lines(article, r.para).len();
        let last_para = r.para + 1 >= self.lines.len();
        match r.line {
            Some(l) if l + 1 < n => Some(Row { para: r.para, line: Some(l + 1) }),
            Some(_) if !last_para => Some(Row { para: r.para, line: None }),
            Some(_) => None,
            None if !last_para => Some(self.first_row(article, r.para + 1)),
            None => None,
        }
    }

    /// The row before `r`, if any.
    pub fn prev_row(&mut self, article: &Article, r: Row) -> Option<Row> {
        match r.line {
            Some(l) if l > 0 => Some(Row { para: r.para, line: Some(l - 1) }),
            Some(_) if r.para > 0 => Some(Row { para: r.para - 1, line: None }),
            Some(_) => None,
            None => {
                let n = self.lines(article, r.para).len();
                Some(Row { para: r.para, line: n.checked_sub(1) })
            }
        }
    }

    /// First row of paragraph `p`.
    pub fn first_row(&mut self, article: &Article, p: usize) -> Row {
        let n = self.lines(article, p).len();
        Row { para: p, line: (n > 0).then_some(0) }
    }

    /// The last row of the article.
    pub fn last_row(&mut self, article: &Article) -> Row {
        let p = self.lines.len().saturating_sub(1);
        let n = self.lines(article, p).len();
        Row { para: p, line: n.checked_sub(1) }
    }

    /// Rows before paragraph `p` (needs the paragraphs before it wrapped;
    /// `None` while the layout is incomplete there).
    pub fn rows_before(&self, p: usize) -> Option<usize> {
        let mut total = 0;
        for (i, l) in self.lines.iter().enumerate().take(p) {
            total += l.as_ref()?.len() + usize::from(i + 1 < self.lines.len());
        }
        Some(total)
    }

    /// Global index of a row (when known).
    pub fn row_index(&self, r: Row) -> Option<usize> {
        let before = self.rows_before(r.para)?;
        let in_para = match r.line {
            Some(l) => l,
            None => self.cached(r.para)?.len(),
        };
        Some(before + in_para)
    }

    /// Total rows (when complete).
    pub fn total_rows(&self) -> Option<usize> {
        self.rows_before(self.lines.len())
    }

    /// Every row in order (wraps everything).
    pub fn all_rows(&mut self, article: &Article) -> Vec<Row> {
        self.ensure_all(article);
        let n = self.lines.len();
        let mut rows = Vec::new();
        for p in 0..n {
            let count = self.cached(p).map_or(0, <[Line]>::len);
            rows.extend((0..count).map(|l| Row { para: p, line: Some(l) }));
            if p + 1 < n {
                rows.push(Row { para: p, line: None });
            }
        }
        rows
    }
}

/// Page starts (row indices) for a page height, avoiding a lone first line of
/// a paragraph at the bottom of a page (orphan) and a lone last line at the
/// top (widow) when moving one line avoids it; a page never starts on a blank
/// row.
pub fn pages(rows: &[Row], line_counts: &dyn Fn(usize) -> usize, height: usize) -> Vec<usize> {
    let height = height.max(1);
    let mut starts = Vec::new();
    let mut start = 0;
    while start < rows.len() {
        while rows.get(start).is_some_and(|r| r.line.is_none()) && start + 1 < rows.len() {
            start += 1;
        }
        starts.push(start);
        let mut end = (start + height).min(rows.len());
        if end < rows.len() && height >= 3 {
            let last = rows.get(end - 1).copied();
            let next = rows.get(end).copied();
            // Orphan: the first line of a longer paragraph alone at the bottom.
            if let Some(Row { para, line: Some(0) }) = last
                && line_counts(para) > 1
                && end - 1 > start
            {
                end -= 1;
            } else if let (Some(Row { para, line: Some(l) }), Some(Row { para: pp, line: Some(_) })) = (next, last)
                && pp == para
                && l + 1 == line_counts(para)
                && l >= 2
                && end - 1 > start
            {
                // Widow: the last line of a paragraph alone at the top of the next page.
                end -= 1;
            }
        }
        start = end;
    }
    starts
}

/// Which page a row index is on.
pub fn page_of(starts: &[usize], row: usize) -> usize {
    starts.partition_point(|&s| s <= row).saturating_sub(1)
}

#[cfg(test)]
mod tests;
