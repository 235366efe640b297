//! The reader's state and its transitions. Pure: no terminal, no files, no
//! clock. `update` applies an action; `prepare` wraps what the next frame
//! shows, so that `ui::render` only reads.

pub mod action;
pub mod keymap;

use crate::article::{Article, ParaKind, Paragraph};
use crate::extract::NameKind;
use crate::layout::{self, Anchor, Layout, LayoutOptions, Row};
use crate::pipeline::Document;
use crate::ui::strings::Strings;
use action::Action;
use keymap::Keymap;

/// Where key presses go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Article,
    Panel,
}

/// The panel's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Names,
    Quotes,
}

/// What is on screen besides the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Reading,
    /// Typing a search; the text typed so far.
    Search(String),
    Help,
}

/// What the terminal loop should do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    Redraw,
    /// Switch to the next theme (the terminal loop owns the themes).
    NextTheme,
    /// Escape with nothing to close (the library returns to its list).
    Back,
    Quit,
}

/// A key that waits for a letter (`m` / `'`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    Mark,
    Jump,
}

/// Where a paragraph of the view comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Para(usize),
    Removed(usize),
}

/// The text being laid out: the clean article, or with the removed pieces in
/// place (`r`).
#[derive(Debug, Clone, Default)]
pub struct View {
    pub article: Article,
    pub origin: Vec<Origin>,
    /// View index of each clean paragraph.
    pub of_para: Vec<usize>,
}

impl View {
    fn build(doc: &Document, show_removed: bool) -> View {
        let a = &doc.article;
        let mut paras = Vec::new();
        let mut origin = Vec::new();
        let mut of_para = Vec::with_capacity(a.paragraphs.len());
        let mut removed = a.removed.iter().enumerate().peekable();
        for (i, p) in a.paragraphs.iter().enumerate() {
            while show_removed && let Some((k, r)) = removed.next_if(|(_, r)| r.paragraph <= i) {
                paras.push(Paragraph { text: format!("⟨{}⟩ {}", r.kind.name(), r.text), kind: ParaKind::Body });
                origin.push(Origin::Removed(k));
            }
            of_para.push(paras.len());
            paras.push(p.clone());
            origin.push(Origin::Para(i));
        }
        if show_removed {
            for (k, r) in removed {
                paras.push(Paragraph { text: format!("⟨{}⟩ {}", r.kind.name(), r.text), kind: ParaKind::Body });
                origin.push(Origin::Removed(k));
            }
        }
        if paras.is_empty() {
            paras.push(Paragraph::body(""));
            origin.push(Origin::Para(0));
        }
        View { article: Article { meta: a.meta.clone(), paragraphs: paras, removed: Vec::new() }, origin, of_para }
    }

    /// The clean paragraph a view paragraph shows, if it is one.
    pub fn para_of(&self, v: usize) -> Option<usize> {
        match self.origin.get(v) {
            Some(Origin::Para(i)) => Some(*i),
            _ => None,
        }
    }
}

/// Screen areas for a terminal size; shared by `update` (widths, heights) and
/// `ui::render` (drawing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// The article area (x, width).
    pub article_x: u16,
    pub article_w: u16,
    /// The docked panel (x, width), when shown beside the article.
    pub panel: Option<(u16, u16)>,
    /// Rows of text between the header and the status bar.
    pub text_rows: u16,
    /// The text column inside the article area (x, width), after the gutter.
    pub text_x: u16,
    pub text_w: u16,
    pub too_small: bool,
}

/// Articles up to this size are laid out whole at once (exact page numbers
/// from the first frame, about 5 ms); larger ones are wrapped around the
/// reading position first and completed between events.
const EAGER_LAYOUT_BYTES: usize = 64 * 1024;

/// Below this the reader shows only a "too small" message.
pub const MIN_SIZE: (u16, u16) = (20, 5);
/// Below this width the panel is not docked (Tab opens it as an overlay).
pub const DOCK_WIDTH: u16 = 90;
const HEADER_ROWS: u16 = 2;
/// Widest the panel overlay gets on a narrow terminal.
const OVERLAY_WIDTH: u16 = 44;
const GUTTER: u16 = 2;

