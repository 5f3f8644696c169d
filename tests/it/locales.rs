//! The texts in `locales/`: parity with English, clean parses, and each locale in its own language.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::{all_texts, codes, explain, locale_dir, tags, whatlang_for};

/// What one message or attribute exposes to the program: its variables and selector keys.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    variables: BTreeSet<String>,
    keys: BTreeSet<String>,
}

/// Parses every `.ftl` file of a locale, failing on any syntax error (junk).
fn shapes(tag: &str) -> (BTreeMap<String, Shape>, BTreeSet<String>) {
    let mut messages = BTreeMap::new();
    let mut terms = BTreeSet::new();
    let dir = locale_dir(tag);
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        // A locale folder holds its texts and, beside them, notes for translators (CHANGES.md) and
        // the reviewers' sign-offs (reviews.toml, written by `cpt-explain review import`).
        if path.extension().is_some_and(|e| e == "md")
            || path.file_name().is_some_and(|n| n == "reviews.toml")
        {
            continue;
        }
        assert_eq!(
            path.extension().unwrap(),
            "ftl",
            "{} is neither a .ftl file, notes (.md) nor review records (reviews.toml)",
            path.display()
        );
        let source = fs::read_to_string(&path).unwrap();
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    if let Some(value) = &m.value {
                        messages.insert(m.id.name.to_owned(), shape(value));
                    }
                    for a in &m.attributes {
                        messages.insert(format!("{}.{}", m.id.name, a.id.name), shape(&a.value));
                    }
                }
                ast::Entry::Term(t) => {
                    terms.insert(t.id.name.to_owned());
                }
                ast::Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
                _ => {}
            }
        }
    }
    (messages, terms)
}

fn shape(pattern: &ast::Pattern<&str>) -> Shape {
    let mut s = Shape::default();
    walk_pattern(pattern, &mut s);
    s
}

fn walk_pattern(pattern: &ast::Pattern<&str>, s: &mut Shape) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, s);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, s: &mut Shape) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, s);
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                s.keys
                    .insert(if v.default { format!("*{key}") } else { key });
                walk_pattern(&v.value, s);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, s),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, s: &mut Shape) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            s.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, s),
        _ => {}
    }
}

#[test]
fn every_locale_has_exactly_the_messages_attributes_and_variables_of_english() {
    let (english, english_terms) = shapes("en");
    assert!(
        english.len() > 100,
        "English has only {} texts",
        english.len()
    );
    for tag in tags() {
        let (theirs, their_terms) = shapes(&tag);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(extra.is_empty(), "{tag} has texts English lacks: {extra:?}");
        for (id, shape) in &english {
            let theirs = &theirs[id];
            assert_eq!(
                theirs.variables, shape.variables,
                "{tag} {id}: variables differ from English"
            );
            // Translators may add variants for grammar, but every English key must be handled.
            for key in &shape.keys {
                assert!(
                    theirs.keys.contains(key),
                    "{tag} {id}: selector key {key} missing"
                );
            }
        }
        let missing_terms: Vec<_> = english_terms.difference(&their_terms).collect();
        assert!(
            missing_terms.is_empty(),
            "{tag} lacks terms {missing_terms:?}"
        );
    }
}

#[test]
fn the_locale_table_and_the_folders_agree() {
    let mut folders: Vec<String> = fs::read_dir(crate::root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    folders.sort();
    let mut table = tags();
    table.sort();
    assert_eq!(folders, table);
    assert_eq!(
        table,
        [
            "ar", "de", "en", "es", "fa", "fr", "ht", "ko", "pt", "ru", "tl", "vi", "zh-Hans",
            "zh-Hant"
        ]
    );
}

/// The whatlang language for each of our tags.
/// The language a detector should find in a locale's texts, from the locale table's `iso639_3`;
/// `None` where the detector does not know the language.

#[test]
fn each_locale_reads_as_its_own_language() {
    // The whole explanation, among all our languages: is it the right one of them? Then every section
    // on its own, against English only (close languages such as Spanish and Portuguese cannot be told
    // apart in a short section, but a section left in the source language is caught).
    let ours: Vec<whatlang::Lang> = tags().iter().filter_map(|t| whatlang_for(t)).collect();
    let among_ours = whatlang::Detector::with_allowlist(ours);
    for tag in tags() {
        let Some(expected) = whatlang_for(&tag) else {
            continue;
        };
        let mut pair = vec![expected];
        if expected != whatlang::Lang::Eng {
            pair.push(whatlang::Lang::Eng);
        }
        let detector = whatlang::Detector::with_allowlist(pair);
        for code in codes() {
            let e = explain(&code, &tag);
            let whole = cpt_explain_core::i18n::strip_bidi(&crate::all_texts(&e).join(" "));
            assert_eq!(
                among_ours.detect_lang(&whole),
                Some(expected),
                "{tag} {code} as a whole"
            );
            // Every section on its own, so a whole section left in English cannot hide.
            let mut chunks: Vec<(String, String)> = e
                .sections
                .iter()
                .map(|s| {
                    let mut t = s.paragraphs.clone();
                    t.extend(s.items.iter().cloned());
                    t.extend(s.notes.iter().cloned());
                    (s.id.to_string(), t.join(" "))
                })
                .collect();
            chunks.push(("summary".into(), format!("{} {}", e.title, e.summary)));
            for (id, text) in chunks {
                let text = cpt_explain_core::i18n::strip_bidi(&text);
                let info = detector
                    .detect(&text)
                    .unwrap_or_else(|| panic!("{tag} {code} {id}: undetectable"));
                assert_eq!(
                    info.lang(),
                    expected,
                    "{tag} {code} {id} reads as {:?}: {text}",
                    info.lang()
                );
            }
        }
    }
}

/// Latin letters allowed in locales written in other scripts: the universal abbreviation CT,
/// the X of the Chinese word for x-ray (X光), and PDF, the name of a file format.
const LATIN_ALLOWED: &[&str] = &["CT", "X", "PDF"];

#[test]
fn no_latin_words_inside_non_latin_locales() {
    for tag in ["zh-Hans", "zh-Hant", "ru", "ar", "fa", "ko"] {
        for code in codes() {
            let e = explain(&code, tag);
            let picture = crate::picture_texts(&e);
            for text in all_texts(&e)
                .into_iter()
                .chain(picture.iter().map(String::as_str))
            {
                let words = text
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty());
                for word in words {
                    assert!(
                        LATIN_ALLOWED.contains(&word),
                        "{tag} {code}: Latin word {word:?} in {text:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn chinese_is_simplified() {
    // Characters whose traditional form differs, as a tripwire for traditional text.
    const TRADITIONAL: &str = "醫藥針經體時們會導這個說給護將帳單號碼處給劑種類與麼";
    for code in codes() {
        let e = explain(&code, "zh-Hans");
        let picture = crate::picture_texts(&e);
        for text in all_texts(&e)
            .into_iter()
            .chain(picture.iter().map(String::as_str))
        {
            let found: Vec<char> = text.chars().filter(|c| TRADITIONAL.contains(*c)).collect();
            assert!(
                found.is_empty(),
                "{code}: traditional characters {found:?} in {text:?}"
            );
        }
    }
}

#[test]
fn no_country_specific_emergency_number_outside_english() {
    for tag in tags() {
        for text in all_texts(&explain("62324", &tag)) {
            assert!(!text.contains("911"), "{tag}: {text}");
        }
    }
}
