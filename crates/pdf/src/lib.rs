//! PDF handouts for `cpt-explain`, typeset by Typst used as a library, with Noto fonts bundled so the
//! output never depends on the printing machine: the same input gives the same bytes.
//!
//! ```
//! use cpt_explain_core::handout::HandoutOptions;
//! let explainer = cpt_explain_core::Explainer::global();
//! let e = cpt_explain_core::explain("62324", "ar").unwrap();
//! let pdf = cpt_explain_pdf::render(explainer, &e, &HandoutOptions::default()).unwrap();
//! assert!(pdf.starts_with(b"%PDF-"));
//! ```
//!
//! The template `templates/handout.typ` is fixed source; everything that varies, the explanation and
//! the personal fields included, reaches it as `/data.json`, read with `json(..)`. Nothing a user types
//! is ever part of Typst source.

#![warn(missing_docs)]

pub mod fonts;

use std::sync::OnceLock;

use serde::Serialize;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

use cpt_explain_core::handout::{HandoutOptions, Header, Paper, check_personal, header};
use cpt_explain_core::{Direction, Emphasis, Error, Explainer, Explanation, LineBreak, LocaleInfo};

use crate::fonts::fonts;

const TEMPLATE: &str = include_str!("../templates/handout.typ");

/// Renders the handout for `e` as PDF bytes. The same input gives the same bytes.
///
/// Bidi isolation marks stay in the text: Typst runs the Unicode bidi algorithm with them and does
/// not draw them, so a phone number or a name keeps its own order in a right-to-left handout.
pub fn render(
    explainer: &Explainer,
    e: &Explanation,
    opts: &HandoutOptions,
) -> Result<Vec<u8>, Error> {
    check_personal(&opts.personal)?;
    for (field, value) in opts.personal.fields() {
        let missing = fonts::missing_glyphs(value.unwrap_or_default());
        if !missing.is_empty() {
            return Err(Error::BadField {
                field,
                reason: format!("has characters no bundled font can print: {missing:?}"),
            });
        }
    }
    let header = header(explainer, e, &opts.personal)?;
    let info = explainer
        .locales()
        .id_of(&e.locale)
        .map(|id| &explainer.locales().get(id).info)
        .ok_or_else(|| Error::Data(format!("no locale {}", e.locale)))?;
    let picture = explainer.picture_for(e)?;
    let svg = cpt_explain_html::picture_svg(&picture)?;
    let data = Data::new(e, info, opts, &header, &svg, &picture.description);
    let json = serde_json::to_vec(&data).map_err(|err| Error::Data(err.to_string()))?;
    let world = HandoutWorld::new(Bytes::new(json));
    let compiled = typst::compile::<PagedDocument>(&world).output;
    // Typst memoises every compile in a process-wide cache; a handout with personal fields is never
    // asked for again, so keeping it only grows memory. Evicted after every compile, failed or not,
    // as typst-cli's watch loop does.
    comemo::evict(0);
    let document = compiled.map_err(|diags| {
        Error::Data(format!(
            "handout.typ: {:?}",
            diags.iter().map(|d| &d.message).collect::<Vec<_>>()
        ))
    })?;
    let options = PdfOptions {
        ident: Smart::Custom(format!("{}-{}", e.code, e.locale)),
        timestamp: None,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|diags| {
        Error::Data(format!(
            "pdf: {:?}",
            diags.iter().map(|d| &d.message).collect::<Vec<_>>()
        ))
    })
}

/// Body text size in points: patient materials are set at 12 pt or more. Every handout fits in two
/// pages at this size on Letter and A4 (tested), thanks to the two-column layout.
pub const BODY_PT: f64 = 12.0;
/// Body text size in points with large print.
pub const LARGE_PRINT_PT: f64 = 16.0;

