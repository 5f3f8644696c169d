//! Plain-language explanations of CPT procedure codes, in fourteen languages: the catalogue of facts,
//! the texts, language negotiation, the review status worked out from reviewers' sign-offs, and the
//! [`Explanation`] value every output format renders.
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
pub mod review;

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

pub use crate::catalog::Catalog;
pub use crate::code::ProcedureCode;
pub use crate::error::Error;
pub use crate::explanation::{
    Emphasis, Explained, Explanation, Place, Related, Section, SectionId,
};
pub use crate::i18n::{
    Direction, LanguageRequest, LineBreak, LocaleFiles, LocaleId, LocaleInfo, Locales, Negotiated,
};
pub use crate::picture::{Label, Part, Picture, Site, Tools};
pub use crate::review::{Review, ReviewCounts, ReviewStatus};

/// The catalogue and the locales, loaded once and shared across threads.
pub struct Explainer {
    catalog: Catalog,
    locales: Locales,
    /// Each code in each locale, rendered on first use: the texts never change while running.
    rendered: Vec<OnceLock<Slot>>,
    /// Each locale's review status, worked out on first use from its records and texts.
    reviews: Vec<OnceLock<Review>>,
}

/// One code rendered in one locale, and the units of text it shows with the terms they use (as
/// indices into its locale's `Review`).
struct Slot {
    explanation: Arc<Explanation>,
    units: Vec<usize>,
}

/// A row of the locale table with the review status of everything the locale shows.
#[derive(Clone, Debug, Serialize)]
pub struct LocaleSummary<'a> {
    /// The row.
    #[serde(flatten)]
    pub info: &'a LocaleInfo,
    /// `reviewed` when every unit any explanation in this locale shows is reviewed, `draft` when
    /// none is, else `partly-reviewed`.
    pub review_status: ReviewStatus,
    /// Those units: how many are reviewed, of how many.
    pub review: ReviewCounts,
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
    /// Parses the embedded catalogue, texts and review records.
    pub fn load() -> Result<Explainer, Error> {
        Explainer::with_locales(&LocaleFiles::embedded())
    }

    /// Parses the embedded catalogue and the texts and review records of `files`: a working
    /// tree's `locales/` as the review commands read it, or a test's.
    pub fn with_locales(files: &LocaleFiles) -> Result<Explainer, Error> {
        let catalog = Catalog::load()?;
        let locales = Locales::from_files(files)?;
        let slots = catalog.codes().len() * locales.all().len();
        let reviews = (0..locales.all().len()).map(|_| OnceLock::new()).collect();
        Ok(Explainer {
            catalog,
            locales,
            rendered: (0..slots).map(|_| OnceLock::new()).collect(),
            reviews,
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

    /// The locale table: tag, native name, direction.
    pub fn locale_infos(&self) -> Vec<&LocaleInfo> {
        self.locales.all().iter().map(|l| &l.info).collect()
    }

    /// The locale table with each locale's review status, over the units any of its explanations
    /// shows.
    pub fn locale_summaries(&self) -> Result<Vec<LocaleSummary<'_>>, Error> {
        (0..self.locales.all().len())
            .map(|i| {
                let id = LocaleId::from_index(i);
                let mut units = BTreeSet::new();
                for index in 0..self.catalog.codes().len() {
                    units.extend(self.slot(index, id)?.units.iter().copied());
                }
                let units: Vec<usize> = units.into_iter().collect();
                let review = self.review(id).count(&units);
                Ok(LocaleSummary {
                    info: &self.locales.get(id).info,
                    review_status: review.status(),
                    review,
                })
            })
            .collect()
    }

    /// The review status of every unit of a locale, worked out once from its records and texts
    /// (and, for a translation, from the English and its clinical review).
    pub fn review(&self, locale: LocaleId) -> &Review {
        self.reviews[locale.index()].get_or_init(|| {
            let units = locale_units(self.locales.get(locale));
            let records = &self.locales.get(locale).records;
            if locale == LocaleId::SOURCE {
                review::Review::new(&units, records, None)
            } else {
                let english = locale_units(self.locales.get(LocaleId::SOURCE));
                let english_review = self.review(LocaleId::SOURCE);
                review::Review::new(&units, records, Some((&english, english_review)))
            }
        })
    }

    /// The units of text the explanation of `code` in `locale` shows, with the terms and messages
    /// they use, each with where it shows (a term once for each place that uses it).
    pub fn units_shown(
        &self,
        code: ProcedureCode,
        locale: LocaleId,
    ) -> Result<Vec<(String, Place)>, Error> {
        let built = self.build(self.code_index(code)?, locale)?;
        let review = self.review(locale);
        let mut out = BTreeSet::new();
        for (id, place) in built.units {
            for unit in review.with_dependencies([id.as_str()]) {
                out.insert((review.statuses()[unit].unit.clone(), place));
            }
        }
        Ok(out.into_iter().collect())
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
        let explanation = Arc::clone(&self.slot(index, negotiated.id)?.explanation);
        Ok(Explained {
            requested: negotiated.requested,
            fallback: negotiated.fallback,
            explanation,
        })
    }

    /// The code at `index` in `locale`, rendered once.
    fn slot(&self, index: usize, locale: LocaleId) -> Result<&Slot, Error> {
        let slot = &self.rendered[index * self.locales.all().len() + locale.index()];
        if let Some(done) = slot.get() {
            return Ok(done);
        }
        let built = self.build(index, locale)?;
        Ok(slot.get_or_init(|| Slot {
            explanation: Arc::new(built.explanation),
            units: built.shown,
        }))
    }

    /// Renders `code` from the Fluent bundle every time, bypassing the cache of
    /// [`Explainer::explain_negotiated`] (for benchmarks and checks).
    pub fn render(&self, code: &str, negotiated: &Negotiated) -> Result<Explanation, Error> {
        let index = self.code_index(ProcedureCode::parse(code)?)?;
        Ok(self.build(index, negotiated.id)?.explanation)
    }

    fn build(&self, index: usize, locale: LocaleId) -> Result<explanation::Built, Error> {
        let facts = &self.catalog.codes()[index];
        explanation::build(
            &self.catalog,
            facts,
            self.locales.get(locale),
            self.review(locale),
        )
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

/// The units of one loaded locale, from its parsed files.
fn locale_units(locale: &i18n::Locale) -> Vec<review::Unit<'_>> {
    review::units(
        locale
            .resources
            .iter()
            .flat_map(|(name, r)| r.entries().map(move |e| (name.as_str(), e))),
    )
}

/// Explains `code` for a language preference (a tag, an Accept-Language list or a POSIX locale).
pub fn explain(code: &str, languages: &str) -> Result<Explained, Error> {
    Explainer::global().explain(code, &LanguageRequest::parse(languages))
}
