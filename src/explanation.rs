//! `Explanation`: one code explained in one locale, the value every output format renders.
//!
//! Its JSON form is the portal's published contract.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::catalog::{Catalog, CodeFacts};
use crate::error::Error;
use crate::i18n::{Direction, Locale, Negotiated, ReviewStatus};

/// The section ids, in the order they are shown. Each is a stable part of the JSON contract.
pub const SECTION_IDS: [&str; 7] = [
    "what-happens",
    "medicines",
    "how-given",
    "imaging",
    "billing",
    "when-to-call",
    "questions",
];

/// A code explained in plain words, in one language.
#[derive(Clone, Debug, Serialize)]
pub struct Explanation {
    pub code: String,
    /// Always "CPT".
    pub code_system: &'static str,
    /// The language preference as it was given (empty when none was).
    pub requested: String,
    /// The locale served.
    pub locale: String,
    /// True when the served locale is not the first one asked for.
    pub fallback: bool,
    pub direction: Direction,
    /// The served language's name in its own script.
    pub language_name: String,
    pub review_status: ReviewStatus,
    /// The review status in words, in the served language.
    pub review_notice: String,
    pub title: String,
    /// "In simple words": two or three short sentences.
    pub summary: String,
    pub sections: Vec<Section>,
    pub related: Vec<Related>,
    pub disclaimer: String,
    /// Fixed labels in the served language, for renderers.
    pub labels: Labels,
}

/// One part of an explanation: paragraphs first, then a list.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    pub id: &'static str,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
}

impl Section {
    /// True when the items are steps in order, to be numbered.
    pub fn is_steps(&self) -> bool {
        self.id == "what-happens"
    }
}

/// A close relative of the code and how it differs.
#[derive(Clone, Debug, Serialize)]
pub struct Related {
    pub code: String,
    pub title: String,
    pub difference: String,
}

/// Labels around the explanation, in the served language.
#[derive(Clone, Debug, Serialize)]
pub struct Labels {
    pub in_simple_words: String,
    pub related: String,
    pub language: String,
    /// "Code 62324", in the served language.
    pub code: String,
    pub patient: String,
    pub date: String,
    pub clinic: String,
    pub print: String,
    pub handout_pdf: String,
    pub choose_language: String,
}

/// Renders texts from one locale's bundle, failing on any Fluent error.
pub(crate) struct Texts<'a> {
    locale: &'a Locale,
}

impl<'a> Texts<'a> {
    pub(crate) fn new(locale: &'a Locale) -> Texts<'a> {
        Texts { locale }
    }

    /// Formats message `id`, or its attribute `attr`.
    pub(crate) fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<String, Error> {
        let bundle = &self.locale.bundle;
        let msg = bundle
            .get_message(id)
            .ok_or_else(|| self.error(id, attr, "missing message"))?;
        let pattern = match attr {
            Some(name) => msg.get_attribute(name).map(|a| a.value()),
            None => msg.value(),
        }
        .ok_or_else(|| self.error(id, attr, "missing value"))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            return Err(self.error(id, attr, &format!("{errors:?}")));
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(self.error(id, attr, "empty text"));
        }
        Ok(text.to_owned())
    }

    /// Formats a section message's `p-N` and `item-N` attributes, each group in number order.
    fn blocks(&self, id: &str, args: &FluentArgs) -> Result<(Vec<String>, Vec<String>), Error> {
        let msg = self
            .locale
            .bundle
            .get_message(id)
            .ok_or_else(|| self.error(id, None, "missing message"))?;
        let mut paragraphs = Vec::new();
        let mut items = Vec::new();
        for attr in msg.attributes() {
            let name = attr.id();
            let (list, n) = if let Some(n) = name.strip_prefix("p-") {
                (&mut paragraphs, n)
            } else if let Some(n) = name.strip_prefix("item-") {
                (&mut items, n)
            } else {
                return Err(self.error(id, Some(name), "attribute is neither p-N nor item-N"));
            };
            let n: u32 = n
                .parse()
                .map_err(|_| self.error(id, Some(name), "bad number"))?;
            list.push((n, self.format(id, Some(name), Some(args))?));
        }
        paragraphs.sort_by_key(|(n, _)| *n);
        items.sort_by_key(|(n, _)| *n);
        let strip = |v: Vec<(u32, String)>| v.into_iter().map(|(_, s)| s).collect();
        Ok((strip(paragraphs), strip(items)))
    }

