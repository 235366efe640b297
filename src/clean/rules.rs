//! The boilerplate rule table. Rules are data: a kind, a scope and a regular
//! expression. Users add their own (config `[[rules]]`) to the same table.
//!
//! Scopes:
//! - `Paragraph`: the pattern must cover the whole (trimmed) paragraph.
//! - `Inline`: every match is removed wherever it stands; if the pattern has a
//!   group named `cut`, only that group is removed (a poor man's look-ahead).
//! - `Marker`: a related-links marker (`Baca juga:`); the marker and the
//!   headlines glued after it are removed, the sentence after them is kept.
//! - `Label`: a credit label (`Editor:`); the label and the name after it are
//!   removed, when it starts a paragraph or the paragraph's tail is all labels.
//!
//! `split`: an occurrence in the middle of a paragraph, right after a sentence
//! end, a glued word, or a closing mark, starts a new paragraph first, so that
//! `...kata dia.Ikuti berita menarik...` is handled like a line of its own.

use super::pattern::{Groups, Pattern};
use super::{load8, trim};
use crate::article::BoilerKind;
use regex::Regex;
use smallvec::SmallVec;

/// How a rule's matches are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Paragraph,
    Inline,
    Marker,
    Label,
}

/// One row of the rule table, as written.
#[derive(Debug, Clone, Copy)]
pub struct RuleSpec {
    pub kind: BoilerKind,
    pub scope: Scope,
    pub split: bool,
    pub pattern: &'static str,
}

const fn r(kind: BoilerKind, scope: Scope, split: bool, pattern: &'static str) -> RuleSpec {
    RuleSpec { kind, scope, split, pattern }
}

use BoilerKind as K;
use Scope as S;

