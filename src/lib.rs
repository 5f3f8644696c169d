//! Plain-language explanations of CPT procedure codes, in ten languages.
//!
//! ```
//! let explainer = cpt_explain::Explainer::global();
//! let request = cpt_explain::LanguageRequest::parse("es-MX");
//! let explanation = explainer.explain("62324", &request).unwrap();
//! assert_eq!(explanation.locale, "es");
//! assert!(!explanation.summary.is_empty());
//! ```
//!
//! The library renders and returns values; it does no I/O beyond reading its embedded data.

pub mod catalog;
pub mod code;
pub mod error;
pub mod explanation;
pub mod handout;
pub mod i18n;
pub mod render;
pub mod server;
pub mod templates;

use std::sync::OnceLock;

use serde::Serialize;

pub use crate::catalog::Catalog;
pub use crate::code::ProcedureCode;
pub use crate::error::Error;
pub use crate::explanation::{Explanation, Related, Section};
pub use crate::i18n::{Direction, LanguageRequest, LocaleInfo, Locales, Negotiated, ReviewStatus};

/// The catalogue and the locales, loaded once and shared across threads.
pub struct Explainer {
    catalog: Catalog,
    locales: Locales,
    /// Each code in each locale, rendered on first use: the texts never change while running.
    rendered: Vec<OnceLock<Explanation>>,
}

/// A code with its title in one language, for listings.
#[derive(Clone, Debug, Serialize)]
pub struct CodeEntry {
    pub code: String,
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

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

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
    pub fn explain(&self, code: &str, request: &LanguageRequest) -> Result<Explanation, Error> {
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
    ) -> Result<Explanation, Error> {
        let index = self.code_index(code)?;
        let slot = &self.rendered[index * self.locales.all().len() + negotiated.index];
        let mut e = match slot.get() {
            Some(e) => e.clone(),
            None => {
                let e = self.render(code, negotiated.clone())?;
                slot.get_or_init(|| e.clone());
                e
            }
        };
        e.requested = negotiated.requested;
        e.fallback = negotiated.fallback;
        Ok(e)
    }

    /// Renders `code` from the Fluent bundle every time, bypassing the cache of
    /// [`Explainer::explain_negotiated`] (for benchmarks and checks).
    pub fn render(&self, code: &str, negotiated: Negotiated) -> Result<Explanation, Error> {
        let facts = &self.catalog.codes()[self.code_index(code)?];
        let locale = self.locales.get(negotiated.index);
        explanation::build(&self.catalog, facts, locale, negotiated)
    }

    fn code_index(&self, code: &str) -> Result<usize, Error> {
        let code = ProcedureCode::parse(code)?;
        self.catalog
            .codes()
            .iter()
            .position(|c| c.code == code)
            .ok_or_else(|| Error::UnknownCode {
                code: code.to_string(),
                known: self.catalog.known_list(),
            })
    }

    /// "Call us at …" in locale `tag`, with the phone number as given (a Fluent variable, never markup).
    pub fn call_us(&self, tag: &str, phone: &str) -> Result<String, Error> {
        let locale = self
            .locales
            .all()
            .iter()
            .find(|l| l.info.tag == tag)
            .ok_or_else(|| Error::NoSuchLanguage {
                requested: tag.to_owned(),
                available: self.locales.tag_list(),
            })?;
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("phone", phone.to_owned());
        explanation::Texts::new(locale).format("handout-call-us", None, Some(&args))
    }

    /// Every code with its title in the negotiated locale.
    pub fn codes(&self, negotiated: &Negotiated) -> Result<Vec<CodeEntry>, Error> {
        let texts = explanation::Texts::new(self.locales.get(negotiated.index));
        self.catalog
            .codes()
            .iter()
            .map(|facts| {
                Ok(CodeEntry {
                    code: facts.code.to_string(),
                    title: explanation::title(&texts, facts)?,
                })
            })
            .collect()
    }
}

/// Explains `code` for a language preference (a tag, an Accept-Language list or a POSIX locale).
pub fn explain(code: &str, languages: &str) -> Result<Explanation, Error> {
    Explainer::global().explain(code, &LanguageRequest::parse(languages))
}
