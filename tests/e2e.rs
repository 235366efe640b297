//! The real binary in a pseudo-terminal: start, read the screen through a
//! VT100 emulator, press keys, quit; check the exit and that the alternate
//! screen was left.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

struct Session {
    parser: vt100::Parser,
    rx: mpsc::Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    /// Start with fresh, private config and state folders.
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let home = std::env::temp_dir().join(format!("warta-e2e-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        let (state, config) = (home.join("state"), home.join("config"));
        Session::start_with(args, cols, rows, &[("XDG_STATE_HOME", state.as_path()), ("XDG_CONFIG_HOME", config.as_path())])
    }

    fn start_with(args: &[&str], cols: u16, rows: u16, env: &[(&str, &std::path::Path)]) -> Session {
        let pty = native_pty_system();
        let pair = pty.openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_warta"));
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("WARTA_CONFIG");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        // Keep the master alive as long as the session.
        std::mem::forget(pair.master);
        Session { parser: vt100::Parser::new(rows, cols, 0), rx, writer, child }
    }

    fn pump(&mut self, wait: Duration) {
        let end = Instant::now() + wait;
        while let Ok(bytes) = self.rx.recv_timeout(end.saturating_duration_since(Instant::now())) {
            self.parser.process(&bytes);
            if Instant::now() >= end {
                break;
            }
        }
    }

    /// Wait until the screen contains `text` (or give up after a while).
    fn wait_for(&mut self, text: &str) -> bool {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if self.screen().contains(text) {
                return true;
            }
            self.pump(Duration::from_millis(50));
        }
        false
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait (up to ten seconds) for the program to end, then read what it
    /// printed last.
    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let end = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                break st;
            }
            assert!(Instant::now() < end, "warta did not end:\n{}", self.screen());
            self.pump(Duration::from_millis(50));
        };
        self.pump(Duration::from_millis(200));
        status
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }
}

#[test]
fn read_jump_search_and_quit_in_a_real_terminal() {
    let mut s = Session::start(&["assets/sampel-pertemuan-puncak.txt"], 120, 40);
    assert!(s.wait_for("Warta Ekspres"), "first frame:\n{}", s.screen());
    assert!(s.parser.screen().alternate_screen(), "the reader uses the alternate screen");
    assert!(s.screen().contains("Hendra Wicaksono"), "names panel:\n{}", s.screen());
    s.send("]");
    assert!(s.wait_for("¶ 4/"), "after ]:\n{}", s.screen());
    s.send("/Ratna\r");
    assert!(s.wait_for("1/"), "search:\n{}", s.screen());
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    assert!(!s.parser.screen().alternate_screen(), "the alternate screen was left");
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&["assets/sampel-pasar-flattened.txt"], 80, 24);
    assert!(s.wait_for("Surakarta"), "first frame:\n{}", s.screen());
    let pid = s.child.process_id().unwrap();
    let killed = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(killed.success());
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15);
    assert!(!s.parser.screen().alternate_screen(), "the alternate screen was left");
}

