//! The library: a folder of saved articles, scanned, indexed and cached.
//!
//! `scan` walks the folder (the only part besides the cache that touches the
//! file system); `index_source` turns one loaded article into an [`Entry`]
//! (pure); [`Cache`] keeps entries keyed by path + size + modification time
//! so a second start reads only what changed. The list on screen is
//! [`list::List`], a pure state machine.

pub mod date;
pub mod list;

use crate::clean::CleanOptions;
use crate::extract::NameKind;
use crate::input::{self, Source};
use crate::pipeline::{self, Document};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// File name endings the library lists (compared case-insensitively).
pub const EXTENSIONS: [&str; 7] = ["txt", "html", "htm", "xhtml", "mhtml", "mht", "text"];

/// Words read in a minute, for the reading time.
pub const WORDS_PER_MINUTE: usize = 200;

/// Names kept per article: enough to filter by anyone who matters in it.
const NAMES_KEPT: usize = 30;

/// Version of the cache file; another version is rebuilt.
const CACHE_VERSION: u32 = 2;

/// A file found in the library folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub size: u64,
    /// Modification time, seconds since the epoch.
    pub mtime: i64,
}

/// What the scan found, with what it had to skip.
#[derive(Debug, Default)]
pub struct Scan {
    pub files: Vec<Found>,
    /// Folders and links skipped, each with its reason.
    pub skipped: Vec<String>,
}

/// A name as the index keeps it (cached as a compact `[name, kind,
/// mentions, aliases]` array: the cache of a large library is mostly names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "NameRow", into = "NameRow")]
pub struct IndexName {
    pub name: String,
    pub kind: NameKind,
    pub mentions: usize,
    pub aliases: Vec<String>,
}

type NameRow = (String, NameKind, usize, Vec<String>);

impl From<NameRow> for IndexName {
    fn from((name, kind, mentions, aliases): NameRow) -> Self {
        IndexName { name, kind, mentions, aliases }
    }
}

impl From<IndexName> for NameRow {
    fn from(n: IndexName) -> Self {
        (n.name, n.kind, n.mentions, n.aliases)
    }
}

/// One article of the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub path: PathBuf,
    pub size: u64,
    pub mtime: i64,
    /// Title from the metadata, else the first sentence.
    pub title: String,
    pub source: Option<String>,
    /// The article's own date, `YYYY-MM-DD`, when it has one.
    pub date: Option<String>,
    /// Seconds since the epoch used for sorting: the article's date, else the file's.
    pub when: i64,
    pub words: usize,
    /// The reading-position key (a hash of the clean text).
    pub key: String,
    /// The names, most mentioned first.
    pub names: Vec<IndexName>,
    /// Why the file could not be read, for an unreadable one.
    pub error: Option<String>,
}

impl Entry {
    /// Reading time in minutes (at least one for a readable article).
    pub fn minutes(&self) -> usize {
        if self.error.is_some() { 0 } else { self.words.div_ceil(WORDS_PER_MINUTE).max(1) }
    }

    /// A row for a file that is listed but not indexed yet.
    pub fn pending(f: &Found) -> Entry {
        Entry {
            path: f.path.clone(),
            size: f.size,
            mtime: f.mtime,
            title: file_title(&f.path),
            source: None,
            date: None,
            when: f.mtime,
            words: 0,
            key: String::new(),
            names: Vec::new(),
            error: None,
        }
    }

    /// Whether this row still waits for its article to be read.
    pub fn is_pending(&self) -> bool {
        self.key.is_empty() && self.error.is_none()
    }
}

/// A title made from a file name: `banjir-di-solo_2024.txt` → "banjir di solo 2024".
pub fn file_title(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let t: String = stem.chars().map(|c| if c == '-' || c == '_' { ' ' } else { c }).collect();
    input::sanitize(t.trim())
}

