//! Styles of the reader, from TOML theme files: built-in ones (`themes/`,
//! embedded) and the user's (`<config dir>/warta/themes/*.toml`) go through
//! the same parser. A theme may `inherit` another and override a few styles.
//! `NO_COLOR` keeps only the attributes that carry meaning.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

/// The built-in themes, in the order `t` cycles through them.
pub const BUILTIN: &[(&str, &str)] = &[
    ("default", include_str!("../../themes/default.toml")),
    ("terang", include_str!("../../themes/terang.toml")),
    ("gelap", include_str!("../../themes/gelap.toml")),
    ("sepia", include_str!("../../themes/sepia.toml")),
    ("kontras", include_str!("../../themes/kontras.toml")),
];

/// Every style key a theme may set.
pub const STYLE_KEYS: &[&str] = &[
    "body",
    "title",
    "meta",
    "heading",
    "focus_bar",
    "quote",
    "quote_selected",
    "speaker",
    "person",
    "place",
    "organization",
    "mention",
    "search",
    "search_current",
    "removed",
    "panel",
    "panel_border",
    "tab_active",
    "tab",
    "selection",
    "role",
    "status",
    "status_mode",
    "help",
];

/// Why a theme could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("{file}: {err}")]
    Toml { file: String, err: toml::de::Error },
    #[error("{file}: styles.{key}.{attr}: unknown colour '{value}' (use a name such as 'red', '#rrggbb', 'reset', or a palette entry)")]
    Colour { file: String, key: String, attr: &'static str, value: String },
    #[error("{file}: unknown style '{key}' (known: {known})")]
    UnknownStyle { file: String, key: String, known: String },
    #[error("{file}: inherits '{parent}', which is not a theme (built-in: {builtin})")]
    MissingParent { file: String, parent: String, builtin: String },
    #[error("{file}: themes inherit from each other in a loop")]
    Loop { file: String },
    #[error("theme '{0}' not found (built-in: {1}; or give a path to a .toml file)")]
    NotFound(String, String),
    #[error("{file}: {err}")]
    Io { file: String, err: std::io::Error },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    inherit: Option<String>,
    #[serde(default)]
    palette: BTreeMap<String, String>,
    #[serde(default)]
    styles: BTreeMap<String, StyleSpec>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    bold: Option<bool>,
    italic: Option<bool>,
    underline: Option<bool>,
    reverse: Option<bool>,
    dim: Option<bool>,
}

fn builtin_names() -> String {
    BUILTIN.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
}

/// A colour by name, `#rrggbb`, `reset`, or a palette entry.
fn colour(value: &str, palette: &BTreeMap<String, String>) -> Option<Color> {
    let v = palette.get(value).map_or(value, String::as_str);
    let lower = v.to_ascii_lowercase();
    match lower.as_str() {
        "reset" | "default" | "none" => Some(Color::Reset),
        "grey" => Some(Color::Gray),
        "darkgrey" => Some(Color::DarkGray),
        _ => lower.parse::<Color>().ok().filter(|_| !lower.is_empty()),
    }
}

impl Theme {
    fn set(&mut self, key: &str, style: Style) -> bool {
        let slot = match key {
            "body" => &mut self.body,
            "title" => &mut self.title,
            "meta" => &mut self.meta,
            "heading" => &mut self.heading,
            "focus_bar" => &mut self.focus_bar,
            "quote" => &mut self.quote,
            "quote_selected" => &mut self.quote_selected,
            "speaker" => &mut self.speaker,
            "person" => &mut self.person,
            "place" => &mut self.place,
            "organization" => &mut self.organization,
            "mention" => &mut self.mention,
            "search" => &mut self.search,
            "search_current" => &mut self.search_current,
            "removed" => &mut self.removed,
            "panel" => &mut self.panel,
            "panel_border" => &mut self.panel_border,
            "tab_active" => &mut self.tab_active,
            "tab" => &mut self.tab,
            "selection" => &mut self.selection,
            "role" => &mut self.role,
            "status" => &mut self.status,
            "status_mode" => &mut self.status_mode,
            "help" => &mut self.help,
            _ => return false,
        };
        *slot = style;
        true
    }

    /// Parse a theme file's text; `parent` resolves `inherit` names.
    pub fn parse(file: &str, text: &str, parent: &dyn Fn(&str) -> Result<Theme, ThemeError>) -> Result<Theme, ThemeError> {
        let tf: ThemeFile = toml::from_str(text).map_err(|err| ThemeError::Toml { file: file.to_owned(), err })?;
        let mut theme = match &tf.inherit {
            Some(name) => parent(name).map_err(|e| match e {
                ThemeError::NotFound(n, b) => ThemeError::MissingParent { file: file.to_owned(), parent: n, builtin: b },
                other => other,
            })?,
            None => blank(),
        };
        for (key, spec) in &tf.styles {
            let mut st = Style::default();
            for (attr, value) in [("fg", &spec.fg), ("bg", &spec.bg)] {
                if let Some(v) = value {
                    let c = colour(v, &tf.palette).ok_or_else(|| ThemeError::Colour {
                        file: file.to_owned(),
                        key: key.clone(),
                        attr,
                        value: v.clone(),
                    })?;
                    st = if attr == "fg" { st.fg(c) } else { st.bg(c) };
                }
            }
            for (on, m) in [
                (spec.bold, Modifier::BOLD),
                (spec.italic, Modifier::ITALIC),
                (spec.underline, Modifier::UNDERLINED),
                (spec.reverse, Modifier::REVERSED),
                (spec.dim, Modifier::DIM),
            ] {
                if on == Some(true) {
                    st = st.add_modifier(m);
                }
            }
            if !theme.set(key, st) {
                return Err(ThemeError::UnknownStyle { file: file.to_owned(), key: key.clone(), known: STYLE_KEYS.join(", ") });
            }
        }
        Ok(theme)
    }

