//! Bytes in, safe text out: reading files, decoding, and making untrusted text
//! safe for a terminal.
//!
//! `load` is the only function here that touches the file system; `decode` and
//! `sanitize` are pure.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Default largest input accepted, in bytes.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Why an article could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    #[error("{path}: is a directory, not an article")]
    IsDirectory { path: PathBuf },
    #[error("{path}: permission denied")]
    PermissionDenied { path: PathBuf },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: binary data (NUL bytes), not a text or HTML article")]
    Binary { path: PathBuf },
    #[error("{path}: {size} bytes is over the {limit}-byte limit")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path}: {err}")]
    Io { path: PathBuf, err: std::io::Error },
}

/// The raw bytes of an article and where they came from (`-` is stdin).
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

fn io_error(path: &Path, e: std::io::Error) -> LoadError {
    let path = path.to_path_buf();
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path },
        std::io::ErrorKind::PermissionDenied => LoadError::PermissionDenied { path },
        std::io::ErrorKind::IsADirectory => LoadError::IsDirectory { path },
        _ => LoadError::Io { path, err: e },
    }
}

/// Read an article from a path (or standard input for `-`), refusing
/// directories, empty files, binary data and files over `max_bytes`.
pub fn load(path: &Path, max_bytes: u64) -> Result<Source, LoadError> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().lock().take(max_bytes.saturating_add(1)).read_to_end(&mut buf).map_err(|e| io_error(path, e))?;
        if buf.len() as u64 > max_bytes {
            return Err(LoadError::TooLarge { path: path.into(), size: buf.len() as u64, limit: max_bytes });
        }
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
        if meta.is_dir() {
            return Err(LoadError::IsDirectory { path: path.into() });
        }
        if meta.len() > max_bytes {
            return Err(LoadError::TooLarge { path: path.into(), size: meta.len(), limit: max_bytes });
        }
        std::fs::read(path).map_err(|e| io_error(path, e))?
    };
    check_bytes(path, &bytes)?;
    Ok(Source { path: path.to_path_buf(), bytes })
}

fn check_bytes(path: &Path, bytes: &[u8]) -> Result<(), LoadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadError::Empty { path: path.into() });
    }
    // UTF-16 legitimately contains NULs; everything else with NULs is binary.
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && bytes.contains(&0) {
        return Err(LoadError::Binary { path: path.into() });
    }
    Ok(())
}

/// Text decoded from bytes, with the name of the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decode bytes: a BOM wins; then valid UTF-8; then `hint` (a declared charset,
/// e.g. from HTML `<meta>`), unless the bytes are valid UTF-8; then detection.
/// `decode` taking the bytes: valid UTF-8 without a BOM (most files)
/// becomes the text without a copy.
pub fn decode_owned(bytes: Vec<u8>, hint: Option<&'static encoding_rs::Encoding>) -> Decoded {
    if encoding_rs::Encoding::for_bom(&bytes).is_none() {
        return match String::from_utf8(bytes) {
            Ok(text) => Decoded { text, encoding: "UTF-8" },
            Err(e) => decode(e.as_bytes(), hint),
        };
    }
    decode(&bytes, hint)
}

pub fn decode(bytes: &[u8], hint: Option<&'static encoding_rs::Encoding>) -> Decoded {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = enc.decode_without_bom_handling(body);
        return Decoded { text: text.into_owned(), encoding: enc.name() };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded { text: s.to_owned(), encoding: "UTF-8" };
    }
    let enc = match hint {
        Some(h) if h != encoding_rs::UTF_8 => h,
        _ => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            det.guess(None, chardetng::Utf8Detection::Deny)
        }
    };
    let (text, _, _) = enc.decode(bytes);
    Decoded { text: text.into_owned(), encoding: enc.name() }
}

/// Whether the text looks like an HTML page rather than plain text: it
/// starts with markup (after a BOM, blanks, comments or an XML declaration)
/// and has an `<html`, `<head` or `<body` tag or a doctype near the start.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !t.starts_with('<') {
        return false;
    }
    let mut end = t.len().min(4096);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let head = t.get(..end).unwrap_or("").to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body"].iter().any(|m| head.contains(m))
}

