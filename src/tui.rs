//! The terminal: start, event loop, restore. The only module that reads
//! terminal events; everything it does to the state goes through
//! `App::update` and everything it draws through `ui::render`.

use crate::app::{App, Effect, Mode};
use crate::library::list::{List, ListAction, ListEffect};
use crate::library::{Cache, Entry, Found, Progress};
use crate::store::{Position, Store};
use crate::ui::{self, Theme};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, MouseEventKind};
use ratatui::crossterm::execute;
use std::io::stdout;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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
    /// Go to the saved position when the whole of a large article arrives
    /// (not when the reader was asked to start at the beginning).
    pub resume: bool,
}

/// The themes `t` cycles through.
pub struct Looks {
    pub names: Vec<String>,
    pub current: usize,
    pub user_dir: Option<PathBuf>,
    pub no_color: bool,
    /// The reader was opened from the library: Esc with nothing to close goes back.
    pub in_library: bool,
    /// The keys (the library maps the reader's actions onto its own).
    pub keymap: crate::app::keymap::Keymap,
}

/// How often the position is saved while reading.
const SAVE_EVERY: Duration = Duration::from_secs(5);

/// The latest unsaved position and the key it belongs to, for the signal handler.
type Snapshot = Arc<Mutex<Option<(String, Position)>>>;

fn save(saving: Option<&Saving>, pos: &Position) -> Result<(), String> {
    match saving {
        Some(s) => s.store.save(&s.key, pos).map_err(|e| e.to_string()),
        None => Ok(()),
    }
}

/// On SIGTERM, SIGHUP, SIGINT or SIGQUIT: save the position, restore the
/// terminal, then exit with 128 + the signal number, like a shell expects.
fn watch_signals(mouse: bool, store: Option<Store>, snapshot: Snapshot) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new().name("signals".into()).spawn(move || {
        if let Some(sig) = signals.forever().next() {
            if let Ok(guard) = snapshot.lock()
                && let (Some((key, pos)), Some(store)) = (guard.as_ref(), store.as_ref())
            {
                let _ = store.save(key, pos);
            }
            restore_terminal(mouse);
            std::process::exit(128 + sig);
        }
    })?;
    Ok(())
}

/// The terminal warta draws on: a frame is built in a buffer and leaves in
/// one write, so the terminal never shows half of one (standard output alone
/// flushes every kilobyte).
type Terminal = ratatui::Terminal<ui::compact::Compact<ratatui::backend::CrosstermBackend<std::io::BufWriter<std::io::Stdout>>>>;

/// Room for a whole frame of a large terminal with its styles.
const FRAME_BUFFER: usize = 256 * 1024;

/// The terminal set up for drawing, the signal watch started.
pub struct Screen {
    terminal: Terminal,
    snapshot: Snapshot,
    _restore: Restore,
}

/// Raw mode, the alternate screen and (optionally) the mouse, with a panic
/// hook that restores the terminal first. The set-up sequences wait in the
/// frame buffer and leave with the first frame.
fn init_terminal(mouse: bool) -> std::io::Result<Terminal> {
    use ratatui::crossterm::{queue, terminal};
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal(mouse);
        hook(info);
    }));
    terminal::enable_raw_mode()?;
    let mut out = std::io::BufWriter::with_capacity(FRAME_BUFFER, stdout());
    queue!(out, terminal::EnterAlternateScreen)?;
    if mouse {
        queue!(out, EnableMouseCapture)?;
    }
    ratatui::Terminal::new(ui::compact::Compact::new(ratatui::backend::CrosstermBackend::new(out))?)
}

fn start(mouse: bool, store: Option<Store>) -> anyhow::Result<Screen> {
    let restore = Restore { mouse };
    let terminal = init_terminal(mouse)?;
    let snapshot: Snapshot = Arc::new(Mutex::new(None));
    watch_signals(mouse, store, snapshot.clone())?;
    Ok(Screen { terminal, snapshot, _restore: restore })
}

