//! The `warta` binary: parse arguments, read the configuration, choose dump,
//! JSON or the reader.

use clap::Parser;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use warta::app::{App, Settings};
use warta::clean::CleanOptions;
use warta::clean::rules::RuleSet;
use warta::config::{Config, ConfigError, Paths, Side, UiLanguage};
use warta::input::{self, DEFAULT_MAX_BYTES, Source};
use warta::layout::LayoutOptions;
use warta::library::list::List;
use warta::library::{Entry, Progress};
use warta::pipeline;
use warta::store::Store;
use warta::tui::{Cleaning, LibraryRun, Looks, Saving};
use warta::ui::Theme;
use warta::ui::strings::{Lang, Strings};
use warta::ui::theme::ThemeError;

/// The bundled sample article opened when no file is given.
const SAMPLE: &str = include_str!("../assets/sampel-pertemuan-puncak.txt");

#[derive(Parser, Debug)]
#[command(name = "warta", version, about = "A terminal reader for saved news articles")]
struct Args {
    /// Article to read: a text file, or `-` for standard input. Without one,
    /// warta opens its bundled sample article.
    file: Option<PathBuf>,
    /// Print the clean article as plain text instead of opening the reader
    /// (the default when standard output is not a terminal).
    #[arg(long)]
    dump: bool,
    /// Print the article as JSON (schema in README.md).
    #[arg(long, conflicts_with = "dump")]
    json: bool,
    /// Wrap the dump to this many columns (default: the terminal's width, 80
    /// when not a terminal).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    width: Option<u16>,
    /// Show the removed boilerplate in the dump, marked by kind.
    #[arg(long)]
    show_removed: bool,
    /// Justify lines (spaces distributed, last line of a paragraph left-aligned).
    #[arg(long)]
    justify: bool,
    /// Hyphenate Indonesian words at line ends.
    #[arg(long)]
    hyphenate: bool,
    /// Turn cleaning off: show the article as it was saved.
    #[arg(long)]
    raw: bool,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    max_size: u64,
    /// Configuration file (default: $WARTA_CONFIG, else <config dir>/warta/config.toml).
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Theme: a built-in name, a user theme name, or a path to a .toml file.
    #[arg(long, value_name = "NAME|PATH")]
    theme: Option<String>,
    /// List the themes and exit.
    #[arg(long)]
    list_themes: bool,
    /// Print the complete default configuration, commented, and exit.
    #[arg(long)]
    print_config: bool,
    /// Print the configuration, theme and state locations warta uses, and exit.
    #[arg(long)]
    print_paths: bool,
    /// Start at the beginning, ignoring the saved reading position.
    #[arg(long)]
    from_start: bool,
    /// Open the library folder (`library` in the config, else the default
    /// folder shown by --print-paths, created on first use).
    #[arg(long, conflicts_with = "file")]
    library: bool,
    /// Print the index of a library folder (default: the library) and exit;
    /// with --json, as JSON for scripts.
    #[arg(long, value_name = "DIR", num_args = 0..=1, conflicts_with_all = ["file", "dump"])]
    list: Option<Option<PathBuf>>,
}

/// A failure with its exit code: 1 for an article, 2 for usage and configuration.
struct Failure {
    code: u8,
    error: anyhow::Error,
}

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(e: E) -> Self {
        let error = e.into();
        let code = if error.chain().any(|c| c.is::<ConfigError>() || c.is::<ThemeError>()) { 2 } else { 1 };
        Failure { code, error }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) if is_broken_pipe(&f.error) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("warta: {:#}", f.error);
            ExitCode::from(f.code)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// The interface language from the environment (LC_ALL, LC_MESSAGES, LANG).
fn locale_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .map_or(Lang::En, |v| Lang::from_locale(&v))
}

/// The configuration: an explicit file (`--config`, `WARTA_CONFIG`) must
/// load; an auto-discovered one that fails is reported and defaults are used
/// (the warning is returned for the status bar).
fn load_config(args: &Args, paths: &Paths) -> Result<(Config, Option<String>), Failure> {
    let explicit = args.config.clone().or_else(|| std::env::var_os("WARTA_CONFIG").map(PathBuf::from));
    if let Some(p) = explicit {
        return Ok((Config::load(&p)?, None));
    }
    match &paths.config_file {
        Some(p) if p.is_file() => match Config::load(p) {
            Ok(c) => Ok((c, None)),
            Err(e) => {
                eprintln!("warta: {e}\nwarta: starting with the default configuration");
                Ok((Config::default(), Some(format!("config error in {}: defaults used", p.display()))))
            }
        },
        _ => Ok((Config::default(), None)),
    }
}

