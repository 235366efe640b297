//! Plain text → paragraphs.
//!
//! Real scraped articles come in several shapes: one paragraph per line (the
//! seed), blank-line separated blocks, hard-wrapped lines, and flattened
//! scrapes where the whole article is one line whose paragraphs are marked only
//! by runs of spaces or by sentences glued together (`Sabtu (2/4).Atas`). This
//! module turns all of them into paragraphs without dropping a character of
//! content: it only chooses where paragraphs break and normalises spaces.

use std::borrow::Cow;

/// Characters that end a sentence (or close one) before a paragraph break.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ')' | '…' | ':')
}

/// Split sanitised text into trimmed paragraphs with single spaces.
pub fn paragraphs(text: &str) -> Vec<String> {
    let lines: Vec<Line<'_>> = blocks(text).into_iter().flatten().collect();
    // (Lines are independent from here on: a long text shares them out.)
    let runs = super::parallel::in_runs(
        lines,
        |l| l.len(),
        |run| {
            let mut out = Vec::with_capacity(run.len());
            for raw in run {
                split_space_runs(&raw, &mut |piece, spaced| {
                    split_glued(piece, &mut |para| {
                        // (a line without two spaces in a row has no run to fold)
                        let p = if spaced { collapse(para) } else { Cow::Borrowed(para.trim()) };
                        if !p.is_empty() {
                            split_long(&p, &mut out);
                        }
                    });
                });
            }
            out
        },
    );
    super::parallel::concat(runs)
}

/// Lines borrow from the text until they must change.
type Line<'a> = Cow<'a, str>;

/// Blank-line separated blocks; inside a block, either one paragraph per line
/// or, when the block is hard-wrapped, its lines joined.
fn blocks(text: &str) -> Vec<Vec<Line<'_>>> {
    let mut blocks: Vec<Vec<&str>> = vec![Vec::new()];
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if blocks.last().is_some_and(|b| !b.is_empty()) {
                blocks.push(Vec::new());
            }
        } else if let Some(b) = blocks.last_mut() {
            b.push(line);
        }
    }
    blocks
        .into_iter()
        .filter(|b| !b.is_empty())
        .map(|lines| {
            if is_hard_wrapped(&lines) {
                vec![Cow::Owned(lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "))]
            } else {
                join_indented_continuations(&lines)
            }
        })
        .collect()
}

/// A block is hard-wrapped when all its lines but the last have similar,
/// moderate lengths and most of them end mid-sentence.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    let body = lines.get(..lines.len() - 1).unwrap_or_default();
    // A line of more than 480 bytes has more than 120 characters: no need
    // to count them (a block of long paragraph lines is most texts).
    if body.iter().any(|l| l.trim().len() > 4 * 120) {
        return false;
    }
    let widths: Vec<usize> = body.iter().map(|l| l.trim().chars().count()).collect();
    let max = widths.iter().copied().max().unwrap_or(0);
    let min = widths.iter().copied().min().unwrap_or(0);
    if !(20..=120).contains(&max) || min * 10 < max * 6 {
        return false;
    }
    let open = body.iter().filter(|l| !l.trim_end().ends_with(is_terminal)).count();
    open * 2 >= body.len()
}

/// A short, deeply indented line that continues a line without final
/// punctuation is the same text broken by an HTML-to-text scraper.
fn join_indented_continuations<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    for line in lines {
        let indent = line.len() - line.trim_start().len();
        let t = line.trim();
        if indent >= 8
            && t.chars().count() < 40
            && let Some(prev) = out.last_mut()
            && !prev.trim_end().ends_with(is_terminal)
        {
            let prev = prev.to_mut();
            prev.push(' ');
            prev.push_str(t);
            continue;
        }
        out.push(Cow::Borrowed(t));
    }
    out
}

/// A searcher for two spaces, built once (building one is most of the cost
/// of a search in a short line).
static TWO_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("  "));

