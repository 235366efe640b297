//! Configuration and themes from the outside: one fixture per invalid file,
//! each asserting the message and the exit code; a valid file applies.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure should stop it loudly

use std::process::Command;

fn warta(args: &[&str]) -> (i32, String, String) {
    let state = std::env::temp_dir().join(format!("warta-cfg-state-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_CONFIG_HOME", state.join("config"))
        .env("XDG_STATE_HOME", state.join("state"))
        .env_remove("WARTA_CONFIG")
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn each_invalid_file_is_a_precise_error_with_exit_2() {
    let cases: [(&[&str], &[&str]); 7] = [
        (&["--config", "tests/fixtures/config/unknown_key.toml"], &["unknown_key.toml", "line 2, column 1", "max_widht", "^"]),
        (&["--config", "tests/fixtures/config/wrong_type.toml"], &["wrong_type.toml", "line 1", "bool"]),
        (&["--config", "tests/fixtures/config/broken.toml"], &["broken.toml", "line 2"]),
        (&["--config", "tests/fixtures/config/unknown_action.toml"], &["unknown_action.toml", "terbang", "unknown action"]),
        (&["--config", "tests/fixtures/config/bad_rule.toml"], &["bad_rule.toml", "rules[0].pattern"]),
        (&["--theme", "tests/fixtures/config/bad_colour.theme.toml"], &["bad_colour.theme.toml", "styles.body.fg", "blurple"]),
        (&["--theme", "tests/fixtures/config/missing_parent.theme.toml"], &["missing_parent.theme.toml", "tidak-ada", "not a theme"]),
    ];
    for (args, wants) in cases {
        let mut a = args.to_vec();
        a.extend(["--dump", "assets/sampel-pasar-flattened.txt"]);
        let (code, out, err) = warta(&a);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        for w in wants {
            assert!(err.contains(w), "{args:?}: missing {w:?} in\n{err}");
        }
    }
    let (code, _, err) = warta(&["--theme", "nope", "--dump"]);
    assert_eq!(code, 2);
    assert!(err.contains("'nope' not found") && err.contains("sepia"), "{err}");
}

#[test]
fn an_auto_discovered_bad_config_warns_and_uses_defaults() {
    let home = std::env::temp_dir().join(format!("warta-cfg-auto-{}", std::process::id()));
    std::fs::create_dir_all(home.join("warta")).unwrap();
    std::fs::copy("tests/fixtures/config/unknown_key.toml", home.join("warta/config.toml")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["--dump", "assets/sampel-pasar-flattened.txt"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_CONFIG_HOME", &home)
        .env_remove("WARTA_CONFIG")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("max_widht") && err.contains("default configuration"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Surakarta"));
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn a_valid_config_applies_rules_and_width() {
    let dir = std::env::temp_dir().join(format!("warta-cfg-valid-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "Paragraf pertama berita ini cukup panjang untuk dibungkus pada lebar enam puluh kolom. Dukung kami di Warta\nParagraf kedua.",
    )
    .unwrap();
    let (code, out, err) = warta(&["--config", "tests/fixtures/config/valid.toml", "--json", article.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["removed"].as_array().unwrap().iter().any(|r| r["kind"] == "promo" && r["text"] == "Dukung kami di Warta"));
    let (_, dump, _) = warta(&["--config", "tests/fixtures/config/valid.toml", "--dump", "--width", "200", article.to_str().unwrap()]);
    assert!(dump.lines().all(|l| warta::layout::display_width(l) <= 200));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn print_config_paths_and_themes() {
    let (code, out, _) = warta(&["--print-config"]);
    assert_eq!(code, 0);
    assert!(out.contains("max_width = 78") && out.contains("[panel]") && out.contains("[keys]"));
    let (_, paths, _) = warta(&["--print-paths"]);
    for k in ["config:", "themes:", "state:", "library:"] {
        assert!(paths.contains(k), "{paths}");
    }
    let (_, themes, _) = warta(&["--list-themes"]);
    for t in ["default", "terang", "gelap", "sepia", "kontras"] {
        assert!(themes.contains(t));
    }
}
