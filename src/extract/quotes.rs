//! Direct quotations and their speakers.
//!
//! Marks are paired per paragraph (`“…”`, `"…"`, `”…”`, `„…“`, `«…»`); a
//! quotation may run over paragraphs when each continued paragraph opens with
//! a mark and only the last one closes. Titles and scare quotes are left out
//! unless speech attaches them to someone. Speakers come from speech verbs
//! before or after the quotation, resolved through the names list (pronouns
//! and `-nya` to the most recent person, roles to the person holding them).

use super::names::{is_speech_form, is_speech_verb_bytes, tokenize};
use super::{Name, NameKind, Quote};
use crate::article::Article;

/// A quotation found in one paragraph: byte range of the text between marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
    /// Byte just after the closing mark (== `end` when the mark is missing).
    after: usize,
    /// Byte of the opening mark.
    open: usize,
    /// The quotation goes on in the next paragraph.
    continues: bool,
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '"' | '„' | '«' | '”')
}

/// Pair the quotation marks of one paragraph.
fn spans(p: &str, next_opens: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Only the marks matter: `"` and the lead bytes of `“ ” „` (0xE2) and `« »` (0xC2).
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, p.as_bytes()) {
        let Some(c) = p.get(i..).and_then(|s| s.chars().next()).filter(|&c| matches!(c, '"' | '“' | '”' | '„' | '«' | '»')) else {
            continue;
        };
        let prev = p.get(..i).and_then(|s| s.chars().next_back());
        let next = p.get(i + c.len_utf8()..).and_then(|s| s.chars().next());
        let word_before = prev.is_some_and(char::is_alphanumeric);
        let text_after = next.is_some_and(|n| !n.is_whitespace());
        match (open, c) {
            (None, '“' | '„' | '«') => open = Some((i, c)),
            (None, '"' | '”') if text_after && !word_before => open = Some((i, c)),
            (Some((o, oc)), '”' | '"' | '“' | '»')
                if matches!((oc, c), ('“', '”') | ('"', '"') | ('”', '”') | ('„', '“' | '”') | ('«', '»') | ('“', '"') | ('"', '”')) =>
            {
                let start = o + oc.len_utf8();
                if i > start {
                    out.push(Span { start, end: i, after: i + c.len_utf8(), open: o, continues: false });
                }
                open = None;
            }
            _ => {}
        }
    }
    if let Some((o, oc)) = open {
        let start = o + oc.len_utf8();
        let rest = p.get(start..).unwrap_or("").trim_end();
        // An unclosed quotation counts only if the next paragraph continues it
        // or it ends like speech; it never runs past its paragraph.
        if next_opens || rest.ends_with(['.', '!', '?', ',']) {
            out.push(Span { start, end: start + rest.len(), after: start + rest.len(), open: o, continues: next_opens });
        }
    }
    out
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn is_speech(w: &str) -> bool {
    crate::lexicon::with_lowercase(w.trim_matches(|c: char| !c.is_alphanumeric()), |w| {
        is_speech_form(w) || w == b"menurut" || w == b"menurutnya"
    })
}

/// Whether `w` (any case) is a pronoun of `PRONOUNS`.
fn is_pronoun(w: &str) -> bool {
    crate::lexicon::is_in(PRONOUNS, w)
}

/// Titles of works and scare quotes: short, or Title Case without final
/// punctuation.
fn looks_like_speech(q: &str, attached: bool) -> bool {
    if attached {
        return true;
    }
    let ws = words(q);
    let punct = q.trim_end().ends_with(['.', ',', '!', '?', '…']);
    if ws.len() <= 3 && !punct {
        return false;
    }
    let caps = ws.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    !(ws.len() >= 2 && caps * 10 >= ws.len() * 7 && !punct)
}

/// Index from mentions to names entries.
struct People<'a> {
    names: &'a [Name],
    /// (paragraph, start, end, entry) sorted by position.
    mentions: Vec<(usize, usize, usize, usize)>,
    /// Each person's role in lowercase (by entry), for `by_role`, worked out when first needed.
    roles: std::cell::OnceCell<Vec<Option<String>>>,
}

impl<'a> People<'a> {
    fn new(names: &'a [Name]) -> Self {
        let mut mentions: Vec<(usize, usize, usize, usize)> =
            names.iter().enumerate().flat_map(|(e, n)| n.mentions.iter().map(move |m| (m.paragraph, m.start, m.end, e))).collect();
        mentions.sort_unstable();
        Self { names, mentions, roles: std::cell::OnceCell::new() }
    }

