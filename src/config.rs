//! The configuration file: discovery, parsing, validation. Unknown keys and
//! wrong types are errors naming the file, line and column (toml prints a
//! caret under the place).

use crate::app::action::Action;
use crate::app::keymap::{Chord, Keymap};
use crate::article::BoilerKind;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The complete default configuration, with a comment per key
/// (`warta --print-config`). A test checks it parses to `Config::default()`.
pub const DEFAULT_CONFIG: &str = r#"# warta configuration. Every key is optional; these are the defaults.

# Theme: a built-in (default, terang, gelap, sepia, kontras), a theme in
# <config dir>/warta/themes/NAME.toml, or a path to a .toml file.
theme = "default"

# Interface language: "en", "id", or "auto" (from LANG / LC_ALL).
ui_language = "auto"

# Folder of saved articles (used when warta starts without a file).
# library = "/home/me/Artikel"

# Widest text column, in columns (20 or more).
max_width = 78

# Full justification (the last line of a paragraph stays left-aligned).
justify = false

# Indonesian hyphenation at line ends.
hyphenate = false

# Show the removed boilerplate in place when the reader opens.
show_removed = false

# Mouse: wheel scrolling and clicks in the panel.
mouse = true

[panel]
# Show the side panel of names and quotes when the terminal is wide enough.
show = true
# Panel width in columns.
width = 38
# "right" or "left".
side = "right"

# Extra boilerplate rules, added to the built-in table: a regular expression
# and the kind of what it removes (title, dateline, related, ad, promo,
# credit, nav, caption, share, duplicate, other). Matches are removed wherever
# they stand.
# [[rules]]
# pattern = "Dapatkan berita pilihan.*"
# kind = "promo"

# Keys: "key" = "action". Keys look like j, G, ctrl-f, space, pgdn, f1;
# actions are listed by ? in the reader (next_paragraph, page_down, quit, ...).
[keys]
# "x" = "quit"
"#;

/// `en`, `id`, or from the locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum UiLanguage {
    En,
    Id,
    #[default]
    Auto,
}

/// Which side the panel docks on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    #[default]
    Right,
    Left,
}

/// `[panel]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PanelConfig {
    pub show: bool,
    pub width: u16,
    pub side: Side,
}

impl Default for PanelConfig {
    fn default() -> Self {
        Self { show: true, width: 38, side: Side::Right }
    }
}

/// `[[rules]]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRule {
    pub pattern: String,
    pub kind: String,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub theme: String,
    pub ui_language: UiLanguage,
    pub library: Option<PathBuf>,
    pub max_width: u16,
    pub justify: bool,
    pub hyphenate: bool,
    pub show_removed: bool,
    pub mouse: bool,
    pub panel: PanelConfig,
    pub rules: Vec<UserRule>,
    pub keys: BTreeMap<String, String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            theme: "default".into(),
            ui_language: UiLanguage::Auto,
            library: None,
            max_width: 78,
            justify: false,
            hyphenate: false,
            show_removed: false,
            mouse: true,
            panel: PanelConfig::default(),
            rules: Vec::new(),
            keys: BTreeMap::new(),
        }
    }
}

/// Why a configuration file was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: {err}")]
    Toml { file: String, err: toml::de::Error },
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("{file}: {err}")]
    Io { file: String, err: std::io::Error },
}

impl Config {
    /// Parse and check a configuration file's text.
    pub fn parse(file: &str, text: &str) -> Result<Config, ConfigError> {
        let c: Config = toml::from_str(text).map_err(|err| ConfigError::Toml { file: file.to_owned(), err })?;
        let invalid = |message: String| ConfigError::Invalid { file: file.to_owned(), message };
        if c.max_width < 20 {
            return Err(invalid(format!("max_width = {}: must be 20 or more", c.max_width)));
        }
        if !(16..=120).contains(&c.panel.width) {
            return Err(invalid(format!("panel.width = {}: must be between 16 and 120", c.panel.width)));
        }
        c.keymap().map_err(invalid)?;
        c.extra_rules().map_err(invalid)?;
        Ok(c)
    }

