//! Regression tests over the shared evaluation data (`../shared`), scored
//! with the project's own scorers. They skip, saying why, where `../shared`
//! or `python3` is missing (a user's machine); CI has both.
//!
//! The issues' quality targets are asserted as stated: cleaning (issue 2),
//! saved pages (8), the names panel (5: micro F1 and precision 0.85, PER F1
//! 0.90, lenient scoring) and quotations (6: F1 0.97, speakers 0.90 strict).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !p.join("eval/score_clean.py").exists() {
        eprintln!("skipped: ../shared/eval not found (it is beside the repository in CI)");
        return None;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: python3 not found");
        return None;
    }
    Some(p)
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_warta")
}

/// Run score_clean.py and return its output.
fn score_clean(shared: &Path, corpus: &str, only: Option<&str>) -> String {
    let mut cmd = Command::new("python3");
    cmd.arg(shared.join("eval/score_clean.py")).arg("--corpus").arg(shared.join(corpus)).arg("--cmd").arg(format!("{} --json {{}}", bin()));
    if let Some(o) = only {
        cmd.args(["--only", o]);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The number after `key` in a line starting with `prefix`.
fn figure(out: &str, prefix: &str, key: &str) -> f64 {
    let line = out.lines().find(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no {prefix} line in:\n{out}"));
    let rest = &line[line.find(key).unwrap_or_else(|| panic!("no {key} in {line}")) + key.len()..];
    rest.split_whitespace().next().unwrap().trim_end_matches(',').parse().unwrap()
}

fn residue(out: &str) -> (usize, usize) {
    let line = out.lines().find(|l| l.starts_with("body:")).unwrap();
    let part = line.split("residue ").nth(1).unwrap().split_whitespace().next().unwrap();
    let (a, b) = part.split_once('/').unwrap();
    (a.parse().unwrap(), b.parse().unwrap())
}

#[test]
fn seed_is_exact() {
    let Some(shared) = shared() else { return };
    let out = score_clean(&shared, "seeds", None);
    assert_eq!(figure(&out, "body:", "F1 "), 1.0, "{out}");
    assert_eq!(residue(&out).0, 0, "{out}");
    assert_eq!(figure(&out, "quotes:", "F1 "), 1.0, "{out}");
    assert_eq!(figure(&out, "speakers:", "strict "), 1.0, "{out}");
    let json = Command::new(bin()).args(["--json"]).arg(shared.join("seeds/000_bba9f7290a40c696.txt")).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["meta"]["source"], "Pasundan Ekspres");
    let related: Vec<_> = v["removed"].as_array().unwrap().iter().filter(|r| r["kind"] == "related").collect();
    assert_eq!(related.len(), 2);
    let names: Vec<(String, String, Option<String>)> = v["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["name"].as_str().unwrap().to_owned(), n["kind"].as_str().unwrap().to_owned(), n["role"].as_str().map(str::to_owned)))
        .collect();
    let has = |name: &str, kind: &str| names.iter().any(|(n, k, _)| n == name && k == kind);
    for (p, role) in [
        ("Kim Jong Un", "Pemimpin Korea Utara"),
        ("Vladimir Putin", "Presiden Rusia"),
        ("Sergei Shoigu", "Menteri Pertahanan"),
        ("Antonio Guterres", "Sekretaris Jenderal PBB"),
    ] {
        assert!(names.iter().any(|(n, k, r)| n == p && k == "person" && r.as_deref() == Some(role)), "{p} / {role} in {names:?}");
    }
    for place in [
        "Korea Utara",
        "Rusia",
        "Ukraina",
        "Kosmodrom Vostochny",
        "Amerika Serikat",
        "Korea Selatan",
        "Moskow",
        "Pyongyang",
        "Washington",
        "Uni Soviet",
    ] {
        assert!(has(place, "place"), "{place}");
    }
    for org in ["PBB", "Dewan Keamanan PBB", "Kremlin"] {
        assert!(has(org, "organization"), "{org}");
    }
    for junk in ["Pertemuan", "Namun", "Baca", "Hal", "Dia"] {
        assert!(!names.iter().any(|(n, _, _)| n == junk), "{junk}");
    }
}

#[test]
fn dev_text_cleaning_meets_the_targets() {
    let Some(shared) = shared() else { return };
    let out = score_clean(&shared, "corpus/dev", Some("txt"));
    let p = figure(&out, "body:", "P ");
    let r = figure(&out, "body:", "R ");
    let (left, pieces) = residue(&out);
    assert!(p >= 0.985, "precision {p}\n{out}");
    assert!(r >= 0.995, "recall {r}\n{out}");
    assert!(left * 50 <= pieces, "residue {left}/{pieces}\n{out}");
    assert!(out.contains("failed: 0"), "{out}");
    // Quotations (issue 6): found and attributed as the targets say.
    assert!(figure(&out, "quotes:", "F1 ") >= 0.97, "{out}");
    assert!(figure(&out, "speakers:", "strict ") >= 0.90, "{out}");
}

#[test]
fn dev_html_pages_meet_the_target() {
    let Some(shared) = shared() else { return };
    let out = score_clean(&shared, "corpus/dev", Some("html"));
    let p = figure(&out, "body:", "P ");
    let r = figure(&out, "body:", "R ");
    let f1 = figure(&out, "body:", "F1 ");
    assert!(f1 >= 0.95, "F1 {f1} (P {p}, R {r})\n{out}");
    assert!(out.contains("failed: 0"), "{out}");
}

#[test]
fn names_panel_holds_its_floor() {
    let Some(shared) = shared() else { return };
    let pred = std::env::temp_dir().join(format!("warta-ner-{}.jsonl", std::process::id()));
    let run = Command::new("python3")
        .arg(shared.join("eval/names_pred.py"))
        .args(["--cmd", &format!("{} --json {{}}", bin()), "--docs"])
        .arg(shared.join("eval/ner/docs"))
        .arg("--out")
        .arg(&pred)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let out = Command::new("python3")
        .arg(shared.join("eval/score_ner.py"))
        .arg(shared.join("eval/ner/gold.jsonl"))
        .arg(&pred)
        .arg("--lenient")
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&pred);
    let out = String::from_utf8(out.stdout).unwrap();
    // The first table (entries, alias-folded): `type gold pred tp P R F1`.
    let row = |name: &str| -> Vec<f64> {
        let line = out.lines().find(|l| l.starts_with(name)).unwrap();
        line.split_whitespace().skip(1).map(|x| x.parse().unwrap()).collect()
    };
    let (micro, per) = (row("micro"), row("PER"));
    assert!(micro[5] >= 0.85 && micro[3] >= 0.85, "names micro F1 {} (P {})\n{out}", micro[5], micro[3]);
    assert!(per[5] >= 0.90, "PER F1 {}\n{out}", per[5]);
}
