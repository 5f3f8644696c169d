//! The patient-portal service: JSON, an embeddable page, handouts and the HL7 Infobutton request.
//!
//! `app` builds the router (tested with `tower::ServiceExt::oneshot`); `serve` runs it on a socket with
//! graceful shutdown. Handlers parse input, call the library and shape responses; nothing else.

mod error;
mod infobutton;

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use minijinja::context;
use minijinja::value::{Serde, Value};
use serde::Deserialize;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;

pub use self::error::AppError;
use crate::handout::{self, HandoutOptions, Paper, Personal};
use crate::i18n::{LanguageRequest, Negotiated};
use crate::templates::templates;
use crate::{Explainer, Explanation};

/// Every route, as `openapi.json` must describe it (a test holds the two together).
pub const ROUTES: &[&str] = &[
    "/healthz",
    "/openapi.json",
    "/v1/codes",
    "/v1/locales",
    "/v1/explanations/{code}",
    "/v1/explanations/{code}/handout.html",
    "/v1/explanations/{code}/handout.pdf",
    "/explain/{code}",
    "/infobutton",
];

const OPENAPI: &str = include_str!("openapi.json");
/// The longest request target we accept, in bytes.
pub const MAX_URI_BYTES: usize = 2048;
/// The most header bytes we accept in one request.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
const CACHE_ENTRIES: usize = 4096;
/// The `tracing` target of the one line logged per request.
pub const ACCESS_LOG: &str = "cpt_explain::access";
/// Explanations change only with a release.
const CACHE_CONTROL: &str = "public, max-age=86400";

/// Server settings.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// Origins allowed by CORS; none by default.
    pub allow_origins: Vec<String>,
    /// Sources allowed to frame `/explain/{code}` (CSP `frame-ancestors`).
    pub frame_ancestors: Vec<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            allow_origins: Vec::new(),
            frame_ancestors: vec!["'self'".to_owned()],
        }
    }
}

struct AppState {
    explainer: &'static Explainer,
    csp: HeaderValue,
    /// Rendered bodies of responses without personal data, by what determines them.
    cache: RwLock<HashMap<String, Cached>>,
}

#[derive(Clone)]
struct Cached {
    body: axum::body::Bytes,
    etag: HeaderValue,
    content_type: &'static str,
    language: HeaderValue,
}

type Shared = Arc<AppState>;