fn is_article_file(path: &Path) -> bool {
    path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

fn mtime_of(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Every article file under `root`, following links; symlink loops,
/// unreadable folders and hidden folders (`.git`, …) are skipped, the first
/// two with a note.
pub fn scan(root: &Path) -> Scan {
    let mut out = Scan::default();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !(e.file_type().is_dir() && e.file_name().to_string_lossy().starts_with('.')));
    for item in walker {
        match item {
            Ok(e) if e.file_type().is_file() && is_article_file(e.path()) => {
                let (size, mtime) = e.metadata().map_or((0, 0), |m| (m.len(), mtime_of(&m)));
                out.files.push(Found { path: e.path().to_path_buf(), size, mtime });
            }
            Ok(_) => {}
            Err(err) => {
                let place = err.path().map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                let why = if err.loop_ancestor().is_some() {
                    "symlink loop".to_owned()
                } else {
                    err.io_error().map_or_else(|| err.to_string(), |io| short_io(io).to_owned())
                };
                out.skipped.push(format!("{place}: {why}"));
            }
        }
    }
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn short_io(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied",
        std::io::ErrorKind::NotFound => "not found (broken link?)",
        _ => "unreadable",
    }
}

/// The first sentence of the first paragraph, as a title of at most ~100 characters.
fn first_sentence(a: &crate::article::Article) -> Option<String> {
    let p = a.paragraphs.iter().find(|p| !p.text.trim().is_empty())?;
    let text = date::strip_leading(p.text.trim());
    let mut end = text.len();
    for (i, _) in text.match_indices(['.', '!', '?']) {
        let after = text.get(i + 1..).unwrap_or("");
        if i >= 20 && (after.is_empty() || after.starts_with(' ')) {
            end = i + 1;
            break;
        }
    }
    let sentence = text.get(..end).unwrap_or(text);
    if sentence.chars().count() <= 100 {
        return Some(sentence.to_owned());
    }
    let cut = sentence.char_indices().nth(100).map_or(sentence.len(), |(i, _)| i);
    let head = sentence.get(..cut).unwrap_or(sentence);
    let head = head.rfind(' ').and_then(|i| head.get(..i)).unwrap_or(head);
    Some(format!("{head}…"))
}

/// Title, source and date of an article.
fn describe(found: &Found, a: &crate::article::Article) -> (String, Option<String>, Option<date::Date>) {
    let title =
        a.meta.title.clone().filter(|t| !t.trim().is_empty()).or_else(|| first_sentence(a)).unwrap_or_else(|| file_title(&found.path));
    let dated = a
        .meta
        .date
        .as_deref()
        .and_then(date::parse)
        // Datelines and credit lines above the text, never related headlines
        // or pieces from inside the article (they carry other dates).
        .or_else(|| {
            a.removed
                .iter()
                .filter(|r| r.paragraph == 0 && r.kind != crate::article::BoilerKind::Related)
                .take(8)
                .find_map(|r| date::find(&r.text))
        })
        .or_else(|| a.paragraphs.first().and_then(|p| date::find_at_start(&p.text)));
    (title, a.meta.source.clone(), dated)
}

/// An index entry from an article already read.
pub fn entry_of(found: &Found, doc: &Document) -> Entry {
    let a = &doc.article;
    let (title, source, dated) = describe(found, a);
    let words = a.paragraphs.iter().map(|p| p.text.split_whitespace().count()).sum();
    let mut names: Vec<IndexName> = doc
        .notes
        .names
        .iter()
        .take(NAMES_KEPT)
        .map(|n| IndexName { name: n.name.clone(), kind: n.kind, mentions: n.mentions.len(), aliases: n.aliases.clone() })
        .collect();
    names.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
    Entry {
        path: found.path.clone(),
        size: found.size,
        mtime: found.mtime,
        title,
        source,
        date: dated.map(date::Date::iso),
        when: dated.map_or(found.mtime, date::Date::epoch),
        words,
        key: crate::store::key(a),
        names,
        error: None,
    }
}

/// Bytes of a text file read for the first look.
const GLANCE_TEXT: usize = 2 * 1024;
/// Bytes of a page read for the first look (enough for its `<head>`).
const GLANCE_PAGE: usize = 64 * 1024;

/// A first look at a file: title, source and date from its beginning only,
/// so a cold library shows real rows long before every article is read.
/// The entry stays pending (no key, no names, no length).
pub fn glance(found: &Found, opts: &CleanOptions<'_>) -> Option<Entry> {
    use std::io::Read;
    let html_name = found.path.extension().is_some_and(|e| {
        let e = e.to_string_lossy().to_ascii_lowercase();
        e.starts_with("htm") || e == "xhtml"
    });
    let want = if html_name { GLANCE_PAGE } else { GLANCE_TEXT };
    let mut buf = Vec::with_capacity(want);
    std::fs::File::open(&found.path).ok()?.take(want as u64).read_to_end(&mut buf).ok()?;
    if buf.is_empty() || buf.contains(&0) || crate::html::mhtml_main_part(&buf).is_some() {
        return None;
    }
    let decoded = input::decode(&buf, crate::html::declared_charset(&buf));
    let text = decoded.text.as_str();
    let article = if html_name || input::looks_like_html(text) {
        let meta = crate::html::head_meta(text);
        crate::article::Article { meta, ..crate::article::Article::default() }
    } else {
        // Whole lines only: the last one may be cut.
        let cut = if buf.len() < want { text.len() } else { text.rfind('\n').unwrap_or(text.len()) };
        crate::clean::clean_text(text.get(..cut).unwrap_or(text), decoded.encoding, opts)
    };
    let (title, source, dated) = describe(found, &article);
    let mut e = Entry::pending(found);
    e.title = input::sanitize(&title);
    e.source = source.map(|s| input::sanitize(&s));
    e.date = dated.map(date::Date::iso);
    e.when = dated.map_or(found.mtime, date::Date::epoch);
    Some(e)
}

/// Read and index one file; a file that cannot be read becomes an entry
/// with its reason.
pub fn index_file(found: &Found, opts: &CleanOptions<'_>, max_bytes: u64) -> Entry {
    match input::load(&found.path, max_bytes) {
        Ok(src) => entry_of(found, &pipeline::process(&src, opts)),
        Err(e) => {
            let mut entry = Entry::pending(found);
            entry.error = Some(load_reason(&e));
            entry
        }
    }
}

/// The short reason of a load error (without the path, which the row shows).
fn load_reason(e: &input::LoadError) -> String {
    use input::LoadError as E;
    match e {
        E::NotFound { .. } => "no longer there".into(),
        E::IsDirectory { .. } => "a folder".into(),
        E::PermissionDenied { .. } => "permission denied".into(),
        E::Empty { .. } => "empty file".into(),
        E::Binary { .. } => "binary data, not an article".into(),
        E::TooLarge { size, .. } => format!("too large ({} MB)", size / 1_000_000),
        E::Io { err, .. } => err.to_string(),
    }
}

/// Index a source held in memory (for tests and benchmarks).
pub fn index_source(found: &Found, src: &Source, opts: &CleanOptions<'_>) -> Entry {
    entry_of(found, &pipeline::process(src, opts))
}

/// The cached index of one library folder.
#[derive(Debug, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    root: PathBuf,
    entries: Vec<Entry>,
}