fn run(args: &Args) -> Result<(), Failure> {
    let paths = Paths::discover();
    let stdout = std::io::stdout();
    if args.print_config {
        let mut out = stdout.lock();
        out.write_all(warta::config::DEFAULT_CONFIG.as_bytes())?;
        return Ok(());
    }
    let (config, mut warning) = load_config(args, &paths)?;
    if args.print_paths {
        let show = |p: &Option<PathBuf>| p.as_ref().map_or("(none)".to_owned(), |p| p.display().to_string());
        let mut out = stdout.lock();
        writeln!(out, "config:  {}", show(&args.config.clone().or(paths.config_file.clone())))?;
        writeln!(out, "themes:  {}", show(&paths.themes_dir))?;
        writeln!(out, "state:   {}", show(&paths.state_dir))?;
        writeln!(out, "library: {}", show(&config.library.clone().or(paths.library.clone())))?;
        return Ok(());
    }
    let themes_dir = paths.themes_dir.as_deref();
    let theme_names = Theme::list(themes_dir);
    let theme_name = args.theme.clone().unwrap_or_else(|| config.theme.clone());
    if args.list_themes {
        let mut out = stdout.lock();
        for n in &theme_names {
            writeln!(out, "{}{n}", if *n == theme_name { "* " } else { "  " })?;
        }
        return Ok(());
    }
    let theme = match Theme::load(&theme_name, themes_dir) {
        Ok(t) => t,
        // An explicit --theme that fails is fatal; a theme named by an
        // auto-discovered config falls back to the default, with a warning.
        Err(e) if args.theme.is_some() || args.config.is_some() => return Err(e.into()),
        Err(e) => {
            eprintln!("warta: {e}\nwarta: using the default theme");
            warning = Some(format!("theme '{theme_name}' not loaded: default used"));
            Theme::default_theme()
        }
    };
    let extra = config.extra_rules().map_err(|m| ConfigError::Invalid { file: "config".into(), message: m })?;
    let rules = if extra.is_empty() { None } else { Some(RuleSet::with_extra(&extra)?) };
    let layout = LayoutOptions {
        max_width: config.max_width,
        justify: args.justify || config.justify,
        hyphenate: args.hyphenate || config.hyphenate,
    };
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let current = theme_names.iter().position(|n| *n == theme_name).unwrap_or(0);
    let theme = if no_color { theme.without_colours() } else { theme };
    let settings = || -> Result<Settings, Failure> {
        let lang = match config.ui_language {
            UiLanguage::En => Lang::En,
            UiLanguage::Id => Lang::Id,
            UiLanguage::Auto => locale_lang(),
        };
        Ok(Settings {
            layout,
            panel_show: config.panel.show,
            panel_width: config.panel.width,
            panel_left: config.panel.side == Side::Left,
            show_removed: config.show_removed,
            keymap: config.keymap().map_err(|m| ConfigError::Invalid { file: "config".into(), message: m })?,
            strings: Strings::of(lang),
        })
    };
    // A folder: the library.
    if let Some(root) = library_root(args, &config, &paths)? {
        let cleaning = Cleaning { raw: args.raw, rules: rules.map(std::sync::Arc::new), max_bytes: args.max_size };
        if args.list.is_some() {
            return list_library(&root, &cleaning, &paths, args.json);
        }
        if !stdout.is_terminal() {
            return Err(anyhow::anyhow!("{}: a library folder opens in a terminal; use --list for its index", root.display()).into());
        }
        let settings = settings()?;
        let store = paths.state_dir.as_deref().map(Store::new);
        let (cache, scan, rec) = warta::library::open_index(&root, paths.state_dir.as_deref());
        let progress = paths.state_dir.as_deref().map(warta::library::progress_map).unwrap_or_default();
        let size = crossterm::terminal::size().unwrap_or((80, 24));
        let mut list = List::new(root, rec.entries, progress, size, settings.strings.lib);
        list.skipped = scan.skipped;
        list.message = warning.or(rec.problem);
        let open = |e: &Entry, size: (u16, u16)| -> Result<(App, Option<Saving>), String> {
            let src = input::load(&e.path, args.max_size).map_err(|e| e.to_string())?;
            let doc = pipeline::process(&src, &cleaning.options());
            Ok(reader_app(doc, settings.clone(), size, store.as_ref(), args.from_start, None))
        };
        let looks = Looks {
            names: theme_names,
            current,
            user_dir: paths.themes_dir.clone(),
            no_color,
            in_library: true,
            keymap: settings.keymap.clone(),
        };
        let run = LibraryRun { list, cache, stale: rec.stale, store: store.clone(), cleaning: cleaning.clone(), open: &open };
        warta::tui::run_library(run, theme, looks, config.mouse)?;
        return Ok(());
    }
    let opts = CleanOptions { raw: args.raw, rules: rules.as_ref().unwrap_or_else(|| RuleSet::builtin()) };
    let src = source(args)?;
    let interactive = !args.dump && !args.json && stdout.is_terminal();
    if !interactive {
        // The source's bytes become the text (no second copy of a large file).
        let doc = pipeline::process_owned(src, &opts);
        let printed = print(args, &layout, &doc);
        // The process ends now: freeing a large document piece by piece
        // would only delay the exit.
        std::mem::forget(doc);
        return printed;
    }
    // The terminal is set up while the article is prepared (nothing after
    // this point fails before the reader runs).
    let store = paths.state_dir.as_deref().map(Store::new);
    let (settings, starting) = (settings()?, warta::tui::begin(config.mouse, store.clone()));
    // A large text file opens on its beginning at once; the whole is read
    // on another thread and replaces it in the reader.
    let prefix = large_text_prefix(&src);
    let doc = match &prefix {
        Some(head) => pipeline::process(head, &opts),
        None => pipeline::process(&src, &opts),
    };
    // Keys come from the controlling terminal, so `cat a.txt | warta -` works like `less`.
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let keymap = settings.keymap.clone();
    let (app, saving) = reader_app(doc, settings, size, store.as_ref(), args.from_start, warning);
    let looks = Looks { names: theme_names, current, user_dir: paths.themes_dir.clone(), no_color, in_library: false, keymap };
    let full = prefix.map(|_| {
        let (tx, rx) = std::sync::mpsc::channel();
        let extra = extra.clone();
        let raw = args.raw;
        std::thread::spawn(move || {
            let rules = if extra.is_empty() { None } else { RuleSet::with_extra(&extra).ok() };
            let opts = CleanOptions { raw, rules: rules.as_ref().unwrap_or_else(|| RuleSet::builtin()) };
            let _ = tx.send(pipeline::process(&src, &opts));
        });
        rx
    });
    warta::tui::run(starting, app, theme, looks, saving, full)?;
    Ok(())
}

