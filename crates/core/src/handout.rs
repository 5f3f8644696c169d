//! What every printable handout shares, whatever renders it (`cpt-explain-html`, `cpt-explain-pdf`):
//! paper, print size, the personal fields a clinic fills in, and their checks.
//!
//! Personal fields (patient name, date, clinic, phone) are data, never markup: renderers pass them as
//! values, never as source.

use serde::{Deserialize, Serialize};

use crate::Explainer;
use crate::error::Error;
use crate::explanation::Explanation;

/// Paper size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// US Letter, the default.
    #[default]
    Letter,
    /// ISO A4.
    A4,
}

/// Optional fields a clinic fills in. Printed literally.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Personal {
    /// The patient's name.
    pub patient_name: Option<String>,
    /// The date, as the clinic writes it.
    pub date: Option<String>,
    /// The clinic's name.
    pub clinic: Option<String>,
    /// The phone number to call with questions or problems.
    pub phone: Option<String>,
}

impl Personal {
    /// Each field with its name, for checks and messages.
    pub fn fields(&self) -> [(&'static str, Option<&str>); 4] {
        [
            ("patient name", self.patient_name.as_deref()),
            ("date", self.date.as_deref()),
            ("clinic", self.clinic.as_deref()),
            ("phone", self.phone.as_deref()),
        ]
    }
}

/// How to lay out a handout.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HandoutOptions {
    /// Paper size.
    pub paper: Paper,
    /// Body text of at least 16 pt, for low vision.
    pub large_print: bool,
    /// Personal fields to print in the header.
    pub personal: Personal,
}

/// The messages a handout adds to an explanation: a line per personal field, and the call-us line.
pub(crate) const HANDOUT_MESSAGES: [&str; 4] = [
    "handout-field-patient",
    "handout-field-date",
    "handout-field-clinic",
    "handout-call-us",
];

/// The longest personal field we accept, in characters.
pub const MAX_FIELD_CHARS: usize = 200;

/// What a handout shows around the explanation: each personal field given, as a whole line in the
/// served language ("Patient: Ana Pérez"), and the call-us line.
///
/// Each personal value reaches Fluent wrapped in bidi isolation marks (U+2068 … U+2069), in every
/// locale: its direction is unknown (an Arabic name on an English handout, a phone number on an
/// Arabic one), and the isolates keep it in its own order in HTML and PDF alike.
#[derive(Clone, Debug, Serialize)]
pub struct Header {
    /// "Patient: Ana Pérez" and so on, only for fields given, in this order: name, date, clinic.
    pub fields: Vec<String>,
    /// "Questions or problems? Call us at …", when a phone number is given.
    pub call_us: Option<String>,
    /// The values that must never be broken across lines, as they appear (isolated) in the lines
    /// above: the date and the phone number. A phone number split over two lines gets misdialled.
    pub keep_whole: Vec<String>,
}

/// Formats the header of a handout of `e` with these personal fields (checked first).
pub fn header(
    explainer: &Explainer,
    e: &Explanation,
    personal: &Personal,
) -> Result<Header, Error> {
    check_personal(personal)?;
    let given = |value: &Option<String>| {
        value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| format!("\u{2068}{v}\u{2069}"))
    };
    let mut fields = Vec::new();
    let keep_whole = [&personal.date, &personal.phone]
        .into_iter()
        .filter_map(given)
        .collect();
    let [patient, date, clinic, call_us_line] = HANDOUT_MESSAGES;
    for (message, value) in [
        (patient, &personal.patient_name),
        (date, &personal.date),
        (clinic, &personal.clinic),
    ] {
        if let Some(value) = given(value) {
            fields.push(explainer.personal_line(&e.locale, message, "value", value)?);
        }
    }
    let call_us = match given(&personal.phone) {
        Some(phone) => Some(explainer.personal_line(&e.locale, call_us_line, "phone", phone)?),
        None => None,
    };
    Ok(Header {
        fields,
        call_us,
        keep_whole,
    })
}

/// Checks the personal fields: not too long, no control characters that would garble a line.
pub fn check_personal(personal: &Personal) -> Result<(), Error> {
    for (name, value) in personal.fields() {
        let Some(value) = value else { continue };
        if value.chars().count() > MAX_FIELD_CHARS {
            return Err(Error::BadField {
                field: name,
                reason: format!("longer than {MAX_FIELD_CHARS} characters"),
            });
        }
        if let Some(c) = value.chars().find(|c| c.is_control()) {
            return Err(Error::BadField {
                field: name,
                reason: format!("contains the control character U+{:04X}", c as u32),
            });
        }
        // Bidi embeddings, overrides and isolates could reorder the rest of the line, and a
        // noncharacter is never text: refused, in HTML and PDF alike. (Each value is isolated by us.)
        if let Some(c) = value
            .chars()
            .find(|&c| is_bidi_control(c) || is_noncharacter(c))
        {
            return Err(Error::BadField {
                field: name,
                reason: format!("contains U+{:04X}, which cannot be printed", c as u32),
            });
        }
    }
    Ok(())
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The 66 code points Unicode reserves as never being characters.
fn is_noncharacter(c: char) -> bool {
    let c = c as u32;
    (0xFDD0..=0xFDEF).contains(&c) || c & 0xFFFE == 0xFFFE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_name(name: &str) -> Personal {
        Personal {
            patient_name: Some(name.to_owned()),
            ..Personal::default()
        }
    }

    #[test]
    fn refuses_what_cannot_be_printed() {
        for bad in [
            "a\u{202E}b",
            "a\u{2066}b",
            "\u{FFFF}",
            "\u{FDD0}",
            "\u{1FFFE}",
            "a\nb",
        ] {
            assert!(check_personal(&with_name(bad)).is_err(), "{bad:?}");
        }
        for good in ["Ana (Pérez) <b>", "محمد", "王小明", "O'Brien-Smith"] {
            assert!(check_personal(&with_name(good)).is_ok(), "{good:?}");
        }
    }
}
