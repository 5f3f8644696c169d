//! HTML for `cpt-explain`: the printable handout, the page a portal embeds, the summary an
//! Infobutton feed carries, and the bilingual sheet reviewers check on paper, rendered through
//! minijinja templates.
//!
//! ```
//! use cpt_explain_core::handout::HandoutOptions;
//! let explainer = cpt_explain_core::Explainer::global();
//! let e = cpt_explain_core::explain("62324", "es").unwrap();
//! let html = cpt_explain_html::handout(explainer, &e, &HandoutOptions::default()).unwrap();
//! assert!(html.starts_with("<!doctype html>"));
//! assert!(html.contains(r#"lang="es""#));
//! ```
//!
//! Every template name ends in `.html`, so minijinja escapes every value it inserts: no HTML is
//! built by hand anywhere, and `.ftl` files hold no HTML.

#![warn(missing_docs)]

use std::sync::OnceLock;

use cpt_explain_core::handout::{HandoutOptions, check_personal, header};
use cpt_explain_core::review::Sheet;
use cpt_explain_core::{Error, Explainer, Explanation, LocaleInfo};
use minijinja::value::{Serde, Value};
use minijinja::{Environment, context};

/// Where the page links to: the handouts of the same explanation.
#[derive(Clone, Debug)]
pub struct PageLinks {
    /// The printable HTML handout.
    pub handout_html: String,
    /// The PDF handout.
    pub handout_pdf: String,
}

/// The handout for `e`: one self-contained HTML file with inline CSS and a print stylesheet.
pub fn handout(
    explainer: &Explainer,
    e: &Explanation,
    opts: &HandoutOptions,
) -> Result<String, Error> {
    check_personal(&opts.personal)?;
    let header = header(explainer, e, &opts.personal)?;
    render(
        "handout.html",
        context! {
            e => Value::from(Serde(e)),
            header => Value::from(Serde(&header)),
            paper => Value::from(Serde(opts.paper)),
            large_print => opts.large_print,
        },
    )
}

/// The page a portal shows or frames: the explanation, a language switcher and links to the handouts.
pub fn page(
    e: &Explanation,
    languages: &[&LocaleInfo],
    links: &PageLinks,
) -> Result<String, Error> {
    render(
        "page.html",
        context! {
            e => Value::from(Serde(e)),
            languages => Value::from(Serde(languages)),
            handout_html => &links.handout_html,
            handout_pdf => &links.handout_pdf,
            paper => "letter",
            large_print => false,
        },
    )
}

/// The HTML summary an Infobutton feed entry carries.
pub fn infobutton_summary(e: &Explanation) -> Result<String, Error> {
    render(
        "infobutton-summary.html",
        context! { e => Value::from(Serde(e)) },
    )
}

/// The review sheet for one locale: English and the text under review side by side, where each unit
/// shows, the notes, a box to tick and room to write. Its headings are in English, for the
/// language-services team and the agency; the texts are in their own languages and directions.
pub fn review_sheet(sheet: &Sheet) -> Result<String, Error> {
    render(
        "review-sheet.html",
        context! { sheet => Value::from(Serde(sheet)) },
    )
}

fn render(name: &str, ctx: Value) -> Result<String, Error> {
    templates()
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|err| Error::Data(format!("{name}: {err:#}")))
}

/// The template environment, built once.
fn templates() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // Names end in .html, so minijinja escapes every value for HTML.
        for (name, source) in [
            ("base.html", include_str!("../templates/base.html")),
            (
                "explanation.html",
                include_str!("../templates/explanation.html"),
            ),
            ("handout.html", include_str!("../templates/handout.html")),
            ("page.html", include_str!("../templates/page.html")),
            (
                "infobutton-summary.html",
                include_str!("../templates/infobutton-summary.html"),
            ),
            (
                "review-sheet.html",
                include_str!("../templates/review-sheet.html"),
            ),
        ] {
            env.add_template(name, source)
                .expect("templates are checked by the tests");
        }
        env
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses() {
        for name in [
            "base.html",
            "explanation.html",
            "handout.html",
            "page.html",
            "infobutton-summary.html",
            "review-sheet.html",
        ] {
            assert!(templates().get_template(name).is_ok(), "{name}");
        }
    }
}
