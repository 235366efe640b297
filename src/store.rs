//! Reading positions, one file per article in the state directory, keyed by a
//! hash of the cleaned text (a renamed or moved file keeps its place). Writes
//! are atomic (temporary file, fsync, rename); a corrupt file is moved aside
//! and reported, never silently replaced.

use crate::article::Article;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the reader was in an article, in clean paragraphs and bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Position {
    pub para: usize,
    pub byte: usize,
    /// The focused paragraph.
    #[serde(default)]
    pub focus: usize,
    /// Length of the cleaned text when saved: a guard against a changed article.
    pub text_len: usize,
    /// Marks set with `m` + letter: letter → (paragraph, byte).
    #[serde(default)]
    pub marks: BTreeMap<char, (usize, usize)>,
    /// Seconds since the epoch.
    #[serde(default)]
    pub saved_at: u64,
    /// Share of the article read, in percent (for the library).
    #[serde(default)]
    pub percent: u8,
}

/// Why a position could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {err}")]
    Io { path: PathBuf, err: std::io::Error },
    #[error("{path}: unreadable saved position ({reason}); moved aside to {moved}")]
    Corrupt { path: PathBuf, reason: String, moved: String },
}

/// A stable key for an article: FNV-1a over its cleaned paragraphs, in hex.
pub fn key(a: &Article) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in &a.paragraphs {
        for b in p.text.bytes().chain(std::iter::once(b'\n')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The positions folder.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Positions under `state_dir/positions`.
    pub fn new(state_dir: &Path) -> Store {
        Store { dir: state_dir.join("positions") }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The saved position for `key`, if any.
    pub fn load(&self, key: &str) -> Result<Option<Position>, StoreError> {
        let path = self.path(key);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(StoreError::Io { path, err }),
        };
        match serde_json::from_str::<Position>(&text) {
            Ok(p) => Ok(Some(p)),
            Err(e) => {
                let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
                let moved = path.with_extension(format!("json.corrupt-{stamp}"));
                let _ = std::fs::rename(&path, &moved);
                Err(StoreError::Corrupt { path, reason: e.to_string(), moved: moved.display().to_string() })
            }
        }
    }

    /// The saved position for `key` when it is there and readable; nothing is
    /// moved or reported (the library's read-only look at progress).
    pub fn peek(&self, key: &str) -> Option<Position> {
        let text = std::fs::read(self.path(key)).ok()?;
        serde_json::from_slice(&text).ok()
    }

    /// Save atomically: a temporary file in the same folder, flushed to disk,
    /// then renamed over the old one.
    pub fn save(&self, key: &str, pos: &Position) -> Result<(), StoreError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |err| StoreError::Io { path, err }
        };
        std::fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        let path = self.path(key);
        let body = serde_json::to_vec_pretty(pos).map_err(|e| StoreError::Io { path: path.clone(), err: std::io::Error::other(e) })?;
        write_atomic(&path, &body).map_err(io(&path))
    }
}

/// Write a file atomically: a temporary file in the same folder, flushed to
/// disk, then renamed over the old one (a reader sees the old or the new
/// file, never half of one). The folder must exist.
pub fn write_atomic(path: &Path, body: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let tmp = dir.join(format!(".{name}.{}.{nanos}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(body)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Paragraph;

    fn tempdir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("warta-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn round_trip_and_keys_follow_the_text() {
        let d = tempdir("rt");
        let s = Store::new(&d);
        let a = Article { paragraphs: vec![Paragraph::body("Satu."), Paragraph::body("Dua.")], ..Article::default() };
        let k = key(&a);
        assert_eq!(s.load(&k).unwrap(), None);
        let mut p = Position { para: 1, byte: 2, text_len: 8, ..Position::default() };
        p.marks.insert('a', (0, 0));
        s.save(&k, &p).unwrap();
        assert_eq!(s.load(&k).unwrap(), Some(p));
        let b = Article { paragraphs: vec![Paragraph::body("Satu."), Paragraph::body("Tiga.")], ..Article::default() };
        assert_ne!(key(&a), key(&b));
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_and_reported() {
        let d = tempdir("corrupt");
        let s = Store::new(&d);
        std::fs::create_dir_all(d.join("positions")).unwrap();
        std::fs::write(d.join("positions/abc.json"), "{ not json").unwrap();
        let e = s.load("abc").unwrap_err().to_string();
        assert!(e.contains("abc.json") && e.contains("moved aside"), "{e}");
        assert!(!d.join("positions/abc.json").exists());
        assert_eq!(s.load("abc").unwrap(), None);
        s.save("abc", &Position::default()).unwrap();
        assert!(s.load("abc").unwrap().is_some());
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn concurrent_savers_lose_nothing() {
        let d = tempdir("concurrent");
        let s = Store::new(&d);
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for n in 0..50 {
                        s.save(&format!("artikel{i}"), &Position { para: n, ..Position::default() }).unwrap();
                        s.save("bersama", &Position { para: i * 100 + n, ..Position::default() }).unwrap();
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        for i in 0..8 {
            assert_eq!(s.load(&format!("artikel{i}")).unwrap().unwrap().para, 49);
        }
        // The shared one holds one complete, valid write.
        assert!(s.load("bersama").unwrap().is_some());
        let leftovers = std::fs::read_dir(d.join("positions"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        assert_eq!(leftovers, 0);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn an_unwritable_state_folder_is_an_error_not_a_crash() {
        let d = tempdir("ro");
        std::fs::create_dir_all(&d).unwrap();
        // A file where the folder should be: no one (not even root) can write under it.
        std::fs::write(d.join("positions"), "").unwrap();
        let s = Store::new(&d);
        assert!(s.save("x", &Position::default()).is_err());
        assert!(s.load("x").is_err() || s.load("x").unwrap().is_none());
        let _ = std::fs::remove_dir_all(&d);
    }
}