/// Switch to the next theme in `looks`; the message to show.
fn next_theme(theme: &mut Theme, looks: &mut Looks, label: &str) -> String {
    if looks.names.is_empty() {
        return String::new();
    }
    looks.current = (looks.current + 1) % looks.names.len();
    let name = looks.names.get(looks.current).cloned().unwrap_or_default();
    match Theme::load(&name, looks.user_dir.as_deref()) {
        Ok(t) => {
            *theme = if looks.no_color { t.without_colours() } else { t };
            format!("{label}: {name}")
        }
        Err(e) => e.to_string(),
    }
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

/// The terminal being set up on another thread while the article is
/// prepared (raw mode, the alternate screen, the signal watch): the first
/// frame waits for the slower of the two, not for both in turn.
/// Dropped without being run (the preparation failed or panicked), it waits
/// for the set-up and restores the terminal, so none is left in raw mode.
pub struct Starting(Option<std::thread::JoinHandle<anyhow::Result<Screen>>>);

/// Start setting up the terminal; `run` takes it over.
pub fn begin(mouse: bool, store: Option<Store>) -> Starting {
    Starting(Some(std::thread::spawn(move || start(mouse, store))))
}

impl Starting {
    fn screen(mut self) -> anyhow::Result<Screen> {
        let handle = self.0.take().ok_or_else(|| anyhow::anyhow!("the terminal could not be set up"))?;
        handle.join().map_err(|_| anyhow::anyhow!("the terminal could not be set up"))?
    }
}

impl Drop for Starting {
    fn drop(&mut self) {
        // The screen, if it was set up, restores the terminal as it drops.
        if let Some(handle) = self.0.take() {
            let _ = handle.join();
        }
    }
}

/// Run the reader until the user quits; the position is saved every few
/// seconds while it changes, on quit, and on a terminating signal.
pub fn run(
    starting: Starting,
    mut app: App,
    theme: Theme,
    mut looks: Looks,
    mut saving: Option<Saving>,
    full: Option<FullDocument>,
) -> anyhow::Result<()> {
    let mut theme = theme;
    let mut screen = starting.screen()?;
    let outcome = read(&mut screen, &mut app, &mut theme, &mut looks, &mut saving, full)?;
    drop(screen);
    // Reading goes on without a writable state folder; say so once, on stderr.
    if let Some(e) = outcome.save_error {
        eprintln!("warta: position not saved: {e}");
    }
    Ok(())
}

/// How a reading session ended.
struct Outcome {
    /// The position could not be saved at the end (not reported yet).
    save_error: Option<String>,
}

/// The reader's event loop on a started screen, until quit or back.
fn read(
    screen: &mut Screen,
    app: &mut App,
    theme: &mut Theme,
    looks: &mut Looks,
    saving: &mut Option<Saving>,
    mut full: Option<FullDocument>,
) -> anyhow::Result<Outcome> {
    let terminal = &mut screen.terminal;
    let snapshot = &screen.snapshot;
    let mut saved = position_of(app);
    let mut unsaved_since: Option<Instant> = None;
    let mut save_warned = false;
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    let mut dirty = true;
    let mut message_until: Option<Instant> = None;
    loop {
        if dirty {
            terminal.draw(|f| ui::render(app, theme, f))?;
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
                        if s.resume
                            && let Ok(Some(pos)) = s.store.load(&s.key)
                            && pos.text_len == app.doc.article.text_len()
                            && app.position() == (0, 0)
                        {
                            app.restore(pos.para, pos.byte, pos.focus, pos.marks);
                        }
                    }
                    saved = position_of(app);
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
            let pos = position_of(app);
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
            Effect::Back if looks.in_library => break,
            Effect::NextTheme => {
                app.message = Some(next_theme(theme, looks, app.settings.strings.theme));
                dirty = true;
                message_until = None;
            }
            Effect::Redraw => {
                dirty = true;
                message_until = None;
            }
            Effect::Back | Effect::None => {}
        }
        let pos = position_of(app);
        if (pos.para, pos.byte, pos.focus, &pos.marks) != (saved.para, saved.byte, saved.focus, &saved.marks) {
            unsaved_since.get_or_insert_with(Instant::now);
            if let (Ok(mut guard), Some(s)) = (snapshot.lock(), saving.as_ref()) {
                *guard = Some((s.key.clone(), pos));
            }
        }
    }
    let pos = position_of(app);
    let changed =
        (pos.para, pos.byte, pos.focus, &pos.marks) != (saved.para, saved.byte, saved.focus, &saved.marks) || unsaved_since.is_some();
    // Leaving the reader: the library always records how far it got.
    let failed = if changed || looks.in_library { save(saving.as_ref(), &pos).err() } else { None };
    if let Ok(mut guard) = snapshot.lock() {
        *guard = None;
    }
    Ok(Outcome { save_error: failed.filter(|_| !save_warned) })
}