/// Runs of three or more spaces, or two after a sentence end, separate
/// paragraphs in flattened scrapes. Each piece goes to `each` in turn (no
/// list is built: most lines are one piece), with whether the line has two
/// spaces in a row anywhere.
fn split_space_runs(s: &str, each: &mut impl FnMut(&str, bool)) {
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut from = 0;
    let mut spaced = false;
    // Only runs of two or more spaces matter: find them whole.
    while let Some(k) = bytes.get(from..).and_then(|rest| TWO_SPACES.find(rest)) {
        spaced = true;
        let i = from + k;
        let mut j = i;
        while bytes.get(j) == Some(&b' ') {
            j += 1;
        }
        let run = j - i;
        let before = s.get(..i).and_then(|t| t.trim_end().chars().last());
        let after = s.get(j..).unwrap_or("");
        // A lone last word after a gap is the end of the same line (`Google      News`).
        let lone_tail = (!after.trim().contains(' ') && !before.is_some_and(is_terminal)) || before == Some(':');
        // A sentence cut where a link was stripped goes on in lowercase
        // (`melalui    keterlibatannya`): one sentence, one paragraph.
        let mid_sentence = before.is_some_and(char::is_lowercase) && after.starts_with(char::is_lowercase);
        if (run >= 3 && !lone_tail && !mid_sentence) || (run == 2 && before.is_some_and(is_terminal)) {
            if let Some(piece) = s.get(start..i) {
                each(piece, true);
            }
            start = j;
        }
        from = j;
    }
    if let Some(piece) = s.get(start..) {
        each(piece, spaced);
    }
}

/// Split where a sentence end is glued to the next sentence with no space
/// (`tersebut.Dalam`, `gugur."Atas`, `sini."Hal`), restoring the break. Never
/// splits inside a quotation.
fn split_glued(s: &str, each: &mut impl FnMut(&str)) {
    // A byte scan: only quotation marks and `.`, `!`, `?` (all ASCII or
    // fixed UTF-8 sequences) matter; characters are decoded only around a stop.
    let b = s.as_bytes();
    let mut cuts: Vec<usize> = Vec::new();
    let mut inside = false;
    // Quotation marks start with `"`, C2 (`«` `»`) or E2 (`“` `„` `”`).
    let mut marks = memchr::memchr3_iter(b'"', 0xC2, 0xE2, b).peekable();
    for i in memchr::memchr3_iter(b'.', b'!', b'?', b) {
        while let Some(q) = marks.next_if(|&q| q < i) {
            match b.get(q) {
                Some(b'"') => inside = !inside,
                _ => match quote_mark(b, q) {
                    Some(Mark::Open) => inside = true,
                    Some(Mark::Close) => inside = false,
                    None => {}
                },
            }
        }
        // (nearly every stop is followed by a space or ends the text: no glue)
        if i == 0 || matches!(b.get(i + 1), None | Some(b' ')) {
            continue;
        }
        let (Some(before), Some(after)) = (s.get(..i), s.get(i + 1..)) else { continue };
        let prev = before.chars().next_back().unwrap_or(' ');
        if !(prev.is_lowercase() || prev.is_ascii_digit() || matches!(prev, ')' | '%')) {
            continue;
        }
        let mut it = after.chars();
        let n1 = it.next().unwrap_or(' ');
        let n2 = it.next().unwrap_or(' ');
        let n3 = it.next().unwrap_or(' ');
        let next = i + 1;
        if n1.is_uppercase() && n2.is_lowercase() && !inside {
            cuts.push(next);
        } else if n1 == '"' && n2.is_uppercase() && n3.is_lowercase() {
            // `"` after the stop either closes the quotation we are in or opens a new one.
            if inside {
                cuts.push(next + 1);
            } else {
                cuts.push(next);
            }
        } else if n1 == '“' && n2.is_uppercase() && !inside {
            cuts.push(next);
        } else if n1 == '”' && n2.is_uppercase() && n3.is_lowercase() {
            cuts.push(next + '”'.len_utf8());
        }
    }
    let mut start = 0;
    for cut in cuts {
        if let Some(p) = s.get(start..cut) {
            each(p);
            start = cut;
        }
    }
    if let Some(p) = s.get(start..) {
        each(p);
    }
}

enum Mark {
    Open,
    Close,
}

