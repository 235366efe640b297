//! Indonesian hyphenation: the only file that uses the `hyphenation` crate.
//! The 2.8 KB Indonesian TeX dictionary is embedded (see NOTICE) instead of
//! every language (+3 MB).

use hyphenation::{Hyphenator, Language, Load, Standard};
use std::sync::OnceLock;

const DICTIONARY: &[u8] = include_bytes!("../../assets/hyph/id.standard.bincode");

fn dictionary() -> Option<&'static Standard> {
    static D: OnceLock<Option<Standard>> = OnceLock::new();
    D.get_or_init(|| Standard::from_reader(Language::Indonesian, &mut &DICTIONARY[..]).ok()).as_ref()
}

/// Letters before and after a break, at least.
const MIN_BEFORE: usize = 2;
const MIN_AFTER: usize = 3;

/// Byte offsets inside `word` where it may be hyphenated. Numbers, money,
/// dates, URLs, addresses and hyphenated (reduplicated) words get none.
pub fn breaks(word: &str) -> Vec<usize> {
    if word.chars().count() < MIN_BEFORE + MIN_AFTER + 1 || !word.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return Vec::new();
    }
    let Some(dict) = dictionary() else { return Vec::new() };
    let n = word.chars().count();
    dict.hyphenate(&lower)
        .breaks
        .into_iter()
        .filter(|&b| word.is_char_boundary(b))
        .filter(|&b| {
            let before = word.get(..b).map_or(0, |s| s.chars().count());
            before >= MIN_BEFORE && n - before >= MIN_AFTER
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(w: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut last = 0;
        for b in breaks(w) {
            out.push(&w[last..b]);
            last = b;
        }
        out.push(&w[last..]);
        out
    }

    #[test]
    fn indonesian_words_break_at_syllables() {
        assert_eq!(parts("pemerintah"), ["pe", "me", "rin", "tah"]);
        assert_eq!(parts("ketidakseimbangan").concat(), "ketidakseimbangan");
        assert!(parts("ketidakseimbangan").len() > 3);
    }

    #[test]
    fn never_hyphenated() {
        for w in ["Rp1,5", "13/9/2023", "https://warta.id/berita", "2024", "negara-negara", "isu-isu", "dia"] {
            assert!(breaks(w).is_empty(), "{w}");
        }
    }

    #[test]
    fn keeps_two_letters_before_and_three_after() {
        for w in ["kemerdekaan", "perekonomian", "memperkirakan"] {
            let n = w.chars().count();
            for b in breaks(w) {
                assert!(b >= 2 && n - b >= 3, "{w} at {b}");
            }
        }
    }
}
