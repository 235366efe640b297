//! The library list: entries, sort, filter, selection. Pure: the terminal
//! loop feeds it actions and finished index entries; `ui::library` draws it.

use super::{Entry, Progress};
use crate::app::action::Action;
use crate::ui::strings::LibStrings;
use std::collections::HashMap;
use std::path::PathBuf;

/// What the list is sorted by (`s` cycles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Newest first.
    #[default]
    Date,
    Title,
    Source,
    /// Articles being read first (furthest along first), then unread, then done.
    Progress,
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Date => SortKey::Title,
            SortKey::Title => SortKey::Source,
            SortKey::Source => SortKey::Progress,
            SortKey::Progress => SortKey::Date,
        }
    }

    /// Its name in the interface language.
    pub fn name(self, s: &LibStrings) -> &'static str {
        let [date, title, source, progress] = s.sort_names;
        match self {
            SortKey::Date => date,
            SortKey::Title => title,
            SortKey::Source => source,
            SortKey::Progress => progress,
        }
    }
}

/// What the list does with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Open,
    Filter,
    Sort,
    Rescan,
    Escape,
    Help,
    Theme,
    Quit,
}

impl ListAction {
    /// The list's meaning of a reader action (so remapped keys work here too).
    pub fn of(a: Action) -> Option<ListAction> {
        Some(match a {
            Action::NextParagraph | Action::ScrollDown => ListAction::Down,
            Action::PrevParagraph | Action::ScrollUp => ListAction::Up,
            Action::PageDown | Action::HalfPageDown => ListAction::PageDown,
            Action::PageUp | Action::HalfPageUp => ListAction::PageUp,
            Action::Top => ListAction::Top,
            Action::Bottom => ListAction::Bottom,
            Action::Select | Action::NextTab => ListAction::Open,
            Action::Search => ListAction::Filter,
            Action::ToggleRemoved => ListAction::Rescan,
            Action::Escape => ListAction::Escape,
            Action::Help => ListAction::Help,
            Action::CycleTheme => ListAction::Theme,
            Action::Quit => ListAction::Quit,
            _ => return None,
        })
    }
}

/// What the terminal loop should do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListEffect {
    None,
    Redraw,
    /// Read the entry with this index (into `entries`).
    Open(usize),
    Rescan,
    NextTheme,
    Quit,
}

/// The list's state.
#[derive(Debug, Clone)]
pub struct List {
    /// The folder shown.
    pub root: PathBuf,
    pub entries: Vec<Entry>,
    /// Progress by position key.
    pub progress: HashMap<String, Progress>,
    /// Lower-cased text each entry is filtered by: title, source, file name, names.
    haystacks: Vec<String>,
    /// All entries in sort order.
    order: Vec<usize>,
    /// The entries shown (filtered), in sort order.
    pub shown: Vec<usize>,
    pub sort: SortKey,
    pub query: String,
    /// The filter prompt has the keys.
    pub typing: bool,
    /// Index into `shown`.
    pub selected: usize,
    /// First row on screen (index into `shown`).
    pub offset: usize,
    pub size: (u16, u16),
    /// Files indexed so far, and how many there are to index.
    pub indexing: Option<(usize, usize)>,
    /// Folders and links the scan skipped.
    pub skipped: Vec<String>,
    pub message: Option<String>,
    pub help: bool,
    pub strings: &'static LibStrings,
    /// Key labels for each list action, from the reader's keymap (empty:
    /// the help shows the default keys).
    pub keys: Vec<(ListAction, String)>,
    /// The user moved the cursor: re-sorting keeps it on its article (until
    /// then it stays on the first row while rows arrive from the indexer).
    touched: bool,
}

fn haystack(e: &Entry) -> String {
    let mut h = String::with_capacity(256);
    h.push_str(&e.title.to_lowercase());
    h.push('\n');
    if let Some(s) = &e.source {
        h.push_str(&s.to_lowercase());
        h.push('\n');
    }
    if let Some(f) = e.path.file_name() {
        h.push_str(&f.to_string_lossy().to_lowercase());
        h.push('\n');
    }
    for n in &e.names {
        h.push_str(&n.name.to_lowercase());
        h.push('\n');
        for a in &n.aliases {
            h.push_str(&a.to_lowercase());
            h.push('\n');
        }
    }
    h
}

