//! Non-interactive output: the plain dump and the versioned JSON export.

use crate::article::{Article, ParaKind};
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

/// The JSON export of a document (schema in README.md).
pub fn json(doc: &Document) -> serde_json::Result<String> {
    let a = &doc.article;
    serde_json::to_string_pretty(&JsonDoc {
        schema_version: SCHEMA_VERSION,
        meta: &a.meta,
        paragraphs: &a.paragraphs,
        removed: &a.removed,
        names: &doc.notes.names,
        quotes: &doc.notes.quotes,
    })
}

/// Options for the plain dump.
#[derive(Debug, Clone, Copy)]
pub struct DumpOptions {
    pub width: usize,
    pub show_removed: bool,
}

/// The metadata header line: source · city · date.
pub fn meta_line(a: &Article) -> Option<String> {
    let m = &a.meta;
    let parts: Vec<&str> = [m.source.as_deref(), m.city.as_deref(), m.date.as_deref()].into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Write the dump: header, then the clean paragraphs wrapped to the width.
pub fn write_text(out: &mut dyn Write, doc: &Document, opts: &DumpOptions) -> std::io::Result<()> {
    let a = &doc.article;
    let width = opts.width.max(1);
    let mut header = false;
    if let Some(t) = &a.meta.title {
        for line in textwrap::wrap(t, width) {
            writeln!(out, "{line}")?;
        }
        header = true;
    }
    if let Some(m) = meta_line(a) {
        writeln!(out, "{m}")?;
        header = true;
    }
    if header {
        writeln!(out)?;
    }
    let mut first = true;
    let mut removed = a.removed.iter().peekable();
    for (i, p) in a.paragraphs.iter().enumerate() {
        if opts.show_removed {
            while let Some(r) = removed.next_if(|r| r.paragraph <= i) {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                let label = format!("[{}] ", r.kind.name());
                write_wrapped(out, &format!("{label}{}", r.text), width, "")?;
            }
        }
        if !first {
            writeln!(out)?;
        }
        first = false;
        let indent = match p.kind {
            ParaKind::Quote => "  ",
            ParaKind::List => "",
            _ => "",
        };
        write_wrapped(out, &p.text, width, indent)?;
    }
    if opts.show_removed {
        for r in removed {
            writeln!(out)?;
            write_wrapped(out, &format!("[{}] {}", r.kind.name(), r.text), width, "")?;
        }
    }
    Ok(())
}

fn write_wrapped(out: &mut dyn Write, text: &str, width: usize, indent: &str) -> std::io::Result<()> {
    let opts = textwrap::Options::new(width).initial_indent(indent).subsequent_indent(indent);
    for line in textwrap::wrap(text, opts) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