impl Geometry {
    /// The layout for a terminal size.
    pub fn of(size: (u16, u16), panel_wanted: bool, panel_width: u16, max_width: u16, panel_left: bool) -> Geometry {
        let (w, h) = size;
        let too_small = w < MIN_SIZE.0 || h < MIN_SIZE.1;
        let docked = panel_wanted && w >= DOCK_WIDTH;
        // The text keeps a comfortable measure first; the panel takes what is left, within limits.
        let pw = if docked { panel_width.min(w.saturating_sub(64)).clamp(26, w / 2) } else { 0 };
        let article_w = w.saturating_sub(pw);
        let (left, text_w) = layout::measure(article_w.saturating_sub(GUTTER), max_width);
        let (article_x, panel_x) = if panel_left { (pw, 0) } else { (0, article_w) };
        Geometry {
            article_x,
            article_w,
            panel: docked.then_some((panel_x, pw)),
            text_rows: h.saturating_sub(HEADER_ROWS + 1).max(1),
            text_x: article_x + left + GUTTER,
            text_w,
            too_small,
        }
    }
}

/// An active search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// (clean paragraph, start, end) in reading order.
    pub matches: Vec<(usize, usize, usize)>,
    pub current: Option<usize>,
}

/// Walking the mentions of one name with `]`/`[`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Walk {
    pub name: usize,
    pub mention: usize,
}

/// Settings the reader starts with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub layout: LayoutOptions,
    pub panel_show: bool,
    pub panel_width: u16,
    pub panel_left: bool,
    pub show_removed: bool,
    pub keymap: Keymap,
    pub strings: &'static Strings,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            layout: LayoutOptions::default(),
            panel_show: true,
            panel_width: 38,
            panel_left: false,
            show_removed: false,
            keymap: Keymap::default(),
            strings: &crate::ui::strings::EN,
        }
    }
}

/// The reader.
#[derive(Debug, Clone)]
pub struct App {
    pub doc: Document,
    pub view: View,
    pub layout: Layout,
    pub settings: Settings,
    pub size: (u16, u16),
    /// The first row on screen, as an anchor into the view.
    pub top: Anchor,
    /// The focused paragraph (view index).
    pub focus_para: usize,
    pub focus: Focus,
    pub tab: Tab,
    /// Selection in the panel's current tab (index into `panel_entries`).
    pub panel_sel: usize,
    /// The panel shown as an overlay (narrow terminals).
    pub overlay: bool,
    pub mode: Mode,
    pub search: Option<Search>,
    pub show_removed: bool,
    pub selected_quote: Option<usize>,
    pub walk: Option<Walk>,
    /// A short message for the status bar.
    pub message: Option<String>,
    /// Rows on screen, computed by `prepare`.
    pub visible: Vec<Row>,
    /// Page starts (row indices) once the layout is complete.
    pub pages: Option<Vec<usize>>,
    /// Marks: letter → (clean paragraph, byte).
    pub marks: std::collections::BTreeMap<char, (usize, usize)>,
    /// A key waiting for its letter.
    pub pending: Option<Pending>,
}

/// A line of the names panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PanelEntry {
    Heading(NameKind),
    Name(usize),
    Quote(usize),
}

impl App {
    /// A reader on a document, for a terminal size.
    pub fn new(doc: Document, settings: Settings, size: (u16, u16)) -> App {
        let show_removed = settings.show_removed;
        let view = View::build(&doc, show_removed);
        let geo = Geometry::of(size, settings.panel_show, settings.panel_width, settings.layout.max_width, settings.panel_left);
        let layout = Layout::new(&view.article, geo.text_w, settings.layout);
        let mut app = App {
            doc,
            view,
            layout,
            settings,
            size,
            top: Anchor::default(),
            focus_para: 0,
            focus: Focus::Article,
            tab: Tab::Names,
            panel_sel: 0,
            overlay: false,
            mode: Mode::Reading,
            search: None,
            show_removed,
            selected_quote: None,
            walk: None,
            message: None,
            visible: Vec::new(),
            pages: None,
            marks: std::collections::BTreeMap::new(),
            pending: None,
        };
        app.finish_layout_if_small();
        app.prepare();
        app
    }

