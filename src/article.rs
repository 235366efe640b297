//! The cleaned article: metadata, paragraphs, and every removed piece.
//!
//! Offsets everywhere in warta are UTF-8 byte offsets into one paragraph's `text`.

use serde::Serialize;

/// What a paragraph is, for styling and export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParaKind {
    Body,
    Heading,
    Quote,
    List,
}

/// One paragraph of the clean article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub text: String,
    pub kind: ParaKind,
}

impl Paragraph {
    /// A body paragraph.
    pub fn body(text: impl Into<String>) -> Self {
        Self { text: text.into(), kind: ParaKind::Body }
    }
}

/// The kinds of boilerplate (see the corpus guidelines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoilerKind {
    Title,
    Dateline,
    Related,
    Ad,
    Promo,
    Credit,
    Nav,
    Caption,
    Share,
    Duplicate,
    Other,
}

impl BoilerKind {
    /// The lowercase name used in JSON, rules and labels.
    pub fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Dateline => "dateline",
            Self::Related => "related",
            Self::Ad => "ad",
            Self::Promo => "promo",
            Self::Credit => "credit",
            Self::Nav => "nav",
            Self::Caption => "caption",
            Self::Share => "share",
            Self::Duplicate => "duplicate",
            Self::Other => "other",
        }
    }

    /// Parse a kind name as written in rules and config files.
    pub fn from_name(s: &str) -> Option<Self> {
        Some(match s {
            "title" => Self::Title,
            "dateline" => Self::Dateline,
            "related" => Self::Related,
            "ad" => Self::Ad,
            "promo" => Self::Promo,
            "credit" => Self::Credit,
            "nav" => Self::Nav,
            "caption" => Self::Caption,
            "share" => Self::Share,
            "duplicate" => Self::Duplicate,
            "other" => Self::Other,
            _ => return None,
        })
    }
}

/// A piece of boilerplate the cleaner took out; nothing is ever lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    pub kind: BoilerKind,
    pub text: String,
    /// Index of the clean paragraph this piece stood before (== number of
    /// paragraphs when it stood after the last one).
    pub paragraph: usize,
}

/// The input format the article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Text,
    Html,
}

/// What is known about the article beyond its text. Unknown values are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub source: Option<String>,
    pub city: Option<String>,
    pub author: Option<String>,
    pub editor: Option<String>,
    pub date: Option<String>,
    pub encoding: String,
    pub format: Format,
}

/// A cleaned article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub meta: Meta,
    pub paragraphs: Vec<Paragraph>,
    pub removed: Vec<Removed>,
}

impl Article {
    /// Total bytes of paragraph text.
    pub fn text_len(&self) -> usize {
        self.paragraphs.iter().map(|p| p.text.len()).sum()
    }
}
