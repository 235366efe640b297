//! Drawing: `App` + `Theme` → a ratatui frame. Pure: reads the state, never
//! changes it; only the rows `App::prepare` wrapped are drawn.

pub mod compact;
pub mod library;
pub mod strings;
pub mod theme;

use crate::app::{App, Focus, Geometry, Mode, Origin, PanelEntry, Tab};
use crate::article::ParaKind;
use crate::extract::NameKind;
use crate::layout::{self, display_width};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
pub use theme::Theme;

/// Draw the whole screen.
pub fn render(app: &App, theme: &Theme, f: &mut Frame) {
    let area = f.area();
    let geo = app.geometry();
    if geo.too_small {
        let msg = app.settings.strings.too_small;
        let y = area.height / 2;
        let w = (display_width(msg) as u16).min(area.width);
        let x = area.width.saturating_sub(w) / 2;
        f.render_widget(Paragraph::new(truncate(msg, usize::from(area.width))), Rect::new(x, y, w, 1.min(area.height)));
        return;
    }
    render_header(app, theme, &geo, f);
    render_text(app, theme, &geo, f);
    if let Some((x, w)) = geo.panel {
        // The border faces the article, whichever side the panel docks on.
        let border = if app.settings.panel_left { Borders::RIGHT } else { Borders::LEFT };
        render_panel(app, theme, Rect::new(x, 0, w, area.height.saturating_sub(1)), border, f);
    } else if app.overlay {
        let (x, w) = app.overlay_area();
        let r = Rect::new(x, 0, w, area.height.saturating_sub(1));
        f.render_widget(Clear, r);
        render_panel(app, theme, r, Borders::LEFT, f);
    }
    render_status(app, theme, f);
    if app.mode == Mode::Help {
        render_help(app, theme, f);
    }
}

pub(crate) fn truncate(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    // Cut text always ends in `…` (a cut that filled the width exactly read
    // as a word broken off: `showing removed boilerpla`).
    let mut out = String::new();
    let mut w = 0;
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(s, true) {
        let gw = display_width(g);
        if w + gw > width - 1 {
            break;
        }
        w += gw;
        out.push_str(g);
    }
    out.push('…');
    out
}

fn render_header(app: &App, theme: &Theme, geo: &Geometry, f: &mut Frame) {
    let a = &app.doc.article;
    let meta = crate::dump::meta_line(a);
    let w = usize::from(geo.text_w);
    let (first, second) = match (&a.meta.title, meta) {
        (Some(t), m) => (Some((truncate(t, w), theme.title)), m.map(|m| (truncate(&m, w), theme.meta))),
        (None, Some(m)) => (Some((truncate(&m, w), theme.meta)), None),
        (None, None) => (None, None),
    };
    for (y, item) in [first, second].into_iter().enumerate() {
        if let Some((text, style)) = item {
            f.render_widget(Paragraph::new(Span::styled(text, style)), Rect::new(geo.text_x, y as u16, geo.text_w, 1));
        }
    }
}

/// A styled byte range of a paragraph.
type Deco = (usize, usize, Style);

/// Styled byte ranges of one view paragraph, later ones drawn over earlier ones.
fn decorations(app: &App, theme: &Theme, v: usize) -> Vec<Deco> {
    let mut out = Vec::new();
    let Some(p) = app.view.para_of(v) else { return out };
    let text = app.doc.article.paragraphs.get(p).map_or("", |x| x.text.as_str());
    for (qi, q) in app.doc.notes.quotes.iter().enumerate().filter(|(_, q)| q.paragraph == p) {
        // The marks around a quotation belong to it.
        let start = text
            .get(..q.start)
            .and_then(|h| h.char_indices().next_back())
            .filter(|(_, c)| "\"“”„«'".contains(*c))
            .map_or(q.start, |(i, _)| i);
        let end =
            text.get(q.end..).and_then(|t| t.chars().next()).filter(|c| "\"“”»'".contains(*c)).map_or(q.end, |c| q.end + c.len_utf8());
        let style = if app.selected_quote == Some(qi) { theme.quote_selected } else { theme.quote };
        out.push((start, end, style));
    }
    if let Some(w) = app.walk
        && let Some(name) = app.doc.notes.names.get(w.name)
    {
        for m in name.mentions.iter().filter(|m| m.paragraph == p) {
            out.push((m.start, m.end, theme.mention));
        }
    }
    if let Some(s) = &app.search {
        for (i, m) in s.matches.iter().enumerate().filter(|(_, m)| m.0 == p) {
            out.push((m.1, m.2, if s.current == Some(i) { theme.search_current } else { theme.search }));
        }
    }
    out
}

