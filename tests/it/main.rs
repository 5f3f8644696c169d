//! The integration tests: one binary, a module per area.

mod cli;
mod explanations;
mod handouts;
mod infobutton;
mod locales;
mod negotiation;
mod picture;
mod readability;
mod review;
mod server;

use std::path::{Path, PathBuf};

use cpt_explain_core::{Explained, Explainer, Explanation, LanguageRequest};

/// Every locale tag in the table.
pub fn tags() -> Vec<String> {
    Explainer::global()
        .locale_infos()
        .iter()
        .map(|l| l.tag.clone())
        .collect()
}

/// Every code in the catalogue.
pub fn codes() -> Vec<String> {
    Explainer::global()
        .catalog()
        .codes()
        .iter()
        .map(|c| c.code.to_string())
        .collect()
}

pub fn explain(code: &str, tag: &str) -> Explained {
    Explainer::global()
        .explain(code, &LanguageRequest::parse(tag))
        .unwrap_or_else(|e| panic!("{code} in {tag}: {e}"))
}

/// Every piece of text an explanation shows, each as one string.
pub fn all_texts(e: &Explanation) -> Vec<&str> {
    let mut out = vec![
        e.title.as_str(),
        &e.summary,
        &e.review_notice,
        &e.disclaimer,
    ];
    out.extend(
        [
            &e.labels.in_simple_words,
            &e.labels.related,
            &e.labels.language_line,
            &e.labels.code,
            &e.labels.document_title,
        ]
        .map(String::as_str),
    );
    for s in &e.sections {
        out.push(&s.heading);
        out.extend(s.paragraphs.iter().map(String::as_str));
        out.extend(s.items.iter().map(String::as_str));
        out.extend(s.notes.iter().map(String::as_str));
    }
    for r in &e.related {
        out.push(&r.title);
        out.push(&r.label);
        out.push(&r.difference);
    }
    out
}

/// Every piece of text the picture of `e` shows or says: labels, name and description.
pub fn picture_texts(e: &Explanation) -> Vec<String> {
    let p = Explainer::global()
        .picture_for(e)
        .unwrap_or_else(|err| panic!("{} {}: {err}", e.code, e.locale));
    let mut out: Vec<String> = p.labels().map(|l| l.text.clone()).collect();
    out.push(p.title);
    out.push(p.description);
    out
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn locale_dir(tag: &str) -> PathBuf {
    root().join("locales").join(tag)
}

/// Runs one of the tools scripts/test installs (poppler-utils, libxml2-utils) with `input` on its
/// standard input, fed from a thread of its own so a chatty tool never blocks on a full pipe.
pub fn pipe(mut command: std::process::Command, input: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} runs (scripts/test installs it): {e}"));
    let mut stdin = child.stdin.take().unwrap();
    std::thread::scope(|s| {
        s.spawn(move || stdin.write_all(input).unwrap());
        child.wait_with_output().unwrap()
    })
}

/// Validates `xml` with xmllint against the schema at `schema` (relative to the repository).
pub fn validate_against_schema(schema: &str, xml: &[u8]) {
    let schema = root().join(schema);
    assert!(schema.exists(), "the schema is at {}", schema.display());
    let mut xmllint = std::process::Command::new("xmllint");
    xmllint
        .args(["--nonet", "--noout", "--schema"])
        .arg(&schema)
        .arg("-");
    let out = pipe(xmllint, xml);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The language whatlang should find in a locale's texts: its `iso639_3` column, when whatlang knows it.
pub fn whatlang_for(tag: &str) -> Option<whatlang::Lang> {
    let infos = Explainer::global().locale_infos();
    let info = infos.iter().find(|l| l.tag == tag).unwrap();
    info.iso639_3.as_deref().and_then(whatlang::Lang::from_code)
}

/// A response of the service in-process, read whole: status, headers, body.
pub async fn read_response(
    response: axum::response::Response,
) -> (axum::http::StatusCode, axum::http::HeaderMap, Vec<u8>) {
    use http_body_util::BodyExt;
    let (parts, body) = response.into_parts();
    let body = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, body)
}
