//! Locales: the table in `locales/locales.toml`, the Fluent bundles built from `locales/<tag>/*.ftl`,
//! and language negotiation.
//!
//! Everything is embedded in the binary and parsed once. No locale-specific logic lives here:
//! which tags a locale answers for is data in the table.

use std::str::FromStr;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, shorten};

static LOCALES_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The source locale, and the one served when nothing else is asked for.
pub const SOURCE_LOCALE: &str = "en";

/// Writing direction of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Whether a qualified medical translator has reviewed a locale's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Draft,
    Reviewed,
}

impl ReviewStatus {
    /// The id of the message that tells a reader this status.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "review-status-draft",
            ReviewStatus::Reviewed => "review-status-reviewed",
        }
    }
}

/// One row of the locale table.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder name under `locales/`.
    pub tag: String,
    /// The language's name in its own script.
    pub name: String,
    pub direction: Direction,
    #[serde(rename(serialize = "review_status"), alias = "review")]
    pub review: ReviewStatus,
    /// Other language subtags this locale answers for.
    #[serde(default, skip_serializing)]
    pub aliases: Vec<String>,
    /// Tags this locale answers for as the nearest we have (a fallback).
    #[serde(default, skip_serializing)]
    pub nearest: Vec<String>,
}

/// A parsed preference list: a BCP 47 tag, an Accept-Language value or a POSIX locale name.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageRequest {
    raw: String,
    prefs: Vec<Preference>,
}

#[derive(Clone, Debug, PartialEq)]
enum Preference {
    Tag(LanguageIdentifier),
    Any,
}

impl LanguageRequest {
    /// Parses `es`, `es-MX`, `pt-BR,es;q=0.8,*;q=0.1`, `es_MX.UTF-8` or `fr_CA`.
    ///
    /// Entries are ordered by their q-weight (stable for equal weights); `q=0` entries and
    /// entries that are not language tags are dropped.
    pub fn parse(input: &str) -> LanguageRequest {
        let prefs = accept_language::parse_with_quality(input)
            .into_iter()
            .filter(|(_, q)| *q > 0.0)
            .filter_map(|(item, _)| parse_preference(&item))
            .collect();
        LanguageRequest {
            raw: input.trim().to_owned(),
            prefs,
        }
    }

    /// The request the POSIX environment makes: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`.
    pub fn from_env() -> Option<LanguageRequest> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|v| !v.trim().is_empty())
            .map(|v| LanguageRequest::parse(&v))
    }

    /// No preference at all: the source locale is served.
    pub fn none() -> LanguageRequest {
        LanguageRequest {
            raw: String::new(),
            prefs: Vec::new(),
        }
    }

    /// What was asked for, as given.
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

fn parse_preference(item: &str) -> Option<Preference> {
    if item == "*" {
        return Some(Preference::Any);
    }
    // POSIX: language[_territory][.codeset][@modifier]
    let tag = item
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
        return None;
    }
    let id = LanguageIdentifier::from_str(&tag).ok()?;
    (!id.language.is_empty()).then_some(Preference::Tag(id))
}

/// The outcome of negotiation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Negotiated {
    /// What was requested, as given (empty when nothing was).
    pub requested: String,
    /// Index into the locale table.
    #[serde(skip)]
    pub index: usize,
    /// The tag served.
    pub locale: String,
    /// True when the served locale is not the first choice: a later preference, the nearest
    /// we have (Simplified for Traditional Chinese), or the source locale for lack of any match.
    pub fallback: bool,
}

/// One loaded locale: its table row and its bundle.
pub struct Locale {
    pub info: LocaleInfo,
    pub(crate) bundle: FluentBundle<FluentResource>,
    langid: LanguageIdentifier,
    /// `info.nearest`, parsed once.
    nearest: Vec<LanguageIdentifier>,
}

/// All locales, loaded once.
pub struct Locales {
    locales: Vec<Locale>,
}

