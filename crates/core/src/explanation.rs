//! `Explanation`: one code explained in one locale, the value every output format renders.
//!
//! Its JSON form is the portal's published contract.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::catalog::{Catalog, CodeFacts};
use crate::code::ProcedureCode;
use crate::error::Error;
use crate::handout::HANDOUT_MESSAGES;
use crate::i18n::{Direction, LineBreak, Locale};
use crate::review::{Review, ReviewCounts, ReviewStatus};

/// A part of an explanation. The serialised names are a stable part of the JSON contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionId {
    /// Common reasons people get this.
    Why,
    /// The steps of the procedure.
    WhatHappens,
    /// Which medicines may be given.
    Medicines,
    /// One shot, or a tube that stays in.
    HowGiven,
    /// Whether imaging guides the needle.
    Imaging,
    /// The signs that need emergency help.
    Emergency,
    /// The signs to call the care team about.
    WhenToCall,
    /// What the code means on a bill.
    Billing,
    /// Questions to ask the care team.
    Questions,
}

impl SectionId {
    /// Every section, in the order shown.
    pub const ALL: [SectionId; 9] = [
        SectionId::Why,
        SectionId::WhatHappens,
        SectionId::Medicines,
        SectionId::HowGiven,
        SectionId::Imaging,
        SectionId::Emergency,
        SectionId::WhenToCall,
        SectionId::Billing,
        SectionId::Questions,
    ];

    /// The id as it appears in JSON and in message ids (`section-what-happens`).
    pub fn as_str(self) -> &'static str {
        match self {
            SectionId::Why => "why",
            SectionId::WhatHappens => "what-happens",
            SectionId::Medicines => "medicines",
            SectionId::HowGiven => "how-given",
            SectionId::Imaging => "imaging",
            SectionId::Emergency => "emergency",
            SectionId::WhenToCall => "when-to-call",
            SectionId::Billing => "billing",
            SectionId::Questions => "questions",
        }
    }

    /// True when the items are steps in order, to be numbered.
    pub fn numbered(self) -> bool {
        self == SectionId::WhatHappens
    }

    /// How strongly renderers set the section apart.
    pub fn emphasis(self) -> Emphasis {
        match self {
            SectionId::Emergency => Emphasis::Emergency,
            SectionId::WhenToCall => Emphasis::Warning,
            _ => Emphasis::None,
        }
    }
}

impl std::fmt::Display for SectionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How strongly a section is set apart from the rest of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Emphasis {
    /// An ordinary section.
    None,
    /// Signs to call the care team about: a box that stands out.
    Warning,
    /// Signs that need emergency help: the most visible block on the page.
    Emergency,
}

/// An explanation as served for one request: the shared [`Explanation`] and what the request asked.
///
/// It dereferences to the explanation, and serialises as one JSON object, the portal's contract.
#[derive(Clone, Debug, Serialize)]
pub struct Explained {
    /// The language preference as it was given (empty when none was).
    pub requested: String,
    /// True when the served locale is not the first one asked for.
    pub fallback: bool,
    /// The explanation, rendered once per code and locale and shared.
    #[serde(flatten)]
    pub explanation: Arc<Explanation>,
}

impl Deref for Explained {
    type Target = Explanation;

    fn deref(&self) -> &Explanation {
        &self.explanation
    }
}

/// A code explained in plain words, in one language.
#[derive(Clone, Debug, Serialize)]
pub struct Explanation {
    /// The code explained.
    pub code: ProcedureCode,
    /// Always "CPT".
    pub code_system: &'static str,
    /// The locale served.
    pub locale: String,
    /// The served language's writing direction.
    pub direction: Direction,
    /// Where the served language's lines may break.
    pub line_break: LineBreak,
    /// The served language's name in its own script.
    pub language_name: String,
    /// Whether qualified reviewers have checked the texts this explanation shows: worked out from
    /// the sign-offs recorded in `locales/<tag>/reviews.toml`, never typed by hand.
    pub review_status: ReviewStatus,
    /// How many of the units of text it shows are reviewed, of how many.
    pub review: ReviewCounts,
    /// The review status in words, in the served language.
    pub review_notice: String,
    /// The code's plain-language title.
    pub title: String,
    /// "In simple words": two or three short sentences.
    pub summary: String,
    /// The parts of the explanation, in reading order.
    pub sections: Vec<Section>,
    /// Close relatives of the code, each with how it differs.
    pub related: Vec<Related>,
    /// The closing note that this explains a billing code and is not medical advice.
    pub disclaimer: String,
    /// Fixed labels in the served language, for renderers.
    pub labels: Labels,
}