/// The windows-1252 byte a character stands for, if it is one of the
/// characters that UTF-8 read as windows-1252 produces.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0xA0..=0xFF).contains(&u) || (0x80..=0x9F).contains(&u) {
        return u8::try_from(u).ok();
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Repair UTF-8 that was decoded as windows-1252 and encoded again
/// (`CafÃ©` → `Café`, `â€œ` → `“`), only where the bytes form a complete,
/// valid multi-byte UTF-8 character — a certain repair, never a guess.
pub fn repair_mojibake(text: &str) -> std::borrow::Cow<'_, str> {
    // Every mojibake sequence starts with a lead byte 0xC2..0xF4 read as a
    // Latin-1 character, which UTF-8 encodes as C3 82..C3 B4: only lines
    // holding one are looked at, the rest is copied in long runs.
    let b = text.as_bytes();
    let mut marks = memchr::memchr_iter(0xC3, b).filter(|&i| b.get(i + 1).is_some_and(|n| (0x82..=0xB4).contains(n)));
    let Some(first) = marks.next() else { return std::borrow::Cow::Borrowed(text) };
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for i in std::iter::once(first).chain(marks) {
        if i < copied {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', b.get(..i).unwrap_or_default()).map_or(0, |k| k + 1).max(copied);
        let line_end = memchr::memchr(b'\n', b.get(i..).unwrap_or_default()).map_or(b.len(), |k| i + k + 1);
        out.push_str(text.get(copied..line_start).unwrap_or(""));
        out.push_str(&repair_line(text.get(line_start..line_end).unwrap_or("")));
        copied = line_end;
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    std::borrow::Cow::Owned(out)
}

/// `sanitize(repair_mojibake(text))` in one pass: both work a line at a
/// time, so only the lines either changes are rebuilt (repaired, then
/// sanitised) and the rest is copied once, in long runs; borrowed when no
/// line changes.
pub fn repair_and_sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let mut marks = memchr::memchr_iter(0xC3, b).filter(|&i| b.get(i + 1).is_some_and(|n| (0x82..=0xB4).contains(n))).peekable();
    let mut dirty = next_dirty(b, 0);
    let mut out: Option<String> = None;
    // Text before `copied` is in `out`; lines before `seen` are looked at.
    let (mut copied, mut seen) = (0, 0);
    loop {
        // The next line to look at: the first place either pass may change.
        while marks.next_if(|&i| i < seen).is_some() {}
        if dirty.is_some_and(|d| d < seen) {
            dirty = next_dirty(b, seen);
        }
        let Some(i) = [marks.peek().copied(), dirty].into_iter().flatten().min() else { break };
        let line_start = memchr::memrchr(b'\n', b.get(..i).unwrap_or_default()).map_or(0, |k| k + 1).max(seen);
        let line_end = memchr::memchr(b'\n', b.get(i..).unwrap_or_default()).map_or(b.len(), |k| i + k + 1);
        let line = text.get(line_start..line_end).unwrap_or("");
        seen = line_end;
        let repaired = if marks.peek().is_some_and(|&m| m < line_end) { Some(repair_line(line)) } else { None };
        // (a line whose marks are no mojibake, `é`, and that has nothing
        // to sanitise stays where it is)
        if dirty.is_none_or(|d| d >= line_end) && repaired.as_deref().is_none_or(|r| r == line) {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(text.get(copied..line_start).unwrap_or(""));
        sanitize_into(repaired.as_deref().unwrap_or(line), out);
        copied = line_end;
    }
    match out {
        None => std::borrow::Cow::Borrowed(text),
        Some(mut out) => {
            out.push_str(text.get(copied..).unwrap_or(""));
            std::borrow::Cow::Owned(out)
        }
    }
}

fn repair_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut it = text.chars();
    while let Some(c) = it.next() {
        let need = match c as u32 {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF4 => 3,
            _ => 0,
        };
        if need > 0 {
            let mut look = it.clone();
            let mut bytes = vec![c as u8];
            for _ in 0..need {
                match look.next().and_then(cp1252_byte) {
                    Some(b) if (0x80..=0xBF).contains(&b) => bytes.push(b),
                    _ => break,
                }
            }
            if bytes.len() == need + 1
                && let Ok(s) = std::str::from_utf8(&bytes)
            {
                out.push_str(s);
                it = look;
                continue;
            }
        }
        out.push(c);
    }
    out
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Make untrusted text safe and regular: whole ANSI/OSC/DCS escape sequences,
/// C0/C1 controls (except newline), bidi overrides/isolates and stray BOMs go;
/// CRLF/CR become LF; tabs, no-break spaces and every other Unicode space
/// become plain spaces (so a rule's `\s` means the same to either regex
/// engine, see `clean::pattern`). Runs of spaces
/// are kept (the paragraph splitter reads them); ZWJ inside emoji is kept.
pub fn sanitize(text: &str) -> String {
    sanitize_cow(text).into_owned()
}

/// `sanitize`, borrowing the text when it has nothing to change (most
/// text does: no copy of it is made).
pub fn sanitize_cow(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let Some(first) = next_dirty(b, 0) else { return std::borrow::Cow::Borrowed(text) };
    let mut out = String::with_capacity(text.len());
    // Text up to `copied` is in `out`; only lines with something to change
    // are rebuilt, the rest is copied in long runs.
    let mut copied = 0;
    let mut next = Some(first);
    while let Some(i) = next {
        let line_start = memchr::memrchr(b'\n', b.get(..i).unwrap_or_default()).map_or(0, |k| k + 1).max(copied);
        let line_end = memchr::memchr(b'\n', b.get(i..).unwrap_or_default()).map_or(b.len(), |k| i + k + 1);
        out.push_str(text.get(copied..line_start).unwrap_or(""));
        sanitize_into(text.get(line_start..line_end).unwrap_or(""), &mut out);
        copied = line_end;
        next = next_dirty(b, line_end);
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    std::borrow::Cow::Owned(out)
}

/// The first byte at or after `from` that `sanitize` changes: a control
/// other than newline, or the start of a C1 control, NBSP (C2 80..A0), ogham
/// space (E1 9A 80), a typographic space, narrow NBSP, line/paragraph
/// separator or bidi control (E2 80 80..8A, E2 80 A8..AF), medium
/// mathematical space or bidi isolate (E2 81 9F, E2 81 A6..A9), ideographic
/// space (E3 80 80) or BOM (EF BB BF). Curly quotes and dashes (E2 80
/// 93..9D) are clean.
fn next_dirty(b: &[u8], mut from: usize) -> Option<usize> {
    // Most bytes are plain: skip to the next byte that may start a change.
    while let Some(i) = next_suspect(b, from) {
        let next = |k: usize| b.get(i + k).copied().unwrap_or(0);
        let dirty = match next(0) {
            0xC2 => next(1) <= 0xA0,
            0xE1 => (next(1), next(2)) == (0x9A, 0x80),
            0xE2 => matches!((next(1), next(2)), (0x80, 0x80..=0x8A | 0xA8..=0xAF) | (0x81, 0x9F | 0xA6..=0xA9)),
            0xE3 => (next(1), next(2)) == (0x80, 0x80),
            0xEF => (next(1), next(2)) == (0xBB, 0xBF),
            _ => true,
        };
        if dirty {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// The first byte at or after `from` in `SUSPECT`. Eight bytes at a time
/// are turned away at once when none is a control, DEL or beyond ASCII.
fn next_suspect(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let suspect = |i: usize| b.get(i).is_some_and(|&x| SUSPECT[usize::from(x)]);
    let mut i = from;
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let v = u64::from_le_bytes(*chunk);
        // (a byte below 0x20, a byte 0x7F, a byte with its high bit set:
        // never missed, now and then one seen that is not there)
        let control = v.wrapping_sub(ONES * 0x20) & !v & HIGH;
        let del = (v ^ (ONES * 0x7F)).wrapping_sub(ONES) & !(v ^ (ONES * 0x7F)) & HIGH;
        if control | del | (v & HIGH) != 0
            && let Some(k) = (i..i + 8).find(|&k| suspect(k))
        {
            return Some(k);
        }
        i += 8;
    }
    (i..b.len()).find(|&k| suspect(k))
}

/// Bytes `next_dirty` looks at: controls but newline, and the lead bytes of
/// the characters `sanitize` changes.
static SUSPECT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = i != 0x0A;
        i += 1;
    }
    t[0x7F] = true;
    t[0xC2] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// `sanitize` for one line that has something to change: clean runs are
/// copied whole, the characters `next_dirty` finds are mapped one by one,
/// and from an escape sequence on the rest goes character by character.
fn sanitize_into(text: &str, out: &mut String) {
    let b = text.as_bytes();
    let mut copied = 0;
    while let Some(i) = next_dirty(b, copied) {
        out.push_str(text.get(copied..i).unwrap_or(""));
        let rest = text.get(i..).unwrap_or("");
        let Some(c) = rest.chars().next() else { break };
        let mut next = i + c.len_utf8();
        match c {
            '\u{1B}' | '\u{9B}' | '\u{9D}' | '\u{90}' | '\u{98}' | '\u{9E}' | '\u{9F}' => {
                sanitize_chars(rest, out);
                return;
            }
            '\r' => {
                if b.get(next) == Some(&b'\n') {
                    next += 1;
                }
                out.push('\n');
            }
            _ => sanitize_chars(text.get(i..next).unwrap_or(""), out),
        }
        copied = next;
    }
    out.push_str(text.get(copied..).unwrap_or(""));
}

/// `sanitize`, character by character.
fn sanitize_chars(text: &str, out: &mut String) {
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\u{1B}' => skip_escape(&mut it),
            '\u{9B}' => skip_csi(&mut it),
            '\u{9D}' | '\u{90}' | '\u{98}' | '\u{9E}' | '\u{9F}' => skip_string(&mut it),
            '\r' => {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{2028}' | '\u{3000}' => out.push(' '),
            '\u{2029}' => out.push('\n'),
            '\u{FEFF}' => {}
            c if c.is_control() => {}
            c if is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: CSI, OSC/DCS/SOS/PM/APC strings, or a two-character sequence.
fn skip_escape(it: &mut Chars<'_>) {
    match it.next() {
        Some('[') => skip_csi(it),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(it),
        // nF sequences: intermediates 0x20..0x2F then a final byte.
        Some(c) if ('\u{20}'..='\u{2F}').contains(&c) => {
            while let Some(&n) = it.peek() {
                it.next();
                if !('\u{20}'..='\u{2F}').contains(&n) {
                    break;
                }
            }
        }
        _ => {}
    }
}

/// CSI: parameter and intermediate bytes, then one final byte 0x40..0x7E.
fn skip_csi(it: &mut Chars<'_>) {
    for c in it.by_ref() {
        if ('\u{40}'..='\u{7E}').contains(&c) {
            break;
        }
        if !('\u{20}'..='\u{3F}').contains(&c) {
            break;
        }
    }
}

/// A control string ends at BEL, ST (ESC \) or the 8-bit ST.
fn skip_string(it: &mut Chars<'_>) {
    while let Some(c) = it.next() {
        match c {
            '\u{07}' | '\u{9C}' => break,
            '\u{1B}' => {
                if it.peek() == Some(&'\\') {
                    it.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clean_line_fast_path_never_skips_a_character_sanitize_changes() {
        let chars = (0u32..0x3100).chain(0xFE00..0xFF00).filter_map(char::from_u32);
        for c in chars {
            let line = format!("a{c}b");
            if next_dirty(line.as_bytes(), 0).is_none() {
                let mut out = String::new();
                sanitize_chars(&line, &mut out);
                assert_eq!(out, line, "U+{:04X} passes the fast path but sanitize changes it", u32::from(c));
            }
        }
        assert_eq!(next_dirty("“Kutipan” — dan … ‘ini’\nbaris".as_bytes(), 0), None);
        assert_eq!(next_dirty("satu\ndua\u{a0}tiga".as_bytes(), 0), Some(8));
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::testing::proptest_config(256))]

        /// Copying clean runs whole changes nothing: the same result as
        /// mapping every character.
        #[test]
        fn run_copying_sanitises_like_the_character_loop(parts in prop::collection::vec(prop_oneof![
            3 => "[a-zA-Z .,]{0,12}",
            2 => prop::sample::select(vec![
                "\r", "\r\n", "\n", "\t", "\u{a0}", "\u{85}", "\u{1b}[31m", "\u{1b}]0;x\u{7}", "\u{9b}2J", "\u{9d}t\u{9c}", "\u{202e}",
                "\u{2066}", "\u{2009}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{feff}", "\u{7f}", "\u{0}", "“", "”", "—", "é", "👨\u{200d}👩",
            ]).prop_map(str::to_owned),
        ], 0..24)) {
            let text: String = parts.concat();
            let (mut fast, mut slow) = (String::new(), String::new());
            sanitize_into(&text, &mut fast);
            sanitize_chars(&text, &mut slow);
            prop_assert_eq!(fast, slow);
        }

        /// Repairing and sanitising in one pass gives what the two passes
        /// give one after the other, and borrows when they change nothing.
        #[test]
        fn one_pass_repairs_and_sanitises_like_two(parts in prop::collection::vec(prop_oneof![
            3 => "[a-zA-Z .,]{0,12}",
            2 => prop::sample::select(vec![
                "\n", "\r\n", "\t", "\u{a0}", "\u{1b}[31m", "\u{202e}", "\u{feff}", "Ã©", "Ã", "â€œ", "â€\u{9d}", "Â\u{a0}", "Ã\u{a0}",
                "é", "“", "\u{9d}", "ðŸ˜€",
            ]).prop_map(str::to_owned),
        ], 0..24)) {
            let text: String = parts.concat();
            let one = repair_and_sanitize(&text);
            let two = sanitize(&repair_mojibake(&text));
            prop_assert_eq!(one.as_ref(), two.as_str());
            prop_assert_eq!(matches!(one, std::borrow::Cow::Borrowed(_)), one.as_ref() == text);
        }

        /// The scan eight bytes at a time finds the byte a scan of one at a
        /// time finds, wherever it stands.
        #[test]
        fn the_word_scan_finds_the_first_suspect_byte(bytes in prop::collection::vec(prop_oneof![
            6 => 0x20u8..0x7F,
            1 => Just(b'\n'),
            1 => any::<u8>(),
        ], 0..40), from in 0usize..8) {
            let want = (from..bytes.len()).find(|&k| SUSPECT[usize::from(bytes[k])]);
            prop_assert_eq!(next_suspect(&bytes, from), want);
        }
    }

    #[test]
    fn no_space_but_the_plain_one_and_newline_survives() {
        for c in (0u32..0x11_0000).filter_map(char::from_u32).filter(|c| c.is_whitespace()) {
            let out = sanitize(&format!("a{c}b"));
            assert!(out.chars().all(|o| !o.is_whitespace() || o == ' ' || o == '\n'), "U+{:04X} gives {out:?}", u32::from(c));
        }
    }

    #[test]
    fn strips_whole_escape_sequences_not_just_esc() {
        let s = sanitize("Merah\u{1b}[31;1mBAHAYA\u{1b}[0m dan \u{1b}]0;judul palsu\u{07}aman\u{1b}]8;;http://x\u{1b}\\tautan");
        assert_eq!(s, "MerahBAHAYA dan amantautan");
    }

    #[test]
    fn strips_controls_and_bidi_but_keeps_zwj_emoji() {
        let s = sanitize("a\u{0}b\u{7}c\u{85}d\u{202E}e\u{2066}f 👨\u{200D}👩\u{200D}👧");
        assert_eq!(s, "abcdef 👨\u{200D}👩\u{200D}👧");
    }

    #[test]
    fn normalises_newlines_tabs_and_nbsp() {
        assert_eq!(sanitize("a\r\nb\rc\td\u{a0}e"), "a\nb\nc d e");
    }

    #[test]
    fn repairs_certain_mojibake_only() {
        assert_eq!(repair_mojibake("CafÃ© â€œbagusâ€\u{9d}"), "Café “bagus”");
        assert_eq!(repair_mojibake("Ã harga"), "Ã harga");
        assert_eq!(repair_mojibake("Jakarta"), "Jakarta");
        assert_eq!(repair_mojibake("satu\nCafÃ© dua\ntiga café\nâ€œempatâ€\u{9d}\n"), "satu\nCafé dua\ntiga café\n“empat”\n");
    }

    #[test]
    fn decodes_utf16_and_legacy_encodings() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Kabar baik".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16, None).text, "Kabar baik");
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode("Pâté à la crème, déjà vu. Très bien. Ça marche très bien à Montréal.");
        let d = decode(&latin, None);
        assert!(d.text.contains("Pâté"), "{d:?}");
        assert_ne!(d.encoding, "UTF-8");
        let bom = [&[0xEF, 0xBB, 0xBF][..], "halo".as_bytes()].concat();
        assert_eq!(decode(&bom, None).text, "halo");
    }

    #[test]
    fn detects_html() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML lang=id>"));
        assert!(looks_like_html("<!-- saved from url=(0042)http://x -->\n<html>"));
        assert!(looks_like_html("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">"));
        assert!(!looks_like_html("Jakarta - <b> bukan html"));
        assert!(!looks_like_html("<b>Judul</b> tanpa halaman"));
    }
}
