//! Every user-visible string of the reader, in English and Indonesian.

use crate::app::action::Action;

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Id,
}

impl Lang {
    /// From a locale such as `id_ID.UTF-8` (Indonesian) or anything else (English).
    pub fn from_locale(locale: &str) -> Lang {
        let l = locale.to_ascii_lowercase();
        if l.starts_with("id") || l.starts_with("in_") { Lang::Id } else { Lang::En }
    }
}

/// The strings of one language.
#[derive(Debug)]
pub struct Strings {
    pub names: &'static str,
    pub quotes: &'static str,
    pub people: &'static str,
    pub places: &'static str,
    pub organisations: &'static str,
    pub paragraph: &'static str,
    pub page: &'static str,
    pub help_title: &'static str,
    pub help_footer: &'static str,
    pub search_prompt: &'static str,
    pub no_matches: &'static str,
    pub too_small: &'static str,
    pub no_names: &'static str,
    pub no_quotes: &'static str,
    pub removed_on: &'static str,
    pub removed_off: &'static str,
    pub no_more_quotes: &'static str,
    pub unknown_speaker: &'static str,
    pub mode_read: &'static str,
    pub mode_panel: &'static str,
    pub mode_search: &'static str,
    pub mode_walk: &'static str,
    pub hints: &'static str,
    pub hints_panel: &'static str,
    pub empty_article: &'static str,
    pub mentions: &'static str,
    pub resumed: &'static str,
    pub mark_prompt: &'static str,
    pub mark_set: &'static str,
    pub no_mark: &'static str,
    pub theme: &'static str,
}

pub static EN: Strings = Strings {
    names: "Names",
    quotes: "Quotes",
    people: "PEOPLE",
    places: "PLACES",
    organisations: "ORGANISATIONS",
    paragraph: "¶",
    page: "page",
    help_title: " Keys ",
    help_footer: "Esc or ? closes",
    search_prompt: "/",
    no_matches: "no matches",
    too_small: "Terminal too small",
    no_names: "No names found",
    no_quotes: "No quotations found",
    removed_on: "showing removed boilerplate",
    removed_off: "boilerplate hidden",
    no_more_quotes: "no more quotations",
    unknown_speaker: "unknown speaker",
    mode_read: "READ",
    mode_panel: "PANEL",
    mode_search: "SEARCH",
    mode_walk: "NAME",
    hints: "j/k ¶  ] quote  / search  Tab panel  ? help  q quit",
    hints_panel: "j/k move  h/l tab  Enter jump  Tab back  ? help",
    empty_article: "(this article has no text)",
    mentions: "mentions",
    resumed: "resumed where you stopped",
    mark_prompt: "mark: press a letter",
    mark_set: "mark set",
    no_mark: "no such mark",
    theme: "theme",
};

pub static ID: Strings = Strings {
    names: "Nama",
    quotes: "Kutipan",
    people: "ORANG",
    places: "TEMPAT",
    organisations: "ORGANISASI",
    paragraph: "¶",
    page: "hlm",
    help_title: " Tombol ",
    help_footer: "Esc atau ? menutup",
    search_prompt: "/",
    no_matches: "tidak ditemukan",
    too_small: "Terminal terlalu kecil",
    no_names: "Tidak ada nama",
    no_quotes: "Tidak ada kutipan",
    removed_on: "menampilkan bagian yang dibuang",
    removed_off: "bagian yang dibuang disembunyikan",
    no_more_quotes: "tidak ada kutipan lagi",
    unknown_speaker: "pembicara tidak diketahui",
    mode_read: "BACA",
    mode_panel: "PANEL",
    mode_search: "CARI",
    mode_walk: "NAMA",
    hints: "j/k ¶  ] kutipan  / cari  Tab panel  ? bantuan  q keluar",
    hints_panel: "j/k pindah  h/l tab  Enter lompat  Tab kembali  ? bantuan",
    empty_article: "(artikel ini tidak berisi teks)",
    mentions: "sebutan",
    resumed: "melanjutkan dari posisi terakhir",
    mark_prompt: "tanda: tekan satu huruf",
    mark_set: "tanda dipasang",
    no_mark: "tanda tidak ada",
    theme: "tema",
};

