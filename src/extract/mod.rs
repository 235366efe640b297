//! Names and quotations: [`Article`] in, [`Annotations`] out. Pure.

pub mod names;
pub mod quotes;

use crate::article::Article;
use serde::{Deserialize, Serialize};

/// Kind of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameKind {
    Person,
    Place,
    Organization,
}

/// Where a name or quotation stands: paragraph index and byte range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One entry of the names panel, aliases folded into the fullest form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Name {
    pub name: String,
    pub kind: NameKind,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// A direct quotation with its speaker (an entry of the names list, by name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// Everything extracted from one article, sorted by position.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    pub names: Vec<Name>,
    pub quotes: Vec<Quote>,
}

/// Extract names and quotations.
pub fn analyze(article: &Article) -> Annotations {
    let (names, nicknames) = names::names_and_nicknames(article);
    let mut quotes = quotes::quotes(article, &names);
    // A speaker known by a nickname the article explains gets the full name.
    for q in &mut quotes {
        if let Some((_, full)) = q.speaker.as_ref().and_then(|s| nicknames.iter().find(|(n, _)| n == s)) {
            q.speaker = Some(full.clone());
        }
    }
    Annotations { names, quotes }
}