/// Why the cache could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {err}")]
pub struct CacheError {
    pub path: PathBuf,
    pub err: std::io::Error,
}

/// The index cache of one library folder, in the state directory.
#[derive(Debug, Clone)]
pub struct Cache {
    path: PathBuf,
    root: PathBuf,
}

/// Entries still valid, and the files to read again.
#[derive(Debug, Default)]
pub struct Reconciled {
    /// One per found file, in scan order: cached ones complete, the others pending.
    pub entries: Vec<Entry>,
    /// Indexes (into `entries`) of the files to read.
    pub stale: Vec<usize>,
    /// Why the cache was not used, when it was there and unreadable.
    pub problem: Option<String>,
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl Cache {
    /// The cache of `root` under `state_dir/library/`.
    pub fn new(state_dir: &Path, root: &Path) -> Cache {
        let name = format!("{:016x}.json", fnv(root.as_os_str().as_encoded_bytes()));
        Cache { path: state_dir.join("library").join(name), root: root.to_path_buf() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The cached entries (empty when there is no cache or it is of another
    /// version), and what was wrong with it. A corrupt cache is moved aside.
    pub fn load(&self) -> (Vec<Entry>, Option<String>) {
        match std::fs::read(&self.path) {
            Ok(bytes) => match serde_json::from_slice::<CacheFile>(&bytes) {
                Ok(c) if c.version == CACHE_VERSION && c.root == self.root => (c.entries, None),
                Ok(_) => (Vec::new(), None),
                Err(e) => {
                    let aside = self.path.with_extension("json.corrupt");
                    let _ = std::fs::rename(&self.path, &aside);
                    (Vec::new(), Some(format!("{}: unreadable index ({e}); rebuilt", self.path.display())))
                }
            },
            Err(_) => (Vec::new(), None),
        }
    }

    /// Scan `root` and read the cache at the same time, then reconcile.
    pub fn scan_and_reconcile(&self) -> (Scan, Reconciled) {
        let (scan, loaded) = std::thread::scope(|s| {
            let loading = s.spawn(|| self.load());
            let scan = scan(&self.root);
            (scan, loading.join().unwrap_or_default())
        });
        let rec = reconcile(&scan, loaded);
        (scan, rec)
    }

    /// Match the scan against the cache (see [`reconcile`]).
    pub fn reconcile(&self, scan: &Scan) -> Reconciled {
        reconcile(scan, self.load())
    }

    /// Write the entries atomically (temporary file, fsync, rename). Pending
    /// rows are not written.
    pub fn save(&self, entries: &[Entry]) -> Result<(), CacheError> {
        let err = |path: &Path| {
            let path = path.to_path_buf();
            move |err| CacheError { path, err }
        };
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(err(dir))?;
        let file = CacheFile {
            version: CACHE_VERSION,
            root: self.root.clone(),
            entries: entries.iter().filter(|e| !e.is_pending()).cloned().collect(),
        };
        let body = serde_json::to_vec(&file).map_err(|e| CacheError { path: self.path.clone(), err: std::io::Error::other(e) })?;
        let result = crate::store::write_atomic(&self.path, &body);
        result.map_err(err(&self.path))
    }
}

/// Scan `root` and match it against its cache in `state_dir` (read at the
/// same time), or, without a state folder, list every file as still to be read.
pub fn open_index(root: &Path, state_dir: Option<&Path>) -> (Option<Cache>, Scan, Reconciled) {
    match state_dir.map(|d| Cache::new(d, root)) {
        Some(c) => {
            let (scan, rec) = c.scan_and_reconcile();
            (Some(c), scan, rec)
        }
        None => {
            let scan = scan(root);
            let rec = reconcile(&scan, (Vec::new(), None));
            (None, scan, rec)
        }
    }
}

/// Match a scan against cached entries: an entry is kept when its path,
/// size and modification time are unchanged; everything else is to be read.
/// Deleted files simply are not in the scan.
pub fn reconcile(scan: &Scan, (cached, problem): (Vec<Entry>, Option<String>)) -> Reconciled {
    let mut by_path: HashMap<PathBuf, Entry> = cached.into_iter().map(|e| (e.path.clone(), e)).collect();
    let mut out = Reconciled { problem, ..Reconciled::default() };
    for f in &scan.files {
        match by_path.remove(&f.path) {
            Some(e) if e.size == f.size && e.mtime == f.mtime && !e.is_pending() => out.entries.push(e),
            _ => {
                out.stale.push(out.entries.len());
                out.entries.push(Entry::pending(f));
            }
        }
    }
    out
}

/// Index every stale entry on `threads` threads, in place (for `--list` and
/// benchmarks; the reader indexes in the background instead).
pub fn index_all(entries: &mut [Entry], stale: &[usize], opts: &CleanOptions<'_>, max_bytes: u64, threads: usize) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let found: Vec<(usize, Found)> =
        stale.iter().filter_map(|&i| entries.get(i).map(|e| (i, Found { path: e.path.clone(), size: e.size, mtime: e.mtime }))).collect();
    let done: Vec<(usize, Entry)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads.max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((i, f)) = found.get(k) else { break };
                        out.push((*i, index_file(f, opts, max_bytes)));
                    }
                    out
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    });
    for (i, e) in done {
        if let Some(slot) = entries.get_mut(i) {
            *slot = e;
        }
    }
}

/// How far the reader got in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Progress {
    #[default]
    Unread,
    /// Percent read, 1–99.
    Reading(u8),
    Done,
}