/// What the template reads from `/data.json`.
#[derive(Serialize)]
struct Data<'a> {
    lang: &'a str,
    region: Option<&'a str>,
    rtl: bool,
    keep_all: bool,
    cjk: &'a str,
    paper: &'static str,
    size: f64,
    document_title: &'a str,
    code_label: &'a str,
    title: &'a str,
    language_line: &'a str,
    review_notice: &'a str,
    in_simple_words: &'a str,
    summary: &'a str,
    sections: Vec<DataSection<'a>>,
    related_heading: &'a str,
    related: Vec<(&'a str, &'a str)>,
    disclaimer: &'a str,
    fields: Vec<String>,
    call_us: Option<&'a str>,
    keep_whole: Vec<KeepWhole<'a>>,
    /// The picture of where: the same SVG the HTML shows, read by Typst's `image` from these bytes
    /// (Typst draws SVG through usvg, with its text in the bundled fonts).
    picture: &'a str,
    /// The picture's description, as the PDF's alternative text for it.
    picture_alt: &'a str,
}

/// A value never broken across lines, and its own direction (Unicode's first strong character, as
/// its isolation marks give it in running text; inside its box it needs saying).
#[derive(Serialize)]
struct KeepWhole<'a> {
    text: &'a str,
    rtl: bool,
}

#[derive(Serialize)]
struct DataSection<'a> {
    heading: &'a str,
    paragraphs: &'a [String],
    items: &'a [String],
    notes: &'a [String],
    numbered: bool,
    emphasis: Emphasis,
}

/// The CJK face used where a locale names none: it only ever draws characters in names.
const DEFAULT_CJK: &str = "Noto Sans CJK SC";

impl<'a> Data<'a> {
    fn new(
        e: &'a Explanation,
        info: &'a LocaleInfo,
        opts: &HandoutOptions,
        header: &'a Header,
        picture: &'a str,
        picture_alt: &'a str,
    ) -> Data<'a> {
        Data {
            // Typst wants the language subtag; the rest of the tag is the table's business.
            lang: e.locale.split('-').next().unwrap_or_default(),
            region: info.print_region.as_deref(),
            rtl: e.direction == Direction::Rtl,
            keep_all: e.line_break == LineBreak::KeepAll,
            cjk: info.font.as_deref().unwrap_or(DEFAULT_CJK),
            paper: match opts.paper {
                Paper::Letter => "us-letter",
                Paper::A4 => "a4",
            },
            size: if opts.large_print {
                LARGE_PRINT_PT
            } else {
                BODY_PT
            },
            document_title: &e.labels.document_title,
            code_label: &e.labels.code,
            title: &e.title,
            language_line: &e.labels.language_line,
            review_notice: &e.review_notice,
            in_simple_words: &e.labels.in_simple_words,
            summary: &e.summary,
            sections: e
                .sections
                .iter()
                .map(|s| DataSection {
                    heading: &s.heading,
                    paragraphs: &s.paragraphs,
                    items: &s.items,
                    notes: &s.notes,
                    numbered: s.numbered,
                    emphasis: s.emphasis,
                })
                .collect(),
            related_heading: &e.labels.related,
            related: e
                .related
                .iter()
                .map(|r| (r.label.as_str(), r.difference.as_str()))
                .collect(),
            disclaimer: &e.disclaimer,
            fields: header.fields.iter().map(|f| breakable(f)).collect(),
            call_us: header.call_us.as_deref(),
            keep_whole: header
                .keep_whole
                .iter()
                .map(|text| KeepWhole {
                    text,
                    rtl: unicode_bidi::get_base_direction(text.as_str())
                        == unicode_bidi::Direction::Rtl,
                })
                .collect(),
            picture,
            picture_alt,
        }
    }
}

/// Typst breaks lines only where the script allows, so a long run without spaces (a 200-character
/// name typed as one word) would run off the page: a zero-width space every so often lets it wrap.
fn breakable(text: &str) -> String {
    const RUN: usize = 24;
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for c in text.chars() {
        if c.is_whitespace() {
            run = 0;
        } else if run == RUN {
            out.push('\u{200B}');
            run = 0;
        }
        if !c.is_whitespace() {
            run += 1;
        }
        out.push(c);
    }
    out
}

/// A Typst world with two files, the template and its data, and the bundled fonts.
struct HandoutWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a fixed, valid path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl HandoutWorld {
    fn new(data: Bytes) -> HandoutWorld {
        HandoutWorld {
            main: Source::new(file_id("/handout.typ"), TEMPLATE.to_owned()),
            data_id: file_id("/data.json"),
            data,
        }
    }
}

impl World for HandoutWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            // No other file exists: `read("/etc/passwd")` and friends find nothing.
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Handouts never print today's date by themselves: same input, same bytes.
        None
    }
}
