//! Boilerplate removal: decoded text in, [`Article`] out.
//!
//! ```text
//! text ─ repair_mojibake + sanitize ─ segment::paragraphs ─ split at rule
//!      boundaries ─ dateline ─ rules per paragraph ─ duplicates ─ kinds ─ Article
//! ```
//! Every removed piece is kept with its kind and place; with `raw` nothing is
//! removed. The cleaner prefers a leftover fragment over lost content.
//! Steps that take one paragraph at a time share a long text out over the
//! cores (`parallel`); the result is the same as on one thread.

pub mod dateline;
mod parallel;
pub mod pattern;
pub mod rules;
pub mod segment;

use crate::article::{Article, BoilerKind, Format, Meta, ParaKind, Paragraph, Removed};
use crate::input;
use crate::lexicon::{HEADLINE_CONNECTORS, SENTENCE_STARTER_SET, is_in};
use pattern::Pattern;
use rules::{NAME, Rule, RuleSet, Scope};
use segment::is_terminal;

/// How to clean.
#[derive(Debug, Clone, Copy)]
pub struct CleanOptions<'a> {
    /// Keep everything: only decode, sanitise and split into paragraphs.
    pub raw: bool,
    pub rules: &'a RuleSet,
}

impl Default for CleanOptions<'static> {
    fn default() -> Self {
        Self { raw: false, rules: RuleSet::builtin() }
    }
}

/// The rules that may apply to a paragraph, when already looked up.
type Known = Option<rules::Candidates>;

/// One step of the cleaned output, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Keep(String),
    Drop(BoilerKind, String),
}

/// Clean plain text (already decoded) into an article.
pub fn clean_text(text: &str, encoding: &str, opts: &CleanOptions<'_>) -> Article {
    let paras = segment::paragraphs(&input::repair_and_sanitize(text));
    clean_segmented(paras, encoding, opts)
}

/// `clean_text` taking the text, which is dropped once split into
/// paragraphs (a large file is not held twice while it is cleaned).
pub fn clean_text_owned(text: String, encoding: &str, opts: &CleanOptions<'_>) -> Article {
    // (the copy, if one is made, lets the text go)
    let cleaned = match input::repair_and_sanitize(&text) {
        std::borrow::Cow::Owned(s) => Some(s),
        std::borrow::Cow::Borrowed(_) => None,
    };
    let text = cleaned.unwrap_or(text);
    let paras = segment::paragraphs(&text);
    drop(text);
    clean_segmented(paras, encoding, opts)
}

fn clean_segmented(paras: Vec<String>, encoding: &str, opts: &CleanOptions<'_>) -> Article {
    let meta = Meta { encoding: encoding.to_owned(), format: Format::Text, ..Meta::default() };
    clean_paragraphs(paras, meta, opts)
}

/// Clean paragraphs that were already segmented (by the text splitter or the
/// HTML extractor).
pub fn clean_paragraphs(paras: Vec<String>, meta: Meta, opts: &CleanOptions<'_>) -> Article {
    if opts.raw {
        return Article { meta, paragraphs: paras.into_iter().map(Paragraph::body).collect(), removed: Vec::new() };
    }
    let mut article = clean_once(paras, meta, opts);
    // A copy of the dateline still standing in the text (copies stacked
    // around boilerplate by a scraper), or a dateline opening a paragraph, is
    // taken by cleaning the result again, so that cleaning clean text changes
    // nothing. Rare: real articles lose their dateline in the first pass.
    for _ in 0..3 {
        let taken = article.removed.iter().find(|r| r.kind == BoilerKind::Dateline).map(|r| r.text.trim().to_owned());
        let copy_left = taken.as_deref().is_some_and(|d| !d.is_empty() && article.paragraphs.iter().take(LEAD).any(|p| p.text.contains(d)));
        // (a dateline naming its medium: `Harmoni – Halte Petojo` in a route list is not one)
        // (after stray punctuation too: the second pass removes that as the
        // lead of the dateline)
        let opens_with_one = article
            .paragraphs
            .iter()
            .take(LEAD)
            .any(|p| dateline::find(p.text.trim_start_matches(|c: char| !c.is_alphanumeric())).is_some_and(|d| d.source.is_some()));
        if !copy_left && !opens_with_one {
            break;
        }
        let texts: Vec<String> = article.paragraphs.iter().map(|p| p.text.clone()).collect();
        let again = clean_once(texts.clone(), article.meta.clone(), opts);
        let n = again.paragraphs.len();
        if again.paragraphs.iter().map(|p| &p.text).eq(texts.iter()) {
            break;
        }
        // Pieces of the first pass keep their place as well as it can be
        // told: shifted by the paragraphs the second pass took away.
        let dropped = texts.len().saturating_sub(n);
        let mut removed: Vec<Removed> = article
            .removed
            .into_iter()
            .map(|mut r| {
                r.paragraph = r.paragraph.saturating_sub(dropped).min(n);
                r
            })
            .collect();
        removed.extend(again.removed);
        removed.sort_by_key(|r| r.paragraph);
        let kinds: Vec<ParaKind> = article.paragraphs.iter().skip(dropped).map(|p| p.kind).collect();
        let mut paragraphs = again.paragraphs;
        for (p, k) in paragraphs.iter_mut().zip(kinds) {
            p.kind = k;
        }
        article = Article { meta: again.meta, paragraphs, removed };
    }
    article
}

/// Paragraphs at the start of a cleaned article where a dateline left
/// standing calls for a second look.
const LEAD: usize = 8;

/// One cleaning pass.
fn clean_once(paras: Vec<String>, mut meta: Meta, opts: &CleanOptions<'_>) -> Article {
    let rules = opts.rules;
    // The rules that may apply to a paragraph are looked up once: a
    // paragraph the split leaves whole keeps them for the rules pass.
    let runs = parallel::in_runs(paras, String::len, |run| {
        // (rule boundaries split some paragraphs: room for half as many again)
        let mut split: Vec<String> = Vec::with_capacity(run.len() + run.len() / 2);
        let mut known: Vec<Known> = Vec::with_capacity(run.len() + run.len() / 2);
        for p in run {
            split_known(p, rules, &mut split, &mut known);
        }
        (split, known)
    });
    let mut runs = runs.into_iter();
    let (mut paras, mut known) = runs.next().unwrap_or_default();
    for (s, k) in runs {
        paras.extend(s);
        known.extend(k);
    }
    // The words of every paragraph, hashed once if the dateline's lead is
    // looked for in what follows it; copies among the kept paragraphs are
    // then found with them too.
    let words = LazyWords { paras: &paras, words: std::cell::OnceCell::new() };
    let mut items: Vec<Item> = Vec::with_capacity(paras.len() + 8);
    let start = take_dateline(&paras, &known, &words, rules, &mut items, &mut meta);
    let words = words.words.into_inner();
    // Beside each item, the paragraph it is whole (its words are known).
    let mut whole: Vec<Option<usize>> = vec![None; items.len()];
    let rest: Vec<(usize, (String, Known))> = paras.into_iter().zip(known).enumerate().skip(start).collect();
    let runs = parallel::in_runs(
        rest,
        |(_, (p, _))| p.len(),
        |run| {
            let mut out = Vec::with_capacity(run.len());
            let mut whole = Vec::with_capacity(run.len());
            for (k, (p, cands)) in run {
                let before = out.len();
                let kept_whole = apply_rules_known(p, rules, cands, &mut out);
                whole.extend((before..out.len()).map(|_| kept_whole.then_some(k)));
            }
            (out, whole)
        },
    );
    for (out, w) in runs {
        items.extend(out);
        whole.extend(w);
    }
    mark_duplicates(&mut items, &whole, words.as_ref());
    // (In saved pages: a plain text's short last line may be the writer's own.)
    if meta.format == Format::Html {
        drop_trailing_fragments(&mut items);
    }
    fill_credit_meta(&items, &mut meta);
    assemble(items, meta)
}

