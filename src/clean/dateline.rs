//! Datelines: the place/source prefix of an article's first paragraph.

use super::pattern::Pattern;
use crate::lexicon::MEDIA_WORDS;
use std::sync::OnceLock;

/// A dateline found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Bytes of the paragraph the dateline covers (with its trailing dash and spaces).
    pub len: usize,
    /// The visible dateline text, without the trailing spaces.
    pub text: String,
    pub city: Option<String>,
    pub source: Option<String>,
}

const DASH: &str = r"(?:--|-|–|—)";
const WORD: &str = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’]*";

/// The dateline patterns as written, each with a cheap test its text must
/// pass before the pattern is compiled and tried.
pub(super) fn sources() -> &'static [String] {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        let domain = r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:\.[A-Za-z]{2,6})+";
        let city = format!(r"{WORD}(?:,? {WORD}){{0,4}}?");
        [
            // Jakarta (ANTARA) -   /   Trenggalek, Jawa Timur (ANTARA) -
            format!(r"^(?P<city>{city}) ?\((?P<src>ANTARA|Antara|ANTARA News|antaranews\.com)\) ?{DASH} ?"),
            // Liputan6.com, Jakarta -   /   SERAMBINEWS.COM, BANDA ACEH -
            format!(r"^(?P<src>{domain}), (?P<city>{WORD}(?: {WORD}){{0,3}}?) ?{DASH} ?"),
            // JAKARTA, KOMPAS.com -   /   Jakarta, CNN Indonesia --
            format!(r"^(?P<city>{WORD}(?: {WORD}){{0,3}}), (?P<src>{domain}|{WORD}(?: {WORD})?) ?{DASH} ?"),
            // Liputan6.com, Jakarta Pemerintah ... (dash missing): one word of city
            format!(r"^(?P<src>{domain}), (?P<city>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+) "),
            // TRIBUNTRENDS.COM -
            format!(r"^(?P<src>{domain}) ?{DASH} ?"),
            // PASUNDAN EKSPRES-   /   GDANSK –   /   KOTAWARINGIN BARAT -
            format!(r"^(?P<caps>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’]+){{0,3}}) ?{DASH} ?"),
            // Jakarta - Pemerintah ...
            format!(r"^(?P<city>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?) {DASH} "),
        ]
        .into()
    })
}

/// Whether pattern `i` can match a paragraph starting with `head`.
fn plausible(i: usize, head: &str) -> bool {
    let dash = head.contains(['-', '–', '—']);
    let caps2 = head.chars().take(2).all(char::is_uppercase);
    let domain = head.contains('.');
    let comma = head.contains(", ");
    // In the order of `sources`.
    match i {
        0 => head.contains("(ANTARA") || head.contains("(Antara") || head.contains("antaranews"),
        1 => domain && comma && dash,
        2 => comma && dash,
        3 => domain && comma,
        4 => domain && dash,
        5 => caps2 && dash,
        _ => dash,
    }
}

/// Pattern `i` (compiled on first use).
fn pattern(i: usize) -> Option<&'static Pattern> {
    static C: OnceLock<Vec<Pattern>> = OnceLock::new();
    C.get_or_init(|| sources().iter().map(Pattern::light).collect()).get(i)
}

/// The named groups a dateline pattern may have.
const GROUPS: [&str; 3] = ["city", "src", "caps"];

/// Title-case an all-capitals outlet name (`PASUNDAN EKSPRES` → `Pasundan
/// Ekspres`, `KOMPAS.com` → `Kompas.com`); single all-caps words without a
/// domain (`ANTARA`) are acronyms and stay.
pub fn normalise_source(s: &str) -> String {
    let s = s.trim();
    let (name, domain) = match s.find('.') {
        Some(i) => (s.get(..i).unwrap_or(s), s.get(i..).unwrap_or("")),
        None => (s, ""),
    };
    let all_caps = name.chars().any(|c| c.is_alphabetic()) && !name.chars().any(|c| c.is_lowercase());
    if !all_caps || (domain.is_empty() && !name.contains(' ')) {
        return s.to_owned();
    }
    let titled: Vec<String> = name
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect();
    format!("{}{}", titled.join(" "), domain.to_lowercase())
}

