//! `AppError`: every failure becomes a JSON body `{ "error": "...", "message": "..." }` with a 4xx status;
//! internal details go to the log, never to the client.

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use cpt_explain_core::Error;

/// A failure as the client sees it: a status, a stable machine-readable code and a message.
#[derive(Debug)]
pub struct AppError {
    /// The HTTP status, 4xx (or 503 when busy; 500 only for a bug).
    pub status: StatusCode,
    /// A stable machine-readable name, the JSON body's `error`.
    pub code: &'static str,
    /// What went wrong, for a person.
    pub message: String,
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    message: &'a str,
}

impl AppError {
    /// An error with this status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> AppError {
        AppError {
            status,
            code,
            message: message.into(),
        }
    }

    /// A 400.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> AppError {
        AppError::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// No such route.
    pub fn not_found() -> AppError {
        AppError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such route: see /openapi.json",
        )
    }

    /// A route that does not take this method.
    pub fn method_not_allowed() -> AppError {
        AppError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "this route does not take that method: see /openapi.json",
        )
    }

    /// Every typesetter is busy and the queue is full: try again shortly.
    pub fn busy() -> AppError {
        AppError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            "every handout typesetter is busy; try again in a few seconds",
        )
    }

    /// A setting the server cannot start with.
    pub fn config(message: &str) -> AppError {
        AppError::new(StatusCode::INTERNAL_SERVER_ERROR, "bad_config", message)
    }

    /// A bug on our side: logged in full, reported to the client without details.
    pub fn internal(err: impl std::fmt::Display) -> AppError {
        tracing::error!("internal error: {err}");
        AppError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on our side",
        )
    }
}

impl From<Error> for AppError {
    fn from(err: Error) -> AppError {
        let status = match &err {
            Error::UnknownCode { .. } => StatusCode::NOT_FOUND,
            Error::MalformedCode { .. } | Error::NoSuchLanguage { .. } | Error::BadField { .. } => {
                StatusCode::BAD_REQUEST
            }
            Error::Render { .. } | Error::Data(_) => return AppError::internal(&err),
        };
        AppError::new(status, err.code(), err.to_string())
    }
}

impl From<PathRejection> for AppError {
    fn from(err: PathRejection) -> AppError {
        AppError::bad_request(
            "bad_path",
            format!("the path is not valid: {}", err.body_text()),
        )
    }
}

impl From<JsonRejection> for AppError {
    fn from(err: JsonRejection) -> AppError {
        if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                "the request body is larger than 16 KiB",
            );
        }
        AppError::new(
            err.status(),
            "bad_body",
            format!("the JSON body is not valid: {}", err.body_text()),
        )
    }
}

impl From<QueryRejection> for AppError {
    fn from(err: QueryRejection) -> AppError {
        AppError::bad_request(
            "bad_query",
            format!("the query string is not valid: {}", err.body_text()),
        )
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = Body {
            error: self.code,
            message: &self.message,
        };
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        response
    }
}
