//! Every code in every locale: renders without a Fluent error, nothing raw, nothing missing.

use cpt_explain_core::SectionId;
use cpt_explain_core::render::{markdown, text};
use cpt_explain_core::{Direction, Explainer, LanguageRequest};

use crate::{all_texts, codes, explain, tags};

/// Signs of a message that did not render: Fluent syntax, ids, and unresolved references.
fn raw_leftovers(text: &str) -> Vec<&'static str> {
    const SIGNS: &[&str] = &[
        "{",
        "}",
        "$",
        "code-6",
        "code-7",
        "section-",
        "-title",
        "-summary",
        "related-",
        "label-",
        "review-status",
        ".p-",
        ".item-",
        "???",
        "undefined",
        "Unknown",
        "\u{FFFD}",
    ];
    SIGNS.iter().copied().filter(|s| text.contains(s)).collect()
}

#[test]
fn every_code_in_every_locale_renders_completely() {
    let english: Vec<_> = codes().iter().map(|c| explain(c, "en")).collect();
    for tag in tags() {
        for (code, en) in codes().iter().zip(&english) {
            let e = explain(code, &tag);
            assert_eq!(e.locale, tag);
            assert_eq!(e.code.as_str(), code);
            assert_eq!(e.code_system, "CPT");
            assert!(!e.fallback, "{tag}");
            for t in all_texts(&e) {
                assert!(!t.trim().is_empty(), "{tag} {code}: empty text");
                let raw = raw_leftovers(t);
                assert!(raw.is_empty(), "{tag} {code}: {raw:?} in {t:?}");
                // Only Fluent's own isolation marks, and balanced.
                let fsi = t.matches('\u{2068}').count();
                assert_eq!(
                    fsi,
                    t.matches('\u{2069}').count(),
                    "{tag} {code}: unbalanced isolation in {t:?}"
                );
                assert!(!t.contains([
                    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{200E}',
                    '\u{200F}'
                ]));
            }
            let ids: Vec<_> = e.sections.iter().map(|s| s.id).collect();
            assert_eq!(ids, SectionId::ALL, "{tag} {code}");
            for (s, en_s) in e.sections.iter().zip(&en.sections) {
                assert!(
                    !(s.paragraphs.is_empty() && s.items.is_empty()),
                    "{tag} {code} {}: empty",
                    s.id
                );
                assert_eq!(
                    s.paragraphs.len(),
                    en_s.paragraphs.len(),
                    "{tag} {code} {}",
                    s.id
                );
                assert_eq!(s.items.len(), en_s.items.len(), "{tag} {code} {}", s.id);
            }
            let related: Vec<_> = e.related.iter().map(|r| &r.code).collect();
            let en_related: Vec<_> = en.related.iter().map(|r| &r.code).collect();
            assert_eq!(related, en_related);
            assert!(!e.related.is_empty(), "{tag} {code}: no related codes");
            // The code number itself survives translation.
            assert!(
                e.labels.code.contains(code.as_str()),
                "{tag}: {}",
                e.labels.code
            );
            let billing = e
                .sections
                .iter()
                .find(|s| s.id == SectionId::Billing)
                .unwrap();
            assert!(
                billing.paragraphs.iter().any(|p| p.contains(code.as_str())),
                "{tag} {code}: billing lacks the code"
            );
        }
    }
}

#[test]
fn the_json_shape_is_the_published_contract() {
    let e = explain("62324", "es-MX");
    let json = serde_json::to_value(&e).unwrap();
    for key in [
        "code",
        "code_system",
        "requested",
        "locale",
        "fallback",
        "direction",
        "line_break",
        "language_name",
        "review_status",
        "review",
        "title",
        "summary",
        "sections",
        "related",
        "disclaimer",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["code"], "62324");
    assert_eq!(json["requested"], "es-MX");
    assert_eq!(json["locale"], "es");
    assert_eq!(json["fallback"], false);
    assert_eq!(json["direction"], "ltr");
    assert_eq!(json["language_name"], "Español");
    assert_eq!(json["review_status"], "draft");
    assert_eq!(json["review"]["reviewed"], 0);
    assert!(json["review"]["total"].as_u64().unwrap() > 50);
    let ids: Vec<_> = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "why",
            "what-happens",
            "medicines",
            "how-given",
            "imaging",
            "emergency",
            "when-to-call",
            "billing",
            "questions"
        ]
    );
    for section in json["sections"].as_array().unwrap() {
        assert!(
            section["heading"].is_string()
                && section["paragraphs"].is_array()
                && section["items"].is_array()
                && section["notes"].is_array()
                && section["numbered"].is_boolean()
                && section["emphasis"].is_string()
        );
    }
    assert_eq!(json["sections"][1]["numbered"], true);
    assert_eq!(json["sections"][5]["emphasis"], "emergency");
    assert_eq!(json["sections"][6]["emphasis"], "warning");
    assert!(
        json["labels"]["language_line"].is_string() && json["labels"]["document_title"].is_string()
    );
    let related = &json["related"][0];
    assert_eq!(related["code"], "62325");
    assert!(
        related["title"].is_string()
            && related["label"].is_string()
            && related["difference"].is_string()
    );
}