    fn entry(&self, e: usize) -> Option<&'a Name> {
        self.names.get(e)
    }

    /// The mentions of one paragraph, in order (a binary search: long
    /// articles have thousands of mentions).
    fn in_para(&self, para: usize) -> &[(usize, usize, usize, usize)] {
        let from = self.mentions.partition_point(|m| m.0 < para);
        let to = self.mentions.partition_point(|m| m.0 <= para);
        self.mentions.get(from..to).unwrap_or_default()
    }

    /// The first person mentioned inside `[from, to)` of a paragraph, else
    /// the first organisation (an organisation may speak).
    fn first_in(&self, para: usize, from: usize, to: usize) -> Option<usize> {
        let inside = |m: &&(usize, usize, usize, usize)| m.1 >= from && m.2 <= to;
        let of = |k: NameKind| self.in_para(para).iter().filter(inside).find(|m| self.entry(m.3).is_some_and(|n| n.kind == k)).map(|m| m.3);
        of(NameKind::Person).or_else(|| of(NameKind::Organization))
    }

    /// The last name mention inside `[from, to)` of a paragraph.
    fn last_in(&self, para: usize, from: usize, to: usize, kind: Option<NameKind>) -> Option<usize> {
        self.in_para(para)
            .iter()
            .rev()
            .filter(|m| m.1 >= from && m.2 <= to)
            .find(|m| kind.is_none_or(|k| self.entry(m.3).is_some_and(|n| n.kind == k)))
            .map(|m| m.3)
    }

    /// The most recent speaker before (para, pos): the subject of a speech
    /// verb or the speaker of an earlier quotation, no more than two
    /// paragraphs back; else the most recent person.
    fn recent_speaker(&self, para: usize, pos: usize, speakers: &[(usize, usize, usize)], article: &Article) -> Option<usize> {
        // The discourse's current speaker may have been named a few paragraphs up.
        // Nearest first: a speaker in this paragraph, the subject of the
        // sentence before in this paragraph, a speaker named further up, the
        // subject of an earlier sentence.
        // A sentence opening with another person between an earlier speaker
        // and this quotation hands the word over (`…,” ucapnya. Sementara
        // Wali Nagari X, Jetrizanko mengapresiasi … "…," jelasnya`).
        let front = self.subject_in_front(para, pos, article);
        let here = speakers.iter().rev().find(|s| s.0 == para && s.1 <= pos).map(|s| (s.1, s.2));
        if let (Some((hp, _)), Some((fp, fe))) = (here, front)
            && fp > hp
        {
            return Some(fe);
        }
        let here = here.map(|h| h.1);
        let subject_here = || self.subject_before(para, pos, article, 0);
        let earlier = || speakers.iter().rev().find(|s| s.0 < para && s.0 + SPEAKER_REACH >= para).map(|s| s.2);
        // A speaker of the paragraph just before goes on speaking (`katanya`)
        // even where this paragraph names someone else first.
        let near = || speakers.iter().rev().find(|s| s.0 < para && s.0 + 1 >= para).map(|s| s.2);
        here.or(front.map(|f| f.1))
            .or_else(near)
            .or_else(subject_here)
            .or_else(earlier)
            .or_else(|| self.subject_before(para, pos, article, 2))
    }

    /// The person opening the sentence just before (para, pos) in this
    /// paragraph (`Wali Kota Bogor Sinta Maharani hadir. Dia berkata …`):
    /// named near the sentence's start, as its subject, not deep inside it.
    fn subject_in_front(&self, para: usize, pos: usize, article: &Article) -> Option<(usize, usize)> {
        let p = article.paragraphs.get(para).map_or("", |x| x.text.as_str());
        let head = p.get(..pos).unwrap_or("");
        // The quotation opens a sentence of its own, or stands inside one (`Dia berkata, "…"`).
        let end = if head.trim_end().ends_with(['.', '!', '?']) {
            head.trim_end().len()
        } else {
            head.trim_end_matches(['.', ' ']).rfind(". ").map_or(0, |i| i + 1)
        };
        let start = p.get(..end).and_then(|h| h.trim_end_matches(['.', ' ']).rfind(". ")).map_or(0, |i| i + 2);
        self.in_para(para)
            .iter()
            .filter(|m| m.1 >= start && m.2 <= end)
            .find(|m| self.entry(m.3).is_some_and(|n| n.kind == NameKind::Person))
            .filter(|m| m.1 - start <= 60)
            .map(|m| (m.1, self.related_person(p, m).unwrap_or(m.3)))
    }

    /// `kuasa hukum Roy, Henry Indraguna`: the person named after a relation
    /// to the mention `m`, who is the one acting.
    fn related_person(&self, p: &str, m: &(usize, usize, usize, usize)) -> Option<usize> {
        let before = p.get(..m.1)?.trim_end().rsplit(' ').next()?.to_lowercase();
        if !RELATIONS.contains(&before.as_str()) {
            return None;
        }
        let after = p.get(m.2..)?;
        let comma = after.strip_prefix(',')?;
        let start = m.2 + 1 + (comma.len() - comma.trim_start().len());
        self.in_para(m.0).iter().find(|x| x.1 == start && self.entry(x.3).is_some_and(|n| n.kind == NameKind::Person)).map(|x| x.3)
    }

    /// The subject of the closest sentence before (para, pos) that names a
    /// person: its first person mention (two paragraphs back at most).
    fn subject_before(&self, para: usize, pos: usize, article: &Article, back: usize) -> Option<usize> {
        for pi in (para.saturating_sub(back)..=para).rev() {
            let p = article.paragraphs.get(pi).map_or("", |x| x.text.as_str());
            let limit = if pi == para { pos } else { p.len() };
            let mut end = limit;
            while end > 0 {
                let head = p.get(..end).unwrap_or("");
                let start = head.trim_end_matches(['.', ' ']).rfind(". ").map_or(0, |i| i + 2);
                let person = self
                    .in_para(pi)
                    .iter()
                    .filter(|m| m.1 >= start && m.2 <= end)
                    .find(|m| self.entry(m.3).is_some_and(|n| n.kind == NameKind::Person));
                if let Some(m) = person {
                    return Some(m.3);
                }
                if start == 0 {
                    break;
                }
                end = start.saturating_sub(2);
            }
        }
        None
    }

    /// The person whose role contains `title` (`Kapolri`, `Bupati`).
    fn by_role(&self, title: &str) -> Option<usize> {
        let t = title.to_lowercase();
        let roles = self.roles.get_or_init(|| {
            self.names.iter().map(|n| n.role.as_deref().filter(|_| n.kind == NameKind::Person).map(str::to_lowercase)).collect()
        });
        let mut hits = roles.iter().enumerate().filter(|(_, r)| r.as_deref().is_some_and(|r| r.contains(&t))).map(|(i, _)| i);
        match (hits.next(), hits.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }
}

