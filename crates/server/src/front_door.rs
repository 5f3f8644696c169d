//! The outermost layer: refuses oversized requests before any work is done, and logs one event per
//! request (target [`ACCESS_LOG`]; fields `method`, `path`, `status`, `us` for the time taken in
//! microseconds). Never the query, which may hold personal fields.
//!
//! A plain `tower::Layer` rather than `axum::middleware::from_fn`, which boxes a future and clones
//! the inner service on every request.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Instant;

use axum::extract::Request;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use pin_project_lite::pin_project;
use tower::{Layer, Service};

use super::AppError;

/// The longest request target we accept, in bytes.
pub const MAX_URI_BYTES: usize = 2048;
/// The most header bytes we accept in one request.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// The `tracing` target of the one line logged per request.
pub const ACCESS_LOG: &str = "cpt_explain::access";
/// The longest path logged, in bytes.
const LOGGED_PATH_BYTES: usize = 120;

#[derive(Clone, Copy, Debug)]
pub(super) struct FrontDoorLayer;

impl<S> Layer<S> for FrontDoorLayer {
    type Service = FrontDoor<S>;

    fn layer(&self, inner: S) -> FrontDoor<S> {
        FrontDoor { inner }
    }
}

#[derive(Clone, Debug)]
pub(super) struct FrontDoor<S> {
    inner: S,
}

impl<S> Service<Request> for FrontDoor<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let line = Line {
            started: Instant::now(),
            method: req.method().clone(),
            uri: req.uri().clone(),
        };
        let state = match too_large(&req) {
            Some(error) => State::Refused {
                response: Some(error.into_response()),
            },
            None => State::Called {
                future: self.inner.call(req),
            },
        };
        ResponseFuture { state, line }
    }
}

struct Line {
    started: Instant,
    method: Method,
    uri: Uri,
}

pin_project! {
    pub(super) struct ResponseFuture<F> {
        #[pin]
        state: State<F>,
        line: Line,
    }
}

pin_project! {
    #[project = StateProj]
    enum State<F> {
        Called { #[pin] future: F },
        Refused { response: Option<Response> },
    }
}

impl<F, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = match this.state.project() {
            StateProj::Called { future } => ready!(future.poll(cx))?,
            StateProj::Refused { response } => response
                .take()
                .expect("a future is not polled after it completed"),
        };
        let line = &*this.line;
        let path = line.uri.path();
        tracing::info!(
            target: ACCESS_LOG,
            method = line.method.as_str(),
            path = &path[..path.floor_char_boundary(LOGGED_PATH_BYTES)],
            status = response.status().as_u16(),
            us = u64::try_from(line.started.elapsed().as_micros()).unwrap_or(u64::MAX),
        );
        Poll::Ready(Ok(response))
    }
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
