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
//! Every template name ends in `.html` or `.svg`, and minijinja escapes every value it inserts into
//! either: no markup is built by hand anywhere, and `.ftl` files hold no HTML.
//!
//! The picture of where ([`picture`]) is one template, `picture.svg`: served on its own, inline in
//! the handout and the page, and read by the PDF handout.

#![warn(missing_docs)]

pub mod picture;

use std::sync::OnceLock;

use cpt_explain_core::handout::{HandoutOptions, check_personal, header};
use cpt_explain_core::review::Sheet;
use cpt_explain_core::{Error, Explainer, Explanation, LocaleInfo, Picture};
use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, context, default_auto_escape_callback};
use serde::Serialize;

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
    let picture = explainer.picture_for(e)?;
    render(
        "handout.html",
        context! {
            e => Value::from(Serde(e)),
            header => Value::from(Serde(&header)),
            paper => Value::from(Serde(opts.paper)),
            large_print => opts.large_print,
            picture => Value::from(Serde(PictureContext::new(&picture, false))),
        },
    )
}

/// The page a portal shows or frames: the explanation with its picture, a language switcher and
/// links to the handouts.
pub fn page(
    explainer: &Explainer,
    e: &Explanation,
    languages: &[&LocaleInfo],
    links: &PageLinks,
) -> Result<String, Error> {
    let picture = explainer.picture_for(e)?;
    render(
        "page.html",
        context! {
            e => Value::from(Serde(e)),
            languages => Value::from(Serde(languages)),
            handout_html => &links.handout_html,
            handout_pdf => &links.handout_pdf,
            paper => "letter",
            large_print => false,
            picture => Value::from(Serde(PictureContext::new(&picture, false))),
        },
    )
}

/// The picture of where as a standalone SVG file (UTF-8), the same drawing the handouts show.
///
/// ```
/// use cpt_explain_core::{Explainer, ProcedureCode};
/// let explainer = Explainer::global();
/// let es = explainer.locales().id_of("es").unwrap();
/// let p = explainer.picture(ProcedureCode::parse("62324").unwrap(), es).unwrap();
/// let svg = cpt_explain_html::picture_svg(&p).unwrap();
/// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
/// assert!(svg.contains(r#"role="img""#) && svg.contains(r#"lang="es""#));
/// ```
pub fn picture_svg(p: &Picture) -> Result<String, Error> {
    render(
        "picture.svg",
        context! { picture => Value::from(Serde(PictureContext::new(p, true))) },
    )
}

/// What `picture.svg` reads: the model, its labels placed, and where the needle goes.
#[derive(Serialize)]
struct PictureContext<'a> {
    model: &'a Picture,
    labels: Vec<picture::PlacedLabel>,
    site_y: f64,
    /// A file of its own needs the SVG namespace; inline in HTML it is implied.
    standalone: bool,
}

impl<'a> PictureContext<'a> {
    fn new(model: &'a Picture, standalone: bool) -> PictureContext<'a> {
        PictureContext {
            model,
            labels: picture::layout(model),
            site_y: picture::site_y(model.site),
            standalone,
        }
    }
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
        // Names end in .html or .svg: minijinja escapes every value for HTML, which is valid XML too.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".svg") {
                AutoEscape::Html
            } else {
                default_auto_escape_callback(name)
            }
        });
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
            ("picture.svg", include_str!("../templates/picture.svg")),
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
            "picture.svg",
        ] {
            assert!(templates().get_template(name).is_ok(), "{name}");
        }
    }
}