/// One part of an explanation: paragraphs first, then a list.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// Which part this is.
    pub id: SectionId,
    /// True when the items are steps in order, to be numbered.
    pub numbered: bool,
    /// How strongly renderers set the section apart.
    pub emphasis: Emphasis,
    /// The heading.
    pub heading: String,
    /// Paragraphs, shown before the list.
    pub paragraphs: Vec<String>,
    /// List items.
    pub items: Vec<String>,
    /// Paragraphs shown after the list.
    pub notes: Vec<String>,
}

/// A close relative of the code and how it differs.
#[derive(Clone, Debug, Serialize)]
pub struct Related {
    /// The related code.
    pub code: ProcedureCode,
    /// Its title.
    pub title: String,
    /// The code and its title as one line ("62321: One shot …"), in the language's own punctuation.
    pub label: String,
    /// How it differs from the code explained.
    pub difference: String,
}

/// Labels around the explanation, in the served language.
#[derive(Clone, Debug, Serialize)]
pub struct Labels {
    /// Heading of the summary.
    pub in_simple_words: String,
    /// Heading of the related codes.
    pub related: String,
    /// "Language: English", with the language's own name.
    pub language_line: String,
    /// "Code 62324", in the served language.
    pub code: String,
    /// "Code 62324: title", for a page or document title.
    pub document_title: String,
    /// A link or button that prints.
    pub print: String,
    /// A link to the PDF handout.
    pub handout_pdf: String,
    /// The label of the language switcher.
    pub choose_language: String,
}

/// Where on an explanation, its page or its handout a unit of text shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// The code's title.
    Title,
    /// "In simple words".
    Summary,
    /// A section: its heading or its text.
    Section(SectionId),
    /// The list of similar codes.
    Related,
    /// Labels and the closing note.
    Labels,
    /// The review notice.
    Notice,
    /// The lines a printed handout adds (personal fields, the clinic's phone number).
    Handout,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Title => f.write_str("title"),
            Place::Summary => f.write_str("summary"),
            Place::Section(id) => write!(f, "section {id}"),
            Place::Related => f.write_str("similar codes"),
            Place::Labels => f.write_str("labels"),
            Place::Notice => f.write_str("review notice"),
            Place::Handout => f.write_str("handout lines"),
        }
    }
}

/// The review notice in each of its three forms: shown with every explanation, and which one shows
/// depends on the count, so all three count (as do the lines a handout adds, `HANDOUT_MESSAGES`).
const ALWAYS_SHOWN: [&str; 3] = [
    "review-status-draft",
    "review-status-partly",
    "review-status-reviewed",
];

/// Renders texts from one locale's bundle, failing on any Fluent error, and notes each unit it
/// formats and where it shows.
pub(crate) struct Texts<'a> {
    locale: &'a Locale,
    place: Cell<Place>,
    used: RefCell<Vec<(String, Place)>>,
}

