//! Language negotiation: tags, Accept-Language lists and POSIX locales onto our locales.

use cpt_explain_core::{Explainer, LanguageRequest};
use proptest::prelude::*;

/// (request, served, fallback); `None` means no locale matches.
const TABLE: &[(&str, Option<&str>, bool)] = &[
    ("en", Some("en"), false),
    ("EN-us", Some("en"), false),
    ("en-GB", Some("en"), false),
    ("es", Some("es"), false),
    ("es-MX", Some("es"), false),
    ("es-419", Some("es"), false),
    ("es_MX.UTF-8", Some("es"), false),
    ("fr_CA", Some("fr"), false),
    ("fr_CA.UTF-8@euro", Some("fr"), false),
    ("de-AT", Some("de"), false),
    ("ru-RU", Some("ru"), false),
    ("ar", Some("ar"), false),
    ("ar-EG", Some("ar"), false),
    ("ar-SA", Some("ar"), false),
    ("vi-VN", Some("vi"), false),
    ("ko-KR", Some("ko"), false),
    ("tl", Some("tl"), false),
    ("fil", Some("tl"), false),
    ("fil-PH", Some("tl"), false),
    ("zh", Some("zh-Hans"), false),
    ("zh-CN", Some("zh-Hans"), false),
    ("zh-SG", Some("zh-Hans"), false),
    ("zh-Hans", Some("zh-Hans"), false),
    ("zh-hans-cn", Some("zh-Hans"), false),
    ("zh_CN.UTF-8", Some("zh-Hans"), false),
    ("zh-TW", Some("zh-Hant"), false),
    ("zh-HK", Some("zh-Hant"), false),
    ("zh-MO", Some("zh-Hant"), false),
    ("zh-Hant", Some("zh-Hant"), false),
    ("zh-Hant-TW", Some("zh-Hant"), false),
    ("zh-Hant-HK", Some("zh-Hant"), false),
    ("zh_TW.UTF-8", Some("zh-Hant"), false),
    ("pt", Some("pt"), false),
    ("pt-BR", Some("pt"), false),
    ("pt-PT", Some("pt"), false),
    ("pt-CV", Some("pt"), false),
    ("ht", Some("ht"), false),
    ("ht-HT", Some("ht"), false),
    ("fr-HT", Some("fr"), false),
    ("fa", Some("fa"), false),
    ("fa-IR", Some("fa"), false),
    ("fa-AF", Some("fa"), true),
    ("prs", Some("fa"), true),
    ("prs-AF", Some("fa"), true),
    ("sw,es;q=0.8", Some("es"), true),
    ("sw, es;q=0.8, *;q=0.1", Some("es"), true),
    ("es;q=0.5, de;q=0.9", Some("de"), false),
    ("fr;q=0, de", Some("de"), false),
    ("sw, *", Some("en"), true),
    ("*", Some("en"), false),
    ("sw-KE", None, false),
    ("sw", None, false),
    ("fr;q=0", None, false),
    ("", None, false),
    ("C", None, false),
    ("POSIX", None, false),
    ("not a language!", None, false),
    ("x", None, false),
];

#[test]
fn the_negotiation_table() {
    let locales = Explainer::global().locales();
    for &(input, served, fallback) in TABLE {
        let request = LanguageRequest::parse(input);
        let got = locales.negotiate(&request);
        match served {
            Some(tag) => {
                let n = got.unwrap_or_else(|| panic!("{input:?} matched nothing"));
                assert_eq!(n.locale, tag, "{input:?}");
                assert_eq!(n.fallback, fallback, "{input:?} fallback");
                assert_eq!(
                    n.requested,
                    input.trim(),
                    "{input:?} requested is reported as given"
                );
            }
            None => assert_eq!(got, None, "{input:?}"),
        }
    }
}

#[test]
fn default_and_strict_negotiation() {
    let locales = Explainer::global().locales();
    let n = locales.negotiate_or_default(&LanguageRequest::parse("sw-KE"));
    assert_eq!((n.locale.as_str(), n.fallback), ("en", true));
    let n = locales.negotiate_or_default(&LanguageRequest::none());
    assert_eq!((n.locale.as_str(), n.fallback), ("en", false));
    let err = locales
        .negotiate_strict(&LanguageRequest::parse("sw-KE"))
        .unwrap_err();
    let message = err.to_string();
    for tag in [
        "en", "es", "zh-Hans", "ru", "ar", "vi", "fr", "de", "ko", "tl", "zh-Hant", "pt", "ht",
        "fa",
    ] {
        assert!(message.contains(tag), "{message} lacks {tag}");
    }
}

proptest! {
    #[test]
    fn any_input_negotiates_without_panic(input in ".{0,200}") {
        let locales = Explainer::global().locales();
        let n = locales.negotiate_or_default(&LanguageRequest::parse(&input));
        prop_assert!(locales.all().iter().any(|l| l.info.tag == n.locale));
    }

    #[test]
    fn accept_language_headers_pick_a_locale_we_have(
        langs in prop::collection::vec("[a-zA-Z]{2,3}(-[a-zA-Z]{2}|-[0-9]{3})?", 1..6),
        weights in prop::collection::vec(0u8..=10, 6),
    ) {
        let header: Vec<String> = langs
            .iter()
            .zip(&weights)
            .map(|(l, w)| format!("{l};q={}", f32::from(*w) / 10.0))
            .collect();
        let header = header.join(", ");
        let locales = Explainer::global().locales();
        if let Some(n) = locales.negotiate(&LanguageRequest::parse(&header)) {
            // The served language was asked for with a non-zero weight.
            let lang = n.locale.split('-').next().unwrap();
            let asked = langs.iter().zip(&weights).any(|(l, w)| {
                let l = l.to_ascii_lowercase();
                *w > 0
                    && (l.starts_with(lang)
                        || (lang == "tl" && l.starts_with("fil"))
                        || (lang == "fa" && l.starts_with("prs")))
            });
            prop_assert!(asked, "{header} gave {}", n.locale);
        }
    }
}