/// The non-interactive outputs: the JSON export or the plain dump.
fn print(args: &Args, layout: &LayoutOptions, doc: &pipeline::Document) -> Result<(), Failure> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if args.json {
        warta::dump::write_json(&mut out, doc)?;
        writeln!(out)?;
    } else {
        let width = args.width.map(usize::from).unwrap_or_else(|| {
            if std::io::stdout().is_terminal() { crossterm::terminal::size().map(|(w, _)| usize::from(w)).unwrap_or(80) } else { 80 }
        });
        let opts =
            warta::dump::DumpOptions { width, show_removed: args.show_removed, justify: layout.justify, hyphenate: layout.hyphenate };
        warta::dump::write_text(&mut out, doc, &opts)?;
    }
    out.flush()?;
    Ok(())
}

fn source(args: &Args) -> Result<Source, Failure> {
    Ok(match &args.file {
        Some(path) => input::load(path, args.max_size)?,
        None => Source { path: PathBuf::from("sampel-pertemuan-puncak.txt"), bytes: SAMPLE.as_bytes().to_vec() },
    })
}

/// Text files larger than this open on their beginning first.
const PROGRESSIVE_BYTES: usize = 1 << 20;
/// How much of a large file the first screen is made from.
const HEAD_BYTES: usize = 128 * 1024;

/// The beginning of a large plain-text source, cut at a line end, or `None`
/// (small files, HTML and MHTML pages are read whole).
fn large_text_prefix(src: &Source) -> Option<Source> {
    if src.bytes.len() <= PROGRESSIVE_BYTES {
        return None;
    }
    let head = src.bytes.get(..HEAD_BYTES)?;
    let text = String::from_utf8_lossy(head);
    if input::looks_like_html(&text) || warta::html::mhtml_main_part(head).is_some() {
        return None;
    }
    let cut = head.iter().rposition(|&b| b == b'\n')?;
    Some(Source { path: src.path.clone(), bytes: head.get(..cut)?.to_vec() })
}

