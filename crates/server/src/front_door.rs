//! The outermost service, around the router: refuses oversized requests before any work is done,
//! answers a panic as a JSON 500, and logs one event per request (target [`ACCESS_LOG`]; fields
//! `method`, `path`, `status`, `us` for the time taken in microseconds). Never the query, which
//! may hold personal fields.
//!
//! It wraps the router from outside rather than through `Router::layer`, which puts every layer
//! in front of each route separately, each one a boxed service cloned and a boxed future made on
//! every request. Panics are caught here with `catch_unwind`, as tower-http's catch-panic layer
//! does, without that layer's boxing of every response body: together about 3,500 of the 36,000
//! instructions a cached request took (callgrind).

use std::any::Any;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::http::{Method, Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use pin_project_lite::pin_project;
use tower::Service;

use super::AppError;

/// The longest request target we accept, in bytes.
pub const MAX_URI_BYTES: usize = 2048;
/// The most header bytes we accept in one request.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// The `tracing` target of the one line logged per request.
pub const ACCESS_LOG: &str = "cpt_explain::access";
/// The longest path logged, in bytes.
const LOGGED_PATH_BYTES: usize = 120;

/// The router (or any service) behind the front door: size limits, the request log, and a JSON 500
/// for a panic.
#[derive(Clone, Debug)]
pub struct FrontDoor<S> {
    inner: S,
}

impl<S> FrontDoor<S> {
    pub(super) fn new(inner: S) -> FrontDoor<S> {
        FrontDoor { inner }
    }
}

impl<S, B> Service<Request<B>> for FrontDoor<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        let line = Line {
            started: Instant::now(),
            method: req.method().clone(),
            uri: req.uri().clone(),
        };
        let state = match too_large(&req) {
            Some(error) => State::Done {
                response: Some(error.into_response()),
            },
            None => match catch_unwind(AssertUnwindSafe(|| self.inner.call(req))) {
                Ok(future) => State::Called { future },
                Err(panic) => State::Done {
                    response: Some(panicked(panic)),
                },
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
    /// The response of a [`FrontDoor`], logged when it is ready.
    pub struct ResponseFuture<F> {
        #[pin]
        state: State<F>,
        line: Line,
    }
}

pin_project! {
    #[project = StateProj]
    enum State<F> {
        Called { #[pin] future: F },
        Done { response: Option<Response> },
    }
}

impl<F, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        let response = match this.state.as_mut().project() {
            StateProj::Called { future } => {
                match catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
                    Ok(Poll::Pending) => return Poll::Pending,
                    Ok(Poll::Ready(result)) => result?,
                    // The future is dropped, never polled again.
                    Err(panic) => {
                        this.state.set(State::Done { response: None });
                        panicked(panic)
                    }
                }
            }
            StateProj::Done { response } => response
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

/// A bug: logged, and answered without details.
fn panicked(_panic: Box<dyn Any + Send>) -> Response {
    tracing::error!("a request handler panicked; answered 500");
    AppError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "something went wrong on our side",
    )
    .into_response()
}

fn too_large<B>(req: &Request<B>) -> Option<AppError> {
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