/// Shared, read-only cleaning settings for the indexing threads.
#[derive(Clone)]
pub struct Cleaning {
    pub raw: bool,
    /// User rules added to the built-in table (`None`: the built-in table).
    pub rules: Option<Arc<crate::clean::rules::RuleSet>>,
    pub max_bytes: u64,
}

impl Cleaning {
    pub fn options(&self) -> crate::clean::CleanOptions<'_> {
        crate::clean::CleanOptions {
            raw: self.raw,
            rules: self.rules.as_deref().unwrap_or_else(|| crate::clean::rules::RuleSet::builtin()),
        }
    }
}

/// Articles being indexed on background threads.
struct Indexing {
    /// (entry index, entry, whether it is complete or only a first look).
    rx: std::sync::mpsc::Receiver<(usize, Entry, bool)>,
    cancel: Arc<AtomicBool>,
    done: usize,
    total: usize,
}

impl Drop for Indexing {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// Index the `stale` entries, newest files first, on one thread per core:
/// first a quick look at every file's beginning (title, source, date: the
/// list is sorted right and reads well at once), then each one whole.
fn start_indexing(entries: &[Entry], stale: &[usize], cleaning: &Cleaning) -> Option<Indexing> {
    if stale.is_empty() {
        return None;
    }
    let mut work: Vec<(usize, Found)> =
        stale.iter().filter_map(|&i| entries.get(i).map(|e| (i, Found { path: e.path.clone(), size: e.size, mtime: e.mtime }))).collect();
    work.sort_by_key(|w| std::cmp::Reverse(w.1.mtime));
    let total = work.len();
    let work = Arc::new(work);
    let next = Arc::new(AtomicUsize::new(0));
    let next_glance = Arc::new(AtomicUsize::new(0));
    let cancel = Arc::new(AtomicBool::new(false));
    let (tx, rx) = std::sync::mpsc::channel();
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get).clamp(1, 4);
    for _ in 0..threads {
        let (work, next, next_glance, cancel, tx, cleaning) =
            (work.clone(), next.clone(), next_glance.clone(), cancel.clone(), tx.clone(), cleaning.clone());
        let _ = std::thread::Builder::new().name("index".into()).spawn(move || {
            let opts = cleaning.options();
            while !cancel.load(Ordering::Relaxed) {
                let Some((i, f)) = work.get(next_glance.fetch_add(1, Ordering::Relaxed)) else { break };
                if let Some(e) = crate::library::glance(f, &opts)
                    && tx.send((*i, e, false)).is_err()
                {
                    return;
                }
            }
            while !cancel.load(Ordering::Relaxed) {
                let Some((i, f)) = work.get(next.fetch_add(1, Ordering::Relaxed)) else { break };
                if tx.send((*i, crate::library::index_file(f, &opts, cleaning.max_bytes), true)).is_err() {
                    break;
                }
            }
        });
    }
    Some(Indexing { rx, cancel, done: 0, total })
}

