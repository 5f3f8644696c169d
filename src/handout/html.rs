//! The HTML handout: one self-contained file with inline CSS, escaped by minijinja's auto-escaping.

use std::sync::OnceLock;

use minijinja::value::{Serde, Value};
use minijinja::{Environment, context};

use crate::Explainer;
use crate::error::Error;
use crate::explanation::Explanation;
use crate::handout::{HandoutOptions, check_personal, header};

/// The template environment, shared by the handout and the server's page.
pub(crate) fn templates() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // Names end in .html, so minijinja escapes every value for HTML.
        for (name, source) in [
            ("base.html", include_str!("../../templates/base.html")),
            (
                "explanation.html",
                include_str!("../../templates/explanation.html"),
            ),
            ("handout.html", include_str!("../../templates/handout.html")),
        ] {
            env.add_template(name, source)
                .expect("templates are checked by the tests");
        }
        env
    })
}

/// Renders the handout for `e`.
pub fn render(
    explainer: &Explainer,
    e: &Explanation,
    opts: &HandoutOptions,
) -> Result<String, Error> {
    check_personal(&opts.personal)?;
    let header = header(explainer, e, &opts.personal)?;
    let template = templates()
        .get_template("handout.html")
        .map_err(|err| Error::Data(format!("handout.html: {err}")))?;
    template
        .render(context! {
            e => Value::from(Serde(e)),
            header => Value::from(Serde(&header)),
            paper => Value::from(Serde(opts.paper)),
            large_print => opts.large_print,
        })
        .map_err(|err| Error::Data(format!("handout.html: {err:#}")))
}