/// A paragraph split at rule boundaries, each piece pushed with the rules
/// that may apply to it.
fn split_known(p: String, rules: &RuleSet, split: &mut Vec<String>, known: &mut Vec<Known>) {
    let hits = rules.hits(&p);
    let splits = rules.split_candidates(&hits);
    // (no split rule occurs in a trimmed paragraph, or none splits it: it stays whole)
    let plain = splits.is_empty() && !p.is_empty() && trim(&p).len() == p.len();
    let pieces = if plain { Vec::new() } else { split_with(&p, rules, &splits, &hits) };
    if plain || matches!(pieces.as_slice(), [(_, piece)] if piece.len() == p.len()) {
        known.push(Some(rules.candidates_within(&p, &hits, 0..p.len())));
        split.push(p);
        return;
    }
    for (from, piece) in pieces {
        known.push(Some(rules.candidates_within(&p, &hits, from..from + piece.len())));
        split.push(piece.to_owned());
    }
}

/// Split a paragraph before every `split` rule match that follows a sentence
/// end, a closing mark, or a glued word: the pieces with the rules that may
/// apply to them (the paragraph is scanned once for both).
fn split_at_rules(p: String, rules: &RuleSet) -> impl Iterator<Item = (String, Known)> {
    let (mut split, mut known) = (Vec::new(), Vec::new());
    split_known(p, rules, &mut split, &mut known);
    split.into_iter().zip(known)
}

