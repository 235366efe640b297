//! warta: a terminal reader for saved news articles.
//!
//! ```text
//! path ─ input::load ─ input::decode ─ clean ─ Article ─ extract ─ layout ─ app/ui ─ terminal
//!                                                       └─ dump (text, JSON) ─ stdout
//! ```
//! Everything except `input::load`, the terminal loop and the state store is
//! pure: values in, values out.

pub mod app;
pub mod article;
pub mod clean;
pub mod config;
pub mod dump;
pub mod extract;
pub mod html;
pub mod input;
pub mod layout;
pub mod lexicon;
pub mod library;
pub mod pipeline;
pub mod store;
#[cfg(test)]
mod testing;
pub mod tui;
pub mod ui;
