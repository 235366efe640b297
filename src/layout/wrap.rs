//! One paragraph → lines (byte ranges) that fit a width.
//!
//! Words come from Unicode line-break opportunities (textwrap's finder);
//! widths are measured per grapheme with unicode-width, the same way the
//! terminal renderer counts cells; hyphenation and breaking of over-long
//! tokens make fragments; textwrap's optimal-fit algorithm (first fit for very
//! long paragraphs) picks the breaks.

use super::{OPTIMAL_FIT_LIMIT, hyphen};
use textwrap::WordSeparator;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::{Penalties, wrap_first_fit, wrap_optimal_fit};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A line: a byte range of its paragraph, its display width, and whether a
/// hyphen is drawn after it. 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: u32,
    pub end: u32,
    pub width: u16,
    pub hyphen: bool,
}

/// Display width in columns, counted per grapheme.
pub fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

#[derive(Debug, Clone, Copy)]
struct Frag {
    start: usize,
    end: usize,
    width: usize,
    ws: usize,
    hyphen: bool,
}

impl Fragment for Frag {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.ws as f64
    }
    fn penalty_width(&self) -> f64 {
        if self.hyphen { 1.0 } else { 0.0 }
    }
}

/// Wrap a paragraph to `width` columns.
pub fn wrap_paragraph(text: &str, width: u16, hyphenate: bool) -> Vec<Line> {
    let width = usize::from(width.max(1));
    let frags = fragments(text, width, hyphenate);
    if frags.is_empty() {
        return Vec::new();
    }
    let widths = [width as f64];
    let lines: Vec<&[Frag]> = if text.len() > OPTIMAL_FIT_LIMIT {
        wrap_first_fit(&frags, &widths)
    } else {
        wrap_optimal_fit(&frags, &widths, &PENALTIES).unwrap_or_else(|_| wrap_first_fit(&frags, &widths))
    };
    lines
        .into_iter()
        .filter_map(|l| {
            let (first, last) = (l.first()?, l.last()?);
            let inner: usize = l.iter().map(|f| f.width).sum::<usize>() + l.iter().take(l.len() - 1).map(|f| f.ws).sum::<usize>();
            let w = inner + usize::from(last.hyphen);
            Some(Line {
                start: u32::try_from(first.start).ok()?,
                end: u32::try_from(last.end).ok()?,
                width: u16::try_from(w).unwrap_or(u16::MAX),
                hyphen: last.hyphen,
            })
        })
        .collect()
}

/// textwrap's penalties, except that a line never runs past the width to
/// save a short line: every fragment fits (long ones are cut first), and the
/// default overflow penalty (2,500 a column) let a line one column too
/// long win over a ragged break.
const PENALTIES: Penalties = Penalties { overflow_penalty: 1_000_000_000, ..Penalties::new() };

/// Offset of a sub-slice inside its parent string.
fn offset(parent: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(parent.as_ptr() as usize)
}

fn fragments(text: &str, width: usize, hyphenate: bool) -> Vec<Frag> {
    let mut out = Vec::new();
    for w in WordSeparator::UnicodeBreakProperties.find_words(text) {
        let ws = display_width(w.whitespace);
        // Reduplicated and compound words (`negara-negara`) may break after their own hyphen.
        let parts = hyphen_parts(w.word);
        let last = parts.len().saturating_sub(1);
        for (k, part) in parts.into_iter().enumerate() {
            word_fragments(text, part, if k == last { ws } else { 0 }, width, hyphenate, &mut out);
        }
    }
    out
}

/// `negara-negara` → `negara-`, `negara`; a hyphen between letters only.
fn hyphen_parts(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut last = 0;
    let b = word.as_bytes();
    for (i, c) in word.char_indices() {
        if c == '-'
            && i > last
            && b.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic())
            && word.get(..i).and_then(|h| h.chars().next_back()).is_some_and(char::is_alphabetic)
        {
            parts.push(word.get(last..=i).unwrap_or(""));
            last = i + 1;
        }
    }
    parts.push(word.get(last..).unwrap_or(""));
    parts
}