/// Opens an entry in the reader: the app, and where its position is kept.
pub type Opener<'a> = dyn Fn(&Entry, (u16, u16)) -> Result<(App, Option<Saving>), String> + 'a;

/// Everything the library screen works with.
pub struct LibraryRun<'a> {
    pub list: List,
    pub cache: Option<Cache>,
    /// Entries (indexes into the list's entries) still to be read.
    pub stale: Vec<usize>,
    pub store: Option<Store>,
    pub cleaning: Cleaning,
    pub open: &'a Opener<'a>,
}

/// Save the index, reporting a failure in the list's status line.
fn save_cache(list: &mut List, cache: Option<&Cache>) {
    if let Some(c) = cache
        && let Err(e) = c.save(&list.entries)
    {
        list.message = Some(format!("index not saved: {e}"));
    }
}

/// Scan the folder again: changed and new files are read, deleted ones dropped.
fn rescan(run: &mut LibraryRun<'_>) -> Option<Indexing> {
    save_cache(&mut run.list, run.cache.as_ref());
    let keep = run.list.current().and_then(|i| run.list.entries.get(i)).map(|e| e.path.clone());
    let scan = crate::library::scan(&run.list.root);
    let rec = match &run.cache {
        Some(c) => c.reconcile(&scan),
        // No state folder: what is in memory serves as the cache.
        None => crate::library::reconcile(&scan, (run.list.entries.clone(), None)),
    };
    let mut list = List::new(run.list.root.clone(), rec.entries, run.list.progress.clone(), run.list.size, run.list.strings);
    list.sort = run.list.sort;
    list.query = std::mem::take(&mut run.list.query);
    list.skipped = scan.skipped;
    list.keys = std::mem::take(&mut run.list.keys);
    list.entries_changed();
    if let Some(p) = keep {
        list.select_path(&p);
    }
    run.list = list;
    run.stale = rec.stale;
    let ix = start_indexing(&run.list.entries, &run.stale, &run.cleaning);
    run.list.indexing = ix.as_ref().map(|x| (0, x.total));
    ix
}

/// How often the list takes in newly indexed articles while indexing.
const INDEX_POLL: Duration = Duration::from_millis(40);

