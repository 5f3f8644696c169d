//! Getting the texts reviewed: `review status`, `export` and `import` on copies of `locales/`, the status
//! they lead to in explanations, and the fixture with full sign-off through the JSON and the page.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output};

use assert_cmd::Command;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use cpt_explain_core::{Explainer, LanguageRequest, LocaleFiles, ReviewStatus};
use scraper::{Html, Selector};
use tower::ServiceExt;

use crate::{codes, root, tags};

fn cmd() -> Command {
    let mut c = Command::cargo_bin("cpt-explain").unwrap();
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    c
}

/// A copy of `from` (a locales folder) in a new temporary folder, as `<tmp>/locales`.
fn copy_of(from: &Path) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let to = tmp.path().join("locales");
    copy_dir(from, &to);
    (tmp, to)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// Every file under `dir`, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.insert(
                    path.strip_prefix(dir).unwrap().to_owned(),
                    fs::read(&path).unwrap(),
                );
            }
        }
    }
    out
}

/// A locales folder as the library reads it.
fn locale_files(dir: &Path) -> LocaleFiles {
    let mut files = LocaleFiles::default();
    for (path, bytes) in snapshot(dir) {
        let name = path.to_string_lossy().replace('\\', "/");
        if name == "locales.toml" || name.ends_with(".ftl") || name.ends_with("/reviews.toml") {
            files.insert(name, String::from_utf8(bytes).unwrap());
        }
    }
    files
}

/// The fixture for the `reviewed` path: English and Spanish as they are in `locales/` now, every unit
/// signed off by a made-up reviewer through the review commands themselves (export, every unit marked
/// final, import), made once per test run in a temporary folder, so it never goes out of date.
fn fixture() -> PathBuf {
    static FIXTURE: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    FIXTURE
        .get_or_init(|| {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().join("locales");
            for tag in ["en", "es"] {
                fs::create_dir_all(dir.join(tag)).unwrap();
                for entry in fs::read_dir(root().join("locales").join(tag)).unwrap() {
                    let path = entry.unwrap().path();
                    if path.extension().is_some_and(|e| e == "ftl") {
                        fs::copy(&path, dir.join(tag).join(path.file_name().unwrap())).unwrap();
                    }
                }
            }
            // The two rows of the locale table, as they are in locales/locales.toml.
            let table = fs::read_to_string(root().join("locales/locales.toml")).unwrap();
            let rows: String = table
                .split("[[locale]]")
                .skip(1)
                .filter(|row| row.contains("tag = \"en\"\n") || row.contains("tag = \"es\"\n"))
                .map(|row| format!("[[locale]]{row}"))
                .collect();
            fs::write(dir.join("locales.toml"), rows).unwrap();
            for (tag, kind) in [("en", "clinical"), ("es", "translation")] {
                let xml = export(&dir, tag, &["--kind", kind]);
                let finals = xml.replace("state=\"translated\"", "state=\"final\"");
                assert_ne!(xml, finals, "{tag}: nothing to sign");
                ok(import(&dir, &finals, &["--kind", kind]));
            }
            (tmp, dir)
        })
        .1
        .clone()
}