/// Name-like value after a credit label: capitalised words, initials, slashes.
pub(crate) const NAME: &str = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]*(?:(?:\s|/|\s/\s?)[A-ZÀ-ÖØ-Þ(][A-Za-zÀ-ÖØ-öø-ÿ.'’()-]*){0,7}";

/// The built-in rules, in the order they are tried. Each describes a pattern
/// seen across sites, never one article.
pub const BUILTIN: &[RuleSpec] = &[
    // related: inline links to other articles and video teasers
    r(K::Related, S::Inline, false, r"\((?:Baca|BACA|Lihat|LIHAT)(?: [Jj]uga| JUGA)?\s*:[^)\n]{1,240}\)"),
    r(K::Related, S::Marker, true, r"(?:Baca|BACA) ?(?:[Jj]uga|JUGA)(?:\s*:)?"),
    r(
        K::Related,
        S::Marker,
        true,
        r"(?:Lihat|Simak|Tonton|Saksikan|LIHAT|SIMAK|TONTON)(?: [Jj]uga| JUGA)? (?:[Vv]ideo|VIDEO)(?: [Pp]ilihan)?(?: [Bb]erikut(?: [Ii]ni)?)?\s*:?",
    ),
    r(K::Related, S::Marker, true, r"(?:Lihat|Simak) (?:[Jj]uga|JUGA)\s*:"),
    r(K::Related, S::Marker, true, r"(?:Artikel|Berita|Baca) (?:[Tt]erkait|[Ll]ainnya)\s*:"),
    r(K::Related, S::Paragraph, false, r"(?:Artikel|Berita) (?:[Tt]erkait|[Ll]ainnya|[Pp]ilihan)|(?:Baca|Lihat|Simak) [Jj]uga"),
    // ad: slots and widget markers
    r(K::Ad, S::Inline, false, r"SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT|\[Gambas:[^\]\n]{0,80}\]"),
    r(K::Ad, S::Inline, false, r"Saksikan ?Live ?[Dd]etik[0-9_A-Za-zÀ-ÖØ-öø-ÿ]*\s*:?"),
    r(K::Ad, S::Paragraph, false, r"(?:Advertisement|Iklan|IKLAN|Sponsored|Konten Sponsor|Konten Bersponsor)"),
    // promo: calls to follow, subscribe, download, join
    r(
        K::Promo,
        S::Paragraph,
        true,
        r"(?:Ikuti|Follow|Simak|Dapatkan) (?:berita|update|informasi|artikel|kabar)[^\n]*(?:Google News|WhatsApp|Telegram|Instagram|Twitter|TikTok|YouTube|[Cc]hannel|[Aa]plikasi)[^\n]*",
    ),
    r(K::Promo, S::Paragraph, true, r"Cek [Bb]erita dan [Aa]rtikel (?:yang )?lain(?:nya)? di Google ?News\.?"),
    r(
        K::Promo,
        S::Paragraph,
        false,
        r"(?:Ayo|Yuk|Mari|Dapatkan|Jangan lupa)[,!]? [^\n]*(?:berlangganan|bergabung|gabung|subscribe|follow|unduh|download|install|klik)[^\n]*",
    ),
    r(
        K::Promo,
        S::Paragraph,
        false,
        r"(?:Jangan sampai ketinggalan|[Bb]erlangganan|Langganan|Daftar(?:kan)?)[^\n]*(?:newsletter|[Nn]ewsletter|berita terkini)[^\n]*",
    ),
    r(K::Promo, S::Paragraph, false, r"Yuk,? [Ss]imak [Jj]uga [Vv]ideo[^\n]*|Caranya,? klik[^\n]*|Klik (?:di ?sini|link)[^\n]*"),
    // nav: pagination
    r(
        K::Nav,
        S::Paragraph,
        true,
        r"(?:Simak|Baca|Lihat)(?: berita)? [Ss]elengkapnya di halaman (?:selanjutnya|berikut(?:nya)?)[^0-9_A-Za-zÀ-ÖØ-öø-ÿ]*",
    ),
    r(K::Nav, S::Paragraph, false, r"Halaman(?: [0-9]+)+(?: Selanjutnya)?|Selanjutnya|Sebelumnya|Daftar Isi|NEXT\s*:[^\n]{0,200}"),
    // credit: authors, editors, sources, copyright, initials, syndication notes
    r(K::Credit, S::Inline, false, r"\((?:Penulis|Editor|Reporter|Pewarta|Sumber)\s*:[^)\n]{1,160}\)"),
    r(
        K::Credit,
        S::Label,
        true,
        r"(?:Pewarta|Editor|Reporter|Penulis|Sumber|Fotografer|Redaktur|Kontributor|Penerjemah|Penyunting|Oleh|Videografer|Produser)\s*[:·]",
    ),
    r(
        K::Credit,
        S::Paragraph,
        true,
        r"(?:COPYRIGHT|Copyright|copyright|Hak [Cc]ipta)\s*(?:©|\([Cc]\))?\s*(?:\S[^\n]{0,79})?|©\s*(?:\S[^\n]{0,79})?",
    ),
    r(
        K::Credit,
        S::Paragraph,
        true,
        r"Artikel ini (?:telah )?(?:tayang|terbit|dimuat|pertama kali (?:terbit|tayang|dimuat)|sudah (?:tayang|terbit))[^\n]*",
    ),
    r(K::Credit, S::Paragraph, true, r"(?:Diadaptasi|Diterjemahkan|Disadur) (?:oleh|dari) [^\n]{1,80}"),
    r(K::Credit, S::Paragraph, false, r"Laporan (?:[Ww]artawan |[Rr]eporter |[Kk]ontributor )?[^|\n]{1,80}\|\s*[^\n]{1,40}"),
    r(K::Credit, S::Inline, false, r"(?P<cut>\((?:[a-z]{2,5}(?:/[a-z]{2,8})*|[a-z]{2,5}/[A-Za-z]{2,10}|\*+|[A-Z]{1,3}[0-9]{1,3})\))\s*$"),
    r(K::Credit, S::Paragraph, false, r"\((?:[A-Z0-9-]+(?:\.[A-Za-z]+)+|ANTARA|Antara|ANTARA FOTO)\s*/[^)\n]{1,80}\)"),
    // caption: photo captions and their credits, image widget words
    r(K::Caption, S::Paragraph, false, r"[^\n]*Perbesar"),
    r(K::Caption, S::Paragraph, false, r"[^\n]*\((?:[A-Za-z0-9-]+(?:\.[A-Za-z]+)+|ANTARA|Antara|ANTARA FOTO|[Dd]ok\.?|HO)\s*/[^)\n]+\)\.?"),
    r(K::Caption, S::Paragraph, false, r"[^\n]*(?:Foto|FOTO|Ilustrasi|ILUSTRASI)\s*:\s*[^\n]{1,60}"),
    r(K::Caption, S::Paragraph, false, r"[A-Z][0-9_A-Za-zÀ-ÖØ-öø-ÿ-]*\.(?:com|COM|id|co\.id)\s*/\s*[A-ZÀ-ÖØ-Þ][^\n]*"),
    r(K::Caption, S::Inline, false, r"\((?:REUTERS|Reuters|AFP|AP|EPA|XINHUA|Xinhua|Getty Images|Shutterstock) ?/ ?[A-Z][^()\n]{1,60}\)"),
    // other: a line that is only the publication date and time
    r(
        K::Other,
        S::Paragraph,
        false,
        r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),? [0-9]{1,2}(?:/[0-9]{1,2}/| [A-Z][a-z]{2,8} )[0-9]{2,4}(?:,? (?:[0-9]{1,2}[:.][0-9]{2})(?: ?(?:WIB|WITA|WIT))?)?",
    ),
    // contact lines of the newsroom and its advertising desk
    r(
        K::Credit,
        S::Paragraph,
        false,
        r"(?:Redaksi|Kontak|Hubungi|hubungi|Email|E-mail|Surel) ?: ?[A-Za-z0-9._+-]+(?:@|\[at\])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    ),
    r(K::Ad, S::Paragraph, false, r"(?:Informasi )?[Pp]emasangan [Ii]klan[^\n]{0,40}"),
    // promo: a newsletter sign-up and its confirmation
    r(K::Promo, S::Paragraph, false, r"[^\n]{0,60}(?:[Ee]-?mail|[Nn]ewsletter)[^\n]{0,60}berlangganan[^\n]{0,40}"),
    // share: share buttons, tag and keyword lines
    r(
        K::Share,
        S::Paragraph,
        false,
        r"(?:Bagikan|BAGIKAN|Share|SHARE)(?: (?:artikel|berita) ini)?[^0-9_A-Za-zÀ-ÖØ-öø-ÿ]*|(?:Tag|Tags|TAG|Topik|TOPIK|Kata [Kk]unci|Keyword)\s*:[^\n]*",
    ),
    // other: paragraphs with no letters or digits at all (in any script) are
    // removed by the cleaner itself, see `clean::apply_rules`.
];

/// What the prefilter looks for, row by row with `BUILTIN`: the output of
/// `required_literals` for each pattern, kept here because working it out is
/// most of a millisecond at every start. A test proves the two agree; when a
/// rule changes, it prints the new row.
const BUILTIN_LITERALS: &[&[&str]] = &[
    &["(BACA", "(Baca", "(LIHAT", "(Lihat"],
    &[
        "BACA JUG", "BACA Jug", "BACA jug", "BACAJUGA", "BACAJuga", "BACAjuga", "Baca JUG", "Baca Jug", "Baca jug", "BacaJUGA", "BacaJuga",
        "Bacajuga",
    ],
    &["LIHAT ", "Lihat ", "SIMAK ", "Simak ", "TONTON ", "Tonton ", "Saksikan"],
    &["Lihat JU", "Lihat Ju", "Lihat ju", "Simak JU", "Simak Ju", "Simak ju"],
    &["Artikel ", "Baca Lai", "Baca Ter", "Baca lai", "Baca ter", "Berita L", "Berita T", "Berita l", "Berita t"],
    &[
        "Artikel ", "Baca Jug", "Baca jug", "Berita L", "Berita P", "Berita T", "Berita l", "Berita p", "Berita t", "Lihat Ju", "Lihat ju",
        "Simak Ju", "Simak ju",
    ],
    &["ADVERTIS", "SCROLL T", "[Gambas:"],
    &["Saksikan"],
    &["IKLAN", "Iklan", "Advertis", "Konten B", "Konten S", "Sponsore"],
    &[
        "Dapatkan", "Follow a", "Follow b", "Follow i", "Follow k", "Follow u", "Ikuti ar", "Ikuti be", "Ikuti in", "Ikuti ka", "Ikuti up",
        "Simak ar", "Simak be", "Simak in", "Simak ka", "Simak up",
    ],
    &["Cek Beri", "Cek beri"],
    &["Ayo ", "Yuk ", "Ayo! ", "Ayo, ", "Mari ", "Yuk! ", "Yuk, ", "Mari! ", "Mari, ", "Dapatkan", "Jangan l"],
    &["Daftar", "Berlangg", "Jangan s", "Langgana", "berlangg"],
    &["Caranya ", "Caranya,", "Klik di ", "Klik dis", "Klik lin", "Yuk Sima", "Yuk sima", "Yuk, Sim", "Yuk, sim"],
    &["Baca Sel", "Baca ber", "Baca sel", "Lihat Se", "Lihat be", "Lihat se", "Simak Se", "Simak be", "Simak se"],
    &["NEXT", "Daftar I", "Halaman ", "Sebelumn", "Selanjut"],
    &["(Editor", "(Sumber", "(Penulis", "(Pewarta", "(Reporte"],
    &[
        "Oleh", "Editor", "Sumber", "Penulis", "Pewarta", "Fotograf", "Kontribu", "Penerjem", "Penyunti", "Produser", "Redaktur",
        "Reporter", "Videogra",
    ],
    &["©", "COPYRIGH", "Copyrigh", "Hak Cipt", "Hak cipt", "copyrigh"],
    &["Artikel "],
    &["Diadapta", "Disadur ", "Diterjem"],
    &["Laporan "],
    &["("],
    &["("],
    &["Perbesar"],
    &[")"],
    &["FOTO", "Foto", "ILUSTRAS", "Ilustras"],
    &[".id", ".COM", ".com"],
    &[
        "(AP/", "(AFP/", "(AP /", "(EPA/", "(AFP /", "(EPA /", "(Getty I", "(REUTERS", "(Reuters", "(Shutter", "(XINHUA ", "(XINHUA/",
        "(Xinhua ", "(Xinhua/",
    ],
    &[
        "Rabu ", "Jumat ", "Kamis ", "Rabu, ", "Sabtu ", "Senin ", "Jum'at ", "Jumat, ", "Kamis, ", "Minggu ", "Sabtu, ", "Selasa ",
        "Senin, ", "Jum'at, ", "Minggu, ", "Selasa, ",
    ],
    &[
        "Email:", "Surel:", "E-mail:", "Email :", "Kontak:", "Surel :", "E-mail :", "Hubungi ", "Hubungi:", "Kontak :", "Redaksi ",
        "Redaksi:", "hubungi ", "hubungi:",
    ],
    &["Informas", "Pemasang", "pemasang"],
    &["Email", "email", "E-mail", "e-mail", "Newslett", "newslett"],
    &["TAG", "Tag", "SHARE", "Share", "TOPIK", "Topik", "BAGIKAN", "Bagikan", "Keyword", "Kata Kun", "Kata kun"],
];

/// Row by row with `BUILTIN`: whether every match of the pattern opens with
/// one of its literals in `BUILTIN_LITERALS` (all its literal prefixes
/// begin with one), so that it is tried only where they occur. Checked by a
/// test like the literal table.
const BUILTIN_OPENS: &[bool] = &[
    true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true,
    true, true, false, false, false, false, true, true, true, true, false, true,
];

/// How a paragraph must begin and end for each built-in rule to apply
/// (`Ends::for_rule` of its pattern; empty: no condition), checked
/// by a test like the literal table: working them out costs ~200 µs of a
/// short article's first clean.
const BUILTIN_ENDS: &[(&[&str], &[&str])] = &[
    (&[], &[]),
    (&[], &[]),
    (&[], &[]),
    (&[], &[]),
    (&[], &[]),
    (&["Arti", "Baca", "Beri", "Liha", "Sima"], &["Juga", "ihan", "juga", "kait", "nnya"]),
    (&[], &[]),
    (&[], &[]),
    (&["Adve", "IKLA", "Ikla", "Kont", "Spon"], &["KLAN", "klan", "ment", "nsor", "ored"]),
    (&["Dapa", "Foll", "Ikut", "Sima"], &[]),
    (&["Cek "], &["News", "ews."]),
    (&["Ayo ", "Ayo!", "Ayo,", "Dapa", "Jang", "Mari", "Yuk ", "Yuk!", "Yuk,"], &[]),
    (&["Berl", "Daft", "Jang", "Lang", "berl"], &[]),
    (&["Cara", "Klik", "Yuk ", "Yuk,"], &[]),
    (&["Baca", "Liha", "Sima"], &[]),
    (&["Daft", "Hala", "NEXT", "Sebe", "Sela"], &[]),
    (&[], &[]),
    (&[], &[]),
    (&["©", "COPY", "Copy", "Hak ", "copy"], &[]),
    (&["Arti"], &[]),
    (&["Diad", "Disa", "Dite"], &[]),
    (&["Lapo"], &[]),
    (&[], &[")"]),
    (&["("], &[")"]),
    (&[], &["esar"]),
    (&[], &[")", ")."]),
    (&[], &[]),
    (&[], &[]),
    (&[], &[]),
    (&["Jum'", "Juma", "Kami", "Ming", "Rabu", "Sabt", "Sela", "Seni"], &[]),
    (&["E-ma", "Emai", "Hubu", "Kont", "Reda", "Sure", "hubu"], &[]),
    (&["Info", "Pema", "pema"], &[]),
    (&[], &[]),
    (&["TAG", "Tag", "BAGI", "Bagi", "Kata", "Keyw", "SHAR", "Shar", "TOPI", "Topi"], &[]),
];

/// A rule ready to use. Its patterns compile on first use (most rules never
/// fire on a given article), light first (see `pattern`); the required
/// literals of every pattern feed the rule set that picks candidates.
#[derive(Debug, Clone)]
pub struct Rule {
    pub kind: BoilerKind,
    pub scope: Scope,
    pub split: bool,
    /// The pattern, unanchored: where it occurs.
    find: Pattern,
    /// For `Paragraph` rules, the pattern anchored to the whole paragraph.
    whole: Option<Pattern>,
    /// For a `Paragraph` rule that opens with `[^\n]*` (any text, then the
    /// rest): how to match it on a paragraph without line breaks, where it
    /// matches exactly when `whole` does (worked out on first use).
    tail: std::sync::OnceLock<Option<Tail>>,
    /// How a paragraph it applies to must begin and end (`Ends::for_rule`;
    /// worked out on first use).
    ends: std::sync::OnceLock<Ends>,
    /// Every match opens with one of the literals the rule set looks for
    /// (`BUILTIN_OPENS`): where they occur is where the pattern is tried.
    opens: bool,
}

/// Literals a (trimmed) paragraph must start with (one of `starts`) and end
/// with (one of `finishes`) for a rule to apply; `None` when the pattern
/// allows anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Ends {
    starts: Option<Vec<String>>,
    finishes: Option<Vec<String>>,
    /// `starts` and `finishes` as (bytes, mask) words over a paragraph's
    /// first and last four bytes (comparing strings calls `memcmp`); `None`
    /// when a literal is longer, or there is no condition.
    words: Option<(Masked, Masked)>,
}

/// Literals of up to four bytes as (bytes, mask) words.
type Masked = Vec<(u32, u32)>;

/// The same requirement in a few short strings: each start cut to its
/// first (each finish to its last) `ENDS_MAX` bytes, and one dropped when a
/// shorter one already covers it (a paragraph that starts with `Ikuti b`
/// starts with `Ikut`).
fn few_ends(lits: Vec<String>, starts: bool) -> Vec<String> {
    const ENDS_MAX: usize = 4;
    let mut cut: Vec<String> = lits
        .iter()
        .filter_map(|l| {
            if starts {
                let end = (0..=ENDS_MAX.min(l.len())).rev().find(|&i| l.is_char_boundary(i))?;
                l.get(..end)
            } else {
                let from = (l.len().saturating_sub(ENDS_MAX)..=l.len()).find(|&i| l.is_char_boundary(i))?;
                l.get(from..)
            }
        })
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    cut.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    cut.dedup();
    let mut kept: Vec<String> = Vec::with_capacity(cut.len());
    for l in cut {
        if !kept.iter().any(|k| if starts { l.starts_with(k.as_str()) } else { l.ends_with(k.as_str()) }) {
            kept.push(l);
        }
    }
    kept
}

impl Ends {
    /// What a rule's match says of the paragraph's ends: for a `Paragraph`
    /// rule how it begins and ends; for another, how it ends when the pattern
    /// is anchored to the end (`…\)\s*$`); else nothing.
    fn for_rule(scope: Scope, pattern: &str) -> Self {
        let Ok(hir) = regex_syntax::Parser::new().parse(pattern) else { return Self::default() };
        if scope == Scope::Paragraph {
            return Self::of(&hir);
        }
        match end_anchored(&hir) {
            Some(body) => Self::new(None, Self::of(&body).finishes),
            None => Self::default(),
        }
    }

    fn of(hir: &regex_syntax::hir::Hir) -> Self {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let side = |kind: ExtractKind| {
            let mut ex = Extractor::new();
            ex.kind(kind);
            let seq = ex.extract(hir);
            let lits = seq.literals()?;
            // An empty literal (an optional start) allows anything.
            let strings: Vec<String> = lits.iter().filter_map(|l| String::from_utf8(l.as_bytes().to_vec()).ok()).collect();
            (strings.len() == lits.len() && strings.iter().all(|s| !s.is_empty())).then_some(strings)
        };
        Self::new(side(ExtractKind::Prefix).map(|v| few_ends(v, true)), side(ExtractKind::Suffix).map(|v| few_ends(v, false)))
    }

    fn new(starts: Option<Vec<String>>, finishes: Option<Vec<String>>) -> Self {
        let pack = |side: &Option<Vec<String>>, at_start: bool| -> Option<Masked> {
            let Some(lits) = side else { return Some(Vec::new()) };
            lits.iter()
                .map(|l| {
                    let n = l.len();
                    if n > 4 {
                        return None;
                    }
                    let mut buf = [0u8; 4];
                    let at = if at_start { 0 } else { 4 - n };
                    buf.get_mut(at..at + n)?.copy_from_slice(l.as_bytes());
                    let mask = if n == 0 {
                        0
                    } else if at_start {
                        u32::MAX >> (32 - 8 * n)
                    } else {
                        u32::MAX << (32 - 8 * n)
                    };
                    Some((u32::from_le_bytes(buf), mask))
                })
                .collect()
        };
        let any = starts.is_some() || finishes.is_some();
        let words = pack(&starts, true).zip(pack(&finishes, false)).filter(|_| any);
        Self { starts, finishes, words }
    }

    fn from_table(starts: &[&str], finishes: &[&str]) -> Self {
        let side = |v: &[&str]| (!v.is_empty()).then(|| v.iter().map(|l| (*l).to_owned()).collect());
        Self::new(side(starts), side(finishes))
    }

    /// Whether it says anything at all.
    fn any(&self) -> bool {
        self.starts.is_some() || self.finishes.is_some()
    }

    fn allow(&self, p: &str) -> bool {
        if let Some((starts, finishes)) = &self.words {
            // (past either end the words hold zeros, which no literal has)
            let b = p.as_bytes();
            let word = |from: usize| {
                let mut buf = [0u8; 4];
                for (d, s) in buf.iter_mut().zip(b.get(from..).unwrap_or_default()) {
                    *d = *s;
                }
                u32::from_le_bytes(buf)
            };
            let head = b.first_chunk::<4>().map_or_else(|| word(0), |w| u32::from_le_bytes(*w));
            // (a text of under four bytes moved to the top of the word)
            let short_tail = || word(0).checked_shl(8 * (4 - b.len().min(4)) as u32).unwrap_or(0);
            let tail = b.last_chunk::<4>().map_or_else(short_tail, |w| u32::from_le_bytes(*w));
            return (self.starts.is_none() || starts.iter().any(|&(w, m)| head & m == w))
                && (self.finishes.is_none() || finishes.iter().any(|&(w, m)| tail & m == w));
        }
        self.starts.as_ref().is_none_or(|v| v.iter().any(|l| p.starts_with(l.as_str())))
            && self.finishes.as_ref().is_none_or(|v| v.iter().any(|l| p.ends_with(l.as_str())))
    }
}

/// For each byte, the rules of `always` (the first 64, as bits) that may
/// apply to a paragraph beginning (first table) or ending (second) with it.
fn end_bytes(rules: &[Rule], always: &[usize]) -> (Box<[u64; 256]>, Box<[u64; 256]>) {
    let mut first = Box::new([0u64; 256]);
    let mut last = Box::new([0u64; 256]);
    for (k, rule) in always.iter().take(64).enumerate().filter_map(|(k, &i)| Some((k, rules.get(i)?))) {
        let ends = rule.ends();
        for (table, side, at_start) in [(&mut first, &ends.starts, true), (&mut last, &ends.finishes, false)] {
            match side {
                None => table.iter_mut().for_each(|w| *w |= 1 << k),
                Some(lits) => {
                    for l in lits {
                        let byte = if at_start { l.as_bytes().first() } else { l.as_bytes().last() };
                        if let Some(w) = byte.and_then(|&x| table.get_mut(usize::from(x))) {
                            *w |= 1 << k;
                        }
                    }
                }
            }
        }
    }
    (first, last)
}

/// The part of a pattern anchored to the end of the text before its end,
/// with trailing optional spaces dropped (`X\s*$` gives `X`: a match ends the
/// trimmed paragraph with what `X` ends with); `None` when not so anchored.
fn end_anchored(hir: &regex_syntax::hir::Hir) -> Option<regex_syntax::hir::Hir> {
    use regex_syntax::hir::{Hir, HirKind, Look};
    let HirKind::Concat(parts) = hir.kind() else { return None };
    let (last, mut body) = parts.split_last()?;
    if *last.kind() != HirKind::Look(Look::End) {
        return None;
    }
    let spaces = regex_syntax::Parser::new().parse(r"\s*").ok()?;
    while let Some((l, rest)) = body.split_last()
        && *l == spaces
    {
        body = rest;
    }
    (!body.is_empty()).then(|| Hir::concat(body.to_vec()))
}

/// Whether `pattern` is a sequence opening with `[^\n]*` (a cheap look at
/// its text first: most patterns are never parsed for this).
fn opens_with_any_text(pattern: &str) -> bool {
    use regex_syntax::hir::HirKind;
    const ANY: &str = r"[^\n]*";
    if !pattern.starts_with(ANY) {
        return false;
    }
    let (Ok(hir), Ok(any)) = (regex_syntax::Parser::new().parse(pattern), regex_syntax::Parser::new().parse(ANY)) else { return false };
    matches!(hir.kind(), HirKind::Concat(parts) if parts.first() == Some(&any))
}

/// A `Paragraph` rule `[^\n]*X` on a paragraph without line breaks: it
/// matches when X matches a tail of the paragraph.
#[derive(Debug, Clone)]
enum Tail {
    /// Every match of X opens with one of these bytes (`(` for a photo
    /// credit): `X$` is tried anchored where they stand, from the last, and
    /// each try reads only as far as it must (most paragraphs end in a date
    /// like `(28/11).`, whose `(` turns the try away at once).
    At { rest: Pattern, first: Openers },
    /// `(?:[^\n]*X)$`, which the regex engine checks backwards from the end.
    End(Pattern),
}

/// The bytes a tail's match may open with: one to three (a photo credit's
/// `(`) are found with memchr from the end, more with a table, a byte at a
/// time.
#[derive(Debug, Clone)]
enum Openers {
    One(u8),
    Two(u8, u8),
    Three(u8, u8, u8),
    Many(Box<[bool; 256]>),
}

impl Tail {
    fn of(pattern: &str) -> Option<Self> {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        const ANY: &str = r"[^\n]*";
        if !opens_with_any_text(pattern) {
            return None;
        }
        let end = || Some(Self::End(Pattern::light(format!("(?:{pattern})$"))));
        // (`opens_with_any_text`: the pattern is `[^\n]*` then the rest, in sequence)
        let Some(rest) = pattern.strip_prefix(ANY) else { return end() };
        let Ok(hir) = regex_syntax::Parser::new().parse(rest) else { return end() };
        let mut ex = Extractor::new();
        ex.kind(ExtractKind::Prefix).limit_total(64);
        let Some(prefixes) = ex.extract(&hir).literals().map(<[_]>::to_vec) else { return end() };
        let mut first = Box::new([false; 256]);
        for p in &prefixes {
            // (a match that may be empty, or open with anything, has no first byte to look for)
            let Some(&b) = p.as_bytes().first() else { return end() };
            if let Some(slot) = first.get_mut(usize::from(b)) {
                *slot = true;
            }
        }
        if prefixes.is_empty() {
            return end();
        }
        let bytes: Vec<u8> = (0..=255u8).filter(|&b| first.get(usize::from(b)).copied().unwrap_or(false)).collect();
        let first = match *bytes {
            [x] => Openers::One(x),
            [x, y] => Openers::Two(x, y),
            [x, y, z] => Openers::Three(x, y, z),
            _ => Openers::Many(first),
        };
        Some(Self::At { rest: Pattern::light(format!("(?:{rest})$")), first })
    }

    /// Whether the rule matches all of `p` (which has no line break).
    fn is_match(&self, p: &str) -> bool {
        match self {
            Self::End(re) => re.is_match(p),
            Self::At { rest, first } => {
                let b = p.as_bytes();
                let tried = |i: usize| rest.find_at(p, i).is_some();
                match first {
                    Openers::One(x) => memchr::memrchr_iter(*x, b).any(tried),
                    Openers::Two(x, y) => memchr::memrchr2_iter(*x, *y, b).any(tried),
                    Openers::Three(x, y, z) => memchr::memrchr3_iter(*x, *y, *z, b).any(tried),
                    Openers::Many(table) => (0..b.len())
                        .rev()
                        .filter(|&i| b.get(i).is_some_and(|&x| table.get(usize::from(x)).copied().unwrap_or(false)))
                        .any(tried),
                }
            }
        }
    }
}

/// A rule whose pattern failed to compile.
#[derive(Debug, thiserror::Error)]
#[error("rule /{pattern}/: {err}")]
pub struct RuleError {
    pub pattern: String,
    pub err: regex::Error,
}

/// The rules that may apply to a paragraph (in table order), and where in it
/// the literals start of those whose every match opens with one: (rule,
/// byte), in that order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Candidates {
    pub rules: SmallVec<[usize; 4]>,
    starts: SmallVec<[(usize, usize); 2]>,
}

/// Where the rules' literals occur in a paragraph: (start, end, rule). (A
/// paragraph has a few at most: they are kept inline, not allocated.)
pub type Hits = SmallVec<[(usize, usize, usize); 4]>;

impl Candidates {
    /// Where rule `i`'s literals start, in order.
    pub fn starts_of(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.starts.partition_point(|&(r, _)| r < i);
        self.starts.get(from..).unwrap_or_default().iter().take_while(move |&&(r, _)| r == i).map(|&(_, at)| at)
    }
}

/// What `found` finds at each of `starts` (in order) that is not inside
/// the one before, with where it ends: the matches of a left-to-right search
/// when every match starts at one of `starts`.
fn at_starts<T>(starts: impl Iterator<Item = usize>, mut found: impl FnMut(usize) -> Option<(usize, T)>) -> SmallVec<[T; 2]> {
    let mut out = SmallVec::new();
    let mut end = 0;
    for at in starts {
        if at >= end
            && let Some((to, m)) = found(at)
        {
            end = to.max(at + 1);
            out.push(m);
        }
    }
    out
}

/// A rule table with a literal prefilter: the strings each rule cannot match
/// without (its literal prefixes, else suffixes), found in one pass over a
/// paragraph. A rule that only ever applies to a paragraph's ends (a
/// `Paragraph` rule that does not split, a pattern anchored to the end) is
/// chosen by those ends instead: scanning for `Rabu` or `(` in every
/// paragraph would find them all over the text. Rules with neither are
/// always candidates.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    literals: LiteralScan,
    /// Rules with no literal to look for, or chosen by the paragraph's ends.
    always: Vec<usize>,
    /// Per byte, bit `k`: `always[k]` may apply to a paragraph that begins
    /// (`first`) or ends (`last`) with that byte (rules past 64 may always).
    first: Box<[u64; 256]>,
    last: Box<[u64; 256]>,
}

