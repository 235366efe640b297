//! The `warta` binary: parse arguments, choose dump, JSON or the reader.

use clap::Parser;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use warta::app::{App, Settings};
use warta::clean::CleanOptions;
use warta::input::{self, DEFAULT_MAX_BYTES, Source};
use warta::layout::LayoutOptions;
use warta::pipeline::{self, Document};
use warta::ui::Theme;
use warta::ui::strings::{Lang, Strings};

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
    /// Justify the dump (spaces distributed, last line of a paragraph left-aligned).
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
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("warta: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn load(args: &Args) -> anyhow::Result<Document> {
    let opts = CleanOptions { raw: args.raw, ..CleanOptions::default() };
    let src = match &args.file {
        Some(path) => input::load(path, args.max_size)?,
        None => Source { path: PathBuf::from("sampel-pertemuan-puncak.txt"), bytes: SAMPLE.as_bytes().to_vec() },
    };
    Ok(pipeline::process(&src, &opts)?)
}

/// The interface language from the environment (LC_ALL, LC_MESSAGES, LANG).
fn locale_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .map_or(Lang::En, |v| Lang::from_locale(&v))
}

fn run(args: &Args) -> anyhow::Result<()> {
    let doc = load(args)?;
    // Keys come from the controlling terminal, so `cat a.txt | warta -` works like `less`.
    let interactive = !args.dump && !args.json && std::io::stdout().is_terminal();
    if interactive {
        let settings = Settings {
            layout: LayoutOptions { justify: args.justify, hyphenate: args.hyphenate, ..LayoutOptions::default() },
            strings: Strings::of(locale_lang()),
            ..Settings::default()
        };
        let (w, h) = crossterm::terminal::size().unwrap_or((80, 24));
        let app = App::new(doc, settings, (w, h));
        let mut theme = Theme::default_theme();
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            theme = theme.without_colours();
        }
        return warta::tui::run(app, &theme, true);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        writeln!(out, "{}", warta::dump::json(&doc)?)?;
    } else {
        let width = args.width.map(usize::from).unwrap_or_else(|| {
            if std::io::stdout().is_terminal() { crossterm::terminal::size().map(|(w, _)| usize::from(w)).unwrap_or(80) } else { 80 }
        });
        let opts = warta::dump::DumpOptions { width, show_removed: args.show_removed, justify: args.justify, hyphenate: args.hyphenate };
        warta::dump::write_text(&mut out, &doc, &opts)?;
    }
    out.flush()?;
    Ok(())
}