/// `split_at_rules` with the paragraph's candidate `split` rules already
/// known: the trimmed, non-empty pieces with their byte offsets in `p`.
fn split_with<'a>(p: &'a str, rules: &RuleSet, cands: &[usize], hits: &[(usize, usize, usize)]) -> Vec<(usize, &'a str)> {
    let mut cuts: Vec<usize> = Vec::new();
    for &i in cands.iter().filter(|&&i| rules.rules.get(i).is_some_and(|r| r.split)) {
        for m in rules.matches(i, p, Some(hits.iter().filter(|h| h.2 == i).map(|h| h.0))) {
            let s = m.start;
            if s == 0 {
                continue;
            }
            let before = p.get(..s).unwrap_or("");
            let prev = before.chars().next_back().unwrap_or(' ');
            let prev_visible = before.trim_end().chars().next_back().unwrap_or(' ');
            let glued = prev.is_alphanumeric() && p.get(m).is_some_and(|t| t.starts_with(char::is_uppercase));
            if is_terminal(prev_visible) || glued {
                cuts.push(s);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for c in cuts.into_iter().chain(std::iter::once(p.len())) {
        if let Some(piece) = p.get(from..c) {
            let start = from + (piece.len() - piece.trim_start().len());
            let piece = piece.trim();
            if !piece.is_empty() {
                out.push((start, piece));
            }
        }
        from = c;
    }
    out
}

/// Whether the words of `needle` occur as one run inside `hay`.
fn contains_run(hay: &[WordHash], needle: &[WordHash]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A dateline in one of the first paragraphs: remove it, fill city/source,
/// and classify what stood before it (teasers, captions, the headline).
/// Returns the index of the first paragraph still to be cleaned.
fn take_dateline(
    paras: &[String],
    known: &[Known],
    words: &LazyWords<'_>,
    rules: &RuleSet,
    items: &mut Vec<Item>,
    meta: &mut Meta,
) -> usize {
    // What the rules keep of each of the first paragraphs (the pieces with
    // letters or digits), worked out once when first asked for.
    let lead_paras = paras.len().min(64);
    let kept_cells: Vec<std::cell::OnceCell<Vec<String>>> = (0..lead_paras).map(|_| std::cell::OnceCell::new()).collect();
    let kept = |k: usize| -> &[String] {
        let (Some(cell), Some(p), Some(cands)) = (kept_cells.get(k), paras.get(k), known.get(k)) else { return &[] };
        cell.get_or_init(|| {
            let mut out = Vec::new();
            apply_rules_known(p.clone(), rules, cands.clone(), &mut out);
            kept_pieces(&out).map(str::to_owned).collect()
        })
    };
    // The first four paragraphs that hold content of two words or more
    // (boilerplate lines and stray fragments do not count); the first such
    // piece of a paragraph.
    let content_of = |k: usize| kept(k).iter().find(|t| t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count() >= 2);
    let content = |k: usize| content_of(k).is_some();
    // A dateline standing alone before the article's first paragraph counts
    // too (a page sets it in bold before the first `<p>`), and so does one
    // with only boilerplate or a lead around it in its paragraph (`JAKARTA -
    // Baca juga: …`): what the rules keep of it counts, and what they remove
    // before the next paragraph does not. Gives where the dateline starts in
    // the paragraph, and it.
    let lone = |k: usize| {
        let p = paras.get(k)?;
        // (the last piece kept: what stands before it is a lead, as in a
        // paragraph of its own)
        let last = kept(k).last().filter(|t| may_be_lone_dateline(t))?;
        let at = p.rfind(last.as_str()).filter(|&o| lead_gives_way(p.get(..o).unwrap_or(""), rules))?;
        let next = (k + 1..lead_paras).find_map(content_of)?;
        Some((at, lone_dateline(last, next)?))
    };
    let window: Vec<usize> = (0..lead_paras).filter(|&k| content(k) || lone(k).is_some()).take(4).collect();
    for k in window {
        let Some(p) = paras.get(k) else { continue };
        // At the start of the paragraph, or (with a named source) after a teaser in it.
        // Words of the article from byte `o` of this paragraph on (worked
        // out once: a teaser test and the lead's classification share them).
        let later = || words.get().from(k + 1);
        let words_from = |o: usize| words_after(p.get(o..).unwrap_or(""), later());
        let mut known_words: Option<Vec<WordHash>> = None;
        // (a dateline does not begin with boilerplate: `ADVERTISEMENT
        // JAKARTA -` is an ad marker, then the dateline)
        let at_start = match dateline::find(p) {
            Some(d) if has_boilerplate(&d.text, rules) => after_boilerplate(p, rules).and_then(|o| Some((o, dateline::find(p.get(o..)?)?))),
            found => found.map(|d| (0, d)),
        };
        let (offset, d) = match at_start.or_else(|| lone(k)) {
            Some(found) => found,
            None => match dateline::find_within(p) {
                // Text before a dateline inside a paragraph must be a teaser
                // repeated later or a finished sentence, not the article itself.
                Some((o, d)) => {
                    let lead = p.get(..o).unwrap_or("");
                    let teaser = lead_gives_way(lead, rules) || {
                        let words = known_words.insert(words_from(o));
                        repeats_later(lead, words)
                    };
                    if !teaser {
                        continue;
                    }
                    (o, d)
                }
                None => continue,
            },
        };
        let mut before: Vec<&str> = paras.iter().take(k).map(String::as_str).collect();
        if let Some(lead) = p.get(..offset).map(str::trim).filter(|l| !l.is_empty()) {
            before.push(lead);
        }
        let rest_text = p.get(offset..).unwrap_or("");
        // Words of the article after the dateline, only when something stands before it.
        let rest_words: Vec<WordHash> = if before.is_empty() { Vec::new() } else { known_words.unwrap_or_else(|| words_from(offset)) };
        // What stood before the dateline: boilerplate by the rules, else a
        // teaser (its words come again later), a caption, or the headline.
        let mut first = true;
        for b in before {
            classify_lead(b, &rest_words, rules, &mut first, meta, items);
        }
        items.push(Item::Drop(BoilerKind::Dateline, d.text.clone()));
        meta.city = d.city;
        meta.source = d.source;
        let mut rest = rest_text.get(d.len..).unwrap_or("").trim();
        let same = d.text.trim().to_owned();
        // The same dateline again (a scraper joined two copies), at once or after a teaser.
        loop {
            // (or another one with the article in the next paragraph)
            let lone_again = || lone_dateline(rest, (k + 1..lead_paras).find_map(content_of)?);
            if let Some(again) = dateline::find(rest).or_else(|| if may_be_lone_dateline(rest) { lone_again() } else { None }) {
                items.push(Item::Drop(BoilerKind::Dateline, again.text.clone()));
                rest = rest.get(again.len..).unwrap_or("").trim();
                continue;
            }
            // An exact copy, even with nothing after it, or after boilerplate
            // (`ADVERTISEMENT JAKARTA, WARTA.com -`).
            if let Some(o) = rest.find(same.as_str()).filter(|_| !same.is_empty())
                && (o == 0 || only_boilerplate(rest.get(..o).unwrap_or(""), rules))
            {
                if o > 0 {
                    apply_rules(rest.get(..o).unwrap_or(""), rules, items);
                }
                items.push(Item::Drop(BoilerKind::Dateline, same.clone()));
                rest = rest.get(o + same.len()..).unwrap_or("").trim();
                continue;
            }
            match dateline::find_within(rest) {
                Some((o, again)) => {
                    let (lead, after) = (rest.get(..o).unwrap_or(""), rest.get(o..).unwrap_or(""));
                    // (one hashing of what follows serves the test and the classification)
                    let words = words_after(after, later());
                    if !ends_finished(lead) && !repeats_later(lead, &words) {
                        break;
                    }
                    let mut first = false;
                    classify_lead(lead.trim(), &words, rules, &mut first, meta, items);
                    items.push(Item::Drop(BoilerKind::Dateline, again.text.clone()));
                    rest = after.get(again.len..).unwrap_or("").trim();
                }
                None => break,
            }
        }
        // What follows the dateline is a paragraph like any other.
        for (piece, known) in split_at_rules(rest.to_owned(), rules) {
            apply_rules_known(piece, rules, known, items);
        }
        return k + 1;
    }
    0
}

/// The dateline that is the whole of paragraph `p`, the article going on in
/// `next` (`Jakarta -`, then the first sentence).
fn lone_dateline(p: &str, next: &str) -> Option<dateline::Dateline> {
    let p = p.trim();
    if !may_be_lone_dateline(p) {
        return None;
    }
    let d = dateline::find(&format!("{p} {}", next.trim()))?;
    (d.text.trim_end() == p).then(|| dateline::Dateline { len: p.len(), text: p.to_owned(), ..d })
}

/// Short, and ending in a dash: most paragraphs are turned away here.
fn may_be_lone_dateline(p: &str) -> bool {
    let p = p.trim();
    p.len() <= 80 && p.ends_with(['-', '–', '—'])
}

/// Whether text before a dateline in its paragraph lets it be taken: once
/// the rules have removed their pieces, nothing is left, or what is left
/// ends like a finished sentence (as the text would stand when cleaned
/// again, so that a second cleaning takes no more than the first).
fn lead_gives_way(lead: &str, rules: &RuleSet) -> bool {
    kept_pieces(&ruled(lead, rules)).next_back().is_none_or(ends_finished)
}

/// Where the text the rules keep of `p` starts, when all before it is
/// boilerplate.
fn after_boilerplate(p: &str, rules: &RuleSet) -> Option<usize> {
    let items = ruled(p, rules);
    let first = kept_pieces(&items).next()?;
    p.find(first).filter(|&o| o > 0 && only_boilerplate(p.get(..o).unwrap_or(""), rules))
}

/// Whether the rules remove anything from `text`.
fn has_boilerplate(text: &str, rules: &RuleSet) -> bool {
    ruled(text, rules).iter().any(|it| matches!(it, Item::Drop(..)))
}

/// Whether the rules remove everything in `text` that has letters or digits.
fn only_boilerplate(text: &str, rules: &RuleSet) -> bool {
    kept_pieces(&ruled(text, rules)).next().is_none()
}

/// `text` with the rules applied: its pieces, kept and removed.
fn ruled(text: &str, rules: &RuleSet) -> Vec<Item> {
    let mut items = Vec::new();
    apply_rules(text, rules, &mut items);
    items
}

/// The kept pieces among `items` that have letters or digits.
fn kept_pieces(items: &[Item]) -> impl DoubleEndedIterator<Item = &str> {
    items.iter().filter_map(|it| match it {
        Item::Keep(t) if t.chars().any(char::is_alphanumeric) => Some(t.as_str()),
        _ => None,
    })
}

/// Text that stood before a dateline: boilerplate by the rules, else a
/// teaser whose words come again later, a caption, the headline (the first
/// short unfinished line), or content kept as it is.
fn classify_lead(b: &str, rest_words: &[WordHash], rules: &RuleSet, first: &mut bool, meta: &mut Meta, items: &mut Vec<Item>) {
    for piece in ruled(b, rules) {
        let Item::Keep(t) = piece else {
            items.push(piece);
            continue;
        };
        let words = word_hashes(&t);
        let kind = if words.len() >= 4 && contains_run(rest_words, &words) {
            BoilerKind::Duplicate
        } else if is_caption_like(&t) {
            BoilerKind::Caption
        } else if *first && t.chars().count() <= 160 && !t.ends_with('.') {
            meta.title.get_or_insert_with(|| t.clone());
            BoilerKind::Title
        } else {
            *first = false;
            items.push(Item::Keep(t));
            continue;
        };
        *first = false;
        items.push(Item::Drop(kind, t));
    }
}

/// The word hashes of `text` followed by `later` (those of the paragraphs
/// after it).
fn words_after(text: &str, later: &[WordHash]) -> Vec<WordHash> {
    let mut out = Vec::with_capacity(text.len() / 6 + later.len());
    push_word_hashes(text, &mut out);
    out.extend_from_slice(later);
    out
}

/// `Words::of` the paragraphs, worked out when first asked for (most
/// articles open with their dateline and never ask).
struct LazyWords<'a> {
    paras: &'a [String],
    words: std::cell::OnceCell<Words>,
}

impl LazyWords<'_> {
    fn get(&self) -> &Words {
        self.words.get_or_init(|| Words::of(self.paras))
    }
}

/// The word hashes of a list of paragraphs, end to end.
struct Words {
    all: Vec<WordHash>,
    /// Where each paragraph's words end in `all`.
    ends: Vec<usize>,
}

impl Words {
    fn of<S: AsRef<str> + Sync>(paras: &[S]) -> Self {
        let runs = parallel::in_runs(
            paras.iter().collect(),
            |p| p.as_ref().len(),
            |run| {
                let mut all: Vec<WordHash> = Vec::with_capacity(run.iter().map(|p| p.as_ref().len()).sum::<usize>() / 6);
                let mut ends = Vec::with_capacity(run.len());
                for p in run {
                    push_word_hashes(p.as_ref(), &mut all);
                    ends.push(all.len());
                }
                (all, ends)
            },
        );
        let mut runs = runs.into_iter();
        // (the first run's lists are kept, not copied: one run, most texts)
        let Some((all, ends)) = runs.next() else { return Self { all: Vec::new(), ends: Vec::new() } };
        let mut out = Self { all, ends };
        for (all, ends) in runs {
            let base = out.all.len();
            out.ends.extend(ends.into_iter().map(|e| base + e));
            out.all.extend(all);
        }
        out
    }

    /// Where paragraph `k`'s words start (the end of all past the last).
    fn start(&self, k: usize) -> usize {
        match k.checked_sub(1) {
            None => 0,
            Some(j) => self.ends.get(j).copied().unwrap_or(self.all.len()),
        }
    }

    /// Where paragraph `k`'s words are in `all`.
    fn range(&self, k: usize) -> std::ops::Range<usize> {
        self.ends.get(k).map_or(0..0, |&end| self.start(k)..end)
    }

    /// The words of paragraph `k` and all after it.
    fn from(&self, k: usize) -> &[WordHash] {
        self.all.get(self.start(k)..).unwrap_or_default()
    }
}

/// Text that ends like a finished sentence or quotation.
fn ends_finished(lead: &str) -> bool {
    lead.trim().ends_with(['.', '!', '?', ')', '"', '”'])
}

/// Whether the words of `lead` (four at least) come again in `later_words`.
fn repeats_later(lead: &str, later_words: &[WordHash]) -> bool {
    let words = word_hashes(lead);
    words.len() >= 4 && contains_run(later_words, &words)
}

/// A photo caption standing before the article: a description dated like
/// `Rabu (27/12/2023).` or carrying a photo credit.
fn is_caption_like(p: &str) -> bool {
    CAPTION_LIKE.is_match(p)
}

static CAPTION_LIKE: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    Pattern::light(r"\([0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\)|\([A-Z][A-Za-z.]*\.(?:com|COM)\s*/|\(ANTARA|Foto\s*:")
});