impl Progress {
    /// From a saved percentage.
    pub fn of_percent(p: u8) -> Progress {
        match p {
            0 => Progress::Unread,
            100.. => Progress::Done,
            p => Progress::Reading(p),
        }
    }

    /// The percentage (unread 0, done 100).
    pub fn percent(self) -> u8 {
        match self {
            Progress::Unread => 0,
            Progress::Reading(p) => p,
            Progress::Done => 100,
        }
    }
}

/// The progress of every saved position, by key: one directory read, and only
/// the files that exist are opened.
pub fn progress_map(state_dir: &Path) -> HashMap<String, Progress> {
    let dir = state_dir.join("positions");
    let Ok(rd) = std::fs::read_dir(&dir) else { return HashMap::new() };
    let store = crate::store::Store::new(state_dir);
    rd.filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let key = name.strip_suffix(".json")?.to_owned();
            let pos = store.peek(&key)?;
            Some((key, Progress::of_percent(pos.percent)))
        })
        .collect()
}

/// Version of the `--list --json` output.
pub const LIST_SCHEMA: u32 = 1;

/// Names per article in `--list --json`.
const JSON_NAMES: usize = 10;

#[derive(Serialize)]
struct JsonName<'a> {
    name: &'a str,
    kind: NameKind,
    mentions: usize,
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    path: String,
    title: &'a str,
    source: Option<&'a str>,
    /// The article's own date, when it has one.
    date: Option<&'a str>,
    /// The file's modification date.
    file_date: String,
    words: usize,
    minutes: usize,
    status: &'static str,
    progress: u8,
    names: Vec<JsonName<'a>>,
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonIndex<'a> {
    schema: u32,
    root: String,
    articles: Vec<JsonArticle<'a>>,
    skipped: &'a [String],
}