/// The spans of one line: decorations cut at their edges, justification
/// spaces added after gaps, the hyphen at the end.
fn line_spans(
    text: &str,
    line: &layout::Line,
    decos: &[(usize, usize, Style)],
    base: Style,
    justify_to: Option<usize>,
) -> Vec<Span<'static>> {
    let (s, e) = (line.start as usize, line.end as usize);
    let lt = text.get(s..e).unwrap_or("");
    let gaps = justify_to.map(|w| layout::justify_gaps(lt, usize::from(line.width), w)).unwrap_or_default();
    let mut cuts: Vec<usize> = vec![s, e];
    for &(a, b, _) in decos {
        for x in [a, b] {
            if x > s && x < e {
                cuts.push(x);
            }
        }
    }
    for &(g, _) in &gaps {
        cuts.push(s + g + 1);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let Some(piece) = text.get(a..b) else { continue };
        let style = decos.iter().filter(|(x, y, _)| *x <= a && b <= *y).fold(base, |st, (_, _, d)| st.patch(*d));
        spans.push(Span::styled(piece.to_owned(), style));
        if let Some(&(_, extra)) = gaps.iter().find(|(g, _)| s + g + 1 == b) {
            spans.push(Span::styled(" ".repeat(extra), base));
        }
    }
    if line.hyphen {
        spans.push(Span::styled("-", base));
    }
    spans
}

fn render_text(app: &App, theme: &Theme, geo: &Geometry, f: &mut Frame) {
    let top = 2u16;
    let va = &app.view.article;
    if va.paragraphs.iter().all(|p| p.text.is_empty()) {
        let msg = app.settings.strings.empty_article;
        f.render_widget(Paragraph::new(Span::styled(msg, theme.meta)), Rect::new(geo.text_x, top, geo.text_w, 1));
        return;
    }
    let mut decos_for: Option<(usize, Vec<Deco>)> = None;
    for (i, row) in app.visible.iter().enumerate() {
        let y = top + i as u16;
        if y >= top + geo.text_rows {
            break;
        }
        let Some(li) = row.line else { continue };
        let Some(para) = va.paragraphs.get(row.para) else { continue };
        let Some(lines) = app.layout.cached(row.para) else { continue };
        let Some(line) = lines.get(li) else { continue };
        if decos_for.as_ref().is_none_or(|(p, _)| *p != row.para) {
            decos_for = Some((row.para, decorations(app, theme, row.para)));
        }
        let decos = decos_for.as_ref().map_or(&[][..], |(_, d)| d.as_slice());
        let removed = matches!(app.view.origin.get(row.para), Some(Origin::Removed(_)));
        let base = if removed {
            theme.removed
        } else if para.kind == ParaKind::Heading {
            theme.heading
        } else {
            theme.body
        };
        let (first_indent, indent) = layout::indent(para.kind);
        let pad = if li == 0 { first_indent } else { indent };
        let mut spans = Vec::new();
        match (para.kind, li) {
            (ParaKind::List, 0) => spans.push(Span::styled("• ", base)),
            (ParaKind::Quote, _) => spans.push(Span::styled("│ ", theme.quote)),
            _ => spans.push(Span::raw(" ".repeat(usize::from(pad)))),
        }
        let last = li + 1 == lines.len();
        let tw = usize::from(app.layout.text_width(para.kind));
        let justify = (app.settings.layout.justify && !last).then_some(tw);
        spans.extend(line_spans(&para.text, line, decos, base, justify));
        f.render_widget(Paragraph::new(Line::from(spans)), Rect::new(geo.text_x, y, geo.text_w, 1));
        if row.para == app.focus_para && (app.focus == Focus::Article || !app.panel_visible()) {
            f.render_widget(Paragraph::new(Span::styled("▌", theme.focus_bar)), Rect::new(geo.text_x.saturating_sub(2), y, 1, 1));
        }
    }
}

/// Height in rows of a panel entry.
pub fn panel_entry_height(app: &App, e: &PanelEntry) -> u16 {
    match e {
        PanelEntry::Heading(_) => 1,
        PanelEntry::Name(i) => 1 + u16::from(app.doc.notes.names.get(*i).is_some_and(|n| n.role.is_some())),
        PanelEntry::Quote(i) => quote_lines(app, *i, panel_text_width(app)).len() as u16 + 1,
    }
}

fn panel_text_width(app: &App) -> usize {
    let geo = app.geometry();
    let w = geo.panel.map_or(app.overlay_area().1, |(_, w)| w);
    usize::from(w.saturating_sub(5)).max(4)
}