fn run(args: &[&str], dir: &Path) -> Output {
    cmd().args(args).arg("--locales").arg(dir).output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `review export` to a string.
fn export(dir: &Path, lang: &str, extra: &[&str]) -> String {
    let mut args = vec!["review", "export", "--lang", lang];
    args.extend(extra);
    ok(run(&args, dir))
}

/// Writes `xml` beside `dir` and imports it as `reviewer`.
fn import(dir: &Path, xml: &str, extra: &[&str]) -> Output {
    let file = dir.with_file_name(format!("import-{}.xlf", rand_suffix()));
    fs::write(&file, xml).unwrap();
    let mut args = vec![
        "review".to_owned(),
        "import".to_owned(),
        file.to_string_lossy().into_owned(),
        "--reviewer".to_owned(),
        "Test Reviewer".to_owned(),
        "--qualification".to_owned(),
        "Test qualification".to_owned(),
        "--date".to_owned(),
        "2026-12-03".to_owned(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&args, dir)
}

fn rand_suffix() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    N.fetch_add(1, Ordering::Relaxed).to_string()
}

/// Every unit marked final, as a reviewer who agrees with everything would return it.
fn all_final(xml: &str) -> String {
    xml.replace(r#"state="translated""#, r#"state="final""#)
}

/// `xml` with `edit` applied to the unit whose id is `id` (from `<unit` to `</unit>`).
fn edit_unit(xml: &str, id: &str, edit: impl FnOnce(&str) -> String) -> String {
    let start = xml
        .find(&format!(r#"<unit id="{id}""#))
        .unwrap_or_else(|| panic!("no unit {id}"));
    let end = start + xml[start..].find("</unit>").unwrap() + "</unit>".len();
    format!("{}{}{}", &xml[..start], edit(&xml[start..end]), &xml[end..])
}

/// The `<target>` of a unit, replaced by `f(old)`.
fn edit_target(unit: &str, f: impl FnOnce(&str) -> String) -> String {
    let start = unit.find("<target>").unwrap() + "<target>".len();
    let end = unit.find("</target>").unwrap();
    format!("{}{}{}", &unit[..start], f(&unit[start..end]), &unit[end..])
}

/// `review status` as JSON.
fn status(dir: &Path, lang: &str) -> serde_json::Value {
    let out = ok(run(
        &["review", "status", "--lang", lang, "--format", "json"],
        dir,
    ));
    serde_json::from_str::<serde_json::Value>(&out).unwrap()[0].clone()
}

fn unit_ids(explainer: &Explainer, tag: &str) -> Vec<String> {
    let id = explainer.locales().id_of(tag).unwrap();
    explainer
        .review(id)
        .statuses()
        .iter()
        .map(|s| s.unit.clone())
        .collect()
}

#[test]
fn an_export_imported_unchanged_leaves_every_text_byte_identical() {
    let (_tmp, dir) = copy_of(&root().join("locales"));
    let before = snapshot(&dir);
    for tag in tags() {
        let kind = if tag == "en" {
            "clinical"
        } else {
            "translation"
        };
        let xml = export(&dir, &tag, &["--kind", kind]);
        // Returned as it was: nothing signed, nothing written.
        let said = ok(import(&dir, &xml, &[]));
        assert!(said.contains("0 units signed off"), "{tag}: {said}");
        assert_eq!(
            snapshot(&dir),
            before,
            "{tag}: an unchanged import wrote something"
        );
    }
    // Every unit of every locale marked final: records are written, and every .ftl stays as it was.
    for tag in tags() {
        let kind = if tag == "en" {
            "clinical"
        } else {
            "translation"
        };
        let xml = all_final(&export(&dir, &tag, &["--kind", kind]));
        ok(import(&dir, &xml, &[]));
    }
    let after = snapshot(&dir);
    for (path, bytes) in &before {
        assert_eq!(after.get(path), Some(bytes), "{} changed", path.display());
    }
    let explainer = Explainer::with_locales(&locale_files(&dir)).unwrap();
    for tag in tags() {
        let reviews = dir.join(&tag).join("reviews.toml");
        let records =
            cpt_explain_core::review::parse_records(&fs::read_to_string(&reviews).unwrap())
                .unwrap();
        assert_eq!(records.len(), unit_ids(&explainer, &tag).len(), "{tag}");
        for code in codes() {
            let negotiated = explainer.locales().negotiate_exact(&tag).unwrap();
            let e = explainer.explain_negotiated(&code, negotiated).unwrap();
            assert_eq!(e.review_status, ReviewStatus::Reviewed, "{tag} {code}");
            assert_eq!(e.review.reviewed, e.review.total);
        }
    }
}

#[test]
fn a_reviewers_correction_lands_in_the_ftl_and_in_the_record() {
    let (_tmp, dir) = copy_of(&root().join("locales"));
    let old_sections = fs::read_to_string(dir.join("es/sections.ftl")).unwrap();
    let old_codes = fs::read_to_string(dir.join("es/codes.ftl")).unwrap();
    let xml = export(&dir, "es", &[]);
    // A word changed in one variant of a selector, and in a plain title; both signed off.
    let xml = edit_unit(&xml, "why-single.item-1", |unit| {
        let unit = unit.replace(r#"state="translated""#, r#"state="final""#);
        edit_target(&unit, |t| {
            assert!(t.contains("un brazo"), "{t}");
            t.replacen("un brazo", "uno de los brazos", 1)
        })
    });
    let xml = edit_unit(&xml, "code-62324-title", |unit| {
        let unit = unit.replace(r#"state="translated""#, r#"state="final""#);
        edit_target(&unit, |t| t.replacen("Medicamento", "Medicina", 1))
    });
    let said = ok(import(&dir, &xml, &["--lang", "es"]));
    assert!(said.contains("2 units signed off"), "{said}");
    assert!(
        said.contains("why-single.item-1") && said.contains("code-62324-title"),
        "{said}"
    );
    // In the .ftl: the new words, and outside the corrected entry every byte as it was.
    let new_sections = fs::read_to_string(dir.join("es/sections.ftl")).unwrap();
    assert!(new_sections.contains("uno de los brazos"));
    assert_only_entry_changed(&old_sections, &new_sections, "why-single");
    let new_codes = fs::read_to_string(dir.join("es/codes.ftl")).unwrap();
    assert_eq!(
        new_codes,
        old_codes.replacen(
            "code-62324-title = Medicamento",
            "code-62324-title = Medicina",
            1
        )
    );
    let changes = fs::read_to_string(dir.join("es/CHANGES.md")).unwrap();
    assert!(
        changes.contains("Test Reviewer") && changes.contains("`why-single.item-1`"),
        "{changes}"
    );
    // In the record: signed off on the corrected text, so it matches today's text.
    let s = status(&dir, "es");
    assert_eq!(s["units"]["waiting"], 2, "{s}");
    assert_eq!(
        s["units"]["reviewed"], 0,
        "the English is not clinically reviewed yet"
    );
    let waiting: Vec<&str> = s["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["unit"].as_str().unwrap())
        .collect();
    assert_eq!(waiting, ["code-62324-title", "why-single.item-1"]);
    let unit = &s["waiting"][1];
    assert_eq!(unit["state"], "reviewed");
    assert_eq!(unit["record"]["reviewer"], "Test Reviewer");
    assert_eq!(unit["record"]["date"], "2026-12-03");
    assert_eq!(unit["english_pending"], true);
    // The same file again: everything in it is already there, so nothing is written.
    let before = snapshot(&dir);
    let said = ok(import(&dir, &xml, &["--lang", "es"]));
    assert!(
        said.contains("0 units signed off") && said.contains("2 already signed off"),
        "{said}"
    );
    assert_eq!(snapshot(&dir), before);
    // And the explanation built from those texts shows the correction.
    let explainer = Explainer::with_locales(&locale_files(&dir)).unwrap();
    let e = explainer
        .explain("62320", &LanguageRequest::parse("es"))
        .unwrap();
    assert!(e.sections[0].items[0].contains("uno de los brazos"));
}

/// Outside the entry `id`, `new` is `old` byte for byte.
fn assert_only_entry_changed(old: &str, new: &str, id: &str) {
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let entry_start = old.find(&format!("\n{id} =")).unwrap() + 1;
    let entry_end = entry_start
        + old[entry_start..]
            .match_indices('\n')
            .map(|(i, _)| i + 1)
            .find(|&i| {
                let rest = &old[entry_start + i..];
                rest.starts_with(|c: char| !c.is_whitespace()) && !rest.starts_with('}')
            })
            .unwrap_or(old.len() - entry_start);
    assert!(prefix >= entry_start, "a change before {id}");
    assert!(old.len() - suffix <= entry_end, "a change after {id}");
}

#[test]
fn an_english_edit_makes_the_records_stale_and_the_explanation_partly_reviewed() {
    let (_tmp, dir) = copy_of(&fixture());
    let explainer = Explainer::with_locales(&locale_files(&dir)).unwrap();
    let before = explainer
        .explain("62324", &LanguageRequest::parse("es"))
        .unwrap();
    assert_eq!(
        before.review_status,
        ReviewStatus::Reviewed,
        "the fixture is not fully reviewed"
    );
    let total = before.review.total;
    // A clinician's edit of one English title, after both sign-offs.
    let en = dir.join("en/codes.ftl");
    let text = fs::read_to_string(&en).unwrap();
    let edited = text.replacen(
        "code-62324-title = Medicine through",
        "code-62324-title = Medicine given through",
        1,
    );
    assert_ne!(edited, text);
    fs::write(&en, edited).unwrap();
    let s = status(&dir, "es");
    let stale = &s["stale"][0];
    assert_eq!(stale["unit"], "code-62324-title");
    assert_eq!(
        (&stale["english_changed"], &stale["text_changed"]),
        (&serde_json::json!(true), &serde_json::json!(false))
    );
    assert_eq!(s["units"]["stale"], 1);
    assert_eq!(status(&dir, "en")["units"]["stale"], 1);
    // The explanations that show that title drop to partly-reviewed, and say so in numbers.
    let explainer = Explainer::with_locales(&locale_files(&dir)).unwrap();
    for (code, tag) in [("62324", "es"), ("62324", "en"), ("62325", "es")] {
        let e = explainer
            .explain(code, &LanguageRequest::parse(tag))
            .unwrap();
        assert_eq!(
            e.review_status,
            ReviewStatus::PartlyReviewed,
            "{code} {tag}"
        );
        assert_eq!(e.review.reviewed, e.review.total - 1, "{code} {tag}");
        let notice = cpt_explain_core::i18n::strip_bidi(&e.review_notice);
        assert!(
            notice.contains(&e.review.reviewed.to_string())
                && notice.contains(&e.review.total.to_string()),
            "{code} {tag}: {notice}"
        );
    }
    let e = explainer
        .explain("62324", &LanguageRequest::parse("es"))
        .unwrap();
    assert_eq!(e.review.total, total);
    // One that does not show it stays reviewed.
    let e = explainer
        .explain("62322", &LanguageRequest::parse("es"))
        .unwrap();
    assert_eq!(e.review_status, ReviewStatus::Reviewed);
}

#[test]
fn partly_reviewed_notices_give_the_counts_in_every_locale() {
    let (_tmp, dir) = copy_of(&root().join("locales"));
    ok(import(
        &dir,
        &all_final(&export(&dir, "en", &["--kind", "clinical"])),
        &[],
    ));
    for tag in tags().into_iter().filter(|t| t != "en") {
        let xml = export(&dir, &tag, &[]);
        let xml = edit_unit(&xml, "review-status-partly", all_final_unit);
        let xml = edit_unit(&xml, "page-print", all_final_unit);
        ok(import(&dir, &xml, &[]));
    }
    let explainer = Explainer::with_locales(&locale_files(&dir)).unwrap();
    for tag in tags() {
        let e = explainer
            .explain("62324", &LanguageRequest::parse(&tag))
            .unwrap();
        if tag == "en" {
            assert_eq!(e.review_status, ReviewStatus::Reviewed);
            continue;
        }
        assert_eq!(
            e.review.reviewed, 2,
            "{tag}: the notice and the print label"
        );
        assert_eq!(e.review_status, ReviewStatus::PartlyReviewed, "{tag}");
        let notice = cpt_explain_core::i18n::strip_bidi(&e.review_notice);
        assert!(
            notice.contains('2') && notice.contains(&e.review.total.to_string()),
            "{tag}: {notice}"
        );
    }
}

fn all_final_unit(unit: &str) -> String {
    all_final(unit)
}

/// Runs an import that must be refused: exit 2, nothing on stdout, a first line that says it was
/// refused, a line per problem, and not a byte of the texts changed.
fn refused(dir: &Path, xml: &str, extra: &[&str], says: &[&str]) {
    let before = snapshot(dir);
    let out = import(dir, xml, extra);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(!stderr.contains("panicked"), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[0].starts_with("error: refused") && lines[0].contains("nothing written"),
        "{stderr}"
    );
    assert_eq!(lines.len(), 1 + says.len(), "{stderr}");
    for expected in says {
        assert!(
            lines[1..].iter().any(|line| line.contains(expected)),
            "no line says {expected:?}: {stderr}"
        );
    }
    assert_eq!(snapshot(dir), before, "a refused import wrote something");
}

#[test]
fn imports_are_refused_whole_with_a_line_per_problem() {
    let (_tmp, dir) = copy_of(&root().join("locales"));
    let xml = all_final(&export(&dir, "es", &[]));
    // Another locale's file.
    refused(&dir, &xml, &["--lang", "fr"], &["for locale es, not fr"]);
    refused(
        &dir,
        &xml.replace(r#"trgLang="es""#, r#"trgLang="xx""#),
        &[],
        &["\"xx\", which"],
    );
    // A unit we do not have.
    let unknown = xml.replace(r#"<unit id="page-print""#, r#"<unit id="page-printer""#);
    refused(&dir, &unknown, &[], &["unit page-printer: no such unit"]);
    // A variable dropped: "Código { $code }" without its placeholder.
    let dropped = edit_unit(&xml, "label-code", |u| {
        edit_target(u, |t| {
            let ph = t.find("<ph").unwrap();
            t[..ph].to_owned()
        })
    });
    refused(
        &dir,
        &dropped,
        &[],
        &["label-code: the corrected text drops the variable $code"],
    );
    // A term added, and a term renamed (its placeholder pointed at other Fluent code).
    let added = edit_unit(&xml, "page-print", |u| {
        u.replace(
            "<segment",
            "<originalData>\n<data id=\"d9\">{ -catheter }</data>\n</originalData>\n<segment",
        )
        .replace("</target>", r#" <ph id="9" dataRef="d9"/></target>"#)
    });
    refused(
        &dir,
        &added,
        &[],
        &["page-print: the corrected text adds the term -catheter"],
    );
    let renamed = edit_unit(&xml, "code-62320-title", |u| {
        u.replace(
            "</originalData>",
            "<data id=\"d9\">{ -lower-spine }</data>\n</originalData>",
        )
        .replace(
            r#"<target>Una sola inyección de medicamento cerca de la columna, en <ph id="1" dataRef="d1""#,
            r#"<target>Una sola inyección de medicamento cerca de la columna, en <ph id="1" dataRef="d9""#,
        )
    });
    refused(
        &dir,
        &renamed,
        &[],
        &["drops the term -upper-spine, adds the term -lower-spine"],
    );
    // A target that is not Fluent: the selector's closing part deleted.
    let broken = edit_unit(&xml, "related-difference", |u| {
        edit_target(u, |t| t[..t.rfind("<ph").unwrap()].to_owned())
    });
    refused(
        &dir,
        &broken,
        &[],
        &["related-difference: it is not valid Fluent"],
    );
    // Braces typed into the words.
    let braces = edit_unit(&xml, "page-print", |u| {
        edit_target(u, |t| format!("{t} {{ $x }}"))
    });
    refused(&dir, &braces, &[], &["page-print: the text has a { or }"]);
    // Two problems at once: a line for each.
    refused(
        &dir,
        &edit_unit(&unknown, "label-code", |u| {
            edit_target(u, |t| t[..t.find("<ph").unwrap()].to_owned())
        }),
        &[],
        &["no such unit", "drops the variable $code"],
    );
    // A stale export: the English changed after it was made.
    let en = dir.join("en/ui.ftl");
    let text = fs::read_to_string(&en).unwrap();
    fs::write(
        &en,
        text.replacen("page-print = Print", "page-print = Print this page", 1),
    )
    .unwrap();
    refused(
        &dir,
        &xml,
        &[],
        &["(a stale export, or an edited source; export again): page-print"],
    );
    // And the translation changed in locales/ after the export.
    fs::write(&en, text).unwrap();
    let es = dir.join("es/ui.ftl");
    let text = fs::read_to_string(&es).unwrap();
    let changed = text.replacen("page-print = ", "page-print = ¡", 1);
    assert_ne!(changed, text);
    fs::write(&es, changed).unwrap();
    refused(
        &dir,
        &xml,
        &[],
        &["page-print: its text in locales/es changed after this file was exported"],
    );
    // A unit marked final without a target.
    fs::write(&es, text).unwrap();
    let no_target = edit_unit(&xml, "page-print", |u| {
        let start = u.find("<target>").unwrap();
        let end = u.find("</target>").unwrap() + "</target>".len();
        format!("{}{}", &u[..start], &u[end..])
    });
    refused(
        &dir,
        &no_target,
        &[],
        &["page-print: marked final, but the file has no target"],
    );
}

#[test]
fn bad_arguments_are_one_line_exit_2_and_nothing_written() {
    let (_tmp, dir) = copy_of(&root().join("locales"));
    let before = snapshot(&dir);
    let xml = all_final(&export(&dir, "es", &[]));
    let file = dir.with_file_name("es.xlf");
    fs::write(&file, &xml).unwrap();
    let file = file.to_string_lossy().into_owned();
    for (args, says) in [
        (vec!["review", "export", "--lang", "en"], "--kind clinical"),
        (
            vec!["review", "export", "--lang", "es", "--kind", "clinical"],
            "for the English source only",
        ),
        (vec!["review", "export", "--lang", "xx"], "no locale \"xx\""),
        (vec!["review", "status", "--lang", "es-MX"], "no locale"),
        (
            vec![
                "review",
                "import",
                &file,
                "--reviewer",
                " ",
                "--qualification",
                "Q",
            ],
            "--reviewer is empty",
        ),
        (
            vec![
                "review",
                "import",
                &file,
                "--reviewer",
                "R",
                "--qualification",
                "Q",
                "--date",
                "2026-13-01",
            ],
            "--date",
        ),
        (
            vec![
                "review",
                "import",
                "/no/such/file.xlf",
                "--reviewer",
                "R",
                "--qualification",
                "Q",
            ],
            "reading /no/such/file.xlf",
        ),
    ] {
        let out = run(&args, &dir);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    let out = cmd()
        .args(["review", "status", "--locales", "/no/such/dir"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--locales DIR"));
    assert_eq!(snapshot(&dir), before);
}

/// Validates against the OASIS XLIFF 2.0 core schema.
fn validate_against_xliff_schema(xml: &str) {
    crate::validate_against_schema("tests/data/xliff/xliff_core_2.0.xsd", xml.as_bytes());
}

#[test]
fn every_export_is_valid_xliff_2_with_every_unit() {
    let dir = root().join("locales");
    let explainer = Explainer::global();
    for tag in tags() {
        let kind = if tag == "en" {
            "clinical"
        } else {
            "translation"
        };
        let xml = export(&dir, &tag, &["--kind", kind]);
        validate_against_xliff_schema(&xml);
        // Also with a reviewer's changes of state, as it comes back.
        validate_against_xliff_schema(&all_final(&xml));
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let ids: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("unit"))
            .map(|n| n.attribute("id").unwrap())
            .collect();
        assert_eq!(ids, unit_ids(explainer, &tag), "{tag}");
        assert_eq!(doc.root_element().attribute("trgLang"), Some(tag.as_str()));
    }
}

#[test]
fn translate_toolkit_reads_the_export_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = root().join("locales");
    // scripts/test makes a virtual environment with translate-toolkit and names its Python here.
    let python = std::env::var("CPT_EXPLAIN_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    for (tag, extra) in [
        ("es", "translation"),
        ("ar", "translation"),
        ("de", "translation"),
        ("en", "clinical"),
    ] {
        let xml = export(&dir, tag, &["--kind", extra]);
        for (name, xml, final_) in [
            ("as-exported", xml.clone(), false),
            ("all-final", all_final(&xml), true),
        ] {
            let file = tmp.path().join(format!("{tag}-{name}.xlf"));
            fs::write(&file, &xml).unwrap();
            let out = Process::new(&python)
                .arg(root().join("scripts/xliff_read.py"))
                .arg(&file)
                .output()
                .expect("python runs (scripts/test installs what it needs)");
            assert!(
                out.status.success(),
                "scripts/xliff_read.py failed (run scripts/test, which installs translate-toolkit): {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let theirs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(theirs["source_language"], "en");
            assert_eq!(theirs["target_language"], tag);
            // Ours, read the same way: ids, words and placeholders.
            let doc = roxmltree::Document::parse(&xml).unwrap();
            let ours: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("unit"))
                .collect();
            let units = theirs["units"].as_array().unwrap();
            assert_eq!(units.len(), ours.len(), "{tag}");
            for (unit, node) in units.iter().zip(ours) {
                assert_eq!(unit["id"], node.attribute("id").unwrap());
                assert_eq!(unit["final"], final_, "{tag} {}", unit["id"]);
                for side in ["source", "target"] {
                    let element = node.descendants().find(|n| n.has_tag_name(side)).unwrap();
                    let words: String = element
                        .children()
                        .filter(|n| n.is_text())
                        .map(|n| n.text().unwrap())
                        .collect();
                    let placeholders = element.children().filter(|n| n.has_tag_name("ph")).count();
                    // translate-toolkit reads with xml:space="default": runs of spaces as one.
                    let spaces = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert_eq!(
                        spaces(unit[side].as_str().unwrap()),
                        spaces(&words),
                        "{tag} {} {side}",
                        unit["id"]
                    );
                    assert_eq!(
                        unit[format!("{side}_placeholders")],
                        placeholders,
                        "{tag} {} {side}",
                        unit["id"]
                    );
                }
            }
        }
    }
}

#[test]
fn the_html_sheet_parses_and_holds_every_unit() {
    let dir = root().join("locales");
    for (tag, kind, columns) in [
        ("es", "translation", 5),
        ("ar", "translation", 5),
        ("en", "clinical", 4),
    ] {
        let html = export(&dir, tag, &["--kind", kind, "--format", "html"]);
        let page = Html::parse_document(&html);
        assert!(page.errors.is_empty(), "{tag}: {:?}", page.errors);
        let row = Selector::parse("tr.unit").unwrap();
        let cell = Selector::parse("td").unwrap();
        let text_cell = Selector::parse("td.text").unwrap();
        let ids: Vec<String> = page
            .select(&row)
            .map(|r| r.value().attr("data-unit").unwrap().to_owned())
            .collect();
        assert_eq!(ids, unit_ids(Explainer::global(), tag), "{tag}");
        for r in page.select(&row) {
            let cells: Vec<_> = r.select(&cell).collect();
            assert_eq!(cells.len(), columns, "{tag}");
            assert!(!cells[1].text().collect::<String>().trim().is_empty());
            assert_eq!(
                r.select(&Selector::parse("input[type=checkbox]").unwrap())
                    .count(),
                1
            );
            if let Some(text) = r.select(&text_cell).next() {
                assert_eq!(text.value().attr("lang"), Some(tag));
                let dir = if tag == "ar" { "rtl" } else { "ltr" };
                assert_eq!(text.value().attr("dir"), Some(dir));
            }
        }
        // Placeholders are marked, and the notes say where each unit shows.
        assert!(html.contains(r#"<code class="ph""#), "{tag}");
        assert!(html.contains("Shown for 62324"), "{tag}");
    }
}

async fn get(app: &cpt_explain_server::App, uri: &str) -> (StatusCode, Vec<u8>) {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (status, _, body) = crate::read_response(response).await;
    (status, body)
}

#[tokio::test]
async fn the_signed_off_fixture_is_reviewed_through_the_json_and_the_page() {
    let explainer: &'static Explainer = Box::leak(Box::new(
        Explainer::with_locales(&locale_files(&fixture())).unwrap(),
    ));
    let app = cpt_explain_server::app_with(&cpt_explain_server::ServerConfig::default(), explainer)
        .unwrap();
    let reviewed_es = message_text(&fixture().join("es/ui.ftl"), "review-status-reviewed");
    for code in codes() {
        let (status, body) = get(&app, &format!("/v1/explanations/{code}?lang=es")).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{code}: {}",
            String::from_utf8_lossy(&body)
        );
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            json["review_status"], "reviewed",
            "{code}: the fixture is not fully reviewed"
        );
        assert_eq!(json["review"]["reviewed"], json["review"]["total"]);
        assert!(json["review"]["total"].as_u64().unwrap() > 50);
        assert_eq!(json["review_notice"], reviewed_es.as_str());
    }
    let (_, body) = get(&app, "/explain/62324?lang=es").await;
    let page = Html::parse_document(&String::from_utf8(body).unwrap());
    let notice: String = page
        .select(&Selector::parse("p.review").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(notice, reviewed_es);
    let (_, body) = get(&app, "/v1/locales").await;
    let locales: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(locales[1]["tag"], "es");
    assert_eq!(locales[1]["review_status"], "reviewed");
    // The built-in texts have no sign-offs: the same request is a draft there.
    let built_in = cpt_explain_server::app(&cpt_explain_server::ServerConfig::default()).unwrap();
    let (_, body) = get(&built_in, "/v1/explanations/62324?lang=es").await;
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["review_status"], "draft");
    assert_eq!(json["review"]["reviewed"], 0);
}

/// The text of a message without placeables, from a `.ftl` file.
fn message_text(path: &Path, id: &str) -> String {
    let source = fs::read_to_string(path).unwrap();
    let line = source
        .lines()
        .find(|l| l.starts_with(&format!("{id} = ")))
        .unwrap();
    line[id.len() + 3..].to_owned()
}

#[test]
fn the_built_in_status_is_what_the_built_in_records_say() {
    // A locale without records is a draft in every explanation, and says so; one with records is
    // whatever they make it (the fixture tests show that path).
    let explainer = Explainer::global();
    for summary in explainer.locale_summaries().unwrap() {
        let tag = &summary.info.tag;
        if root()
            .join("locales")
            .join(tag)
            .join("reviews.toml")
            .exists()
        {
            continue;
        }
        assert_eq!(summary.review_status, ReviewStatus::Draft, "{tag}");
        assert_eq!(summary.review.reviewed, 0, "{tag}");
        for code in codes() {
            let e = crate::explain(&code, tag);
            assert_eq!(e.review_status, ReviewStatus::Draft, "{tag} {code}");
            assert_eq!(e.review.reviewed, 0);
            assert_eq!(e.review_notice, crate::explain("62324", tag).review_notice);
        }
    }
    let english = crate::explain("62324", "en");
    if english.review_status == ReviewStatus::Draft {
        assert!(
            english.review_notice.contains("not yet"),
            "{}",
            english.review_notice
        );
    }
}