#[test]
fn arabic_and_persian_are_right_to_left_and_others_left_to_right() {
    for tag in tags() {
        let e = explain("62324", &tag);
        let expected = if ["ar", "fa"].contains(&tag.as_str()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
        assert_eq!(e.direction, expected, "{tag}");
    }
}

#[test]
fn the_review_status_agrees_with_its_counts_and_its_notice() {
    for tag in tags() {
        for code in codes() {
            let e = explain(&code, &tag);
            assert_eq!(e.review_status, e.review.status(), "{tag} {code}");
            assert!(e.review.total > 50, "{tag} {code}: {:?}", e.review);
            assert!(e.review.reviewed <= e.review.total);
            assert!(!e.review_notice.is_empty());
        }
    }
}

#[test]
fn the_facts_of_62324_are_in_the_english() {
    let e = explain("62324", "en");
    let all = all_texts(&e).join(" ").to_lowercase();
    for fact in [
        "neck or upper back",
        "epidural space",
        "spinal fluid space",
        "catheter",
        "steady flow",
        "separate doses from time to time",
        "hours or days",
        "no x-ray or ct",
        "billed once for the whole series",
        "77003",
        "destroys nerves",
        "opioid",
        "steroid",
        "numbing medicine",
        "muscle relaxer",
        "taped or fixed in place",
        "fever",
        "headache",
        "emergency",
        "blood thinners",
    ] {
        assert!(all.contains(fact), "62324 lacks {fact:?}");
    }
    // A bolus is one dose at one time, not a large dose.
    assert!(!all.contains("large doses"));
}

#[test]
fn terminal_text_has_no_bidi_controls_and_keeps_every_section() {
    for tag in tags() {
        let e = explain("62324", &tag);
        let out = text::render(&e, 80);
        assert!(
            !out.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
            "{tag}"
        );
        for s in &e.sections {
            assert!(
                out.contains(&cpt_explain_core::i18n::strip_bidi(&s.heading)),
                "{tag}: {}",
                s.heading
            );
        }
        let md = markdown::render(&e);
        assert!(md.contains("1. "), "{tag}: steps are not numbered");
        assert!(!md.contains('\u{2068}'));
    }
}

#[test]
fn snapshots_of_every_explanation() {
    for tag in tags() {
        for code in codes() {
            let e = explain(&code, &tag);
            insta::assert_snapshot!(format!("{code}-{tag}"), text::render(&e, 80));
        }
    }
}

#[test]
fn errors_name_the_problem() {
    let explainer = Explainer::global();
    let any = LanguageRequest::parse("en");
    let err = explainer.explain("62A24", &any).unwrap_err();
    assert_eq!(err.code(), "malformed_code");
    assert!(err.to_string().contains("five digits"), "{err}");
    let err = explainer.explain("99999", &any).unwrap_err();
    assert_eq!(err.code(), "unknown_code");
    assert!(err.to_string().contains("62324"), "{err}");
    let err = explainer
        .explain("62324", &LanguageRequest::parse("sw-KE"))
        .unwrap_err();
    assert_eq!(err.code(), "no_such_language");
    assert!(err.to_string().contains("zh-Hans"), "{err}");
    let long = "6".repeat(10_000);
    let err = explainer.explain(&long, &any).unwrap_err();
    assert!(
        err.to_string().len() < 200,
        "the echo of a long input is kept short"
    );
}

#[test]
fn a_cached_explanation_still_reports_its_own_request() {
    let first = explain("62325", "fa-AF");
    assert_eq!((first.requested.as_str(), first.fallback), ("fa-AF", true));
    let second = explain("62325", "fa-IR");
    assert_eq!(
        (second.requested.as_str(), second.fallback),
        ("fa-IR", false)
    );
    assert_eq!(first.summary, second.summary);
    let fresh = Explainer::global()
        .render(
            "62325",
            &Explainer::global()
                .locales()
                .negotiate_strict(&LanguageRequest::parse("fa"))
                .unwrap(),
        )
        .unwrap();
    assert_eq!(fresh.summary, second.summary);
}

/// Every whitespace-separated token of an explanation's texts, without bidi controls.
fn source_words(e: &cpt_explain_core::Explained) -> std::collections::HashSet<String> {
    all_texts(e)
        .iter()
        .flat_map(|t| {
            cpt_explain_core::i18n::strip_bidi(t)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// True for what the terminal renderer adds around texts: list markers and heading rules.
fn is_decoration(token: &str) -> bool {
    token == "•"
        || token
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit())
        || token.chars().all(|c| c == '═' || c == '─')
}

#[test]
fn korean_terminal_lines_end_between_words() {
    for code in codes() {
        let e = explain(&code, "ko");
        assert_eq!(e.line_break, cpt_explain_core::LineBreak::KeepAll);
        let words = source_words(&e);
        for width in (30..=100).step_by(7) {
            let out = text::render(&e, width);
            for line in out.lines() {
                for token in line.split_whitespace() {
                    assert!(
                        words.contains(token) || is_decoration(token),
                        "{code} at {width} columns: {token:?} is part of a word, in {line:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn no_terminal_line_ends_in_a_split_hyphenated_word() {
    for tag in tags() {
        for code in codes() {
            let e = explain(&code, &tag);
            for width in [30, 33, 37, 41, 47, 53, 61, 72, 80] {
                let out = text::render(&e, width);
                let lines: Vec<&str> = out.lines().collect();
                for pair in lines.windows(2) {
                    let ends_hyphen = pair[0].trim_end().ends_with(['-', '\u{2010}', '\u{2011}']);
                    let next_letter = pair[1]
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                    assert!(
                        !(ends_hyphen && next_letter),
                        "{tag} {code} at {width}: {:?} / {:?}",
                        pair[0],
                        pair[1]
                    );
                }
            }
        }
    }
}

/// Every label that joins a word and a value, as the reader sees it.
fn label_lines(e: &cpt_explain_core::Explained) -> Vec<String> {
    let explainer = Explainer::global();
    let personal = cpt_explain_core::handout::Personal {
        patient_name: Some("Ana".to_owned()),
        date: Some("2026-11-26".to_owned()),
        clinic: Some("Clinic".to_owned()),
        phone: Some("555-0100".to_owned()),
    };
    let header = cpt_explain_core::handout::header(explainer, e, &personal).unwrap();
    let mut lines = vec![
        e.labels.language_line.clone(),
        e.labels.document_title.clone(),
    ];
    lines.extend(e.related.iter().map(|r| r.label.clone()));
    lines.extend(header.fields);
    lines
        .iter()
        .map(|l| cpt_explain_core::i18n::strip_bidi(l))
        .collect()
}

#[test]
fn chinese_labels_use_full_width_punctuation() {
    for code in codes() {
        for line in label_lines(&explain(&code, "zh-Hans")) {
            assert!(
                !line.contains([':', ';']),
                "{code}: ASCII colon in {line:?}"
            );
            assert!(!line.contains(". "), "{code}: ASCII full stop in {line:?}");
            assert!(
                line.contains('：'),
                "{code}: no full-width colon in {line:?}"
            );
        }
    }
}

#[test]
fn french_labels_have_a_no_break_space_before_the_colon() {
    for code in codes() {
        for line in label_lines(&explain(&code, "fr")) {
            for (i, _) in line.match_indices(':') {
                let before = line[..i].chars().next_back();
                assert!(
                    matches!(before, Some('\u{A0}' | '\u{202F}')),
                    "{code}: {line:?} has no no-break space before its colon"
                );
            }
            assert!(line.contains(':'), "{code}: {line:?}");
        }
    }
}

#[test]
fn no_renderer_joins_translated_strings_with_punctuation() {
    let root = crate::root();
    let mut files = Vec::new();
    for dir in [
        "crates/core/src/render",
        "crates/html/src",
        "crates/html/templates",
        "crates/pdf/src",
        "crates/pdf/templates",
        "crates/server/src",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    // A label and a value side by side with ASCII punctuation between them, in a template
    // (`{{ a }}: {{ b }}`, `a + ": " + b`) or in Rust (`"{}: {}"`, `"{a}. {b}"`).
    let joins = [
        "}}: {{",
        "}}. {{",
        "}} · {{",
        "+ \": \" +",
        "+ \". \" +",
        "{}: {}",
        "{}. {}",
        "{} · {}",
    ];
    for path in files {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        for join in joins {
            assert!(
                !source.contains(join),
                "{} joins translated strings with {join:?}",
                path.display()
            );
        }
    }
}