/// Every occurrence of a few hundred short literals, overlapping ones
/// included. A bit per pair of bytes tells whether some literal can start
/// with that pair (a one-byte literal sets every pair it begins), so most
/// positions cost one load from an 8 KB table, eight positions to a step; at
/// the few that pass, only the literals starting with that pair are compared,
/// as masked 8-byte words. (An automaton walks every byte through a state
/// table far larger.)
#[derive(Debug, Clone)]
struct LiteralScan {
    /// Bit `b0 | b1 << 8`: a literal starts with `b0 b1` (or is `b0`).
    pairs: Box<[u64; 1024]>,
    /// The bits set in `pairs` before each of its words: a pair's rank
    /// among the pairs set, its place in `ranges`.
    rank: Box<[u32; 1024]>,
    /// For each pair set, in order, its range of `by_pair`.
    ranges: Vec<(u32, u32)>,
    /// The literals of two bytes or more grouped by the pair they start with.
    by_pair: Vec<Literal>,
    /// The one-byte literals: (byte, rule).
    singles: Vec<(u8, usize)>,
}

/// A literal of at most 8 bytes as a little-endian word, the mask of its
/// bytes, its length and its rule.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Literal {
    word: u64,
    mask: u64,
    len: usize,
    rule: usize,
}

/// The bytes at `i` and `i + 1` of `b` as a pair key (zero past the end).
fn pair_at(b: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([b.get(i).copied().unwrap_or(0), b.get(i + 1).copied().unwrap_or(0)])
}