/// Words that end the speaker phrase after a speech verb.
const PHRASE_STOPS: &[&str] = &[
    "di",
    "kepada",
    "saat",
    "ketika",
    "dalam",
    "usai",
    "seusai",
    "melalui",
    "seperti",
    "yang",
    "pada",
    "kala",
    "sembari",
    "sambil",
    "dikutip",
    "melansir",
    "dilansir",
    "itu",
    "ini",
    "tersebut",
    "dengan",
    "menirukan",
    "setelah",
    "sebelum",
    "selepas",
    "ketika",
];

/// Persons who are the subject of a speech verb (`Budi mengatakan`,
/// `menurut Budi`): (paragraph, position, entry), in reading order.
fn speech_subjects(article: &Article, people: &People<'_>) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for &(pi, start, end, e) in &people.mentions {
        if people.entry(e).is_none_or(|n| n.kind != NameKind::Person) {
            continue;
        }
        let Some(p) = article.paragraphs.get(pi).map(|x| x.text.as_str()) else { continue };
        // A speech verb among the next five words, before the sentence or a quotation ends.
        let mut verb_after = false;
        for w in p.get(end..).unwrap_or("").split_whitespace().take(5) {
            let stop = w.find(['.', '"', '“', '”']);
            let w = w.get(..stop.unwrap_or(w.len())).unwrap_or("");
            if !w.is_empty() && is_speech(w) {
                verb_after = true;
                break;
            }
            if stop.is_some() {
                break;
            }
        }
        let before = p.get(..start).unwrap_or("");
        // A verb before the name attributes only in its short, inverted form
        // (`kata Budi`, `menurut Budi`); after an active verb the name is what
        // was said (`Basarah mengatakan Gibran telah …`).
        let verb_before = before.split_whitespace().next_back().is_some_and(|w| {
            is_speech(w)
                && crate::lexicon::with_lowercase(w, |lower| {
                    lower == b"menurut" || !(lower.starts_with(b"me") || lower.starts_with(b"ber"))
                })
        });
        if verb_after || verb_before {
            out.push((pi, start, e));
        }
    }
    out
}

