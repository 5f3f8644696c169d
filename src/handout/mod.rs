//! Printable handouts: a self-contained HTML page or a PDF typeset by Typst, in every script.
//!
//! Personal fields (patient name, date, clinic, phone) are data, never markup: HTML escapes them through
//! the template engine, and Typst reads them from a JSON file in its world, never from its source.

pub mod fonts;
pub mod html;
pub mod pdf;

use serde::Serialize;

use crate::Explainer;
use crate::error::Error;
use crate::explanation::Explanation;

/// Paper size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    Letter,
    A4,
}

/// Optional fields a clinic fills in. Printed literally.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Personal {
    pub patient_name: Option<String>,
    pub date: Option<String>,
    pub clinic: Option<String>,
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
    pub paper: Paper,
    /// Body text of at least 16 pt, for low vision.
    pub large_print: bool,
    pub personal: Personal,
}

/// The longest personal field we accept, in characters.
pub const MAX_FIELD_CHARS: usize = 200;

/// What a handout shows around the explanation: localized labels with the personal fields.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Header {
    /// ("Patient", "Ana Pérez") and so on, only for fields given.
    pub fields: Vec<(String, String)>,
    /// "Questions or problems? Call us at …", when a phone number is given.
    pub call_us: Option<String>,
}

pub(crate) fn header(
    explainer: &Explainer,
    e: &Explanation,
    personal: &Personal,
) -> Result<Header, Error> {
    let mut fields = Vec::new();
    for (label, value) in [
        (&e.labels.patient, &personal.patient_name),
        (&e.labels.date, &personal.date),
        (&e.labels.clinic, &personal.clinic),
    ] {
        if let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            fields.push((label.clone(), value.to_owned()));
        }
    }
    let call_us = match personal
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        Some(phone) => Some(explainer.call_us(&e.locale, phone)?),
        None => None,
    };
    Ok(Header { fields, call_us })
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
    }
    Ok(())
}
