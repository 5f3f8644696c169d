//! The HTML handout: one self-contained file with inline CSS, escaped by minijinja's auto-escaping.

use minijinja::context;
use minijinja::value::{Serde, Value};

use crate::Explainer;
use crate::error::Error;
use crate::explanation::Explanation;
use crate::handout::{HandoutOptions, check_personal, header};
use crate::templates::templates;

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