/// The subjects (in reading order) that stand before (para, pos).
fn subjects_before(subjects: &[(usize, usize, usize)], para: usize, pos: usize) -> &[(usize, usize, usize)] {
    subjects.get(..subjects.partition_point(|s| (s.0, s.1) < (para, pos))).unwrap_or_default()
}

const PRONOUNS: &[&str] = &["dia", "ia", "beliau", "nya", "dirinya"];

/// Words of a relation to someone named next (`kuasa hukum Roy, Henry`).
const RELATIONS: &[&str] =
    &["hukum", "pengacara", "istri", "suami", "ayah", "ibunda", "ayahanda", "kakak", "adik", "rekan", "ajudan", "sahabat"];

/// How many paragraphs back a named speaker stays the current speaker.
const SPEAKER_REACH: usize = 8;

/// Where the words after a quotation end: the end of the sentence or the
/// next quotation. A short Title Case title in marks inside them (`kata produser film
/// “Agak Laen” Ernest Prakasa`) is part of the speaker phrase, not a stop.
fn clause_end(tail: &str) -> usize {
    let mut from = 0;
    loop {
        let rest = tail.get(from..).unwrap_or("");
        let Some(stop) = rest.find(['.', '“', '"', '!', '?', ';']) else { return tail.len() };
        let at = from + stop;
        let mark = rest.get(stop..).and_then(|r| r.chars().next()).unwrap_or('.');
        if !matches!(mark, '“' | '"') || at == 0 {
            return at;
        }
        // A title: a few words closed within the same clause, more words after.
        let inner_from = at + mark.len_utf8();
        let inner = tail.get(inner_from..).unwrap_or("");
        let Some(close) = inner.find(['”', '"']) else { return at };
        let title = inner.get(..close).unwrap_or("");
        let after = inner.get(close..).and_then(|r| r.get(r.chars().next().map_or(1, char::len_utf8)..)).unwrap_or("");
        // A title is Title Case; a lowercase piece is a partial quotation (`terhadap "mitra dagang utama AS" justru`).
        let ws = words(title);
        let caps = ws.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        let short = (1..=5).contains(&ws.len()) && caps * 10 >= ws.len() * 7 && !title.contains(['.', ',', '!', '?']);
        let goes_on = after.starts_with(' ') && after.trim_start().starts_with(char::is_alphabetic);
        if !(short && goes_on) {
            return at;
        }
        from = inner_from + close;
        // Step over the closing mark.
        from += tail.get(from..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8);
    }
}

