//! The HTML templates (minijinja), shared by handouts, the web page and the Infobutton feed.
//!
//! Every template name ends in `.html`, so minijinja escapes every value it inserts: no HTML is
//! built by hand anywhere, and `.ftl` files hold no HTML.

use std::sync::OnceLock;

use minijinja::Environment;

/// The template environment, shared by the handout and the server's page.
pub fn templates() -> &'static Environment<'static> {
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
        ] {
            env.add_template(name, source)
                .expect("templates are checked by the tests");
        }
        env
    })
}
