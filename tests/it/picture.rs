//! The picture of where: drawn from the catalogue row, labelled in every locale, accessible, small,
//! right about the anatomy, and the same SVG in the PDF.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use cpt_explain_core::catalog::{CodeFacts, Region, Technique};
use cpt_explain_core::handout::HandoutOptions;
use cpt_explain_core::{Direction, Explainer, Picture, ProcedureCode};
use cpt_explain_html::picture::{self as layout, Column};
use scraper::{Html, Selector};
use usvg::roxmltree;

use crate::{codes, explain, root, tags, whatlang_for};

fn locale(tag: &str) -> cpt_explain_core::LocaleId {
    Explainer::global().locales().id_of(tag).unwrap()
}

fn picture(code: &str, tag: &str) -> Picture {
    Explainer::global()
        .picture(ProcedureCode::parse(code).unwrap(), locale(tag))
        .unwrap_or_else(|e| panic!("{code} {tag}: {e}"))
}

fn svg_of(p: &Picture) -> String {
    cpt_explain_html::picture_svg(p).unwrap_or_else(|e| panic!("{} {}: {e}", p.code, p.locale))
}

fn facts(code: &str) -> CodeFacts {
    Explainer::global()
        .catalog()
        .get(ProcedureCode::parse(code).unwrap())
        .unwrap()
        .clone()
}

/// The SVG namespace, as the standalone file declares it.
const SVG_NS: &str = "http://www.w3.org/2000/svg";

#[test]
fn every_code_in_every_locale_is_a_valid_small_accessible_svg() {
    for tag in tags() {
        let info = Explainer::global().locales().get(locale(&tag)).info.clone();
        for code in codes() {
            let p = picture(&code, &tag);
            let svg = svg_of(&p);
            assert!(
                svg.len() < 12 * 1024,
                "{code} {tag}: {} bytes, over 12 KB",
                svg.len()
            );
            let doc = roxmltree::Document::parse(&svg)
                .unwrap_or_else(|e| panic!("{code} {tag}: not XML: {e}"));
            let root = doc.root_element();
            assert_eq!(root.tag_name().namespace(), Some(SVG_NS), "{code} {tag}");
            assert_eq!(root.tag_name().name(), "svg");
            assert_eq!(root.attribute("role"), Some("img"));
            assert_eq!(
                root.attribute("aria-labelledby"),
                Some("pic-title pic-desc")
            );
            assert_eq!(root.attribute("lang"), Some(tag.as_str()));
            assert_eq!(root.attribute("direction"), Some(info.direction.as_str()));
            let by_id = |id: &str| {
                doc.descendants()
                    .find(|n| n.attribute("id") == Some(id))
                    .unwrap_or_else(|| panic!("{code} {tag}: no #{id}"))
            };
            let title = by_id("pic-title");
            assert_eq!(title.tag_name().name(), "title");
            assert_eq!(title.text(), Some(p.title.as_str()));
            assert!(p.title.contains(code.as_str()), "{tag}: {}", p.title);
            let desc = by_id("pic-desc");
            assert_eq!(desc.tag_name().name(), "desc");
            assert_eq!(desc.text(), Some(p.description.as_str()));
            // Ids are unique, so the browser suite and the tests can find each element.
            let ids: Vec<&str> = doc
                .descendants()
                .filter_map(|n| n.attribute("id"))
                .collect();
            let unique: BTreeSet<&str> = ids.iter().copied().collect();
            assert_eq!(ids.len(), unique.len(), "{code} {tag}: duplicate ids");
            // Every label is a text with class "label" and its words, in its lines.
            let texts: Vec<roxmltree::Node> = doc
                .descendants()
                .filter(|n| n.tag_name().name() == "text")
                .collect();
            assert_eq!(texts.len(), p.labels().count(), "{code} {tag}");
            for label in p.labels() {
                let node = by_id(&format!("pic-label-{}", label.id));
                assert_eq!(node.tag_name().name(), "text");
                assert!(
                    node.attribute("class")
                        .is_some_and(|c| c.split(' ').any(|c| c == "label")),
                    "{code} {tag} {}",
                    label.id
                );
                let shown: String = node
                    .descendants()
                    .filter(|n| n.is_text())
                    .filter_map(|n| n.text())
                    .collect::<String>()
                    .split_whitespace()
                    .collect();
                let words: String = label.text.split_whitespace().collect();
                assert_eq!(shown, words, "{code} {tag} {}", label.id);
            }
        }
    }
}