    /// The screen geometry now.
    pub fn geometry(&self) -> Geometry {
        Geometry::of(
            self.size,
            self.settings.panel_show,
            self.settings.panel_width,
            self.settings.layout.max_width,
            self.settings.panel_left,
        )
    }

    /// Where the panel overlay stands on a narrow terminal: (x, width).
    pub fn overlay_area(&self) -> (u16, u16) {
        let w = self.size.0.saturating_sub(4).min(OVERLAY_WIDTH);
        (self.size.0.saturating_sub(w), w)
    }

    /// The panel is visible (docked or as an overlay).
    pub fn panel_visible(&self) -> bool {
        self.geometry().panel.is_some() || self.overlay
    }

    /// Entries of the panel's current tab, with section headings.
    pub fn panel_entries(&self) -> Vec<PanelEntry> {
        match self.tab {
            Tab::Names => {
                let mut out = Vec::new();
                for kind in [NameKind::Person, NameKind::Place, NameKind::Organization] {
                    let idx: Vec<usize> = self.doc.notes.names.iter().enumerate().filter(|(_, n)| n.kind == kind).map(|(i, _)| i).collect();
                    if !idx.is_empty() {
                        out.push(PanelEntry::Heading(kind));
                        out.extend(idx.into_iter().map(PanelEntry::Name));
                    }
                }
                out
            }
            Tab::Quotes => (0..self.doc.notes.quotes.len()).map(PanelEntry::Quote).collect(),
        }
    }

    /// Small articles are laid out at once, so page numbers are exact from
    /// the first frame; large ones fill in through `tick`.
    fn finish_layout_if_small(&mut self) {
        if self.view.article.text_len() <= EAGER_LAYOUT_BYTES {
            self.layout.ensure_all(&self.view.article);
        }
        self.update_pages();
    }

    fn update_pages(&mut self) {
        self.pages = None;
        if self.layout.is_complete() {
            let rows = self.layout.all_rows(&self.view.article);
            let layout = &self.layout;
            let counts = |p: usize| layout.cached(p).map_or(0, <[layout::Line]>::len);
            self.pages = Some(layout::pages(&rows, &counts, usize::from(self.geometry().text_rows)));
        }
    }

    /// Background work between events: lay out more of a large article.
    /// Returns true when something changed on screen.
    pub fn tick(&mut self, budget_bytes: usize) -> bool {
        if self.layout.is_complete() {
            return false;
        }
        let done = self.layout.advance(&self.view.article, budget_bytes);
        if done {
            self.update_pages();
        }
        done
    }

    /// Whether background work remains.
    pub fn busy(&self) -> bool {
        !self.layout.is_complete()
    }

    fn text_rows(&self) -> usize {
        usize::from(self.geometry().text_rows)
    }

    /// Wrap the rows the next frame shows.
    pub fn prepare(&mut self) {
        let n = self.text_rows();
        let a = &self.view.article;
        let mut rows = Vec::with_capacity(n);
        let mut r = self.layout.row_at(a, self.top);
        rows.push(r);
        while rows.len() < n {
            match self.layout.next_row(a, r) {
                Some(next) => {
                    rows.push(next);
                    r = next;
                }
                None => break,
            }
        }
        self.visible = rows;
    }

    /// Index of the top row (when the layout is complete enough to know).
    pub fn top_row_index(&self) -> Option<usize> {
        self.visible.first().and_then(|r| self.layout.row_index(*r))
    }

    /// (page, pages) when known.
    pub fn page(&self) -> Option<(usize, usize)> {
        let pages = self.pages.as_ref()?;
        let top = self.top_row_index()?;
        // With the end of the article on screen the reader is on its last page.
        let at_end = self.percent() == Some(100);
        let page = if at_end { pages.len().saturating_sub(1) } else { layout::page_of(pages, top) };
        Some((page + 1, pages.len()))
    }

    /// Percent read: rows up to the bottom of the screen over all rows.
    pub fn percent(&self) -> Option<usize> {
        let total = self.layout.total_rows()?;
        let top = self.top_row_index()?;
        let seen = (top + self.visible.len()).min(total);
        Some((seen * 100).checked_div(total).unwrap_or(100))
    }

    fn set_top(&mut self, r: Row) {
        self.top = self.layout.anchor_of(&self.view.article, r);
    }

