//! Regular expressions that start light.
//!
//! Compiling a pattern with the `regex` crate builds automata and takes a few
//! hundred microseconds; on a short article that compile time is most of the
//! cleaning time, and most rules fire once or never. `regex-lite` compiles the
//! same pattern in microseconds and searches more slowly. A [`Pattern`]
//! searches with the light engine first and moves to the full one once it has
//! searched enough text for the faster search to pay back the compile. The
//! budget is in bytes, not searches: the light engine's cost grows with the
//! text times the pattern, so a few long paragraphs cost more than many
//! short ones (one search of about 1,000 bytes is some 70,000 instructions
//! light, a compile some 750,000).
//!
//! Both engines must give the same answers, so a pattern may start light only
//! when it is written in what they share: explicit character ranges, and `\s`
//! applied to text whose spaces `input::sanitize` has made plain ASCII (the
//! light engine's `\s`, `\d`, `\w` and `\b` are ASCII only). The built-in
//! rules and datelines are; a test runs both engines over the same texts.
//! User rules may use anything `regex` knows, so they use it from the start.

use regex_automata::{Anchored, Input, meta};
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes of text searched with the light engine before the full one is
/// compiled; a longer text goes to the full engine at once.
const LIGHT_BYTES: usize = 4 * 1024;

/// A regular expression compiled on first use, light first (see the module).
#[derive(Debug)]
pub struct Pattern {
    source: String,
    light: bool,
    /// Bytes searched with the light engine so far.
    searched: AtomicUsize,
    lite: OnceLock<Option<regex_lite::Regex>>,
    full: OnceLock<Option<meta::Regex>>,
}

impl Clone for Pattern {
    fn clone(&self) -> Self {
        Self {
            source: self.source.clone(),
            light: self.light,
            searched: AtomicUsize::new(self.searched.load(Ordering::Relaxed)),
            lite: self.lite.clone(),
            full: self.full.clone(),
        }
    }
}