/// A quotation shortened to at most three lines of the panel.
fn quote_lines(app: &App, i: usize, width: usize) -> Vec<String> {
    let Some(q) = app.doc.notes.quotes.get(i) else { return Vec::new() };
    let text = format!("“{}”", q.text);
    let mut lines: Vec<String> = textwrap::wrap(&text, width.max(1)).into_iter().map(|c| c.into_owned()).collect();
    if lines.len() > 3 {
        lines.truncate(3);
        if let Some(l) = lines.last_mut() {
            let cut = truncate(l, width.saturating_sub(1));
            *l = format!("{}…", cut.trim_end_matches('…'));
        }
    }
    lines
}

/// First entry shown so that the selection is visible.
pub fn panel_scroll(app: &App, entries: &[PanelEntry]) -> usize {
    let height = app.size.1.saturating_sub(3);
    let sel = app.panel_sel.min(entries.len().saturating_sub(1));
    let mut start = 0;
    loop {
        let used: u16 = entries.iter().skip(start).take(sel + 1 - start.min(sel + 1)).map(|e| panel_entry_height(app, e)).sum();
        if used <= height || start >= sel {
            return start;
        }
        start += 1;
    }
}

fn render_panel(app: &App, theme: &Theme, area: Rect, border: Borders, f: &mut Frame) {
    let s = app.settings.strings;
    let block = Block::default().borders(border).border_style(theme.panel_border);
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.width < 4 || inner.height < 3 {
        return;
    }
    let tabs = Line::from(vec![
        Span::raw(" "),
        Span::styled(s.names, if app.tab == Tab::Names { theme.tab_active } else { theme.tab }),
        Span::raw("   "),
        Span::styled(s.quotes, if app.tab == Tab::Quotes { theme.tab_active } else { theme.tab }),
    ]);
    f.render_widget(Paragraph::new(tabs), Rect::new(inner.x, inner.y, inner.width, 1));
    f.render_widget(
        Paragraph::new(Span::styled("─".repeat(usize::from(inner.width)), theme.panel_border)),
        Rect::new(inner.x, inner.y + 1, inner.width, 1),
    );
    let entries = app.panel_entries();
    let w = usize::from(inner.width);
    if entries.is_empty() {
        let msg = if app.tab == Tab::Names { s.no_names } else { s.no_quotes };
        f.render_widget(Paragraph::new(Span::styled(format!(" {msg}"), theme.meta)), Rect::new(inner.x, inner.y + 2, inner.width, 1));
        return;
    }
    let mut y = inner.y + 2;
    let bottom = inner.y + inner.height;
    let focused = app.focus == Focus::Panel;
    for (i, e) in entries.iter().enumerate().skip(panel_scroll(app, &entries)) {
        if y >= bottom {
            break;
        }
        let selected = i == app.panel_sel;
        let marker = if selected && focused { "▸ " } else { "  " };
        let sel_style = |st: Style| if selected && focused { st.patch(theme.selection) } else { st };
        match e {
            PanelEntry::Heading(kind) => {
                let label = match kind {
                    NameKind::Person => s.people,
                    NameKind::Place => s.places,
                    NameKind::Organization => s.organisations,
                };
                f.render_widget(
                    Paragraph::new(Span::styled(format!(" {label}"), theme.meta.add_modifier(Modifier::BOLD))),
                    Rect::new(inner.x, y, inner.width, 1),
                );
                y += 1;
            }
            PanelEntry::Name(ni) => {
                let Some(n) = app.doc.notes.names.get(*ni) else { continue };
                let count = n.mentions.len().to_string();
                let style = match n.kind {
                    NameKind::Person => theme.person,
                    NameKind::Place => theme.place,
                    NameKind::Organization => theme.organization,
                };
                let name_w = w.saturating_sub(marker.len() + count.len() + 2);
                let name = truncate(&n.name, name_w);
                let pad = w.saturating_sub(2 + display_width(&name) + count.len() + 1);
                let line = Line::from(vec![
                    Span::raw(marker),
                    Span::styled(name, sel_style(style)),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(count, theme.meta),
                ]);
                f.render_widget(Paragraph::new(line), Rect::new(inner.x, y, inner.width, 1));
                y += 1;
                if let Some(role) = &n.role
                    && y < bottom
                {
                    f.render_widget(
                        Paragraph::new(Span::styled(format!("    {}", truncate(role, w.saturating_sub(5))), theme.role)),
                        Rect::new(inner.x, y, inner.width, 1),
                    );
                    y += 1;
                }
            }
            PanelEntry::Quote(qi) => {
                let Some(q) = app.doc.notes.quotes.get(*qi) else { continue };
                let style = if app.selected_quote == Some(*qi) { theme.quote_selected } else { theme.quote };
                for (k, l) in quote_lines(app, *qi, panel_text_width(app)).iter().enumerate() {
                    if y >= bottom {
                        break;
                    }
                    let lead = if k == 0 { marker } else { "  " };
                    f.render_widget(
                        Paragraph::new(Line::from(vec![Span::raw(lead), Span::styled(l.clone(), sel_style(style))])),
                        Rect::new(inner.x, y, inner.width, 1),
                    );
                    y += 1;
                }
                if y < bottom {
                    let who = q.speaker.clone().unwrap_or_else(|| s.unknown_speaker.to_owned());
                    let line = format!("    — {} · ¶ {}", who, q.paragraph + 1);
                    f.render_widget(Paragraph::new(Span::styled(truncate(&line, w), theme.speaker)), Rect::new(inner.x, y, inner.width, 1));
                    y += 1;
                }
            }
        }
    }
}