    /// Scroll by `n` rows (negative: up), stopping at the ends.
    fn scroll(&mut self, n: isize) {
        let a = &self.view.article;
        let mut r = self.layout.row_at(a, self.top);
        if n > 0 {
            // Never scroll past the point where the last row is at the bottom.
            let last = self.layout.last_row(a);
            for _ in 0..n {
                if self.rows_below(r, self.text_rows()) {
                    match self.layout.next_row(&self.view.article, r) {
                        Some(x) => r = x,
                        None => break,
                    }
                } else {
                    break;
                }
            }
            let _ = last;
            // The blank row between paragraphs cannot be a top line (an
            // anchor is a place in the text): go on to the next line.
            if r.line.is_none() {
                r = self.layout.next_row(&self.view.article, r).unwrap_or(r);
            }
        } else {
            for _ in 0..n.unsigned_abs() {
                match self.layout.prev_row(&self.view.article, r) {
                    Some(x) => r = x,
                    None => break,
                }
            }
            if r.line.is_none() {
                r = self.layout.prev_row(&self.view.article, r).unwrap_or(r);
            }
        }
        self.set_top(r);
        self.keep_focus_visible();
    }

    /// Whether more than `screen` rows remain from `r` to the end.
    fn rows_below(&mut self, r: Row, screen: usize) -> bool {
        let mut x = r;
        for _ in 0..screen {
            match self.layout.next_row(&self.view.article, x) {
                Some(n) => x = n,
                None => return false,
            }
        }
        true
    }

    /// After scrolling, focus the first paragraph that starts on screen (or
    /// the one at the top) if the focused one left the screen.
    fn keep_focus_visible(&mut self) {
        self.prepare();
        let on_screen = |p: usize| self.visible.iter().any(|r| r.para == p && r.line.is_some());
        if on_screen(self.focus_para) {
            return;
        }
        let starts = self.visible.iter().find(|r| r.line == Some(0)).map(|r| r.para);
        self.focus_para = starts.or_else(|| self.visible.first().map(|r| r.para)).unwrap_or(0);
    }

    /// Bring paragraph `v` (view index) into view with its first line near
    /// the top, and focus it.
    fn show_para(&mut self, v: usize, byte: usize) {
        let v = v.min(self.view.article.paragraphs.len().saturating_sub(1));
        self.focus_para = v;
        self.prepare();
        let target = self.layout.row_at(&self.view.article, Anchor { para: v, byte });
        let first = self.layout.first_row(&self.view.article, v);
        let visible = self.visible.contains(&target) && self.visible.contains(&first);
        if !visible {
            // One row of context above, like a reader expects.
            let above = self.layout.prev_row(&self.view.article, first).unwrap_or(first);
            let r = if target == first { above } else { target };
            self.set_top(r);
            // Do not leave blank space under the end of the article.
            let end_gap = !self.rows_below(r, self.text_rows());
            if end_gap {
                self.scroll_to_end();
            }
        }
        self.prepare();
    }

    fn scroll_to_end(&mut self) {
        let a = &self.view.article;
        let mut r = self.layout.last_row(a);
        for _ in 1..self.text_rows() {
            match self.layout.prev_row(&self.view.article, r) {
                Some(x) => r = x,
                None => break,
            }
        }
        // A blank row cannot be the top line: start one line lower, so the
        // last line stays on screen.
        if r.line.is_none() {
            r = self.layout.next_row(&self.view.article, r).unwrap_or(r);
        }
        self.set_top(r);
    }

    /// The clean paragraph and byte the reader is at (focus).
    fn here(&self) -> (usize, usize) {
        let mut v = self.focus_para;
        loop {
            if let Some(p) = self.view.para_of(v) {
                return (p, 0);
            }
            if v + 1 >= self.view.origin.len() {
                return (self.doc.article.paragraphs.len(), 0);
            }
            v += 1;
        }
    }

    fn jump_to_clean(&mut self, para: usize, byte: usize) {
        if let Some(&v) = self.view.of_para.get(para) {
            self.show_para(v, byte);
        }
    }

