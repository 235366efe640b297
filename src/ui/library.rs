//! Drawing the library list. Pure: reads the list, never changes it.

use super::{Theme, truncate};
use crate::input::sanitize;
use crate::layout::display_width;
use crate::library::date::Date;
use crate::library::list::List;
use crate::library::{Entry, Progress};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Column widths for a screen width: title, source (0: hidden), date, time, read.
fn columns(w: u16) -> (usize, usize, usize, usize, usize) {
    let w = usize::from(w);
    let (date, time, read) = (10, 6, 7);
    let source = if w >= 110 {
        22
    } else if w >= 72 {
        14
    } else {
        0
    };
    let fixed = 1 + date + 2 + time + 2 + read + 1 + if source > 0 { source + 2 } else { 0 };
    (w.saturating_sub(fixed + 2).max(8), source, date, time, read)
}

/// `text` cut or padded to exactly `width` columns.
fn cell(text: &str, width: usize) -> String {
    let t = truncate(text, width);
    let pad = width.saturating_sub(display_width(&t));
    format!("{t}{}", " ".repeat(pad))
}

fn right(text: &str, width: usize) -> String {
    let t = truncate(text, width);
    format!("{}{t}", " ".repeat(width.saturating_sub(display_width(&t))))
}

fn progress_label(l: &List, p: Progress) -> String {
    match p {
        Progress::Unread => l.strings.unread.to_owned(),
        Progress::Reading(n) => format!("{n} %"),
        Progress::Done => l.strings.done.to_owned(),
    }
}

/// The shown folder, with the home folder as `~`.
fn folder_label(l: &List) -> String {
    let root = l.root.display().to_string();
    match dirs::home_dir().map(|h| h.display().to_string()) {
        Some(h) if !h.is_empty() && h != "/" && root.starts_with(&h) => format!("~{}", root.get(h.len()..).unwrap_or("")),
        _ => root,
    }
}

fn row_spans(l: &List, i: usize, e: &Entry, theme: &Theme, selected: bool) -> Line<'static> {
    let s = l.strings;
    let (tw, sw, dw, mw, rw) = columns(l.size.0);
    let base = if selected { theme.selection } else { theme.body };
    let dim = if selected { theme.selection } else { theme.meta };
    let mut spans = vec![Span::styled(if selected { "▌" } else { " " }, if selected { theme.focus_bar } else { base })];
    let pending = e.is_pending();
    let progress = l.progress_of(e);
    // Title, with the name the filter matched when the title did not.
    let mut title = sanitize(&e.title);
    if let Some(err) = &e.error {
        title = format!("{title} — {err}");
    }
    let matched = l.matched_name(i).map(sanitize);
    let title_style = if e.error.is_some() || pending {
        dim.add_modifier(Modifier::DIM)
    } else if progress == Progress::Unread {
        base.add_modifier(Modifier::BOLD)
    } else {
        base
    };
    match matched {
        // The matched name gets up to half the column; the title what is left.
        Some(name) if tw >= 24 => {
            let name = truncate(&name, tw / 2);
            let title = truncate(&title, tw.saturating_sub(display_width(&name) + 3));
            let used = display_width(&title) + display_width(&name) + 3;
            spans.push(Span::styled(title, title_style));
            spans.push(Span::styled(" · ", dim));
            spans.push(Span::styled(name, if selected { theme.selection } else { theme.person }));
            spans.push(Span::styled(" ".repeat(tw.saturating_sub(used)), base));
        }
        _ => spans.push(Span::styled(cell(&title, tw), title_style)),
    }
    spans.push(Span::styled("  ", base));
    let unknown = if pending { "…" } else { "" };
    if sw > 0 {
        let source = e.source.as_deref().map_or_else(|| unknown.to_owned(), sanitize);
        spans.push(Span::styled(cell(&source, sw), dim));
        spans.push(Span::styled("  ", base));
    }
    // The article's date; the file's, dimmed, when it has none.
    let (date, style) = match &e.date {
        Some(d) => (d.clone(), base),
        None => (Date::of_epoch(e.mtime).iso(), dim.add_modifier(Modifier::DIM)),
    };
    spans.push(Span::styled(cell(&date, dw), style));
    spans.push(Span::styled("  ", base));
    let time = if pending || e.error.is_some() { unknown.to_owned() } else { format!("{} {}", e.minutes(), s.minutes) };
    spans.push(Span::styled(right(&time, mw), dim));
    spans.push(Span::styled("  ", base));
    let read_style = match progress {
        Progress::Reading(_) => base.add_modifier(Modifier::BOLD),
        _ => dim,
    };
    let label = if e.error.is_some() { String::new() } else { progress_label(l, progress) };
    spans.push(Span::styled(right(&label, rw), read_style));
    spans.push(Span::styled(" ", base));
    Line::from(spans)
}