/// The library: a list of articles; Enter reads one, `q` in the reader comes
/// back to the same row, `q` in the list quits. Articles not in the index
/// are read in the background while the list is already usable.
pub fn run_library(mut run: LibraryRun<'_>, theme: Theme, mut looks: Looks, mouse: bool) -> anyhow::Result<()> {
    let mut theme = theme;
    looks.in_library = true;
    run.list.set_keys(&looks.keymap);
    let mut screen = start(mouse, run.store.clone())?;
    let mut indexing = start_indexing(&run.list.entries, &run.stale, &run.cleaning);
    run.list.indexing = indexing.as_ref().map(|x| (0, x.total));
    let size = screen.terminal.size()?;
    run.list.resize(size.width, size.height);
    let mut dirty = true;
    let mut message_until: Option<Instant> = None;
    let mut indexed_any = false;
    loop {
        // Take in what the indexing threads finished.
        if let Some(ix) = indexing.as_mut() {
            let mut got = false;
            let mut finished = false;
            loop {
                match ix.rx.try_recv() {
                    Ok((i, e, complete)) => {
                        // A first look never replaces a complete entry.
                        if complete || run.list.entries.get(i).is_some_and(Entry::is_pending) {
                            run.list.set_entry(i, e);
                        }
                        ix.done += usize::from(complete);
                        got = true;
                    }
                    Err(std::sync::mpsc::TryRecvError::Empty) => break,
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                        finished = true;
                        break;
                    }
                }
            }
            finished |= ix.done >= ix.total;
            if got {
                run.list.entries_changed();
                run.list.indexing = Some((ix.done, ix.total));
                indexed_any = true;
                dirty = true;
            }
            if finished {
                indexing = None;
                run.list.indexing = None;
                save_cache(&mut run.list, run.cache.as_ref());
                indexed_any = false;
                dirty = true;
            }
        }
        if dirty {
            screen.terminal.draw(|f| ui::library::render(&run.list, &theme, f))?;
            dirty = false;
            if run.list.message.is_some() && message_until.is_none() {
                message_until = Some(Instant::now() + MESSAGE_TIME);
            }
        }
        let message_due = message_until.map(|t| t.saturating_duration_since(Instant::now()));
        let index_due = indexing.as_ref().map(|_| INDEX_POLL);
        let timeout = [message_due, index_due].into_iter().flatten().min();
        let ready = match timeout {
            Some(t) => event::poll(t)?,
            None => true,
        };
        if !ready {
            if message_until.is_some_and(|t| Instant::now() >= t) {
                run.list.message = None;
                message_until = None;
                dirty = true;
            }
            continue;
        }
        let l = &mut run.list;
        let effect = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                if l.typing {
                    match k.code {
                        KeyCode::Enter => l.filter_done(true),
                        KeyCode::Esc => l.filter_done(false),
                        KeyCode::Backspace => l.filter_backspace(),
                        KeyCode::Down => l.update(ListAction::Down),
                        KeyCode::Up => l.update(ListAction::Up),
                        KeyCode::Char(c) if !k.modifiers.contains(event::KeyModifiers::CONTROL) => l.filter_input(c),
                        _ => ListEffect::None,
                    }
                } else {
                    match looks.keymap.lookup(&k).and_then(ListAction::of) {
                        Some(a) => l.update(a),
                        None if k.code == KeyCode::Char('s') => l.update(ListAction::Sort),
                        None => ListEffect::None,
                    }
                }
            }
            Event::Resize(w, h) => {
                l.resize(w, h);
                ListEffect::Redraw
            }
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollDown => l.update(ListAction::Down),
                MouseEventKind::ScrollUp => l.update(ListAction::Up),
                MouseEventKind::Down(_) => l.click(m.row),
                _ => ListEffect::None,
            },
            _ => ListEffect::None,
        };
        match effect {
            ListEffect::Quit => break,
            ListEffect::Open(i) => {
                let Some(entry) = run.list.entries.get(i).cloned() else { continue };
                let size = screen.terminal.size()?;
                match (run.open)(&entry, (size.width, size.height)) {
                    Ok((mut app, mut saving)) => {
                        let outcome = read(&mut screen, &mut app, &mut theme, &mut looks, &mut saving, None)?;
                        if let Some(s) = &saving {
                            if let Some(p) = s.store.peek(&s.key) {
                                run.list.record_progress(&s.key, Progress::of_percent(p.percent));
                            }
                            // The index may not know the key yet (a file still being read).
                            if let Some(e) = run.list.entries.get_mut(i)
                                && e.key.is_empty()
                            {
                                e.key = s.key.clone();
                            }
                        }
                        run.list.message = outcome.save_error.map(|e| format!("position not saved: {e}"));
                        let size = screen.terminal.size()?;
                        run.list.resize(size.width, size.height);
                    }
                    Err(e) => run.list.message = Some(e),
                }
                dirty = true;
                message_until = None;
            }
            ListEffect::Rescan => {
                drop(indexing.take());
                indexing = rescan(&mut run);
                dirty = true;
            }
            ListEffect::NextTheme => {
                run.list.message = Some(next_theme(&mut theme, &mut looks, "theme"));
                dirty = true;
                message_until = None;
            }
            ListEffect::Redraw => {
                dirty = true;
                message_until = None;
            }
            ListEffect::None => {}
        }
    }
    drop(indexing);
    if indexed_any {
        save_cache(&mut run.list, run.cache.as_ref());
    }
    drop(screen);
    Ok(())
}