/// The index as JSON for scripts (`warta --list DIR --json`), in the list's order.
pub fn index_json(list: &list::List, skipped: &[String]) -> Result<String, serde_json::Error> {
    let articles = list
        .shown
        .iter()
        .filter_map(|&i| list.entries.get(i))
        .map(|e| {
            let p = if e.error.is_some() { Progress::Unread } else { list.progress_of(e) };
            JsonArticle {
                path: e.path.display().to_string(),
                title: &e.title,
                source: e.source.as_deref(),
                date: e.date.as_deref(),
                file_date: date::Date::of_epoch(e.mtime).iso(),
                words: e.words,
                minutes: e.minutes(),
                status: match (&e.error, p) {
                    (Some(_), _) => "error",
                    (None, Progress::Unread) => "unread",
                    (None, Progress::Reading(_)) => "reading",
                    (None, Progress::Done) => "done",
                },
                progress: p.percent(),
                names: e.names.iter().take(JSON_NAMES).map(|n| JsonName { name: &n.name, kind: n.kind, mentions: n.mentions }).collect(),
                error: e.error.as_deref(),
            }
        })
        .collect();
    serde_json::to_string_pretty(&JsonIndex { schema: LIST_SCHEMA, root: list.root.display().to_string(), articles, skipped })
}

#[cfg(test)]
mod tests;
