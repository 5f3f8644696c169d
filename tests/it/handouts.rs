//! Printable handouts: every code in every locale as HTML and PDF, personal fields as data,
//! glyph coverage, and stable bytes.

use std::collections::BTreeSet;
use std::fs;
use std::process::Command;

use cpt_explain_core::Explainer;
use cpt_explain_core::SectionId;
use cpt_explain_core::handout::{HandoutOptions, Paper, Personal};
use scraper::{Html, Selector};

use crate::{codes, explain, root, tags};

fn html(code: &str, tag: &str, opts: &HandoutOptions) -> String {
    cpt_explain_html::handout(Explainer::global(), &explain(code, tag), opts)
        .unwrap_or_else(|e| panic!("{code} {tag}: {e}"))
}

fn pdf(code: &str, tag: &str, opts: &HandoutOptions) -> Vec<u8> {
    cpt_explain_pdf::render(Explainer::global(), &explain(code, tag), opts)
        .unwrap_or_else(|e| panic!("{code} {tag}: {e}"))
}

/// The text of a PDF, as poppler's pdftotext reads it (scripts/test installs poppler-utils).
pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let mut pdftotext = Command::new("pdftotext");
    pdftotext.args(["-enc", "UTF-8", "-", "-"]);
    let out = crate::pipe(pdftotext, bytes);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn personal(value: &str) -> HandoutOptions {
    HandoutOptions {
        personal: Personal {
            patient_name: Some(value.to_owned()),
            date: Some(value.to_owned()),
            clinic: Some(value.to_owned()),
            phone: Some(value.to_owned()),
        },
        ..HandoutOptions::default()
    }
}

/// Inputs that would be markup somewhere if they were not treated as data.
const INJECTIONS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "#read(\"/etc/passwd\")",
    "#import \"x.typ\": *",
    "]",
    "{",
    "\\",
    "$x$",
    "*bold* _em_ @ref <lbl>",
    "Ana (Pérez) <b>",
];

#[test]
fn bidi_overrides_in_personal_fields_are_refused_in_html_and_pdf_alike() {
    let opts = personal("a\u{202E}evil\u{202C}b");
    let e = explain("62324", "ar");
    let html = cpt_explain_html::handout(Explainer::global(), &e, &opts).unwrap_err();
    let pdf = cpt_explain_pdf::render(Explainer::global(), &e, &opts).unwrap_err();
    assert_eq!(html.code(), "bad_field");
    assert_eq!(pdf.code(), "bad_field");
    assert!(html.to_string().contains("U+202E"), "{html}");
}

#[test]
fn every_html_handout_is_complete_and_self_contained() {
    let opts = HandoutOptions::default();
    for tag in tags() {
        for code in codes() {
            let page = html(&code, &tag, &opts);
            let doc = Html::parse_document(&page);
            let root_el = doc
                .select(&Selector::parse("html").unwrap())
                .next()
                .unwrap();
            assert_eq!(root_el.value().attr("lang"), Some(tag.as_str()));
            assert_eq!(
                root_el.value().attr("dir"),
                Some(if ["ar", "fa"].contains(&tag.as_str()) {
                    "rtl"
                } else {
                    "ltr"
                })
            );
            let ids = ["summary"]
                .into_iter()
                .chain(SectionId::ALL.map(SectionId::as_str))
                .chain(["related"]);
            for id in ids {
                let sel = Selector::parse(&format!("section#{id}")).unwrap();
                let section = doc
                    .select(&sel)
                    .next()
                    .unwrap_or_else(|| panic!("{tag} {code}: no section {id}"));
                assert!(
                    section.text().collect::<String>().trim().len() > 10,
                    "{tag} {code} {id}"
                );
            }
            let steps = explain(&code, &tag)
                .sections
                .iter()
                .find(|s| s.id == SectionId::WhatHappens)
                .unwrap()
                .items
                .len();
            assert_eq!(
                doc.select(&Selector::parse("section#what-happens ol li").unwrap())
                    .count(),
                steps,
                "{tag} {code}"
            );
            // Nothing outside the file: no scripts, no links to fonts or styles, no images.
            for bad in [
                "<script", "<link", "<img", "@import", "url(", "http://", "https://",
            ] {
                assert!(!page.contains(bad), "{tag} {code}: {bad}");
            }
            let title = doc
                .select(&Selector::parse("h1").unwrap())
                .next()
                .unwrap()
                .text()
                .collect::<String>();
            assert!(title.contains(&code), "{tag} {code}: {title}");
        }
    }
}