impl List {
    pub fn new(
        root: PathBuf,
        entries: Vec<Entry>,
        progress: HashMap<String, Progress>,
        size: (u16, u16),
        strings: &'static LibStrings,
    ) -> List {
        let haystacks = entries.iter().map(haystack).collect();
        let mut l = List {
            root,
            entries,
            progress,
            haystacks,
            order: Vec::new(),
            shown: Vec::new(),
            sort: SortKey::Date,
            query: String::new(),
            typing: false,
            selected: 0,
            offset: 0,
            size,
            indexing: None,
            skipped: Vec::new(),
            message: None,
            help: false,
            strings,
            keys: Vec::new(),
            touched: false,
        };
        l.resort();
        l
    }

    /// Rows of entries on screen (the header and status lines excluded).
    pub fn rows(&self) -> usize {
        usize::from(self.size.1.saturating_sub(3)).max(1)
    }

    pub fn progress_of(&self, e: &Entry) -> Progress {
        self.progress.get(&e.key).copied().unwrap_or_default()
    }

    /// The entry under the cursor.
    pub fn current(&self) -> Option<usize> {
        self.shown.get(self.selected).copied()
    }

    fn compare(&self, a: usize, b: usize) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let (Some(x), Some(y)) = (self.entries.get(a), self.entries.get(b)) else { return Ordering::Equal };
        let newest = y.when.cmp(&x.when);
        let by_title = || x.title.to_lowercase().cmp(&y.title.to_lowercase());
        match self.sort {
            SortKey::Date => newest.then_with(by_title),
            SortKey::Title => by_title().then(newest),
            SortKey::Source => match (&x.source, &y.source) {
                (Some(s), Some(t)) => s.to_lowercase().cmp(&t.to_lowercase()).then(newest),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => newest,
            },
            SortKey::Progress => {
                let rank = |p: Progress| match p {
                    Progress::Reading(n) => (0, 100 - n),
                    Progress::Unread => (1, 0),
                    Progress::Done => (2, 0),
                };
                rank(self.progress_of(x)).cmp(&rank(self.progress_of(y))).then(newest)
            }
        }
        .then_with(|| x.path.cmp(&y.path))
    }

    /// Sort everything again, keeping the cursor on the same article.
    fn resort(&mut self) {
        let keep = if self.touched { self.current() } else { None };
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by(|&a, &b| self.compare(a, b));
        self.order = order;
        self.refilter(keep);
    }

    fn matches(&self, i: usize, terms: &[String]) -> bool {
        let h = self.haystacks.get(i).map_or("", String::as_str);
        terms.iter().all(|t| h.contains(t.as_str()))
    }

    /// Apply the filter, keeping the cursor on `keep` when it is still shown.
    fn refilter(&mut self, keep: Option<usize>) {
        let q = self.query.to_lowercase();
        let terms: Vec<String> = q.split_whitespace().map(str::to_owned).collect();
        self.shown =
            if terms.is_empty() { self.order.clone() } else { self.order.iter().copied().filter(|&i| self.matches(i, &terms)).collect() };
        self.selected = keep.and_then(|k| self.shown.iter().position(|&i| i == k)).unwrap_or(0);
        self.scroll_into_view();
    }

    fn scroll_into_view(&mut self) {
        let rows = self.rows();
        let last = self.shown.len().saturating_sub(1);
        self.selected = self.selected.min(last);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        self.offset = self.offset.min(self.shown.len().saturating_sub(rows));
    }

    pub fn resize(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        self.scroll_into_view();
    }

    /// A finished index entry replaces its pending row.
    pub fn set_entry(&mut self, i: usize, e: Entry) {
        if let (Some(slot), Some(h)) = (self.entries.get_mut(i), self.haystacks.get_mut(i)) {
            *h = haystack(&e);
            *slot = e;
        }
    }

    /// Sort and filter again after entries changed (call once per batch).
    pub fn entries_changed(&mut self) {
        self.resort();
    }

    /// How far the reader got in one article (after reading it).
    pub fn record_progress(&mut self, key: &str, progress: Progress) {
        self.progress.insert(key.to_owned(), progress);
        if self.sort == SortKey::Progress {
            self.resort();
        }
    }

    fn move_by(&mut self, n: isize) {
        self.touched = true;
        self.selected = self.selected.saturating_add_signed(n).min(self.shown.len().saturating_sub(1));
        self.scroll_into_view();
    }

    pub fn update(&mut self, a: ListAction) -> ListEffect {
        if self.help {
            self.help = false;
            return if matches!(a, ListAction::Quit) { ListEffect::Quit } else { ListEffect::Redraw };
        }
        let page = isize::try_from(self.rows()).unwrap_or(1).max(1);
        match a {
            ListAction::Down => self.move_by(1),
            ListAction::Up => self.move_by(-1),
            ListAction::PageDown => self.move_by(page),
            ListAction::PageUp => self.move_by(-page),
            ListAction::Top => self.move_by(isize::MIN),
            ListAction::Bottom => self.move_by(isize::MAX),
            ListAction::Open => {
                return match self.current() {
                    Some(i) if self.entries.get(i).is_some_and(|e| e.error.is_none()) => ListEffect::Open(i),
                    Some(i) => {
                        let why = self.entries.get(i).and_then(|e| e.error.clone()).unwrap_or_default();
                        self.message = Some(format!("{}: {why}", self.strings.cannot_open));
                        ListEffect::Redraw
                    }
                    None => ListEffect::None,
                };
            }
            ListAction::Filter => self.typing = true,
            ListAction::Sort => {
                self.touched = true;
                self.sort = self.sort.next();
                self.resort();
                self.message = Some(format!("{} {}", self.strings.sorted_by, self.sort.name(self.strings)));
            }
            ListAction::Rescan => return ListEffect::Rescan,
            ListAction::Escape => {
                if !self.query.is_empty() {
                    let keep = self.current();
                    self.query.clear();
                    self.refilter(keep);
                }
            }
            ListAction::Help => self.help = true,
            ListAction::Theme => return ListEffect::NextTheme,
            ListAction::Quit => return ListEffect::Quit,
        }
        ListEffect::Redraw
    }

    /// Take the key labels from a keymap, so the help shows remapped keys.
    pub fn set_keys(&mut self, keymap: &crate::app::keymap::Keymap) {
        // A user's own keys first, then the defaults in their usual order.
        let defaults = crate::app::keymap::Keymap::default().bindings;
        let (own, usual): (Vec<_>, Vec<_>) = keymap.bindings.iter().partition(|b| !defaults.contains(b));
        self.keys = own.into_iter().chain(usual).filter_map(|(c, a)| ListAction::of(a).map(|la| (la, c.label()))).collect();
    }

    /// The help overlay's rows: keys and what they do.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        use ListAction as L;
        const ROWS: [&[ListAction]; 9] = [
            &[L::Open],
            &[L::Down, L::Up],
            &[L::PageDown, L::PageUp],
            &[L::Top, L::Bottom],
            &[L::Filter],
            &[L::Escape],
            &[L::Sort],
            &[L::Rescan],
            &[L::Quit],
        ];
        ROWS.iter()
            .zip(self.strings.help.iter())
            .map(|(actions, (default, what))| {
                let mut labels: Vec<&str> = Vec::new();
                for a in *actions {
                    let per = if actions.len() == 1 { 3 } else { 2 };
                    labels.extend(self.keys.iter().filter(|(x, _)| x == a).map(|(_, l)| l.as_str()).take(per));
                }
                if actions.contains(&L::Sort) && !self.keys.is_empty() {
                    labels.push("s");
                }
                let keys = if labels.is_empty() { (*default).to_owned() } else { labels.join(" ") };
                (keys, *what)
            })
            .collect()
    }

    /// A click on screen row `y`: the first click selects the article, a
    /// click on the selected one opens it.
    pub fn click(&mut self, y: u16) -> ListEffect {
        let Some(row) = usize::from(y).checked_sub(2) else { return ListEffect::None };
        if row >= self.rows() {
            return ListEffect::None;
        }
        let k = self.offset + row;
        if k >= self.shown.len() {
            return ListEffect::None;
        }
        if k == self.selected {
            return self.update(ListAction::Open);
        }
        self.touched = true;
        self.selected = k;
        ListEffect::Redraw
    }

    /// A character typed at the filter prompt.
    pub fn filter_input(&mut self, c: char) -> ListEffect {
        if !c.is_control() {
            self.query.push(c);
            let keep = self.current();
            self.refilter(keep);
        }
        ListEffect::Redraw
    }

    pub fn filter_backspace(&mut self) -> ListEffect {
        if self.query.pop().is_some() {
            let keep = self.current();
            self.refilter(keep);
        }
        ListEffect::Redraw
    }

    /// Enter keeps the filter, Esc drops it; either way the keys go back to the list.
    pub fn filter_done(&mut self, keep_filter: bool) -> ListEffect {
        self.typing = false;
        if !keep_filter {
            let keep = self.current();
            self.query.clear();
            self.refilter(keep);
        }
        ListEffect::Redraw
    }

    /// Put the cursor on the entry for `path` (after a rescan).
    pub fn select_path(&mut self, path: &std::path::Path) {
        self.touched = true;
        if let Some(k) = self.shown.iter().position(|&i| self.entries.get(i).is_some_and(|e| e.path == path)) {
            self.selected = k;
            self.scroll_into_view();
        }
    }

    /// The names of entry `i` that the filter matched, for showing beside its title.
    pub fn matched_name(&self, i: usize) -> Option<&str> {
        let q = self.query.to_lowercase();
        let terms: Vec<&str> = q.split_whitespace().collect();
        if terms.is_empty() {
            return None;
        }
        let e = self.entries.get(i)?;
        let title = e.title.to_lowercase();
        if terms.iter().all(|t| title.contains(t)) {
            return None;
        }
        e.names
            .iter()
            .find(|n| terms.iter().any(|t| n.name.to_lowercase().contains(t) || n.aliases.iter().any(|a| a.to_lowercase().contains(t))))
            .map(|n| n.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::extract::NameKind;
    use crate::library::IndexName;

    const EN_LIB_HELP_OPEN: &str = "Enter l →";

    fn entry(n: usize, title: &str, source: Option<&str>, when: i64, names: &[&str]) -> Entry {
        Entry {
            path: PathBuf::from(format!("/lib/{n}.txt")),
            size: 100,
            mtime: when,
            title: title.into(),
            source: source.map(Into::into),
            date: None,
            when,
            words: 400,
            key: format!("k{n}"),
            names: names.iter().map(|s| IndexName { name: (*s).into(), kind: NameKind::Person, mentions: 2, aliases: vec![] }).collect(),
            error: None,
        }
    }

    fn sample() -> List {
        let entries = vec![
            entry(0, "Banjir di Solo", Some("Kompas"), 300, &["Gibran Rakabuming"]),
            entry(1, "Harga beras naik", Some("Antara"), 500, &["Prabowo Subianto", "Sri Mulyani"]),
            entry(2, "Pemilu 2024", None, 100, &["Prabowo Subianto"]),
        ];
        let progress = HashMap::from([("k0".to_owned(), Progress::Reading(40)), ("k2".to_owned(), Progress::Done)]);
        List::new(PathBuf::from("/lib"), entries, progress, (80, 24), &crate::ui::strings::EN_LIB)
    }

    #[test]
    fn sorts_cycle_and_keep_the_cursor() {
        let mut l = sample();
        assert_eq!(l.shown, vec![1, 0, 2]);
        l.update(ListAction::Down);
        assert_eq!(l.current(), Some(0));
        l.update(ListAction::Sort);
        assert_eq!((l.sort, l.shown.clone()), (SortKey::Title, vec![0, 1, 2]));
        assert_eq!(l.current(), Some(0));
        l.update(ListAction::Sort);
        assert_eq!(l.shown, vec![1, 0, 2], "by source, no source last");
        l.update(ListAction::Sort);
        assert_eq!(l.shown, vec![0, 1, 2], "reading, unread, done");
        l.record_progress("k1", Progress::Reading(70));
        assert_eq!(l.shown, vec![1, 0, 2], "furthest along first, at once");
        l.update(ListAction::Sort);
        assert_eq!(l.sort, SortKey::Date);
    }

    #[test]
    fn filters_by_names_titles_and_sources() {
        let mut l = sample();
        l.update(ListAction::Filter);
        for c in "prabowo".chars() {
            l.filter_input(c);
        }
        assert_eq!(l.shown, vec![1, 2]);
        assert_eq!(l.matched_name(1), Some("Prabowo Subianto"));
        l.filter_input(' ');
        for c in "mulyani".chars() {
            l.filter_input(c);
        }
        assert_eq!(l.shown, vec![1], "all terms must match");
        l.filter_done(true);
        assert!(!l.typing);
        assert_eq!(l.update(ListAction::Open), ListEffect::Open(1));
        l.update(ListAction::Escape);
        assert_eq!(l.shown.len(), 3);
        assert_eq!(l.current(), Some(1), "the cursor stays on the article");
        l.update(ListAction::Filter);
        for c in "KOMPAS".chars() {
            l.filter_input(c);
        }
        assert_eq!(l.shown, vec![0]);
        l.filter_backspace();
        l.filter_done(false);
        assert_eq!(l.shown.len(), 3);
    }

    #[test]
    fn unreadable_entries_do_not_open_and_moves_stay_in_range() {
        let mut l = sample();
        let mut bad = entry(3, "rusak", None, 1000, &[]);
        bad.error = Some("permission denied".into());
        l.entries.push(bad.clone());
        l.haystacks.push(haystack(&bad));
        l.entries_changed();
        l.update(ListAction::Top);
        assert_eq!(l.current(), Some(3));
        assert_eq!(l.update(ListAction::Open), ListEffect::Redraw);
        assert!(l.message.as_deref().unwrap().contains("permission denied"));
        l.update(ListAction::Bottom);
        l.update(ListAction::Down);
        assert_eq!(l.selected, 3);
        l.update(ListAction::PageUp);
        assert_eq!(l.selected, 0);
    }

    #[test]
    fn the_help_shows_remapped_keys() {
        let mut l = sample();
        assert_eq!(l.help_rows()[0].0, EN_LIB_HELP_OPEN, "defaults without a keymap");
        let mut km = crate::app::keymap::Keymap::default();
        km.bind(crate::app::keymap::Chord::parse("x").unwrap(), Action::Quit);
        l.set_keys(&km);
        let quit = l.help_rows().into_iter().last().unwrap().0;
        assert!(quit.split(' ').any(|k| k == "x"), "{quit}");
        assert!(l.help_rows()[0].0.contains("Enter"), "{:?}", l.help_rows());
    }

    #[test]
    fn clicks_select_then_open() {
        let mut l = sample();
        assert_eq!(l.click(0), ListEffect::None, "the heading");
        assert_eq!(l.click(3), ListEffect::Redraw);
        assert_eq!(l.current(), Some(0));
        assert_eq!(l.click(3), ListEffect::Open(0));
        assert_eq!(l.click(20), ListEffect::None, "below the last row");
    }

    #[test]
    fn the_view_follows_the_cursor() {
        let entries: Vec<Entry> = (0..100).map(|i| entry(i, &format!("Artikel {i}"), None, i as i64, &[])).collect();
        let mut l = List::new(PathBuf::from("/lib"), entries, HashMap::new(), (80, 24), &crate::ui::strings::EN_LIB);
        l.update(ListAction::PageDown);
        l.update(ListAction::PageDown);
        assert!(l.selected >= l.offset && l.selected < l.offset + l.rows());
        l.resize(80, 8);
        assert!(l.selected >= l.offset && l.selected < l.offset + l.rows());
        l.update(ListAction::Bottom);
        assert_eq!(l.offset + l.rows(), 100);
    }
}
