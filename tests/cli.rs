//! The binary from the outside: dump, JSON, errors, pipes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

use std::io::Write;
use std::process::{Command, Stdio};

fn warta(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_warta")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

#[test]
fn json_follows_the_schema() {
    let out = warta(&["--json", "assets/sampel-pertemuan-puncak.txt"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], 1);
    for k in ["title", "source", "city", "author", "editor", "date", "encoding", "format"] {
        assert!(v["meta"].get(k).is_some(), "meta.{k}");
    }
    assert_eq!(v["meta"]["format"], "text");
    assert_eq!(v["meta"]["source"], "Warta Ekspres");
    let paras = v["paragraphs"].as_array().unwrap();
    assert!(paras.iter().all(|p| p["text"].is_string() && ["body", "heading", "quote", "list"].contains(&p["kind"].as_str().unwrap())));
    for r in v["removed"].as_array().unwrap() {
        assert!(r["kind"].is_string() && r["text"].is_string() && r["paragraph"].as_u64().unwrap() as usize <= paras.len());
    }
    for n in v["names"].as_array().unwrap() {
        assert!(["person", "place", "organization"].contains(&n["kind"].as_str().unwrap()));
        for m in n["mentions"].as_array().unwrap() {
            let text = paras[m["paragraph"].as_u64().unwrap() as usize]["text"].as_str().unwrap();
            let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert!(text.get(s..e).is_some(), "mention span on char boundaries");
        }
    }
    for q in v["quotes"].as_array().unwrap() {
        let text = paras[q["paragraph"].as_u64().unwrap() as usize]["text"].as_str().unwrap();
        assert_eq!(&text[q["start"].as_u64().unwrap() as usize..q["end"].as_u64().unwrap() as usize], q["text"].as_str().unwrap());
        assert!(q["speaker"].is_null() || q["speaker"].is_string());
    }
}

#[test]
fn dump_wraps_to_the_width_and_is_the_default_without_a_terminal() {
    let out = warta(&["assets/sampel-pasar-flattened.txt", "--width", "50"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().all(|l| warta::layout::display_width(l) <= 50), "{text}");
    assert!(text.contains("Wartakita.com · Surakarta"));
    assert!(!text.contains("Baca") && !text.contains("BACA") && !text.contains("ADVERTISEMENT"));
    let shown = warta(&["--dump", "--show-removed", "assets/sampel-pasar-flattened.txt"]);
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(shown.contains("[related] BACA JUGA") && shown.contains("[credit] Pewarta: Nadia Safitri Anggraini"));
}

#[test]
fn no_argument_opens_the_bundled_sample() {
    let out = warta(&[]);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("Hendra Wicaksono"));
}

#[test]
fn standard_input() {
    let mut child =
        Command::new(env!("CARGO_BIN_EXE_warta")).args(["--json", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all("JAKARTA - Isi berita pertama yang cukup panjang.\nBaca juga: Judul lain".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["paragraphs"][0]["text"], "Isi berita pertama yang cukup panjang.");
    assert_eq!(v["removed"][1]["kind"], "related");
}

#[test]
fn bad_input_is_a_clear_one_line_error() {
    let dir = std::env::temp_dir().join(format!("warta-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("kosong.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let binary = dir.join("gambar.txt");
    std::fs::write(&binary, b"\x89PNG\0\0\0").unwrap();
    let cases = [(dir.join("tidak-ada.txt"), "no such file"), (dir.clone(), "is a directory"), (empty, "empty"), (binary, "binary data")];
    for (path, want) in cases {
        let out = warta(&["--dump", path.to_str().unwrap()]);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{path:?}: {err}");
        assert!(err.contains(want) && err.contains(path.file_name().unwrap().to_str().unwrap()), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    let big = warta(&["--dump", "--max-size", "10", "assets/sampel-pasar-flattened.txt"]);
    assert_eq!(big.status.code(), Some(1));
    assert!(String::from_utf8(big.stderr).unwrap().contains("limit"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn html_pages_are_read_and_cleaned() {
    let dir = std::env::temp_dir().join(format!("warta-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("halaman.html");
    let (body, _, _) = encoding_rs::WINDOWS_1252.encode(
        "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Café Baru Dibuka - Wartakita.com</title></head><body>\
         <nav>Beranda Nasional Daerah</nav><article><h1>Café Baru Dibuka</h1>\
         <p>BANDUNG, WARTAKITA.com - Sebuah café baru dibuka di pusat kota Bandung pada Senin pagi dan langsung ramai dikunjungi warga.</p>\
         <p>Baca juga: Harga Kopi Naik Lagi</p><p>Pemiliknya, André Wijaya, mengatakan kafe itu menyajikan kopi dari petani lokal di Jawa Barat.</p>\
         <p>&#27;]0;judul&#7;Kalimat penutup artikel yang cukup panjang untuk tetap dianggap isi berita ini.</p></article></body></html>",
    );
    std::fs::write(&page, &body).unwrap();
    let out = warta(&["--json", page.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["meta"]["format"], "html");
    assert_eq!(v["meta"]["title"], "Café Baru Dibuka");
    assert_eq!(v["meta"]["city"], "BANDUNG");
    let text = v["paragraphs"].to_string();
    assert!(
        text.contains("André Wijaya") && !text.contains("Beranda") && !text.contains("Baca juga") && !text.contains('\u{1b}'),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn closed_pipe_exits_zero() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["--dump", "--width", "20", "assets/sampel-pertemuan-puncak.txt"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn legacy_encoding_and_escape_sequences() {
    let dir = std::env::temp_dir().join(format!("warta-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.txt");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Café di Bandung menjual kopi dengan harga Rp15.000 per cangkir. Pemiliknya, André, berkata pelanggan datang setiap hari.\n\u{1b}[31mMerah\u{1b}[0m \u{202e}terbalik");
    std::fs::write(&path, &bytes).unwrap();
    let out = warta(&["--json", path.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let all = v["paragraphs"].to_string();
    assert!(all.contains("Café") && all.contains("André"), "{all}");
    assert!(!all.contains('\u{1b}') && !all.contains('\u{202e}') && all.contains("Merah"));
    assert_ne!(v["meta"]["encoding"], "UTF-8");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn list_prints_the_library_index() {
    let home = std::env::temp_dir().join(format!("warta-cli-list-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    let lib = home.join("Artikel");
    std::fs::create_dir_all(lib.join("pasar")).unwrap();
    std::fs::copy("assets/sampel-pertemuan-puncak.txt", lib.join("puncak.txt")).unwrap();
    std::fs::copy("assets/sampel-pasar-flattened.txt", lib.join("pasar/gede.txt")).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_warta"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .output()
            .unwrap()
    };
    let out = run(&["--list", lib.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("unread") && text.contains("Warta Ekspres") && text.contains("gede.txt"), "{text}");
    // A missing folder is a clear error; a folder is not an article for --json.
    let out = run(&["--list", home.join("tidak-ada").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("library folder not found"));
    let out = run(&["--json", lib.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--list"));
    // The default library is shown by --print-paths and created by --list on first use.
    let paths = String::from_utf8(run(&["--print-paths"]).stdout).unwrap();
    let default = home.join("data/warta/articles");
    assert!(paths.contains(&format!("library: {}", default.display())), "{paths}");
    let out = run(&["--list", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(default.is_dir());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 0);
    let _ = std::fs::remove_dir_all(&home);
}
