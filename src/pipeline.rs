//! From a source to a document ready to read: decode, detect the format,
//! extract (HTML), clean, analyse.

use crate::article::{Article, BoilerKind, Meta, ParaKind, Removed};
use crate::clean::{self, CleanOptions};
use crate::extract::{self, Annotations};
use crate::html;
use crate::input::{self, Source};

/// A cleaned article with its names and quotations.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub article: Article,
    pub notes: Annotations,
    /// Something the reader should be told (e.g. no article found in a page).
    pub notice: Option<String>,
}

/// A paragraph's text as a 64-bit key.
fn text_key(text: &str) -> u64 {
    use std::hash::Hasher as _;
    let mut h = rustc_hash::FxHasher::default();
    h.write(text.as_bytes());
    h.finish()
}

/// Whether a source is an HTML page: by content, or by its file name.
fn is_html(path: &std::path::Path, text: &str) -> bool {
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    input::looks_like_html(text) || (matches!(ext.as_deref(), Some("html" | "htm" | "xhtml")) && text.trim_start().starts_with('<'))
}

/// Decode, clean and analyse a loaded source.
pub fn process(src: &Source, opts: &CleanOptions<'_>) -> Document {
    if let Some(doc) = process_mhtml(&src.bytes, opts) {
        return doc;
    }
    // A declared charset counts only when the bytes are not valid UTF-8
    // (pages often declare a legacy charset and are UTF-8).
    process_decoded(&src.path, input::decode(&src.bytes, html::declared_charset(&src.bytes)), opts)
}

/// `process` taking the source, so that its bytes become the text without a
/// copy (the non-interactive outputs: a large file is not held twice).
pub fn process_owned(src: Source, opts: &CleanOptions<'_>) -> Document {
    if let Some(doc) = process_mhtml(&src.bytes, opts) {
        return doc;
    }
    let hint = html::declared_charset(&src.bytes);
    process_decoded(&src.path, input::decode_owned(src.bytes, hint), opts)
}

/// A page is read as a page; a text is cleaned and dropped once sanitised.
fn process_decoded(path: &std::path::Path, decoded: input::Decoded, opts: &CleanOptions<'_>) -> Document {
    if is_html(path, &decoded.text) {
        return process_html(&decoded.text, decoded.encoding, opts);
    }
    let article = clean::clean_text_owned(decoded.text, decoded.encoding, opts);
    let notes = extract::analyze(&article);
    Document { article, notes, notice: None }
}

/// A single-file saved page (MHTML): its main HTML part, read.
fn process_mhtml(bytes: &[u8], opts: &CleanOptions<'_>) -> Option<Document> {
    let (part, charset) = html::mhtml_main_part(bytes)?;
    let decoded = input::decode(&part, charset.or_else(|| html::declared_charset(&part)));
    Some(process_html(&decoded.text, decoded.encoding, opts))
}

/// Clean and analyse text that is already decoded.
pub fn process_text(text: &str, encoding: &str, opts: &CleanOptions<'_>) -> Document {
    let article = clean::clean_text(text, encoding, opts);
    let notes = extract::analyze(&article);
    Document { article, notes, notice: None }
}

/// Find the article in a page, then clean it like any article; paragraph
/// kinds from the markup are kept where the cleaner left a paragraph whole.
pub fn process_html(page_text: &str, encoding: &str, opts: &CleanOptions<'_>) -> Document {
    let page = html::read(page_text);
    let page_title = page.meta.title.clone();
    let meta = Meta { encoding: encoding.to_owned(), ..page.meta };
    // A paragraph the cleaner leaves as it was keeps the kind the page gave
    // it. The texts go to the cleaner; the kinds stay here under a 64-bit
    // hash of their text (copying a long page's text to key them cost more
    // than the rest of this step).
    let (texts, page_kinds): (Vec<String>, Vec<ParaKind>) = page.paragraphs.into_iter().unzip();
    let kinds: rustc_hash::FxHashMap<u64, ParaKind> = texts.iter().map(|t| text_key(t)).zip(page_kinds).collect();
    let mut article = clean::clean_paragraphs(texts, meta, opts);
    for p in &mut article.paragraphs {
        if let Some(k) = kinds.get(&text_key(&p.text)) {
            p.kind = *k;
        }
    }
    // The page title goes to the metadata even when the cleaner found none.
    if article.meta.title.is_none() {
        article.meta.title = page_title;
    }
    if !opts.raw {
        for (kind, text) in page.removed {
            article.removed.push(Removed { kind, text, paragraph: article.paragraphs.len() });
        }
        article.removed.sort_by_key(|r| (r.paragraph, r.kind == BoilerKind::Caption));
    }
    let notes = extract::analyze(&article);
    let notice = page.whole_page.then(|| "no article found in this page: showing all of its text".to_owned());
    Document { article, notes, notice }
}