    fn jump_quote(&mut self, forward: bool) {
        let quotes = &self.doc.notes.quotes;
        if quotes.is_empty() {
            self.message = Some(self.settings.strings.no_quotes.to_owned());
            return;
        }
        let here = self.here();
        let next = match (self.selected_quote, forward) {
            (Some(i), true) => (i + 1 < quotes.len()).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
            (None, true) => quotes.iter().position(|q| (q.paragraph, q.start) >= here),
            (None, false) => quotes.iter().rposition(|q| (q.paragraph, q.start) < here),
        };
        match next {
            Some(i) => self.select_quote(i),
            None => self.message = Some(self.settings.strings.no_more_quotes.to_owned()),
        }
    }

    fn select_quote(&mut self, i: usize) {
        let Some(q) = self.doc.notes.quotes.get(i) else { return };
        let (p, s) = (q.paragraph, q.start);
        self.selected_quote = Some(i);
        if self.panel_visible() {
            self.tab = Tab::Quotes;
            self.panel_sel = i;
        }
        self.jump_to_clean(p, s);
    }

    fn walk_mentions(&mut self, forward: bool) {
        let Some(w) = self.walk else { return };
        let Some(name) = self.doc.notes.names.get(w.name) else { return };
        let n = name.mentions.len();
        if n == 0 {
            return;
        }
        let m = if forward { (w.mention + 1) % n } else { (w.mention + n - 1) % n };
        self.walk = Some(Walk { name: w.name, mention: m });
        if let Some(x) = name.mentions.get(m) {
            let (p, s) = (x.paragraph, x.start);
            self.message = Some(format!("{} {}/{}", name.name, m + 1, n));
            self.jump_to_clean(p, s);
        }
    }

    fn run_search(&mut self, query: &str) {
        let matches = search(&self.doc.article, query);
        self.search = Some(Search { query: query.to_owned(), matches, current: None });
    }

    fn jump_match(&mut self, forward: bool) {
        let here = self.here();
        let Some(s) = self.search.as_mut() else { return };
        if s.matches.is_empty() {
            self.message = Some(self.settings.strings.no_matches.to_owned());
            return;
        }
        let n = s.matches.len();
        let i = match (s.current, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            (None, true) => s.matches.iter().position(|m| (m.0, m.1) >= here).unwrap_or(0),
            (None, false) => s.matches.iter().rposition(|m| (m.0, m.1) < here).unwrap_or(n - 1),
        };
        s.current = Some(i);
        let Some(&(p, b, _)) = s.matches.get(i) else { return };
        self.message = Some(format!("{}/{}", i + 1, n));
        self.jump_to_clean(p, b);
    }

    fn toggle_removed(&mut self) {
        let clean_top = self.view.para_of(self.top.para).map(|p| (p, self.top.byte));
        let clean_focus = self.here().0;
        self.show_removed = !self.show_removed;
        self.view = View::build(&self.doc, self.show_removed);
        self.relayout();
        match clean_top {
            // At the very start, the pieces removed before the first paragraph show first.
            Some((0, 0)) => self.top = Anchor::default(),
            Some((p, b)) => {
                if let Some(&v) = self.view.of_para.get(p) {
                    self.top = Anchor { para: v, byte: b };
                }
            }
            None => {}
        }
        self.focus_para = self.view.of_para.get(clean_focus).copied().unwrap_or(0);
        self.message =
            Some(if self.show_removed { self.settings.strings.removed_on } else { self.settings.strings.removed_off }.to_owned());
    }

    fn relayout(&mut self) {
        let geo = self.geometry();
        self.layout = Layout::new(&self.view.article, geo.text_w, self.settings.layout);
        self.finish_layout_if_small();
    }

    /// The terminal changed size: lay out again, keep the reading position.
    pub fn resize(&mut self, w: u16, h: u16) {
        // The whole article was on screen: its top line was no reading
        // position of the reader's, the focused paragraph is.
        let fitted = self.top == Anchor::default() && self.percent() == Some(100);
        let focus = self.focus_para;
        let focus_seen = self.visible.iter().any(|r| r.para == focus && r.line.is_some());
        let old = self.geometry();
        self.size = (w, h);
        let geo = self.geometry();
        if geo.text_w != old.text_w {
            self.relayout();
        } else if geo.text_rows != old.text_rows {
            self.update_pages();
        }
        if geo.panel.is_some() {
            self.overlay = false;
        }
        self.prepare();
        // The top line stays where it was, unless the paragraph the reader is
        // on would leave the screen (a jump to a quotation, then a smaller
        // window): it stays in sight (also when the whole article fitted).
        if (fitted || focus_seen) && !self.visible.iter().any(|r| r.para == focus && r.line.is_some()) {
            self.show_para(focus, 0);
        }
    }