impl LiteralScan {
    /// Literals are cut to 8 bytes (every piece of a required literal is
    /// required too; `fewest` already cuts them so).
    fn new(literals: &[(String, usize)]) -> Self {
        let mut keyed: Vec<(u16, Literal)> = Vec::with_capacity(literals.len());
        let mut singles = Vec::new();
        for (l, rule) in literals {
            let Some(b) = l.as_bytes().get(..l.len().min(8)) else { continue };
            let mask = if b.len() == 8 { u64::MAX } else { (1u64 << (8 * b.len())) - 1 };
            match *b {
                [b0] => singles.push((b0, *rule)),
                [b0, b1, ..] => keyed.push((u16::from_le_bytes([b0, b1]), Literal { word: load8(b, 0), mask, len: b.len(), rule: *rule })),
                [] => {}
            }
        }
        keyed.sort();
        keyed.dedup();
        singles.sort_unstable();
        singles.dedup();
        // Every pair a literal starts, with its range of `keyed`; a one-byte
        // literal starts every pair beginning with its byte.
        let mut starts: Vec<(u16, u32, u32)> = Vec::new();
        for (i, (key, _)) in keyed.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            match starts.last_mut() {
                Some(last) if last.0 == *key => last.2 = i + 1,
                _ => starts.push((*key, i, i + 1)),
            }
        }
        for &(b0, _) in &singles {
            starts.extend((0..=255u8).map(|b1| (u16::from_le_bytes([b0, b1]), 0, 0)));
        }
        // (a pair that holds literals and begins with a one-byte one keeps its range)
        starts.sort_by_key(|&(key, from, to)| (key, std::cmp::Reverse(to - from)));
        starts.dedup_by_key(|s| s.0);
        let mut pairs = Box::new([0u64; 1024]);
        for &(key, ..) in &starts {
            if let Some(w) = pairs.get_mut(usize::from(key >> 6)) {
                *w |= 1 << (key & 63);
            }
        }
        let ranges = starts.into_iter().map(|(_, from, to)| (from, to)).collect();
        let mut rank = Box::new([0u32; 1024]);
        let mut before = 0;
        for (r, w) in rank.iter_mut().zip(pairs.iter()) {
            *r = before;
            before += w.count_ones();
        }
        Self { pairs, rank, ranges, by_pair: keyed.into_iter().map(|(_, l)| l).collect(), singles }
    }

    /// Every occurrence as (start, end, rule), by start.
    fn find_all(&self, hay: &str, out: &mut Hits) {
        let b = hay.as_bytes();
        let mut i = 0;
        // Eight positions at a time, without a branch per byte: one bit for
        // each position whose byte pair may start a literal (most blocks
        // have none).
        while let Some(block) = b.get(i..i + 9) {
            let w = load8(block, 0);
            let next = u64::from(block.get(8).copied().unwrap_or(0));
            let mut found = 0u32;
            for k in 0..8 {
                let pair = if k < 7 { w >> (8 * k) } else { (w >> 56) | next << 8 };
                found |= u32::from(self.may_start(pair as u16)) << k;
            }
            while found != 0 {
                self.verify(b, i + found.trailing_zeros() as usize, out);
                found &= found - 1;
            }
            i += 8;
        }
        for j in i..b.len() {
            if self.may_start(pair_at(b, j)) {
                self.verify(b, j, out);
            }
        }
    }

    /// Whether a literal may start with the byte pair `key` (`b0 | b1 << 8`).
    #[inline]
    fn may_start(&self, key: u16) -> bool {
        self.pairs.get(usize::from(key >> 6)).is_some_and(|w| w & (1 << (key & 63)) != 0)
    }

    /// The literals occurring at `i`.
    fn verify(&self, b: &[u8], i: usize, out: &mut Hits) {
        let key = pair_at(b, i);
        let slot = usize::from(key >> 6);
        let (Some(&w), Some(&before)) = (self.pairs.get(slot), self.rank.get(slot)) else { return };
        let below = w & ((1u64 << (key & 63)) - 1);
        let Some(&(from, to)) = self.ranges.get((before + below.count_ones()) as usize) else { return };
        let [b0, _] = key.to_le_bytes();
        for &(_, rule) in self.singles.iter().filter(|s| s.0 == b0) {
            out.push((i, i + 1, rule));
        }
        let here = load8(b, i);
        for l in self.by_pair.get(from as usize..to as usize).unwrap_or_default() {
            // (past the end the word holds zeros; the length check turns those away)
            if here & l.mask == l.word && i + l.len <= b.len() {
                out.push((i, i + l.len, l.rule));
            }
        }
    }
}

