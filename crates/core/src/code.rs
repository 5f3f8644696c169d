//! `ProcedureCode`: a CPT code parsed from what a user typed.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, shorten};

/// A syntactically valid CPT Category I code: exactly five ASCII digits.
///
/// Parsing does not say whether we can explain the code; [`crate::Explainer`] does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ProcedureCode([u8; 5]);

impl ProcedureCode {
    /// Parses a code such as `62324`. Surrounding white space is ignored.
    pub fn parse(input: &str) -> Result<ProcedureCode, Error> {
        let trimmed = input.trim();
        let bytes = trimmed.as_bytes();
        if bytes.len() == 5 && bytes.iter().all(u8::is_ascii_digit) {
            let mut digits = [0; 5];
            digits.copy_from_slice(bytes);
            return Ok(ProcedureCode(digits));
        }
        Err(Error::MalformedCode {
            input: shorten(input),
        })
    }

    /// The code as its five digits.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl FromStr for ProcedureCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ProcedureCode::parse(s)
    }
}

impl fmt::Display for ProcedureCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for ProcedureCode {
    type Error = Error;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        ProcedureCode::parse(&s)
    }
}

impl From<ProcedureCode> for String {
    fn from(code: ProcedureCode) -> String {
        code.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_five_digits() {
        assert_eq!(ProcedureCode::parse(" 62324\n").unwrap().as_str(), "62324");
    }

    #[test]
    fn rejects_everything_else() {
        for bad in [
            "",
            "6232",
            "623245",
            "62A24",
            "６２３２４",
            "62 324",
            "-6232",
        ] {
            assert!(
                matches!(ProcedureCode::parse(bad), Err(Error::MalformedCode { .. })),
                "{bad:?} was accepted"
            );
        }
    }
}
