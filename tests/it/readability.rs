//! English readability: Flesch-Kincaid grade 6 or below, for each section and the whole,
//! scored by textstat (the reference implementation, via `scripts/readability.py`).

use std::io::Write;
use std::process::{Command, Stdio};

use crate::{codes, explain, root};

const MAX_GRADE: f64 = 6.0;

/// One sentence per line: list items and headings count as sentences, as a reader meets them.
fn sentences(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| {
            let l = cpt_explain_core::i18n::strip_bidi(l.trim());
            if l.ends_with(['.', '?', '!', ':']) {
                l
            } else {
                format!("{l}.")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn english_is_grade_six_or_below() {
    let mut docs = serde_json::Map::new();
    for code in codes() {
        let e = explain(&code, "en");
        let mut whole = vec![e.title.as_str(), &e.summary];
        docs.insert(
            format!("{code} summary"),
            sentences(&[&e.title, &e.summary]).into(),
        );
        for s in &e.sections {
            let mut lines = vec![s.heading.as_str()];
            lines.extend(s.paragraphs.iter().map(String::as_str));
            lines.extend(s.items.iter().map(String::as_str));
            docs.insert(format!("{code} {}", s.id), sentences(&lines).into());
            whole.extend(lines);
        }
        let related: Vec<_> = e
            .related
            .iter()
            .flat_map(|r| [r.title.as_str(), &r.difference])
            .collect();
        docs.insert(format!("{code} related"), sentences(&related).into());
        whole.extend(related);
        whole.push(&e.disclaimer);
        // The picture's name and description, as a screen reader reads them, and its labels.
        let picture = crate::picture_texts(&e);
        let picture: Vec<&str> = picture.iter().map(String::as_str).collect();
        docs.insert(format!("{code} picture"), sentences(&picture).into());
        docs.insert(format!("{code} whole"), sentences(&whole).into());
    }
    // scripts/test makes a virtual environment with textstat and names its Python here.
    let python = std::env::var("CPT_EXPLAIN_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let mut child = Command::new(python)
        .arg(root().join("scripts/readability.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs (scripts/test installs what it needs)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&docs).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "scripts/readability.py failed (run scripts/test, which installs textstat): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let grades: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(grades.len(), docs.len());
    let too_hard: Vec<_> = grades
        .iter()
        .filter(|(_, g)| g.as_f64().unwrap() > MAX_GRADE)
        .map(|(k, g)| format!("{k}: {g}"))
        .collect();
    assert!(too_hard.is_empty(), "above grade {MAX_GRADE}: {too_hard:?}");
}
