//! The terminal: start, event loop, restore. The only module that reads
//! terminal events; everything it does to the state goes through
//! `App::update` and everything it draws through `ui::render`.

use crate::app::{App, Effect, Mode};
use crate::ui::{self, Theme};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, MouseEventKind};
use ratatui::crossterm::execute;
use std::io::stdout;
use std::time::{Duration, Instant};

/// How long a status message stays.
const MESSAGE_TIME: Duration = Duration::from_secs(3);
/// Bytes of text laid out per idle slice of a large article (about 2 ms).
const LAYOUT_SLICE: usize = 64 * 1024;

/// Leaves the terminal as it was found, however the reader ends.
struct Restore {
    mouse: bool,
}

fn restore_terminal(mouse: bool) {
    if mouse {
        let _ = execute!(stdout(), DisableMouseCapture);
    }
    ratatui::restore();
}

impl Drop for Restore {
    fn drop(&mut self) {
        restore_terminal(self.mouse);
    }
}

/// On SIGTERM, SIGHUP, SIGINT or SIGQUIT: restore the terminal, then exit
/// with 128 + the signal number, like a shell expects.
fn watch_signals(mouse: bool) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new().name("signals".into()).spawn(move || {
        if let Some(sig) = signals.forever().next() {
            restore_terminal(mouse);
            std::process::exit(128 + sig);
        }
    })?;
    Ok(())
}

/// Run the reader until the user quits.
pub fn run(mut app: App, theme: &Theme, mouse: bool) -> anyhow::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore { mouse };
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    watch_signals(mouse)?;
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    let mut dirty = true;
    let mut message_until: Option<Instant> = None;
    loop {
        if dirty {
            terminal.draw(|f| ui::render(&app, theme, f))?;
            dirty = false;
            if app.message.is_some() && message_until.is_none() {
                message_until = Some(Instant::now() + MESSAGE_TIME);
            }
        }
        // Wait for input; lay out more of a large article while there is none.
        let timeout = if app.busy() { Some(Duration::ZERO) } else { message_until.map(|t| t.saturating_duration_since(Instant::now())) };
        let ready = match timeout {
            Some(t) => event::poll(t)?,
            None => true,
        };
        if !ready {
            if app.busy() {
                dirty |= app.tick(LAYOUT_SLICE);
            } else if message_until.is_some_and(|t| Instant::now() >= t) {
                app.message = None;
                message_until = None;
                dirty = true;
            }
            continue;
        }
        let effect = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                if matches!(app.mode, Mode::Search(_)) {
                    match k.code {
                        KeyCode::Enter => app.search_done(true),
                        KeyCode::Esc => app.search_done(false),
                        KeyCode::Backspace => app.search_backspace(),
                        KeyCode::Char(c) if !k.modifiers.contains(event::KeyModifiers::CONTROL) => app.search_input(c),
                        _ => Effect::None,
                    }
                } else {
                    match app.settings.keymap.lookup(&k) {
                        Some(a) => app.update(a),
                        None => Effect::None,
                    }
                }
            }
            Event::Resize(w, h) => {
                app.resize(w, h);
                Effect::Redraw
            }
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollDown => app.wheel(true),
                MouseEventKind::ScrollUp => app.wheel(false),
                MouseEventKind::Down(_) => {
                    let geo = app.geometry();
                    let in_panel =
                        geo.panel.is_some_and(|(x, _)| m.column >= x) || (app.overlay && m.column >= app.size.0.saturating_sub(44));
                    if in_panel { app.click_panel(m.row) } else { Effect::None }
                }
                _ => Effect::None,
            },
            _ => Effect::None,
        };
        match effect {
            Effect::Quit => break,
            Effect::Redraw => {
                dirty = true;
                message_until = None;
            }
            Effect::None => {}
        }
    }
    Ok(())
}
