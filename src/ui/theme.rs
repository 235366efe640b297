//! Styles of the reader. Built-in for now; `NO_COLOR` keeps only the
//! attributes that carry meaning (bold, underline, reverse).

use ratatui::style::{Color, Modifier, Style};

/// Every style the reader uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub body: Style,
    pub title: Style,
    pub meta: Style,
    pub heading: Style,
    pub focus_bar: Style,
    pub quote: Style,
    pub quote_selected: Style,
    pub speaker: Style,
    pub person: Style,
    pub place: Style,
    pub organization: Style,
    pub mention: Style,
    pub search: Style,
    pub search_current: Style,
    pub removed: Style,
    pub panel: Style,
    pub panel_border: Style,
    pub tab_active: Style,
    pub tab: Style,
    pub selection: Style,
    pub role: Style,
    pub status: Style,
    pub status_mode: Style,
    pub help: Style,
}

impl Theme {
    /// The default theme: the terminal's own palette (fine on 16 colours).
    pub fn default_theme() -> Theme {
        let s = Style::default();
        Theme {
            body: s,
            title: s.add_modifier(Modifier::BOLD),
            meta: s.fg(Color::DarkGray),
            heading: s.add_modifier(Modifier::BOLD),
            focus_bar: s.fg(Color::Cyan),
            quote: s.fg(Color::Green),
            quote_selected: s.fg(Color::Green).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            speaker: s.fg(Color::Cyan),
            person: s.fg(Color::Yellow),
            place: s.fg(Color::Blue),
            organization: s.fg(Color::Magenta),
            mention: s.add_modifier(Modifier::UNDERLINED).fg(Color::Yellow),
            search: s.bg(Color::Yellow).fg(Color::Black),
            search_current: s.bg(Color::LightRed).fg(Color::Black).add_modifier(Modifier::BOLD),
            removed: s.fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
            panel: s,
            panel_border: s.fg(Color::DarkGray),
            tab_active: s.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            tab: s.fg(Color::DarkGray),
            selection: s.add_modifier(Modifier::REVERSED),
            role: s.fg(Color::DarkGray),
            status: s.add_modifier(Modifier::REVERSED),
            status_mode: s.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            help: s,
        }
    }

    /// The same theme without colours (for `NO_COLOR`).
    pub fn without_colours(&self) -> Theme {
        let strip = |s: Style| Style { fg: None, bg: None, underline_color: None, ..s };
        let mut t = Theme {
            body: strip(self.body),
            title: strip(self.title),
            meta: strip(self.meta),
            heading: strip(self.heading),
            focus_bar: strip(self.focus_bar).add_modifier(Modifier::BOLD),
            quote: strip(self.quote).add_modifier(Modifier::ITALIC),
            quote_selected: strip(self.quote_selected),
            speaker: strip(self.speaker),
            person: strip(self.person),
            place: strip(self.place),
            organization: strip(self.organization),
            mention: strip(self.mention),
            search: strip(self.search).add_modifier(Modifier::REVERSED),
            search_current: strip(self.search_current).add_modifier(Modifier::REVERSED),
            removed: strip(self.removed),
            panel: strip(self.panel),
            panel_border: strip(self.panel_border),
            tab_active: strip(self.tab_active),
            tab: strip(self.tab),
            selection: strip(self.selection),
            role: strip(self.role),
            status: strip(self.status),
            status_mode: strip(self.status_mode),
            help: strip(self.help),
        };
        t.meta = t.meta.add_modifier(Modifier::DIM);
        t.removed = t.removed.add_modifier(Modifier::DIM);
        t
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::default_theme()
    }
}