/// Paragraph-wide rules only judge paragraphs up to this many bytes:
/// boilerplate lines are short, and a long paragraph is content.
pub const PARAGRAPH_RULE_MAX: usize = 900;

/// Literals one of which must occur wherever `pattern` matches: its literal
/// prefixes, else its literal suffixes, else the prefixes of a later part of
/// a top-level sequence (`[^\n]*(?:Foto|FOTO)\s*:` needs `Foto` or `FOTO`);
/// `None` when there are none worth using.
fn required_literals(pattern: &str) -> Option<Vec<String>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    use regex_syntax::hir::{Hir, HirKind};
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    // Usable: a few literals, each at least `min` bytes (`©` is two).
    let usable = |h: &Hir, kind: ExtractKind, min: usize| -> Option<Vec<String>> {
        let mut ex = Extractor::new();
        // Past 64 literals the extractor shortens them rather than giving
        // up (`Senin, 1` … `Minggu 9` become the day names).
        ex.kind(kind).limit_total(64);
        let seq = ex.extract(h);
        let lits = seq.literals()?;
        let strings: Vec<String> = lits.iter().filter_map(|l| String::from_utf8(l.as_bytes().to_vec()).ok()).collect();
        (!strings.is_empty() && strings.len() == lits.len() && strings.iter().all(|s| s.len() >= min) && strings.len() <= 64)
            .then_some(strings)
    };
    // Longer literals first; a single byte (`(`) still spares most paragraphs a regex.
    for min in [2, 1] {
        for kind in [ExtractKind::Prefix, ExtractKind::Suffix] {
            if let Some(found) = usable(&hir, kind, min) {
                return Some(fewest(found));
            }
        }
        if let HirKind::Concat(parts) = hir.kind()
            && let Some(found) = (1..parts.len()).find_map(|i| usable(&Hir::concat(parts.get(i..)?.to_vec()), ExtractKind::Prefix, min))
        {
            return Some(fewest(found));
        }
    }
    None
}