/// A removal inside a paragraph.
#[derive(Debug, Clone, Copy)]
struct Cut {
    start: usize,
    end: usize,
    kind: BoilerKind,
}

/// Apply the rule table to one paragraph, pushing what is kept and removed.
/// Pieces that changed are judged again (a line may be boilerplate once the
/// ad marker inside it is gone), so one pass reaches what a second would.
fn apply_rules(p: &str, rules: &RuleSet, items: &mut Vec<Item>) {
    apply_rules_known(p.to_owned(), rules, None, items);
}

/// `apply_rules` with the paragraph's candidate rules perhaps already known;
/// a paragraph kept whole is moved into `items`, not copied. Returns whether
/// it was (its one item is the paragraph, trimmed).
fn apply_rules_known(p: String, rules: &RuleSet, known: Known, items: &mut Vec<Item>) -> bool {
    let mut round = Vec::new();
    if apply_rules_once(&p, rules, known, &mut round) == Outcome::Whole {
        items.push(Item::Keep(trimmed(p)));
        return true;
    }
    for _ in 0..3 {
        let changed = round.iter().any(|it| matches!(it, Item::Keep(t) if t != trim(&p)));
        if !changed {
            break;
        }
        let mut next = Vec::with_capacity(round.len());
        for it in round {
            match it {
                // A changed piece may now have a split point (a marker removed
                // between a sentence end and the next boilerplate line).
                Item::Keep(t) => {
                    for (piece, known) in split_at_rules(t, rules) {
                        if apply_rules_once(&piece, rules, known, &mut next) == Outcome::Whole {
                            next.push(Item::Keep(trimmed(piece)));
                        }
                    }
                }
                drop => next.push(drop),
            }
        }
        if next.iter().filter(|it| matches!(it, Item::Drop(..))).count() == 0 {
            round = next;
            break;
        }
        round = next;
    }
    items.extend(round);
    false
}

/// `s` without surrounding spaces, reusing its buffer when it has none.
fn trimmed(s: String) -> String {
    if trim(&s).len() == s.len() { s } else { s.trim().to_owned() }
}

/// What `apply_rules_once` made of a paragraph.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// Kept whole (trimmed): nothing was pushed, the caller keeps it.
    Whole,
    /// Its pieces, kept and removed, were pushed.
    Pushed,
}

fn apply_rules_once(p: &str, rules: &RuleSet, known: Known, items: &mut Vec<Item>) -> Outcome {
    let p = trim(p);
    if p.is_empty() {
        return Outcome::Pushed;
    }
    // No letter or digit in any script: stray punctuation left by the site.
    if !p.chars().any(char::is_alphanumeric) {
        items.push(Item::Drop(BoilerKind::Other, p.to_owned()));
        return Outcome::Pushed;
    }
    let known = known.unwrap_or_else(|| rules.candidates(p));
    if known.rules.is_empty() {
        return Outcome::Whole;
    }
    let active = || known.rules.iter().filter_map(|&i| Some((i, rules.rules.get(i)?)));
    if p.len() <= rules::PARAGRAPH_RULE_MAX
        && let Some((_, rule)) = active().find(|(_, r)| r.matches_whole(p))
    {
        items.push(Item::Drop(rule.kind, p.to_owned()));
        return Outcome::Pushed;
    }
    let mut cuts: Vec<Cut> = Vec::new();
    for (i, rule) in active() {
        let starts = Some(known.starts_of(i));
        match rule.scope {
            Scope::Paragraph => {}
            Scope::Inline => {
                for c in rules.captures(i, p, starts, &["cut"]) {
                    let m = c.get(0).unwrap_or(c.whole);
                    if m.end > m.start {
                        cuts.push(Cut { start: m.start, end: m.end, kind: rule.kind });
                    }
                }
            }
            Scope::Marker => {
                for m in rules.matches(i, p, starts) {
                    cuts.push(Cut { start: m.start, end: headline_end(p, m.end), kind: rule.kind });
                }
            }
            Scope::Label => label_cuts(rule, rules.matches(i, p, starts), p, &mut cuts),
        }
    }
    if cuts.is_empty() {
        return Outcome::Whole;
    }
    cuts.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    // Headlines after a marker never run over the next piece of boilerplate
    // (walking back, the nearest later start is known).
    let (mut later, mut next) = (None, None);
    for c in cuts.iter_mut().rev() {
        if let Some(s) = next.filter(|&s| s > c.start) {
            later = Some(s);
        }
        if c.kind == BoilerKind::Related
            && let Some(s) = later
        {
            c.end = c.end.min(s);
        }
        next = Some(c.start);
    }
    // Overlapping cuts become one.
    cuts.dedup_by(|c, kept| {
        let overlaps = c.start < kept.end;
        if overlaps {
            kept.end = kept.end.max(c.end);
        }
        overlaps
    });
    emit_with_cuts(p, &cuts, items);
    Outcome::Pushed
}