    fn has_message(&self, id: &str) -> bool {
        self.locale.bundle.has_message(id)
    }

    fn error(&self, id: &str, attr: Option<&str>, detail: &str) -> Error {
        Error::Render {
            locale: self.locale.info.tag.clone(),
            id: match attr {
                Some(a) => format!("{id}.{a}"),
                None => id.to_owned(),
            },
            detail: detail.to_owned(),
        }
    }
}

/// The Fluent variables a code's texts may use.
pub(crate) fn code_args(facts: &CodeFacts) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    // A string, not a number: codes must never be formatted with digit grouping.
    args.set(
        "code",
        FluentValue::String(Cow::Owned(facts.code.to_string())),
    );
    args.set("region", kebab(&facts.region));
    args.set("imaging", if facts.imaging { "yes" } else { "no" });
    args
}

/// The serde name of a catalogue value (`catheter`, `upper`, `imaging-yes`): the same name the
/// data table uses and the `.ftl` selectors match on.
fn kebab<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn title(texts: &Texts, facts: &CodeFacts) -> Result<String, Error> {
    texts.format(&format!("code-{}-title", facts.code), None, None)
}

/// Builds the explanation of `facts` in the negotiated locale.
pub(crate) fn build(
    catalog: &Catalog,
    facts: &CodeFacts,
    locale: &Locale,
    negotiated: Negotiated,
) -> Result<Explanation, Error> {
    let texts = Texts::new(locale);
    let args = code_args(facts);
    let kind = kebab(&facts.technique);
    let sections = SECTION_IDS
        .iter()
        .map(|&id| {
            let specific = format!("{id}-{kind}");
            let source = if texts.has_message(&specific) {
                specific.as_str()
            } else {
                id
            };
            let (paragraphs, items) = texts.blocks(source, &args)?;
            Ok(Section {
                id,
                heading: texts.format(&format!("section-{id}"), None, Some(&args))?,
                paragraphs,
                items,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let related = facts
        .related
        .iter()
        .filter_map(|code| catalog.get(*code))
        .map(|other| {
            let difference = Catalog::difference(facts, other).ok_or_else(|| {
                Error::Data(format!("{} and {} are not related", facts.code, other.code))
            })?;
            let mut args = FluentArgs::new();
            args.set("difference", kebab(&difference));
            Ok(Related {
                code: other.code.to_string(),
                title: title(&texts, other)?,
                difference: texts.format("related-difference", None, Some(&args))?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let info = &locale.info;
    Ok(Explanation {
        code: facts.code.to_string(),
        code_system: "CPT",
        requested: negotiated.requested,
        locale: info.tag.clone(),
        fallback: negotiated.fallback,
        direction: info.direction,
        language_name: info.name.clone(),
        review_status: info.review,
        review_notice: texts.format(info.review.message_id(), None, None)?,
        title: title(&texts, facts)?,
        summary: texts.format(&format!("code-{}-summary", facts.code), None, Some(&args))?,
        sections,
        related,
        disclaimer: texts.format("disclaimer", None, None)?,
        labels: Labels {
            in_simple_words: texts.format("label-in-simple-words", None, None)?,
            related: texts.format("label-related", None, None)?,
            language: texts.format("label-language", None, None)?,
            code: texts.format("label-code", None, Some(&args))?,
            patient: texts.format("handout-patient", None, None)?,
            date: texts.format("handout-date", None, None)?,
            clinic: texts.format("handout-clinic", None, None)?,
            print: texts.format("page-print", None, None)?,
            handout_pdf: texts.format("page-handout-pdf", None, None)?,
            choose_language: texts.format("page-choose-language", None, None)?,
        },
    })
}
