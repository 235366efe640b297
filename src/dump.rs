//! Non-interactive output: the plain dump and the versioned JSON export.

use crate::article::{Article, ParaKind};
use crate::layout;
use crate::pipeline::Document;
use serde::Serialize;
use std::io::Write;

/// Version of the JSON export; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonDoc<'a> {
    schema_version: u32,
    meta: &'a crate::article::Meta,
    paragraphs: &'a [crate::article::Paragraph],
    removed: &'a [crate::article::Removed],
    names: &'a [crate::extract::Name],
    quotes: &'a [crate::extract::Quote],
}

impl<'a> JsonDoc<'a> {
    fn of(doc: &'a Document) -> Self {
        let a = &doc.article;
        Self {
            schema_version: SCHEMA_VERSION,
            meta: &a.meta,
            paragraphs: &a.paragraphs,
            removed: &a.removed,
            names: &doc.notes.names,
            quotes: &doc.notes.quotes,
        }
    }
}

/// The JSON export of a document (schema in README.md).
pub fn json(doc: &Document) -> serde_json::Result<String> {
    serde_json::to_string_pretty(&JsonDoc::of(doc))
}

/// `json` written straight to `w` (no copy of the whole document in memory).
pub fn write_json(w: impl std::io::Write, doc: &Document) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(w, &JsonDoc::of(doc))
}

/// Options for the plain dump.
#[derive(Debug, Clone, Copy)]
pub struct DumpOptions {
    pub width: usize,
    pub show_removed: bool,
    pub justify: bool,
    pub hyphenate: bool,
}

/// The metadata header line: source · city · date.
pub fn meta_line(a: &Article) -> Option<String> {
    let m = &a.meta;
    let date = m.date.as_deref().map(|d| crate::library::date::readable(d).unwrap_or_else(|| d.to_owned()));
    let parts: Vec<&str> = [m.source.as_deref(), m.city.as_deref(), date.as_deref()].into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Write the dump: header, then the clean paragraphs laid out by the layout
/// engine at the given width.
pub fn write_text(out: &mut dyn Write, doc: &Document, opts: &DumpOptions) -> std::io::Result<()> {
    let a = &doc.article;
    let width = u16::try_from(opts.width.max(1)).unwrap_or(u16::MAX);
    let mut header = false;
    if let Some(t) = &a.meta.title {
        write_block(out, t, ParaKind::Heading, width, opts)?;
        header = true;
    }
    if let Some(m) = meta_line(a) {
        write_block(out, &m, ParaKind::Body, width, opts)?;
        header = true;
    }
    if header {
        writeln!(out)?;
    }
    let mut first = true;
    let mut removed = a.removed.iter().peekable();
    let sep = |out: &mut dyn Write, first: &mut bool| -> std::io::Result<()> {
        if !*first {
            writeln!(out)?;
        }
        *first = false;
        Ok(())
    };
    for (i, p) in a.paragraphs.iter().enumerate() {
        if opts.show_removed {
            while let Some(r) = removed.next_if(|r| r.paragraph <= i) {
                sep(out, &mut first)?;
                write_block(
                    out,
                    &format!("[{}] {}", r.kind.name(), r.text),
                    ParaKind::Body,
                    width,
                    &DumpOptions { justify: false, ..*opts },
                )?;
            }
        }
        sep(out, &mut first)?;
        write_block(out, &p.text, p.kind, width, opts)?;
    }
    if opts.show_removed {
        for r in removed {
            sep(out, &mut first)?;
            write_block(out, &format!("[{}] {}", r.kind.name(), r.text), ParaKind::Body, width, &DumpOptions { justify: false, ..*opts })?;
        }
    }
    Ok(())
}

/// One paragraph through the layout engine, with its kind's indent.
fn write_block(out: &mut dyn Write, text: &str, kind: ParaKind, width: u16, opts: &DumpOptions) -> std::io::Result<()> {
    let (first_indent, indent) = layout::indent(kind);
    let w = width.saturating_sub(first_indent.max(indent)).max(1);
    let lines = layout::wrap_paragraph(text, w, opts.hyphenate);
    let n = lines.len();
    for (k, line) in lines.iter().enumerate() {
        let pad = if k == 0 { first_indent } else { indent };
        let prefix = match (kind, k) {
            (ParaKind::List, 0) => "• ".to_owned(),
            (ParaKind::Quote, _) => "│ ".to_owned(),
            _ => " ".repeat(usize::from(pad)),
        };
        let justify = (opts.justify && k + 1 < n).then_some(usize::from(w));
        writeln!(out, "{prefix}{}", layout::render_line(text, line, justify))?;
    }
    Ok(())
}
