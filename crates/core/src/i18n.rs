//! Locales: the table in `locales/locales.toml`, the Fluent bundles built from `locales/<tag>/*.ftl`,
//! the review records beside them (`locales/<tag>/reviews.toml`), and language negotiation.
//!
//! Everything is embedded in the binary and parsed once. No locale-specific logic lives here:
//! which tags a locale answers for is data in the table.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;
use unic_langid::subtags::Region;

use crate::error::{Error, shorten};
use crate::review::{REVIEWS_FILE, Record, parse_records};

static LOCALES_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// The source locale, and the one served when nothing else is asked for.
pub const SOURCE_LOCALE: &str = "en";

/// Writing direction of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left, as in Arabic.
    Rtl,
}

impl Direction {
    /// The lowercase name, `ltr` or `rtl`, as in the locale table and HTML's `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Where a script's lines may break. Data in the locale table, never a test on a language tag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineBreak {
    /// Where Unicode line breaking allows (UAX #14): at spaces, and between Chinese characters.
    #[default]
    Normal,
    /// Only at spaces, never inside a word (Korean; CSS `word-break: keep-all`).
    KeepAll,
}

/// One row of the locale table.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder name under `locales/`.
    pub tag: String,
    /// The language's name in its own script.
    pub name: String,
    /// Writing direction.
    pub direction: Direction,
    /// Where lines may break: between words only (`keep-all`, Korean) or wherever the script allows.
    #[serde(default)]
    pub line_break: LineBreak,
    /// The font family its script is set in, in print, when it needs one of its own (CJK).
    #[serde(default, skip_serializing)]
    pub font: Option<String>,
    /// The region whose typographic conventions the script follows in print (`CN` for Simplified
    /// Chinese).
    #[serde(default, skip_serializing)]
    pub print_region: Option<String>,
    /// Other language subtags this locale answers for.
    #[serde(default, skip_serializing)]
    pub aliases: Vec<String>,
    /// Tags this locale answers for as the nearest we have (a fallback).
    #[serde(default, skip_serializing)]
    pub nearest: Vec<String>,
    /// The ISO 639-3 code of the language, for language detection (tests); none where a detector
    /// would not know it.
    #[serde(default, skip_serializing)]
    pub iso639_3: Option<String>,
    /// Regions whose requests without a script this locale answers for, where two locales share a
    /// language (`TW` for Traditional Chinese).
    #[serde(default, skip_serializing)]
    pub regions: Vec<String>,
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
        let prefs = weighted_list(input)
            .into_iter()
            .filter(|&(_, q)| q > 0.0)
            .filter_map(|(item, _)| parse_preference(item))
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

/// The entries of a weighted list (`Accept-Language`, `Accept-Encoding`; RFC 9110, 12.4.2) with
/// their weights, best first, equal weights in the order given. `q=0` entries stay (they refuse
/// what they name). An entry whose weight is not a number from 0 to 1 with at most three decimals
/// (`q=NaN`, `q=inf`, `q=2`, `q=`) is dropped: the sort only ever sees finite numbers, so no input
/// can upset it.
pub fn weighted_list(input: &str) -> Vec<(&str, f32)> {
    let mut entries: Vec<(&str, f32)> = input
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let item = parts.next()?.trim();
            if item.is_empty() {
                return None;
            }
            let mut q = 1.0;
            for param in parts {
                let (name, value) = param.split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    q = parse_qvalue(value.trim())?;
                }
            }
            Some((item, q))
        })
        .collect();
    // Stable, and total on the finite weights left.
    entries.sort_by(|a, b| b.1.total_cmp(&a.1));
    entries
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, leniently: any digits.
fn parse_qvalue(value: &str) -> Option<f32> {
    if value.is_empty()
        || value.len() > 5
        || !value.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    {
        return None;
    }
    let q: f32 = value.parse().ok()?;
    (q.is_finite() && (0.0..=1.0).contains(&q)).then_some(q)
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

/// One of our locales, as an index into the table that only negotiation can make: a caller cannot
/// forge one that points at another locale or past the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocaleId(usize);

impl LocaleId {
    /// The source locale, always first in the table.
    pub const SOURCE: LocaleId = LocaleId(0);

    pub(crate) fn index(self) -> usize {
        self.0
    }

    pub(crate) fn from_index(index: usize) -> LocaleId {
        LocaleId(index)
    }
}

/// The outcome of negotiation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Negotiated {
    /// What was requested, as given (empty when nothing was).
    pub requested: String,
    /// The locale served.
    #[serde(skip)]
    pub id: LocaleId,
    /// The tag served.
    pub locale: String,
    /// True when the served locale is not the first choice: a later preference, the nearest
    /// we have (Simplified for Traditional Chinese), or the source locale for lack of any match.
    pub fallback: bool,
}

