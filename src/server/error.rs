//! `AppError`: every failure becomes a JSON body `{ "error": "...", "message": "..." }` with a 4xx status;
//! internal details go to the log, never to the client.

use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::Error;

#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    message: &'a str,
}

impl AppError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> AppError {
        AppError {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> AppError {
        AppError::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn not_found() -> AppError {
        AppError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such route: see /openapi.json",
        )
    }

    pub fn method_not_allowed() -> AppError {
        AppError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "only GET and HEAD are served",
        )
    }

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
        (self.status, Json(body)).into_response()
    }
}
