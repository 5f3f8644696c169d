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