/// The texts as files, by path relative to the `locales/` folder: `locales.toml`, and for each locale
/// `<tag>/<name>.ftl` and `<tag>/reviews.toml`. The embedded ones, or a working tree's that the
/// caller read (this crate does no I/O).
#[derive(Clone, Debug, Default)]
pub struct LocaleFiles {
    files: BTreeMap<String, Cow<'static, str>>,
}

impl LocaleFiles {
    /// The files built into the binary.
    pub fn embedded() -> LocaleFiles {
        let mut files = BTreeMap::new();
        let mut dirs = vec![&LOCALES_DIR];
        while let Some(dir) = dirs.pop() {
            for file in dir.files() {
                if let Some(text) = file.contents_utf8() {
                    let path = file.path().to_string_lossy().replace('\\', "/");
                    files.insert(path, Cow::Borrowed(text));
                }
            }
            dirs.extend(dir.dirs());
        }
        LocaleFiles { files }
    }

    /// Adds or replaces the file at `path` (`es/codes.ftl`), relative to the locales folder.
    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.files.insert(path.into(), Cow::Owned(text.into()));
    }

    /// The text of the file at `path`, relative to the locales folder.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(|t| t.as_ref())
    }

    /// The `.ftl` files of locale `tag`, by file name, in name order.
    pub fn ftl_files<'a>(&'a self, tag: &str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        let prefix = format!("{tag}/");
        self.files.iter().filter_map(move |(path, text)| {
            let name = path.strip_prefix(prefix.as_str())?;
            (name.ends_with(".ftl") && !name.contains('/')).then_some((name, text.as_ref()))
        })
    }
}

/// One loaded locale: its table row, its bundle and its review records.
pub struct Locale {
    /// Its row of the locale table.
    pub info: LocaleInfo,
    pub(crate) bundle: FluentBundle<Arc<FluentResource>>,
    /// The parsed `.ftl` files, by file name, in name order (the bundle holds the same resources).
    pub(crate) resources: Vec<(String, Arc<FluentResource>)>,
    /// The sign-offs in `reviews.toml` (none when there is no such file).
    pub(crate) records: Vec<Record>,
    langid: LanguageIdentifier,
    /// `info.nearest`, parsed once.
    nearest: Vec<LanguageIdentifier>,
    /// `info.regions`, parsed once.
    regions: Vec<Region>,
}

/// All locales, loaded once.
pub struct Locales {
    locales: Vec<Locale>,
}

impl Locales {
    /// Parses the embedded table, `.ftl` files and review records.
    pub fn load() -> Result<Locales, Error> {
        Locales::from_files(&LocaleFiles::embedded())
    }

