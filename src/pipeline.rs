//! From a source to a document ready to read: decode, detect the format,
//! clean, extract.

use crate::article::Article;
use crate::clean::{self, CleanOptions};
use crate::extract::{self, Annotations};
use crate::input::{self, Source};
use std::path::PathBuf;

/// A cleaned article with its names and quotations.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub article: Article,
    pub notes: Annotations,
}

/// Why a source could not become a document.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("{path}: this is an HTML page; warta reads plain-text articles only so far (save the page as text)")]
    Html { path: PathBuf },
}

/// Decode, clean and analyse a loaded source.
pub fn process(src: &Source, opts: &CleanOptions<'_>) -> Result<Document, PipelineError> {
    let decoded = input::decode(&src.bytes, None);
    if input::looks_like_html(&decoded.text) {
        return Err(PipelineError::Html { path: src.path.clone() });
    }
    Ok(process_text(&decoded.text, decoded.encoding, opts))
}

/// Clean and analyse text that is already decoded.
pub fn process_text(text: &str, encoding: &str, opts: &CleanOptions<'_>) -> Document {
    let article = clean::clean_text(text, encoding, opts);
    let notes = extract::analyze(&article);
    Document { article, notes }
}