/// Which catalogue column an element of the picture belongs to, by its id; `None` for the parts that
/// never change (the spine, the sac, the cord, the labels of what is inside).
fn column_of(id: &str) -> Option<&'static str> {
    let name = ["pic-label-", "pic-leader-", "pic-dot-", "pic-part-", "pic-"]
        .iter()
        .find_map(|prefix| id.strip_prefix(prefix))
        .unwrap_or(id);
    match name {
        "technique" | "needle" | "tube" | "pump" => Some("technique"),
        "imaging" | "x-ray" => Some("imaging"),
        "site" | "neck" | "upper-back" | "lower-back" | "tailbone" => Some("region"),
        "desc" => Some("any"),
        _ => None,
    }
}

/// Each element with an id and what it looks like: its attributes, its text and the elements inside
/// it that have no id of their own. (An element with an id inside another is compared on its own.)
fn elements(svg: &str) -> BTreeMap<String, String> {
    fn own(node: roxmltree::Node, out: &mut String) {
        out.push_str(node.tag_name().name());
        for a in node.attributes() {
            out.push_str(&format!(" {}={:?}", a.name(), a.value()));
        }
        for child in node.children() {
            if child.is_text() {
                // White space between elements is layout of the file, not of the picture.
                out.push_str(child.text().unwrap_or_default().trim());
            } else if child.is_element() && child.attribute("id").is_none() {
                out.push('<');
                own(child, out);
                out.push('>');
            }
        }
    }
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter_map(|n| {
            let id = n.attribute("id")?;
            let mut s = String::new();
            own(n, &mut s);
            Some((id.to_owned(), s))
        })
        .collect()
}

fn changed(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> BTreeSet<String> {
    a.keys()
        .chain(b.keys())
        .filter(|id| a.get(*id) != b.get(*id))
        .cloned()
        .collect()
}

#[test]
fn each_catalogue_column_changes_only_its_own_elements() {
    let explainer = Explainer::global();
    let techniques = [Technique::Single, Technique::Catheter, Technique::Guidance];
    let regions = [Region::Upper, Region::Lower, Region::Any];
    for tag in ["en", "ar", "ko"] {
        for code in codes() {
            let base = facts(&code);
            let draw = |f: &CodeFacts| svg_of(&explainer.picture_of(f, locale(tag)).unwrap());
            let before = elements(&draw(&base));
            let mut variants: Vec<(&str, CodeFacts)> = Vec::new();
            for t in techniques.into_iter().filter(|t| *t != base.technique) {
                variants.push((
                    "technique",
                    CodeFacts {
                        technique: t,
                        ..base.clone()
                    },
                ));
            }
            for r in regions.into_iter().filter(|r| *r != base.region) {
                variants.push((
                    "region",
                    CodeFacts {
                        region: r,
                        ..base.clone()
                    },
                ));
            }
            variants.push((
                "imaging",
                CodeFacts {
                    imaging: !base.imaging,
                    ..base.clone()
                },
            ));
            for (column, facts) in variants {
                let after = elements(&draw(&facts));
                let diff = changed(&before, &after);
                let what = format!(
                    "{tag} {code} with {column} {:?}/{:?}/{}",
                    facts.technique, facts.region, facts.imaging
                );
                let strays: Vec<_> = diff
                    .iter()
                    .filter(|id| !matches!(column_of(id), Some(c) if c == column || c == "any"))
                    .collect();
                assert!(strays.is_empty(), "{what} also changed {strays:?}");
                assert!(
                    diff.iter().any(|id| column_of(id) == Some(column)),
                    "{what} changed none of its own elements: {diff:?}"
                );
                // What is drawn changed (not only the technique's name, as from one shot to
                // guidance, both a needle): the description says so too.
                if diff
                    .iter()
                    .any(|id| id != "pic-technique" && id != "pic-desc")
                {
                    assert!(
                        diff.contains("pic-desc"),
                        "{what}: the description did not follow"
                    );
                }
            }
        }
    }
}

#[test]
fn a_new_row_gets_a_picture_with_no_drawing_work() {
    // A code the catalogue does not have, made of columns it does: its picture follows the columns.
    let row = CodeFacts {
        code: ProcedureCode::parse("99999").unwrap(),
        ..facts("62327")
    };
    let p = Explainer::global().picture_of(&row, locale("es")).unwrap();
    let svg = svg_of(&p);
    let ids = elements(&svg);
    for id in ["pic-tube", "pic-pump", "pic-imaging", "pic-label-x-ray"] {
        assert!(ids.contains_key(id), "{id}");
    }
    assert!(p.title.contains("99999"), "{}", p.title);
    assert!(ids["pic-part-lower-back"].contains("marked"));
    assert!(!ids["pic-part-neck"].contains("marked"));
}

/// The language a detector should find, from the locale table (as for the other texts).

#[test]
fn the_accessible_name_and_description_are_in_the_locale_language() {
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
            let p = picture(&code, &tag);
            let text =
                cpt_explain_core::i18n::strip_bidi(&format!("{} {}", p.title, p.description));
            let found = detector.detect_lang(&text);
            assert_eq!(found, Some(expected), "{tag} {code}: {text}");
            // And the labels, all together, are not left in English.
            if expected != whatlang::Lang::Eng {
                let labels: Vec<&str> = p.labels().map(|l| l.text.as_str()).collect();
                let en = picture(&code, "en");
                let english: Vec<&str> = en.labels().map(|l| l.text.as_str()).collect();
                let same: Vec<_> = labels
                    .iter()
                    .zip(&english)
                    .filter(|(a, b)| a == b)
                    .collect();
                // Tagalog keeps the English medical words its texts use ("Spinal cord").
                assert!(
                    same.len() <= 2,
                    "{tag} {code}: labels left in English: {same:?}"
                );
            }
        }
    }
}