/// The typographic quotation mark whose UTF-8 sequence starts at `i`:
/// `“` `„` `«` open, `”` `»` close.
fn quote_mark(b: &[u8], i: usize) -> Option<Mark> {
    match (b.get(i), b.get(i + 1), b.get(i + 2)) {
        (Some(0xC2), Some(0xAB), _) | (Some(0xE2), Some(0x80), Some(0x9C | 0x9E)) => Some(Mark::Open),
        (Some(0xC2), Some(0xBB), _) | (Some(0xE2), Some(0x80), Some(0x9D)) => Some(Mark::Close),
        _ => None,
    }
}

/// Trim and fold every run of spaces into one.
pub fn collapse_spaces(s: &str) -> String {
    collapse(s).into_owned()
}

/// `collapse_spaces`, borrowing when there is nothing to fold.
fn collapse(s: &str) -> Cow<'_, str> {
    let s = s.trim();
    if TWO_SPACES.find(s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    // (copied a run at a time: each run of spaces is found whole and one
    // space of it kept)
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    while let Some(k) = b.get(from..).and_then(|rest| TWO_SPACES.find(rest)) {
        let keep = from + k + 1;
        out.push_str(s.get(from..keep).unwrap_or(""));
        from = keep;
        while b.get(from) == Some(&b' ') {
            from += 1;
        }
    }
    out.push_str(s.get(from..).unwrap_or(""));
    Cow::Owned(out)
}

/// Very long paragraphs (flattened scrapes with single spaces only) are cut at
/// sentence ends into readable paragraphs of a few sentences.
const LONG_PARAGRAPH: usize = 1200;
const TARGET_PARAGRAPH: usize = 450;