/// Find a dateline at the start of `p`.
pub fn find(p: &str) -> Option<Dateline> {
    let mut end = p.len().min(80);
    while !p.is_char_boundary(end) {
        end -= 1;
    }
    let head = p.get(..end).unwrap_or("");
    for i in 0..sources().len() {
        if !plausible(i, head) {
            continue;
        }
        let Some(re) = pattern(i) else { continue };
        let Some(c) = re.captures(p, &GROUPS) else { continue };
        let m = p.get(c.whole.clone()).unwrap_or("");
        let rest = p.get(c.whole.end..).unwrap_or("");
        // The article must go on after it, starting like a sentence.
        let mut rc = rest.chars();
        let first = rc.next();
        let second = rc.next();
        let starts_sentence = match (first, second) {
            (Some(a), Some(b)) => {
                (a.is_uppercase() && (b.is_lowercase() || b == ' ' || b.is_uppercase())) || a == '"' || a == '“' || a.is_ascii_digit()
            }
            _ => false,
        };
        if !starts_sentence || rest.len() < 20 {
            continue;
        }
        // Without a space after the dash the next word must look like a word
        // start (`EKSPRES-Pada`), not a compound (`PDI-P`).
        let glued = !m.ends_with(' ');
        if glued && !(first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase)) {
            continue;
        }
        let group = |k: usize| c.get(k).and_then(|r| p.get(r));
        let mut city = group(0).map(str::to_owned);
        let mut source = group(1).map(normalise_source);
        if let Some(caps) = group(2) {
            let words: Vec<&str> = caps.split(' ').collect();
            if words.iter().any(|w| MEDIA_WORDS.iter().any(|m| w.trim_matches('.') == *m)) {
                source = Some(normalise_source(caps));
            } else {
                city = Some(caps.to_owned());
            }
        }
        let text = m.trim_end().to_owned();
        return Some(Dateline { len: c.whole.end, text, city, source });
    }
    None
}

/// A dateline that names its source (`Kota (ANTARA) -`, `KOTA, Situs.com -`)
/// after a teaser or pull-quote inside the paragraph: its offset and itself.
pub fn find_within(p: &str) -> Option<(usize, Dateline)> {
    let limit = p.len().min(1200);
    let head = p.get(..limit)?;
    for (i, c) in head.char_indices().skip(1) {
        if !c.is_uppercase()
            || head.get(..i).and_then(|b| b.chars().next_back()).is_none_or(char::is_alphabetic)
                && !head.get(..i).is_some_and(|b| b.ends_with(char::is_lowercase))
        {
            continue;
        }
        let rest = p.get(i..)?;
        if let Some(d) = find(rest).filter(|d| d.source.is_some() && d.text.contains([',', '('])) {
            return Some((i, d));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(p: &str) -> Option<(String, Option<String>, Option<String>)> {
        find(p).map(|d| (d.text, d.city, d.source))
    }

    #[test]
    fn recognises_the_common_forms() {
        let rest = " Pemerintah kota menyiapkan anggaran baru.";
        let cases = [
            ("PASUNDAN EKSPRES-", None, Some("Pasundan Ekspres")),
            ("JAKARTA, KOMPAS.com -", Some("JAKARTA"), Some("Kompas.com")),
            ("Jakarta (ANTARA) -", Some("Jakarta"), Some("ANTARA")),
            ("Trenggalek, Jawa Timur (ANTARA) -", Some("Trenggalek, Jawa Timur"), Some("ANTARA")),
            ("Liputan6.com, Jakarta -", Some("Jakarta"), Some("Liputan6.com")),
            ("Bisnis.com, MALANG —", Some("MALANG"), Some("Bisnis.com")),
            ("SERAMBINEWS.COM, BANDA ACEH -", Some("BANDA ACEH"), Some("Serambinews.com")),
            ("TRIBUNTRENDS.COM -", None, Some("Tribuntrends.com")),
            ("GDANSK –", Some("GDANSK"), None),
            ("KOTAWARINGIN BARAT -", Some("KOTAWARINGIN BARAT"), None),
            ("Jakarta, CNN Indonesia --", Some("Jakarta"), Some("CNN Indonesia")),
        ];
        for (d, city, src) in cases {
            let got = dl(&format!("{d}{rest}")).unwrap_or_else(|| panic!("no dateline in {d:?}"));
            assert_eq!(got, (d.to_owned(), city.map(str::to_owned), src.map(str::to_owned)), "{d}");
        }
    }

    #[test]
    fn glued_and_dashless_forms() {
        let d = find("PASUNDAN EKSPRES-Pada Rabu, dunia menyaksikan pertemuan.").unwrap();
        assert_eq!(d.text, "PASUNDAN EKSPRES-");
        let d = find("Liputan6.com, Jakarta Pemerintah Kota Jakarta menutup jalan.").unwrap();
        assert_eq!((d.text.as_str(), d.city.as_deref()), ("Liputan6.com, Jakarta", Some("Jakarta")));
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for p in [
            "PDI-P berkuasa hampir sepuluh tahun di negeri ini.",
            "Pemerintah kota - kata dia - menyiapkan anggaran.",
            "KPK menetapkan tersangka baru dalam kasus itu.",
        ] {
            assert_eq!(find(p), None, "{p}");
        }
    }
}
