//! People, places and organisations: capitalised runs parsed with a small
//! grammar (sentence starts, roles, organisation and place heads, gazetteers,
//! acronyms, context cues), then folded into panel entries with aliases,
//! roles and mention counts.

use super::{Mention, Name, NameKind};
use crate::article::Article;
use crate::lexicon::{fact, is_common_word, name_facts};

/// A word of a paragraph with its byte span.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Starts with a capital letter.
    pub cap: bool,
    /// First word of a sentence (or of a quotation).
    pub sent_start: bool,
    /// Answers about the word kept as they are asked (the grammar asks
    /// the same questions of a word several times): `ask` bits.
    memo: std::cell::Cell<u32>,
    /// What the name lists say of the word, looked up once (`Facts::packed`).
    facts: std::cell::Cell<u32>,
}

/// The questions `Tok` keeps answers to (bits of `memo`: asked in the low
/// half, the answer in the high half).
mod ask {
    pub const COMMON: u32 = 1;
    pub const UPPER: u32 = 1 << 1;
}

/// What the name lists (`lexicon::fact`) say of a word and of the word
/// without its final full stops (`Jl.` → `Jl`).
#[derive(Debug, Clone, Copy)]
struct Facts {
    word: u16,
    clean: u16,
}

impl Facts {
    fn of(w: &str) -> Self {
        let word = name_facts(w);
        Self { word, clean: if w.ends_with('.') { name_facts(clean(w)) } else { word } }
    }
    /// Facts that only capitalised words have (every entry of their lists
    /// starts with a capital: a test checks the lists).
    const CAPITALISED_ONLY: u16 = fact::ORG_HEAD
        | fact::PLACE_HEAD
        | fact::PERSON_PART
        | fact::AMBIGUOUS_GIVEN
        | fact::DAY_MONTH
        | fact::PLACE
        | fact::ORGANIZATION
        | fact::PHRASE_HEAD;
    const KNOWN: u32 = 1 << 31;
    fn packed(self) -> u32 {
        Self::KNOWN | u32::from(self.word) | u32::from(self.clean) << 16
    }
    fn unpack(p: u32) -> Option<Self> {
        (p & Self::KNOWN != 0).then_some(Self { word: p as u16, clean: (p >> 16) as u16 & 0x7fff })
    }
    fn title(self) -> bool {
        (self.word | self.clean) & fact::TITLE != 0
    }
    fn org_head(self) -> bool {
        self.clean & fact::ORG_HEAD != 0
    }
    fn place_head(self) -> bool {
        (self.word | self.clean) & fact::PLACE_HEAD != 0
    }
    fn person_part(self) -> bool {
        self.clean & fact::PERSON_PART != 0
    }
    fn ambiguous_given(self) -> bool {
        self.clean & fact::AMBIGUOUS_GIVEN != 0
    }
    fn day_month(self) -> bool {
        self.clean & fact::DAY_MONTH != 0
    }
    fn place(self) -> bool {
        self.word & fact::PLACE != 0
    }
    fn organization(self) -> bool {
        self.word & fact::ORGANIZATION != 0
    }
    fn common_acronym(self) -> bool {
        self.word & fact::COMMON_ACRONYM != 0
    }
    fn phrase_head(self) -> bool {
        self.word & fact::PHRASE_HEAD != 0
    }
}

impl<'a> Tok<'a> {
    fn new(start: usize, end: usize, text: &'a str, cap: bool, sent_start: bool) -> Self {
        Self { start, end, text, cap, sent_start, memo: std::cell::Cell::new(0), facts: std::cell::Cell::new(0) }
    }

    /// The answer to question `q` about the word, worked out by `answer` the first time.
    fn ask(&self, q: u32, answer: fn(&str) -> bool) -> bool {
        let memo = self.memo.get();
        if memo & q != 0 {
            return memo & (q << 16) != 0;
        }
        let yes = answer(self.text);
        self.memo.set(memo | q | if yes { q << 16 } else { 0 });
        yes
    }

    /// What the name lists say of the word; `wanted` (a `fact` bit) is the
    /// question asked: one that only capitalised words can answer yes is
    /// not looked up for other words.
    fn facts(&self, wanted: u16) -> Facts {
        if !self.cap && wanted & Facts::CAPITALISED_ONLY != 0 {
            return Facts { word: 0, clean: 0 };
        }
        if let Some(f) = Facts::unpack(self.facts.get()) {
            return f;
        }
        let f = Facts::of(self.text);
        self.facts.set(f.packed());
        f
    }
    fn upper(&self) -> bool {
        self.ask(ask::UPPER, is_upper)
    }
    fn title(&self) -> bool {
        self.facts(fact::TITLE).title() || is_coordinating_minister(self.text)
    }
    fn org_head(&self) -> bool {
        self.facts(fact::ORG_HEAD).org_head() || (is_ministry_form(self.text) && !self.common())
    }
    fn place_head(&self) -> bool {
        self.facts(fact::PLACE_HEAD).place_head()
    }
    fn person_part(&self) -> bool {
        self.facts(fact::PERSON_PART).person_part()
    }
    fn ambiguous_given(&self) -> bool {
        self.facts(fact::AMBIGUOUS_GIVEN).ambiguous_given()
    }
    /// A known given name, plain or ambiguous (`Budi`, `Dewi`).
    fn given(&self) -> bool {
        self.person_part() || self.ambiguous_given()
    }
    fn day_month(&self) -> bool {
        self.facts(fact::DAY_MONTH).day_month()
    }
    fn common(&self) -> bool {
        self.ask(ask::COMMON, is_common_word)
    }
    fn place(&self) -> bool {
        self.facts(fact::PLACE).place()
    }
    fn organization(&self) -> bool {
        self.facts(fact::ORGANIZATION).organization()
    }
    /// The first word of a gazetteer name of several words.
    fn phrase_head(&self) -> bool {
        self.facts(fact::PHRASE_HEAD).phrase_head()
    }
    fn common_acronym(&self) -> bool {
        self.facts(fact::COMMON_ACRONYM).common_acronym()
    }
}