/// Builds the router.
pub fn app(config: &ServerConfig) -> Result<Router, AppError> {
    let csp = format!(
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors {}",
        config.frame_ancestors.join(" ")
    );
    let state = Arc::new(AppState {
        explainer: Explainer::global(),
        csp: HeaderValue::from_str(&csp).map_err(|_| {
            AppError::config("--frame-ancestors has characters a header cannot hold")
        })?,
        cache: RwLock::new(HashMap::new()),
    });
    let origins = config
        .allow_origins
        .iter()
        .map(|o| {
            HeaderValue::from_str(o).map_err(|_| AppError::config(&format!("bad origin {o:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let cors = CorsLayer::new()
        .allow_methods([Method::GET, Method::HEAD])
        .allow_origin(AllowOrigin::list(origins));
    // Only the handouts ever wait (on a render thread), so only they need a deadline; every other
    // handler answers from memory without yielding.
    let handouts = Router::new()
        .route("/v1/explanations/{code}/handout.html", get(handout_html))
        .route("/v1/explanations/{code}/handout.pdf", get(handout_pdf))
        .route_layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    Ok(Router::new()
        .route(
            "/healthz",
            get(|| async { Json(serde_json::json!({ "status": "ok" })) }),
        )
        .route("/openapi.json", get(openapi))
        .route("/v1/codes", get(codes))
        .route("/v1/locales", get(locales))
        .route("/v1/explanations/{code}", get(explanation))
        .merge(handouts)
        .route("/explain/{code}", get(page))
        .route("/infobutton", get(infobutton::handler))
        .fallback(|| async { AppError::not_found() })
        .method_not_allowed_fallback(|| async { AppError::method_not_allowed() })
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(cors)
        .layer(middleware::from_fn(front_door)))
}

/// Runs the server until Ctrl-C or SIGTERM, then lets requests in flight finish.
pub async fn serve(addr: SocketAddr, config: &ServerConfig) -> std::io::Result<()> {
    let router = app(config)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e.message))?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Rejects oversized request targets and header sets before any work is done, and logs one line
/// per request: method, path, status, time. Never the query: it may hold personal fields.
async fn front_door(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path: String = req.uri().path().chars().take(120).collect();
    let response = match too_large(&req) {
        Some(error) => error.into_response(),
        None => next.run(req).await,
    };
    tracing::info!(
        target: ACCESS_LOG,
        "{method} {path} {} {:.2}ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

fn too_large(req: &Request) -> Option<AppError> {
    let uri_len = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_len > MAX_URI_BYTES {
        return Some(AppError::new(
            StatusCode::URI_TOO_LONG,
            "uri_too_long",
            format!("the request target is longer than {MAX_URI_BYTES} bytes"),
        ));
    }
    let header_bytes: usize = req
        .headers()
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len() + 4)
        .sum();
    (header_bytes > MAX_HEADER_BYTES).then(|| {
        AppError::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "headers_too_large",
            format!("the request headers are larger than {MAX_HEADER_BYTES} bytes"),
        )
    })
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

#[derive(Debug, Default, Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct HandoutQuery {
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
) -> Result<Negotiated, AppError> {
    let locales = state.explainer.locales();
    if let Some(lang) = lang {
        return Ok(locales.negotiate_strict(&LanguageRequest::parse(lang))?);
    }
    let header = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    Ok(locales.negotiate_or_default(&LanguageRequest::parse(header)))
}

fn explain(state: &AppState, code: &str, negotiated: Negotiated) -> Result<Explanation, AppError> {
    Ok(state.explainer.explain_negotiated(code, negotiated)?)
}

async fn codes(
    State(state): State<Shared>,
    query: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Query(query) = query?;
    let negotiated = negotiate(&state, query.lang.as_deref(), &headers)?;
    let key = format!("codes|{}", negotiated.locale);
    cached(&state, &key, &headers, &negotiated.locale, || {
        let body =
            serde_json::to_vec(&state.explainer.codes(&negotiated)?).map_err(AppError::internal)?;
        Ok((body, "application/json"))
    })
}

async fn locales(State(state): State<Shared>, headers: HeaderMap) -> Result<Response, AppError> {
    cached(&state, "locales", &headers, "en", || {
        let body =
            serde_json::to_vec(&state.explainer.locale_infos()).map_err(AppError::internal)?;
        Ok((body, "application/json"))
    })
}

async fn explanation(
    State(state): State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (Path(code), Query(query)) = (code?, query?);
    // The body echoes what was asked for, so the raw request is the key: a hit needs no negotiation.
    let key = match query.lang.as_deref() {
        Some(lang) => format!("json|{code}|lang|{lang}"),
        None => format!(
            "json|{code}|accept|{}",
            headers
                .get(header::ACCEPT_LANGUAGE)
                .map_or(&b""[..], HeaderValue::as_bytes)
                .escape_ascii()
        ),
    };
    if let Some(entry) = lookup(&state, &key) {
        return Ok(finish(&headers, entry));
    }
    let negotiated = negotiate(&state, query.lang.as_deref(), &headers)?;
    let locale = negotiated.locale.clone();
    cached(&state, &key, &headers, &locale, || {
        let e = explain(&state, &code, negotiated)?;
        Ok((
            serde_json::to_vec(&e).map_err(AppError::internal)?,
            "application/json",
        ))
    })
}

async fn page(
    State(state): State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (Path(code), Query(query)) = (code?, query?);
    let negotiated = negotiate(&state, query.lang.as_deref(), &headers)?;
    let key = format!("page|{code}|{}|{}", negotiated.locale, negotiated.fallback);
    let locale = negotiated.locale.clone();
    let mut response = cached(&state, &key, &headers, &locale, || {
        let e = explain(&state, &code, negotiated)?;
        let base = format!("/v1/explanations/{}/handout", e.code);
        let html = templates()
            .get_template("page.html")
            .and_then(|t| {
                t.render(context! {
                    e => Value::from(Serde(&e)),
                    languages => Value::from(Serde(state.explainer.locale_infos())),
                    handout_html => format!("{base}.html?lang={}", e.locale),
                    handout_pdf => format!("{base}.pdf?lang={}", e.locale),
                    paper => "letter",
                    large_print => false,
                })
            })
            .map_err(AppError::internal)?;
        Ok((html.into_bytes(), "text/html; charset=utf-8"))
    })?;
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, state.csp.clone());
    Ok(response)
}

async fn handout_html(
    state: State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: Result<Query<HandoutQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    handout(state, code, query, headers, false).await
}

async fn handout_pdf(
    state: State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: Result<Query<HandoutQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    handout(state, code, query, headers, true).await
}

async fn handout(
    State(state): State<Shared>,
    code: Result<Path<String>, PathRejection>,
    query: Result<Query<HandoutQuery>, QueryRejection>,
    headers: HeaderMap,
    pdf: bool,
) -> Result<Response, AppError> {
    let (Path(code), Query(query)) = (code?, query?);
    let negotiated = negotiate(&state, query.lang.as_deref(), &headers)?;
    let paper = match query.paper.as_deref() {
        None | Some("letter") => Paper::Letter,
        Some("a4") => Paper::A4,
        Some(other) => {
            return Err(AppError::bad_request(
                "bad_paper",
                format!(
                    "unknown paper {:?}: use letter or a4",
                    crate::error::shorten(other)
                ),
            ));
        }
    };
    let opts = HandoutOptions {
        paper,
        large_print: query.large_print.unwrap_or(false),
        personal: Personal {
            patient_name: query.patient_name,
            date: query.date,
            clinic: query.clinic,
            phone: query.phone,
        },
    };
    handout::check_personal(&opts.personal)?;
    let personal = opts.personal != Personal::default();
    let key = format!(
        "handout|{pdf}|{code}|{}|{}|{:?}|{}",
        negotiated.locale, negotiated.fallback, opts.paper, opts.large_print
    );
    // The ETag of a personal handout depends on its fields; the fields are hashed, never kept.
    let key = if personal {
        format!("{key}|{:?}", opts.personal)
    } else {
        key
    };
    let locale = negotiated.locale.clone();
    let explainer = state.explainer;
    let render = move || -> Result<(Vec<u8>, &'static str), AppError> {
        let e = explainer.explain_negotiated(&code, negotiated)?;
        Ok(if pdf {
            (
                handout::pdf::render(explainer, &e, &opts)?,
                "application/pdf",
            )
        } else {
            (
                handout::html::render(explainer, &e, &opts)?.into_bytes(),
                "text/html; charset=utf-8",
            )
        })
    };
    if let Some(entry) = (!personal).then(|| lookup(&state, &key)).flatten() {
        return Ok(finish(&headers, entry));
    }
    // Typesetting takes milliseconds: off the threads that answer requests.
    let (body, content_type) = tokio::task::spawn_blocking(render)
        .await
        .map_err(AppError::internal)??;
    if personal {
        // Personal data is never cached, here or by anyone downstream.
        let entry = entry(body, etag_of(key.as_bytes()), content_type, &locale)?;
        let mut response = finish(&headers, entry);
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
        return Ok(response);
    }
    let etag = etag_of(&body);
    let entry = entry(body, etag, content_type, &locale)?;
    store(&state, key, entry.clone());
    Ok(finish(&headers, entry))
}

/// A strong ETag: a hash of the bytes it names, and of the release.
fn etag_of(bytes: &[u8]) -> String {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    format!("\"{:016x}\"", h.finish())
}

/// Serves from the cache, or renders once and keeps the result.
fn cached(
    state: &AppState,
    key: &str,
    headers: &HeaderMap,
    language: &str,
    render: impl FnOnce() -> Result<(Vec<u8>, &'static str), AppError>,
) -> Result<Response, AppError> {
    let entry = match lookup(state, key) {
        Some(entry) => entry,
        None => {
            let (body, content_type) = render()?;
            let etag = etag_of(&body);
            let entry = entry(body, etag, content_type, language)?;
            store(state, key.to_owned(), entry.clone());
            entry
        }
    };
    Ok(finish(headers, entry))
}

fn lookup(state: &AppState, key: &str) -> Option<Cached> {
    let cache = state.cache.read().unwrap_or_else(|e| e.into_inner());
    cache.get(key).cloned()
}

fn store(state: &AppState, key: String, entry: Cached) {
    let mut cache = state.cache.write().unwrap_or_else(|e| e.into_inner());
    if cache.len() < CACHE_ENTRIES {
        cache.insert(key, entry);
    }
}

fn entry(
    body: Vec<u8>,
    etag: String,
    content_type: &'static str,
    language: &str,
) -> Result<Cached, AppError> {
    Ok(Cached {
        body: body.into(),
        etag: HeaderValue::try_from(etag).map_err(AppError::internal)?,
        content_type,
        language: HeaderValue::from_str(language).map_err(AppError::internal)?,
    })
}

/// Adds the caching headers, and answers `304 Not Modified` when the client has this version.
fn finish(headers: &HeaderMap, entry: Cached) -> Response {
    let matches = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|tag| {
            tag == "*" || tag.trim_start_matches("W/") == entry.etag.to_str().unwrap_or_default()
        });
    let common: [(HeaderName, HeaderValue); 4] = [
        (header::ETAG, entry.etag.clone()),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static(CACHE_CONTROL),
        ),
        (header::VARY, HeaderValue::from_static("Accept-Language")),
        (header::CONTENT_LANGUAGE, entry.language.clone()),
    ];
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        Response::new(Body::from(entry.body))
    };
    let h = response.headers_mut();
    // Room for ours and for what the CORS and compression layers add, so the map grows once.
    h.reserve(12);
    if !matches {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(entry.content_type),
        );
    }
    for (k, v) in common {
        h.insert(k, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}