/// The engine a search runs on.
enum Engine<'a> {
    Lite(&'a regex_lite::Regex),
    Full(&'a meta::Regex),
}

/// The `Groups` of one set of light captures.
fn lite_groups(c: &regex_lite::Captures<'_>, names: &[&str]) -> Option<Groups> {
    c.get(0).map(|whole| Groups { whole: whole.range(), named: names.iter().map(|n| c.name(n).map(|m| m.range())).collect() })
}

/// The first match of a full search, as its `names` groups.
fn full_search(re: &meta::Regex, input: &Input<'_>, names: &[&str]) -> Option<Groups> {
    let mut c = re.create_captures();
    re.search_captures(input, &mut c);
    full_groups(&c, names)
}

/// The `Groups` of one set of full captures.
fn full_groups(c: &regex_automata::util::captures::Captures, names: &[&str]) -> Option<Groups> {
    c.get_match()
        .map(|whole| Groups { whole: whole.range(), named: names.iter().map(|n| c.get_group_by_name(n).map(|s| s.range())).collect() })
}

impl Pattern {
    /// A pattern in the shared subset: searched light at first.
    pub fn light(source: impl Into<String>) -> Self {
        Self::with(source.into(), true)
    }

    /// A pattern for the full engine only (user rules).
    pub fn full(source: impl Into<String>) -> Self {
        Self::with(source.into(), false)
    }

    fn with(source: String, light: bool) -> Self {
        Self { source, light, searched: AtomicUsize::new(0), lite: OnceLock::new(), full: OnceLock::new() }
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern compiles (with the engine its next search would use).
    pub fn compiles(&self) -> bool {
        self.engine_for(self.searched.load(Ordering::Relaxed)).is_some()
    }

    /// The engine for a search of `len` more bytes.
    fn engine(&self, len: usize) -> Option<Engine<'_>> {
        // (once the full engine is built every search uses it: the light
        // budget only grows; no count to keep)
        if let Some(Some(re)) = self.full.get() {
            return Some(Engine::Full(re));
        }
        let done = if self.light { self.searched.fetch_add(len, Ordering::Relaxed).saturating_add(len) } else { usize::MAX };
        self.engine_for(done)
    }

    /// The engine once `searched` bytes have been searched light.
    fn engine_for(&self, searched: usize) -> Option<Engine<'_>> {
        if self.light
            && searched <= LIGHT_BYTES
            && let Some(re) = self.lite.get_or_init(|| regex_lite::Regex::new(&self.source).ok()).as_ref()
        {
            return Some(Engine::Lite(re));
        }
        self.full.get_or_init(|| meta::Regex::new(&self.source).ok()).as_ref().map(Engine::Full)
    }

    /// Whether the pattern occurs in `hay`.
    pub fn is_match(&self, hay: &str) -> bool {
        match self.engine(hay.len()) {
            Some(Engine::Lite(re)) => re.is_match(hay),
            Some(Engine::Full(re)) => re.is_match(hay),
            None => false,
        }
    }

    /// The first match.
    pub fn find(&self, hay: &str) -> Option<Range<usize>> {
        match self.engine(hay.len()) {
            Some(Engine::Lite(re)) => re.find(hay).map(|m| m.range()),
            Some(Engine::Full(re)) => re.find(hay).map(|m| m.range()),
            None => None,
        }
    }

    /// Every match, left to right, not overlapping.
    pub fn find_all(&self, hay: &str) -> Vec<Range<usize>> {
        match self.engine(hay.len()) {
            Some(Engine::Lite(re)) => re.find_iter(hay).map(|m| m.range()).collect(),
            Some(Engine::Full(re)) => re.find_iter(hay).map(|m| m.range()).collect(),
            None => Vec::new(),
        }
    }

    /// The match that starts at byte `at` of `hay`, if one does: the one
    /// `find_all` gives when no match ends after `at` before it. The text
    /// around `at` still counts for `\b` and the like. The full engine
    /// looks no further than the match; the light one searches on and
    /// turns away a match that starts later.
    pub fn find_at(&self, hay: &str, at: usize) -> Option<Range<usize>> {
        match self.engine(hay.len().saturating_sub(at)) {
            Some(Engine::Lite(re)) => re.find_at(hay, at).map(|m| m.range()).filter(|m| m.start == at),
            Some(Engine::Full(re)) => re.search(&anchored_at(hay, at)?).map(|m| m.range()),
            None => None,
        }
    }

    /// Every match as its `names` groups (`None` where a group took no part),
    /// after the whole match.
    pub fn captures_all(&self, hay: &str, names: &[&str]) -> Vec<Groups> {
        match self.engine(hay.len()) {
            Some(Engine::Lite(re)) => re.captures_iter(hay).filter_map(|c| lite_groups(&c, names)).collect(),
            Some(Engine::Full(re)) => re.captures_iter(hay).filter_map(|c| full_groups(&c, names)).collect(),
            None => Vec::new(),
        }
    }

    /// The first match as its `names` groups.
    pub fn captures(&self, hay: &str, names: &[&str]) -> Option<Groups> {
        match self.engine(hay.len()) {
            Some(Engine::Lite(re)) => re.captures(hay).and_then(|c| lite_groups(&c, names)),
            Some(Engine::Full(re)) => full_search(re, &Input::new(hay), names),
            None => None,
        }
    }

    /// The match that starts at byte `at`, as its `names` groups (see
    /// `find_at`).
    pub fn captures_at(&self, hay: &str, at: usize, names: &[&str]) -> Option<Groups> {
        match self.engine(hay.len().saturating_sub(at)) {
            Some(Engine::Lite(re)) => re.captures_at(hay, at).and_then(|c| lite_groups(&c, names)).filter(|g| g.whole.start == at),
            Some(Engine::Full(re)) => full_search(re, &anchored_at(hay, at)?, names),
            None => None,
        }
    }
}

/// A search of `hay` for a match starting at `at` (`None` past the end or
/// off a character boundary).
fn anchored_at(hay: &str, at: usize) -> Option<Input<'_>> {
    hay.is_char_boundary(at).then(|| Input::new(hay).range(at..).anchored(Anchored::Yes))
}

/// One match: its whole range and the ranges of the groups asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Groups {
    pub whole: Range<usize>,
    pub named: Vec<Option<Range<usize>>>,
}