fn word_fragments(text: &str, word: &str, ws: usize, width: usize, hyphenate: bool, out: &mut Vec<Frag>) {
    {
        let start = offset(text, word);
        let wwidth = display_width(word);
        if wwidth > width && !hyphenate {
            split_long(text, start, word, width, ws, out);
            return;
        }
        let cuts = if hyphenate && !word.ends_with('-') {
            hyphen::breaks(word.trim_end_matches(|c: char| !c.is_alphanumeric()))
        } else {
            Vec::new()
        };
        if cuts.is_empty() {
            if wwidth > width {
                split_long(text, start, word, width, ws, out);
            } else {
                out.push(Frag { start, end: start + word.len(), width: wwidth, ws, hyphen: false });
            }
            return;
        }
        let mut last = 0;
        for c in cuts {
            let piece = word.get(last..c).unwrap_or("");
            push_piece(start + last, piece, 0, true, width, out);
            last = c;
        }
        let piece = word.get(last..).unwrap_or("");
        push_piece(start + last, piece, ws, false, width, out);
    }
}

/// A hyphenation piece; one still too wide (plus its hyphen) is cut further.
fn push_piece(start: usize, piece: &str, ws: usize, hyphen: bool, width: usize, out: &mut Vec<Frag>) {
    let w = display_width(piece);
    if w + usize::from(hyphen) > width {
        split_long("", start, piece, width.saturating_sub(usize::from(hyphen)).max(1), ws, out);
        if let Some(last) = out.last_mut() {
            last.hyphen = hyphen && last.width < width;
        }
    } else {
        out.push(Frag { start, end: start + piece.len(), width: w, ws, hyphen });
    }
}

/// A token wider than the line (a URL, a long number) is cut between
/// graphemes into pieces that fit; a single grapheme wider than the width
/// stands alone.
fn split_long(_text: &str, start: usize, word: &str, width: usize, ws: usize, out: &mut Vec<Frag>) {
    let mut piece_start = 0;
    let mut piece_width = 0;
    for (i, g) in word.grapheme_indices(true) {
        let gw = UnicodeWidthStr::width(g);
        if piece_width + gw > width && i > piece_start {
            out.push(Frag { start: start + piece_start, end: start + i, width: piece_width, ws: 0, hyphen: false });
            piece_start = i;
            piece_width = 0;
        }
        piece_width += gw;
    }
    out.push(Frag { start: start + piece_start, end: start + word.len(), width: piece_width, ws, hyphen: false });
}

/// For full justification: how many extra spaces go after each space of a
/// line so that it fills `width` columns. Returns (byte offset of the space in
/// the line, extra spaces); empty when nothing needs adding.
pub fn justify_gaps(line: &str, line_width: usize, width: usize) -> Vec<(usize, usize)> {
    let gaps: Vec<usize> = line.char_indices().filter(|&(_, c)| c == ' ').map(|(i, _)| i).collect();
    let extra = width.saturating_sub(line_width);
    if gaps.is_empty() || extra == 0 {
        return Vec::new();
    }
    let each = extra / gaps.len();
    let rest = extra % gaps.len();
    // The remainder goes to alternate ends so that rivers do not form on one side.
    gaps.iter()
        .enumerate()
        .map(|(k, &g)| (g, each + usize::from(if line.len().is_multiple_of(2) { k < rest } else { k >= gaps.len() - rest })))
        .collect()
}

/// A line's text as displayed: justified when asked, with its hyphen.
pub fn render_line(text: &str, line: &Line, justify_to: Option<usize>) -> String {
    let s = text.get(line.start as usize..line.end as usize).unwrap_or("");
    let mut out = String::with_capacity(s.len() + 8);
    match justify_to {
        Some(w) => {
            let gaps = justify_gaps(s, usize::from(line.width), w);
            let mut last = 0;
            for (g, extra) in gaps {
                out.push_str(s.get(last..=g).unwrap_or(""));
                out.extend(std::iter::repeat_n(' ', extra));
                last = g + 1;
            }
            out.push_str(s.get(last..).unwrap_or(""));
        }
        None => out.push_str(s),
    }
    if line.hyphen {
        out.push('-');
    }
    out
}
