//! Keys → actions, as data. The same table generates the help overlay, so the
//! two can never disagree; the config can rebind any key.

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

/// Why a key chord could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown key '{0}' (examples: j, G, ctrl-f, space, pgdn, f1)")]
pub struct ChordError(pub String);

impl Chord {
    /// Parse `j`, `G`, `ctrl-e`, `space`, `pgdn`, `enter`, `f1`, `alt-x`.
    pub fn parse(s: &str) -> Result<Chord, ChordError> {
        let err = || ChordError(s.to_owned());
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower.strip_prefix("ctrl-").or_else(|| lower.strip_prefix("c-")) {
                mods |= KeyModifiers::CONTROL;
                rest = rest.get(rest.len() - r.len()..).ok_or_else(err)?;
            } else if let Some(r) = lower.strip_prefix("alt-").or_else(|| lower.strip_prefix("m-")) {
                mods |= KeyModifiers::ALT;
                rest = rest.get(rest.len() - r.len()..).ok_or_else(err)?;
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "space" => KeyCode::Char(' '),
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "pgup" | "pageup" => KeyCode::PageUp,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "backspace" => KeyCode::Backspace,
            f if f.len() >= 2 && f.starts_with('f') && f.get(1..).is_some_and(|n| n.chars().all(|c| c.is_ascii_digit())) => {
                KeyCode::F(f.get(1..).and_then(|n| n.parse().ok()).ok_or_else(err)?)
            }
            _ => {
                let mut cs = rest.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => KeyCode::Char(c),
                    _ => return Err(err()),
                }
            }
        };
        Ok(Chord { code, mods })
    }

    /// The chord of a key event (shift folded into the character).
    pub fn of(ev: &KeyEvent) -> Chord {
        let mut mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        if let KeyCode::Char(c) = ev.code
            && c.is_ascii_alphabetic()
            && ev.modifiers.contains(KeyModifiers::CONTROL)
        {
            return Chord { code: KeyCode::Char(c.to_ascii_lowercase()), mods };
        }
        if !matches!(ev.code, KeyCode::Char(_)) {
            mods |= ev.modifiers & KeyModifiers::SHIFT;
        }
        Chord { code: ev.code, mods }
    }

    /// How the help screen writes it.
    pub fn label(&self) -> String {
        let key = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".into(),
        };
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("C-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("M-");
        }
        s.push_str(&key);
        s
    }
}

/// The default bindings.
pub const DEFAULTS: &[(&str, Action)] = &[
    ("j", Action::NextParagraph),
    ("down", Action::NextParagraph),
    ("k", Action::PrevParagraph),
    ("up", Action::PrevParagraph),
    ("ctrl-e", Action::ScrollDown),
    ("ctrl-y", Action::ScrollUp),
    ("space", Action::PageDown),
    ("pgdn", Action::PageDown),
    ("ctrl-f", Action::PageDown),
    ("b", Action::PageUp),
    ("pgup", Action::PageUp),
    ("ctrl-b", Action::PageUp),
    ("ctrl-d", Action::HalfPageDown),
    ("ctrl-u", Action::HalfPageUp),
    ("g", Action::Top),
    ("home", Action::Top),
    ("G", Action::Bottom),
    ("end", Action::Bottom),
    ("]", Action::NextQuote),
    ("[", Action::PrevQuote),
    ("tab", Action::FocusPanel),
    ("p", Action::TogglePanel),
    ("1", Action::NamesTab),
    ("2", Action::QuotesTab),
    ("h", Action::PrevTab),
    ("left", Action::PrevTab),
    ("l", Action::NextTab),
    ("right", Action::NextTab),
    ("enter", Action::Select),
    ("/", Action::Search),
    ("n", Action::NextMatch),
    ("N", Action::PrevMatch),
    ("r", Action::ToggleRemoved),
    ("m", Action::SetMark),
    ("'", Action::JumpMark),
    ("t", Action::CycleTheme),
    ("?", Action::Help),
    ("esc", Action::Escape),
    ("q", Action::Quit),
    ("ctrl-c", Action::Quit),
];

/// A keymap: ordered bindings, later ones overriding earlier ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    pub bindings: Vec<(Chord, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS.iter().filter_map(|(k, a)| Chord::parse(k).ok().map(|c| (c, *a))).collect();
        Self { bindings }
    }
}

impl Keymap {
    /// The action bound to a key, if any (the last binding wins).
    pub fn lookup(&self, ev: &KeyEvent) -> Option<Action> {
        let chord = Chord::of(ev);
        self.bindings.iter().rev().find(|(c, _)| *c == chord).map(|(_, a)| *a)
    }

    /// Bind `chord` to `action`, replacing what it did before.
    pub fn bind(&mut self, chord: Chord, action: Action) {
        self.bindings.retain(|(c, _)| *c != chord);
        self.bindings.push((chord, action));
    }

    /// Every action with the keys bound to it, in help order.
    pub fn help_rows(&self) -> Vec<(Action, Vec<String>)> {
        Action::ALL
            .into_iter()
            .map(|a| (a, self.bindings.iter().filter(|(_, x)| *x == a).map(|(c, _)| c.label()).collect::<Vec<_>>()))
            .filter(|(_, keys)| !keys.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_chords() {
        assert_eq!(Chord::parse("ctrl-f").unwrap(), Chord { code: KeyCode::Char('f'), mods: KeyModifiers::CONTROL });
        assert_eq!(Chord::parse("G").unwrap().code, KeyCode::Char('G'));
        assert_eq!(Chord::parse("space").unwrap().code, KeyCode::Char(' '));
        assert_eq!(Chord::parse("f5").unwrap().code, KeyCode::F(5));
        assert!(Chord::parse("ctrl-").is_err());
        assert!(Chord::parse("nonsense").is_err());
    }

    #[test]
    fn every_default_parses_and_looks_up() {
        let km = Keymap::default();
        assert_eq!(km.bindings.len(), DEFAULTS.len());
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(km.lookup(&ev), Some(Action::Bottom));
        let ev = KeyEvent::new(KeyCode::Char('f'), KeyModifiers::CONTROL);
        assert_eq!(km.lookup(&ev), Some(Action::PageDown));
    }

    #[test]
    fn rebinding_replaces_and_reaches_help() {
        let mut km = Keymap::default();
        km.bind(Chord::parse("x").unwrap(), Action::Quit);
        km.bind(Chord::parse("j").unwrap(), Action::Bottom);
        let rows = km.help_rows();
        let quit = rows.iter().find(|(a, _)| *a == Action::Quit).unwrap();
        assert!(quit.1.contains(&"x".to_owned()));
        let next = rows.iter().find(|(a, _)| *a == Action::NextParagraph).unwrap();
        assert!(!next.1.contains(&"j".to_owned()));
    }
}