/// The same requirement in fewer, shorter strings: every piece of a required
/// literal is required too, so each is cut to its first `LITERAL_MAX` bytes,
/// and one that contains another is dropped (`(Baca juga` needs `(Baca`).
/// A smaller automaton builds faster, which is most of warta's start-up.
fn fewest(literals: Vec<String>) -> Vec<String> {
    const LITERAL_MAX: usize = 8;
    let mut cut: Vec<String> = literals
        .into_iter()
        .map(|l| {
            let end = (0..=LITERAL_MAX.min(l.len())).rev().find(|&i| l.is_char_boundary(i)).unwrap_or(0);
            l.get(..end).unwrap_or_default().to_owned()
        })
        .filter(|l| !l.is_empty())
        .collect();
    cut.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    cut.dedup();
    let mut kept: Vec<String> = Vec::with_capacity(cut.len());
    for l in cut {
        if !kept.iter().any(|k| l.contains(k.as_str())) {
            kept.push(l);
        }
    }
    kept
}

impl Rule {
    /// A built-in rule (its pattern is in the subset both engines share).
    pub fn new(kind: BoilerKind, scope: Scope, split: bool, pattern: &str) -> Self {
        let whole = (scope == Scope::Paragraph).then(|| Pattern::light(format!("^(?:{pattern})$")));
        Self {
            kind,
            scope,
            split,
            find: Pattern::light(pattern),
            whole,
            tail: std::sync::OnceLock::new(),
            ends: std::sync::OnceLock::new(),
            opens: false,
        }
    }

    /// A user rule: applied inline, with the full engine from the start.
    pub fn user(kind: BoilerKind, pattern: &str) -> Self {
        Self {
            kind,
            scope: Scope::Inline,
            split: false,
            find: Pattern::full(pattern),
            whole: None,
            tail: std::sync::OnceLock::new(),
            ends: std::sync::OnceLock::new(),
            opens: false,
        }
    }

    /// The pattern as written.
    pub fn pattern(&self) -> &str {
        self.find.as_str()
    }

    /// The pattern as applied: anchored to the whole paragraph for
    /// `Paragraph` rules.
    pub fn re(&self) -> &Pattern {
        self.whole.as_ref().unwrap_or(&self.find)
    }

    /// The pattern unanchored, to find where it occurs.
    pub fn find(&self) -> &Pattern {
        &self.find
    }

    /// Whether a `Paragraph` rule matches the whole of `p` (trimmed): its
    /// literal start and end are checked first, so most paragraphs are
    /// turned away without running the pattern.
    pub fn matches_whole(&self, p: &str) -> bool {
        if self.scope != Scope::Paragraph || !self.ends().allow(p) {
            return false;
        }
        match self.tail() {
            Some(tail) if !p.contains('\n') => tail.is_match(p),
            _ => self.re().is_match(p),
        }
    }

    /// The pattern its tail is matched with, if it has one.
    #[cfg(test)]
    pub(crate) fn tail_pattern(&self) -> Option<&str> {
        self.tail().map(|t| match t {
            Tail::At { rest, .. } => rest.as_str(),
            Tail::End(re) => re.as_str(),
        })
    }

    fn tail(&self) -> Option<&Tail> {
        self.tail.get_or_init(|| (self.scope == Scope::Paragraph).then(|| Tail::of(self.pattern())).flatten()).as_ref()
    }

    fn ends(&self) -> &Ends {
        self.ends.get_or_init(|| Ends::for_rule(self.scope, self.pattern()))
    }

    /// Whether the rule may apply to the trimmed paragraph `p` as far as its
    /// length and ends tell: a `Paragraph` rule judges paragraphs up to
    /// `PARAGRAPH_RULE_MAX` bytes that begin and end as its matches do.
    fn may_apply(&self, p: &str) -> bool {
        (self.scope != Scope::Paragraph || p.len() <= PARAGRAPH_RULE_MAX) && self.ends().allow(p)
    }
}

impl RuleSet {
    fn from_rules(mut rules: Vec<Rule>) -> Self {
        let mut literals: Vec<(String, usize)> = Vec::new();
        let mut always = Vec::new();
        for (i, r) in rules.iter_mut().enumerate() {
            if let (Some(spec), Some((starts, finishes))) = (BUILTIN.get(i), BUILTIN_ENDS.get(i))
                && spec.pattern == r.pattern()
            {
                let _ = r.ends.set(Ends::from_table(starts, finishes));
                r.opens = BUILTIN_OPENS.get(i).copied().unwrap_or(false);
            }
            if !r.split && r.ends().any() {
                // (not looked for: no literal tells where it is)
                r.opens = false;
                always.push(i);
                continue;
            }
            let known = match (BUILTIN.get(i), BUILTIN_LITERALS.get(i)) {
                (Some(spec), Some(row)) if spec.pattern == r.pattern() => {
                    Some((!row.is_empty()).then(|| row.iter().map(|l| (*l).to_owned()).collect()))
                }
                _ => None,
            };
            match known.unwrap_or_else(|| required_literals(r.pattern())) {
                Some(lits) => literals.extend(lits.into_iter().map(|l| (l, i))),
                None => {
                    r.opens = false;
                    always.push(i);
                }
            }
        }
        let (first, last) = end_bytes(&rules, &always);
        Self { rules, literals: LiteralScan::new(&literals), always, first, last }
    }

    /// Rules that may apply to `p` (trimmed).
    pub fn candidates(&self, p: &str) -> Candidates {
        self.candidates_within(p, &self.hits(p), 0..p.len())
    }