#[test]
fn the_reading_position_survives_a_restart() {
    let home = std::env::temp_dir().join(format!("warta-e2e-pos-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    let state = home.join("state");
    let config = home.join("config");
    let env = [("XDG_STATE_HOME", state.as_path()), ("XDG_CONFIG_HOME", config.as_path())];
    let file = "assets/sampel-pertemuan-puncak.txt";
    let mut s = Session::start_with(&[file], 100, 30, &env);
    assert!(s.wait_for("Warta Ekspres"));
    s.send("jjjjj");
    assert!(s.wait_for("¶ 6/"), "{}", s.screen());
    s.send("q");
    assert!(s.wait_exit().success());
    let mut s = Session::start_with(&[file], 100, 30, &env);
    assert!(s.wait_for("(¶ 6)"), "resumed message:\n{}", s.screen());
    s.send("q");
    assert!(s.wait_exit().success());
    let mut s = Session::start_with(&["--from-start", file], 100, 30, &env);
    assert!(s.wait_for("¶ 1/"), "from start:\n{}", s.screen());
    s.send("q");
    assert!(s.wait_exit().success());
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn an_unwritable_state_folder_still_reads() {
    let home = std::env::temp_dir().join(format!("warta-e2e-ro-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    // A file where the state folder should be: nothing can be written under it.
    let state = home.join("state");
    std::fs::write(&state, "").unwrap();
    let mut s = Session::start_with(&["assets/sampel-pertemuan-puncak.txt"], 100, 30, &[("XDG_STATE_HOME", state.as_path())]);
    assert!(s.wait_for("Warta Ekspres"), "{}", s.screen());
    s.send("jjj");
    assert!(s.wait_for("¶ 4/"));
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert!(!s.parser.screen().alternate_screen());
    let _ = std::fs::remove_dir_all(&home);
}

/// The `¶ i/n` total on the status line.
fn paragraph_total(screen: &str) -> Option<usize> {
    let line = screen.lines().rev().find(|l| l.contains('¶'))?;
    let after = line.split('¶').nth(1)?.trim();
    after.split(['/', ' ']).nth(1)?.parse().ok()
}

/// Wait until the whole of a large file has arrived: the paragraph total
/// reaches `whole` (the first part read holds far fewer; on a fast machine
/// the whole may be there by the first frame already).
fn wait_for_the_whole_file(s: &mut Session, whole: usize) {
    let end = Instant::now() + Duration::from_secs(30);
    let mut last = None;
    while Instant::now() < end {
        last = paragraph_total(&s.screen());
        if last.is_some_and(|n| n >= whole) {
            return;
        }
        s.pump(Duration::from_millis(50));
    }
    panic!("the whole file never arrived: {last:?} paragraphs, {whole} expected\n{}", s.screen());
}

#[test]
fn a_large_file_opens_on_its_beginning_then_fills_in() {
    let dir = std::env::temp_dir().join(format!("warta-e2e-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sample = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sampel-pertemuan-puncak.txt")).unwrap();
    let mut big = String::new();
    let mut n = 0;
    while big.len() < 2 << 20 {
        // Numbered copies, so that no copy is a duplicate of another (each
        // has one paragraph of its own: the whole file has at least `n`;
        // its first part, an eighth of a megabyte, a few dozen).
        big.push_str(&sample.replace("Pertemuan itu dipimpin", &format!("Pertemuan ke-{n} itu dipimpin")));
        big.push_str("\n\n");
        n += 1;
    }
    let path = dir.join("besar.txt");
    std::fs::write(&path, &big).unwrap();
    let (state, config) = (dir.join("state"), dir.join("config"));
    let env = [("XDG_STATE_HOME", state.as_path()), ("XDG_CONFIG_HOME", config.as_path())];
    let mut s = Session::start_with(&[path.to_str().unwrap()], 100, 30, &env);
    assert!(s.wait_for("Warta Ekspres"), "{}", s.screen());
    wait_for_the_whole_file(&mut s, n);
    // Read to the end: that position is saved.
    s.send("G");
    assert!(s.wait_for("100%"), "{}", s.screen());
    s.send("q");
    assert!(s.wait_exit().success());
    // Asked to start at the beginning, the reader stays there when the
    // whole file arrives (it used to jump to the saved end).
    let mut s = Session::start_with(&["--from-start", path.to_str().unwrap()], 100, 30, &env);
    assert!(s.wait_for("Warta Ekspres"), "{}", s.screen());
    wait_for_the_whole_file(&mut s, n);
    s.pump(Duration::from_millis(200));
    assert!(s.screen().contains("¶ 1/"), "{}", s.screen());
    s.send("q");
    assert!(s.wait_exit().success());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A library folder made of the bundled samples and one unreadable file.
fn make_library(home: &std::path::Path) -> std::path::PathBuf {
    let lib = home.join("Artikel");
    std::fs::create_dir_all(lib.join("2024")).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("assets/sampel-pertemuan-puncak.txt"), lib.join("puncak.txt")).unwrap();
    std::fs::copy(root.join("assets/sampel-pasar-flattened.txt"), lib.join("2024/pasar.txt")).unwrap();
    std::fs::write(lib.join("kosong.txt"), "").unwrap();
    lib
}

#[test]
fn library_filter_open_return_and_quit() {
    let home = std::env::temp_dir().join(format!("warta-e2e-lib-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    let lib = make_library(&home);
    let (state, config) = (home.join("state"), home.join("config"));
    let env = [("XDG_STATE_HOME", state.as_path()), ("XDG_CONFIG_HOME", config.as_path())];
    let mut s = Session::start_with(&[lib.to_str().unwrap()], 120, 30, &env);
    assert!(s.wait_for("3 articles"), "list:\n{}", s.screen());
    assert!(s.wait_for("empty file"), "the unreadable file is listed:\n{}", s.screen());
    assert!(s.wait_for("Wartakita.com"), "indexed rows:\n{}", s.screen());
    // Filter by a name that appears in one article only.
    s.send("/Hendra");
    assert!(s.wait_for("1 of 3 articles"), "filtered:\n{}", s.screen());
    assert!(s.screen().contains("Hendra Wicaksono"), "the matched name is shown:\n{}", s.screen());
    s.send("\r\r");
    assert!(s.wait_for("¶ 1/"), "the reader opened:\n{}", s.screen());
    s.send("jjjjjjjjjjjjjjjjjjjj");
    s.pump(Duration::from_millis(200));
    s.send("q");
    assert!(s.wait_for("1 of 3 articles"), "back in the list with the filter:\n{}", s.screen());
    let row = s.screen().lines().find(|l| l.contains("Hendra Wicaksono")).unwrap_or_default().to_owned();
    assert!(row.contains(" %") || row.contains("done"), "progress recorded:\n{}", s.screen());
    assert!(s.parser.screen().alternate_screen());
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert!(!s.parser.screen().alternate_screen(), "the alternate screen was left");
    // The index was cached; scripts read it as JSON.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["--list", lib.to_str().unwrap(), "--json"])
        .env("XDG_STATE_HOME", &state)
        .env("XDG_CONFIG_HOME", &config)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let arts = v["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 3);
    let puncak = arts.iter().find(|a| a["path"].as_str().unwrap().ends_with("puncak.txt")).unwrap();
    assert_ne!(puncak["status"], "unread", "{puncak}");
    assert!(puncak["names"].as_array().unwrap().iter().any(|n| n["name"] == "Hendra Wicaksono"));
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn a_configured_library_opens_without_arguments() {
    let home = std::env::temp_dir().join(format!("warta-e2e-libcfg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    let lib = make_library(&home);
    let (state, config) = (home.join("state"), home.join("config"));
    std::fs::create_dir_all(config.join("warta")).unwrap();
    std::fs::write(config.join("warta/config.toml"), format!("library = {:?}\nui_language = \"id\"\n", lib.to_str().unwrap())).unwrap();
    let env = [("XDG_STATE_HOME", state.as_path()), ("XDG_CONFIG_HOME", config.as_path())];
    let mut s = Session::start_with(&[], 100, 24, &env);
    assert!(s.wait_for("Pustaka"), "the library in Indonesian:\n{}", s.screen());
    assert!(s.wait_for("3 artikel"), "{}", s.screen());
    s.send("q");
    assert!(s.wait_exit().success());
    assert!(!s.parser.screen().alternate_screen());
    let _ = std::fs::remove_dir_all(&home);
}