impl Strings {
    /// The strings for a language.
    pub fn of(lang: Lang) -> &'static Strings {
        match lang {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }

    /// What an action does, for the help screen.
    pub fn describe(&self, a: Action) -> &'static str {
        let id = std::ptr::eq(self, &ID);
        match (a, id) {
            (Action::NextParagraph, false) => "next paragraph",
            (Action::NextParagraph, true) => "paragraf berikutnya",
            (Action::PrevParagraph, false) => "previous paragraph",
            (Action::PrevParagraph, true) => "paragraf sebelumnya",
            (Action::ScrollDown, false) => "scroll one line down",
            (Action::ScrollDown, true) => "gulir satu baris ke bawah",
            (Action::ScrollUp, false) => "scroll one line up",
            (Action::ScrollUp, true) => "gulir satu baris ke atas",
            (Action::PageDown, false) => "next page",
            (Action::PageDown, true) => "halaman berikutnya",
            (Action::PageUp, false) => "previous page",
            (Action::PageUp, true) => "halaman sebelumnya",
            (Action::HalfPageDown, false) => "half a page down",
            (Action::HalfPageDown, true) => "setengah halaman ke bawah",
            (Action::HalfPageUp, false) => "half a page up",
            (Action::HalfPageUp, true) => "setengah halaman ke atas",
            (Action::Top, false) => "start of the article",
            (Action::Top, true) => "awal artikel",
            (Action::Bottom, false) => "end of the article",
            (Action::Bottom, true) => "akhir artikel",
            (Action::NextQuote, false) => "next quotation (or mention of the chosen name)",
            (Action::NextQuote, true) => "kutipan berikutnya (atau sebutan nama terpilih)",
            (Action::PrevQuote, false) => "previous quotation (or mention)",
            (Action::PrevQuote, true) => "kutipan sebelumnya (atau sebutan)",
            (Action::FocusPanel, false) => "move between article and panel",
            (Action::FocusPanel, true) => "pindah antara artikel dan panel",
            (Action::TogglePanel, false) => "show or hide the side panel",
            (Action::TogglePanel, true) => "tampilkan atau sembunyikan panel",
            (Action::NamesTab, false) => "Names tab",
            (Action::NamesTab, true) => "tab Nama",
            (Action::QuotesTab, false) => "Quotes tab",
            (Action::QuotesTab, true) => "tab Kutipan",
            (Action::PrevTab, false) => "previous tab (panel)",
            (Action::PrevTab, true) => "tab sebelumnya (panel)",
            (Action::NextTab, false) => "next tab (panel)",
            (Action::NextTab, true) => "tab berikutnya (panel)",
            (Action::Select, false) => "jump to the selected entry",
            (Action::Select, true) => "lompat ke entri terpilih",
            (Action::Search, false) => "search",
            (Action::Search, true) => "cari",
            (Action::NextMatch, false) => "next match",
            (Action::NextMatch, true) => "hasil berikutnya",
            (Action::PrevMatch, false) => "previous match",
            (Action::PrevMatch, true) => "hasil sebelumnya",
            (Action::ToggleRemoved, false) => "show removed boilerplate in place",
            (Action::ToggleRemoved, true) => "tampilkan bagian yang dibuang",
            (Action::SetMark, false) => "set a mark on this paragraph (then a letter)",
            (Action::SetMark, true) => "pasang tanda di paragraf ini (lalu satu huruf)",
            (Action::JumpMark, false) => "jump to a mark (then its letter)",
            (Action::JumpMark, true) => "lompat ke tanda (lalu hurufnya)",
            (Action::CycleTheme, false) => "next theme",
            (Action::CycleTheme, true) => "tema berikutnya",
            (Action::Help, false) => "this help",
            (Action::Help, true) => "bantuan ini",
            (Action::Escape, false) => "close overlay / stop",
            (Action::Escape, true) => "tutup / berhenti",
            (Action::Quit, false) => "quit",
            (Action::Quit, true) => "keluar",
        }
    }
}