fn render_status(app: &App, theme: &Theme, f: &mut Frame) {
    let area = f.area();
    let y = area.height.saturating_sub(1);
    let s = app.settings.strings;
    let w = usize::from(area.width);
    let n = app.doc.article.paragraphs.len().max(1);
    let here = app.view.para_of(app.focus_para).map_or(0, |p| p + 1);
    let mut left = format!(" {} {}/{}", s.paragraph, here, n);
    match app.page() {
        Some((p, t)) => left.push_str(&format!(" · {} {p}/{t}", s.page)),
        None => left.push_str(&format!(" · {} …", s.page)),
    }
    if let Some(pc) = app.percent() {
        left.push_str(&format!(" · {pc}%"));
    }
    let mode = match (&app.mode, app.focus, app.walk) {
        (Mode::Search(_), _, _) => s.mode_search,
        (_, _, Some(_)) => s.mode_walk,
        (_, Focus::Panel, _) if app.panel_visible() => s.mode_panel,
        _ => s.mode_read,
    };
    let right = match (&app.mode, &app.message) {
        (Mode::Search(q), _) => {
            let count = app.search.as_ref().map_or(0, |x| x.matches.len());
            format!(
                "{}{}▏  {}",
                s.search_prompt,
                q,
                if q.is_empty() {
                    String::new()
                } else if count == 0 {
                    s.no_matches.to_owned()
                } else {
                    count.to_string()
                }
            )
        }
        (_, Some(m)) => m.clone(),
        _ if app.focus == Focus::Panel && app.panel_visible() => s.hints_panel.to_owned(),
        _ => s.hints.to_owned(),
    };
    let mode_label = format!(" {mode} ");
    let used = display_width(&left) + display_width(&mode_label) + 2;
    let right = truncate(&right, w.saturating_sub(used + 1));
    let pad = w.saturating_sub(used + display_width(&right) + 1);
    let line = Line::from(vec![
        Span::styled(left, theme.status),
        Span::styled("  ", theme.status),
        Span::styled(mode_label, theme.status_mode),
        Span::styled(" ".repeat(pad), theme.status),
        Span::styled(right, theme.status),
        Span::styled(" ", theme.status),
    ]);
    f.render_widget(Paragraph::new(line), Rect::new(0, y, area.width, 1));
}

fn render_help(app: &App, theme: &Theme, f: &mut Frame) {
    let area = f.area();
    let s = app.settings.strings;
    let rows = app.settings.keymap.help_rows();
    let descs: Vec<&str> = rows.iter().map(|(a, _)| s.describe(*a)).collect();
    let room = usize::from(area.height.saturating_sub(4).max(1));
    // One column when everything fits, else two side by side; a long
    // description goes on over more lines of its column when they fit.
    let one = HelpLayout::new(&descs, 1, area.width.saturating_sub(4).min(70), 18, room);
    let l = if one.tallest() <= room || area.width < 60 {
        one
    } else {
        HelpLayout::new(&descs, 2, area.width.saturating_sub(4).min(120), 12, room)
    };
    let h = (l.tallest() as u16 + 2).min(area.height.saturating_sub(2)).max(3);
    let r = Rect::new((area.width - l.width) / 2, (area.height.saturating_sub(h)) / 2, l.width, h);
    f.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(s.help_title)
        .title_bottom(Line::from(s.help_footer).right_aligned())
        .border_style(theme.panel_border);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let col_w = inner.width / l.cols;
    let mut y = inner.y;
    for (i, ((_, keys), lines)) in rows.iter().zip(&l.lines).enumerate() {
        if i == l.split {
            y = inner.y;
        }
        let x = inner.x + if i < l.split { 0 } else { col_w };
        let keys = truncate(&keys.join(" "), l.key_w);
        for (k, text) in lines.iter().enumerate() {
            if y >= inner.y + inner.height {
                break;
            }
            let shown = if k == 0 { keys.as_str() } else { "" };
            let pad = l.key_w.saturating_sub(display_width(shown));
            let line = Line::from(vec![
                Span::styled(format!(" {shown}"), theme.help.add_modifier(Modifier::BOLD)),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(text.as_str(), theme.help),
            ]);
            f.render_widget(Paragraph::new(line), Rect::new(x, y, col_w, 1));
            y += 1;
        }
    }
}

