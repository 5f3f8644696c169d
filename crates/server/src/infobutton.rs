//! The HL7 Infobutton URL-based knowledge request, answered as an Atom feed (HL7 Knowledge Response)
//! in XML, or as the same feed in the JSON shape MedlinePlus Connect uses (text under `_value`).

use std::sync::Arc;

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use serde_json::json;

use super::cache;
use super::{AppError, AppState};
use cpt_explain_core::error::shorten;
use cpt_explain_core::{Explained, LanguageRequest, ProcedureCode};

/// CPT-4's code system OID.
pub const CPT_OID: &str = "2.16.840.1.113883.6.12";
/// HCPCS, whose Level I is CPT: a five-digit code sent under it is read as CPT.
pub const HCPCS_OID: &str = "2.16.840.1.113883.6.14";
/// Code systems we know but hold nothing for: a request in them gets an empty feed.
const OTHER_KNOWN_OIDS: &[&str] = &[
    "2.16.840.1.113883.6.285",
    "2.16.840.1.113883.6.90",
    "2.16.840.1.113883.6.96",
];
/// When the texts were last released; feeds and entries carry it as `updated`.
const UPDATED: &str = concat!("2026-11-26", "T00:00:00Z");
/// The most `mainSearchCriteria` one request may carry.
pub const MAX_CRITERIA: usize = 20;
/// Parameters about the whole request, echoed back as feed categories, in this order.
const ECHOED: &[&str] = &[
    "taskContext.c.c",
    "informationRecipient",
    "informationRecipient.languageCode.c",
];
/// The parts of one search criterion, echoed back with the criterion's own suffix.
const CRITERION_PARTS: &[&str] = &["c", "cs", "dn", "ot"];

enum Format {
    Xml,
    Json,
    Jsonp(String),
}

struct Feed {
    lang: String,
    subtitle: String,
    categories: Vec<(String, String)>,
    entries: Vec<Entry>,
}

struct Entry {
    lang: String,
    title: String,
    id: String,
    summary_html: String,
    links: Vec<Link>,
    categories: Vec<(String, String)>,
}

struct Link {
    href: String,
    rel: &'static str,
    kind: &'static str,
    hreflang: String,
    title: String,
}

/// The request's parameters in the order given; the first of a repeated name counts.
struct Params(Vec<(String, String)>);

