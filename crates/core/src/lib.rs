//! Plain-language explanations of CPT procedure codes, in ten languages: the catalogue of facts,
//! the texts, language negotiation and the [`Explanation`] value every output format renders.
//!
//! ```
//! let explained = cpt_explain_core::explain("62324", "es-MX").unwrap();
//! assert_eq!(explained.locale, "es");
//! assert!(!explained.summary.is_empty());
//! println!("{}", cpt_explain_core::render::text::render(&explained, 80));
//! ```
//!
//! This crate renders and returns values; it does no I/O beyond reading its embedded data, and it
//! depends on no HTTP, async or typesetting crate. HTML, PDF and the service are crates of their own
//! (`cpt-explain-html`, `cpt-explain-pdf`, `cpt-explain-server`).

#![warn(missing_docs)]

pub mod catalog;
pub mod code;
pub mod error;
pub mod explanation;
pub mod handout;
pub mod i18n;
pub mod picture;
pub mod render;

use std::sync::{Arc, OnceLock};

use serde::Serialize;

pub use crate::catalog::Catalog;
pub use crate::code::ProcedureCode;
pub use crate::error::Error;
pub use crate::explanation::{Emphasis, Explained, Explanation, Related, Section, SectionId};
pub use crate::i18n::{
    Direction, LanguageRequest, LineBreak, LocaleId, LocaleInfo, Locales, Negotiated, ReviewStatus,
};
pub use crate::picture::{Label, Part, Picture, Site, Tools};

/// The catalogue and the locales, loaded once and shared across threads.
pub struct Explainer {
    catalog: Catalog,
    locales: Locales,
    /// Each code in each locale, rendered on first use: the texts never change while running.
    rendered: Vec<OnceLock<Arc<Explanation>>>,
}

/// A code with its title in one language, for listings.
#[derive(Clone, Debug, Serialize)]
pub struct CodeEntry {
    /// The code.
    pub code: ProcedureCode,
    /// Its title in the requested language.
    pub title: String,
}

impl Explainer {
    /// Parses the embedded catalogue and every locale.
    pub fn load() -> Result<Explainer, Error> {
        let catalog = Catalog::load()?;
        let locales = Locales::load()?;
        let slots = catalog.codes().len() * locales.all().len();
        Ok(Explainer {
            catalog,
            locales,
            rendered: (0..slots).map(|_| OnceLock::new()).collect(),
        })
    }