/// The library folder to open, if this run is for one: a folder given as the
/// file, `--list [DIR]`, `--library`, or no file with `library` configured.
fn library_root(args: &Args, config: &Config, paths: &Paths) -> Result<Option<PathBuf>, Failure> {
    let configured = || config.library.clone();
    let chosen = match (&args.file, &args.list) {
        (Some(f), _) if f.as_os_str() != "-" && f.is_dir() && (args.dump || args.json) => {
            return Err(anyhow::anyhow!(
                "{}: is a directory, not an article (`warta --list {}` lists its articles)",
                f.display(),
                f.display()
            )
            .into());
        }
        (Some(f), _) if f.as_os_str() != "-" && f.is_dir() => Some(f.clone()),
        (Some(_), _) => None,
        (None, Some(Some(dir))) => Some(dir.clone()),
        (None, Some(None)) => Some(default_library(config, paths)?),
        (None, None) if args.library => Some(default_library(config, paths)?),
        (None, None) if !args.dump && !args.json => configured(),
        (None, None) => None,
    };
    let Some(root) = chosen else { return Ok(None) };
    let root = expand_home(&root);
    if !root.is_dir() {
        return Err(anyhow::anyhow!("{}: library folder not found", root.display()).into());
    }
    // An absolute path: the cache and the positions are keyed by it.
    Ok(Some(std::fs::canonicalize(&root).unwrap_or(root)))
}

/// `~/…` in a configured path means the home folder.
fn expand_home(p: &std::path::Path) -> PathBuf {
    match (p.strip_prefix("~"), dirs::home_dir()) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => p.to_path_buf(),
    }
}

/// The configured library, else the default one, created on first use.
fn default_library(config: &Config, paths: &Paths) -> Result<PathBuf, Failure> {
    if let Some(p) = &config.library {
        return Ok(p.clone());
    }
    let p = paths.library.clone().ok_or_else(|| anyhow::anyhow!("no data folder on this system: set `library` in the config"))?;
    std::fs::create_dir_all(&p).map_err(|e| anyhow::anyhow!("{}: cannot create the library folder: {e}", p.display()))?;
    Ok(p)
}

/// A reader for a document, at its saved position (unless `from_start`).
fn reader_app(
    doc: pipeline::Document,
    settings: Settings,
    size: (u16, u16),
    store: Option<&Store>,
    from_start: bool,
    mut warning: Option<String>,
) -> (App, Option<Saving>) {
    let saving = store.map(|s| Saving { store: s.clone(), key: warta::store::key(&doc.article), resume: !from_start });
    let mut app = App::new(doc, settings, size);
    if let Some(s) = &saving {
        match s.store.load(&s.key) {
            Ok(Some(pos)) if !from_start && pos.text_len == app.doc.article.text_len() => {
                app.restore(pos.para, pos.byte, pos.focus, pos.marks)
            }
            Ok(Some(pos)) => app.restore(0, 0, 0, pos.marks),
            Ok(None) => {}
            Err(e) => warning = Some(e.to_string()),
        }
    }
    if warning.is_some() {
        app.message = warning;
    } else if app.doc.notice.is_some() {
        app.message = app.doc.notice.clone();
    }
    (app, saving)
}

/// `--list`: index the folder (through the cache) and print it.
fn list_library(root: &std::path::Path, cleaning: &Cleaning, paths: &Paths, json: bool) -> Result<(), Failure> {
    let (cache, scan, mut rec) = warta::library::open_index(root, paths.state_dir.as_deref());
    if let Some(p) = &rec.problem {
        eprintln!("warta: {p}");
    }
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get).clamp(1, 4);
    warta::library::index_all(&mut rec.entries, &rec.stale, &cleaning.options(), cleaning.max_bytes, threads);
    if let Some(c) = &cache
        && !rec.stale.is_empty()
        && let Err(e) = c.save(&rec.entries)
    {
        eprintln!("warta: index not saved: {e}");
    }
    for s in &scan.skipped {
        eprintln!("warta: skipped {s}");
    }
    let progress = paths.state_dir.as_deref().map(warta::library::progress_map).unwrap_or_default();
    let list = List::new(root.to_path_buf(), rec.entries, progress, (80, 24), &warta::ui::strings::EN_LIB);
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if json {
        writeln!(out, "{}", warta::library::index_json(&list, &scan.skipped)?)?;
    } else {
        for &i in &list.shown {
            let Some(e) = list.entries.get(i) else { continue };
            let date = e.date.clone().unwrap_or_else(|| warta::library::date::Date::of_epoch(e.mtime).iso());
            let progress = match (&e.error, list.progress_of(e)) {
                (Some(err), _) => format!("error: {err}"),
                (None, Progress::Unread) => "unread".into(),
                (None, Progress::Done) => "done".into(),
                (None, Progress::Reading(p)) => format!("{p} %"),
            };
            writeln!(
                out,
                "{date}  {:>3} min  {progress:<8}  {}  [{}]  {}",
                e.minutes(),
                e.title,
                e.source.as_deref().unwrap_or("-"),
                e.path.display()
            )?;
        }
    }
    out.flush()?;
    Ok(())
}
