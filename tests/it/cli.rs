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
            "sw-KE,es;q=0.8",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["locale"], "es");
    assert_eq!(json["fallback"], true);
    assert_eq!(json["requested"], "sw-KE,es;q=0.8");
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
        .env("LANG", "sw_KE.UTF-8")
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
fn traditional_chinese_for_taiwan_and_persian_for_dari_with_a_note() {
    let out = cmd()
        .args(["explain", "62324", "--lang", "zh-TW", "-f", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (json["locale"].as_str(), json["fallback"].as_bool()),
        (Some("zh-Hant"), Some(false))
    );
    assert!(out.stderr.is_empty(), "no note: it is what was asked for");
    let out = cmd()
        .args(["explain", "62324", "--lang", "prs", "-f", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (json["locale"].as_str(), json["fallback"].as_bool()),
        (Some("fa"), Some(true))
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("fa") && stderr.contains("nearest"),
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
    assert_eq!(list.len(), crate::tags().len());
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
    fails(&["explain", "62324", "--lang", "sw"], "zh-Hans");
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

#[test]
fn handout_html_goes_to_stdout_and_pdf_to_a_file() {
    let out = cmd()
        .args([
            "handout",
            "62324",
            "--lang",
            "es",
            "--patient-name",
            "<b>Ana</b>",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(
        html.contains("&lt;b&gt;Ana&lt;&#x2f;b&gt;") || html.contains("&lt;b&gt;Ana&lt;/b&gt;"),
        "escaped"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("handout.pdf");
    cmd()
        .args(["handout", "62324", "--lang", "ar", "-o"])
        .arg(&file)
        .args([
            "--paper",
            "a4",
            "--large-print",
            "--clinic",
            "Clinic #1",
            "--phone",
            "555-0100",
        ])
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        bytes.starts_with(b"%PDF"),
        "the format follows the .pdf extension"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "temporary files left behind: {leftovers:?}"
    );
}

#[test]
fn handout_errors_follow_the_contract() {
    fails(&["handout", "62324", "--paper", "a5"], "a4");
    fails(&["handout", "99999"], "unknown code");
    fails(
        &[
            "handout",
            "62324",
            "--format",
            "pdf",
            "-o",
            "/nonexistent/dir/h.pdf",
        ],
        "/nonexistent/dir",
    );
    fails(
        &[
            "handout",
            "62324",
            "--format",
            "pdf",
            "--patient-name",
            "Ana 🙂",
            "-o",
            "/tmp/never-written.pdf",
        ],
        "🙂",
    );
    assert!(!std::path::Path::new("/tmp/never-written.pdf").exists());
    let long = "x".repeat(1000);
    fails(&["handout", "62324", "--clinic", &long], "longer than");
}

#[test]
fn handouts_writes_every_chosen_file_and_reports_failures() {
    let dir = tempfile::tempdir().unwrap();
    let out = cmd()
        .args(["handouts", "--out"])
        .arg(dir.path())
        .args([
            "--lang",
            "es,ar",
            "--code",
            "62324,77003",
            "--format",
            "pdf,html",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    for tag in ["es", "ar"] {
        for code in ["62324", "77003"] {
            for ext in ["pdf", "html"] {
                let path = dir.path().join(tag).join(format!("{code}.{ext}"));
                assert!(path.metadata().unwrap().len() > 1000, "{}", path.display());
            }
        }
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("wrote 8 of 8"), "{stderr}");

    // A name no font can print: the PDFs fail, the HTML files are still written, and the status says so.
    let dir = tempfile::tempdir().unwrap();
    let out = cmd()
        .args(["handouts", "--out"])
        .arg(dir.path())
        .args([
            "--lang",
            "en",
            "--code",
            "62324",
            "--patient-name",
            "Ana 🙂",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(dir.path().join("en/62324.html").exists());
    assert!(!dir.path().join("en/62324.pdf").exists());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("wrote 1 of 2") && stderr.contains("1 handouts failed"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn handout_files_with_a_patients_name_are_private_and_devices_are_never_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // Personal: owner only, whatever the umask.
    let personal = dir.path().join("ana.pdf");
    cmd()
        .args([
            "handout",
            "62324",
            "--lang",
            "es",
            "--patient-name",
            "Ana Pérez",
            "-o",
        ])
        .arg(&personal)
        .assert()
        .success();
    assert_eq!(mode(&personal), 0o600);
    // Not personal: an ordinary file; an existing target keeps its mode.
    let plain = dir.path().join("plain.html");
    cmd()
        .args(["handout", "62324", "-o"])
        .arg(&plain)
        .assert()
        .success();
    assert_eq!(mode(&plain), 0o644);
    std::fs::set_permissions(&plain, std::fs::Permissions::from_mode(0o640)).unwrap();
    cmd()
        .args(["handout", "62322", "-o"])
        .arg(&plain)
        .assert()
        .success();
    assert_eq!(mode(&plain), 0o640);
    // A FIFO (or a device) is refused, not renamed over.
    let fifo = dir.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = cmd()
        .args(["handout", "62324", "-o"])
        .arg(&fifo)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo_like()
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "no .part file left behind");
}

#[cfg(unix)]
trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

#[cfg(unix)]
impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[cfg(unix)]
#[test]
fn an_interrupted_batch_leaves_no_part_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cpt-explain"))
        .args([
            "handouts",
            "--format",
            "pdf",
            "--patient-name",
            "Ana Pérez",
            "--out",
        ])
        .arg(dir.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Stop it while it is writing.
    let started = std::time::Instant::now();
    while std::fs::read_dir(dir.path()).unwrap().count() == 0
        && started.elapsed() < std::time::Duration::from_secs(10)
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::thread::sleep(std::time::Duration::from_millis(150));
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    let parts: Vec<String> = walk(dir.path())
        .into_iter()
        .filter(|p| p.ends_with(".part"))
        .collect();
    assert!(parts.is_empty(), "{parts:?} left after {status}");
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path.display().to_string());
        }
    }
    out
}

#[test]
fn picture_goes_to_stdout_or_to_a_file_written_whole() {
    let out = cmd()
        .args(["picture", "62324", "--lang", "es"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{}",
        &svg[..80]
    );
    assert!(svg.contains(r#"lang="es""#) && svg.contains("Aguja"));
    usvg::roxmltree::Document::parse(&svg).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("62323-ar.svg");
    cmd()
        .args(["picture", "62323", "--lang", "ar-EG", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains(r#"direction="rtl""#) && written.contains("الإبرة"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "temporary files left behind: {names:?}");
}

#[test]
fn picture_errors_follow_the_contract() {
    fails(&["picture", "6232"], "malformed code");
    fails(&["picture", "99999", "--lang", "en"], "unknown code");
    fails(&["picture", "62324", "--lang", "sw"], "no such language");
    fails(
        &["picture", "62324", "-o", "/nonexistent/dir/p.svg"],
        "/nonexistent/dir",
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap().to_owned();
    fails(&["picture", "62324", "-o", &path], "not a regular file");
}