fn name_re() -> &'static Pattern {
    &NAME_AT_START
}

static NAME_AT_START: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| Pattern::light(format!("^{NAME}")));

static CREDIT_LABEL: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    Pattern::light(format!(r"(?P<label>Pewarta|Penulis|Reporter|Oleh|Editor|Redaktur|Penyunting)\s*:\s*(?P<name>{NAME})"))
});

/// Every pattern of the cleaner that starts on the light engine.
#[cfg(test)]
pub(crate) fn light_patterns() -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for spec in rules::BUILTIN {
        let r = Rule::new(spec.kind, spec.scope, spec.split, spec.pattern);
        all.push(r.find().as_str().to_owned());
        all.push(r.re().as_str().to_owned());
        all.extend(r.tail_pattern().map(str::to_owned));
    }
    all.extend(dateline::sources().iter().cloned());
    all.extend([&*CAPTION_LIKE, &*NAME_AT_START, &*CREDIT_LABEL].map(|p| p.as_str().to_owned()));
    all
}

/// Credit labels: at the start of a paragraph, or in a tail made only of
/// labels (`...Pewarta: AEditor: B`). The name after a label ends at the next
/// label, a separator, or where a sentence visibly resumes.
fn label_cuts(rule: &Rule, found: impl IntoIterator<Item = std::ops::Range<usize>>, p: &str, cuts: &mut Vec<Cut>) {
    let labels: Vec<(usize, usize)> = found.into_iter().map(|m| (m.start, m.end)).collect();
    let name_re = name_re();
    let mut accepted: Vec<Cut> = Vec::new();
    for (i, &(ls, le)) in labels.iter().enumerate() {
        let limit = labels.get(i + 1).map_or(p.len(), |n| n.0);
        let after = p.get(le..limit).unwrap_or("");
        let lead = after.len() - after.trim_start().len();
        let value = after.get(lead..).unwrap_or("");
        let mut end = le + lead + name_re.find(value).map_or(0, |m| m.end);
        // A name never ends inside a word (`Pewarta: Rp1,5` has no name).
        if p.get(end..).and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric) {
            let name = p.get(le + lead..end).unwrap_or("");
            end = le + lead + name.rfind(' ').unwrap_or(0);
        }
        let mut rest = p.get(end..limit).unwrap_or("");
        // A sentence resumes right after the name: its first word was not part of it.
        if rest.starts_with(' ') && rest.trim_start().starts_with(char::is_lowercase) {
            let name = p.get(le + lead..end).unwrap_or("");
            if let Some(sp) = name.rfind(' ') {
                end = le + lead + sp;
                rest = p.get(end..limit).unwrap_or("");
            }
        }
        let rest_t = rest.trim_start_matches([' ', '|', ',', ';', ')', '.']);
        let tail_ok = rest_t.is_empty();
        let at_start =
            ls == 0 || accepted.last().is_some_and(|c| p.get(c.end..ls).is_some_and(|g| g.trim_matches([' ', '|', ',']).is_empty()));
        if at_start || tail_ok {
            let end = if tail_ok { limit } else { end };
            accepted.push(Cut { start: ls, end, kind: rule.kind });
        }
    }
    cuts.extend(accepted);
}

/// Where the headlines after a related-links marker end (byte offset in `p`).
///
/// Headlines are glued to each other and to the next sentence (`...Harga
/// NormalPuncak Nekat Mudik ... Metro JayaNana menuturkan`), or stand alone on
/// their line, or are missing (`Baca JugaBegitu juga`).
fn headline_end(p: &str, from: usize) -> usize {
    let t = p.get(from..).unwrap_or("");
    // A marker glued straight to a word, with no colon, is a widget label
    // whose headline was not saved (`Baca JugaBegitu juga`, `Baca JugaKota`).
    let marker = p.get(..from).unwrap_or("");
    if marker.ends_with(char::is_alphanumeric) && !t.is_empty() && !t.starts_with([' ', ':']) {
        return from;
    }
    let body = t.trim_start_matches([' ', ':', '-', '–', '—']);
    let off = from + (t.len() - body.len());
    if body.is_empty() {
        return p.len();
    }
    // A quoted video title: `Video 'Judul':` / `video "Judul" di sini:`
    if let Some(q) = body.chars().next().filter(|c| matches!(c, '\'' | '"' | '“' | '‘')) {
        let close = match q {
            '“' => '”',
            '‘' => '’',
            c => c,
        };
        if let Some(i) = body.get(q.len_utf8()..).and_then(|b| b.find(close)) {
            let mut end = off + q.len_utf8() + i + close.len_utf8();
            let rest = p.get(end..).unwrap_or("");
            let trimmed = rest.trim_start();
            let trimmed = trimmed.strip_prefix("di sini").map_or(trimmed, str::trim_start);
            if let Some(r) = trimmed.strip_prefix(':') {
                end = p.len() - r.len();
                return end;
            } else if trimmed.is_empty() {
                return p.len();
            }
            // A headline that merely starts with a quoted title goes on: judge it whole below.
        }
    }
    let first_end = segment::first_sentence_end(body);
    let region = body.get(..first_end.unwrap_or(body.len())).unwrap_or(body);
    let glue = glue_points(region);
    if let Some(&g) = glue.last() {
        let after = region.get(g..).unwrap_or("");
        if first_end.is_none() && !has_sentence_word(after) {
            return p.len();
        }
        return off + g;
    }
    // Headline alone on its line (short, no sentence following). Headlines
    // do not end with a full stop: one that does holds a sentence too.
    if first_end.is_none() && body.chars().count() <= 250 && !body.trim_end().ends_with('.') {
        return p.len();
    }
    // Title Case run, then the sentence: find where the sentence starts.
    let region_words = word_spans(region);
    let run = region_words.iter().take_while(|(_, w)| is_headline_word(w)).count();
    if run >= region_words.len() {
        return off + region.len();
    }
    // The sentence starts with a capital (`… Kubra Hanya di mata`: `Hanya`, not `di`).
    let starter = (1..run).rev().find(|&i| {
        region_words.get(i).is_some_and(|(_, w)| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.starts_with(char::is_uppercase) && SENTENCE_STARTER_SET.contains_lowercase(w)
        })
    });
    let start_word = starter.unwrap_or(run.saturating_sub(1));
    match region_words.get(start_word) {
        Some(&(pos, _)) if start_word > 0 => off + pos,
        _ => from,
    }
}