impl<'a> Texts<'a> {
    pub(crate) fn new(locale: &'a Locale) -> Texts<'a> {
        Texts {
            locale,
            place: Cell::new(Place::Labels),
            used: RefCell::new(Vec::new()),
        }
    }

    /// Where the texts formatted from now on show.
    fn at(&self, place: Place) {
        self.place.set(place);
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
        self.used.borrow_mut().push((
            match attr {
                Some(a) => format!("{id}.{a}"),
                None => id.to_owned(),
            },
            self.place.get(),
        ));
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

    /// Formats a section message's `p-N`, `item-N` and `note-N` attributes, each group in number order.
    fn blocks(&self, id: &str, args: &FluentArgs) -> Result<Blocks, Error> {
        let msg = self
            .locale
            .bundle
            .get_message(id)
            .ok_or_else(|| self.error(id, None, "missing message"))?;
        let mut groups: [Vec<(u32, String)>; 3] = Default::default();
        for attr in msg.attributes() {
            let name = attr.id();
            let (group, n) = if let Some(n) = name.strip_prefix("p-") {
                (0, n)
            } else if let Some(n) = name.strip_prefix("item-") {
                (1, n)
            } else if let Some(n) = name.strip_prefix("note-") {
                (2, n)
            } else {
                return Err(self.error(id, Some(name), "attribute is not p-N, item-N or note-N"));
            };
            let n: u32 = n
                .parse()
                .map_err(|_| self.error(id, Some(name), "bad number"))?;
            groups[group].push((n, self.format(id, Some(name), Some(args))?));
        }
        let [paragraphs, items, notes] = groups.map(|mut group| {
            group.sort_by_key(|(n, _)| *n);
            group.into_iter().map(|(_, s)| s).collect()
        });
        Ok(Blocks {
            paragraphs,
            items,
            notes,
        })
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

/// The text of one section message.
struct Blocks {
    paragraphs: Vec<String>,
    items: Vec<String>,
    notes: Vec<String>,
}

/// A string Fluent variable. Codes are always strings: never formatted with digit grouping.
fn string_arg(value: impl ToString) -> FluentValue<'static> {
    FluentValue::String(Cow::Owned(value.to_string()))
}

/// The Fluent variables a code's texts may use.
pub(crate) fn code_args(facts: &CodeFacts) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("code", string_arg(facts.code));
    args.set("region", kebab(&facts.region));
    args.set("imaging", if facts.imaging { "yes" } else { "no" });
    args
}

/// The serde name of a catalogue value (`catheter`, `upper`, `imaging-yes`): the same name the
/// data table uses and the `.ftl` selectors match on.
pub(crate) fn kebab<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn title(texts: &Texts, facts: &CodeFacts) -> Result<String, Error> {
    texts.format(&format!("code-{}-title", facts.code), None, None)
}

/// An explanation and the units of text it shows, each with where it shows (the terms and messages
/// those units use not included).
pub(crate) struct Built {
    pub(crate) explanation: Explanation,
    pub(crate) units: Vec<(String, Place)>,
    /// The same units with the ones they use, as indices into the locale's `Review`.
    pub(crate) shown: Vec<usize>,
}

/// Builds the explanation of `facts` in the negotiated locale; `review` is that locale's.
pub(crate) fn build(
    catalog: &Catalog,
    facts: &CodeFacts,
    locale: &Locale,
    review: &Review,
) -> Result<Built, Error> {
    let texts = Texts::new(locale);
    let args = code_args(facts);
    let kind = kebab(&facts.technique);
    let sections = SectionId::ALL
        .iter()
        .map(|&id| {
            texts.at(Place::Section(id));
            let name = id.as_str();
            let specific = format!("{name}-{kind}");
            let source = if texts.has_message(&specific) {
                specific.as_str()
            } else {
                name
            };
            let blocks = texts.blocks(source, &args)?;
            Ok(Section {
                id,
                numbered: id.numbered(),
                emphasis: id.emphasis(),
                heading: texts.format(&format!("section-{name}"), None, Some(&args))?,
                paragraphs: blocks.paragraphs,
                items: blocks.items,
                notes: blocks.notes,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    texts.at(Place::Related);
    let related = facts
        .related
        .iter()
        .filter_map(|code| catalog.get(*code))
        .map(|other| {
            let difference = Catalog::difference(facts, other).ok_or_else(|| {
                Error::Data(format!("{} and {} are not related", facts.code, other.code))
            })?;
            let title = title(&texts, other)?;
            let mut args = FluentArgs::new();
            args.set("difference", kebab(&difference));
            args.set("code", string_arg(facts.code));
            args.set("other", string_arg(other.code));
            let difference = texts.format("related-difference", None, Some(&args))?;
            args.set("title", title.clone());
            Ok(Related {
                code: other.code,
                label: texts.format("related-label", None, Some(&args))?,
                title,
                difference,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let info = &locale.info;
    texts.at(Place::Title);
    let title = title(&texts, facts)?;
    texts.at(Place::Summary);
    let summary = texts.format(&format!("code-{}-summary", facts.code), None, Some(&args))?;
    texts.at(Place::Labels);
    let mut label_args = FluentArgs::new();
    label_args.set("name", info.name.clone());
    label_args.set("code", string_arg(facts.code));
    label_args.set("title", title.clone());
    let disclaimer = texts.format("disclaimer", None, None)?;
    let labels = Labels {
        in_simple_words: texts.format("label-in-simple-words", None, None)?,
        related: texts.format("label-related", None, None)?,
        language_line: texts.format("language-line", None, Some(&label_args))?,
        code: texts.format("label-code", None, Some(&args))?,
        document_title: texts.format("document-title", None, Some(&label_args))?,
        print: texts.format("page-print", None, None)?,
        handout_pdf: texts.format("page-handout-pdf", None, None)?,
        choose_language: texts.format("page-choose-language", None, None)?,
    };
    // What the explanation shows, and the notice that says how much of it is reviewed.
    let mut units = texts.used.take();
    units.extend(
        ALWAYS_SHOWN
            .iter()
            .map(|id| (id.to_string(), Place::Notice)),
    );
    units.extend(
        HANDOUT_MESSAGES
            .iter()
            .map(|id| (id.to_string(), Place::Handout)),
    );
    let shown = review.with_dependencies(units.iter().map(|(id, _)| id.as_str()));
    let counts = review.count(&shown);
    let status = counts.status();
    let mut notice_args = FluentArgs::new();
    notice_args.set("reviewed", counts.reviewed);
    notice_args.set("total", counts.total);
    let review_notice = texts.format(status.message_id(), None, Some(&notice_args))?;
    Ok(Built {
        explanation: Explanation {
            code: facts.code,
            code_system: "CPT",
            locale: info.tag.clone(),
            direction: info.direction,
            line_break: info.line_break,
            language_name: info.name.clone(),
            review_status: status,
            review: counts,
            review_notice,
            title,
            summary,
            sections,
            related,
            disclaimer,
            labels,
        },
        units,
        shown,
    })
}