/// All capitals, two letters or more (`KPK`, `PDI-P`).
fn is_upper(w: &str) -> bool {
    if w.is_ascii() {
        // (one pass, stopping at the first lowercase letter: most words)
        let mut letters = 0;
        for b in w.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        return letters >= 2;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !w.chars().any(char::is_lowercase)
}

/// Abbreviations whose final full stop belongs to the word.
const DOTTED: &[&str] =
    &["Dr", "dr", "Prof", "H", "Hj", "Ir", "Drs", "Dra", "Jl", "Jln", "St", "Tn", "Ny", "Nn", "Sdr", "Sdri", "Gg", "No", "Kol"];

/// Byte classes of the tokenizer: ASCII letters and digits (capitals also
/// carry `UPPER_BIT`), the marks that may join two parts of a word (`-` `'`
/// `.` `&`), other ASCII, non-ASCII.
const ALNUM: u8 = 1;
const JOINER: u8 = 2;
const NON_ASCII: u8 = 3;
const UPPER_BIT: u8 = 4;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NON_ASCII
        } else if b.is_ascii_uppercase() {
            ALNUM | UPPER_BIT
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(b, b'-' | b'\'' | b'.' | b'&') {
            JOINER
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Split a paragraph into words with byte spans.
pub(crate) fn tokenize(p: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(p.len() / 6 + 1);
    let b = p.as_bytes();
    // (a `u8` always indexes the table of 256)
    let class = |i: usize| b.get(i).map_or(0, |&x| BYTE_CLASS[usize::from(x)] & !UPPER_BIT);
    // The character at byte `i`.
    let char_at = |i: usize| p.get(i..).and_then(|s| s.chars().next());
    let alnum_at = |i: usize| match class(i) {
        ALNUM => true,
        NON_ASCII => char_at(i).is_some_and(char::is_alphanumeric),
        _ => false,
    };
    let mut pos = 0;
    let mut prev_end = 0;
    while let Some(&x) = b.get(pos) {
        // ASCII is judged by its byte; other characters are decoded.
        let c = if x < 0x80 {
            if !x.is_ascii_alphanumeric() {
                pos += 1;
                continue;
            }
            char::from(x)
        } else {
            match char_at(pos) {
                Some(c) if c.is_alphanumeric() => c,
                Some(c) => {
                    pos += c.len_utf8();
                    continue;
                }
                None => break,
            }
        };
        let i = pos;
        let mut j = pos + c.len_utf8();
        // What the word holds, for the splits below: non-ASCII letters, a
        // hyphen, a capital after its first letter.
        let mut non_ascii = !c.is_ascii();
        let mut hyphen = false;
        let mut inner_capital = false;
        // The word goes on over letters and digits, and over `-` `'` `’`
        // `.` `&` between them.
        loop {
            // (a run of ASCII letters and digits in one tight loop; the
            // classes seen include the byte that ends it, never a capital)
            let mut seen = 0;
            let rest = b.get(j..).unwrap_or_default();
            j += rest
                .iter()
                .position(|&y| {
                    let cl = BYTE_CLASS[usize::from(y)];
                    seen |= cl;
                    cl & !UPPER_BIT != ALNUM
                })
                .unwrap_or(rest.len());
            inner_capital |= seen & UPPER_BIT != 0;
            match class(j) {
                JOINER if alnum_at(j + 1) => {
                    hyphen |= b.get(j) == Some(&b'-');
                    j += 1;
                }
                NON_ASCII => match char_at(j) {
                    Some(c2) if c2.is_alphanumeric() || (c2 == '’' && alnum_at(j + c2.len_utf8())) => {
                        non_ascii = true;
                        j += c2.len_utf8();
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        let arabic_article = || hyphen && p.get(i..j).is_some_and(has_arabic_article);
        let upper = if c.is_ascii() { c.is_ascii_uppercase() || arabic_article() } else { c.is_uppercase() };
        // A full stop after an abbreviation or an initial (`Dr.`, `A. Yani`) belongs to it.
        let dotted = b.get(j) == Some(&b'.') && {
            let word = p.get(i..j).unwrap_or("");
            let initial_before_name = j - i == c.len_utf8()
                && upper
                && b.get(j + 1) == Some(&b' ')
                && p.get(j + 2..).is_some_and(|x| x.starts_with(char::is_uppercase));
            DOTTED.contains(&word) || initial_before_name
        };
        let end = j + usize::from(dotted);
        // (a single space never starts a sentence)
        let spaced = prev_end + 1 == i && b.get(prev_end) == Some(&b' ');
        let sent_start =
            toks.is_empty() || (!spaced && starts_sentence(p.get(prev_end..i).unwrap_or(""), toks.last().map(|t: &Tok<'_>| t.text)));
        let text = p.get(i..end).unwrap_or("");
        // Words glued where a link was stripped (`kataKapolsek`, `KojaAKP`),
        // or a ticket of two people (`Widodo-Jusuf`): two tokens.
        // (a glued word has a capital inside it)
        let glued = if non_ascii || inner_capital { glued_at(text) } else { None };
        // (a hyphen with a name word on each side, `Prabowo Subianto-Hatta Rajasa`, joins two full names)
        let between_names = || {
            spaced
                && toks.last().is_some_and(|t: &Tok<'_>| t.cap)
                && p.get(end..).is_some_and(|r| r.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase)))
        };
        let split = glued.map(|k| (k, k)).or_else(|| if hyphen { ticket_at(text, between_names()).map(|k| (k, k + 1)) } else { None });
        match split {
            Some((k, r)) => {
                toks.push(Tok::new(i, i + k, text.get(..k).unwrap_or(""), upper, sent_start));
                toks.push(Tok::new(i + r, end, text.get(r..).unwrap_or(""), true, false));
            }
            None => toks.push(Tok::new(i, end, text, upper, sent_start)),
        }
        prev_end = end;
        pos = end;
    }
    toks
}

/// An Arabic article before a capitalised name, part of the name (`al-Sisi`,
/// `el-Baradei`): the word counts as capitalised.
fn has_arabic_article(w: &str) -> bool {
    ["al-", "el-"].iter().any(|a| w.strip_prefix(a).is_some_and(|r| r.starts_with(char::is_uppercase)))
}

/// Where a two-person ticket splits (`Widodo-Jusuf` in `Joko Widodo-Jusuf
/// Kalla`, `Ganjar-Mahfud`): at a hyphen between two capitalised halves, the
/// second a known given name, or any name word when name words stand on both
/// sides (`between_names`: `Prabowo Subianto-Hatta Rajasa`). A double surname
/// (`Agnès Pannier-Runacher mengatakan`) or a short form (`Jokowi-JK`) stays whole.
fn ticket_at(w: &str, between_names: bool) -> Option<usize> {
    let i = w.find('-')?;
    let (left, right) = (w.get(..i)?, w.get(i + 1..)?);
    let right = right.split('-').next().unwrap_or(right);
    let capital = |s: &str| s.starts_with(char::is_uppercase) && s.chars().skip(1).any(char::is_lowercase);
    // (`Jean-Marie`, `Anne-Sophie`: one given name)
    let compound = COMPOUND_GIVEN.contains(&left);
    (capital(left)
        && capital(right)
        && left.chars().count() >= 3
        && (is_person_part(right) || between_names)
        && !is_common_word(left)
        && !compound)
        .then_some(i)
}

/// First halves of hyphenated given names (French and others).
const COMPOUND_GIVEN: &[&str] = &["Jean", "Marie", "Anne", "Pierre", "Jean-Pierre", "Hans", "Karl", "Ana", "Maria", "Jose", "José", "Juan"];

/// Where a word glued to the next one splits: a lowercase letter followed by
/// a capital that begins a title or an organisation head, or after a speech
/// verb (`kataKapolsek`, `JaktimKombes`, `ReskrimPolsek`). Brand names
/// (`NasDem`, `YouTube`) stay whole.
fn glued_at(w: &str) -> Option<usize> {
    let mut prev_lower = false;
    for (k, ch) in w.char_indices() {
        if prev_lower && ch.is_uppercase() {
            let (left, right) = (w.get(..k)?, w.get(k..)?);
            return (is_title(right) || is_org_head(right) || is_speech_verb(left)).then_some(k);
        }
        prev_lower = ch.is_lowercase();
    }
    None
}

fn starts_sentence(gap: &str, prev: Option<&str>) -> bool {
    let g = gap.trim();
    if g.is_empty() {
        return false;
    }
    if g.contains(['"', '“', '”']) && !g.ends_with([',', ')']) {
        return true;
    }
    let ends = g.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with(['.', '!', '?', ':', ';', '•']);
    ends && !prev.is_some_and(|w| w.ends_with('.') && (w.len() <= 4))
}

/// Verbs that mark the nearby name as a person who speaks or acts.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "ajak",
    "akui",
    "beber",
    "berharap",
    "berkata",
    "bersabda",
    "bertanya",
    "berujar",
    "bilang",
    "canda",
    "cetus",
    "harap",
    "imbau",
    "imbuh",
    "jawab",
    "jelas",
    "kata",
    "kelakar",
    "kilah",
    "klaim",
    "lanjut",
    "memaparkan",
    "memastikan",
    "membeberkan",
    "membenarkan",
    "meminta",
    "memperingatkan",
    "menambahkan",
    "menegaskan",
    "menekankan",
    "menerangkan",
    "mengajak",
    "mengaku",
    "mengakui",
    "mengatakan",
    "mengeluhkan",
    "mengimbau",
    "mengingatkan",
    "menginginkan",
    "mengklaim",
    "mengucapkan",
    "mengungkapkan",
    "menilai",
    "menjawab",
    "menjelaskan",
    "menuturkan",
    "menyampaikan",
    "menyatakan",
    "menyebut",
    "menyebutkan",
    "menyerukan",
    "papar",
    "pinta",
    "pungkas",
    "sambung",
    "sebut",
    "seru",
    "tambah",
    "tandas",
    "tanya",
    "tegas",
    "terang",
    "timpal",
    "tukas",
    "tulis",
    "tutur",
    "ucap",
    "ujar",
    "ungkap",
    "urai",
];

fn is_speech_verb(w: &str) -> bool {
    crate::lexicon::with_lowercase(w, is_speech_form)
}

/// Whether `w` (the bytes of a lowercase word) is a speech verb, plain or
/// with `-nya` (`kata`, `katanya`).
pub(crate) fn is_speech_form(w: &[u8]) -> bool {
    is_speech_verb_bytes(w) || w.strip_suffix(b"nya").is_some_and(is_speech_verb_bytes)
}

/// `SPEECH_VERBS` as a set.
static SPEECH_VERB_SET: crate::lexicon::WordSet = crate::lexicon::WordSet::new(SPEECH_VERBS);

/// Whether `w` (the bytes of a lowercase word) is one of `SPEECH_VERBS`.
pub(crate) fn is_speech_verb_bytes(w: &[u8]) -> bool {
    SPEECH_VERB_SET.holds(w)
}

/// Whether a speech verb takes its speaker after it: the bare forms and
/// their `-nya` (`kata Budi`, `ujarnya`), not the prefixed ones (`Budi
/// mengatakan`, `Budi berkata`). A name before `kata` is not its speaker
/// (`Sehingga, kata Ahmad, …`).
fn speaker_follows(w: &str) -> bool {
    crate::lexicon::with_lowercase(w, |l| !l.starts_with(b"me") && !l.starts_with(b"ber"))
}

fn clean(w: &str) -> &str {
    w.trim_end_matches('.')
}

fn is_title(w: &str) -> bool {
    Facts::of(w).title() || is_coordinating_minister(w)
}
/// Coordinating ministers' titles all start with `Menko` (Menkopolhukam,
/// Menkopolkam, Menkomarves, Menkoperekonomian).
fn is_coordinating_minister(w: &str) -> bool {
    w.strip_prefix("Menko").is_some_and(|rest| rest.len() >= 2 && rest.bytes().all(|b| b.is_ascii_lowercase()))
}
fn is_day_month(w: &str) -> bool {
    Facts::of(w).day_month()
}
fn is_org_head(w: &str) -> bool {
    Facts::of(w).org_head() || (is_ministry_form(w) && !is_common_word(w))
}
/// The shape of a ministry's short form: `Kem` and lowercase letters
/// (Kemenkeu, Kemendagri, Kemdikbud, Kemnaker); ordinary words of that shape
/// (`Kemudian`, `Kemarin`) are told apart by the dictionary.
fn is_ministry_form(w: &str) -> bool {
    w.strip_prefix("Kem").is_some_and(|rest| rest.len() >= 3 && rest.bytes().all(|b| b.is_ascii_lowercase()))
}
/// A ministry's short form, a complete name by itself (`Kemdikbud`, not
/// `Kementerian`, which its field completes).
fn is_ministry_short_form(t: &Tok<'_>) -> bool {
    is_ministry_form(t.text) && t.text != "Kementerian" && !t.common()
}
fn is_person_part(w: &str) -> bool {
    Facts::of(w).person_part()
}

/// Lowercase words that may stand inside a name.
fn is_inner_connector(w: &str, org: bool) -> bool {
    matches!(w, "bin" | "binti" | "van" | "der" | "de" | "da" | "al" | "el" | "von")
        || (org && matches!(w, "dan" | "untuk" | "dan/atau" | "&"))
}

/// A raw mention before folding.
#[derive(Debug, Clone)]
pub(crate) struct Raw<'a> {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub kind: NameKind,
    pub text: &'a str,
    pub role: Option<&'a str>,
    /// Person evidence strength (0 none, 1 weak, 2 strong).
    pub evidence: u8,
    /// An acronym given in brackets right after it: `Komisi ... (KPK)`.
    pub alias: Option<&'a str>,
    /// End of the mention's span, brackets included (`Komisi ... (KPK)`).
    pub span_end: usize,
    /// A lowercase word naming the kind of place, just before a place's
    /// name (`kota` in `kota Rafah`): part of the mention, not of the name.
    pub designator: Option<&'a str>,
}

/// Maximal runs of capitalised words (with the connectors names allow).
/// Place heads of buildings and streets, whose names are often people's.
const BUILDING_HEADS: &[&str] = &[
    "Hotel",
    "Gedung",
    "Stadion",
    "Masjid",
    "Gereja",
    "Jalan",
    "Jl",
    "Jl.",
    "Jln",
    "Jln.",
    "Bandara",
    "Stasiun",
    "Terminal",
    "Museum",
    "Taman",
    "Istana",
    "Monumen",
    "Plaza",
    "Wisma",
    "Graha",
    "Balai",
    "Gelora",
    "Lapangan",
    "Pasar",
    "Mal",
    "Mall",
    // Schools and foundations are named after people and places too (`Universitas Gajah Mada`).
    "Universitas",
    "Institut",
    "Politeknik",
    "Akademi",
    "Yayasan",
    "Pesantren",
    "Ponpes",
];

/// Titles that are also given names (`Raja`, `Putra`).
const TITLE_NAMES: &[&str] = &["Raja", "Ratu", "Putra", "Putri"];

/// Months that are also given names.
const MONTH_NAMES: &[&str] = &["Juni", "Juli", "Agustus", "April", "Mei"];

fn runs(toks: &[Tok<'_>], p: &str, out: &mut Vec<std::ops::Range<usize>>) {
    // A month word followed by name words is a given name (`Juli Budi Winantya`), not a date.
    let month_name = |k: usize| {
        toks.get(k).is_some_and(|t| MONTH_NAMES.contains(&t.text))
            && !k.checked_sub(1).and_then(|j| toks.get(j)).is_some_and(|x| x.text.chars().all(|c| c.is_ascii_digit()))
            && toks.get(k + 1).is_some_and(|n| n.cap && n.given() && !n.day_month())
            && toks.get(k).is_some_and(|t| toks.get(k + 1).is_some_and(|n| one_space(p, t, n)))
    };
    out.clear();
    let mut i = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        if !t.cap || (t.day_month() && !month_name(i)) {
            i += 1;
            continue;
        }
        let mut org = t.org_head();
        let mut titled = OPEN_TITLE_SET.contains(t.text);
        let mut j = i + 1;
        while let Some(n) = toks.get(j) {
            // (open titles are capitalised words)
            titled |= n.cap && OPEN_TITLE_SET.contains(n.text);
            // (a body named after a title: `Kepala Badan Meteorologi, Klimatologi, …`)
            org |= n.org_head();
            let Some(prev) = toks.get(j - 1) else { break };
            let gap = p.get(prev.end..n.start).unwrap_or("");
            // Commas continue an organisation's own name (`Badan Meteorologi, Klimatologi, dan Geofisika`), not a place after it.
            // (a person's name after the comma is someone else: `Tim Hukum Timnas Amin, Aziz Yanuar`)
            let listed = |w: &Tok<'_>| w.cap && !w.upper() && !w.org_head() && !w.place() && !w.person_part();
            let last_field = n.text == "dan" && toks.get(j + 1).is_some_and(|x| listed(x) && one_space(p, n, x));
            // (`Gedung DPR/MPR`: two bodies' short forms joined by a slash)
            let slashed = gap == "/" && prev.upper() && n.upper();
            let join = gap == " " || slashed || (org && gap == ", " && (listed(n) || last_field));
            if !join || prev.text.ends_with(',') {
                break;
            }
            // (an election is a time, but also the field of a body: `Badan Pengawas Pemilu`)
            let election = org && n.day_month() && n.common_acronym();
            if n.cap && (!n.day_month() || month_name(j) || election) {
                j += 1;
            } else if is_inner_connector(n.text, org || titled)
                && toks.get(j + 1).is_some_and(|x| x.cap && one_space(p, n, x))
                // `Partai Demokrat dan PDI Perjuangan`: two bodies, not one.
                && !(n.text == "dan" && toks.get(j + 1).is_some_and(|x| x.text == t.text || (x.upper() && x.organization())))
            {
                j += 2;
            } else {
                break;
            }
        }
        out.push(i..j);
        i = j;
    }
}

/// Longest gazetteer phrase at the start of `toks` (up to four words).
fn lexicon_phrase(toks: &[Tok<'_>], p: &str, min: usize) -> Option<(usize, NameKind)> {
    let first = toks.first()?;
    // A phrase of words set apart by one space is worth looking up only where
    // a gazetteer name of several words begins with the first one.
    let spaced = toks.get(1).is_some_and(|second| one_space(p, first, second));
    let max = if spaced && !first.phrase_head() { 1 } else { toks.len().min(4) };
    for n in (min..=max).rev() {
        if n == 1 {
            // (the word itself: its answers are kept)
            return if first.place() { Some((1, NameKind::Place)) } else { first.organization().then_some((1, NameKind::Organization)) };
        }
        let Some(last) = toks.get(n - 1) else { continue };
        let phrase = p.get(first.start..last.end).unwrap_or("");
        let facts = name_facts(phrase);
        if facts & fact::PLACE != 0 {
            return Some((n, NameKind::Place));
        }
        if facts & fact::ORGANIZATION != 0 {
            return Some((n, NameKind::Organization));
        }
    }
    None
}

/// The points of the compass that name part of a place (`Israel utara`, `Jerman Timur`).
fn is_direction(w: &str) -> bool {
    ["utara", "selatan", "barat", "timur", "tengah", "tenggara"].iter().any(|d| w.eq_ignore_ascii_case(d))
}

/// The length of a lowercase direction right after a place (` selatan` in
/// `Gaza selatan dan …`), 0 when none: the direction must end the phrase
/// (`Jakarta tengah malam` is a time, not a part of Jakarta).
fn direction_after(rest: &str) -> usize {
    let Some(after) = rest.strip_prefix(' ') else { return 0 };
    let word_end = after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len());
    let (word, tail) = after.split_at(word_end);
    let lowercase = word.bytes().all(|b| b.is_ascii_lowercase());
    let next_word = tail.strip_prefix(' ').map(|t| t.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    let ends = match next_word {
        None => !tail.starts_with(|c: char| c.is_alphanumeric()),
        Some(w) => matches!(w, "dan" | "itu" | "yang" | "serta" | "atau" | "pada" | "sejak" | "hingga" | "sampai"),
    };
    if lowercase && is_direction(word) && ends { 1 + word.len() } else { 0 }
}

/// Titles that take a complement of ordinary words (`Menteri Luar Negeri`);
/// other titles (ranks, honorifics, `Kapolri`) are complete by themselves.
const OPEN_TITLES: &[&str] = &[
    "Ahli",
    "Anggota",
    "Asisten",
    "Bendahara",
    "Bidang",
    "Bos",
    "Calon",
    "Camat",
    "Dekan",
    "Deputi",
    "Direktur",
    "Dirjen",
    "Dosen",
    "Duta",
    "Gubernur",
    "Guru",
    "Hakim",
    "Inspektur",
    "Jaksa",
    "Juru",
    "Kabag",
    "Kabid",
    "Kader",
    "Kadis",
    "Kanit",
    "Kapten",
    "Kasat",
    "Kepala",
    "Ketua",
    "Ketum",
    "Komandan",
    "Komisaris",
    "Komisioner",
    "Koordinator",
    "Kuasa",
    "Lurah",
    "Manajer",
    "Mantan",
    "Menteri",
    "Pakar",
    "Panglima",
    "Pelatih",
    "Pemain",
    "Pemilik",
    "Pemimpin",
    "Penasihat",
    "Pendiri",
    "Pengamat",
    "Peneliti",
    "Perdana",
    "Pimpinan",
    "Politikus",
    "Politisi",
    "Presiden",
    "Raja",
    "Ratu",
    "Rektor",
    "Sekjen",
    "Sekretaris",
    "Staf",
    "Wakil",
    "Wali",
];

/// Titles of two words whose second word is an ordinary word or a name
/// (`Jaksa Agung`, `Wali Kota`).
static OPEN_TITLE_SET: crate::lexicon::WordSet = crate::lexicon::WordSet::new(OPEN_TITLES);

fn is_two_word_title(a: &str, b: &str) -> bool {
    matches!(
        (a, b),
        ("Jaksa", "Agung")
            | ("Wali", "Kota")
            | ("Juru", "Bicara")
            | ("Perdana", "Menteri")
            | ("Sekretaris", "Jenderal" | "Kabinet" | "Negara" | "Daerah")
            | ("Kepala", "Negara" | "Pemerintahan")
            | ("Ketua", "Umum" | "Harian")
            | ("Duta", "Besar")
            | ("Kuasa", "Hukum")
            | ("Guru", "Besar")
            | ("Wakil", "Ketua" | "Presiden" | "Gubernur" | "Bupati" | "Menteri")
    )
}

/// An ordinary word that is also a common given name, followed by another
/// name word, starts a name (`Menkokesra Agung Laksono`; `Sri Rahayu
/// Widodo`, whose second word is a given name as well as a word).
fn starts_name(rt: &[Tok<'_>], i: usize) -> bool {
    let (Some(t), Some(n)) = (rt.get(i), rt.get(i + 1)) else { return false };
    t.ambiguous_given() && (!n.common() || n.given()) && !n.upper() && !n.title() && !n.org_head()
}

/// Letters, a hyphen and a number (`AK-56`, `F-16`, `Su-35`).
fn is_model_code(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        (1..=3).contains(&a.len())
            && a.starts_with(|c: char| c.is_ascii_uppercase())
            && a.bytes().all(|c| c.is_ascii_alphabetic())
            && !b.is_empty()
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// Whether just one space stands between the words `a` and `b` of `p`.
fn one_space(p: &str, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    p.get(a.end..b.start) == Some(" ")
}

fn is_acronym(t: &Tok<'_>) -> bool {
    t.upper() && t.text.chars().count() <= 8 && !t.text.contains('.')
}

/// Last words that make an English name an organisation's.
const ORG_TAILS: &[&str] = &[
    "Air",
    "Airlines",
    "Airways",
    "United",
    "FC",
    "Club",
    "Group",
    "Foundation",
    "Institute",
    "University",
    "Association",
    "Council",
    "Party",
    "Company",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "Network",
    "Center",
    "Centre",
    "Agency",
    "Committee",
    "Commission",
    "Bank",
    "Festival",
    "Forum",
    "Alliance",
    "Union",
    "Federation",
    "League",
    "Ministry",
    "Department",
    "Times",
    "Post",
    "News",
    "Motors",
    "Production",
    "Productions",
    "Pictures",
    "Studio",
    "Studios",
    "Entertainment",
    "Records",
    "Films",
    "Holdings",
    "Technologies",
    "Systems",
];

/// Last words that make an English name a place's.
const PLACE_TAILS: &[&str] =
    &["Stadium", "Circuit", "Airport", "Arena", "Park", "Square", "Street", "Avenue", "Road", "Bridge", "Island", "Islands", "Beach"];

/// God and the prophets, capitalised in religious writing: not a name the
/// article uses for someone when they stand alone inside a sentence.
const DIVINE_NAMES: &[&str] = &["Allah", "Tuhan", "Nabi", "Rasul", "Ilahi"];

/// Pronouns, capitalised at a sentence start or in religious writing.
const CAPITAL_PRONOUNS: &[&str] = &["Ia", "Dia", "Beliau", "Mereka", "Kami", "Kita", "Saya", "Aku", "Anda", "Engkau", "Kamu"];

static CAPITAL_PRONOUN_SET: crate::lexicon::WordSet = crate::lexicon::WordSet::new(CAPITAL_PRONOUNS);

/// What one entity at the start of a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Kind(NameKind, u8),
    /// Proper words of unknown kind: a person if the context agrees.
    Unknown,
    /// Not a name (a lone head word, a common abbreviation, a roman numeral).
    Skip,
}

/// Parse one entity at the start of `toks`; returns its length in words.
fn entity(toks: &[Tok<'_>], p: &str, solo: &rustc_hash::FxHashSet<&str>) -> (usize, Found) {
    let Some(t0) = toks.first() else { return (0, Found::Skip) };
    // A word the article uses alone for a speaker, followed by more name
    // words, starts that person's name.
    let solo_name = solo.contains(t0.text) && toks.get(1).is_some_and(|t| t.cap && !t.upper() && !t.title() && !t.org_head());
    // The longest gazetteer phrase here, looked up once (a one-word one is judged below).
    // (a capitalised direction after a known place is part of it: `Libya Barat`)
    let known = lexicon_phrase(toks, p, 1).map(|(n, kind)| {
        let direction = kind == NameKind::Place && toks.get(n).is_some_and(|t| is_direction(t.text)) && toks.len() == n + 1;
        (n + usize::from(direction), kind)
    });
    if let Some((n, kind)) = known.filter(|k| k.0 >= 2) {
        let len = extend_org(toks, n, kind);
        let len = if kind == NameKind::Organization { spelled_out_len(toks, p, len) } else { len };
        return (len, Found::Kind(kind, 2));
    }
    let acronym = is_acronym(t0);
    // Common abbreviations, capitals or not (`BBM`, `Perpres`, `Munaslub`).
    if t0.common_acronym() {
        return (1, Found::Skip);
    }
    // A model's code, letters then a number (`AK-47`, `F-16`, `Su-35`): a thing, not a body.
    if is_model_code(t0.text) {
        return (1, Found::Skip);
    }
    // A capitalised pronoun (`karena Dia Maha Pengampun`) names no one; nor,
    // in a news panel, does God (`kepada Allah SWT`, `Tuhan Yang Maha Esa`).
    if CAPITAL_PRONOUN_SET.contains(t0.text) {
        return (1, Found::Skip);
    }
    if matches!(t0.text, "Allah" | "Tuhan") {
        let honorific = toks.get(1).is_some_and(|t| matches!(t.text, "SWT" | "Swt" | "Ta'ala" | "Yang"));
        return (1 + usize::from(honorific), Found::Skip);
    }
    // A named day (`Hari Raya`, `Hari Pahlawan`, `Hari Buruh`) is no one's name.
    if t0.text == "Hari" && toks.get(1).is_some_and(|t| t.cap && t.common() && one_space(p, t0, t)) {
        return (2, Found::Skip);
    }
    // The level of a party's board (`Dewan Pimpinan Pusat Partai Golkar`): part of the role.
    if matches!(t0.text, "Pusat" | "Daerah" | "Wilayah" | "Cabang") && toks.get(1).is_some_and(|t| t.org_head()) {
        return (1, Found::Skip);
    }
    if is_ministry_short_form(t0) {
        let len = 1 + toks.iter().skip(1).take_while(|t| is_acronym(t) && !t.common_acronym()).count();
        return (len, Found::Kind(NameKind::Organization, 2));
    }
    let head_org = t0.org_head() || (acronym && t0.organization());
    let head_place = t0.place_head();
    if head_org || head_place {
        let kind = if head_org { NameKind::Organization } else { NameKind::Place };
        let len = if acronym {
            1 + toks.iter().skip(1).take_while(|t| is_acronym(t) && !t.common_acronym()).count()
        } else {
            let len = enumerated_len(toks, p, phrase_len(toks, p, solo));
            let len = if head_org { spelled_out_len(toks, p, len) } else { len };
            // A unit and the known body it belongs to (`Fakultas Kehutanan
            // UGM`, `Komisi I DPR`): two names, the unit's and the body's.
            let parent_last = len >= 3
                && toks.get(len - 1).is_some_and(|t| is_acronym(t) && t.organization())
                && toks.get(len - 2).zip(toks.get(len - 1)).is_some_and(|(a, b)| one_space(p, a, b));
            len - usize::from(parent_last)
        };
        let next_is_head = toks.get(len).is_some_and(|t| t.org_head() || t.organization());
        // A party's board alone (`DPP`, `DPC`) is no body's name.
        let lone_board = len == 1 && matches!(t0.text, "DPP" | "DPW" | "DPC") && !next_is_head;
        if (len == 1 && !acronym) || lone_board || (next_is_head && is_generic_body(toks.get(..len).unwrap_or_default())) {
            return (len, Found::Skip);
        }
        return (len, Found::Kind(kind, 2));
    }
    // An airline: a place and `Air` (`Sriwijaya Air`), `Air` and a country (`Air Mauritania`).
    // (`Tanah Air`, capitalised, is the homeland: no name)
    if t0.text == "Tanah" && toks.get(1).is_some_and(|t| t.text == "Air" && one_space(p, t0, t)) {
        return (2, Found::Skip);
    }
    if let Some((1, NameKind::Place)) = known
        && toks.get(1).is_some_and(|t| t.text == "Air" && one_space(p, t0, t))
    {
        return (2, Found::Kind(NameKind::Organization, 2));
    }
    if t0.text == "Air" && toks.get(1).is_some_and(|t| t.place() && one_space(p, t0, t)) {
        return (2, Found::Kind(NameKind::Organization, 2));
    }
    if let Some((n, kind)) = known {
        // A place word that is also a given name, followed by more name words
        // or by initials closing a name (`Widodo AS`), is a person.
        let name_follows = toks.get(1).is_some_and(|t| {
            (!t.common() && !t.upper() && !t.title())
                || (toks.len() == 2 && is_acronym(t) && t.text.chars().count() <= 3 && !t.organization())
        });
        if !(name_follows && (t0.person_part() || solo_name) && kind == NameKind::Place) && !(solo.contains(t0.text) && n == 1) {
            // (a lone word that is a given name as well as a place is weak
            // evidence of a place: the short form of `Andi Widjajanto` is a person)
            let given_too = n == 1 && kind == NameKind::Place && t0.person_part();
            return (n, Found::Kind(kind, if given_too { 1 } else { 2 }));
        }
    }
    if acronym {
        if t0.place() {
            return (1, Found::Kind(NameKind::Place, 2));
        }
        // (a field's abbreviation in title case completes a body's: `SKK Migas`, `BPH Migas`)
        let len = 1 + toks
            .iter()
            .skip(1)
            .take_while(|t| (is_acronym(t) && !t.common_acronym()) || (t.common_acronym() && !t.upper() && t.cap))
            .count();
        return (len, Found::Kind(NameKind::Organization, 0));
    }
    if t0.text.contains('.')
        && t0.text.rsplit('.').next().is_some_and(|tld| matches!(tld.to_lowercase().as_str(), "com" | "id" | "net" | "org"))
    {
        return (1, Found::Kind(NameKind::Organization, 2));
    }
    let initial = t0.text.trim_end_matches('.').chars().count() == 1;
    // (an initial without its full stop, `M Jasin`; not a roman numeral, `Komisi I`, nor `H` for Haji)
    let bare_initial = t0.text.len() == 1 && t0.text.bytes().all(|b| b.is_ascii_uppercase()) && !matches!(t0.text, "I" | "V" | "X" | "H");
    // (a letter closing a sentence before a word that opens one is no initial: `tipe A atau B. Selain itu`)
    let sentence_after = |t: &Tok<'_>| crate::lexicon::SENTENCE_STARTER_SET.contains_lowercase(t.text) && !t.person_part();
    if initial
        && (t0.text.ends_with('.') || bare_initial)
        && toks.get(1).is_some_and(|t| t.cap && !t.title() && !is_acronym(t) && !t.org_head() && !sentence_after(t))
    {
        let len = 1 + toks.iter().skip(1).take_while(|t| t.cap && !t.title() && !t.org_head() && !is_acronym(t)).count();
        return (len, Found::Unknown);
    }
    // A month that is a given name (`Juli Budi Winantya`): more name words follow, no day or year.
    let month_name = MONTH_NAMES.contains(&t0.text) && toks.get(1).is_some_and(|t| t.given() && !t.day_month());
    if (t0.title() || t0.day_month() || t0.text.starts_with("Rp") || initial) && !month_name && !solo_name {
        return (1, Found::Skip);
    }
    // Unknown proper words: up to the next word that starts another entity.
    let mut len = 1;
    while let Some(t) = toks.get(len) {
        // `Mahfud MD`, `Munawar AR`: initials closing a name.
        // (`Widodo AS`: after a given name even letters that name a place)
        let after_given = toks.get(len - 1).is_some_and(|x| x.person_part());
        let closing_initials =
            is_acronym(t) && t.text.chars().count() <= 3 && len + 1 == toks.len() && !t.organization() && (!t.place() || after_given);
        // A sentence that resumes without its full stop (`kata Ganjar Hal tersebut`).
        let sentence_word = crate::lexicon::SENTENCE_STARTER_SET.contains_lowercase(t.text) && !t.person_part();
        // A person's name after a body or place (`Superbrands Indonesia Grandtyana Mayasari`).
        let person_after_body = solo.contains(t.text)
            && !solo.contains(t0.text)
            && toks.get(len - 1).is_some_and(|x| x.place() || is_acronym(x) || x.text.contains('.'));
        if person_after_body {
            break;
        }
        // `Ryan Wira Raja Pratama`: a title that is also a given name, inside a name.
        let name_title = len >= 2
            && TITLE_NAMES.contains(&t.text)
            && toks.get(len + 1).is_some_and(|n| n.cap && !n.title() && !n.org_head() && !is_acronym(n));
        // `Prabowo Subianto Prabowo ditanya`: a scraper's repeat starts anew.
        let repeat = toks.get(..len).unwrap_or_default().iter().any(|x| x.text == t.text);
        // A name never runs over a comma or a mark.
        let apart = toks.get(len - 1).is_some_and(|prev| !one_space(p, prev, t));
        if repeat || apart {
            break;
        }
        // (a place head starts a place: `Alue Papeun Kecamatan Nisam`)
        let place_head = len >= 1 && t.place_head() && toks.get(len + 1).is_some_and(|n| n.cap);
        if !closing_initials && !name_title && (t.org_head() || t.title() || is_acronym(t) || sentence_word || place_head) {
            break;
        }
        len += 1;
    }
    (len, Found::Unknown)
}

/// A body's name that lists its fields (`Badan Meteorologi, Klimatologi,
/// dan Geofisika`): the phrase of `len` words goes on over commas and a
/// final `dan` while the words are not a person's.
fn enumerated_len(toks: &[Tok<'_>], p: &str, len: usize) -> usize {
    let gap = |a: usize, b: usize| match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => p.get(x.end..y.start).unwrap_or(""),
        _ => "",
    };
    let fits = |k: usize| toks.get(k).is_some_and(|t| t.cap && !t.upper() && !t.person_part() && !t.title() && !t.place());
    let mut end = len;
    loop {
        let after_comma = gap(end - 1, end) == ", ";
        if after_comma && fits(end) && gap(end, end + 1) == ", " {
            end += 1;
        } else if after_comma && toks.get(end).is_some_and(|t| t.text == "dan") && gap(end, end + 1) == " " && fits(end + 1) && end > len {
            return end + 2;
        } else {
            return len;
        }
    }
}

/// A body's name that its bracketed short form spells out goes on over `dan`
/// and another head word (`Partai Keadilan dan Persatuan Indonesia (PKPI)`;
/// not `Kementerian Luar Negeri dan Badan Intelijen Negara (BIN)`, two bodies).
fn spelled_out_len(toks: &[Tok<'_>], p: &str, len: usize) -> usize {
    let spaced = |k: usize| match (k.checked_sub(1).and_then(|j| toks.get(j)), toks.get(k)) {
        (Some(a), Some(b)) => one_space(p, a, b),
        _ => false,
    };
    let mut end = len;
    while end < len + 8 && spaced(end) && toks.get(end).is_some_and(|t| t.cap || matches!(t.text, "dan" | "untuk")) {
        end += 1;
    }
    let (Some(first), Some(last)) = (toks.first(), end.checked_sub(1).and_then(|k| toks.get(k))) else { return len };
    if end == len || !last.cap {
        return len;
    }
    let spelled = p.get(first.start..last.end).is_some_and(|text| bracket_alias(p, last.end).is_some_and(|a| initials(text) == a));
    if spelled { end } else { len }
}

/// The governing board of a party or body (`DPP`, `Dewan Pimpinan Pusat`),
/// said before the body's own name: a role, not an organisation.
fn is_generic_body(toks: &[Tok<'_>]) -> bool {
    // (the pattern looks at four words at most)
    let mut words = [""; 4];
    for (slot, t) in words.iter_mut().zip(toks) {
        *slot = t.text;
    }
    let words = words.get(..toks.len().min(4)).unwrap_or_default();
    matches!(words, ["DPP" | "DPD" | "DPW" | "DPC" | "PP" | "PW" | "PC" | "Pengurus"] | ["Dewan", "Pimpinan", ..] | ["Pengurus", ..])
        || matches!(words, ["Dewan", "Pimpinan", "Pusat" | "Daerah" | "Wilayah" | "Cabang"])
}

/// A gazetteer organisation that runs on with more words of the same body
/// (`Partai Golkar` + nothing; `PDI` + `Perjuangan`).
fn extend_org(toks: &[Tok<'_>], n: usize, kind: NameKind) -> usize {
    if kind != NameKind::Organization {
        return n;
    }
    let mut len = n;
    while let Some(t) = toks.get(len) {
        let rest_common = toks.get(len..).unwrap_or_default().iter().all(|x| x.common() || is_acronym(x));
        // (given names that are also words begin a person: `Komisi Pemberantasan Korupsi Johan Budi`)
        let person_starts = t.given() && toks.get(len + 1).is_some_and(|n| n.given());
        if rest_common && !t.title() && !t.org_head() && !person_starts {
            len += 1;
        } else {
            break;
        }
    }
    // (a connector before the next body is no part of this one: `Kementerian Luar Negeri dan Badan …`)
    while len > n && toks.get(len - 1).is_some_and(|t| matches!(t.text, "dan" | "untuk" | "&")) {
        len -= 1;
    }
    len
}

/// Length of an organisation or place phrase that starts with a head word
/// (`Kementerian Pekerjaan Umum dan Perumahan Rakyat`, `Partai NasDem`,
/// `Dewan Keamanan PBB`, `Kabupaten Garut`); it stops where a person's name
/// or another head begins.
fn phrase_len(toks: &[Tok<'_>], p: &str, solo: &rustc_hash::FxHashSet<&str>) -> usize {
    let mut len = 1;
    let mut proper = 0;
    let mut ordinary = 0;
    while let Some(t) = toks.get(len) {
        // A comma ends the phrase (a listed name goes on in `enumerated_len`).
        if toks.get(len - 1).is_some_and(|x| p.get(x.end..t.start).is_some_and(|g| g.contains(','))) {
            break;
        }
        // A title begins someone's role, unless it is an ordinary word that
        // completes a title elsewhere (`Umum`, `Hukum`, `Jenderal`) and here
        // names the body's field (`Kementerian Hukum dan HAM`, `Direktorat Jenderal Pajak`).
        // (before a given name it begins that person's role: `Makam Sultan Malik Al-Shaleh`)
        let before_name = || toks.get(len + 1).is_some_and(|n| n.cap && n.given());
        if t.title() && !t.org_head() && (OPEN_TITLE_SET.contains(t.text) || !t.common() || before_name()) {
            break;
        }
        let after_board = toks.get(len - 1).is_some_and(|x| x.text == "Pimpinan");
        // (a building's name holds a body's words: `Rumah Sakit Pusat Pertamina`)
        let building = toks.first().is_some_and(|h| BUILDING_HEADS.contains(&h.text) || h.text == "Rumah");
        if len >= 2 && t.org_head() && !is_acronym(t) && !after_board && !building {
            break;
        }
        if len >= 2 && t.place_head() && toks.get(len + 1).is_some_and(|x| !x.common()) {
            break;
        }
        // `Provinsi Jawa Timur`: a known place continues even where its last word is also a given name.
        let place_goes_on = || toks.get(len - 1).is_some_and(|prev| name_facts(&format!("{} {}", prev.text, t.text)) & fact::PLACE != 0);
        // (a street or building is named after a person: `Jl. Wahid Hasyim`, `Jalan Gatot Subroto`)
        let named_after = len == 1 && toks.first().is_some_and(|h| BUILDING_HEADS.contains(&h.text)) && !solo.contains(t.text);
        if (starts_name(toks, len) || solo.contains(t.text)) && !place_goes_on() && !named_after {
            break;
        }
        let common = t.common() || matches!(t.text, "dan" | "untuk" | "&");
        // (a place that is also a given name, followed by a name word, begins a person's name: `Kabinet Andi Widjajanto`)
        let given_place =
            || t.person_part() && toks.get(len + 1).is_some_and(|n| n.cap && !n.common() && !n.upper() && !n.title() && !n.place());
        if common || is_acronym(t) || (t.place() && !given_place()) {
            ordinary += usize::from(common);
            len += 1;
            continue;
        }
        // A proper word: part of the body's own name, unless a person's name begins here.
        let rest = toks.get(len..).unwrap_or_default();
        let person_here = starts_name(toks, len)
            || (t.person_part() && rest.len() >= 2)
            || ((ordinary > 0 || proper >= 1) && (t.person_part() || rest.len() >= 2));
        // Buildings and streets are named after people (`Hotel Grand Sahid
        // Jaya`, `Jalan Sudirman`): their proper words belong to them.
        let building = toks.first().is_some_and(|h| BUILDING_HEADS.contains(&h.text)) && !solo.contains(t.text);
        if (person_here && !building) || proper >= if building { 4 } else { 2 } {
            break;
        }
        proper += 1;
        len += 1;
    }
    while len > 1 && toks.get(len - 1).is_some_and(|t| matches!(t.text, "dan" | "untuk" | "&")) {
        len -= 1;
    }
    len
}

/// The words of every paragraph.
fn tokenize_all(article: &Article) -> Vec<Vec<Tok<'_>>> {
    article.paragraphs.iter().map(|p| tokenize(&p.text)).collect()
}

/// The raw mentions of every paragraph (tokenized once by the caller).
fn raw_mentions_in<'a>(article: &'a Article, tokenized: &[Vec<Tok<'a>>]) -> Vec<Raw<'a>> {
    // Capitalised words seen inside sentences are names wherever they stand.
    let known: rustc_hash::FxHashSet<&str> = tokenized.iter().flatten().filter(|t| t.cap && !t.sent_start).map(|t| t.text).collect();
    let solo = solo_speakers(article, tokenized);
    let mut out = Vec::new();
    let mut terms = Vec::new();
    let mut run_buf = Vec::new();
    for (pi, (para, toks)) in article.paragraphs.iter().zip(tokenized).enumerate() {
        let p = para.text.as_str();
        let mut pending_role: Option<(usize, usize)> = None;
        runs(toks, p, &mut run_buf);
        for run in run_buf.iter().cloned() {
            let Some(rt) = toks.get(run.clone()) else { continue };
            // The acronym in brackets after a name belongs to that mention.
            if rt.first().is_some_and(|t| out.last().is_some_and(|r: &Raw| r.paragraph == pi && r.span_end >= t.end)) {
                continue;
            }
            // The bracketed short form of a role (`Ketua Satgas (Kasatgas)`) keeps the role pending.
            if let (Some((_, pe)), Some(first)) = (pending_role, rt.first())
                && p.get(pe..first.start).is_some_and(|g| g.trim() == "(")
            {
                continue;
            }
            // A title of a work in marks (`film “Agak Laen”`): not a name,
            // unless a gazetteer knows it.
            if let (Some(first), Some(last)) = (rt.first(), rt.last())
                && rt.len() >= 2
                && p.get(..first.start).is_some_and(|h| h.ends_with(['“', '"', '‘', '\'']))
                && p.get(last.end..).is_some_and(|t| t.starts_with(['”', '"', '’', '\'']))
                && lexicon_phrase(rt, p, rt.len()).is_none()
            {
                continue;
            }
            parse_run(pi, p, rt, toks, run.start, &Seen { known: &known, solo: &solo }, &mut pending_role, &mut terms, &mut out);
        }
    }
    // A term's abbreviation is no name where it stands alone either.
    if !terms.is_empty() {
        out.retain(|r| !terms.contains(&r.text));
    }
    out
}

/// Words seen across the article.
struct Seen<'s, 'a> {
    /// Capitalised words seen inside sentences.
    known: &'s rustc_hash::FxHashSet<&'a str>,
    /// Single capitalised words standing as a speaker (`kata Ipuk`, `Arya
    /// menjelaskan`): the short form of a person named in full elsewhere.
    solo: &'s rustc_hash::FxHashSet<&'a str>,
}

/// The short verbs of attribution (`kata Budi`, `ujar Budi`).
const ATTRIBUTION: &[&str] = &[
    "kata", "ujar", "ucap", "tutur", "ungkap", "imbuh", "tambah", "pungkas", "tegas", "jelas", "terang", "papar", "lanjut", "sambung",
    "tanya",
];

/// Capitalised words standing alone right after or before a speech verb:
/// the article calls a person by this one word, so where it begins a longer
/// run it begins that person's name, whatever a dictionary says the word is
/// (`ipuk`, `arya` are also common words; `Wisnu` is also a place).
fn solo_speakers<'a>(article: &'a Article, tokenized: &[Vec<Tok<'a>>]) -> rustc_hash::FxHashSet<&'a str> {
    let mut out = rustc_hash::FxHashSet::default();
    for (para, toks) in article.paragraphs.iter().zip(tokenized) {
        let p = para.text.as_str();
        let joined = |a: &Tok<'_>, b: &Tok<'_>| a.cap && b.cap && one_space(p, a, b);
        for (i, t) in toks.iter().enumerate() {
            if !t.cap {
                continue;
            }
            let prev = i.checked_sub(1).and_then(|k| toks.get(k));
            let next = toks.get(i + 1);
            // The cheap tests first: a speech verb right beside it.
            let verb_before = prev.is_some_and(|x| one_space(p, x, t) && ATTRIBUTION.iter().any(|v| x.text.eq_ignore_ascii_case(v)));
            let verb_after = !verb_before
                && next.is_some_and(|x| !x.cap && one_space(p, t, x) && is_speech_verb(x.text))
                && !t.place()
                && !t.organization();
            // An ordinary word capitalised alone inside a sentence is a name
            // the article uses (`yang paling diingat Guruh mengenai`).
            let inside = || {
                !t.sent_start
                    // (not the last field of a body's name: `Kementerian Komunikasi dan Informatika serta`)
                    && prev.is_some_and(|x| !x.cap && one_space(p, x, t) && !matches!(x.text, "dan" | "untuk" | "&"))
                    && next.is_some_and(|x| !x.cap && one_space(p, t, x))
                    && t.common()
                    && !t.place()
                    && !t.organization()
                    && !DIVINE_NAMES.contains(&t.text)
            };
            if !verb_before && !verb_after && !inside() {
                continue;
            }
            let alone = !prev.is_some_and(|x| joined(x, t)) && !next.is_some_and(|x| joined(t, x));
            if alone && !t.upper() && !t.title() && !t.org_head() && !t.place_head() && !t.day_month() {
                out.insert(t.text);
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn parse_run<'a>(
    pi: usize,
    p: &'a str,
    rt: &[Tok<'_>],
    toks: &[Tok<'_>],
    run_start: usize,
    seen: &Seen<'_, '_>,
    pending_role: &mut Option<(usize, usize)>,
    terms: &mut Vec<&'a str>,
    out: &mut Vec<Raw<'a>>,
) {
    let known = seen.known;
    let mut i = 0;
    if let Some(t) = rt.first()
        && t.sent_start
        && !t.upper()
        && !known.contains(t.text)
        && !t.title()
        && !t.org_head()
        && !t.place_head()
        && !starts_name(rt, 0)
        && t.common()
        // (a word before an Arabic article is a given name: `Hikmat al-Hijri`)
        && !rt.get(1).is_some_and(|n| n.text.starts_with("al-") || n.text.starts_with("el-"))
    {
        i = 1;
    }
    let mut role: Option<(usize, usize)> = None;
    let mut open = false;
    // A role broken by its bracketed short form (`Ketua Satgas (Kasatgas)
    // Pelaksanaan … Danis Sumadilaga`) goes on in this run.
    if let (Some((ps, pe)), Some(first)) = (*pending_role, rt.first()) {
        let gap = p.get(pe..first.start).unwrap_or("").trim();
        if gap.starts_with('(') && gap.ends_with(')') && gap.matches('(').count() == 1 {
            role = Some((ps, pe));
            open = true;
        }
    }
    // A lowercase title right before the run (`ungkap jaksa Syahnan`) is its role.
    if role.is_none()
        && let Some(prev) = run_start.checked_sub(1).and_then(|k| toks.get(k))
        && let Some(first) = rt.first()
        && !prev.cap
        && one_space(p, prev, first)
        && LOWER_ROLES.contains(&prev.text)
    {
        role = Some((prev.start, prev.end));
    }
    let mut emitted_person = false;
    while i < rt.len() {
        let Some(t) = rt.get(i) else { break };
        let prev_title = i > 0 && rt.get(i - 1).is_some_and(|x| x.title());
        let two_word = prev_title && rt.get(i - 1).is_some_and(|x| is_two_word_title(x.text, t.text));
        // A gazetteer name that opens with a title word (`Raja Ampat`) is a name.
        let known_place = || lexicon_phrase(rt.get(i..).unwrap_or_default(), p, 2).is_some();
        if two_word || (t.title() && !(role.is_none() && t.org_head()) && !known_place()) {
            role = Some((role.map_or(t.start, |r| r.0), t.end));
            open = OPEN_TITLE_SET.contains(clean(t.text));
            i += 1;
            continue;
        }
        if let Some(r) = role.as_mut()
            && open
            && i + 1 < rt.len()
            && t.common()
            && !seen.solo.contains(t.text)
            && lexicon_phrase(rt.get(i..).unwrap_or_default(), p, 2).is_none()
            && !t.org_head()
            && (!t.place_head() || rt.get(i + 1).is_some_and(|n| n.common()))
            && !starts_name(rt, i)
        {
            r.1 = t.end;
            i += 1;
            continue;
        }
        // An ordinary word before a name (`BPS Ketenagakerjaan Krishna`) belongs to the role.
        if role.is_some()
            && i + 1 < rt.len()
            && t.common()
            && !t.person_part()
            && !seen.solo.contains(t.text)
            && !(MONTH_NAMES.contains(&t.text) && rt.get(i + 1).is_some_and(|n| n.given()))
            && !starts_name(rt, i)
            && !t.org_head()
            && !t.place_head()
            && !t.place()
            && lexicon_phrase(rt.get(i..).unwrap_or_default(), p, 2).is_none()
            && rt.get(i + 1).is_some_and(|n| !n.common() && !n.upper() && !n.title() && !n.place())
        {
            if let Some(r) = role.as_mut() {
                r.1 = t.end;
            }
            i += 1;
            continue;
        }
        if !t.cap {
            i += 1;
            continue;
        }
        let rest = rt.get(i..).unwrap_or_default();
        let (len, found) = entity(rest, p, seen.solo);
        let len = len.max(1);
        let (Some(a), Some(b)) = (rest.first(), rest.get(len - 1)) else { break };
        let role_text = role.map(|(s, e)| p.get(s..e).unwrap_or("").trim_end_matches(','));
        match found {
            Found::Skip => {
                if let Some(rr) = role.as_mut() {
                    rr.1 = b.end;
                }
            }
            Found::Kind(kind, ev) => {
                // An office one goes to is a place (`di Kantor Lingkaran Survei Indonesia`).
                let at = (run_start + i).checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|t| matches!(t.text, "di" | "ke" | "dari"));
                let kind = if kind == NameKind::Organization && at && matches!(a.text, "Kantor" | "Kampus" | "Markas") {
                    NameKind::Place
                } else {
                    kind
                };
                // `Gaza selatan`, `Afrika barat`: a place with the part of it a direction names.
                let end = if kind == NameKind::Place { b.end + direction_after(p.get(b.end..).unwrap_or("")) } else { b.end };
                let mut r = raw(pi, p, a.start, end, kind, None, ev);
                set_alias(&mut r, p);
                set_designator(&mut r, p, toks, run_start + i);
                out.push(r);
                if let Some(rr) = role.as_mut() {
                    // The body or place a title governs: part of the role.
                    rr.1 = b.end;
                    open = false;
                }
            }
            Found::Unknown => {
                let titled = role.is_some();
                let term = if titled { None } else { term_abbreviation(rest.get(..len).unwrap_or_default(), p, b.end) };
                if let Some(abbr) = term {
                    terms.push(abbr);
                    i += len;
                    continue;
                }
                // `Kepala Desa Sukamaju, Samsuardi`: the name set after a role and a comma.
                let after_role = role.is_none() && pending_role.is_some_and(|(_, pe)| p.get(pe..a.start).is_some_and(|g| g.trim() == ","));
                let kind = person_kind(rest, len, titled, run_start + i, toks, p, b.end)
                    .map(|(k, ev)| if k == NameKind::Person && after_role { (k, ev.max(2)) } else { (k, ev) });
                if let Some((kind, ev)) = kind {
                    let mut r = raw(pi, p, a.start, b.end, kind, None, ev);
                    if kind == NameKind::Person {
                        r.role = role_text;
                        if r.role.is_none()
                            && let Some((ps, pe)) = *pending_role
                            && p.get(pe..a.start).is_some_and(|g| g.trim() == ",")
                        {
                            r.role = p.get(ps..pe).map(|t| t.trim_end_matches(','));
                        }
                        if r.role.is_none() {
                            r.role = apposition_role(p, b.end);
                        }
                        emitted_person = true;
                    }
                    set_alias(&mut r, p);
                    set_designator(&mut r, p, toks, run_start + i);
                    out.push(r);
                }
                role = None;
            }
        }
        i += len;
    }
    *pending_role = match role {
        Some((s, e)) if !emitted_person => Some((s, e)),
        _ => None,
    };
}

/// Roles written in lowercase before a name (`jaksa Syahnan`, `hakim Budi`).
const LOWER_ROLES: &[&str] = &[
    "jaksa",
    "hakim",
    "pengacara",
    "advokat",
    "kuasa",
    "penyidik",
    "politisi",
    "politikus",
    "pengamat",
    "peneliti",
    "ekonom",
    "dokter",
    "perawat",
    "guru",
    "dosen",
    "aktor",
    "aktris",
    "penyanyi",
    "sutradara",
    "produser",
    "pelatih",
    "kapten",
    "wartawan",
    "jurnalis",
];

/// Forms of address that stay part of a name (`Gus Dur`, `Cak Imin`, `Bung
/// Karno`, `Kang Emil`), unlike `Pak` or `Bu`.
const NAME_HONORIFICS: &[&str] = &["Gus", "Cak", "Bung", "Kang"];

/// Honorifics and forms of address are not roles (`Pak`, `Bu`, `H.`).
const HONORIFICS: &[&str] = &[
    "Pak", "Bu", "Bapak", "Ibu", "Mas", "Mbak", "Bang", "Kak", "Om", "Tante", "Sang", "Si", "Tn.", "Ny.", "Nn.", "Sdr.", "Sdri.", "H.",
    "Hj.", "Dr.", "dr.", "Ir.", "Drs.", "Dra.", "Prof.", "Prof", "Dr", "KH", "Habib", "Syekh", "Ustaz", "Ustadz",
];

/// A role without the honorifics around it; `None` when nothing else is left.
fn clean_role(role: Option<&str>) -> Option<String> {
    let role = role?;
    let words: Vec<&str> = role.split(' ').filter(|w| !HONORIFICS.contains(w)).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn raw<'a>(paragraph: usize, p: &'a str, start: usize, end: usize, kind: NameKind, role: Option<&'a str>, evidence: u8) -> Raw<'a> {
    // `Provinsi Jawa Tengah` (or `DKI Jakarta`) is the province `Jawa Tengah`: one entry with
    // the plain mentions (a regency's `Kabupaten` tells it from the city).
    let text = p.get(start..end).unwrap_or("");
    let start = match ["Provinsi ", "Propinsi ", "DKI "].iter().find_map(|h| text.strip_prefix(h)) {
        Some(rest) if kind == NameKind::Place && name_facts(rest) & fact::PLACE != 0 => end - rest.len(),
        _ => start,
    };
    Raw { paragraph, start, end, kind, text: p.get(start..end).unwrap_or(""), role, evidence, alias: None, span_end: end, designator: None }
}

/// Decide whether an unknown proper phrase is a person (with evidence), a
/// place (after `di`/`ke`/`dari`), an organisation (an acronym of it follows
/// in brackets), or nothing.
fn person_kind(
    rest: &[Tok<'_>],
    len: usize,
    titled: bool,
    abs_start: usize,
    toks: &[Tok<'_>],
    p: &str,
    end: usize,
) -> Option<(NameKind, u8)> {
    let first = rest.first()?;
    let words = rest.get(..len)?;
    // A capitalised pronoun (`Ia mengatakan`) is nobody's name.
    if len == 1 && CAPITAL_PRONOUN_SET.contains(first.text) {
        return None;
    }
    let prev = abs_start.checked_sub(1).and_then(|k| toks.get(k));
    let next = toks.get(abs_start + len);
    let text = p.get(first.start..end).unwrap_or("");
    if let Some(a) = bracket_alias(p, end)
        && a.chars().all(|c| c.is_uppercase())
        && a.len() >= 2
        && initials(text).starts_with(a.get(..1).unwrap_or(""))
        && len >= 2
    {
        // (a person's initials: `Susilo Bambang Yudhoyono (SBY)`)
        return Some(if first.person_part() { (NameKind::Person, 2) } else { (NameKind::Organization, 2) });
    }
    // Ordinary words with a short form in brackets that also holds a word of
    // their own or a known body name a body (`Pelaksana Kegiatan Usaha Hulu
    // Migas (SKK Migas)`), never a person; ordinary words alone were taken
    // as a term before this (`term_abbreviation`).
    let alias = bracket_alias(p, end).unwrap_or_default();
    if len >= 2
        && alias.chars().filter(|c| c.is_uppercase()).count() >= 2
        && words
            .iter()
            .filter(|t| !is_acronym(t))
            .all(|t| (t.common() || t.organization() || alias.split(' ').any(|a| a == t.text)) && !t.person_part())
    {
        return Some((NameKind::Organization, 1));
    }
    // English names put the kind last (`Delta Airlines`, `Tax Policy Center`, `Sepang International Circuit`).
    if len >= 2
        && let Some(last) = words.last()
    {
        if ORG_TAILS.contains(&last.text) {
            return Some((NameKind::Organization, 2));
        }
        if PLACE_TAILS.contains(&last.text) {
            return Some((NameKind::Place, 2));
        }
    }
    // (a place's kind in lowercase before its name: `di restoran Gado-gado Boplo`, `desa Sukamaju`)
    let place_cue = prev
        .is_some_and(|t| crate::lexicon::is_in(&["di", "ke", "dari", "menuju", "asal", "negara"], t.text) || PLACE_KINDS.contains(&t.text));
    if place_cue && !titled {
        return Some((NameKind::Place, 1));
    }
    // (a verb with its `-nya` has its speaker already: `tambahnya, Perundingan …`)
    // A speech verb beside the name: across a space, or a comma (`kata,
    // Fakra`, `Ardian Sofa, menyampaikan`), never across a quotation mark
    // (`… Maha Pengampun," kata Hajrul`); ordinary words need the verb right
    // beside them before the name (`menyatakan, Insya Allah …` is what was said).
    let last = words.last().unwrap_or(first);
    // (what a verb and a comma introduce is what was said; a name, a comma
    // and a verb is the speaker in apposition: `Ardian Sofa, menyampaikan`)
    let speech_across = |after: &[&str], before: &[&str]| {
        let beside = |a: &Tok<'_>, b: &Tok<'_>, gaps: &[&str]| p.get(a.end..b.start).is_some_and(|g| gaps.contains(&g));
        next.is_some_and(|t| beside(last, t, after) && is_speech_verb(t.text) && !speaker_follows(t.text))
            || prev.is_some_and(|t| {
                beside(t, first, before) && ((is_speech_verb(t.text) && !t.text.ends_with("nya")) || t.text.eq_ignore_ascii_case("menurut"))
            })
    };
    let speech = speech_across(&[" ", ", "], &[" ", ", "]);
    // `Gus Dur`, `Cak Imin`, `Bung Karno`: a form of address that is part of the name.
    if len >= 2 && NAME_HONORIFICS.contains(&first.text) {
        return Some((NameKind::Person, 2));
    }
    let known = words.iter().any(|t| t.person_part()) || starts_name(words, 0);
    let all_common = words.iter().all(|t| t.common());
    if all_common && !known {
        let speech = speech && speech_across(&[" ", ", "], &[" "]);
        // Capitalised ordinary words may be a name (`Budi Gunawan`, `Muslim`):
        // after a title (two words or more) or with a speech verb they are one;
        // a lone word after a title is the title's complement (`Menteri Energi`);
        // otherwise a lone word counts only as part of a longer name (see fold).
        if (titled && len >= 2) || (speech && (len >= 2 || !first.sent_start)) {
            return Some((NameKind::Person, 2));
        }
        return (!first.sent_start && len == 1 && !titled).then_some((NameKind::Person, 0));
    }
    if titled || speech {
        return Some((NameKind::Person, 2));
    }
    if known || len >= 2 {
        return Some((NameKind::Person, 1));
    }
    if first.sent_start {
        return None;
    }
    Some((NameKind::Person, 0))
}

/// The abbreviation of a term (`BBM` in `Bahan Bakar Minyak (BBM)`, `STR`
/// in `Surat Tanda Registrasi (STR)`): ordinary words with an abbreviation in
/// brackets name a thing, not a body. A body's name has a head word
/// (`Badan`, `Komisi`: judged before this) or a proper word (`Pelaksana
/// Kegiatan Usaha Hulu Migas (SKK Migas)`).
fn term_abbreviation<'p>(words: &[Tok<'_>], p: &'p str, end: usize) -> Option<&'p str> {
    let all_ordinary = words.iter().all(|t| t.common() && !t.org_head() && !t.place() && !t.organization() && !t.person_part());
    if words.len() >= 2 && all_ordinary { bracket_alias(p, end) } else { None }
}

/// `Kim Jong Un, Pemimpin Korea Utara,`: a role after the name.
fn apposition_role(p: &str, end: usize) -> Option<&str> {
    let rest = p.get(end..)?.strip_prefix(", ")?;
    // The role ends at the first lowercase word: read no further.
    let window = memchr::memchr_iter(b' ', rest.as_bytes())
        .find(|&k| rest.as_bytes().get(k + 1).is_some_and(u8::is_ascii_lowercase))
        .and_then(|k| rest.get(..k))
        .unwrap_or(rest);
    let toks = tokenize(window);
    let first = toks.first()?;
    if !first.title() {
        return None;
    }
    let mut last = first;
    for t in &toks {
        if !t.cap || rest.get(last.end..t.start).is_some_and(|g| g != " " && t.start != first.start) {
            break;
        }
        last = t;
    }
    Some(rest.get(first.start..last.end)?.trim_end_matches(','))
}

/// Lowercase words that name the kind of a place right before its name
/// (`kota Rafah`, `restoran Gado-gado Boplo`): a cue that a place follows,
/// and part of its mention.
const PLACE_KINDS: &[&str] = &[
    "kota",
    "wilayah",
    "kawasan",
    "kompleks",
    "komplek",
    "daerah",
    "provinsi",
    "kabupaten",
    "kecamatan",
    "desa",
    "kelurahan",
    "kampung",
    "pulau",
    "gunung",
    "sungai",
    "danau",
    "selat",
    "teluk",
    "hutan",
    "gedung",
    "pantai",
    "restoran",
    "hotel",
    "kafe",
    "warung",
    "pasar",
    "stasiun",
    "bandara",
    "pelabuhan",
];

/// The designator of a place mention whose first word is `toks[at]` (`kota
/// Rafah`, `wilayah Sumatera Selatan`): the mention takes it in; the place's
/// name stays without it.
fn set_designator<'a>(r: &mut Raw<'a>, p: &'a str, toks: &[Tok<'_>], at: usize) {
    if r.kind != NameKind::Place {
        return;
    }
    let Some(prev) = at.checked_sub(1).and_then(|k| toks.get(k)) else { return };
    if !prev.cap && p.get(prev.end..r.start) == Some(" ") && PLACE_KINDS.contains(&prev.text) {
        r.designator = p.get(prev.start..prev.end);
    }
}

fn set_alias<'a>(r: &mut Raw<'a>, p: &'a str) {
    r.alias = bracket_alias(p, r.end);
    if let Some(a) = &r.alias {
        r.span_end = r.end + 3 + a.len();
    }
}

/// `(KPK)` or `(Gus Dur)` right after a name.
fn bracket_alias(p: &str, end: usize) -> Option<&str> {
    let rest = p.get(end..)?.strip_prefix(" (")?;
    let close = rest.find(')')?;
    let inner = rest.get(..close)?;
    (inner.chars().count() <= 40 && inner.starts_with(char::is_uppercase) && !inner.contains(['/', ',']) && !is_day_month(inner))
        .then_some(inner)
}

/// Words of a name that carry identity (connectors and generic heads removed).
fn core_words(s: &str) -> Vec<&str> {
    s.split(' ').filter(|w| !w.is_empty()).collect()
}

fn initials(s: &str) -> String {
    let mut out = String::new();
    push_initials(s, &mut out);
    out
}

/// The capitalised first letters of the words of a name, connectors left out (`BMKG`).
fn push_initials(s: &str, out: &mut String) {
    out.extend(
        s.split(' ')
            .filter(|w| !w.is_empty() && !["dan", "untuk", "dari", "di", "&", "dan/atau"].iter().any(|c| w.eq_ignore_ascii_case(c)))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase),
    );
}

fn contains_words(long: &[&str], short: &[&str]) -> bool {
    !short.is_empty() && short.len() < long.len() && long.windows(short.len()).any(|w| w == short)
}

/// Fold raw mentions into panel entries.
/// Names with nicknames folded into the person (for tests of the mapping).
#[cfg(test)]
pub(crate) fn names_folding_nicknames(article: &Article) -> Vec<Name> {
    let tokenized = tokenize_all(article);
    let raws = raw_mentions_in(article, &tokenized);
    let nicks = nicknames(article, &tokenized, &raws);
    fold_with(raws, &nicks)
}

/// A distinct mention text while folding: its words (a range of the shared
/// word list) and what its mentions say.
struct Group<'r> {
    text: &'r str,
    words: std::ops::Range<usize>,
    /// Votes per kind (`NameKind as usize`): one per mention plus its evidence.
    votes: [u32; 3],
    strongest: u8,
    count: usize,
    /// A mention as a person with some evidence.
    person: bool,
}

/// The values of each key, for keys with a few values each: one flat list
/// grouped by key (two passes over the pairs), with no vector per key.
struct MultiIndex<'k> {
    /// Key → its range in `values`.
    at: rustc_hash::FxHashMap<&'k str, (usize, usize)>,
    values: Vec<usize>,
}

impl<'k> MultiIndex<'k> {
    fn new(pairs: &[(&'k str, usize)]) -> Self {
        let mut at: rustc_hash::FxHashMap<&'k str, (usize, usize)> = rustc_hash::FxHashMap::default();
        at.reserve(pairs.len());
        for (k, _) in pairs {
            at.entry(k).or_insert((0, 0)).1 += 1;
        }
        // Counts become starts; each key's end then grows from its start as its values are placed.
        let mut start = 0;
        for range in at.values_mut() {
            let count = range.1;
            *range = (start, start);
            start += count;
        }
        let mut values = vec![0; pairs.len()];
        for (k, v) in pairs {
            if let Some(range) = at.get_mut(k) {
                if let Some(slot) = values.get_mut(range.1) {
                    *slot = *v;
                }
                range.1 += 1;
            }
        }
        Self { at, values }
    }

    /// The values of `key`, in the order they were given.
    fn of(&self, key: &str) -> &[usize] {
        self.at.get(key).and_then(|&(a, b)| self.values.get(a..b)).unwrap_or_default()
    }
}

/// Fold raw mentions into panel entries; `nicks` maps nicknames to the
/// names they stand for.
pub(crate) fn fold_with(raws: Vec<Raw<'_>>, nicks: &[(String, String)]) -> Vec<Name> {
    use rustc_hash::FxHashMap;
    // 1. Resolve each distinct text's kind by evidence and majority.
    let mut group_of: FxHashMap<&str, usize> = FxHashMap::default();
    group_of.reserve(raws.len());
    let mut groups: Vec<Group<'_>> = Vec::new();
    // The words of every group's text, one after another.
    let mut all_words: Vec<&str> = Vec::new();
    for r in &raws {
        let g = *group_of.entry(r.text).or_insert_with(|| {
            let from = all_words.len();
            all_words.extend(r.text.split(' ').filter(|w| !w.is_empty()));
            groups.push(Group { text: r.text, words: from..all_words.len(), votes: [0; 3], strongest: 0, count: 0, person: false });
            groups.len() - 1
        });
        if let Some(gr) = groups.get_mut(g) {
            if let Some(v) = gr.votes.get_mut(r.kind as usize) {
                *v += 1 + u32::from(r.evidence);
            }
            gr.strongest = gr.strongest.max(r.evidence);
            gr.count += 1;
            gr.person |= r.kind == NameKind::Person && r.evidence >= 1;
        }
    }
    let words_of = |g: &Group<'_>| all_words.get(g.words.clone()).unwrap_or_default();
    // Word → the multi-word person names containing it, so that "is part of a
    // longer name" looks at a few candidates instead of every name.
    let person_pairs: Vec<(&str, usize)> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.person && g.words.len() >= 2)
        .flat_map(|(i, g)| words_of(g).iter().map(move |w| (*w, i)))
        .collect();
    let person_index = MultiIndex::new(&person_pairs);
    let part_of_person = |words: &[&str]| {
        words
            .first()
            .is_some_and(|w| person_index.of(w).iter().any(|&i| groups.get(i).is_some_and(|long| contains_words(words_of(long), words))))
    };
    let mut kind_of: FxHashMap<&str, NameKind> = FxHashMap::default();
    kind_of.reserve(groups.len());
    // The texts kept, with their kinds and words.
    let mut texts: Vec<(&str, NameKind, &[&str])> = Vec::new();
    for g in &groups {
        let words = words_of(g);
        // (ties go to the later kind: organisation, then place, then person)
        let most = g.votes.iter().copied().max().unwrap_or(0);
        let mut best = [NameKind::Organization, NameKind::Place, NameKind::Person]
            .into_iter()
            .find(|k| g.votes.get(*k as usize) == Some(&most))
            .unwrap_or(NameKind::Person);
        let strongest = g.strongest;
        if best == NameKind::Place && strongest <= 1 && part_of_person(words) {
            best = NameKind::Person;
        }
        // A weak single-word person is kept only if it is part of a longer person name or repeated.
        if best == NameKind::Person || best == NameKind::Organization {
            let part_of = part_of_person(words);
            if strongest == 0 && !part_of && g.count < 2 {
                continue;
            }
            // (an affix stripped may leave a word: `Megawati` is no `gawat`; a listed name is a name)
            if best == NameKind::Person
                && strongest < 2
                && !part_of
                && words.iter().all(|w| is_common_word(w) && !is_person_part(w))
                && words.len() == 1
            {
                continue;
            }
        }
        kind_of.insert(g.text, best);
        texts.push((g.text, best, words));
    }
    // 2. Aliases: brackets, parts of longer person names, acronyms, generic heads.
    let mut canon: FxHashMap<&str, &str> = FxHashMap::default();
    for r in &raws {
        // (a person's nickname in brackets, `Joko Widodo (Jokowi)`, stays its own entry, as nicknames do)
        if let (Some(a), Some(&k)) = (r.alias, kind_of.get(r.text))
            && (kind_of.contains_key(a) || k == NameKind::Organization)
            && !(k == NameKind::Person && is_nickname_of(a, r.text))
        {
            canon.entry(a).or_insert(r.text);
            kind_of.entry(a).or_insert(k);
        }
    }
    // A body's head with its short form (`Kementerian PUPR`) is the body
    // spelled out with that head (`Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)`).
    for &(t, k, ws) in &texts {
        if let (NameKind::Organization, [head, short]) = (k, ws)
            && let Some(&full) = canon.get(short)
            && full != t
            && full.starts_with(head)
            && full.as_bytes().get(head.len()) == Some(&b' ')
        {
            canon.insert(t, full);
        }
    }
    // Word (or initials) → texts, to find the longer forms of a name quickly.
    let word_pairs: Vec<(&str, usize)> = texts.iter().enumerate().flat_map(|(i, (_, _, ws))| ws.iter().map(move |w| (*w, i))).collect();
    let by_word = MultiIndex::new(&word_pairs);
    // Every text's initials, one after another in one string (only a short
    // form in capitals can be initials, `SBY`, `BMKG`: none, none needed).
    let in_capitals = |t: &str| t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
    let mut initials_text = String::new();
    let mut initials_at: Vec<std::ops::Range<usize>> = Vec::new();
    if texts.iter().any(|(t, _, _)| in_capitals(t)) {
        for (t, _, _) in &texts {
            let from = initials_text.len();
            push_initials(t, &mut initials_text);
            initials_at.push(from..initials_text.len());
        }
    }
    let initials_of = |i: usize| initials_at.get(i).and_then(|r| initials_text.get(r.clone())).unwrap_or("");
    let initial_pairs: Vec<(&str, usize)> = (0..initials_at.len()).map(|i| (initials_of(i), i)).collect();
    let by_initials = MultiIndex::new(&initial_pairs);
    let words_at = |i: usize| texts.get(i).map_or(&[][..], |x| x.2);
    let (mut cands, mut longest): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for &(t, k, w) in &texts {
        if canon.contains_key(t) {
            continue;
        }
        cands.clear();
        cands.extend(w.first().into_iter().flat_map(|x| by_word.of(x)));
        if in_capitals(t) {
            cands.extend(by_initials.of(t));
        }
        cands.sort_unstable();
        cands.dedup();
        cands.retain(|&i| {
            let Some(&(o, ok, ow)) = texts.get(i) else { return false };
            o != t
                && match (k, ok) {
                    (NameKind::Person, NameKind::Person) => contains_words(ow, w),
                    // `SBY` for Susilo Bambang Yudhoyono: a person's initials, three letters or more.
                    (NameKind::Organization, NameKind::Person) => {
                        t.chars().count() >= 3 && t.chars().all(char::is_uppercase) && initials_of(i) == t
                    }
                    (NameKind::Organization, NameKind::Organization) => {
                        (t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-') && initials_of(i) == t)
                            || (ow.len() == w.len() + 1 && ow.get(1..) == Some(w) && ow.first().is_some_and(|h| is_org_head(h)))
                    }
                    _ => false,
                }
        });
        // (the longer forms: `cands` from here on)
        let longer = &cands;
        let text_at = |i: usize| texts.get(i).map_or("", |x| x.0);
        longest.clear();
        longest.extend(longer.iter().copied().filter(|&o| !longer.iter().any(|&x| x != o && contains_words(words_at(x), words_at(o)))));
        // A two-person ticket (`Ganjar Pranowo-Mahfud MD`) does not compete with the person's own name.
        if longest.len() > 1 && longest.iter().any(|&o| !text_at(o).contains('-')) {
            longest.retain(|&o| !text_at(o).contains('-'));
        }
        if let [only] = longest.as_slice() {
            canon.insert(t, text_at(*only));
            continue;
        }
        // `Yuri` for Achmad Yurianto: a one-word short form that begins a
        // word of exactly one person's fuller name (four letters or more).
        if k == NameKind::Person && w.len() == 1 && t.chars().count() >= 4 && longest.is_empty() {
            let mut clipped = texts.iter().filter(|&&(o, ok, ow)| {
                ok == NameKind::Person && o != t && ow.len() >= 2 && ow.iter().any(|x| x.len() > t.len() && x.starts_with(t))
            });
            if let (Some(only), None) = (clipped.next(), clipped.next()) {
                canon.insert(t, only.0);
            }
        }
    }
    for (nick, full) in nicks {
        if kind_of.get(full.as_str()) == Some(&NameKind::Person) {
            kind_of.entry(nick.as_str()).or_insert(NameKind::Person);
            canon.insert(nick.as_str(), full.as_str());
        }
    }
    // (a short chain: `Yuri` → `Achmad Yurianto`, an acronym → its body → a longer form)
    let resolve = |t: &str| {
        let mut cur = canon.get_key_value(t).map(|(k, _)| *k);
        for _ in 0..4 {
            match cur.and_then(|c| canon.get(c).map(|&n| (c, n))) {
                Some((c, n)) if n != c => cur = Some(n),
                _ => break,
            }
        }
        cur
    };
    // 3. Build entries in order of first mention.
    let mut entries: Vec<Name> = Vec::new();
    let mut index: FxHashMap<(&str, NameKind), usize> = FxHashMap::default();
    for r in &raws {
        let Some(&k) = kind_of.get(r.text) else { continue };
        let name = resolve(r.text).unwrap_or(r.text);
        let kind = kind_of.get(name).copied().unwrap_or(k);
        let idx = *index.entry((name, kind)).or_insert_with(|| {
            entries.push(Name { name: name.to_owned(), kind, role: None, aliases: Vec::new(), mentions: Vec::new() });
            entries.len() - 1
        });
        let Some(e) = entries.get_mut(idx) else { continue };
        if r.text != e.name && !e.aliases.iter().any(|a| a == r.text) {
            e.aliases.push(r.text.to_owned());
        }
        if e.role.is_none() {
            e.role = clean_role(r.role);
        }
        let mut text = match r.alias.filter(|_| r.span_end > r.end) {
            Some(alias) => [r.text, " (", alias, ")"].concat(),
            None => r.text.to_owned(),
        };
        let mut start = r.start;
        if let Some(d) = r.designator {
            text = [d, " ", &text].concat();
            start = r.start.saturating_sub(d.len() + 1);
        }
        e.mentions.push(Mention { paragraph: r.paragraph, start, end: r.span_end, text });
    }
    for e in &mut entries {
        e.mentions.sort_by_key(|m| (m.paragraph, m.start));
        e.mentions.dedup_by_key(|m| (m.paragraph, m.start));
    }
    entries.sort_by(|a, b| a.kind.cmp(&b.kind).then(b.mentions.len().cmp(&a.mentions.len())).then(first_pos(a).cmp(&first_pos(b))));
    entries
}

/// Whether `nick` is made of the start of the first of `full`'s words (two
/// letters or more) and the start of a later one (two letters or more).
#[cfg(test)]
fn is_contraction(nick: &str, full: &[&str]) -> bool {
    contracts(&lower_chars(nick), &full.iter().map(|w| lower_chars(w)).collect::<Vec<_>>())
}

/// `is_contraction` of words already in lowercase characters.
fn contracts(n: &[char], full: &[Vec<char>]) -> bool {
    let (Some(first), Some(later)) = (full.first(), full.get(1..)) else { return false };
    if n.len() < 4 || later.is_empty() {
        return false;
    }
    (2..=first.len().min(n.len() - 2)).any(|i| {
        n.get(..i) == first.get(..i)
            && n.get(i..).is_some_and(|rest| later.iter().any(|w| w.len() > rest.len() && w.get(..rest.len()) == Some(rest)))
    })
}

fn first_pos(n: &Name) -> (usize, usize) {
    n.mentions.first().map_or((usize::MAX, 0), |m| (m.paragraph, m.start))
}

/// Names of an article, folded into panel entries.
pub fn names(article: &Article) -> Vec<Name> {
    names_and_nicknames(article).0
}

/// The names, and the nicknames the text gives (nickname → full name). The
/// panel keeps a nickname as its own entry (as newsrooms and the names gold
/// do); speakers are given by the full name.
pub fn names_and_nicknames(article: &Article) -> (Vec<Name>, Vec<(String, String)>) {
    let tokenized = tokenize_all(article);
    let raws = raw_mentions_in(article, &tokenized);
    let nicks = nicknames(article, &tokenized, &raws);
    (fold_with(raws, &[]), nicks)
}

/// Whether `alias`, given in brackets after the person `full`, is a nickname
/// (`Jokowi`, `Ical`, `Gus Dur`) rather than a short form: not the initials
/// of the name (`SBY`) nor words of it (`Rini (Soemarno)`).
fn is_nickname_of(alias: &str, full: &str) -> bool {
    let words = core_words(full);
    let alias_words = core_words(alias);
    alias.chars().any(char::is_lowercase) && !words.iter().any(|w| alias_words.contains(w)) && initials(full) != alias
}

/// Words that introduce a nickname (`kerap dipanggil Buwas`, `akrab disapa
/// Yuri`, `alias Cak Imin`).
const NICKNAME_CUES: &[&str] = &["dipanggil", "disapa", "dijuluki", "alias"];

/// Whether `w` (any case) is one of `NICKNAME_CUES`. (Asked of every word:
/// a word that is not five letters or more and begins other than the cues
/// do is passed over at once, without a loop over the cues.)
fn is_nickname_cue(w: &str) -> bool {
    w.len() >= 5
        && w.as_bytes().first().is_some_and(|&b| matches!(b | 0x20, b'd' | b'a'))
        && NICKNAME_CUES.iter().any(|c| w.eq_ignore_ascii_case(c))
}

/// Nicknames given in the text, with the person they name: the most recent
/// person mention before the cue (in that paragraph or the one before).
fn nicknames(article: &Article, tokenized: &[Vec<Tok<'_>>], raws: &[Raw<'_>]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (pi, (para, toks)) in article.paragraphs.iter().zip(tokenized).enumerate() {
        for (k, t) in toks.iter().enumerate() {
            if !is_nickname_cue(t.text) {
                continue;
            }
            let Some(nick) = toks.get(k + 1).filter(|n| n.cap && !n.title()) else { continue };
            // `Cak Imin`: an honorific-like first word and one more name word.
            let end = toks.get(k + 2).filter(|n| n.cap && one_space(&para.text, nick, n) && !n.common()).map_or(nick.end, |n| n.end);
            let nick_text = para.text.get(nick.start..end).unwrap_or("").to_owned();
            // Raw mentions are in reading order: look back from the cue.
            let before = raws.partition_point(|r| (r.paragraph, r.start) < (pi, t.start));
            let person = raws
                .get(..before)
                .unwrap_or_default()
                .iter()
                .rev()
                .take_while(|r| r.paragraph + 1 >= pi)
                .filter(|r| r.kind == NameKind::Person && core_words(r.text).len() >= 2)
                .find(|r| (r.paragraph == pi && r.end <= t.start) || (r.paragraph + 1 == pi))
                .map(|r| r.text.to_owned());
            if let Some(full) = person
                && full != nick_text
            {
                out.push((nick_text, full));
            }
        }
    }
    // A nickname in brackets after a person's name (`Aburizal Bakrie (Ical)`).
    for r in raws {
        if r.kind == NameKind::Person
            && let Some(a) = r.alias
            && is_nickname_of(a, r.text)
            && !out.iter().any(|(n, _)| n == a)
        {
            out.push((a.to_owned(), r.text.to_owned()));
        }
    }
    // `Jokowi` for Joko Widodo, `Buwas` for Budi Waseso: a one-word name made
    // of the start of exactly one person's first name and of a later one.
    // The letters of the name outweigh the nearest mention before a cue
    // (`… Presiden Joko Widodo … pria yang kerap dipanggil Buwas`).
    // (the contraction begins like the full name: look only at those, by
    // their first two letters in lowercase)
    type Start = (Option<char>, Option<char>);
    let start_of = |s: &str| -> Start {
        let mut lower = s.chars().take(2).flat_map(char::to_lowercase);
        (lower.next(), lower.next())
    };
    let mut fulls: Vec<(Start, &str)> = raws
        .iter()
        .filter(|r| r.kind == NameKind::Person && r.text.split(' ').filter(|w| !w.is_empty()).nth(1).is_some())
        .map(|r| (start_of(r.text), r.text))
        .collect();
    fulls.sort_unstable();
    fulls.dedup();
    // Each full name's words in lowercase, worked out once, when first needed.
    let lowered: Vec<std::cell::OnceCell<Vec<Vec<char>>>> = fulls.iter().map(|_| std::cell::OnceCell::new()).collect();
    let lowered_at = |i: usize| {
        lowered.get(i).map(|cell| {
            cell.get_or_init(|| fulls.get(i).map(|(_, f)| core_words(f).iter().map(|w| lower_chars(w)).collect()).unwrap_or_default())
        })
    };
    let mut singles: Vec<&str> = raws.iter().filter(|r| !r.text.contains(' ')).map(|r| r.text).collect();
    singles.sort_unstable();
    singles.dedup();
    for t in singles {
        let key = start_of(t);
        let from = fulls.partition_point(|(k, _)| *k < key);
        let to = fulls.partition_point(|(k, _)| *k <= key);
        // (most words begin no full name: nothing to lower)
        if from == to {
            continue;
        }
        let nick = lower_chars(t);
        if nick.len() < 4 {
            continue;
        }
        let mut found = (from..to).filter(|&i| lowered_at(i).is_some_and(|full| contracts(&nick, full)));
        if let (Some(only), None) = (found.next(), found.next())
            && let Some((_, full)) = fulls.get(only)
        {
            out.retain(|(n, _)| n != t);
            out.push((t.to_owned(), (*full).to_owned()));
        }
    }
    out
}

/// The characters of `w` in lowercase.
fn lower_chars(w: &str) -> Vec<char> {
    w.to_lowercase().chars().collect()
}

#[cfg(test)]
mod tests;