/// Who speaks in the words right after the closing mark (`kata Budi`,
/// `ujarnya`, `Budi menambahkan`), if anyone.
fn speaker_after(
    article: &Article,
    para: usize,
    sp: &Span,
    people: &People<'_>,
    speakers: &[(usize, usize, usize)],
) -> Option<Option<usize>> {
    let p = article.paragraphs.get(para).map_or("", |x| x.text.as_str());
    let tail = p.get(sp.after..).unwrap_or("");
    let clause = tail.get(..clause_end(tail)).unwrap_or("");
    let base = sp.after;
    let toks = tokenize(clause);
    let first = toks.first()?;
    if is_speech(first.text) {
        if crate::lexicon::with_lowercase(first.text, |lower| lower.ends_with(b"nya") && !is_speech_verb_bytes(lower)) {
            return Some(people.recent_speaker(para, sp.open, speakers, article));
        }
        let second = toks.get(1);
        if second.is_some_and(|t| is_pronoun(t.text)) {
            return Some(people.recent_speaker(para, sp.open, speakers, article));
        }
        // The speaker phrase: from the verb to a stop word or a comma.
        let from = base + first.end;
        let mut to = base + clause.len();
        let mut phrase: Vec<&str> = Vec::new();
        let mut relation_passed = false;
        for t in toks.iter().skip(1) {
            let gap = clause.get(..t.start).unwrap_or("");
            // A comma ends the phrase once it names a person; after a role that
            // names only a body (`Ketua DPRD Trenggalek, Samsul Anam`) the name follows.
            // After a relation (`kuasa hukum Roy, Henry Indraguna`) the speaker is the one after the comma.
            let related = phrase.iter().any(|w| crate::lexicon::is_in(RELATIONS, w));
            if PHRASE_STOPS.contains(&t.text)
                || (gap.trim_end().ends_with(',')
                    && !phrase.is_empty()
                    && (relation_passed || !related)
                    && people.last_in(para, from, base + t.start, Some(NameKind::Person)).is_some())
            {
                to = base + t.start;
                break;
            }
            if gap.trim_end().ends_with(',') && related {
                relation_passed = true;
            }
            phrase.push(t.text);
        }
        if relation_passed && let Some(e) = people.last_in(para, from, to, Some(NameKind::Person)) {
            return Some(Some(e));
        }
        // `ujar politisi PDIP ini`, `kata menteri itu`: a description pointing back.
        // (the demonstrative stands before any comma, or closes the clause:
        // `kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan itu`)
        let pointing_back = toks.iter().enumerate().skip(1).take(16).any(|(k, t)| {
            matches!(t.text, "ini" | "itu" | "tersebut") && (clause.get(..t.start).is_some_and(|h| !h.contains(',')) || k + 1 == toks.len())
        });
        if pointing_back && people.last_in(para, from, to, Some(NameKind::Person)).is_none() {
            let by_role = (!phrase.is_empty()).then(|| people.by_role(&phrase.join(" "))).flatten();
            // The person the description points back to: the one named last.
            return Some(
                by_role
                    .or_else(|| people.subject_before(para, sp.open, article, 2))
                    .or_else(|| people.recent_speaker(para, sp.open, speakers, article)),
            );
        }
        if let Some(e) = people.first_in(para, from, to) {
            return Some(Some(e));
        }
        // A role alone (`kata Kapolri`, `ujar wali kota`) resolves to its holder.
        if !phrase.is_empty() {
            return Some(people.by_role(&phrase.join(" ")).or_else(|| phrase.first().and_then(|w| people.by_role(w))));
        }
        return Some(None);
    }
    // `"...," Budi menambahkan.`
    if first.cap
        && toks.iter().skip(1).take(4).any(|t| is_speech(t.text))
        && let Some(e) = people.first_in(para, base, base + clause.len())
    {
        return Some(Some(e));
    }
    if is_pronoun(first.text) && toks.get(1).is_some_and(|t| is_speech(t.text)) {
        return Some(people.recent_speaker(para, sp.open, speakers, article));
    }
    None
}

/// Who speaks in the clause before the opening mark (`Menurut Budi, "…"`,
/// `Budi mengatakan, "…"`, `kata Budi: "…"`).
fn speaker_before(
    article: &Article,
    para: usize,
    sp: &Span,
    people: &People<'_>,
    speakers: &[(usize, usize, usize)],
) -> Option<Option<usize>> {
    let p = article.paragraphs.get(para).map_or("", |x| x.text.as_str());
    let head = p.get(..sp.open).unwrap_or("");
    let from = head.rfind(['.', '!', '?', '”', '"']).map_or(0, |i| i + 1);
    let clause = head.get(from..).unwrap_or("");
    let toks = tokenize(clause);
    let verb = toks.iter().rposition(|t| is_speech(t.text))?;
    let v = toks.get(verb)?;
    // `Menurutnya, "…"`, `katanya: "…"`: the current speaker.
    if crate::lexicon::with_lowercase(v.text, |lower| lower.ends_with(b"nya"))
        && toks.get(..verb).is_none_or(|before| before.iter().all(|t| !t.cap || t.sent_start))
    {
        return Some(people.recent_speaker(para, sp.open, speakers, article));
    }
    let is_menurut = v.text.eq_ignore_ascii_case("menurut");
    let after_verb = toks.get(verb + 1);
    if is_menurut || crate::lexicon::with_lowercase(v.text, |lower| lower.starts_with(b"kata") && !lower.starts_with(b"katanya")) {
        // The speaker follows the verb.
        if after_verb.is_some_and(|t| is_pronoun(t.text)) {
            return Some(people.recent_speaker(para, sp.open, speakers, article));
        }
        return Some(people.first_in(para, from + v.end, sp.open));
    }
    // The speaker is the subject before the verb.
    let subject = toks.get(..verb)?;
    if subject.iter().any(|t| is_pronoun(t.text)) && people.last_in(para, from, from + v.start, Some(NameKind::Person)).is_none() {
        return Some(people.recent_speaker(para, sp.open, speakers, article));
    }
    if let Some(e) = people.last_in(para, from, from + v.start, Some(NameKind::Person)) {
        return Some(Some(e));
    }
    Some(people.last_in(para, from, from + v.start, None))
}