impl Params {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One `mainSearchCriteria`: the guide's numbered instances (`.c`, `.c1`, `.c2`, ...).
struct Criterion {
    suffix: String,
    code: String,
    system: String,
}

/// `GET /infobutton?...`.
pub(super) async fn get(
    state: State<Arc<AppState>>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Query(params) = query?;
    answer(state, Params(params), headers)
}

/// `POST /infobutton` with the same parameters as a form (the guide's Rules #6 and #7): EHRs switch
/// to POST when many criteria make the URL long.
pub(super) async fn post(
    state: State<Arc<AppState>>,
    headers: HeaderMap,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Result<Response, AppError> {
    let Form(params) = form.map_err(|err| {
        AppError::new(
            err.status(),
            "bad_form",
            format!("the form is not valid: {}", err.body_text()),
        )
    })?;
    answer(state, Params(params), headers)
}

fn answer(
    State(state): State<Arc<AppState>>,
    params: Params,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let format = match params.get("knowledgeResponseType") {
        None | Some("text/xml") => Format::Xml,
        Some("application/json") => Format::Json,
        Some("application/javascript") => {
            let callback = params.get("callback").unwrap_or("");
            if !is_identifier(callback) {
                return Err(AppError::bad_request(
                    "bad_callback",
                    "application/javascript needs a callback that is a plain identifier (letters, digits, _; at most 64)",
                ));
            }
            Format::Jsonp(callback.to_owned())
        }
        Some(other) => {
            return Err(AppError::bad_request(
                "bad_response_type",
                format!(
                    "unknown knowledgeResponseType {:?}: use text/xml, application/json or application/javascript",
                    shorten(other)
                ),
            ));
        }
    };
    let criteria = criteria(&params)?;
    // ISO 639-1; some clients send "sp" for Spanish.
    let lang = match params
        .get("informationRecipient.languageCode.c")
        .map(str::trim)
    {
        Some(l) if l.eq_ignore_ascii_case("sp") => "es",
        Some(l) => l,
        None => "",
    };
    let locales = state.explainer.locales();
    let negotiated = locales.negotiate_or_default(&LanguageRequest::parse(lang));
    let mut categories: Vec<(String, String)> = Vec::new();
    for criterion in &criteria {
        for part in CRITERION_PARTS {
            let name = format!("mainSearchCriteria.v.{part}{}", criterion.suffix);
            if let Some(value) = params.get(&name) {
                categories.push((name, value.to_owned()));
            }
        }
    }
    categories.extend(
        ECHOED
            .iter()
            .filter_map(|k| params.get(k).map(|v| ((*k).to_owned(), v.to_owned()))),
    );

    let mut entries = Vec::new();
    let mut titles = Vec::new();
    for criterion in &criteria {
        let Some(code) = as_cpt(criterion) else {
            continue;
        };
        // A code we do not have is left out, as MedlinePlus Connect does.
        let Ok(e) = state.explainer.explain_code(code, negotiated.clone()) else {
            continue;
        };
        titles.push(e.labels.document_title.clone());
        entries.push(entry(&state, &e, criterion, &categories)?);
    }
    let subtitle = match titles.len() {
        1 => titles.remove(0),
        _ => format!("CPT {}", shorten(&criteria[0].code)),
    };
    let feed = Feed {
        lang: negotiated.locale.clone(),
        subtitle,
        categories,
        entries,
    };
    let (body, content_type) = match format {
        Format::Xml => (
            to_xml(&feed).map_err(AppError::internal)?,
            "text/xml; charset=utf-8",
        ),
        Format::Json => (
            to_json(&feed).to_string().into_bytes(),
            "application/json; charset=utf-8",
        ),
        Format::Jsonp(callback) => (
            format!("{callback}({});", to_json(&feed)).into_bytes(),
            "application/javascript; charset=utf-8",
        ),
    };
    Ok(cache::Entry::new(body, content_type)
        .in_language(&feed.lang)
        .respond(&headers))
}

/// The search criteria, numbered as the HL7 URL implementation guide's Rule #3 says: the first
/// unsuffixed, then `1`, `2`, ... up to [`MAX_CRITERIA`] in all.
fn criteria(params: &Params) -> Result<Vec<Criterion>, AppError> {
    let mut criteria = Vec::new();
    for n in 0..=MAX_CRITERIA {
        let suffix = if n == 0 { String::new() } else { n.to_string() };
        let Some(code) = params
            .get(&format!("mainSearchCriteria.v.c{suffix}"))
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            break;
        };
        if n == MAX_CRITERIA {
            return Err(AppError::bad_request(
                "too_many_criteria",
                format!("at most {MAX_CRITERIA} mainSearchCriteria per request"),
            ));
        }
        let system = params
            .get(&format!("mainSearchCriteria.v.cs{suffix}"))
            .map(str::trim)
            .unwrap_or(CPT_OID);
        if system != CPT_OID && system != HCPCS_OID && !OTHER_KNOWN_OIDS.contains(&system) {
            return Err(AppError::bad_request(
                "unknown_code_system",
                format!(
                    "unknown code system {:?}: CPT is {CPT_OID}",
                    shorten(system)
                ),
            ));
        }
        criteria.push(Criterion {
            suffix,
            code: code.to_owned(),
            system: system.to_owned(),
        });
    }
    if criteria.is_empty() {
        return Err(AppError::bad_request(
            "missing_code",
            "mainSearchCriteria.v.c (the code) is required",
        ));
    }
    Ok(criteria)
}

/// The CPT code a criterion names: under CPT's OID, or a five-digit code under HCPCS's (Level I).
fn as_cpt(criterion: &Criterion) -> Option<ProcedureCode> {
    let code = criterion.code.as_str();
    let five_digits = code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit());
    match criterion.system.as_str() {
        CPT_OID | HCPCS_OID if five_digits => ProcedureCode::parse(code).ok(),
        _ => None,
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s.len() <= 64
}

fn entry(
    state: &AppState,
    e: &Explained,
    criterion: &Criterion,
    categories: &[(String, String)],
) -> Result<Entry, AppError> {
    let summary_html = cpt_explain_html::infobutton_summary(e)?;
    let locales = state.explainer.locales();
    let base = &state.public_url;
    // The served language first: clients show the first link, as MedlinePlus Connect answers
    // have one link an entry. Then every other language, then the handouts.
    let mut infos: Vec<_> = locales.all().iter().map(|l| &l.info).collect();
    infos.sort_by_key(|info| info.tag != e.locale);
    let mut links = Vec::new();
    for info in infos {
        // Each language's title, from the explanations kept once rendered.
        let Some(other) = locales.negotiate_exact(&info.tag) else {
            continue;
        };
        let title = state.explainer.explain_code(e.code, other)?.title.clone();
        links.push(Link {
            href: format!("{base}/explain/{}?lang={}", e.code, info.tag),
            rel: "alternate",
            kind: "text/html",
            hreflang: info.tag.clone(),
            title,
        });
    }
    links.push(Link {
        href: format!(
            "{base}/v1/explanations/{}/handout.html?lang={}",
            e.code, e.locale
        ),
        rel: "related",
        kind: "text/html",
        hreflang: e.locale.clone(),
        title: e.labels.print.clone(),
    });
    links.push(Link {
        href: format!(
            "{base}/v1/explanations/{}/handout.pdf?lang={}",
            e.code, e.locale
        ),
        rel: "related",
        kind: "application/pdf",
        hreflang: e.locale.clone(),
        title: e.labels.handout_pdf.clone(),
    });
    let mut entry_categories = vec![
        ("mainSearchCriteria.v.c".to_owned(), e.code.to_string()),
        // The code system as the client sent it (CPT's, or HCPCS's for a Level I code).
        (
            "mainSearchCriteria.v.cs".to_owned(),
            criterion.system.clone(),
        ),
        ("mainSearchCriteria.v.dn".to_owned(), e.title.clone()),
    ];
    entry_categories.extend(
        categories
            .iter()
            .filter(|(k, _)| k == "informationRecipient")
            .cloned(),
    );
    Ok(Entry {
        lang: e.locale.clone(),
        title: e.title.clone(),
        id: format!("urn:cpt-explain:cpt:{}:{}", e.code, e.locale),
        summary_html,
        links,
        categories: entry_categories,
    })
}

type XmlResult = Result<(), quick_xml::Error>;

fn to_xml(feed: &Feed) -> Result<Vec<u8>, quick_xml::Error> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("feed");
    root.push_attribute(("xmlns", "http://www.w3.org/2005/Atom"));
    root.push_attribute(("xml:lang", feed.lang.as_str()));
    w.write_event(Event::Start(root))?;
    text(&mut w, "title", "text", "cpt-explain")?;
    text(&mut w, "subtitle", "text", &feed.subtitle)?;
    w.write_event(Event::Start(BytesStart::new("author")))?;
    simple(&mut w, "name", "cpt-explain")?;
    w.write_event(Event::End(BytesEnd::new("author")))?;
    simple(&mut w, "updated", UPDATED)?;
    categories(&mut w, &feed.categories)?;
    simple(&mut w, "id", "urn:cpt-explain:infobutton")?;
    for e in &feed.entries {
        let mut start = BytesStart::new("entry");
        start.push_attribute(("xml:lang", e.lang.as_str()));
        w.write_event(Event::Start(start))?;
        text(&mut w, "title", "text", &e.title)?;
        for l in &e.links {
            let mut link = BytesStart::new("link");
            link.push_attribute(("href", l.href.as_str()));
            link.push_attribute(("rel", l.rel));
            link.push_attribute(("type", l.kind));
            link.push_attribute(("hreflang", l.hreflang.as_str()));
            link.push_attribute(("title", l.title.as_str()));
            w.write_event(Event::Empty(link))?;
        }
        simple(&mut w, "id", &e.id)?;
        simple(&mut w, "updated", UPDATED)?;
        text(&mut w, "summary", "html", &e.summary_html)?;
        categories(&mut w, &e.categories)?;
        w.write_event(Event::End(BytesEnd::new("entry")))?;
    }
    w.write_event(Event::End(BytesEnd::new("feed")))?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

fn simple(w: &mut Writer<Vec<u8>>, name: &str, value: &str) -> XmlResult {
    w.write_event(Event::Start(BytesStart::new(name)))?;
    w.write_event(Event::Text(BytesText::new(value)))?;
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

fn text(w: &mut Writer<Vec<u8>>, name: &str, kind: &str, value: &str) -> XmlResult {
    let mut start = BytesStart::new(name);
    start.push_attribute(("type", kind));
    w.write_event(Event::Start(start))?;
    w.write_event(Event::Text(BytesText::new(value)))?;
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

fn categories(w: &mut Writer<Vec<u8>>, list: &[(String, String)]) -> XmlResult {
    for (scheme, term) in list {
        let mut c = BytesStart::new("category");
        c.push_attribute(("scheme", scheme.as_str()));
        c.push_attribute(("term", term.as_str()));
        w.write_event(Event::Empty(c))?;
    }
    Ok(())
}

fn to_json(feed: &Feed) -> serde_json::Value {
    let cats = |list: &[(String, String)]| {
        list.iter()
            .map(|(s, t)| json!({ "scheme": s, "term": t }))
            .collect::<Vec<_>>()
    };
    let entries: Vec<_> = feed
        .entries
        .iter()
        .map(|e| {
            json!({
                "lang": e.lang,
                "title": { "_value": e.title, "type": "text" },
                "link": e.links.iter().map(|l| json!({
                    "href": l.href, "rel": l.rel, "type": l.kind, "hreflang": l.hreflang, "title": l.title,
                })).collect::<Vec<_>>(),
                "id": { "_value": e.id },
                "updated": { "_value": UPDATED },
                "summary": { "_value": e.summary_html, "type": "html" },
                "category": cats(&e.categories),
            })
        })
        .collect();
    json!({
        "feed": {
            "lang": feed.lang,
            "title": { "_value": "cpt-explain", "type": "text" },
            "subtitle": { "_value": feed.subtitle, "type": "text" },
            "author": { "name": { "_value": "cpt-explain" } },
            "updated": { "_value": UPDATED },
            "category": cats(&feed.categories),
            "id": { "_value": "urn:cpt-explain:infobutton" },
            "entry": entries,
        }
    })
}