impl Groups {
    /// Group `i` of the names asked for.
    pub fn get(&self, i: usize) -> Option<Range<usize>> {
        self.named.get(i).cloned().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn moves_to_the_full_engine_after_enough_text() {
        let p = Pattern::light(r"Baca\s+juga");
        assert!(matches!(p.engine_for(0), Some(Engine::Lite(_))));
        let hay = "x Baca  juga y";
        for _ in 0..LIGHT_BYTES / hay.len() {
            assert_eq!(p.find(hay), Some(2..12));
        }
        assert!(matches!(p.engine_for(p.searched.load(Ordering::Relaxed)), Some(Engine::Lite(_))));
        assert_eq!(p.find(hay), Some(2..12));
        assert!(matches!(p.engine_for(p.searched.load(Ordering::Relaxed)), Some(Engine::Full(_))));
        // A text longer than the whole budget goes to the full engine at once.
        let q = Pattern::light(r"juga");
        assert!(matches!(q.engine(LIGHT_BYTES + 1), Some(Engine::Full(_))));
        assert!(matches!(q.engine(10), Some(Engine::Full(_))));
    }

    #[test]
    fn user_patterns_use_the_full_engine_and_its_unicode_classes() {
        let p = Pattern::full(r"\p{Lu}\w+");
        assert!(matches!(p.engine_for(0), Some(Engine::Full(_))));
        assert_eq!(p.find_all("ini Ümit dan Ärger"), vec![4..9, 14..20]);
    }

    #[test]
    fn a_pattern_the_light_engine_cannot_read_falls_back_to_the_full_one() {
        let p = Pattern::light(r"\p{Lu}+");
        assert!(p.compiles());
        assert_eq!(p.find("abc ÄÖ"), Some(4..8));
        assert!(!Pattern::light("(unclosed").compiles());
    }

    /// Text shaped like articles and their boilerplate, with letters in and
    /// out of the ranges the patterns name.
    fn textish() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            3 => "[a-z]{1,8}",
            2 => "[A-Z][a-z]{1,7}",
            1 => "[A-Z]{2,6}",
            1 => "[0-9]{1,4}",
            2 => prop::sample::select(vec![
                " ", "  ", "\n", ", ", ". ", ".", ":", " : ", "(", ")", "/", " / ", "-", " - ", "–", "—", "|", "·", "©", "[", "]", "*",
                "'", "’", "\"", "“", "”", "é", "É", "Ä", "ß", "ÿ", "ā", "Ł", "Σ", "東", "😀", ".com", ".co.id", ".id", ".COM",
            ]).prop_map(str::to_owned),
            2 => prop::sample::select(vec![
                "Baca", "Juga", "juga", "BACA JUGA", "Lihat", "Simak", "Video", "Artikel", "Berita", "terkait", "ADVERTISEMENT",
                "SCROLL TO CONTINUE WITH CONTENT", "[Gambas:Video]", "Saksikan Live DetikPagi", "Iklan", "Ikuti", "Google News",
                "berlangganan", "newsletter", "Halaman", "Selanjutnya", "Pewarta", "Editor", "Penulis", "Sumber", "Oleh", "COPYRIGHT",
                "Hak Cipta", "Artikel ini telah tayang", "Disadur dari", "Laporan Wartawan", "ANTARA", "ANTARA FOTO", "Dok.", "HO",
                "Perbesar", "Foto", "Ilustrasi", "Bagikan", "Tag", "Kata kunci", "JAKARTA", "KOMPAS.com", "Antara", "antaranews.com",
                "PASUNDAN EKSPRES", "CNN Indonesia", "Liputan6.com", "(ant)", "(edh/rdn)", "(*)", "(A12)",
            ]).prop_map(str::to_owned),
        ];
        prop::collection::vec(token, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(crate::testing::proptest_config(300))]

        /// The engines agree on every light pattern: same matches, same groups.
        #[test]
        fn both_engines_give_the_same_answers(text in textish()) {
            for (source, lite, full) in engines() {
                let a: Vec<Vec<Option<Range<usize>>>> = lite
                    .captures_iter(&text)
                    .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| m.range())).collect())
                    .collect();
                let b: Vec<Vec<Option<Range<usize>>>> = full
                    .captures_iter(&text)
                    .map(|c| (0..c.group_len()).map(|i| c.get_group(i).map(|m| m.range())).collect())
                    .collect();
                prop_assert_eq!(a, b, "/{}/ on {:?}", source, text);
            }
        }
    }

    /// Every light pattern compiled by both engines, once for all cases
    /// (with the same group names).
    fn engines() -> &'static [(String, regex_lite::Regex, meta::Regex)] {
        static ALL: OnceLock<Vec<(String, regex_lite::Regex, meta::Regex)>> = OnceLock::new();
        ALL.get_or_init(|| {
            crate::clean::light_patterns()
                .into_iter()
                .map(|source| {
                    let lite = regex_lite::Regex::new(&source).unwrap_or_else(|e| panic!("/{source}/: {e}"));
                    let full = meta::Regex::new(&source).unwrap_or_else(|e| panic!("/{source}/: {e}"));
                    let names = regex::Regex::new(&source).map(|r| r.capture_names().flatten().map(str::to_owned).collect::<Vec<_>>());
                    let lite_names: Vec<String> = lite.capture_names().flatten().map(str::to_owned).collect();
                    assert_eq!(names.ok(), Some(lite_names), "/{source}/");
                    (source, lite, full)
                })
                .collect()
        })
    }

    #[test]
    fn groups_by_name() {
        let p = Pattern::light(r"(?P<label>Editor|Penulis)\s*:\s*(?P<name>[A-Z][a-z]+)?");
        let all = p.captures_all("Penulis: Budi Editor:", &["label", "name"]);
        assert_eq!(all.len(), 2);
        assert_eq!((all[0].get(0), all[0].get(1)), (Some(0..7), Some(9..13)));
        assert_eq!((all[1].whole.clone(), all[1].get(1)), (14..21, None));
    }
}
