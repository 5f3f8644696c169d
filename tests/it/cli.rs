//! The `cpt-explain` command as a user runs it.

use assert_cmd::Command;
use predicates::prelude::*;

fn cmd() -> Command {
    let mut c = Command::cargo_bin("cpt-explain").unwrap();
    // A clean, known environment: no locale unless a test sets one.
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    c
}

/// Runs with `args` and checks the error contract: exit 2, nothing on stdout, one line on stderr.
fn fails(args: &[&str], says: &str) {
    let out = cmd().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?} wrote to stdout");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.contains(says), "{args:?}: {stderr:?} lacks {says:?}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
}

#[test]
fn explains_in_spanish() {
    cmd()
        .args(["explain", "62324", "--lang", "es"])
        .assert()
        .success()
        .stdout(predicate::str::contains("62324"))
        .stdout(predicate::str::contains("Español"));
}

#[test]
fn json_output_parses_and_reports_negotiation() {
    let out = cmd()
        .args([
            "explain",
            "62324",
            "--lang",
            "pt-BR,es;q=0.8",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["locale"], "es");
    assert_eq!(json["fallback"], true);
    assert_eq!(json["requested"], "pt-BR,es;q=0.8");
}

#[test]
fn markdown_output() {
    cmd()
        .args(["explain", "62320", "-l", "de", "-f", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# "))
        .stdout(predicate::str::contains("\n1. "));
}

#[test]
fn text_wraps_to_the_width_and_has_no_bidi_controls() {
    let out = cmd()
        .args(["explain", "62324", "--lang", "ar", "--width", "40"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains(['\u{2068}', '\u{2069}']));
    for line in text.lines() {
        assert!(textwrap::core::display_width(line) <= 40, "{line:?}");
    }
}

#[test]
fn the_environment_chooses_the_language_when_lang_is_absent() {
    let out = cmd()
        .env("LANG", "fr_CA.UTF-8")
        .args(["explain", "62324", "-f", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["locale"], "fr");
    let out = cmd()
        .env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "ko_KR.UTF-8")
        .args(["explain", "62324", "-f", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["locale"], "ko", "LC_ALL wins over LANG");
    // A locale we do not have in the environment is not an error: English, marked as a fallback.
    let out = cmd()
        .env("LANG", "pt_BR.UTF-8")
        .args(["explain", "62324", "-f", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (json["locale"].as_str(), json["fallback"].as_bool()),
        (Some("en"), Some(true))
    );
}

#[test]
fn traditional_chinese_is_served_simplified_with_a_note() {
    let out = cmd()
        .args(["explain", "62324", "--lang", "zh-TW", "-f", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (json["locale"].as_str(), json["fallback"].as_bool()),
        (Some("zh-Hans"), Some(true))
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("zh-Hans") && stderr.contains("nearest"),
        "{stderr}"
    );
}

#[test]
fn lists_codes_and_locales() {
    let out = cmd().args(["codes", "--lang", "ko"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 9);
    assert!(text.contains("62324") && text.contains("77003"));
    let out = cmd()
        .args(["locales", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 10);
    assert_eq!(list[4]["tag"], "ar");
    assert_eq!(list[4]["direction"], "rtl");
    assert_eq!(list[4]["name"], "العربية");
    assert_eq!(list[4]["review_status"], "draft");
}

#[test]
fn every_bad_input_is_one_line_exit_2_and_nothing_on_stdout() {
    fails(&["explain", "99999"], "unknown code 99999");
    fails(&["explain", "62A24"], "five digits");
    fails(&["explain", ""], "five digits");
    let long = "6".repeat(100_000);
    fails(&["explain", &long], "five digits");
    fails(&["explain", "62324", "--lang", "pt"], "zh-Hans");
    fails(&["explain", "62324", "--lang", ""], "no such language");
    fails(&["explain", "62324", "--format", "xml"], "markdown");
    fails(&["explain", "62324", "--width", "5"], "width");
    fails(&["explain"], "CODE");
    fails(&["frobnicate"], "frobnicate");
    fails(&["codes", "--lang", "xx"], "no such language");
}

#[test]
fn help_has_examples() {
    cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"))
        .stdout(predicate::str::contains(
            "cpt-explain explain 62324 --lang es",
        ));
}