fn split_long(p: &str, out: &mut Vec<String>) {
    if p.len() <= LONG_PARAGRAPH {
        out.push(p.to_owned());
        return;
    }
    let mut start = 0;
    for end in sentence_ends(p) {
        if end - start >= TARGET_PARAGRAPH && p.len() - end >= TARGET_PARAGRAPH / 3 {
            if let Some(piece) = p.get(start..end) {
                out.push(piece.trim().to_owned());
            }
            start = end;
        }
    }
    if let Some(piece) = p.get(start..) {
        let piece = piece.trim();
        if !piece.is_empty() {
            out.push(piece.to_owned());
        }
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "dra", "prof", "ir", "h", "hj", "st", "no", "jl", "jln", "kh", "sh", "se", "mm", "mr", "mrs", "ms", "kec", "kab", "tbk",
    "pt", "cv", "bpk", "yth", "dkk", "vs", "a.n", "u.p", "sdr", "m.si", "s.h",
];

/// Whether the word before a full stop keeps the sentence going: one letter
/// (an initial) or an abbreviation, in any case.
fn is_abbreviation(word: &str) -> bool {
    if !word.is_ascii() {
        // (lowercasing may change a word beyond ASCII: the Kelvin sign is `k`)
        let lower = word.to_lowercase();
        let lower = lower.trim_start_matches(['(', '"', '“']);
        return lower.chars().count() <= 1 || ABBREVIATIONS.contains(&lower);
    }
    let word = word.trim_start_matches(['(', '"']);
    word.len() <= 1 || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Byte offsets just after sentence ends (`. ` + capital), outside quotations.
pub(crate) fn sentence_ends(p: &str) -> Vec<usize> {
    SentenceEnds::new(p).collect()
}

/// The first of `sentence_ends`, without looking further.
pub(crate) fn first_sentence_end(p: &str) -> Option<usize> {
    SentenceEnds::new(p).next()
}

struct SentenceEnds<'a> {
    p: &'a str,
    /// The next byte to look at.
    at: usize,
    inside: bool,
    /// Where the next `.`, `!` or `?` and the next `"` or `“`/`”` lead byte
    /// are (`usize::MAX`: none left; `None`: not looked for from `at`).
    stop: Option<usize>,
    quote: Option<usize>,
}

impl<'a> SentenceEnds<'a> {
    fn new(p: &'a str) -> Self {
        Self { p, at: 0, inside: false, stop: None, quote: None }
    }
}

impl Iterator for SentenceEnds<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (p, b) = (self.p, self.p.as_bytes());
        // The next byte that may be a mark, found by skipping to the next
        // stop and the next quotation mark (few bytes are either).
        let after = |at: usize, found: Option<usize>| found.map_or(usize::MAX, |k| at + k);
        loop {
            let at = self.at;
            let rest = b.get(at..).unwrap_or_default();
            let stop = *self.stop.get_or_insert_with(|| after(at, memchr::memchr3(b'.', b'!', b'?', rest)));
            let quote = *self.quote.get_or_insert_with(|| after(at, memchr::memchr2(b'"', 0xE2, rest)));
            let i = stop.min(quote);
            let Some(&x) = b.get(i) else { break };
            self.at = i + 1;
            // (the one used is looked for again from the next byte on)
            if i == stop {
                self.stop = None;
            } else {
                self.quote = None;
            }
            // The mark and its length in bytes; `„` `«` `»` do not count here.
            let len = match (x, b.get(i + 1), b.get(i + 2)) {
                (b'"', ..) => {
                    self.inside = !self.inside;
                    1
                }
                (0xE2, Some(0x80), Some(0x9C)) => {
                    self.inside = true;
                    continue;
                }
                (0xE2, Some(0x80), Some(0x9D)) => {
                    self.inside = false;
                    3
                }
                (b'.' | b'!' | b'?', ..) => 1,
                _ => continue,
            };
            if self.inside || b.get(i + len) != Some(&b' ') {
                continue;
            }
            let Some(n) = p.get(i + len + 1..).and_then(|t| t.chars().next()) else { continue };
            if !(n.is_uppercase() || n == '"' || n == '“') {
                continue;
            }
            if x == b'.' && is_abbreviation(p.get(..i).unwrap_or("").rsplit(' ').next().unwrap_or("")) {
                continue;
            }
            if matches!(x, b'"' | 0xE2) && !(i > 0 && matches!(b.get(i - 1), Some(b'.' | b'!' | b'?'))) {
                continue;
            }
            return Some(i + len);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_split_by_a_gap_stays_one_paragraph() {
        let p = paragraphs("Warga datang sejak pagi.   Mereka membantu melalui    kegiatan gotong royong di desa.   Acara selesai sore.");
        assert_eq!(p, vec!["Warga datang sejak pagi.", "Mereka membantu melalui kegiatan gotong royong di desa.", "Acara selesai sore."]);
    }

    #[test]
    fn one_paragraph_per_line() {
        let p = paragraphs("Baris pertama.\nBaris kedua.\n\nBaris ketiga.");
        assert_eq!(p, vec!["Baris pertama.", "Baris kedua.", "Baris ketiga."]);
    }

    #[test]
    fn rejoins_hard_wrapped_blocks() {
        let text = "Pemerintah daerah menyiapkan anggaran untuk perbaikan\njalan yang rusak akibat banjir pada musim hujan tahun\nini, kata kepala dinas.\n\nParagraf kedua di sini.";
        let p = paragraphs(text);
        assert_eq!(p.len(), 2);
        assert!(p[0].starts_with("Pemerintah daerah") && p[0].ends_with("kepala dinas."));
    }

    #[test]
    fn splits_flattened_scrapes_at_space_runs_and_glued_stops() {
        let text = "Warga berkumpul di balai desa, Sabtu (2/4).Atas kejadian itu polisi datang.   Paragraf lain dimulai.  Kalimat \"kutipan.Dalam kutipan\" tetap.";
        let p = paragraphs(text);
        assert_eq!(
            p,
            vec![
                "Warga berkumpul di balai desa, Sabtu (2/4).",
                "Atas kejadian itu polisi datang.",
                "Paragraf lain dimulai.",
                "Kalimat \"kutipan.Dalam kutipan\" tetap."
            ]
        );
    }

    #[test]
    fn glued_quote_marks_split_on_the_right_side() {
        let p = paragraphs("Prajurit itu gugur.\"Kami mengutuk keras,\" tulisnya.Dia juga marah.");
        assert_eq!(p, vec!["Prajurit itu gugur.", "\"Kami mengutuk keras,\" tulisnya.", "Dia juga marah."]);
        let p = paragraphs("\"Kami datang ke sini.\"Hal ini memicu reaksi.");
        assert_eq!(p, vec!["\"Kami datang ke sini.\"", "Hal ini memicu reaksi."]);
    }

    #[test]
    fn double_space_inside_a_sentence_is_not_a_break() {
        assert_eq!(paragraphs("Direktur Utama Perum  Bulog Budi Waseso hadir."), vec!["Direktur Utama Perum Bulog Budi Waseso hadir."]);
    }

    #[test]
    fn joins_indented_continuation_lines() {
        let p = paragraphs("Cek Berita dan Artikel yang lain di Google\n                                News");
        assert_eq!(p, vec!["Cek Berita dan Artikel yang lain di Google News"]);
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentence_ends() {
        let sentence = "Pemerintah Kota Bandung menyiapkan dana untuk memperbaiki jalan yang rusak. ";
        let text = sentence.repeat(40);
        let p = paragraphs(&text);
        assert!(p.len() > 3);
        assert!(p.iter().all(|x| x.ends_with('.')));
        assert_eq!(p.join(" "), text.trim());
    }

    proptest::proptest! {
        #![proptest_config(crate::testing::proptest_config(300))]

        /// The abbreviation test without lowercasing a copy says what the
        /// lowercased copy says.
        #[test]
        fn abbreviations_are_told_in_any_case(w in "[(\"“]?(dr|DR|Dr|jl|JL|Jln|pT|tbk|a.n|M.Si|x|X|é|É|K|\u{212A}h|kh|kota|Kota)") {
            let lower = w.to_lowercase();
            let lower = lower.trim_start_matches(['(', '"', '“']);
            proptest::prop_assert_eq!(is_abbreviation(&w), lower.chars().count() <= 1 || ABBREVIATIONS.contains(&lower));
        }

        /// Skipping from mark to mark finds the sentence ends a walk over
        /// every byte finds.
        #[test]
        fn sentence_ends_skip_to_the_marks(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Kata", "dia", " ", ". ", "! ", "? ", ".", "\"", "“", "”", "„", "—", "Dr. ", "jl. ", "A. ", "é", "(", "Ümit",
        ]), 0..30)) {
            let p: String = parts.concat();
            proptest::prop_assert_eq!(sentence_ends(&p), bytewise_sentence_ends(&p));
        }

        /// Folding spaces a run at a time gives the words joined by one space.
        #[test]
        fn collapsing_spaces_joins_the_words_with_one_space(s in "[ a\n.é]{0,40}") {
            let words: Vec<&str> = s.trim().split(' ').filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(collapse_spaces(&s), words.join(" "));
        }
    }

    /// `sentence_ends` looking at every byte in turn (the reference).
    fn bytewise_sentence_ends(p: &str) -> Vec<usize> {
        let b = p.as_bytes();
        let mut inside = false;
        let mut out = Vec::new();
        for (i, &x) in b.iter().enumerate() {
            let len = match (x, b.get(i + 1), b.get(i + 2)) {
                (b'"', ..) => {
                    inside = !inside;
                    1
                }
                (0xE2, Some(0x80), Some(0x9C)) => {
                    inside = true;
                    continue;
                }
                (0xE2, Some(0x80), Some(0x9D)) => {
                    inside = false;
                    3
                }
                (b'.' | b'!' | b'?', ..) => 1,
                _ => continue,
            };
            if inside || b.get(i + len) != Some(&b' ') {
                continue;
            }
            let Some(n) = p.get(i + len + 1..).and_then(|t| t.chars().next()) else { continue };
            let opens = n.is_uppercase() || n == '"' || n == '“';
            let abbreviation = x == b'.' && is_abbreviation(p.get(..i).unwrap_or("").rsplit(' ').next().unwrap_or(""));
            let quote_after_stop = !matches!(x, b'"' | 0xE2) || (i > 0 && matches!(b.get(i - 1), Some(b'.' | b'!' | b'?')));
            if opens && !abbreviation && quote_after_stop {
                out.push(i + len);
            }
        }
        out
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let p = "Hadir pula Dr. Ahmad dan H. Umar di Jl. Merdeka. Lalu mereka pulang.";
        let ends = sentence_ends(p);
        assert_eq!(ends.len(), 1);
        assert_eq!(&p[..ends[0]], "Hadir pula Dr. Ahmad dan H. Umar di Jl. Merdeka.");
    }
}