impl Locales {
    /// Parses the table and every `.ftl` file. Any parse error is an error: `locales/` must be clean.
    pub fn load() -> Result<Locales, Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Table {
            locale: Vec<LocaleInfo>,
        }
        let table_src = LOCALES_DIR
            .get_file("locales.toml")
            .and_then(|f| f.contents_utf8())
            .ok_or_else(|| Error::Data("locales/locales.toml is missing".into()))?;
        let table: Table = toml::from_str(table_src)
            .map_err(|e| Error::Data(format!("locales/locales.toml: {e}")))?;
        let locales = table
            .locale
            .into_iter()
            .map(load_locale)
            .collect::<Result<Vec<_>, _>>()?;
        if locales.first().map(|l| l.info.tag.as_str()) != Some(SOURCE_LOCALE) {
            return Err(Error::Data(format!(
                "the first locale must be {SOURCE_LOCALE}"
            )));
        }
        Ok(Locales { locales })
    }

    pub fn all(&self) -> &[Locale] {
        &self.locales
    }

    pub fn get(&self, index: usize) -> &Locale {
        &self.locales[index]
    }

    /// The tags we have, for error messages.
    pub fn tag_list(&self) -> String {
        self.locales
            .iter()
            .map(|l| l.info.tag.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Picks the locale for a request. `None` when no preference matches any locale.
    pub fn negotiate(&self, request: &LanguageRequest) -> Option<Negotiated> {
        let available: Vec<&LanguageIdentifier> = self.locales.iter().map(|l| &l.langid).collect();
        for (rank, pref) in request.prefs.iter().enumerate() {
            let (index, nearest) = match pref {
                Preference::Any => (0, false),
                Preference::Tag(id) => match self.match_tag(id, &available) {
                    Some(found) => found,
                    None => continue,
                },
            };
            return Some(Negotiated {
                requested: request.raw.clone(),
                index,
                locale: self.locales[index].info.tag.clone(),
                fallback: rank > 0 || nearest,
            });
        }
        None
    }

    /// Like [`Locales::negotiate`], but falls back to the source locale.
    pub fn negotiate_or_default(&self, request: &LanguageRequest) -> Negotiated {
        self.negotiate(request).unwrap_or_else(|| Negotiated {
            requested: request.raw.clone(),
            index: 0,
            locale: SOURCE_LOCALE.to_owned(),
            fallback: !request.prefs.is_empty(),
        })
    }

    /// Like [`Locales::negotiate`], but a request that matches nothing is an error.
    pub fn negotiate_strict(&self, request: &LanguageRequest) -> Result<Negotiated, Error> {
        self.negotiate(request)
            .ok_or_else(|| Error::NoSuchLanguage {
                requested: shorten(&request.raw),
                available: self.tag_list(),
            })
    }

    /// Maps one requested tag onto a locale. The table's aliases rewrite the language (`fil` to `tl`), its
    /// nearest tags rewrite a script we lack (`zh-TW` to `zh-Hans`, a fallback), a request without a script
    /// takes ours; then fluent-langneg's filtering does the BCP 47 range matching (`es-419` finds `es`).
    fn match_tag(
        &self,
        requested: &LanguageIdentifier,
        available: &[&LanguageIdentifier],
    ) -> Option<(usize, bool)> {
        let mut candidate = requested.clone();
        let mut nearest = false;
        let lang = requested.language.as_str();
        let ours = self.locales.iter().find(|l| {
            l.langid.language.as_str() == lang || l.info.aliases.iter().any(|a| a == lang)
        })?;
        candidate.language = ours.langid.language;
        if ours.nearest.iter().any(|n| match (n.script, n.region) {
            (Some(s), _) => requested.script == Some(s),
            (None, Some(r)) => requested.region == Some(r) && requested.script.is_none(),
            (None, None) => false,
        }) {
            nearest = true;
            candidate.script = ours.langid.script;
            candidate.region = None;
        } else if candidate.script.is_none() {
            candidate.script = ours.langid.script;
        }
        let matched = negotiate_languages(
            &[candidate],
            available,
            None,
            NegotiationStrategy::Filtering,
        );
        let found = *matched.first()?;
        let index = available.iter().position(|a| a == found)?;
        Some((index, nearest))
    }
}

fn load_locale(info: LocaleInfo) -> Result<Locale, Error> {
    let langid = LanguageIdentifier::from_str(&info.tag)
        .map_err(|e| Error::Data(format!("locale tag {:?}: {e}", info.tag)))?;
    let dir = LOCALES_DIR
        .get_dir(&info.tag)
        .ok_or_else(|| Error::Data(format!("locales/{} is missing", info.tag)))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    let mut files: Vec<_> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort_by_key(|f| f.path());
    if files.is_empty() {
        return Err(Error::Data(format!(
            "locales/{} has no .ftl files",
            info.tag
        )));
    }
    for file in files {
        let path = file.path().display().to_string();
        let source = file
            .contents_utf8()
            .ok_or_else(|| Error::Data(format!("locales/{path} is not UTF-8")))?;
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| Error::Data(format!("locales/{path}: {errors:?}")))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| Error::Data(format!("locales/{path}: {errors:?}")))?;
    }
    let nearest = info
        .nearest
        .iter()
        .map(|n| {
            LanguageIdentifier::from_str(n)
                .map_err(|e| Error::Data(format!("nearest tag {n:?}: {e}")))
        })
        .collect::<Result<_, _>>()?;
    Ok(Locale {
        info,
        bundle,
        langid,
        nearest,
    })
}

/// Removes Unicode bidi isolation and embedding controls, for terminals and fonts that would draw them.
pub fn strip_bidi(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}'))
        .collect()
}