/// The bundled fonts, as Typst has them, for usvg to lay the labels out with real glyphs.
fn usvg_options() -> usvg::Options<'static> {
    let mut opts = usvg::Options::default();
    let dir = root().join("crates/pdf/fonts");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ttf" || e == "otf") {
            opts.fontdb_mut()
                .load_font_data(std::fs::read(path).unwrap());
        }
    }
    opts
}

#[derive(Clone, Copy, Debug)]
struct Box2 {
    left: f32,
    top: f32,
    right: f32,
    bottom: f32,
}

impl Box2 {
    fn of(node: &usvg::Node) -> Box2 {
        let r = node.abs_bounding_box();
        Box2 {
            left: r.left(),
            top: r.top(),
            right: r.right(),
            bottom: r.bottom(),
        }
    }

    fn overlaps(&self, other: &Box2) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

fn node_box(tree: &usvg::Tree, id: &str) -> Box2 {
    Box2::of(
        tree.node_by_id(id)
            .unwrap_or_else(|| panic!("no #{id} after usvg")),
    )
}

#[test]
fn labels_stay_in_their_columns_and_never_overlap_with_the_bundled_fonts() {
    // usvg is what Typst reads the SVG with, so this is the print: each label's real glyph box,
    // with the fonts the PDF embeds. (The browser suite checks the same in Chromium.)
    let opts = usvg_options();
    let (width, height) = (layout::WIDTH as f32, layout::HEIGHT as f32);
    for tag in tags() {
        for code in codes() {
            let p = picture(&code, &tag);
            let tree = usvg::Tree::from_str(&svg_of(&p), &opts).unwrap();
            let placed = layout::layout(&p);
            let mut boxes: Vec<(&str, Box2)> = Vec::new();
            for label in &placed {
                let b = node_box(&tree, &format!("pic-label-{}", label.id));
                let what = format!("{code} {tag} {} {:?} at {}", label.id, b, label.font_size);
                assert!(
                    b.left >= 0.0 && b.right <= width && b.top >= 0.0 && b.bottom <= height,
                    "{what}: leaves the picture"
                );
                let (from, to) = label.column.span();
                assert!(
                    b.left >= from as f32 - 0.5 && b.right <= to as f32 + 0.5,
                    "{what}: leaves its column {from}-{to}"
                );
                assert!(
                    label.font_size >= layout::MIN_FONT_SIZE,
                    "{what}: too small"
                );
                // The layout's estimate is never narrower than the real glyphs.
                assert!(
                    (b.right - b.left) as f64 <= label.estimated_width + 0.5,
                    "{what}: estimated {} wide",
                    label.estimated_width
                );
                for (other, ob) in &boxes {
                    assert!(!b.overlaps(ob), "{what} overlaps {other} {ob:?}");
                }
                boxes.push((label.id, b));
            }
        }
    }
}

#[test]
fn right_to_left_labels_are_set_right_to_left() {
    for tag in tags() {
        let p = picture("62325", &tag);
        let placed = layout::layout(&p);
        for label in &placed {
            match p.direction {
                // The one anchor browsers and usvg agree on for right-to-left text.
                Direction::Rtl => assert_eq!(label.anchor, "middle", "{tag}"),
                Direction::Ltr => assert_eq!(
                    label.anchor,
                    if label.column == Column::Left {
                        "end"
                    } else {
                        "start"
                    },
                    "{tag}"
                ),
            }
        }
    }
}

#[test]
fn the_anatomy_is_right() {
    let opts = usvg_options();
    for code in codes() {
        let p = picture(&code, "en");
        let tree = usvg::Tree::from_str(&svg_of(&p), &opts).unwrap();
        let cord = node_box(&tree, "pic-cord");
        let sac = node_box(&tree, "pic-sac");
        let epidural = node_box(&tree, "pic-epidural");
        let part = |name: &str| node_box(&tree, &format!("pic-part-{name}"));
        let (upper, lower, tailbone) = (part("upper-back"), part("lower-back"), part("tailbone"));
        // The cord ends at the top of the lower back; the sac goes on below it, into the tailbone
        // area; the epidural space lies outside the sac on both sides.
        assert!(
            cord.bottom > lower.top && cord.bottom < lower.top + (lower.bottom - lower.top) / 3.0,
            "{code}: the cord ends at {}, the lower back spans {}-{}",
            cord.bottom,
            lower.top,
            lower.bottom
        );
        assert!(
            sac.bottom > tailbone.top && sac.bottom > cord.bottom + 50.0,
            "{code}"
        );
        assert!(
            epidural.left < sac.left && epidural.right > sac.right,
            "{code}"
        );
        // The needle's tip is in the epidural space, just outside the sac.
        let needle = node_box(&tree, "pic-needle");
        let tip = (needle.left, needle.top);
        assert!(
            tip.0 > sac.right && tip.0 < epidural.right,
            "{code}: the tip at x {} is not between the sac ({}) and the bone ({})",
            tip.0,
            sac.right,
            epidural.right
        );
        let facts = facts(&code);
        match facts.region {
            Region::Upper => {
                assert!(
                    tip.1 > upper.top && tip.1 < upper.bottom,
                    "{code}: not in the upper back"
                );
                assert!(
                    tip.1 < cord.bottom,
                    "{code}: an upper-back needle is beside the cord"
                );
            }
            Region::Lower | Region::Any => {
                assert!(
                    tip.1 > lower.top && tip.1 < lower.bottom,
                    "{code}: not in the lower back"
                );
                // Never where the cord is: well below its end.
                assert!(
                    tip.1 > cord.bottom + 15.0,
                    "{code}: the needle at {} is near the cord, which ends at {}",
                    tip.1,
                    cord.bottom
                );
            }
        }
        // A tube that stays in lies in the epidural space, outside the sac.
        if facts.technique == Technique::Catheter {
            let tube = node_box(&tree, "pic-tube");
            assert!(
                tube.left > sac.right && tube.left < epidural.right,
                "{code}: tube at {}",
                tube.left
            );
            assert!(tree.node_by_id("pic-pump").is_some(), "{code}: no pump");
        } else {
            assert!(tree.node_by_id("pic-tube").is_none(), "{code}: a tube");
        }
        assert_eq!(
            tree.node_by_id("pic-imaging").is_some(),
            facts.imaging,
            "{code}"
        );
        // The marked parts are the code's region.
        for part in cpt_explain_core::Part::ALL {
            let marked = p.marked.contains(&part);
            assert_eq!(part.in_region(facts.region), marked, "{code} {part:?}");
        }
    }
}

/// Page 1 of a PDF as an RGB image (pdftoppm, from poppler-utils, which scripts/test installs).
fn first_page_rgb(pdf: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut pdftoppm = Command::new("pdftoppm");
    pdftoppm.args(["-r", "40", "-f", "1", "-l", "1", "-"]);
    let out = crate::pipe(pdftoppm, pdf);
    assert!(out.status.success());
    // P6 <width> <height> <max> then the pixels.
    let data = out.stdout;
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8(data[start..at].to_vec()).unwrap());
    }
    assert_eq!(fields[0], "P6");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, data[at + 1..].to_vec())
}