    /// Read a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|err| ConfigError::Io { file: file.clone(), err })?;
        Config::parse(&file, &text)
    }

    /// The keymap: defaults with `[keys]` applied.
    pub fn keymap(&self) -> Result<Keymap, String> {
        let mut km = Keymap::default();
        for (key, action) in &self.keys {
            let chord = Chord::parse(key).map_err(|e| format!("[keys] \"{key}\": {e}"))?;
            let a = Action::from_name(action).ok_or_else(|| {
                let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
                format!("[keys] \"{key}\" = \"{action}\": unknown action (one of: {})", names.join(", "))
            })?;
            km.bind(chord, a);
        }
        Ok(km)
    }

    /// `[[rules]]` as (pattern, kind), checked.
    pub fn extra_rules(&self) -> Result<Vec<(String, BoilerKind)>, String> {
        self.rules
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let kind =
                    BoilerKind::from_name(&r.kind).ok_or_else(|| format!("rules[{i}].kind = \"{}\": not a kind of boilerplate", r.kind))?;
                regex::Regex::new(&r.pattern).map_err(|e| format!("rules[{i}].pattern: {e}"))?;
                Ok((r.pattern.clone(), kind))
            })
            .collect()
    }
}

/// Where warta keeps things.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub config_file: Option<PathBuf>,
    pub themes_dir: Option<PathBuf>,
    pub state_dir: Option<PathBuf>,
    pub library: Option<PathBuf>,
}

impl Paths {
    /// From the environment: `WARTA_CONFIG` overrides the config file; the
    /// rest follow the platform (XDG on Linux) through `dirs`.
    pub fn discover() -> Paths {
        let config_dir = dirs::config_dir().map(|d| d.join("warta"));
        let config_file =
            std::env::var_os("WARTA_CONFIG").map(PathBuf::from).or_else(|| config_dir.as_ref().map(|d| d.join("config.toml")));
        let state_dir = dirs::state_dir().or_else(dirs::data_local_dir).map(|d| d.join("warta"));
        let library = dirs::data_dir().map(|d| d.join("warta").join("articles"));
        Paths { config_file, themes_dir: config_dir.map(|d| d.join("themes")), state_dir, library }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_default_is_the_default() {
        assert_eq!(Config::parse("default", DEFAULT_CONFIG).unwrap(), Config::default());
    }

    #[test]
    fn errors_point_at_the_place() {
        let e = Config::parse("c.toml", "theme = \"gelap\"\nmax_widht = 70\n").unwrap_err().to_string();
        assert!(e.contains("c.toml") && e.contains("line 2") && e.contains("max_widht") && e.contains('^'), "{e}");
        let e = Config::parse("c.toml", "justify = \"yes\"\n").unwrap_err().to_string();
        assert!(e.contains("line 1") && e.contains("bool"), "{e}");
        let e = Config::parse("c.toml", "[keys]\n\"j\" = \"fly\"\n").unwrap_err().to_string();
        assert!(e.contains("fly") && e.contains("unknown action"), "{e}");
        let e = Config::parse("c.toml", "[[rules]]\npattern = \"(\"\nkind = \"ad\"\n").unwrap_err().to_string();
        assert!(e.contains("rules[0].pattern"), "{e}");
        let e = Config::parse("c.toml", "max_width = 5\n").unwrap_err().to_string();
        assert!(e.contains("max_width"), "{e}");
    }

    #[test]
    fn keys_and_rules_apply() {
        let c = Config::parse(
            "c.toml",
            "[keys]\n\"x\" = \"quit\"\n\"ctrl-n\" = \"next_paragraph\"\n[[rules]]\npattern = \"Promo kami\"\nkind = \"promo\"\n",
        )
        .unwrap();
        let km = c.keymap().unwrap();
        assert!(km.bindings.iter().any(|(ch, a)| ch.label() == "x" && *a == Action::Quit));
        assert_eq!(c.extra_rules().unwrap(), vec![("Promo kami".to_owned(), BoilerKind::Promo)]);
    }
}