    /// A built-in or user theme by name (user themes in `user_dir` win), or a
    /// theme file by path.
    pub fn load(name_or_path: &str, user_dir: Option<&Path>) -> Result<Theme, ThemeError> {
        load_depth(name_or_path, user_dir, 0)
    }

    /// Names of the built-in themes and of the user's theme files.
    pub fn list(user_dir: Option<&Path>) -> Vec<String> {
        let mut names: Vec<String> = BUILTIN.iter().map(|(n, _)| (*n).to_owned()).collect();
        if let Some(dir) = user_dir
            && let Ok(rd) = std::fs::read_dir(dir)
        {
            let mut user: Vec<String> = rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .filter(|n| !names.contains(n))
                .collect();
            user.sort();
            names.extend(user);
        }
        names
    }
}

fn blank() -> Theme {
    let s = Style::default();
    Theme {
        body: s,
        title: s,
        meta: s,
        heading: s,
        focus_bar: s,
        quote: s,
        quote_selected: s,
        speaker: s,
        person: s,
        place: s,
        organization: s,
        mention: s,
        search: s,
        search_current: s,
        removed: s,
        panel: s,
        panel_border: s,
        tab_active: s,
        tab: s,
        selection: s,
        role: s,
        status: s,
        status_mode: s,
        help: s,
    }
}

fn load_depth(name: &str, user_dir: Option<&Path>, depth: u8) -> Result<Theme, ThemeError> {
    if depth > 8 {
        return Err(ThemeError::Loop { file: name.to_owned() });
    }
    let parent = |p: &str| load_depth(p, user_dir, depth + 1);
    let as_path = Path::new(name);
    if name.ends_with(".toml") || name.contains('/') {
        let text = std::fs::read_to_string(as_path).map_err(|err| ThemeError::Io { file: name.to_owned(), err })?;
        return Theme::parse(name, &text, &parent);
    }
    if let Some(dir) = user_dir {
        let p: PathBuf = dir.join(format!("{name}.toml"));
        if p.is_file() {
            let text = std::fs::read_to_string(&p).map_err(|err| ThemeError::Io { file: p.display().to_string(), err })?;
            return Theme::parse(&p.display().to_string(), &text, &parent);
        }
    }
    match BUILTIN.iter().find(|(n, _)| *n == name) {
        Some((n, text)) => Theme::parse(&format!("themes/{n}.toml"), text, &parent),
        None => Err(ThemeError::NotFound(name.to_owned(), builtin_names())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_theme_parses_and_default_matches_the_code() {
        for (name, _) in BUILTIN {
            Theme::load(name, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert_eq!(Theme::load("default", None).unwrap(), Theme::default_theme());
    }

    #[test]
    fn inheritance_overrides_only_what_is_given() {
        let parent = |n: &str| Theme::load(n, None);
        let t = Theme::parse("x.toml", "inherit = \"default\"\n[styles]\nquote = { fg = \"#ff8800\", italic = true }", &parent).unwrap();
        assert_eq!(t.quote.fg, Some(Color::Rgb(0xff, 0x88, 0)));
        assert_eq!(t.person, Theme::default_theme().person);
        let sepia = Theme::load("sepia", None).unwrap();
        assert_eq!(sepia.person, Theme::load("terang", None).unwrap().person, "sepia inherits terang's names");
    }

    #[test]
    fn errors_name_the_file_and_the_problem() {
        let parent = |n: &str| Theme::load(n, None);
        let e = Theme::parse("a.toml", "[styles]\nbody = { fg = \"blurple\" }", &parent).unwrap_err().to_string();
        assert!(e.contains("a.toml") && e.contains("styles.body.fg") && e.contains("blurple"), "{e}");
        let e = Theme::parse("b.toml", "[styles]\nbodyy = {}", &parent).unwrap_err().to_string();
        assert!(e.contains("b.toml") && e.contains("bodyy"), "{e}");
        let e = Theme::parse("c.toml", "inherit = \"nope\"", &parent).unwrap_err().to_string();
        assert!(e.contains("c.toml") && e.contains("nope"), "{e}");
        let e = Theme::parse("d.toml", "[styles\nbody = {}", &parent).unwrap_err().to_string();
        assert!(e.contains("d.toml") && e.contains("line 1"), "{e}");
    }
}