#[test]
fn the_pdf_carries_the_picture() {
    for (code, tag) in [
        ("62324", "en"),
        ("62323", "ar"),
        ("77003", "zh-Hant"),
        ("62320", "de"),
    ] {
        let e = explain(code, tag);
        let pdf =
            cpt_explain_pdf::render(Explainer::global(), &e, &HandoutOptions::default()).unwrap();
        let (w, h, pixels) = first_page_rgb(&pdf);
        // The marked vertebrae (#e8590c): nothing else on the page has that colour.
        let marked: Vec<(usize, usize)> = pixels
            .chunks(3)
            .enumerate()
            .filter(|(_, p)| {
                (p[0] as i32 - 0xe8).abs() < 24
                    && (p[1] as i32 - 0x59).abs() < 24
                    && (p[2] as i32 - 0x0c).abs() < 24
            })
            .map(|(i, _)| (i % w, i / w))
            .collect();
        assert!(
            marked.len() > 150,
            "{code} {tag}: {} marked pixels on page 1",
            marked.len()
        );
        // Beside "In simple words", near the top: on the right left to right, on the left right to left.
        let rtl = e.direction == Direction::Rtl;
        for (x, y) in &marked {
            assert!(*y < h / 2, "{code} {tag}: picture pixel at y {y} of {h}");
            assert!(
                if rtl { *x < w / 2 } else { *x > w / 2 },
                "{code} {tag}: picture pixel at x {x} of {w}"
            );
        }
        // The labels are real text in the PDF (left-to-right ones read back in order).
        if !rtl {
            let text = crate::handouts::pdf_text(&pdf);
            let flat: String = text.split_whitespace().collect();
            for label in picture(code, tag).labels() {
                let words: String = label.text.split_whitespace().collect();
                assert!(
                    flat.contains(&words),
                    "{code} {tag}: label {words:?} not in the PDF"
                );
            }
        }
    }
}