/// Words of `s` with their byte offsets.
fn word_spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            if let Some(st) = start.take() {
                out.push((st, s.get(st..i).unwrap_or("")));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, s.get(st..).unwrap_or("")));
    }
    out
}

fn is_headline_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty() || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || is_in(HEADLINE_CONNECTORS, w) || w.starts_with("nya")
}

fn has_sentence_word(s: &str) -> bool {
    word_spans(s).iter().skip(1).any(|(_, w)| w.starts_with(char::is_lowercase) && !is_in(HEADLINE_CONNECTORS, w))
}

/// Offsets where a lowercase letter, digit or closing mark is glued to a
/// capitalised word (`NormalPuncak`, `JayaNana`, `Covid-19Maskapai`), or
/// where a quotation opens after a headline (`Gratis "Yang kedua …,"`). A
/// short quoted term inside the headline (`fenomena "Web 3.0" bagi`) is
/// neither.
fn glue_points(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // Three characters at a time (no list of them: the region may be long),
    // with the one before the first.
    let mut cs = s.char_indices();
    let (Some((_, mut a)), Some((mut i, mut b))) = (cs.next(), cs.next()) else { return out };
    let mut before: Option<char> = None;
    for (j, c) in cs {
        if (a.is_lowercase() || a.is_ascii_digit() || matches!(a, '!' | '?' | ')' | '"' | '”')) && b.is_uppercase() && c.is_lowercase() {
            // (a straight quote after a space opens a quotation)
            let opening = a == '"' && before.is_none_or(char::is_whitespace);
            if !(opening && quoted_term(s.get(i..).unwrap_or(""))) {
                // An opening mark belongs to the quotation after it.
                out.push(if opening { i - 1 } else { i });
            }
        }
        before = Some(a);
        (a, i, b) = (b, j, c);
    }
    out
}

/// Whether `rest` (after an opening straight quote) is a short quoted term:
/// closed within eight words, and not like a quoted sentence (`…lagi,"`).
fn quoted_term(rest: &str) -> bool {
    rest.find('"')
        .and_then(|end| rest.get(..end))
        .is_some_and(|inner| inner.split_whitespace().count() <= 8 && !inner.trim_end().ends_with([',', '.', '!', '?']))
}

/// Emit the kept pieces and the removed ones. Pieces that only hold
/// punctuation join the neighbouring removal; kept pieces join into one
/// paragraph unless the first ends a sentence and the next starts one.
fn emit_with_cuts(p: &str, cuts: &[Cut], items: &mut Vec<Item>) {
    struct Group {
        drops: Vec<(BoilerKind, String)>,
        text: String,
    }
    let mut groups: Vec<Group> = vec![Group { drops: Vec::new(), text: String::new() }];
    let mut pos = 0;
    let push_kept = |groups: &mut Vec<Group>, piece: &str| {
        let piece = piece.trim();
        if piece.is_empty() {
            return;
        }
        let Some(g) = groups.last_mut() else { return };
        if !piece.chars().any(char::is_alphanumeric) {
            match g.drops.last_mut() {
                Some(d) if g.text.is_empty() => {
                    d.1.push(' ');
                    d.1.push_str(piece);
                }
                _ => {
                    if !g.text.is_empty() {
                        g.text.push_str(piece);
                    }
                }
            }
            return;
        }
        let starts = piece.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'));
        if !g.text.is_empty() && g.text.ends_with(is_terminal) && starts {
            groups.push(Group { drops: Vec::new(), text: piece.to_owned() });
        } else {
            if !g.text.is_empty() {
                g.text.push(' ');
            }
            g.text.push_str(piece);
        }
    };
    for c in cuts {
        push_kept(&mut groups, p.get(pos..c.start).unwrap_or(""));
        let removed = p.get(c.start..c.end).unwrap_or("").trim();
        if !removed.is_empty() {
            if groups.last().is_some_and(|g| !g.text.is_empty()) {
                // A removal after kept text belongs before the next paragraph
                // when it ends this one; otherwise it stays inside this one.
                let rest = p.get(c.end..).unwrap_or("").trim_start();
                let ends_here = groups.last().is_some_and(|g| g.text.ends_with(is_terminal))
                    && (rest.is_empty() || rest.starts_with(|ch: char| ch.is_uppercase() || matches!(ch, '"' | '“')));
                if ends_here {
                    groups.push(Group { drops: Vec::new(), text: String::new() });
                }
            }
            if let Some(g) = groups.last_mut() {
                g.drops.push((c.kind, removed.to_owned()));
            }
        }
        pos = c.end;
    }
    push_kept(&mut groups, p.get(pos..).unwrap_or(""));
    for g in groups {
        for (k, t) in g.drops {
            items.push(Item::Drop(k, t));
        }
        if !g.text.is_empty() {
            items.push(Item::Keep(g.text));
        }
    }
}

/// A word's hash: 32 bits keep a long article's words in half the memory;
/// copies are judged on runs of five words or more, which never collide by
/// chance.
type WordHash = u32;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Hashes of the lowercased alphanumeric words of `s`, in order.
fn word_hashes(s: &str) -> Vec<WordHash> {
    let mut out = Vec::with_capacity(s.len() / 6);
    push_word_hashes(s, &mut out);
    out
}

/// `word_hashes` appended to `out`: one pass over the bytes, eight at a
/// time. A word of ASCII letters and digits (nearly every word of an
/// Indonesian article) is found and hashed a word of eight bytes at a time;
/// a word with other letters, a character at a time. A word takes the same
/// way whatever its case (save the odd letter whose lowercase is ASCII, like
/// the Kelvin sign).
fn push_word_hashes(s: &str, out: &mut Vec<WordHash>) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let mut v = load8(b, i);
        let mut alnum = ascii_alnum_bits(v);
        if alnum & 0x80 == 0 {
            // Not an ASCII letter or digit: a word beyond ASCII starts here,
            // or skip to the next byte that may start a word.
            if b.get(i).is_some_and(|&x| x >= 0xC0) && alnum_at(s, i) {
                i = push_unicode_word(s, i, out);
                continue;
            }
            let may_start = (alnum | (v & HIGH)) & !0x80;
            i += if may_start == 0 { 8 } else { (may_start.trailing_zeros() / 8) as usize };
            continue;
        }
        // An ASCII run, mixed in eight bytes at a time as it is found.
        let mut j = i;
        let mut h = FNV_OFFSET;
        let run = loop {
            let run = ((!alnum & HIGH).trailing_zeros() / 8) as usize;
            let keep = if run == 8 { u64::MAX } else { (1u64 << (8 * run)) - 1 };
            h = (h ^ ((v | LOWER) & keep)).wrapping_mul(0x9fb2_1c65_1e98_df25).rotate_left(29);
            j += run;
            if run < 8 {
                break run;
            }
            v = load8(b, j);
            alnum = ascii_alnum_bits(v);
        };
        // Unless a letter beyond ASCII goes on with the word.
        if b.get(j).is_some_and(|&y| y >= 0xC0) && alnum_at(s, j) {
            i = push_unicode_word(s, i, out);
            continue;
        }
        h = (h ^ (j - i) as u64).wrapping_mul(0x9fb2_1c65_1e98_df25);
        out.push(fold(h ^ (h >> 31)));
        // The next byte that may start a word, past the one that ended this
        // word, if the same eight bytes hold it.
        let after = ((alnum | (v & HIGH)) >> (8 * run)) & !0xFF;
        i = if after == 0 { j + 8 - run } else { j + (after.trailing_zeros() / 8) as usize };
    }
}