    /// Parses the table, every `.ftl` file and every `reviews.toml` of `files`. Any parse error is an
    /// error: `locales/` must be clean.
    pub fn from_files(files: &LocaleFiles) -> Result<Locales, Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Table {
            locale: Vec<LocaleInfo>,
        }
        let table_src = files
            .get("locales.toml")
            .ok_or_else(|| Error::Data("locales/locales.toml is missing".into()))?;
        let table: Table = toml::from_str(table_src)
            .map_err(|e| Error::Data(format!("locales/locales.toml: {e}")))?;
        let locales = table
            .locale
            .into_iter()
            .map(|info| load_locale(info, files))
            .collect::<Result<Vec<_>, _>>()?;
        if locales.first().map(|l| l.info.tag.as_str()) != Some(SOURCE_LOCALE) {
            return Err(Error::Data(format!(
                "the first locale must be {SOURCE_LOCALE}"
            )));
        }
        Ok(Locales { locales })
    }

    /// All locales, in table order (the source locale first).
    pub fn all(&self) -> &[Locale] {
        &self.locales
    }

    /// The locale `id` names.
    pub fn get(&self, id: LocaleId) -> &Locale {
        // A `LocaleId` is only ever made from an index into this table.
        &self.locales[id.0]
    }

    /// The id of the locale whose tag is `tag`, exactly.
    pub fn id_of(&self, tag: &str) -> Option<LocaleId> {
        self.locales
            .iter()
            .position(|l| l.info.tag == tag)
            .map(LocaleId)
    }

    /// The tags we have, for error messages.
    pub fn tag_list(&self) -> String {
        self.locales
            .iter()
            .map(|l| l.info.tag.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The locale whose tag is exactly `tag` (`es`, `zh-Hans`), as negotiation would pick it, without
    /// parsing anything: the common case of a portal that asks by our own tag.
    pub fn negotiate_exact(&self, tag: &str) -> Option<Negotiated> {
        let id = self.id_of(tag)?;
        Some(Negotiated {
            requested: tag.to_owned(),
            id,
            locale: self.get(id).info.tag.clone(),
            fallback: false,
        })
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
                id: LocaleId(index),
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
            id: LocaleId::SOURCE,
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
        let lang = requested.language.as_str();
        let same_language: Vec<&Locale> = self
            .locales
            .iter()
            .filter(|l| {
                l.langid.language.as_str() == lang || l.info.aliases.iter().any(|a| a == lang)
            })
            .collect();
        let (ours, mut nearest) = if same_language.is_empty() {
            // A language we lack, served by the nearest we have (Dari by Persian): a `nearest`
            // entry that names the language alone.
            let ours = self.locales.iter().find(|l| {
                l.nearest.iter().any(|n| {
                    n.language.as_str() == lang && n.script.is_none() && n.region.is_none()
                })
            })?;
            (ours, true)
        } else {
            // Of two locales of one language (zh-Hans, zh-Hant): the script asked for, else the one
            // whose table row lists the region asked for (zh-TW), else the first in the table.
            let by_script = same_language
                .iter()
                .find(|l| requested.script.is_some() && l.langid.script == requested.script);
            let by_region = same_language.iter().find(|l| {
                requested.script.is_none()
                    && requested.region.is_some_and(|r| l.regions.contains(&r))
            });
            (*by_script.or(by_region).or(same_language.first())?, false)
        };
        candidate.language = ours.langid.language;
        if nearest
            || ours.nearest.iter().any(|n| match (n.script, n.region) {
                (Some(s), _) => requested.script == Some(s),
                (None, Some(r)) => requested.region == Some(r) && requested.script.is_none(),
                (None, None) => false,
            })
        {
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

fn load_locale(info: LocaleInfo, files: &LocaleFiles) -> Result<Locale, Error> {
    let langid = LanguageIdentifier::from_str(&info.tag)
        .map_err(|e| Error::Data(format!("locale tag {:?}: {e}", info.tag)))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Isolation marks around inserted values help only where directions can mix: in right-to-left
    // text. Left-to-right texts insert left-to-right values (codes, titles); personal fields, whose
    // direction is unknown, are isolated by the handout code in every locale.
    bundle.set_use_isolating(info.direction == Direction::Rtl);
    let mut resources = Vec::new();
    for (name, source) in files.ftl_files(&info.tag) {
        let path = format!("{}/{name}", info.tag);
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| Error::Data(format!("locales/{path}: {errors:?}")))?;
        let resource = Arc::new(resource);
        bundle
            .add_resource(Arc::clone(&resource))
            .map_err(|errors| Error::Data(format!("locales/{path}: {errors:?}")))?;
        resources.push((name.to_owned(), resource));
    }
    if resources.is_empty() {
        return Err(Error::Data(format!(
            "locales/{} has no .ftl files",
            info.tag
        )));
    }
    let reviews = format!("{}/{REVIEWS_FILE}", info.tag);
    let records = match files.get(&reviews) {
        Some(text) => {
            parse_records(text).map_err(|e| Error::Data(format!("locales/{reviews}: {e}")))?
        }
        None => Vec::new(),
    };
    let nearest = info
        .nearest
        .iter()
        .map(|n| {
            LanguageIdentifier::from_str(n)
                .map_err(|e| Error::Data(format!("nearest tag {n:?}: {e}")))
        })
        .collect::<Result<_, _>>()?;
    let regions = info
        .regions
        .iter()
        .map(|r| Region::from_str(r).map_err(|e| Error::Data(format!("region {r:?}: {e}"))))
        .collect::<Result<_, _>>()?;
    Ok(Locale {
        info,
        bundle,
        resources,
        records,
        langid,
        nearest,
        regions,
    })
}

/// Removes Unicode bidi isolation and embedding controls, for terminals and fonts that would draw them.
pub fn strip_bidi(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_that_are_not_numbers_are_dropped_before_sorting() {
        let long = "en;q=NaN,".repeat(50) + "fr;q=inf,de;q=-1,it;q=2,pt;q=,es;q=0.5,ru;q=0";
        let list = weighted_list(&long);
        assert_eq!(list, [("es", 0.5), ("ru", 0.0)]);
        assert_eq!(
            weighted_list("a, b;q=0.9, c;q=1.000, d;q=0.900"),
            [("a", 1.0), ("c", 1.0), ("b", 0.9), ("d", 0.9)]
        );
        let request = LanguageRequest::parse(&long);
        assert_eq!(request.prefs.len(), 1, "only es is wanted");
    }
}
