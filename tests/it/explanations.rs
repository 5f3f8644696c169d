//! Every code in every locale: renders without a Fluent error, nothing raw, nothing missing.

use cpt_explain::explanation::SECTION_IDS;
use cpt_explain::render::{markdown, text};
use cpt_explain::{Direction, Explainer, LanguageRequest};

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
            assert_eq!(&e.code, code);
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
            assert_eq!(ids, SECTION_IDS, "{tag} {code}");
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
            let billing = &e.sections[4];
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
        "language_name",
        "review_status",
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
    let section = &json["sections"][0];
    assert_eq!(section["id"], "what-happens");
    assert!(
        section["heading"].is_string()
            && section["paragraphs"].is_array()
            && section["items"].is_array()
    );
    let related = &json["related"][0];
    assert_eq!(related["code"], "62325");
    assert!(related["title"].is_string() && related["difference"].is_string());
}

#[test]
fn arabic_is_right_to_left_and_others_left_to_right() {
    for tag in tags() {
        let e = explain("62324", &tag);
        let expected = if tag == "ar" {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
        assert_eq!(e.direction, expected, "{tag}");
    }
}

#[test]
fn drafts_say_so_in_the_output() {
    let explainer = Explainer::global();
    for info in explainer.locale_infos() {
        let e = explain("62324", &info.tag);
        assert_eq!(e.review_status, info.review);
        assert!(!e.review_notice.is_empty());
    }
    let english = explain("62324", "en");
    assert!(
        english.review_notice.contains("not yet"),
        "{}",
        english.review_notice
    );
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
                out.contains(&cpt_explain::i18n::strip_bidi(&s.heading)),
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
        .explain("62324", &LanguageRequest::parse("pt-BR"))
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
    let first = explain("62325", "zh-TW");
    assert_eq!((first.requested.as_str(), first.fallback), ("zh-TW", true));
    let second = explain("62325", "zh-CN");
    assert_eq!(
        (second.requested.as_str(), second.fallback),
        ("zh-CN", false)
    );
    assert_eq!(first.summary, second.summary);
    let fresh = Explainer::global()
        .render(
            "62325",
            Explainer::global()
                .locales()
                .negotiate_strict(&LanguageRequest::parse("zh"))
                .unwrap(),
        )
        .unwrap();
    assert_eq!(fresh.summary, second.summary);
}
