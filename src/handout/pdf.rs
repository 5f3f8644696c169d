//! The PDF handout, typeset by Typst used as a library.
//!
//! The template `templates/handout.typ` is fixed source; everything that varies, the explanation and
//! the personal fields included, reaches it as `/data.json`, read with `json(..)`. Nothing a user types
//! is ever part of Typst source.

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

use crate::Explainer;
use crate::error::Error;
use crate::explanation::Explanation;
use crate::handout::fonts::{self, fonts, is_format_control};
use crate::handout::{HandoutOptions, Paper, check_personal, header};
use crate::i18n::strip_bidi;

const TEMPLATE: &str = include_str!("../../templates/handout.typ");

/// Renders the handout for `e` as PDF bytes. The same input gives the same bytes.
pub fn render(
    explainer: &Explainer,
    e: &Explanation,
    opts: &HandoutOptions,
) -> Result<Vec<u8>, Error> {
    check_personal(&opts.personal)?;
    let header = header(explainer, e, &opts.personal)?;
    // Fonts would draw bidi controls as boxes, or they would reorder the text around them.
    let clean = |s: &str| {
        strip_bidi(s)
            .chars()
            .filter(|c| !is_format_control(*c))
            .collect::<String>()
    };
    for (field, value) in opts.personal.fields() {
        let missing = fonts::missing_glyphs(value.unwrap_or_default());
        if !missing.is_empty() {
            return Err(Error::BadField {
                field,
                reason: format!("has characters no bundled font can print: {missing:?}"),
            });
        }
    }
    let data = Data::new(e, opts, &header, clean);
    let json = serde_json::to_vec(&data).map_err(|err| Error::Data(err.to_string()))?;
    let world = HandoutWorld::new(Bytes::new(json));
    let document: PagedDocument = typst::compile(&world).output.map_err(|diags| {
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

/// What the template reads from `/data.json`.
#[derive(Serialize)]
struct Data {
    lang: String,
    region: Option<&'static str>,
    rtl: bool,
    cjk: &'static str,
    paper: &'static str,
    size: f64,
    code_label: String,
    title: String,
    meta: String,
    in_simple_words: String,
    summary: String,
    sections: Vec<DataSection>,
    related_heading: String,
    related: Vec<(String, String)>,
    disclaimer: String,
    fields: Vec<(String, String)>,
    call_us: Option<String>,
}

#[derive(Serialize)]
struct DataSection {
    id: &'static str,
    heading: String,
    paragraphs: Vec<String>,
    items: Vec<String>,
    numbered: bool,
    warning: bool,
}

impl Data {
    fn new(
        e: &Explanation,
        opts: &HandoutOptions,
        header: &super::Header,
        clean: impl Fn(&str) -> String,
    ) -> Data {
        let mut parts = e.locale.split('-');
        let lang = parts.next().unwrap_or("en").to_owned();
        Data {
            region: (e.locale == "zh-Hans").then_some("CN"),
            rtl: e.direction == crate::Direction::Rtl,
            cjk: if lang == "ko" {
                "Noto Sans CJK KR"
            } else {
                "Noto Sans CJK SC"
            },
            lang,
            paper: match opts.paper {
                Paper::Letter => "us-letter",
                Paper::A4 => "a4",
            },
            size: if opts.large_print { 16.0 } else { 10.5 },
            code_label: clean(&e.labels.code),
            title: clean(&e.title),
            meta: clean(&format!(
                "{}: {}. {}",
                e.labels.language, e.language_name, e.review_notice
            )),
            in_simple_words: clean(&e.labels.in_simple_words),
            summary: clean(&e.summary),
            sections: e
                .sections
                .iter()
                .map(|s| DataSection {
                    id: s.id,
                    heading: clean(&s.heading),
                    paragraphs: s.paragraphs.iter().map(|p| clean(p)).collect(),
                    items: s.items.iter().map(|i| clean(i)).collect(),
                    numbered: s.is_steps(),
                    warning: s.id == "when-to-call",
                })
                .collect(),
            related_heading: clean(&e.labels.related),
            related: e
                .related
                .iter()
                .map(|r| {
                    (
                        r.code.clone(),
                        clean(&format!("{}. {}", r.title, r.difference)),
                    )
                })
                .collect(),
            disclaimer: clean(&e.disclaimer),
            fields: header
                .fields
                .iter()
                .map(|(l, v)| (clean(l), clean(v)))
                .collect(),
            call_us: header.call_us.as_deref().map(clean),
        }
    }
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
