//! User intents. Keys map to these (see `keymap`); `update` applies them.

/// Everything the reader can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    NextParagraph,
    PrevParagraph,
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    NextQuote,
    PrevQuote,
    FocusPanel,
    TogglePanel,
    NamesTab,
    QuotesTab,
    PrevTab,
    NextTab,
    Select,
    Search,
    NextMatch,
    PrevMatch,
    ToggleRemoved,
    SetMark,
    JumpMark,
    CycleTheme,
    Help,
    Escape,
    Quit,
}

impl Action {
    /// Every action, in the order the help screen lists them.
    pub const ALL: [Action; 29] = [
        Action::NextParagraph,
        Action::PrevParagraph,
        Action::ScrollDown,
        Action::ScrollUp,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Top,
        Action::Bottom,
        Action::NextQuote,
        Action::PrevQuote,
        Action::FocusPanel,
        Action::TogglePanel,
        Action::NamesTab,
        Action::QuotesTab,
        Action::PrevTab,
        Action::NextTab,
        Action::Select,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::ToggleRemoved,
        Action::SetMark,
        Action::JumpMark,
        Action::CycleTheme,
        Action::Help,
        Action::Escape,
        Action::Quit,
    ];

    /// The name used in config files (`[keys]`).
    pub fn name(self) -> &'static str {
        match self {
            Action::NextParagraph => "next_paragraph",
            Action::PrevParagraph => "prev_paragraph",
            Action::ScrollDown => "scroll_down",
            Action::ScrollUp => "scroll_up",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::HalfPageDown => "half_page_down",
            Action::HalfPageUp => "half_page_up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::NextQuote => "next_quote",
            Action::PrevQuote => "prev_quote",
            Action::FocusPanel => "focus_panel",
            Action::TogglePanel => "toggle_panel",
            Action::NamesTab => "names_tab",
            Action::QuotesTab => "quotes_tab",
            Action::PrevTab => "prev_tab",
            Action::NextTab => "next_tab",
            Action::Select => "select",
            Action::Search => "search",
            Action::NextMatch => "next_match",
            Action::PrevMatch => "prev_match",
            Action::ToggleRemoved => "toggle_removed",
            Action::SetMark => "set_mark",
            Action::JumpMark => "jump_to_mark",
            Action::CycleTheme => "next_theme",
            Action::Help => "help",
            Action::Escape => "escape",
            Action::Quit => "quit",
        }
    }

    /// The action with this config name.
    pub fn from_name(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == s)
    }
}