    /// The process-wide instance, loaded on first use.
    ///
    /// # Panics
    /// If the embedded data is broken, which the test suite rules out.
    pub fn global() -> &'static Explainer {
        static GLOBAL: OnceLock<Explainer> = OnceLock::new();
        GLOBAL.get_or_init(|| Explainer::load().expect("embedded data is checked by the tests"))
    }

    /// The facts about every code.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The locales, for negotiation.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// The locale table: tag, native name, direction, review status.
    pub fn locale_infos(&self) -> Vec<&LocaleInfo> {
        self.locales.all().iter().map(|l| &l.info).collect()
    }

    /// Explains `code` in the best locale for `request`.
    ///
    /// An empty request gets the source locale; a request that matches none of our locales is
    /// [`Error::NoSuchLanguage`]. Use [`Explainer::explain_negotiated`] for other policies.
    pub fn explain(&self, code: &str, request: &LanguageRequest) -> Result<Explained, Error> {
        let negotiated = if request.as_str().is_empty() {
            self.locales.negotiate_or_default(request)
        } else {
            self.locales.negotiate_strict(request)?
        };
        self.explain_negotiated(code, negotiated)
    }

    /// Explains `code` in a locale already negotiated.
    pub fn explain_negotiated(
        &self,
        code: &str,
        negotiated: Negotiated,
    ) -> Result<Explained, Error> {
        let code = ProcedureCode::parse(code)?;
        self.explain_code(code, negotiated)
    }

    /// Explains a parsed `code` in a locale already negotiated. The explanation itself is shared:
    /// rendered once per code and locale, then handed out as an `Arc`.
    pub fn explain_code(
        &self,
        code: ProcedureCode,
        negotiated: Negotiated,
    ) -> Result<Explained, Error> {
        let index = self.code_index(code)?;
        let slot = &self.rendered[index * self.locales.all().len() + negotiated.id.index()];
        let explanation = match slot.get() {
            Some(e) => Arc::clone(e),
            None => {
                let e = Arc::new(self.build(index, negotiated.id)?);
                Arc::clone(slot.get_or_init(|| e))
            }
        };
        Ok(Explained {
            requested: negotiated.requested,
            fallback: negotiated.fallback,
            explanation,
        })
    }

    /// Renders `code` from the Fluent bundle every time, bypassing the cache of
    /// [`Explainer::explain_negotiated`] (for benchmarks and checks).
    pub fn render(&self, code: &str, negotiated: &Negotiated) -> Result<Explanation, Error> {
        let index = self.code_index(ProcedureCode::parse(code)?)?;
        self.build(index, negotiated.id)
    }

    fn build(&self, index: usize, locale: LocaleId) -> Result<Explanation, Error> {
        let facts = &self.catalog.codes()[index];
        explanation::build(&self.catalog, facts, self.locales.get(locale))
    }

    fn code_index(&self, code: ProcedureCode) -> Result<usize, Error> {
        self.catalog
            .codes()
            .iter()
            .position(|c| c.code == code)
            .ok_or_else(|| Error::UnknownCode {
                code: code.to_string(),
                known: self.catalog.known_list(),
            })
    }

    /// The picture of `code` in `locale`: which parts of the spine are marked, what is drawn beside
    /// it, and its labels and accessible texts.
    pub fn picture(&self, code: ProcedureCode, locale: LocaleId) -> Result<Picture, Error> {
        let index = self.code_index(code)?;
        self.picture_of(&self.catalog.codes()[index], locale)
    }

    /// The picture that goes with an explanation: the same code in the same locale.
    pub fn picture_for(&self, e: &Explanation) -> Result<Picture, Error> {
        let locale = self.locale_by_tag(&e.locale)?;
        let index = self.code_index(e.code)?;
        picture::build(&self.catalog.codes()[index], locale)
    }

    /// The picture of any catalogue row, in `locale`: a new code's, or a row with one column
    /// changed (how the tests check that each column drives its own part of the drawing).
    pub fn picture_of(
        &self,
        facts: &catalog::CodeFacts,
        locale: LocaleId,
    ) -> Result<Picture, Error> {
        picture::build(facts, self.locales.get(locale))
    }

    /// Message `id` of locale `tag` with one personal value as variable `name`: a Fluent variable,
    /// never markup, printed as given.
    pub(crate) fn personal_line(
        &self,
        tag: &str,
        id: &str,
        name: &'static str,
        value: String,
    ) -> Result<String, Error> {
        let locale = self.locale_by_tag(tag)?;
        let mut args = fluent_bundle::FluentArgs::new();
        args.set(name, value);
        explanation::Texts::new(locale).format(id, None, Some(&args))
    }

    fn locale_by_tag(&self, tag: &str) -> Result<&i18n::Locale, Error> {
        self.locales
            .all()
            .iter()
            .find(|l| l.info.tag == tag)
            .ok_or_else(|| Error::NoSuchLanguage {
                requested: tag.to_owned(),
                available: self.locales.tag_list(),
            })
    }

    /// Every code with its title in the negotiated locale.
    pub fn codes(&self, negotiated: &Negotiated) -> Result<Vec<CodeEntry>, Error> {
        let texts = explanation::Texts::new(self.locales.get(negotiated.id));
        self.catalog
            .codes()
            .iter()
            .map(|facts| {
                Ok(CodeEntry {
                    code: facts.code,
                    title: explanation::title(&texts, facts)?,
                })
            })
            .collect()
    }
}

/// Explains `code` for a language preference (a tag, an Accept-Language list or a POSIX locale).
pub fn explain(code: &str, languages: &str) -> Result<Explained, Error> {
    Explainer::global().explain(code, &LanguageRequest::parse(languages))
}