#[test]
fn every_pdf_handout_renders_with_its_title_code_and_language() {
    let opts = HandoutOptions::default();
    for tag in tags() {
        for code in codes() {
            let bytes = pdf(&code, &tag, &opts);
            let doc = lopdf::Document::load_mem(&bytes).unwrap();
            let pages = doc.get_pages().len();
            assert!((1..=2).contains(&pages), "{tag} {code}: {pages} pages");
            let lang = doc
                .catalog()
                .unwrap()
                .get(b"Lang")
                .unwrap()
                .as_str()
                .unwrap()
                .to_vec();
            let lang = String::from_utf8(lang).unwrap();
            assert!(
                tag.starts_with(&lang) || lang.starts_with(tag.split('-').next().unwrap()),
                "{tag}: /Lang {lang}"
            );
            let text = pdf_text(&bytes);
            assert!(
                text.contains(&code),
                "{tag} {code}: code not in the PDF text"
            );
            if tag != "ar" {
                // pdftotext reorders right-to-left text, so Arabic is checked by the words below.
                let e = explain(&code, &tag);
                // Compared without white space: lines break anywhere, and CJK has no spaces to keep.
                let first_words: String = cpt_explain_core::i18n::strip_bidi(&e.title)
                    .split_whitespace()
                    .take(2)
                    .collect();
                let flat: String = text.split_whitespace().collect();
                assert!(
                    flat.contains(&first_words),
                    "{tag} {code}: {first_words:?} not in the PDF text"
                );
            }
            assert!(
                bytes.windows(9).any(|w| w == b"/FontFile"),
                "{tag} {code}: fonts are not embedded"
            );
        }
    }
}

#[test]
fn arabic_pdf_text_has_the_arabic_words() {
    let text = pdf_text(&pdf("62324", "ar", &HandoutOptions::default()));
    let arabic = text
        .chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count();
    assert!(arabic > 500, "only {arabic} Arabic letters extracted");
}

#[test]
fn korean_lines_break_between_words() {
    let e = explain("62324", "ko");
    // Words without the punctuation around them: the handout adds some (a colon after a label).
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let mut texts = crate::all_texts(&e);
    texts.push(&e.language_name);
    // The picture's labels are on the page too, wrapped by the same rule.
    let picture = Explainer::global().picture_for(&e).unwrap();
    texts.extend(picture.labels().map(|l| l.text.as_str()));
    let words: BTreeSet<String> = texts
        .iter()
        .flat_map(|t| {
            cpt_explain_core::i18n::strip_bidi(t)
                .split_whitespace()
                .map(bare)
                .collect::<Vec<_>>()
        })
        .collect();
    let text = pdf_text(&pdf("62324", "ko", &HandoutOptions::default()));
    let hangul = text
        .split_whitespace()
        .filter(|t| t.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)));
    assert!(hangul.clone().count() > 200);
    for token in hangul {
        assert!(
            words.contains(&bare(token)),
            "Korean word broken across lines: {token:?}"
        );
    }
}

#[test]
fn personal_fields_are_escaped_in_html() {
    for value in INJECTIONS {
        let page = html("62324", "en", &personal(value));
        let doc = Html::parse_document(&page);
        let header = doc
            .select(&Selector::parse("header.fields").unwrap())
            .next()
            .expect("a header with the fields");
        let shown: String = header.text().collect();
        assert!(
            shown.contains(value),
            "{value:?} not shown literally: {shown:?}"
        );
        assert_eq!(
            doc.select(&Selector::parse("script, img").unwrap()).count(),
            0,
            "{value:?} became markup"
        );
        let call = doc
            .select(&Selector::parse("p.call").unwrap())
            .next()
            .unwrap()
            .text()
            .collect::<String>();
        assert!(
            call.contains(value),
            "{value:?} not in the call-us line: {call:?}"
        );
    }
}