    /// The `split` rules whose literals are among `hits`, in table order:
    /// those that may start a new paragraph inside the text.
    pub fn split_candidates(&self, hits: &[(usize, usize, usize)]) -> SmallVec<[usize; 4]> {
        let mut out: SmallVec<[usize; 4]> =
            hits.iter().map(|&(_, _, rule)| rule).filter(|&i| self.rules.get(i).is_some_and(|r| r.split)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Where the rules' required literals occur in `p`: (start, end, rule).
    pub fn hits(&self, p: &str) -> Hits {
        let mut out = Hits::new();
        self.literals.find_all(p, &mut out);
        out
    }

    /// Rules that may apply to the piece `p[range]` (trimmed), given `p`'s
    /// literal `hits`: a literal found in `p` inside the range is found in
    /// the piece, and the piece's length and ends must suit the rule.
    pub fn candidates_within(&self, p: &str, hits: &[(usize, usize, usize)], range: std::ops::Range<usize>) -> Candidates {
        let untrimmed = p.get(range.clone()).unwrap_or("");
        let piece = trim(untrimmed);
        // (where the trimmed piece starts in `p`)
        let base = range.start + if piece.len() == untrimmed.len() { 0 } else { untrimmed.len() - untrimmed.trim_start().len() };
        let may = |i: usize| self.rules.get(i).is_some_and(|r| r.may_apply(piece));
        let inside = hits.iter().filter(|&&(s, e, _)| s >= base && e <= base + piece.len());
        let mut out: SmallVec<[usize; 4]> = inside.clone().map(|&(_, _, rule)| rule).collect();
        out.sort_unstable();
        out.dedup();
        out.retain(|i| may(*i));
        let opens = |i: usize| self.rules.get(i).is_some_and(|r| r.opens);
        let mut starts: SmallVec<[(usize, usize); 2]> =
            inside.filter(|&&(_, _, rule)| opens(rule) && out.binary_search(&rule).is_ok()).map(|&(s, _, rule)| (rule, s - base)).collect();
        starts.sort_unstable();
        starts.dedup();
        let b = piece.as_bytes();
        let (Some(&b0), Some(&bn)) = (b.first(), b.last()) else { return Candidates { rules: out, starts } };
        let ends = self.first.get(usize::from(b0)).copied().unwrap_or(0) & self.last.get(usize::from(bn)).copied().unwrap_or(0);
        let before = out.len();
        for (k, &i) in self.always.iter().enumerate() {
            if (k >= 64 || ends & (1 << k) != 0) && may(i) {
                out.push(i);
            }
        }
        if out.len() > before {
            out.sort_unstable();
            out.dedup();
        }
        Candidates { rules: out, starts }
    }

    /// Every match of rule `i` in `p`, left to right, not overlapping (as
    /// `Pattern::find_all` finds them). When each match opens with one of
    /// the rule's literals and `starts` tells where those are in `p` (in
    /// order), the pattern is tried there only, anchored: it reads no more
    /// than the matches, and no match is looked for backwards from its end.
    pub fn matches(&self, i: usize, p: &str, starts: Option<impl Iterator<Item = usize>>) -> SmallVec<[std::ops::Range<usize>; 2]> {
        let Some(rule) = self.rules.get(i) else { return SmallVec::new() };
        let Some(starts) = starts.filter(|_| rule.opens) else { return SmallVec::from_vec(rule.find.find_all(p)) };
        at_starts(starts, |at| rule.find.find_at(p, at).map(|m| (m.end, m)))
    }

    /// `matches` as their `names` groups (as `Pattern::captures_all`).
    pub fn captures(&self, i: usize, p: &str, starts: Option<impl Iterator<Item = usize>>, names: &[&str]) -> SmallVec<[Groups; 2]> {
        let Some(rule) = self.rules.get(i) else { return SmallVec::new() };
        let Some(starts) = starts.filter(|_| rule.opens) else { return SmallVec::from_vec(rule.find.captures_all(p, names)) };
        at_starts(starts, |at| rule.find.captures_at(p, at, names).map(|g| (g.whole.end, g)))
    }

    /// The built-in table plus `extra` user rules (added as `Inline` rules,
    /// tried after the built-in ones). User patterns are compiled now, so a
    /// bad one is reported at once.
    pub fn with_extra(extra: &[(String, BoilerKind)]) -> Result<Self, RuleError> {
        let mut rules = Vec::with_capacity(BUILTIN.len() + extra.len());
        for spec in BUILTIN {
            rules.push(Rule::new(spec.kind, spec.scope, spec.split, spec.pattern));
        }
        for (pattern, kind) in extra {
            Regex::new(pattern).map_err(|err| RuleError { pattern: pattern.clone(), err })?;
            rules.push(Rule::user(*kind, pattern));
        }
        Ok(Self::from_rules(rules))
    }

    /// The built-in table.
    pub fn builtin() -> &'static RuleSet {
        static SET: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| {
            // The built-in patterns are covered by tests; should one ever fail,
            // warta still runs with the rules that did.
            let rules: Vec<Rule> = BUILTIN.iter().map(|s| Rule::new(s.kind, s.scope, s.split, s.pattern)).collect();
            RuleSet::from_rules(rules)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_builtin_rule_compiles() {
        for spec in BUILTIN {
            let r = Rule::new(spec.kind, spec.scope, spec.split, spec.pattern);
            assert!(r.re().compiles() && r.find().compiles(), "{}", spec.pattern);
        }
        assert_eq!(RuleSet::builtin().rules.len(), BUILTIN.len());
    }

    #[test]
    fn literal_prefilter_finds_the_rules_that_can_apply() {
        let set = RuleSet::builtin();
        let names = |p: &str| set.candidates(p).rules.into_iter().map(|i| set.rules[i].pattern().to_owned()).collect::<Vec<_>>();
        assert!(names("Kalimat biasa. Baca juga: Judul").iter().any(|p| p.contains("Baca|BACA) ?")));
        assert!(names("Foto bersama warga Perbesar").iter().any(|p| p.contains("Perbesar")));
        assert!(!names("Kalimat biasa tanpa apa-apa.").iter().any(|p| p.contains("Perbesar")));
        let mut lits = required_literals("Baca|BACA").unwrap();
        lits.sort();
        assert_eq!(lits, ["BACA", "Baca"]);
        assert_eq!(required_literals(r"[^\n]*Perbesar"), Some(vec!["Perbesar".to_owned()]));
        assert_eq!(required_literals(r"[^\p{L}]+"), None);
        assert_eq!(required_literals(r"[a-z]+\s*$"), None);
        // Inside a sequence, and one character of two bytes.
        let mut inner = required_literals(r"[^\n]*(?:Foto|FOTO)\s*:\s*[^\n]{1,60}").unwrap();
        inner.sort();
        assert_eq!(inner, ["FOTO", "Foto"]);
        assert_eq!(required_literals(r"©\s*[^\n]{0,80}"), Some(vec!["©".to_owned()]));
        assert_eq!(required_literals(r"[^\n]*\(x"), Some(vec!["(x".to_owned()]));
        assert_eq!(required_literals(r"[^\n]*\([a-z]"), Some(vec!["(".to_owned()]));
    }

    /// The scan finds what an Aho-Corasick automaton finds in overlapping
    /// mode: every occurrence of every literal (one byte, eight, past eight,
    /// at the very end, inside another).
    fn same_as_automaton(literals: &[(String, usize)], hay: &str) -> Result<(), TestCaseError> {
        let scan = LiteralScan::new(literals);
        let mut got = Hits::new();
        scan.find_all(hay, &mut got);
        got.sort_unstable();
        let cut: Vec<&[u8]> = literals.iter().map(|(l, _)| l.as_bytes().get(..l.len().min(8)).unwrap_or_default()).collect();
        let ac = aho_corasick::AhoCorasick::new(&cut).unwrap();
        let mut want: Vec<(usize, usize, usize)> =
            ac.find_overlapping_iter(hay).map(|m| (m.start(), m.end(), literals[m.pattern().as_usize()].1)).collect();
        want.sort_unstable();
        want.dedup();
        prop_assert_eq!(got.into_vec(), want, "{:?}", hay);
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(crate::testing::proptest_config(200))]

        #[test]
        fn the_literal_scan_finds_every_occurrence(
            hay in "[(). ©éBbacj1-]{0,40}",
            lits in proptest::collection::vec(("[(). ©éBbacj1-]{1,10}", 0usize..5), 1..12),
        ) {
            same_as_automaton(&lits, &hay)?;
        }
    }

    #[test]
    fn the_builtin_literals_are_found_as_an_automaton_finds_them() {
        let literals: Vec<(String, usize)> =
            BUILTIN_LITERALS.iter().enumerate().flat_map(|(i, row)| row.iter().map(move |l| ((*l).to_owned(), i))).collect();
        for hay in [
            "JAKARTA, KOMPAS.com - Baca juga: (BACA JUGA: Foto) ©2024 kompas.com Email: a@b.id",
            "Simak Juga Video (Lihat Selengkapnya) pemasangan iklan, berlangganan newsletter hubungi: x (AP/Foto)",
            "(",
            "Baca",
            "",
        ] {
            same_as_automaton(&literals, hay).unwrap();
        }
    }

    #[test]
    fn the_ends_table_matches_the_patterns() {
        let worked_out: Vec<Ends> = BUILTIN.iter().map(|spec| Ends::for_rule(spec.scope, spec.pattern)).collect();
        let table: Vec<Ends> = BUILTIN_ENDS.iter().map(|(s, f)| Ends::from_table(s, f)).collect();
        if worked_out != table {
            let rows: String = worked_out
                .iter()
                .map(|e| format!("    (&{:?}, &{:?}),\n", e.starts.clone().unwrap_or_default(), e.finishes.clone().unwrap_or_default()))
                .collect();
            panic!("BUILTIN_ENDS is out of date; it should read:\n{rows}");
        }
    }

    proptest::proptest! {
        #![proptest_config(crate::testing::proptest_config(300))]

        /// Ends compared as words agree with ends compared as strings.
        #[test]
        fn ends_compared_as_words_agree_with_strings(
            p in "[ab©é.)]{0,6}",
            starts in proptest::collection::vec("[ab©é.)]{1,2}", 0..3),
            finishes in proptest::collection::vec("[ab©é.)]{1,2}", 0..3),
            no_starts in proptest::bool::ANY,
        ) {
            let starts = (!no_starts).then_some(starts);
            let finishes = (!finishes.is_empty()).then_some(finishes);
            let quick = Ends::new(starts.clone(), finishes.clone());
            prop_assume!(quick.words.is_some());
            let slow = Ends { words: None, ..quick.clone() };
            prop_assert_eq!(quick.allow(&p), slow.allow(&p), "{:?} {:?} {:?}", p, starts, finishes);
        }
    }

    #[test]
    fn a_rule_opening_with_any_text_is_checked_from_the_end_alike() {
        assert!(opens_with_any_text(r"[^\n]*Perbesar"));
        // (an alternative of its own is not opened by it)
        assert!(!opens_with_any_text(r"[^\n]*Perbesar|Foto"));
        assert!(!opens_with_any_text(r"[^\n]{0,60}x"));
        let texts = [
            "Warga menonton (ANTARA/Budi)",
            "Warga menonton (ANTARA/Budi).",
            "Warga (ANTARA/Budi) menonton",
            "(Dok/HO) Perbesar",
            "Foto: Budi",
            "Foto bersama. Ilustrasi: Andi",
            "Tidak ada apa-apa di sini.",
            "",
        ];
        let mut tested = 0;
        for spec in BUILTIN.iter().filter(|s| s.scope == Scope::Paragraph) {
            let rule = Rule::new(spec.kind, spec.scope, spec.split, spec.pattern);
            if rule.tail().is_none() {
                continue;
            }
            tested += 1;
            for t in texts {
                let whole = rule.ends().allow(t) && rule.re().is_match(t);
                assert_eq!(rule.matches_whole(t), whole, "{} on {t:?}", spec.pattern);
            }
        }
        assert!(tested >= 3);
    }

    #[test]
    fn the_literal_table_matches_the_patterns() {
        let worked_out: Vec<Vec<String>> = BUILTIN.iter().map(|spec| required_literals(spec.pattern).unwrap_or_default()).collect();
        let table: Vec<Vec<String>> = BUILTIN_LITERALS.iter().map(|row| row.iter().map(|l| (*l).to_owned()).collect()).collect();
        if worked_out != table {
            let rows: String = worked_out.iter().map(|r| format!("    &{r:?},\n")).collect();
            panic!("BUILTIN_LITERALS is out of date; it should read:\n{rows}");
        }
    }

    /// Whether every match of `pattern` opens with one of `lits`: each of
    /// its literal prefixes begins with one of them.
    fn opens_with(pattern: &str, lits: &[&str]) -> bool {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
        let mut ex = Extractor::new();
        ex.kind(ExtractKind::Prefix).limit_total(64);
        let Some(prefixes) = ex.extract(&hir).literals().map(<[_]>::to_vec) else { return false };
        !prefixes.is_empty() && prefixes.iter().all(|p| lits.iter().any(|l| p.as_bytes().starts_with(l.as_bytes())))
    }

    #[test]
    fn the_opens_table_matches_the_patterns() {
        let worked_out: Vec<bool> = BUILTIN.iter().zip(BUILTIN_LITERALS).map(|(spec, lits)| opens_with(spec.pattern, lits)).collect();
        assert_eq!(BUILTIN_OPENS, worked_out.as_slice(), "BUILTIN_OPENS is out of date; it should read {worked_out:?}");
        // (the test itself: a pattern that may open with something else)
        assert!(opens_with("(?:Baca|BACA) juga", &["Baca", "BACA"]));
        assert!(!opens_with("(?:Baca|BACA) juga", &["Baca"]));
        assert!(!opens_with("[^\\n]*Perbesar", &["Perbesar"]));
        assert!(!opens_with("x*Baca", &["Baca"]));
    }

    proptest::proptest! {
        #![proptest_config(crate::testing::proptest_config(300))]

        /// A rule that opens with any text matches a paragraph without line
        /// breaks by its tail exactly when it matches the whole paragraph.
        #[test]
        fn a_tail_matches_as_the_whole_paragraph_does(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Warga", " ", "datang", ", Selasa", " (28/11)", ".", "(", ")", "/", " / ", "(ANTARA/HO/Humas)", "(Kompas.com/Budi)",
            "(ANTARA FOTO/Budi", "(Dok. Pribadi/", "(dok/", "HO", "Foto: ", "FOTO:", "Ilustrasi", "Perbesar", "é", "“", "-", "a.b",
        ]), 0..16)) {
            let p: String = parts.concat();
            let set = RuleSet::builtin();
            let mut tails = 0;
            for rule in set.rules.iter().filter(|r| r.scope == Scope::Paragraph) {
                if let Some(tail) = rule.tail() {
                    tails += 1;
                    proptest::prop_assert_eq!(tail.is_match(&p), rule.re().is_match(&p), "/{}/ on {:?}", rule.pattern(), p);
                }
            }
            proptest::prop_assert!(tails >= 3);
        }
    }

    #[test]
    fn tails_are_tried_where_their_first_bytes_stand() {
        let set = RuleSet::builtin();
        let caption = set.rules.iter().find(|r| r.pattern().starts_with(r"[^\n]*\((?:")).and_then(Rule::tail);
        assert!(matches!(caption, Some(Tail::At { .. })));
        assert!(caption.is_some_and(|t| t.is_match("Warga antre di kantor dinas (ANTARA/HO/Humas Pemkot).")));
        assert!(caption.is_some_and(|t| !t.is_match("Warga antre di kantor dinas, Selasa (28/11).")));
        // (a rule whose tail may open with anything is checked from the end)
        assert!(matches!(Tail::of(r"[^\n]*[^x]y"), Some(Tail::End(_))));
        assert!(Tail::of(r"Foto: [^\n]*").is_none());
    }

    /// `matches` and `captures` tried at the literals give what a search of
    /// the whole paragraph gives.
    #[test]
    fn matches_at_the_literals_are_the_matches() {
        let set = RuleSet::builtin();
        assert!(set.rules.iter().filter(|r| r.opens).count() >= 10);
        let mut tested = 0;
        let texts = [
            "Kalimat. Baca juga: Judul satu Baca Juga: Judul dua BACA JUGA Judul tiga. Lihat juga: x",
            "Pewarta: Budi Santoso Editor: Ani Oleh karena itu (Baca juga: Judul) ADVERTISEMENT x",
            "Sumber Sumber: Antara (Penulis: Budi) ©2024 Copyright Kompas Artikel ini telah tayang di X",
            "BacajugaBaca jugaBACAJUGA: Simak Video Pilihan Berikut Ini: (REUTERS/Foto) (AP/Budi Santoso)",
        ];
        for (i, rule) in set.rules.iter().enumerate() {
            for t in texts {
                let known = set.candidates(t);
                let hits = set.hits(t);
                let at_hits = || hits.iter().filter(|h| h.2 == i).map(|h| h.0);
                assert_eq!(set.matches(i, t, Some(at_hits())).into_vec(), rule.find().find_all(t), "{} on {t:?}", rule.pattern());
                assert_eq!(
                    set.captures(i, t, Some(at_hits()), &["cut"]).into_vec(),
                    rule.find().captures_all(t, &["cut"]),
                    "{}",
                    rule.pattern()
                );
                // (a rule's places are kept when it may apply to the text)
                if !known.rules.contains(&i) {
                    continue;
                }
                tested += usize::from(known.starts_of(i).next().is_some());
                assert_eq!(set.matches(i, t, Some(known.starts_of(i))).into_vec(), rule.find().find_all(t), "{} on {t:?}", rule.pattern());
                let caps = set.captures(i, t, Some(known.starts_of(i)), &["cut"]);
                assert_eq!(caps.into_vec(), rule.find().captures_all(t, &["cut"]), "{}", rule.pattern());
            }
        }
        assert!(tested >= 8, "{tested}");
    }

    #[test]
    fn a_bad_user_rule_is_a_clear_error() {
        let err = RuleSet::with_extra(&[("(unclosed".into(), BoilerKind::Ad)]).unwrap_err();
        assert!(err.to_string().contains("(unclosed"), "{err}");
    }
}
