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

use crate::article::BoilerKind;
use regex::Regex;

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
pub(crate) const NAME: &str = r"[\p{Lu}][\p{L}.'’-]*(?:(?:\s|/|\s/\s?)[\p{Lu}(][\p{L}.'’()-]*){0,7}";

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
    r(K::Ad, S::Inline, false, r"Saksikan ?Live ?[Dd]etik\w*\s*:?"),
    r(K::Ad, S::Paragraph, false, r"(?:Advertisement|Iklan|IKLAN|Sponsored|Konten Sponsor|Konten Bersponsor)"),
    // promo: calls to follow, subscribe, download, join
    r(
        K::Promo,
        S::Paragraph,
        true,
        r"(?:Ikuti|Follow|Simak|Dapatkan) (?:berita|update|informasi|artikel|kabar)[^\n]{0,80}(?:Google News|WhatsApp|Telegram|Instagram|Twitter|TikTok|YouTube|[Cc]hannel|[Aa]plikasi)[^\n]{0,120}",
    ),
    r(K::Promo, S::Paragraph, true, r"Cek [Bb]erita dan [Aa]rtikel (?:yang )?lain(?:nya)? di Google ?News\.?"),
    r(
        K::Promo,
        S::Paragraph,
        false,
        r"(?:Ayo|Yuk|Mari|Dapatkan|Jangan lupa)[,!]? [^\n]{0,60}(?:berlangganan|bergabung|gabung|subscribe|follow|unduh|download|install|klik)[^\n]{0,240}",
    ),
    r(
        K::Promo,
        S::Paragraph,
        false,
        r"Yuk,? [Ss]imak [Jj]uga [Vv]ideo[^\n]{0,80}|Caranya,? klik[^\n]{0,200}|Klik (?:di ?sini|link)[^\n]{0,200}",
    ),
    // nav: pagination
    r(K::Nav, S::Paragraph, true, r"(?:Simak|Baca|Lihat)(?: berita)? [Ss]elengkapnya di halaman (?:selanjutnya|berikut(?:nya)?)\W*"),
    r(K::Nav, S::Paragraph, false, r"Halaman(?: \d+)+(?: Selanjutnya)?|Selanjutnya|Sebelumnya|Daftar Isi|NEXT\s*:[^\n]{0,200}"),
    // credit: authors, editors, sources, copyright, initials, syndication notes
    r(K::Credit, S::Inline, false, r"\((?:Penulis|Editor|Reporter|Pewarta|Sumber)\s*:[^)\n]{1,160}\)"),
    r(
        K::Credit,
        S::Label,
        true,
        r"(?:Pewarta|Editor|Reporter|Penulis|Sumber|Fotografer|Redaktur|Kontributor|Penerjemah|Penyunting|Oleh|Videografer|Produser)\s*:",
    ),
    r(K::Credit, S::Paragraph, true, r"(?:COPYRIGHT|Copyright|copyright|Hak [Cc]ipta)\s*(?:©|\([Cc]\))?\s*[^\n]{0,80}|©\s*[^\n]{0,80}"),
    r(
        K::Credit,
        S::Paragraph,
        true,
        r"Artikel ini (?:telah )?(?:tayang|terbit|dimuat|pertama kali (?:terbit|tayang|dimuat)|sudah (?:tayang|terbit))[^\n]*",
    ),
    r(K::Credit, S::Paragraph, true, r"(?:Diadaptasi|Diterjemahkan|Disadur) (?:oleh|dari) [^\n]{1,80}"),
    r(K::Credit, S::Paragraph, false, r"Laporan (?:[Ww]artawan |[Rr]eporter |[Kk]ontributor )?[^|\n]{1,80}\|\s*[^\n]{1,40}"),
    r(K::Credit, S::Inline, false, r"(?P<cut>\((?:[a-z]{2,5}(?:/[a-z]{2,8})*|[a-z]{2,5}/[A-Za-z]{2,10}|\*+|[A-Z]{1,3}\d{1,3})\))\s*$"),
    r(K::Credit, S::Paragraph, false, r"\((?:[A-Z0-9-]+(?:\.[A-Za-z]+)+|ANTARA|Antara|ANTARA FOTO)\s*/[^)\n]{1,80}\)"),
    // caption: photo captions and their credits, image widget words
    r(K::Caption, S::Paragraph, false, r"[^\n]{0,400}Perbesar"),
    r(
        K::Caption,
        S::Paragraph,
        false,
        r"[^\n]{0,600}\((?:[A-Za-z0-9-]+(?:\.[A-Za-z]+)+|ANTARA|Antara|ANTARA FOTO|[Dd]ok\.?|HO)\s*/[^)\n]{1,80}\)\.?",
    ),
    r(K::Caption, S::Paragraph, false, r"[^\n]{0,300}(?:Foto|FOTO|Ilustrasi|ILUSTRASI)\s*:\s*[^\n]{1,60}"),
    r(K::Caption, S::Paragraph, false, r"[A-Z][\w-]*\.(?:com|COM|id|co\.id)\s*/\s*[\p{Lu}][^\n]{0,600}"),
    // share: share buttons, tag and keyword lines
    r(
        K::Share,
        S::Paragraph,
        false,
        r"(?:Bagikan|BAGIKAN|Share|SHARE)(?: (?:artikel|berita) ini)?\W*|(?:Tag|Tags|TAG|Topik|TOPIK|Kata [Kk]unci|Keyword)\s*:[^\n]{0,300}",
    ),
    // other: paragraphs with no letters or digits at all
    r(K::Other, S::Paragraph, false, r"[^\p{L}\p{N}]+"),
];

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub kind: BoilerKind,
    pub scope: Scope,
    pub split: bool,
    /// The pattern as written.
    pub pattern: String,
    /// For `Paragraph` rules the pattern anchored to the whole paragraph.
    pub re: Regex,
    /// The unanchored pattern, used to find split points.
    pub find: Regex,
}