/// Draw the list.
pub fn render(l: &List, theme: &Theme, f: &mut Frame) {
    let area = f.area();
    let s = l.strings;
    if area.height < 4 || area.width < 24 {
        f.render_widget(Paragraph::new(truncate("warta", usize::from(area.width))), area);
        return;
    }
    let w = usize::from(area.width);
    // Heading: folder and count.
    let count = if l.query.is_empty() {
        format!("{} {}", l.entries.len(), s.articles)
    } else {
        format!("{} {} {} {}", l.shown.len(), s.of, l.entries.len(), s.articles)
    };
    let head_left = format!(" {} · {}", s.heading, sanitize(&folder_label(l)));
    let head_right = format!("{} {} ", s.sorted_by, l.sort.name(s));
    let room = w.saturating_sub(display_width(&count) + display_width(&head_right) + 4);
    let head_left = truncate(&head_left, room);
    let pad = w.saturating_sub(display_width(&head_left) + display_width(&count) + 3 + display_width(&head_right));
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(head_left, theme.title),
            Span::styled(format!(" · {count}"), theme.meta),
            Span::raw(" ".repeat(pad)),
            Span::styled(head_right, theme.meta),
        ])),
        Rect::new(0, 0, area.width, 1),
    );
    // Column heads.
    let (tw, sw, dw, mw, rw) = columns(area.width);
    let mut heads = format!(" {}  ", cell(s.col_title, tw));
    if sw > 0 {
        heads.push_str(&format!("{}  ", cell(s.col_source, sw)));
    }
    heads.push_str(&format!("{}  {}  {}", cell(s.col_date, dw), right(s.col_time, mw), right(s.col_read, rw)));
    f.render_widget(
        Paragraph::new(Span::styled(truncate(&heads, w), theme.heading.add_modifier(Modifier::UNDERLINED))),
        Rect::new(0, 1, area.width, 1),
    );
    // Rows.
    let rows = l.rows();
    if l.shown.is_empty() {
        let msg = if l.entries.is_empty() && l.indexing.is_none() { s.no_articles } else { s.no_matches };
        f.render_widget(Paragraph::new(Span::styled(truncate(&format!(" {msg}"), w), theme.meta)), Rect::new(0, 2, area.width, 1));
    }
    for (k, &i) in l.shown.iter().enumerate().skip(l.offset).take(rows) {
        let Some(e) = l.entries.get(i) else { continue };
        let y = 2 + u16::try_from(k - l.offset).unwrap_or(0);
        f.render_widget(Paragraph::new(row_spans(l, i, e, theme, k == l.selected)), Rect::new(0, y, area.width, 1));
    }
    render_status(l, theme, f);
    if l.help {
        render_help(l, theme, f);
    }
}

fn render_status(l: &List, theme: &Theme, f: &mut Frame) {
    let area = f.area();
    let s = l.strings;
    let w = usize::from(area.width);
    let left = if l.typing || !l.query.is_empty() {
        format!(" {}{}{}", s.filter_prompt, sanitize(&l.query), if l.typing { "▏" } else { "" })
    } else {
        format!(" {}/{}", if l.shown.is_empty() { 0 } else { l.selected + 1 }, l.shown.len())
    };
    let mut right = match (&l.message, l.indexing) {
        (Some(m), _) => sanitize(m),
        (None, Some((done, total))) => format!("{} {done}/{total}", s.indexing),
        (None, None) if !l.skipped.is_empty() => {
            format!("{} {}: {}", l.skipped.len(), s.skipped, sanitize(l.skipped.first().map_or("", String::as_str)))
        }
        (None, None) => s.hints.to_owned(),
    };
    right = truncate(&right, w.saturating_sub(display_width(&left) + 3));
    let pad = w.saturating_sub(display_width(&left) + display_width(&right) + 1);
    let style = if l.typing { theme.status_mode } else { theme.status };
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(left, style),
            Span::styled(" ".repeat(pad), theme.status),
            Span::styled(right, theme.status),
            Span::styled(" ", theme.status),
        ])),
        Rect::new(0, area.height.saturating_sub(1), area.width, 1),
    );
}

fn render_help(l: &List, theme: &Theme, f: &mut Frame) {
    let area = f.area();
    let rows = l.help_rows();
    let w = area.width.saturating_sub(4).min(60);
    let h = (rows.len() as u16 + 2).min(area.height.saturating_sub(2)).max(3);
    let r = Rect::new((area.width - w) / 2, area.height.saturating_sub(h) / 2, w, h);
    f.render_widget(Clear, r);
    let block = Block::default().borders(Borders::ALL).border_style(theme.panel_border).style(theme.help);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let key_w = rows.iter().map(|(k, _)| display_width(k)).max().unwrap_or(8).clamp(8, 20);
    for (k, (keys, what)) in rows.iter().enumerate() {
        let y = inner.y + k as u16;
        if y >= inner.y + inner.height {
            break;
        }
        let line = Line::from(vec![
            Span::styled(format!(" {}  ", cell(keys, key_w)), theme.help.add_modifier(Modifier::BOLD)),
            Span::styled(truncate(what, usize::from(inner.width).saturating_sub(key_w + 3)), theme.help),
        ]);
        f.render_widget(Paragraph::new(line), Rect::new(inner.x, y, inner.width, 1));
    }
}