#[test]
fn the_html_handout_and_the_page_show_it_inline_before_in_simple_words() {
    let explainer = Explainer::global();
    for tag in ["en", "fa"] {
        let e = explain("62325", tag);
        let p = explainer.picture_for(&e).unwrap();
        let handout = cpt_explain_html::handout(explainer, &e, &HandoutOptions::default()).unwrap();
        let links = cpt_explain_html::PageLinks {
            handout_html: "h.html".into(),
            handout_pdf: "h.pdf".into(),
        };
        let page =
            cpt_explain_html::page(explainer, &e, &explainer.locale_infos(), &links).unwrap();
        for html in [handout, page] {
            let doc = Html::parse_document(&html);
            let svg = doc
                .select(&Selector::parse("figure.picture > svg[role=img]").unwrap())
                .next()
                .expect("an inline picture");
            for id in svg.value().attr("aria-labelledby").unwrap().split(' ') {
                let sel = Selector::parse(&format!("#{id}")).unwrap();
                assert_eq!(doc.select(&sel).count(), 1, "{tag}: #{id}");
            }
            let desc: String = doc
                .select(&Selector::parse("#pic-desc").unwrap())
                .next()
                .unwrap()
                .text()
                .collect();
            assert_eq!(desc, p.description);
            assert_eq!(
                doc.select(&Selector::parse("figure.picture + section#summary").unwrap())
                    .count(),
                1,
                "{tag}: the picture comes right before \"In simple words\""
            );
            // Inline: the namespace is implied, nothing is loaded.
            assert!(!html.contains("xmlns"), "{tag}");
        }
    }
}

#[test]
fn with_the_picture_every_handout_stays_within_two_pages_on_a4_too() {
    // Letter, the default, is checked with every handout (handouts.rs); A4 is shorter at the sides.
    let opts = HandoutOptions {
        paper: cpt_explain_core::handout::Paper::A4,
        ..HandoutOptions::default()
    };
    for tag in tags() {
        for code in codes() {
            let pdf =
                cpt_explain_pdf::render(Explainer::global(), &explain(&code, &tag), &opts).unwrap();
            let pages = lopdf::Document::load_mem(&pdf).unwrap().get_pages().len();
            assert!(
                (1..=2).contains(&pages),
                "{code} {tag}: {pages} pages on A4"
            );
        }
    }
}