#[test]
fn personal_fields_are_literal_in_pdf() {
    for value in INJECTIONS {
        let text = pdf_text(&pdf("62324", "en", &personal(value)));
        let printable: String = value
            .chars()
            .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}'))
            .collect();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let want = printable.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&want),
            "{value:?} not printed literally in: {}",
            &flat[..300.min(flat.len())]
        );
        assert!(!flat.contains("root:x:0"), "a file was read");
    }
}

#[test]
fn fields_no_font_can_print_are_an_error() {
    let err = cpt_explain_pdf::render(
        Explainer::global(),
        &explain("62324", "en"),
        &personal("Ana 🙂"),
    )
    .unwrap_err();
    assert_eq!(err.code(), "bad_field");
    assert!(err.to_string().contains('🙂'), "{err}");
    let err = cpt_explain_html::handout(
        Explainer::global(),
        &explain("62324", "en"),
        &personal(&"x".repeat(500)),
    )
    .unwrap_err();
    assert_eq!(err.code(), "bad_field");
}

#[test]
fn every_character_in_locales_has_a_glyph() {
    let mut missing = BTreeSet::new();
    for entry in fs::read_dir(root().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in fs::read_dir(&dir).unwrap() {
            let text = fs::read_to_string(file.unwrap().path()).unwrap();
            missing.extend(cpt_explain_pdf::fonts::missing_glyphs(&text));
        }
    }
    assert!(
        missing.is_empty(),
        "no bundled font has {missing:?}: run scripts/make-fonts.py"
    );
    // Names: the common characters of each script.
    for sample in [
        "Nguyễn Thị Ánh",
        "Łukasz Żółć",
        "Øyvind Ærø",
        "Иванова Ёлка",
        "عبد الرحمن",
        "王小明 欧阳娜娜",
        "김민준 이서연",
    ] {
        assert!(
            cpt_explain_pdf::fonts::missing_glyphs(sample).is_empty(),
            "{sample}"
        );
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let opts = personal("Ana Pérez");
    assert_eq!(
        pdf("62324", "zh-Hans", &opts),
        pdf("62324", "zh-Hans", &opts)
    );
    assert_eq!(html("62324", "ar", &opts), html("62324", "ar", &opts));
}

#[test]
fn the_same_input_gives_the_same_bytes_in_two_separate_processes() {
    // Two processes share no memo cache: what matches here is what Typst makes from the input.
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_cpt-explain"))
            .args(["handout", "62324", "--lang", "ar", "--format", "pdf"])
            .args(["--patient-name", "Ana (Pérez) <b>", "--date", "2026-11-26"])
            .args(["--phone", "+1 (555) 010-0199"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.starts_with(b"%PDF-"));
        out.stdout
    };
    let (first, second) = (run(), run());
    assert!(first == second, "two processes made different PDFs");
}

/// Everything a handout at the longest shows at the top: every personal field filled in.
fn full_header() -> HandoutOptions {
    HandoutOptions {
        personal: Personal {
            patient_name: Some("Ana (Pérez) María González-Villanueva".to_owned()),
            date: Some("2026-11-26".to_owned()),
            clinic: Some("Riverside Spine and Pain Clinic".to_owned()),
            phone: Some("+1 (555) 010-0199".to_owned()),
        },
        ..HandoutOptions::default()
    }
}

#[test]
fn every_pdf_handout_fits_two_pages_at_12_pt_on_letter_and_a4() {
    const { assert!(cpt_explain_pdf::BODY_PT >= 12.0) };
    let mut over = Vec::new();
    for paper in [Paper::Letter, Paper::A4] {
        let opts = HandoutOptions {
            paper,
            ..full_header()
        };
        for tag in tags() {
            for code in codes() {
                let doc = lopdf::Document::load_mem(&pdf(&code, &tag, &opts)).unwrap();
                let pages = doc.get_pages().len();
                if pages > 2 {
                    over.push(format!("{tag} {code} {paper:?}: {pages} pages"));
                }
            }
        }
    }
    assert!(over.is_empty(), "{over:#?}");
}

/// pdftotext's own direction marks (embeddings and isolates it adds around runs) removed.
fn without_direction_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

#[test]
fn personal_fields_keep_their_logical_order_in_an_arabic_pdf() {
    let opts = HandoutOptions {
        personal: Personal {
            patient_name: Some("Ana (Pérez) <b>".to_owned()),
            date: Some("2026-11-26".to_owned()),
            clinic: Some("Clínica (Norte)".to_owned()),
            phone: Some("+1 (555) 010-0199".to_owned()),
        },
        ..HandoutOptions::default()
    };
    for code in codes() {
        let text = without_direction_marks(&pdf_text(&pdf(&code, "ar", &opts)));
        // pdftotext puts each line in reading order; a field drawn reversed or broken over two
        // lines (a misdialled phone number) reads differently.
        for field in [
            "Ana (Pérez) <b>",
            "2026-11-26",
            "Clínica (Norte)",
            "+1 (555) 010-0199",
        ] {
            assert!(
                text.lines().any(|l| l.contains(field)),
                "{code}: {field} not found on one line in logical order in:\n{text}"
            );
        }
        for reversed in ["0199-010", "26-11-2026", ") 555("] {
            assert!(!text.contains(reversed), "{code}: {reversed}");
        }
    }
}

#[test]
fn large_print_and_paper_size() {
    let normal = HandoutOptions::default();
    let large = HandoutOptions {
        large_print: true,
        paper: Paper::A4,
        ..HandoutOptions::default()
    };
    let page = html("62324", "en", &large);
    assert!(page.contains("size: A4") && page.contains("16pt") && page.contains("class=\"large\""));
    let doc = lopdf::Document::load_mem(&pdf("62324", "en", &large)).unwrap();
    let first = *doc.get_pages().values().next().unwrap();
    let media = doc
        .get_object(first)
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let width = media[2].as_float().unwrap();
    assert!(
        (width - 595.0).abs() < 2.0,
        "A4 is 595 pt wide, got {width}"
    );
    let normal_pages = lopdf::Document::load_mem(&pdf("62324", "en", &normal))
        .unwrap()
        .get_pages()
        .len();
    let large_pages = doc.get_pages().len();
    assert!(large_pages >= normal_pages);
    // Body text of 16 pt: the font size operator in the content streams.
    let content = String::from_utf8_lossy(&doc.get_page_content(first)).into_owned();
    let tokens: Vec<&str> = content.split_whitespace().collect();
    let sizes: Vec<f32> = tokens
        .windows(2)
        .filter(|w| w[1] == "Tf")
        .filter_map(|w| w[0].parse().ok())
        .collect();
    assert!(!sizes.is_empty(), "no font sizes found");
    let body = sizes.iter().copied().fold(f32::MAX, f32::min);
    assert!(body >= 16.0 * 0.85 - 0.01, "smallest text is {body} pt");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]

    /// Any name: shown literally in HTML; in PDF either printed or refused with a clear error, never a
    /// panic. A bidi override is refused by both, the same way.
    #[test]
    fn any_name_is_data(name in "[a-zA-Z0-9 <>&\"'#$\\\\\\[\\]{}()*_@;:/.,é中한ب\u{202E}-]{1,60}") {
        let opts = personal(&name);
        let e = explain("62324", "en");
        if name.contains('\u{202E}') {
            let html = cpt_explain_html::handout(Explainer::global(), &e, &opts).unwrap_err();
            let pdf = cpt_explain_pdf::render(Explainer::global(), &e, &opts).unwrap_err();
            proptest::prop_assert_eq!(html.code(), "bad_field");
            proptest::prop_assert_eq!(pdf.code(), "bad_field");
            return Ok(());
        }
        let page = cpt_explain_html::handout(Explainer::global(), &e, &opts).unwrap();
        let doc = Html::parse_document(&page);
        if name.trim().is_empty() {
            // Only spaces: no field is given, so no header line.
            proptest::prop_assert!(doc.select(&Selector::parse("header.fields").unwrap()).next().is_none());
            return Ok(());
        }
        let header: String = doc.select(&Selector::parse("header.fields").unwrap()).next().unwrap().text().collect();
        proptest::prop_assert!(header.contains(name.trim()), "{:?} not in {:?}", name, header);
        match cpt_explain_pdf::render(Explainer::global(), &e, &opts) {
            Ok(bytes) => proptest::prop_assert!(bytes.starts_with(b"%PDF")),
            Err(err) => proptest::prop_assert_eq!(err.code(), "bad_field"),
        }
    }
}