/// A rule whose pattern failed to compile.
#[derive(Debug, thiserror::Error)]
#[error("rule /{pattern}/: {source}")]
pub struct RuleError {
    pub pattern: String,
    #[source]
    pub source: regex::Error,
}

/// A compiled rule table.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

impl Rule {
    /// Compile one rule.
    pub fn new(kind: BoilerKind, scope: Scope, split: bool, pattern: &str) -> Result<Self, RuleError> {
        let err = |source| RuleError { pattern: pattern.to_owned(), source };
        let anchored = match scope {
            Scope::Paragraph => format!("^(?:{pattern})$"),
            _ => pattern.to_owned(),
        };
        Ok(Self {
            kind,
            scope,
            split,
            pattern: pattern.to_owned(),
            re: Regex::new(&anchored).map_err(err)?,
            find: Regex::new(pattern).map_err(err)?,
        })
    }
}

impl RuleSet {
    /// The built-in table plus `extra` user rules (added as `Inline` rules,
    /// tried after the built-in ones).
    pub fn with_extra(extra: &[(String, BoilerKind)]) -> Result<Self, RuleError> {
        let mut rules = Vec::with_capacity(BUILTIN.len() + extra.len());
        for spec in BUILTIN {
            rules.push(Rule::new(spec.kind, spec.scope, spec.split, spec.pattern)?);
        }
        for (pattern, kind) in extra {
            rules.push(Rule::new(*kind, Scope::Inline, false, pattern)?);
        }
        Ok(Self { rules })
    }

    /// The built-in table, compiled once.
    pub fn builtin() -> &'static RuleSet {
        static SET: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| {
            // The built-in patterns are covered by tests; should one ever fail
            // to compile, warta still runs with the rules that did.
            let rules = BUILTIN.iter().filter_map(|s| Rule::new(s.kind, s.scope, s.split, s.pattern).ok()).collect();
            RuleSet { rules }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_rule_compiles() {
        for spec in BUILTIN {
            Rule::new(spec.kind, spec.scope, spec.split, spec.pattern).unwrap();
        }
        assert_eq!(RuleSet::builtin().rules.len(), BUILTIN.len());
    }

    #[test]
    fn a_bad_user_rule_is_a_clear_error() {
        let err = RuleSet::with_extra(&[("(unclosed".into(), BoilerKind::Ad)]).unwrap_err();
        assert!(err.to_string().contains("(unclosed"), "{err}");
    }
}