/// Where the help screen's rows go: the lines of each description, and the
/// first row of the second column (past the last row with one column).
struct HelpLayout {
    cols: u16,
    width: u16,
    key_w: usize,
    lines: Vec<Vec<String>>,
    split: usize,
}

impl HelpLayout {
    /// `cols` columns in a box `width` wide, keys `key_w` wide, `room` lines
    /// high: descriptions are wrapped when every column then fits, else
    /// each is cut to one line.
    fn new(descs: &[&str], cols: u16, width: u16, key_w: usize, room: usize) -> Self {
        let col_w = usize::from(width.saturating_sub(2) / cols.max(1));
        let text_w = col_w.saturating_sub(key_w + 3).max(1);
        let wrapped: Vec<Vec<String>> =
            descs.iter().map(|d| textwrap::wrap(d, text_w).into_iter().map(|l| l.into_owned()).collect()).collect();
        let mut l = Self { cols, width, key_w, lines: wrapped, split: descs.len() };
        l.balance();
        if l.tallest() > room {
            l.lines = descs.iter().map(|d| vec![truncate(d, text_w)]).collect();
            l.balance();
        }
        l
    }

    /// The second column starts where the taller column is shortest.
    fn balance(&mut self) {
        if self.cols < 2 {
            self.split = self.lines.len();
            return;
        }
        let heights: Vec<usize> = self.lines.iter().map(Vec::len).collect();
        let total: usize = heights.iter().sum();
        let mut before = 0;
        let mut best = (usize::MAX, self.lines.len());
        for (k, h) in heights.iter().enumerate() {
            let tallest = before.max(total - before);
            if tallest < best.0 {
                best = (tallest, k);
            }
            before += h;
        }
        self.split = best.1;
    }

    /// The lines of the taller column.
    fn tallest(&self) -> usize {
        let first: usize = self.lines.iter().take(self.split).map(Vec::len).sum();
        let second: usize = self.lines.iter().skip(self.split).map(Vec::len).sum();
        first.max(second)
    }
}

#[cfg(test)]
mod tests {
    use super::{HelpLayout, truncate};

    #[test]
    fn help_descriptions_wrap_in_their_column_when_it_fits_else_are_cut() {
        let descs = ["next paragraph", "next quotation (or mention of the chosen name)", "quit", "search"];
        // Two columns of 38 with keys 12 wide leave 23 for the text.
        let l = HelpLayout::new(&descs, 2, 78, 12, 20);
        assert_eq!(l.lines[1], vec!["next quotation (or", "mention of the chosen", "name)"]);
        assert!(l.lines.iter().flatten().all(|t| super::display_width(t) <= 23));
        // The taller column is as short as it can be: rows 0-1 (4 lines) | rows 2-3 (2).
        assert_eq!((l.split, l.tallest()), (2, 4));
        // Without the room, every description takes one line, cut.
        let l = HelpLayout::new(&descs, 2, 78, 12, 2);
        assert_eq!(l.lines[1], vec!["next quotation (or men…"]);
        assert_eq!(l.tallest(), 2);
        // One column wide enough: nothing wraps.
        let l = HelpLayout::new(&descs, 1, 70, 18, 20);
        assert_eq!((l.split, l.tallest()), (4, 4));
    }

    #[test]
    fn cut_text_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(truncate("showing removed boilerplate", 27), "showing removed boilerplate");
        // Cut where the width is filled exactly: the last letter gives way to `…`.
        assert_eq!(truncate("showing removed boilerplate", 25), "showing removed boilerpl…");
        assert_eq!(truncate("Kim Jong Un", 1), "…");
        assert_eq!(truncate("Kim Jong Un", 0), "");
        // Wide characters are never split.
        assert_eq!(truncate("日本語", 4), "日…");
    }
}
