//! The `cpt-explain` HTTP service on axum: JSON, an embeddable page, handouts and the HL7 Infobutton
//! request, for patient portals and EHRs.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let config = cpt_explain_server::ServerConfig::default();
//! cpt_explain_server::serve("127.0.0.1:8080".parse().unwrap(), &config).await
//! # }
//! ```
//!
//! [`app`] builds the service, the router behind its [`FrontDoor`] (tested with
//! `tower::ServiceExt::oneshot`); [`serve`] runs it on a socket
//! with bounded connections, timeouts and a graceful stop. Handlers parse input, call the library and
//! shape responses; nothing else. Every limit is a [`ServerConfig`] field with a default a hospital
//! can live with.

#![warn(missing_docs)]

mod cache;
mod error;
mod front_door;
mod infobutton;
mod listen;
mod renders;
mod timeouts;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, Request, State};
use axum::handler::Handler;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use cpt_explain_core::error::shorten;
use cpt_explain_core::handout::{self, HandoutOptions, Paper, Personal};
use cpt_explain_core::{
    Explained, Explainer, LanguageRequest, LocaleId, Negotiated, ProcedureCode,
};
use serde::Deserialize;
use tower_http::cors::{AllowOrigin, CorsLayer};

use self::cache::{Cache, Entry, Key};
pub use self::error::AppError;
pub use self::front_door::{
    ACCESS_LOG, FrontDoor, MAX_HEADER_BYTES, MAX_URI_BYTES, ResponseFuture,
};
pub use self::listen::{serve, serve_listener};
use self::renders::Renders;

/// Every route, as `openapi.json` must describe it (a test holds the two together).
pub const ROUTES: &[&str] = &[
    "/healthz",
    "/openapi.json",
    "/v1/codes",
    "/v1/locales",
    "/v1/explanations/{code}",
    "/v1/explanations/{code}/handout.html",
    "/v1/explanations/{code}/handout.pdf",
    "/v1/explanations/{code}/picture.svg",
    "/explain/{code}",
    "/infobutton",
];

const OPENAPI: &str = include_str!("openapi.json");

/// Server settings. Every limit has a default a hospital can live with.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// Origins allowed by CORS; none by default.
    pub allow_origins: Vec<String>,
    /// Sources allowed to frame `/explain/{code}` (CSP `frame-ancestors`).
    pub frame_ancestors: Vec<String>,
    /// The absolute URL the service is reached at (`https://explain.example.org`), for every link a
    /// response gives to another origin: Infobutton entries, the page's handout links, OpenAPI
    /// `servers`. Never taken from a request's `Host` header. When none is given, `serve` uses
    /// `http://<the address it listens on>`.
    pub public_url: Option<String>,
    /// Bytes of rendered responses kept in memory, least recently used out first.
    pub cache_bytes: u64,
    /// Connections open at once; more are answered `503` and closed.
    pub max_connections: usize,
    /// How long a client may take to send a request's head. On a kept-alive connection it runs
    /// from the previous response, so it also closes a connection silent for that long between
    /// requests.
    pub header_timeout: Duration,
    /// How long a connection may wait for the client's next byte, in a body or between requests.
    pub idle_timeout: Duration,
    /// How long a write may wait for a client that does not read its response.
    pub write_timeout: Duration,
    /// On SIGTERM or Ctrl-C, how long requests in flight have to finish.
    pub grace: Duration,
    /// Handouts typeset at once (default: the number of cores).
    pub renders: usize,
    /// Handout requests that may wait for a free typesetter; past that, `503` (default: 32 per core).
    pub render_queue: usize,
    /// How long a handout request waits for a free typesetter before `503`.
    pub render_wait: Duration,
}

impl Default for ServerConfig {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        ServerConfig {
            allow_origins: Vec::new(),
            frame_ancestors: vec!["'self'".to_owned()],
            public_url: None,
            cache_bytes: 64 * 1024 * 1024,
            max_connections: 1024,
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            write_timeout: Duration::from_secs(30),
            grace: Duration::from_secs(10),
            renders: cores,
            // A PDF takes 15 to 40 ms: 32 waiting per core drain in well under a second.
            render_queue: 32 * cores,
            render_wait: Duration::from_secs(10),
        }
    }
}

struct AppState {
    explainer: &'static Explainer,
    /// The absolute URL links start with, without a trailing slash.
    public_url: String,
    /// `openapi.json` with `servers` set to the public URL.
    openapi: Entry,
    /// The Content-Security-Policy of every HTML response.
    csp: HeaderValue,
    /// The Content-Security-Policy of the picture: an SVG opened on its own is a document too, and
    /// ours needs nothing from anywhere.
    svg_csp: HeaderValue,
    /// Responses without personal data, by what determines them.
    cache: Cache,
    renders: Renders,
}

