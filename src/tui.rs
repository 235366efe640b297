//! The terminal: start, event loop, restore. The only module that reads
//! terminal events; everything it does to the state goes through
//! `App::update` and everything it draws through `ui::render`.

use crate::app::{App, Effect, Mode};
use crate::store::{Position, Store};
use crate::ui::{self, Theme};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, MouseEventKind};
use ratatui::crossterm::execute;
use std::io::stdout;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
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

/// Where the reading position is saved, and the latest one not yet saved.
pub struct Saving {
    pub store: Store,
    pub key: String,
}

/// The themes `t` cycles through.
pub struct Looks {
    pub names: Vec<String>,
    pub current: usize,
    pub user_dir: Option<PathBuf>,
    pub no_color: bool,
}

/// How often the position is saved while reading.
const SAVE_EVERY: Duration = Duration::from_secs(5);

type Snapshot = Arc<Mutex<Option<Position>>>;

fn save(saving: Option<&Saving>, pos: &Position) -> Result<(), String> {
    match saving {
        Some(s) => s.store.save(&s.key, pos).map_err(|e| e.to_string()),
        None => Ok(()),
    }
}

/// On SIGTERM, SIGHUP, SIGINT or SIGQUIT: save the position, restore the
/// terminal, then exit with 128 + the signal number, like a shell expects.
fn watch_signals(mouse: bool, saving: Option<Saving>, snapshot: Snapshot) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new().name("signals".into()).spawn(move || {
        if let Some(sig) = signals.forever().next() {
            if let Ok(guard) = snapshot.lock()
                && let Some(pos) = guard.as_ref()
            {
                let _ = save(saving.as_ref(), pos);
            }
            restore_terminal(mouse);
            std::process::exit(128 + sig);
        }
    })?;
    Ok(())
}

/// The position to save for the reader's state now.
pub fn position_of(app: &App) -> Position {
    let (para, byte) = app.position();
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let percent = app.percent().map_or(0, |p| u8::try_from(p.min(100)).unwrap_or(100));
    let focus = app.view.para_of(app.focus_para).unwrap_or(para);
    Position { para, byte, focus, text_len: app.doc.article.text_len(), marks: app.marks.clone(), saved_at: secs, percent }
}

/// The whole article, when the reader opened on its beginning first.
pub type FullDocument = std::sync::mpsc::Receiver<crate::pipeline::Document>;

/// How often the loop looks for the full document while it is on its way.
const FULL_DOC_POLL: Duration = Duration::from_millis(25);

/// Run the reader until the user quits; the position is saved every few
/// seconds while it changes, on quit, and on a terminating signal.
pub fn run(
    mut app: App,
    theme: Theme,
    mut looks: Looks,
    mouse: bool,
    mut saving: Option<Saving>,
    mut full: Option<FullDocument>,
) -> anyhow::Result<()> {
    let mut theme = theme;
    let mut terminal = ratatui::try_init()?;
    let restore = Restore { mouse };
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    let snapshot: Snapshot = Arc::new(Mutex::new(None));
    let signal_saving = saving.as_ref().map(|s| Saving { store: s.store.clone(), key: s.key.clone() });
    watch_signals(mouse, signal_saving, snapshot.clone())?;
    let mut saved = position_of(&app);
    let mut unsaved_since: Option<Instant> = None;
    let mut save_warned = false;
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    let mut dirty = true;
    let mut message_until: Option<Instant> = None;
    loop {
        if dirty {
            terminal.draw(|f| ui::render(&app, &theme, f))?;
            dirty = false;
            if app.message.is_some() && message_until.is_none() {
                message_until = Some(Instant::now() + MESSAGE_TIME);
            }
        }
        // The whole article arrived: swap it in and look up its saved position.
        if let Some(rx) = &full {
            match rx.try_recv() {
                Ok(doc) => {
                    let key = crate::store::key(&doc.article);
                    app.replace_document(doc);
                    if let Some(s) = saving.as_mut() {
                        s.key = key;
                        if let Ok(Some(pos)) = s.store.load(&s.key)
                            && pos.text_len == app.doc.article.text_len()
                            && app.position() == (0, 0)
                        {
                            app.restore(pos.para, pos.byte, pos.focus, pos.marks);
                        }
                    }
                    saved = position_of(&app);
                    full = None;
                    dirty = true;
                    // Draw it now rather than after the next key.
                    continue;
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => full = None,
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
            }
        }
        // Save the position a few seconds after it changed.
        if let Some(since) = unsaved_since
            && since.elapsed() >= SAVE_EVERY
        {
            let pos = position_of(&app);
            if let Err(e) = save(saving.as_ref(), &pos)
                && !save_warned
            {
                app.message = Some(format!("position not saved: {e}"));
                save_warned = true;
                dirty = true;
            }
            saved = pos;
            unsaved_since = None;
        }
        // Wait for input; lay out more of a large article while there is none.
        let save_due = unsaved_since.map(|t| SAVE_EVERY.saturating_sub(t.elapsed()));
        let message_due = message_until.map(|t| t.saturating_duration_since(Instant::now()));
        let full_due = full.as_ref().map(|_| FULL_DOC_POLL);
        let timeout = if app.busy() { Some(Duration::ZERO) } else { [save_due, message_due, full_due].into_iter().flatten().min() };
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
                if app.pending.is_some() {
                    match k.code {
                        KeyCode::Char(c) => app.pending_key(c),
                        _ => {
                            app.pending = None;
                            app.message = None;
                            Effect::Redraw
                        }
                    }
                } else if matches!(app.mode, Mode::Search(_)) {
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
                    let in_panel = geo.panel.is_some_and(|(x, w)| m.column >= x && m.column < x + w)
                        || (app.overlay && m.column >= app.overlay_area().0);
                    if in_panel { app.click_panel(m.row) } else { Effect::None }
                }
                _ => Effect::None,
            },
            _ => Effect::None,
        };
        match effect {
            Effect::Quit => break,
            Effect::NextTheme => {
                if !looks.names.is_empty() {
                    looks.current = (looks.current + 1) % looks.names.len();
                    let name = looks.names.get(looks.current).cloned().unwrap_or_default();
                    match Theme::load(&name, looks.user_dir.as_deref()) {
                        Ok(t) => {
                            theme = if looks.no_color { t.without_colours() } else { t };
                            app.message = Some(format!("{}: {name}", app.settings.strings.theme));
                        }
                        Err(e) => app.message = Some(e.to_string()),
                    }
                }
                dirty = true;
                message_until = None;
            }
            Effect::Redraw => {
                dirty = true;
                message_until = None;
            }
            Effect::None => {}
        }
        let pos = position_of(&app);
        if (pos.para, pos.byte, pos.focus, &pos.marks) != (saved.para, saved.byte, saved.focus, &saved.marks) {
            unsaved_since.get_or_insert_with(Instant::now);
            if let Ok(mut guard) = snapshot.lock() {
                *guard = Some(pos);
            }
        }
    }
    let pos = position_of(&app);
    let changed =
        (pos.para, pos.byte, pos.focus, &pos.marks) != (saved.para, saved.byte, saved.focus, &saved.marks) || unsaved_since.is_some();
    let failed = if changed { save(saving.as_ref(), &pos).err() } else { None };
    drop(restore);
    // Reading goes on without a writable state folder; say so once, on stderr.
    if let Some(e) = failed
        && !save_warned
    {
        eprintln!("warta: position not saved: {e}");
    }
    Ok(())
}