/// `| LOWER` lowercases ASCII letters and leaves digits as they are.
const LOWER: u64 = 0x2020_2020_2020_2020;

/// The high bit of every byte of `v` that is an ASCII letter or digit.
#[inline]
fn ascii_alnum_bits(v: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(x: u8) -> u64 {
        0x0101_0101_0101_0101 * x as u64
    }
    // Per byte, on its low seven bits (no carry crosses a byte): `x + (0x80
    // - lo)` sets the high bit when x >= lo, `x + (0x7f - hi)` when x > hi.
    let low = v & !HIGH;
    let lower = low | LOWER;
    let letter = (lower + each(0x80 - b'a')) & !(lower + each(0x7f - b'z'));
    let digit = (low + each(0x80 - b'0')) & !(low + each(0x7f - b'9'));
    (letter | digit) & !v & HIGH
}

/// `s.trim()`, at once when there is nothing to trim (nearly every
/// paragraph, and a paragraph is trimmed at several steps): an ASCII byte
/// above the space at both ends is no white space.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&a), Some(&z)) if (b'!'..0x80).contains(&a) && (b'!'..0x80).contains(&z) => s,
        _ => s.trim(),
    }
}

/// Eight bytes of `b` from `i` as a little-endian word (zeros past the end).
#[inline]
pub(crate) fn load8(b: &[u8], i: usize) -> u64 {
    match b.get(i..i + 8) {
        Some(w) => <[u8; 8]>::try_from(w).map_or(0, u64::from_le_bytes),
        None => {
            let mut buf = [0u8; 8];
            for (d, s) in buf.iter_mut().zip(b.get(i..).unwrap_or_default()) {
                *d = *s;
            }
            u64::from_le_bytes(buf)
        }
    }
}

/// Hash the word of letters and digits (some beyond ASCII) starting at `i`;
/// returns where it ends.
fn push_unicode_word(s: &str, i: usize, out: &mut Vec<WordHash>) -> usize {
    let end = s.get(i..).and_then(|t| t.find(|c: char| !c.is_alphanumeric())).map_or(s.len(), |k| i + k);
    out.push(unicode_word_hash(s.get(i..end).unwrap_or_default()));
    end.max(i + 1)
}

/// Whether the character starting at byte `i` of `s` is a letter or digit.
fn alnum_at(s: &str, i: usize) -> bool {
    s.get(i..).and_then(|t| t.chars().next()).is_some_and(char::is_alphanumeric)
}

/// A word's hash a character at a time, lowercased (FNV-1a).
fn unicode_word_hash(w: &str) -> WordHash {
    let mut h = FNV_OFFSET;
    for l in w.chars().flat_map(char::to_lowercase) {
        h = (h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
    }
    fold(h)
}

/// FNV-1a's 64 bits folded to a `WordHash`.
fn fold(h: u64) -> WordHash {
    ((h >> 32) ^ h) as WordHash
}

/// A set of word hashes that may answer "yes" wrongly, never "no" (a bit
/// per value of the hash's top 16 bits).
struct WordBits(Box<[u64; 1024]>);

impl Default for WordBits {
    fn default() -> Self {
        Self(Box::new([0; 1024]))
    }
}

impl WordBits {
    fn insert(&mut self, w: WordHash) {
        let k = w >> 16;
        if let Some(b) = self.0.get_mut((k >> 6) as usize) {
            *b |= 1 << (k & 63);
        }
    }

    fn contains(&self, w: WordHash) -> bool {
        let k = w >> 16;
        self.0.get((k >> 6) as usize).is_some_and(|b| b & (1 << (k & 63)) != 0)
    }
}

/// The first two words of `ws` as one key for `WordBits` (its top bits
/// take from both).
#[inline]
fn word_pair(ws: &[WordHash]) -> WordHash {
    match ws {
        [a, b, ..] => a ^ b.rotate_left(16),
        _ => 0,
    }
}

fn shingle_hash(ws: &[WordHash]) -> u64 {
    ws.iter().fold(0x9e37_79b9_7f4a_7c15_u64, |h, &w| (h ^ u64::from(w)).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(17))
}

/// Where an opening shingle was found: (item, word). Nearly every opening
/// is found once, in its own paragraph; the first place is kept without a
/// list of its own.
#[derive(Default)]
struct Places {
    first: Option<(usize, usize)>,
    more: Vec<(usize, usize)>,
}

impl Places {
    fn push(&mut self, i: usize, k: usize) {
        if self.first.is_none() {
            self.first = Some((i, k));
        } else {
            self.more.push((i, k));
        }
    }

    fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.first.into_iter().chain(self.more.iter().copied())
    }
}