    fn panel_move(&mut self, down: bool) {
        let entries = self.panel_entries();
        let selectable: Vec<usize> =
            entries.iter().enumerate().filter(|(_, e)| !matches!(e, PanelEntry::Heading(_))).map(|(i, _)| i).collect();
        if selectable.is_empty() {
            return;
        }
        let cur = selectable.iter().position(|&i| i == self.panel_sel).unwrap_or(0);
        let next = if down { (cur + 1).min(selectable.len() - 1) } else { cur.saturating_sub(1) };
        self.panel_sel = selectable.get(next).copied().unwrap_or(0);
    }

    fn panel_select(&mut self) {
        match self.panel_entries().get(self.panel_sel).cloned() {
            Some(PanelEntry::Name(i)) => {
                self.walk = Some(Walk { name: i, mention: 0 });
                if let Some(m) = self.doc.notes.names.get(i).and_then(|n| n.mentions.first()) {
                    let (p, s) = (m.paragraph, m.start);
                    self.jump_to_clean(p, s);
                }
                self.focus = Focus::Article;
                self.overlay = false;
            }
            Some(PanelEntry::Quote(i)) => {
                self.select_quote(i);
                self.focus = Focus::Article;
                self.overlay = false;
            }
            _ => {}
        }
    }

    fn set_tab(&mut self, tab: Tab) {
        if self.tab != tab {
            self.tab = tab;
            self.panel_sel = 0;
            if tab == Tab::Quotes
                && let Some(q) = self.selected_quote
            {
                self.panel_sel = q;
            }
        }
        let entries = self.panel_entries();
        if matches!(entries.get(self.panel_sel), Some(PanelEntry::Heading(_))) {
            self.panel_sel += 1;
        }
    }

    /// Apply an action.
    pub fn update(&mut self, action: Action) -> Effect {
        self.message = None;
        if self.mode == Mode::Help {
            if matches!(action, Action::Escape | Action::Help | Action::Quit) {
                self.mode = Mode::Reading;
            }
            return Effect::Redraw;
        }
        self.pending = None;
        let panel = self.focus == Focus::Panel && self.panel_visible();
        let page = self.text_rows().saturating_sub(2).max(1) as isize;
        match action {
            Action::Quit => return Effect::Quit,
            Action::Escape => {
                if self.overlay {
                    self.overlay = false;
                    self.focus = Focus::Article;
                } else if self.walk.is_some() {
                    self.walk = None;
                } else if self.search.is_some() {
                    self.search = None;
                } else if self.focus == Focus::Panel {
                    self.focus = Focus::Article;
                } else if self.selected_quote.is_some() {
                    self.selected_quote = None;
                } else {
                    // Nothing left to close: a reader opened from the library goes back to it.
                    return Effect::Back;
                }
            }
            Action::Help => self.mode = Mode::Help,
            Action::NextParagraph if panel => self.panel_move(true),
            Action::PrevParagraph if panel => self.panel_move(false),
            Action::NextParagraph => {
                let next = (self.focus_para + 1).min(self.view.article.paragraphs.len().saturating_sub(1));
                self.show_para(next, 0);
            }
            Action::PrevParagraph => {
                let prev = self.focus_para.saturating_sub(1);
                self.show_para(prev, 0);
            }
            Action::ScrollDown => self.scroll(1),
            Action::ScrollUp => self.scroll(-1),
            Action::PageDown => self.scroll(page),
            Action::PageUp => self.scroll(-page),
            Action::HalfPageDown => self.scroll(page / 2),
            Action::HalfPageUp => self.scroll(-page / 2),
            Action::Top => {
                self.top = Anchor::default();
                self.focus_para = 0;
            }
            Action::Bottom => {
                self.scroll_to_end();
                self.focus_para = self.view.article.paragraphs.len().saturating_sub(1);
            }
            Action::NextQuote | Action::PrevQuote if self.walk.is_some() => self.walk_mentions(action == Action::NextQuote),
            Action::NextQuote => self.jump_quote(true),
            Action::PrevQuote => self.jump_quote(false),
            Action::FocusPanel => {
                if self.geometry().panel.is_none() {
                    self.overlay = !self.overlay;
                    self.focus = if self.overlay { Focus::Panel } else { Focus::Article };
                } else {
                    self.focus = if self.focus == Focus::Panel { Focus::Article } else { Focus::Panel };
                }
                self.set_tab(self.tab);
            }
            Action::TogglePanel => {
                self.settings.panel_show = !self.settings.panel_show;
                if !self.settings.panel_show {
                    self.focus = Focus::Article;
                }
                self.relayout();
            }
            Action::NamesTab => self.set_tab(Tab::Names),
            Action::QuotesTab => self.set_tab(Tab::Quotes),
            Action::PrevTab | Action::NextTab if panel => self.set_tab(if self.tab == Tab::Names { Tab::Quotes } else { Tab::Names }),
            Action::PrevTab | Action::NextTab => {}
            Action::Select if panel => self.panel_select(),
            Action::Select => {}
            Action::Search => self.mode = Mode::Search(String::new()),
            Action::NextMatch => self.jump_match(true),
            Action::PrevMatch => self.jump_match(false),
            Action::ToggleRemoved => self.toggle_removed(),
            Action::SetMark => {
                self.pending = Some(Pending::Mark);
                self.message = Some(self.settings.strings.mark_prompt.to_owned());
            }
            Action::JumpMark => {
                self.pending = Some(Pending::Jump);
                self.message = Some(self.settings.strings.mark_prompt.to_owned());
            }
            Action::CycleTheme => return Effect::NextTheme,
        }
        self.prepare();
        Effect::Redraw
    }