type Shared = Arc<AppState>;

/// The largest request body accepted (a handout's personal fields as JSON, an Infobutton form).
const MAX_BODY_BYTES: usize = 16 * 1024;

/// The whole service: the router behind its front door.
pub type App = FrontDoor<Router>;

/// Builds the service on the texts built into the binary: the router, with every layer, behind its
/// front door.
pub fn app(config: &ServerConfig) -> Result<App, AppError> {
    app_with(config, Explainer::global())
}

/// Builds the service on `explainer`: the built-in texts ([`app`]), or others, such as a test's
/// locales with their review records.
pub fn app_with(config: &ServerConfig, explainer: &'static Explainer) -> Result<App, AppError> {
    let csp = format!(
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors {}",
        config.frame_ancestors.join(" ")
    );
    let public_url = public_url(
        config
            .public_url
            .as_deref()
            .unwrap_or("http://127.0.0.1:8080"),
    )?;
    let mut spec: serde_json::Value = serde_json::from_str(OPENAPI).map_err(AppError::internal)?;
    spec["servers"] = serde_json::json!([{ "url": public_url }]);
    let spec = Entry::new(
        serde_json::to_vec(&spec).map_err(AppError::internal)?,
        "application/json",
    );
    let state = Arc::new(AppState {
        explainer,
        public_url,
        openapi: spec,
        csp: HeaderValue::from_str(&csp).map_err(|_| {
            AppError::config("--frame-ancestors has characters a header cannot hold")
        })?,
        svg_csp: HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
        cache: Cache::new(config.cache_bytes),
        renders: Renders::new(config.renders, config.render_queue, config.render_wait),
    });
    let origins = config
        .allow_origins
        .iter()
        .map(|o| {
            HeaderValue::from_str(o).map_err(|_| AppError::config(&format!("bad origin {o:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Only a POST reads a body; GET routes do not pay for the limit's layer (on every route, it
    // cost 1,700 instructions of a cached request's 22,300).
    let limit = DefaultBodyLimit::max(MAX_BODY_BYTES);
    let router = Router::new()
        .route(
            "/healthz",
            get(|| async { Json(serde_json::json!({ "status": "ok" })) }),
        )
        .route("/openapi.json", get(openapi))
        .route("/v1/codes", get(codes))
        .route("/v1/locales", get(locales))
        .route("/v1/explanations/{code}", get(explanation))
        .route(
            "/v1/explanations/{code}/handout.html",
            get(handout_get::<false>).post(handout_post::<false>.layer(limit)),
        )
        .route(
            "/v1/explanations/{code}/handout.pdf",
            get(handout_get::<true>).post(handout_post::<true>.layer(limit)),
        )
        .route("/v1/explanations/{code}/picture.svg", get(picture))
        .route("/explain/{code}", get(page))
        .route(
            "/infobutton",
            get(infobutton::get).post(infobutton::post.layer(limit)),
        )
        .fallback(|| async { AppError::not_found() })
        .method_not_allowed_fallback(|| async { AppError::method_not_allowed() })
        .with_state(state);
    // With no origin allowed, CORS would only add `Vary` headers: a browser refuses a cross-origin
    // read without `Access-Control-Allow-Origin` either way, so the layer is left out.
    let router = if origins.is_empty() {
        router
    } else {
        router.layer(
            CorsLayer::new()
                .allow_methods([Method::GET, Method::HEAD, Method::POST])
                .allow_headers([header::CONTENT_TYPE])
                .allow_origin(AllowOrigin::list(origins)),
        )
    };
    Ok(edge(router))
}

/// The router behind the front door, which refuses oversized requests, logs each one and turns a
/// panic anywhere inside into a JSON 500 and a log line, never a dropped connection.
fn edge(router: Router) -> App {
    FrontDoor::new(router)
}

async fn openapi(State(state): State<Shared>, request: Request) -> Response {
    state.openapi.respond(request.headers())
}

/// Checks `--public-url`: an absolute http(s) URL with a host and no query or fragment.
fn public_url(url: &str) -> Result<String, AppError> {
    let bad = || {
        AppError::config(&format!(
            "--public-url {url:?} is not an absolute http or https URL such as https://explain.example.org"
        ))
    };
    let uri: axum::http::Uri = url.parse().map_err(|_| bad())?;
    let scheme_ok = matches!(uri.scheme_str(), Some("http" | "https"));
    let query = uri.query().is_some() || url.contains('#');
    if !scheme_ok || uri.host().is_none() || query {
        return Err(bad());
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// `?lang=`, the one query field of the routes that take no other (any other is ignored; `lang`
/// twice is a 400). Read with `form_urlencoded` directly: serde_urlencoded and its error paths cost a
/// twentieth of a cached request.
#[derive(Debug, Default)]
struct LangQuery {
    lang: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for LangQuery {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        let query = parts.uri.query().unwrap_or_default();
        let mut lang = None;
        for (field, value) in form_urlencoded::parse(query.as_bytes()) {
            if field == "lang" {
                if lang.is_some() {
                    return Err(AppError::bad_request(
                        "bad_query",
                        "the query string is not valid: `lang` is given more than once",
                    ));
                }
                lang = Some(value.into_owned());
            }
        }
        Ok(LangQuery { lang })
    }
}

/// The language a request names, settled before the cache is asked: one of our tags exactly
/// (nothing parsed, nothing allocated: a portal asks by our own tags), or negotiated in full.
enum Language {
    Ours(LocaleId),
    Negotiated(Negotiated),
}

impl Language {
    fn id(&self) -> LocaleId {
        match self {
            Language::Ours(id) => *id,
            Language::Negotiated(n) => n.id,
        }
    }

    fn fallback(&self) -> bool {
        match self {
            Language::Ours(_) => false,
            Language::Negotiated(n) => n.fallback,
        }
    }

    /// The negotiation's outcome in full, for rendering (a cache miss).
    fn negotiated(self, state: &AppState) -> Negotiated {
        match self {
            Language::Ours(id) => {
                let tag = &state.explainer.locales().get(id).info.tag;
                Negotiated {
                    requested: tag.clone(),
                    id,
                    locale: tag.clone(),
                    fallback: false,
                }
            }
            Language::Negotiated(n) => n,
        }
    }
}

/// A handout's options and personal fields, from a query string (GET) or a JSON body (POST).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct HandoutRequest {
    lang: Option<String>,
    patient_name: Option<String>,
    date: Option<String>,
    clinic: Option<String>,
    phone: Option<String>,
    paper: Option<String>,
    large_print: Option<bool>,
}

/// `?lang=` when given (it must match), else `Accept-Language` (best effort), else English.
fn negotiate(
    state: &AppState,
    lang: Option<&str>,
    headers: &HeaderMap,
) -> Result<Language, AppError> {
    let locales = state.explainer.locales();
    if let Some(lang) = lang {
        if let Some(id) = locales.id_of(lang) {
            return Ok(Language::Ours(id));
        }
        let negotiated = locales.negotiate_strict(&LanguageRequest::parse(lang))?;
        return Ok(Language::Negotiated(negotiated));
    }
    let header = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if let Some(id) = locales.id_of(header) {
        return Ok(Language::Ours(id));
    }
    let negotiated = locales.negotiate_or_default(&LanguageRequest::parse(header));
    Ok(Language::Negotiated(negotiated))
}

/// The code from the path, parsed: a padded or malformed code is a 400, never a new cache key.
fn parse_code(code: &str) -> Result<ProcedureCode, AppError> {
    if code.len() != 5 {
        return Err(cpt_explain_core::Error::MalformedCode {
            input: shorten(code),
        }
        .into());
    }
    Ok(ProcedureCode::parse(code)?)
}

/// The code and the locale a request for one explanation names.
fn target(
    state: &AppState,
    code: Result<Path<String>, PathRejection>,
    query: LangQuery,
    headers: &HeaderMap,
) -> Result<(ProcedureCode, Language), AppError> {
    let Path(code) = code?;
    Ok((
        parse_code(&code)?,
        negotiate(state, query.lang.as_deref(), headers)?,
    ))
}

/// The explanation as served: it never echoes request text, so it can be kept and shared.
fn explain(
    state: &AppState,
    code: ProcedureCode,
    negotiated: Negotiated,
) -> Result<Explained, AppError> {
    let mut e = state.explainer.explain_code(code, negotiated)?;
    e.requested = String::new();
    Ok(e)
}

// The GET handlers that answer from the cache take the request itself last, rather than a
// `HeaderMap`, which axum would clone for them on every request.

async fn codes(
    State(state): State<Shared>,
    query: LangQuery,
    request: Request,
) -> Result<Response, AppError> {
    let headers = request.headers();
    let language = negotiate(&state, query.lang.as_deref(), headers)?;
    let entry = cached(&state, Key::Codes(language.id()), || {
        let negotiated = language.negotiated(&state);
        let body =
            serde_json::to_vec(&state.explainer.codes(&negotiated)?).map_err(AppError::internal)?;
        Ok(Entry::new(body, "application/json").negotiated(&negotiated.locale))
    })?;
    Ok(entry.respond(headers))
}

async fn locales(State(state): State<Shared>, request: Request) -> Result<Response, AppError> {
    let entry = cached(&state, Key::Locales, || {
        let body =
            serde_json::to_vec(&state.explainer.locale_summaries()?).map_err(AppError::internal)?;
        Ok(Entry::new(body, "application/json"))
    })?;
    Ok(entry.respond(request.headers()))
}

async fn explanation(
    State(state): State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: LangQuery,
    request: Request,
) -> Result<Response, AppError> {
    let headers = request.headers();
    let (code, language) = target(&state, code, query, headers)?;
    let key = Key::Explanation {
        code,
        locale: language.id(),
        fallback: language.fallback(),
    };
    let entry = cached(&state, key, || {
        let negotiated = language.negotiated(&state);
        let locale = negotiated.locale.clone();
        let e = explain(&state, code, negotiated)?;
        let body = serde_json::to_vec(&e).map_err(AppError::internal)?;
        Ok(Entry::new(body, "application/json").negotiated(&locale))
    })?;
    Ok(entry.respond(headers))
}

async fn page(
    State(state): State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: LangQuery,
    request: Request,
) -> Result<Response, AppError> {
    let headers = request.headers();
    let (code, language) = target(&state, code, query, headers)?;
    let key = Key::Page {
        code,
        locale: language.id(),
        fallback: language.fallback(),
    };
    let entry = cached(&state, key, || {
        let negotiated = language.negotiated(&state);
        let locale = negotiated.locale.clone();
        let e = explain(&state, code, negotiated)?;
        let base = format!("{}/v1/explanations/{}/handout", state.public_url, e.code);
        let links = cpt_explain_html::PageLinks {
            handout_html: format!("{base}.html?lang={}", e.locale),
            handout_pdf: format!("{base}.pdf?lang={}", e.locale),
        };
        let html =
            cpt_explain_html::page(state.explainer, &e, &state.explainer.locale_infos(), &links)?;
        Ok(Entry::new(html.into_bytes(), "text/html; charset=utf-8").negotiated(&locale))
    })?;
    let mut response = entry.respond(headers);
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, state.csp.clone());
    Ok(response)
}

/// The picture of where, alone: for portals that show it beside their own text.
async fn picture(
    State(state): State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: LangQuery,
    request: Request,
) -> Result<Response, AppError> {
    let headers = request.headers();
    let (code, language) = target(&state, code, query, headers)?;
    let key = Key::Picture {
        code,
        locale: language.id(),
    };
    let entry = cached(&state, key, || {
        let id = language.id();
        let negotiated = language.negotiated(&state);
        let picture = state.explainer.picture(code, id)?;
        let svg = cpt_explain_html::picture_svg(&picture)?;
        Ok(Entry::new(svg.into_bytes(), "image/svg+xml; charset=utf-8")
            .negotiated(&negotiated.locale))
    })?;
    let mut response = entry.respond(headers);
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, state.svg_csp.clone());
    Ok(response)
}

/// `GET` a handout: options and personal fields in the query string. `PDF` picks the format.
async fn handout_get<const PDF: bool>(
    state: State<Shared>,
    method: Method,
    code: Result<Path<String>, PathRejection>,
    query: Result<Query<HandoutRequest>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Query(request) = query?;
    handout(state, method, code, request, headers, PDF).await
}

/// `POST` a handout: options and personal fields as JSON, out of every URL.
async fn handout_post<const PDF: bool>(
    state: State<Shared>,
    method: Method,
    code: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Result<Json<HandoutRequest>, JsonRejection>,
) -> Result<Response, AppError> {
    let Json(request) = body?;
    handout(state, method, code, request, headers, PDF).await
}

async fn handout(
    State(state): State<Shared>,
    method: Method,
    code: Result<Path<String>, PathRejection>,
    request: HandoutRequest,
    headers: HeaderMap,
    pdf: bool,
) -> Result<Response, AppError> {
    let Path(code) = code?;
    let code = parse_code(&code)?;
    let negotiated = negotiate(&state, request.lang.as_deref(), &headers)?.negotiated(&state);
    let paper = match request.paper.as_deref() {
        None | Some("letter") => Paper::Letter,
        Some("a4") => Paper::A4,
        Some(other) => {
            return Err(AppError::bad_request(
                "bad_paper",
                format!("unknown paper {:?}: use letter or a4", shorten(other)),
            ));
        }
    };
    let opts = HandoutOptions {
        paper,
        large_print: request.large_print.unwrap_or(false),
        personal: Personal {
            patient_name: request.patient_name,
            date: request.date,
            clinic: request.clinic,
            phone: request.phone,
        },
    };
    handout::check_personal(&opts.personal)?;
    let personal = opts.personal != Personal::default();
    let content_type = if pdf {
        "application/pdf"
    } else {
        "text/html; charset=utf-8"
    };
    let key = Key::Handout {
        pdf,
        code,
        locale: negotiated.id,
        fallback: negotiated.fallback,
        paper: opts.paper,
        large_print: opts.large_print,
    };
    let locale = negotiated.locale.clone();
    let cached = (!personal).then(|| state.cache.get(&key)).flatten();
    let mut response = match cached {
        Some(entry) => entry.respond(&headers),
        // HEAD asks only for the headers: nothing is typeset for it.
        None if method == Method::HEAD => head_only(content_type, personal, &locale),
        None => {
            let explainer = state.explainer;
            let e = explain(&state, code, negotiated)?;
            let body = state
                .renders
                .run(move || -> Result<Vec<u8>, AppError> {
                    Ok(if pdf {
                        cpt_explain_pdf::render(explainer, &e, &opts)?
                    } else {
                        cpt_explain_html::handout(explainer, &e, &opts)?.into_bytes()
                    })
                })
                .await??;
            if personal {
                // Personal data is never kept, here or by anyone downstream, and gets no ETag.
                Entry::personal(body, content_type)
                    .negotiated(&locale)
                    .respond(&headers)
            } else {
                let entry = Entry::new(body, content_type).negotiated(&locale);
                state.cache.insert(key, entry).respond(&headers)
            }
        }
    };
    if !pdf {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, state.csp.clone());
    }
    Ok(response)
}

/// The headers a GET would get, without its body. Its length is not known without typesetting, so
/// the response has none (rather than a false `Content-Length: 0`).
fn head_only(content_type: &'static str, personal: bool, locale: &str) -> Response {
    let unknown_length =
        futures_util::stream::empty::<Result<axum::body::Bytes, std::convert::Infallible>>();
    let mut response = Response::new(axum::body::Body::from_stream(unknown_length));
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if personal {
            "private, no-store"
        } else {
            "public, max-age=86400"
        }),
    );
    if let Ok(language) = HeaderValue::from_str(locale) {
        h.insert(header::CONTENT_LANGUAGE, language);
    }
    response
}

/// Serves from the cache, or renders once and keeps the result.
fn cached(
    state: &AppState,
    key: Key,
    render: impl FnOnce() -> Result<Entry, AppError>,
) -> Result<Arc<Entry>, AppError> {
    match state.cache.get(&key) {
        Some(entry) => Ok(entry),
        None => Ok(state.cache.insert(key, render()?)),
    }
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    use super::*;

    #[tokio::test]
    async fn a_panic_becomes_a_json_500() {
        let router = edge(Router::new().route(
            "/boom",
            get(|| async {
                if true {
                    panic!("a bug");
                }
                "never"
            }),
        ));
        let response = router
            .oneshot(Request::get("/boom").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 4096)
            .await
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["error"], "internal");
    }

    #[tokio::test]
    async fn a_panic_while_taking_the_request_becomes_a_json_500() {
        // The service panics in `call` itself, before it hands back a future.
        let service = FrontDoor::new(tower::service_fn(
            |_: Request<Body>| -> std::future::Ready<Result<Response, std::convert::Infallible>> {
                panic!("a bug")
            },
        ));
        let response = service
            .oneshot(Request::get("/boom").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 4096)
            .await
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["error"], "internal");
    }

    #[test]
    fn the_cache_stays_within_its_budget() {
        let cache = Cache::new(1024 * 1024);
        let locales = Explainer::global().locales();
        let en = locales.id_of("en").unwrap();
        for code in 10000..12000u32 {
            let code = ProcedureCode::parse(&code.to_string()).unwrap();
            let key = Key::Explanation {
                code,
                locale: en,
                fallback: false,
            };
            cache.insert(key, Entry::new(vec![b'x'; 16 * 1024], "application/json"));
        }
        assert!(cache.weight() <= 1024 * 1024, "{}", cache.weight());
    }
}
