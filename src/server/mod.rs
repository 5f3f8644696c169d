//! The patient-portal service: JSON, an embeddable page, handouts and the HL7 Infobutton request.
//!
//! `app` builds the router (tested with `tower::ServiceExt::oneshot`); `serve` runs it on a socket with
//! graceful shutdown. Handlers parse input, call the library and shape responses; nothing else.

mod cache;
mod error;
mod front_door;
mod infobutton;

use std::net::SocketAddr;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use minijinja::context;
use minijinja::value::{Serde, Value};
use serde::Deserialize;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;

use self::cache::{Cache, Entry};
pub use self::error::AppError;
pub use self::front_door::{ACCESS_LOG, MAX_HEADER_BYTES, MAX_URI_BYTES};
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
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

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
    /// Responses without personal data, by what determines them.
    cache: Cache,
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
        cache: Cache::default(),
    });
    let origins = config
        .allow_origins
        .iter()
        .map(|o| {
            HeaderValue::from_str(o).map_err(|_| AppError::config(&format!("bad origin {o:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Only the handouts ever wait (on a render thread), so only they need a deadline; every other
    // handler answers from memory without yielding.
    let handouts = Router::new()
        .route("/v1/explanations/{code}/handout.html", get(handout_html))
        .route("/v1/explanations/{code}/handout.pdf", get(handout_pdf))
        .route_layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    let router = Router::new()
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
        .with_state(state);
    // With no origin allowed, CORS would only add `Vary` headers: a browser refuses a cross-origin
    // read without `Access-Control-Allow-Origin` either way, so the layer is left out.
    let router = if origins.is_empty() {
        router
    } else {
        router.layer(
            CorsLayer::new()
                .allow_methods([Method::GET, Method::HEAD])
                .allow_origin(AllowOrigin::list(origins)),
        )
    };
    Ok(router.layer(front_door::FrontDoorLayer))
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

async fn openapi(headers: HeaderMap) -> Response {
    static ENTRY: LazyLock<Entry> =
        LazyLock::new(|| Entry::new(OPENAPI.as_bytes().to_vec(), "application/json"));
    ENTRY.respond(&headers)
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
    let entry = cached(&state, key, || {
        let body =
            serde_json::to_vec(&state.explainer.codes(&negotiated)?).map_err(AppError::internal)?;
        Ok(Entry::new(body, "application/json").negotiated(&negotiated.locale))
    })?;
    Ok(entry.respond(&headers))
}

async fn locales(State(state): State<Shared>, headers: HeaderMap) -> Result<Response, AppError> {
    let entry = cached(&state, "locales".to_owned(), || {
        let body =
            serde_json::to_vec(&state.explainer.locale_infos()).map_err(AppError::internal)?;
        Ok(Entry::new(body, "application/json"))
    })?;
    Ok(entry.respond(&headers))
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
    let entry = cached(&state, key, || {
        let negotiated = negotiate(&state, query.lang.as_deref(), &headers)?;
        let locale = negotiated.locale.clone();
        let e = explain(&state, &code, negotiated)?;
        let body = serde_json::to_vec(&e).map_err(AppError::internal)?;
        Ok(Entry::new(body, "application/json").negotiated(&locale))
    })?;
    Ok(entry.respond(&headers))
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
    let entry = cached(&state, key, || {
        let locale = negotiated.locale.clone();
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
        Ok(Entry::new(html.into_bytes(), "text/html; charset=utf-8").negotiated(&locale))
    })?;
    let mut response = entry.respond(&headers);
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
    if let Some(entry) = (!personal).then(|| state.cache.get(&key)).flatten() {
        return Ok(entry.respond(&headers));
    }
    // Typesetting takes milliseconds: off the threads that answer requests.
    let (body, content_type) = tokio::task::spawn_blocking(render)
        .await
        .map_err(AppError::internal)??;
    if personal {
        // Personal data is never cached, here or by anyone downstream.
        let entry = Entry::personal(body, content_type, &key).negotiated(&locale);
        let mut response = entry.respond(&headers);
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
        return Ok(response);
    }
    let entry = Entry::new(body, content_type).negotiated(&locale);
    Ok(state.cache.insert(key, entry).respond(&headers))
}

/// Serves from the cache, or renders once and keeps the result.
fn cached(
    state: &AppState,
    key: String,
    render: impl FnOnce() -> Result<Entry, AppError>,
) -> Result<Arc<Entry>, AppError> {
    match state.cache.get(&key) {
        Some(entry) => Ok(entry),
        None => Ok(state.cache.insert(key, render()?)),
    }
}
