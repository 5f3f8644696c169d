//! The library's one error type: a variant per failure a caller can act on.

use thiserror::Error;

/// Everything that can go wrong when asking for an explanation.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum Error {
    /// The input is not five digits.
    #[error("malformed code {input:?}: a CPT code is five digits, such as 62324")]
    MalformedCode {
        /// What was typed, shortened for echoing.
        input: String,
    },
    /// Five digits, but not a code we explain.
    #[error("unknown code {code}: the codes explained here are {known}")]
    UnknownCode {
        /// The code asked for.
        code: String,
        /// The codes we explain, as a comma-separated list.
        known: String,
    },
    /// None of the requested languages is one we have.
    #[error("no such language {requested:?}: the languages available are {available}")]
    NoSuchLanguage {
        /// The language preference as given, shortened for echoing.
        requested: String,
        /// The locale tags we have, as a comma-separated list.
        available: String,
    },
    /// A personal field for a handout cannot be printed as given.
    #[error("bad {field}: {reason}")]
    BadField {
        /// The field's name, such as "patient name".
        field: &'static str,
        /// Why it cannot be printed.
        reason: String,
    },
    /// A text failed to render. This is a bug in `locales/`; tests catch it.
    #[error("text {id:?} of locale {locale} did not render: {detail}")]
    Render {
        /// The tag of the locale whose text failed.
        locale: String,
        /// The message id, with `.attribute` when it was an attribute.
        id: String,
        /// What went wrong.
        detail: String,
    },
    /// The embedded catalogue or locale files are broken. This is a bug; tests catch it.
    #[error("embedded data is broken: {0}")]
    Data(String),
}

impl Error {
    /// A stable, machine-readable name for the error, used in JSON error bodies.
    pub fn code(&self) -> &'static str {
        match self {
            Error::MalformedCode { .. } => "malformed_code",
            Error::UnknownCode { .. } => "unknown_code",
            Error::NoSuchLanguage { .. } => "no_such_language",
            Error::BadField { .. } => "bad_field",
            Error::Render { .. } => "render_failed",
            Error::Data(_) => "bad_data",
        }
    }

    /// True for errors caused by the caller's input rather than by us.
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::MalformedCode { .. }
                | Error::UnknownCode { .. }
                | Error::NoSuchLanguage { .. }
                | Error::BadField { .. }
        )
    }
}

/// Keeps an echo of user input short enough to read in one line.
pub fn shorten(input: &str) -> String {
    const MAX_CHARS: usize = 24;
    if input.chars().count() <= MAX_CHARS {
        input.to_owned()
    } else {
        let mut s: String = input.chars().take(MAX_CHARS).collect();
        s.push('…');
        s
    }
}