    /// Replace the document with a fuller version of the same article (the
    /// whole file after its beginning was shown first), keeping the reading
    /// position: the paragraph at the top is found again by its text.
    pub fn replace_document(&mut self, doc: Document) {
        let (para, byte) = self.position();
        let focus = self.view.para_of(self.focus_para).unwrap_or(para);
        // `G` pressed before the whole article arrived meant its end, not the
        // end of the beginning shown so far.
        let at_end = self.focus_para > 0 && self.focus_para + 1 >= self.view.article.paragraphs.len();
        let text_of = |d: &Document, i: usize| d.article.paragraphs.get(i).map(|p| p.text.clone());
        let find = |d: &Document, i: usize| -> usize {
            let Some(t) = text_of(&self.doc, i) else { return i };
            // Same index first, then the nearest paragraph with the same text.
            if text_of(d, i).as_deref() == Some(t.as_str()) {
                return i;
            }
            (0..d.article.paragraphs.len()).min_by_key(|&j| (text_of(d, j).as_deref() != Some(t.as_str()), j.abs_diff(i))).unwrap_or(i)
        };
        let (new_para, new_focus) = (find(&doc, para), find(&doc, focus));
        self.doc = doc;
        self.selected_quote = None;
        self.walk = None;
        self.search = None;
        self.view = View::build(&self.doc, self.show_removed);
        self.relayout();
        let v = self.view.of_para.get(new_para).copied().unwrap_or(0);
        self.top = Anchor { para: v, byte };
        self.focus_para = self.view.of_para.get(new_focus).copied().unwrap_or(v);
        if at_end {
            self.scroll_to_end();
            self.focus_para = self.view.article.paragraphs.len().saturating_sub(1);
        }
        self.prepare();
    }

    /// The letter after `m` (set a mark on the focused paragraph) or `'` (jump).
    pub fn pending_key(&mut self, c: char) -> Effect {
        let Some(p) = self.pending.take() else { return Effect::None };
        self.message = None;
        match p {
            Pending::Mark => {
                let (para, _) = self.here();
                self.marks.insert(c, (para, 0));
                self.message = Some(format!("{} '{c}'", self.settings.strings.mark_set));
            }
            Pending::Jump => match self.marks.get(&c).copied() {
                Some((para, byte)) => self.jump_to_clean(para, byte),
                None => self.message = Some(format!("{} '{c}'", self.settings.strings.no_mark)),
            },
        }
        self.prepare();
        Effect::Redraw
    }