/// Find the quotations of an article and attribute them.
pub fn quotes(article: &Article, names: &[Name]) -> Vec<Quote> {
    let people = People::new(names);
    let paras = &article.paragraphs;
    let subjects = speech_subjects(article, &people);
    let mut found: Vec<(usize, Span, Option<Option<usize>>)> = Vec::new();
    // Speakers known so far: speech subjects and earlier attributions, in
    // reading order; grown as the quotations are read.
    let mut speakers: Vec<(usize, usize, usize)> = Vec::new();
    let mut next_subject = 0;
    for (pi, para) in paras.iter().enumerate() {
        let p = para.text.as_str();
        let next_opens = paras.get(pi + 1).is_some_and(|n| n.text.trim_start().starts_with(is_opening));
        // Where the words after the last quotation end: a title in marks
        // inside them belongs to its speaker phrase (`kata produser film “Agak Laen” Ernest`).
        let mut phrase_until = 0;
        for sp in spans(p, next_opens) {
            if sp.open < phrase_until {
                continue;
            }
            phrase_until = sp.after + clause_end(p.get(sp.after..).unwrap_or(""));
            while let Some(&s) = subjects.get(next_subject).filter(|s| (s.0, s.1) < (pi, sp.open)) {
                speakers.push(s);
                next_subject += 1;
            }
            let speaker =
                speaker_after(article, pi, &sp, &people, &speakers).or_else(|| speaker_before(article, pi, &sp, &people, &speakers));
            if let Some(Some(e)) = speaker {
                speakers.push((pi, sp.open, e));
            }
            found.push((pi, sp, speaker));
        }
    }
    // A quotation running over paragraphs takes the speaker of its last piece.
    for k in (0..found.len()).rev() {
        let Some(&(pi, sp, sp_speaker)) = found.get(k) else { continue };
        if sp.continues
            && sp_speaker.is_none()
            && let Some(&(npi, _, next_speaker)) = found.get(k + 1)
            && npi == pi + 1
            && let Some(f) = found.get_mut(k)
        {
            f.2 = next_speaker;
        }
    }
    // A paragraph that is only a quotation continues the speaker of the
    // quotation just before it (adjacent paragraphs only).
    for k in 1..found.len() {
        let (Some(&(pp, _, prev_speaker)), Some(&(pi, sp, None))) = (found.get(k - 1), found.get(k)) else { continue };
        let p = paras.get(pi).map_or("", |x| x.text.as_str());
        let only_quote = p.get(..sp.open).is_some_and(|h| h.trim().is_empty()) && p.get(sp.after..).is_some_and(|t| t.trim().len() <= 2);
        if only_quote
            && pp + 1 >= pi
            && let Some(f) = found.get_mut(k)
        {
            f.2 = prev_speaker;
        }
    }
    for f in found.iter_mut().filter(|f| f.2.is_none()) {
        let (pi, sp) = (f.0, f.1);
        let p = paras.get(pi).map_or("", |x| x.text.as_str());
        let bare = p.get(..sp.open).is_some_and(|h| h.trim().is_empty());
        if bare && let Some(s) = subjects_before(&subjects, pi, 0).last().filter(|s| s.0 + 1 == pi) {
            f.2 = Some(Some(s.2));
        }
    }
    // A quotation with no attribution of its own, after one that has one in
    // the same paragraph (or after a sentence whose subject speaks), is the
    // same speaker's.
    for k in 0..found.len() {
        let Some(&(pi, sp, None)) = found.get(k) else { continue };
        let earlier = found.get(..k).unwrap_or_default().iter().rev().take_while(|f| f.0 == pi).find_map(|f| f.2.flatten());
        let subject = || subjects_before(&subjects, pi, sp.open).last().filter(|s| s.0 == pi).map(|s| s.2);
        if let Some(e) = earlier.or_else(subject)
            && let Some(f) = found.get_mut(k)
        {
            f.2 = Some(Some(e));
        }
    }
    let mut out = Vec::new();
    for (pi, sp, speaker) in found {
        let p = paras.get(pi).map_or("", |x| x.text.as_str());
        let text = p.get(sp.start..sp.end).unwrap_or("");
        let text_trim = text.trim();
        if !looks_like_speech(text_trim, matches!(speaker, Some(Some(_)))) {
            continue;
        }
        let lead = text.len() - text.trim_start().len();
        let speaker = speaker.flatten().and_then(|e| people.entry(e)).map(|n| n.name.clone());
        out.push(Quote {
            text: text_trim.to_owned(),
            speaker,
            paragraph: pi,
            start: sp.start + lead,
            end: sp.start + lead + text_trim.len(),
        });
    }
    out
}

#[cfg(test)]
mod tests;