/// Paragraphs whose text already stands elsewhere in the article (a teaser, a
/// pull-quote, a second copy): the first full copy stays, the others go.
/// `whole[i]` is the paragraph of `paragraph_words` item i keeps whole, if
/// it does (its words are not hashed again, when they were hashed).
fn mark_duplicates(items: &mut [Item], whole: &[Option<usize>], paragraph_words: Option<&Words>) {
    const SHINGLE: usize = 5;
    const MIN_WORDS: usize = 6;
    // When the paragraphs' words were not hashed, the kept items' words are
    // (all at once: a long text shares them out over the cores), each item
    // whole in them.
    let own;
    let (paragraph_words, whole): (&Words, std::borrow::Cow<'_, [Option<usize>]>) = match paragraph_words {
        Some(w) => (w, whole.into()),
        None => {
            let texts: Vec<&str> = items.iter().map(|it| if let Item::Keep(t) = it { t.as_str() } else { "" }).collect();
            own = Words::of(&texts);
            (&own, (0..items.len()).map(Some).collect())
        }
    };
    // Each item's words: a paragraph kept whole has them in
    // `paragraph_words`, a changed one is hashed here (few are), a removed
    // one has none.
    let mut fresh: Vec<WordHash> = Vec::new();
    let mut spans: Vec<(bool, std::ops::Range<usize>)> = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        spans.push(match (it, whole.get(i).copied().flatten()) {
            (Item::Keep(_), Some(k)) => (true, paragraph_words.range(k)),
            (Item::Keep(t), None) => {
                let from = fresh.len();
                push_word_hashes(t, &mut fresh);
                (false, from..fresh.len())
            }
            (Item::Drop(..), _) => (false, 0..0),
        });
    }
    let words = |i: usize| {
        spans
            .get(i)
            .and_then(|(shared, r)| if *shared { paragraph_words.all.get(r.clone()) } else { fresh.get(r.clone()) })
            .unwrap_or_default()
    };
    // Only shingles that open a long-enough paragraph can signal a copy.
    let mut wanted: rustc_hash::FxHashMap<u64, Places> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(items.len(), rustc_hash::FxBuildHasher);
    // Most words open no such paragraph: a bit per opening pair of words
    // turns them away before their shingle is hashed (one word would not:
    // an opener like `Di` is a common word too), a bit per opening shingle
    // before the map is probed.
    let mut openers = WordBits::default();
    let mut opening = WordBits::default();
    for i in 0..items.len() {
        let w = words(i);
        if w.len() >= MIN_WORDS
            && let Some(first) = w.get(..SHINGLE)
        {
            let h = shingle_hash(first);
            wanted.entry(h).or_default();
            openers.insert(word_pair(first));
            opening.insert(fold(h));
        }
    }
    if wanted.is_empty() {
        return;
    }
    let found = parallel::in_runs(
        (0..items.len()).collect(),
        |&i| words(i).len() * 6,
        |run| {
            let mut found = Vec::new();
            for i in run {
                for (k, sh) in words(i).windows(SHINGLE).enumerate() {
                    if !openers.contains(word_pair(sh)) {
                        continue;
                    }
                    let h = shingle_hash(sh);
                    if opening.contains(fold(h)) && wanted.contains_key(&h) {
                        found.push((h, i, k));
                    }
                }
            }
            found
        },
    );
    // (a list per opening keeps each opening's places together: a long
    // text repeated has many places for each)
    for (h, i, k) in found.into_iter().flatten() {
        if let Some(v) = wanted.get_mut(&h) {
            v.push(i, k);
        }
    }
    let mut dup = vec![false; items.len()];
    for i in 0..items.len() {
        let w = words(i);
        if w.len() < MIN_WORDS {
            continue;
        }
        let Some(first) = w.get(..SHINGLE) else { continue };
        let Some(places) = wanted.get(&shingle_hash(first)) else { continue };
        let copied = places.iter().any(|(j, k)| {
            if j == i || dup.get(j).copied().unwrap_or(false) {
                return false;
            }
            let other = words(j);
            let same = other.get(k..k + w.len()).is_some_and(|s| s == w);
            // An equal copy counts only when it comes first.
            same && (other.len() > w.len() || j < i)
        });
        if copied && let Some(d) = dup.get_mut(i) {
            *d = true;
        }
    }
    for (it, d) in items.iter_mut().zip(dup) {
        if d && let Item::Keep(t) = it {
            *it = Item::Drop(BoilerKind::Duplicate, std::mem::take(t));
        }
    }
}

/// Widget words left after a page's last sentence (`Credits (2)`,
/// `Success`, `: Persib`): three words at most, no closing punctuation, not
/// a list item. The article keeps at least one paragraph.
fn drop_trailing_fragments(items: &mut [Item]) {
    let is_fragment = |t: &str| {
        let t = t.trim();
        t.split_whitespace().count() <= 3 && kind_of(t, None, false) != ParaKind::List && !t.ends_with(['.', '!', '?', '"', '”', ':'])
    };
    loop {
        let mut kept = items.iter().enumerate().filter(|(_, it)| matches!(it, Item::Keep(_))).map(|(i, _)| i);
        let (Some(last), Some(_)) = (kept.next_back(), kept.next_back()) else { return };
        let Some(it) = items.get_mut(last) else { return };
        match it {
            Item::Keep(t) if is_fragment(t) => *it = Item::Drop(BoilerKind::Other, std::mem::take(t)),
            _ => return,
        }
    }
}

/// Author and editor from the removed credit lines.
fn fill_credit_meta(items: &[Item], meta: &mut Meta) {
    if !items.iter().any(|it| matches!(it, Item::Drop(BoilerKind::Credit, _))) {
        return;
    }
    for it in items {
        // (the first of each is kept: once both are known, the rest is read for nothing)
        if meta.author.is_some() && meta.editor.is_some() {
            return;
        }
        let Item::Drop(BoilerKind::Credit, t) = it else { continue };
        // (a label is followed by a colon)
        if !t.contains(':') {
            continue;
        }
        for c in CREDIT_LABEL.captures_all(t, &["label", "name"]) {
            let (Some(label), Some(name)) = (c.get(0).and_then(|r| t.get(r)), c.get(1).and_then(|r| t.get(r))) else { continue };
            let name = name.trim().trim_end_matches(['|', ')', ' ']).to_owned();
            let slot = if matches!(label, "Editor" | "Redaktur" | "Penyunting") { &mut meta.editor } else { &mut meta.author };
            slot.get_or_insert(name);
        }
    }
}

/// Paragraph kinds for plain text: short unpunctuated lines between longer
/// paragraphs are headings; bulleted or numbered lines are list items.
fn kind_of(text: &str, next: Option<&str>, first: bool) -> ParaKind {
    let t = trim(text);
    let bullet = t.starts_with(['-', '•', '*', '–']) && t.chars().nth(1) == Some(' ');
    // `1. `, `12) `: one or two digits, a stop or parenthesis, a space.
    let numbered = match t.as_bytes() {
        [a, b'.' | b')', b' ', ..] => a.is_ascii_digit(),
        [a, b, b'.' | b')', b' ', ..] => a.is_ascii_digit() && b.is_ascii_digit(),
        _ => false,
    };
    if bullet || numbered {
        return ParaKind::List;
    }
    // Cheap tests first: most paragraphs end with punctuation.
    let unpunctuated = !t.ends_with(|c: char| ".,;:!?\"”’)".contains(c));
    if !first
        && unpunctuated
        && t.starts_with(char::is_uppercase)
        && next.is_some_and(|n| n.len() > t.len() * 2)
        && t.chars().count() <= 70
        && t.split(' ').count() <= 10
    {
        return ParaKind::Heading;
    }
    ParaKind::Body
}

fn assemble(items: Vec<Item>, meta: Meta) -> Article {
    let kept: Vec<&str> = items
        .iter()
        .filter_map(|it| match it {
            Item::Keep(t) => Some(t.as_str()),
            Item::Drop(..) => None,
        })
        .collect();
    let kinds: Vec<ParaKind> = kept.iter().enumerate().map(|(i, t)| kind_of(t, kept.get(i + 1).copied(), i == 0)).collect();
    let mut paragraphs = Vec::with_capacity(kept.len());
    let mut removed = Vec::new();
    for it in items {
        match it {
            Item::Keep(text) => {
                let kind = kinds.get(paragraphs.len()).copied().unwrap_or(ParaKind::Body);
                paragraphs.push(Paragraph { text, kind });
            }
            Item::Drop(kind, text) => removed.push(Removed { kind, text, paragraph: paragraphs.len() }),
        }
    }
    Article { meta, paragraphs, removed }
}

#[cfg(test)]
mod tests;