    /// The reading position in the clean article: the paragraph and byte at
    /// the top of the screen (a removed piece counts as the paragraph after it).
    pub fn position(&self) -> (usize, usize) {
        match self.view.para_of(self.top.para) {
            Some(p) => (p, self.top.byte),
            None => (self.here().0.min(self.doc.article.paragraphs.len().saturating_sub(1)), 0),
        }
    }

    /// Return to a saved position (top of the screen and focused paragraph,
    /// in clean paragraphs) and say so.
    pub fn restore(&mut self, para: usize, byte: usize, focus: usize, marks: std::collections::BTreeMap<char, (usize, usize)>) {
        let n = self.doc.article.paragraphs.len();
        self.marks = marks.into_iter().filter(|(_, (p, _))| *p < n).collect();
        if (para == 0 && byte == 0 && focus == 0) || para >= n || focus >= n {
            return;
        }
        let byte = self.doc.article.paragraphs.get(para).map_or(0, |p| byte.min(p.text.len()));
        if let (Some(&v), Some(&f)) = (self.view.of_para.get(para), self.view.of_para.get(focus)) {
            self.top = Anchor { para: v, byte };
            self.focus_para = f;
            self.prepare();
            self.message = Some(format!("{} (¶ {})", self.settings.strings.resumed, focus + 1));
        }
    }

    /// A character typed while searching.
    pub fn search_input(&mut self, c: char) -> Effect {
        if let Mode::Search(q) = &mut self.mode {
            q.push(c);
            let q = q.clone();
            self.run_search(&q);
            if let Some(s) = &self.search {
                self.message = Some(format!("{}", s.matches.len()));
            }
        }
        Effect::Redraw
    }

    /// Backspace while searching.
    pub fn search_backspace(&mut self) -> Effect {
        if let Mode::Search(q) = &mut self.mode {
            q.pop();
            let q = q.clone();
            if q.is_empty() {
                self.search = None;
            } else {
                self.run_search(&q);
            }
        }
        Effect::Redraw
    }

    /// Enter (keep the matches, go to the first) or Esc (drop them).
    pub fn search_done(&mut self, keep: bool) -> Effect {
        self.mode = Mode::Reading;
        if keep && self.search.as_ref().is_some_and(|s| !s.query.is_empty()) {
            self.jump_match(true);
        } else {
            self.search = None;
        }
        self.prepare();
        Effect::Redraw
    }

    /// A click on screen row `y` of the panel (docked or overlay).
    pub fn click_panel(&mut self, y: u16) -> Effect {
        // Rows: 0 tabs, 1 rule, then entries (names take two rows when they have a role).
        let entries = self.panel_entries();
        let mut row = 2u16;
        let start = crate::ui::panel_scroll(self, &entries);
        for (i, e) in entries.iter().enumerate().skip(start) {
            let h = crate::ui::panel_entry_height(self, e);
            if y >= row && y < row + h {
                if !matches!(e, PanelEntry::Heading(_)) {
                    self.panel_sel = i;
                    self.focus = Focus::Panel;
                    self.panel_select();
                }
                break;
            }
            row += h;
        }
        self.prepare();
        Effect::Redraw
    }

    /// Mouse wheel.
    pub fn wheel(&mut self, down: bool) -> Effect {
        self.scroll(if down { 3 } else { -3 });
        self.prepare();
        Effect::Redraw
    }
}

/// Case-insensitive matches of `query` in the article: (paragraph, start, end).
pub fn search(a: &Article, query: &str) -> Vec<(usize, usize, usize)> {
    let q = query.trim();
    if q.is_empty() {
        return Vec::new();
    }
    let Ok(re) = regex::RegexBuilder::new(&regex::escape(q)).case_insensitive(true).build() else { return Vec::new() };
    let mut out = Vec::new();
    for (i, p) in a.paragraphs.iter().enumerate() {
        out.extend(re.find_iter(&p.text).map(|m| (i, m.start(), m.end())));
    }
    out
}

#[cfg(test)]
mod tests;
