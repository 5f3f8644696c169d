//! The HTTP service: every route through `oneshot`, negotiation, caching, errors, the Infobutton feed
//! against the HL7 schema, and one test over a real socket.

use std::io::Write;
use std::process::{Command, Stdio};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use cpt_explain_server::{self as server, ServerConfig};
use scraper::{Html, Selector};
use tower::ServiceExt;

fn app() -> server::App {
    server::app(&ServerConfig::default()).unwrap()
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.text()))
    }

    fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }
}

async fn get_with(uri: &str, headers: &[(header::HeaderName, &str)]) -> Reply {
    let mut req = Request::get(uri);
    for (k, v) in headers {
        req = req.header(k, *v);
    }
    let response = app()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (status, headers, body) = crate::read_response(response).await;
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(uri: &str) -> Reply {
    get_with(uri, &[]).await
}

/// A 4xx with the JSON error body.
async fn rejects(uri: &str, status: StatusCode, code: &str) {
    let r = get(uri).await;
    assert_eq!(r.status, status, "{uri}: {}", r.text());
    let json = r.json();
    assert_eq!(json["error"], code, "{uri}");
    assert!(json["message"].as_str().unwrap().len() > 5);
}

#[tokio::test]
async fn explanation_json_by_query_and_by_accept_language() {
    let r = get("/v1/explanations/62324?lang=es").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["locale"], "es");
    assert_eq!(r.header(header::CONTENT_LANGUAGE), "es");
    assert!(varies_by(&r, "accept-language"));
    assert!(r.header(header::CACHE_CONTROL).contains("max-age"));
    let etag = r.header(header::ETAG).to_owned();
    assert!(
        etag.starts_with('"') && etag.len() > 4,
        "a strong ETag: {etag}"
    );
    // Other query fields are ignored; `lang` is percent-decoded; the same key, the same bytes.
    for uri in [
        "/v1/explanations/62324?utm_source=portal&lang=es",
        "/v1/explanations/62324?lang=%65s",
    ] {
        let other = get(uri).await;
        assert_eq!(other.status, StatusCode::OK, "{uri}");
        assert_eq!(other.header(header::ETAG), etag, "{uri}");
    }

    let r = get_with(
        "/v1/explanations/62324",
        &[(header::ACCEPT_LANGUAGE, "sw-KE, ar;q=0.7, en;q=0.5")],
    )
    .await;
    assert_eq!(r.json()["locale"], "ar");
    assert_eq!(r.json()["direction"], "rtl");
    assert_eq!(r.json()["fallback"], true);
    let r = get_with(
        "/v1/explanations/62324",
        &[(header::ACCEPT_LANGUAGE, "sw-KE")],
    )
    .await;
    assert_eq!(
        (r.status, r.json()["locale"].as_str()),
        (StatusCode::OK, Some("en")),
        "a browser's header is a hint"
    );
    let r = get("/v1/explanations/62324").await;
    assert_eq!(r.json()["locale"], "en");

    let r = get_with(
        "/v1/explanations/62324?lang=es",
        &[(header::IF_NONE_MATCH, &etag)],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_MODIFIED);
    assert!(r.body.is_empty());
    assert_eq!(r.header(header::ETAG), etag);
}

#[tokio::test]
async fn listings() {
    let r = get("/v1/codes?lang=ko").await;
    let list = r.json();
    assert_eq!(list.as_array().unwrap().len(), 9);
    assert_eq!(r.header(header::CONTENT_LANGUAGE), "ko");
    let r = get("/v1/locales").await;
    let list = r.json();
    assert_eq!(list.as_array().unwrap().len(), crate::tags().len());
    assert_eq!(list[4]["direction"], "rtl");
    assert_eq!(get("/healthz").await.json()["status"], "ok");
}

#[tokio::test]
async fn the_page_has_a_switcher_rtl_and_a_print_link() {
    let r = get("/explain/62324?lang=ar").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.header(header::CONTENT_TYPE).starts_with("text/html"));
    assert!(
        r.header(header::CONTENT_SECURITY_POLICY)
            .contains("frame-ancestors 'self'")
    );
    let doc = Html::parse_document(&r.text());
    let html = doc
        .select(&Selector::parse("html").unwrap())
        .next()
        .unwrap();
    assert_eq!(html.value().attr("dir"), Some("rtl"));
    assert_eq!(html.value().attr("lang"), Some("ar"));
    let names: Vec<String> = doc
        .select(&Selector::parse("nav a").unwrap())
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(
        names,
        [
            "English",
            "Español",
            "中文",
            "Русский",
            "العربية",
            "Tiếng Việt",
            "Français",
            "Deutsch",
            "한국어",
            "Tagalog",
            "繁體中文",
            "Português",
            "Kreyòl ayisyen",
            "فارسی"
        ]
    );
    let current: Vec<_> = doc
        .select(&Selector::parse("nav a[aria-current]").unwrap())
        .collect();
    assert_eq!(current.len(), 1);
    let hrefs: Vec<String> = doc
        .select(&Selector::parse("a").unwrap())
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(
        hrefs
            .iter()
            .any(|h| h == "http://127.0.0.1:8080/v1/explanations/62324/handout.pdf?lang=ar"),
        "{hrefs:?}"
    );
    assert!(
        hrefs
            .iter()
            .any(|h| h == "http://127.0.0.1:8080/v1/explanations/62324/handout.html?lang=ar"),
        "{hrefs:?}"
    );
    // Self-contained: links to our handouts (absolute), but nothing loaded from anywhere.
    assert!(
        !r.text().contains("<script")
            && !r.text().contains("<link")
            && !r.text().contains("src=")
            && !r.text().contains("url(")
    );
    let framed = server::app(&ServerConfig {
        allow_origins: vec![],
        frame_ancestors: vec!["https://portal.example".into()],
        ..ServerConfig::default()
    })
    .unwrap();
    let response = framed
        .oneshot(Request::get("/explain/62324").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let csp = response.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("frame-ancestors https://portal.example"),
        "{csp}"
    );
}

#[tokio::test]
async fn the_picture_alone_as_svg_cached_with_an_etag() {
    let r = get("/v1/explanations/62325/picture.svg?lang=fa").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(
        r.header(header::CONTENT_TYPE),
        "image/svg+xml; charset=utf-8"
    );
    assert_eq!(r.header(header::CONTENT_LANGUAGE), "fa");
    assert!(varies_by(&r, "accept-language"));
    assert!(r.header(header::CACHE_CONTROL).contains("max-age"));
    assert_eq!(
        r.header(header::CONTENT_SECURITY_POLICY),
        "default-src 'none'; style-src 'unsafe-inline'"
    );
    let svg = r.text();
    let doc = usvg::roxmltree::Document::parse(&svg).unwrap();
    assert_eq!(doc.root_element().attribute("lang"), Some("fa"));
    assert_eq!(doc.root_element().attribute("role"), Some("img"));
    // The same bytes the library makes, and the same picture the page shows inline.
    let explainer = cpt_explain_core::Explainer::global();
    let fa = explainer.locales().id_of("fa").unwrap();
    let code = cpt_explain_core::ProcedureCode::parse("62325").unwrap();
    let p = explainer.picture(code, fa).unwrap();
    assert_eq!(svg, cpt_explain_html::picture_svg(&p).unwrap());
    let page = get("/explain/62325?lang=fa").await.text();
    assert!(page.contains(&format!(">{}</desc>", p.description)));

    let etag = r.header(header::ETAG).to_owned();
    assert!(etag.starts_with('"'), "{etag}");
    let again = get_with(
        "/v1/explanations/62325/picture.svg?lang=fa",
        &[(header::IF_NONE_MATCH, &etag)],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    // By Accept-Language too; a fallback language gets the same picture as its locale.
    let dari = get_with(
        "/v1/explanations/62325/picture.svg",
        &[(header::ACCEPT_LANGUAGE, "prs")],
    )
    .await;
    assert_eq!(dari.status, StatusCode::OK);
    assert_eq!(dari.body, r.body);
    assert_eq!(dari.header(header::ETAG), etag);

    rejects(
        "/v1/explanations/62A25/picture.svg",
        StatusCode::BAD_REQUEST,
        "malformed_code",
    )
    .await;
    rejects(
        "/v1/explanations/99999/picture.svg",
        StatusCode::NOT_FOUND,
        "unknown_code",
    )
    .await;
    rejects(
        "/v1/explanations/62325/picture.svg?lang=sw",
        StatusCode::BAD_REQUEST,
        "no_such_language",
    )
    .await;
}

#[tokio::test]
async fn cors_only_for_allowed_origins() {
    let allowed = "https://portal.example";
    let ask = |config: ServerConfig, method: &'static str, origin: &'static str| async move {
        let mut req = Request::builder()
            .method(method)
            .uri("/v1/explanations/62324?lang=es")
            .header(header::ORIGIN, origin);
        if method == "OPTIONS" {
            req = req.header(header::ACCESS_CONTROL_REQUEST_METHOD, "GET");
        }
        server::app(&config)
            .unwrap()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap()
    };
    let with_portal = || ServerConfig {
        allow_origins: vec![allowed.into()],
        ..ServerConfig::default()
    };
    let r = ask(with_portal(), "GET", allowed).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], allowed);
    let r = ask(with_portal(), "OPTIONS", allowed).await;
    assert_eq!(r.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], allowed);
    assert!(
        r.headers()[header::ACCESS_CONTROL_ALLOW_METHODS]
            .to_str()
            .unwrap()
            .contains("GET")
    );
    for (config, origin) in [
        (with_portal(), "https://elsewhere.example"),
        (ServerConfig::default(), allowed),
    ] {
        for method in ["GET", "OPTIONS"] {
            let r = ask(config.clone(), method, origin).await;
            assert!(
                !r.headers()
                    .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN),
                "{method} from {origin}"
            );
        }
    }
}

#[tokio::test]
async fn handouts_over_http_with_personal_fields() {
    let r = get("/v1/explanations/62324/handout.html?lang=vi&patient_name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&phone=555").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text().contains("&lt;script&gt;alert(1)&lt;"), "escaped");
    assert!(!r.text().contains("<script>alert"));
    assert_eq!(r.header(header::CACHE_CONTROL), "private, no-store");
    assert_eq!(r.header(header::ETAG), "", "no ETag fingerprints a patient");
    assert_eq!(r.header(header::REFERRER_POLICY), "no-referrer");
    assert!(
        r.header(header::CONTENT_SECURITY_POLICY)
            .contains("default-src 'none'")
    );
    let r = get("/v1/explanations/62324/handout.pdf?lang=ko&clinic=%23read(%22%2Fetc%2Fpasswd%22)")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.starts_with(b"%PDF"));
    assert_eq!(r.header(header::CONTENT_TYPE), "application/pdf");
    let r = get("/v1/explanations/62320/handout.pdf?lang=de&paper=a4&large_print=true").await;
    assert!(r.header(header::CACHE_CONTROL).starts_with("public"));
    rejects(
        "/v1/explanations/62324/handout.pdf?paper=a5",
        StatusCode::BAD_REQUEST,
        "bad_paper",
    )
    .await;
    rejects(
        "/v1/explanations/62324/handout.pdf?patient_name=%F0%9F%99%82",
        StatusCode::BAD_REQUEST,
        "bad_field",
    )
    .await;
    let long = "x".repeat(300);
    rejects(
        &format!("/v1/explanations/62324/handout.html?clinic={long}"),
        StatusCode::BAD_REQUEST,
        "bad_field",
    )
    .await;
}

async fn post_json(uri: &str, body: &str) -> Reply {
    let response = app()
        .oneshot(
            Request::post(uri)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_owned()))
                .unwrap(),
        )
        .await
        .unwrap();
    let (status, headers, body) = crate::read_response(response).await;
    Reply {
        status,
        headers,
        body,
    }
}

#[tokio::test]
async fn personal_handouts_by_post_keep_names_out_of_urls() {
    let r = post_json(
        "/v1/explanations/62324/handout.html",
        r#"{"lang": "es", "patient_name": "Ana (Pérez) <b>", "date": "2026-11-26", "phone": "+1 (555) 010-0199"}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert!(r.text().contains("Ana (Pérez) &lt;b&gt;"));
    assert!(r.text().contains("+1 (555) 010-0199"));
    assert_eq!(r.header(header::CACHE_CONTROL), "private, no-store");
    assert_eq!(r.header(header::ETAG), "");
    let r = post_json(
        "/v1/explanations/62324/handout.pdf",
        r#"{"lang": "ar", "patient_name": "Ana", "paper": "a4"}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.starts_with(b"%PDF"));
    let r = post_json(
        "/v1/explanations/62324/handout.pdf",
        r#"{"patient": "typo"}"#,
    )
    .await;
    assert_eq!(r.status.as_u16() / 100, 4);
    assert_eq!(r.json()["error"], "bad_body");
    let r = post_json("/v1/explanations/62324/handout.pdf", "not json").await;
    assert_eq!(r.status.as_u16() / 100, 4);
}

#[tokio::test]
async fn bodies_past_16_kib_are_refused_with_413() {
    // Valid JSON and a valid form, just too long: the limit, not the parser, refuses them.
    let name = "a".repeat(20 * 1024);
    let json = format!(r#"{{"lang": "es", "patient_name": "{name}"}}"#);
    for uri in [
        "/v1/explanations/62324/handout.html",
        "/v1/explanations/62324/handout.pdf",
    ] {
        let r = post_json(uri, &json).await;
        assert_eq!(
            r.status,
            StatusCode::PAYLOAD_TOO_LARGE,
            "{uri}: {}",
            r.text()
        );
        assert_eq!(r.json()["error"], "body_too_large");
    }
    let form = format!("mainSearchCriteria.v.c=62324&x={name}");
    let response = app()
        .oneshot(
            Request::post("/infobutton")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(form))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn nan_weights_and_padded_codes_never_reach_a_5xx() {
    let nan = "en;q=NaN,".repeat(40) + "fr;q=inf,de;q=-1,es;q=0.5";
    for uri in [
        "/v1/explanations/62324",
        "/explain/62324",
        "/v1/codes",
        "/v1/explanations/62324/handout.html",
    ] {
        let r = get_with(
            uri,
            &[
                (header::ACCEPT_LANGUAGE, nan.as_str()),
                (
                    header::ACCEPT_ENCODING,
                    "gzip;q=NaN, br;q=nan, deflate;q=1e999",
                ),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        assert_eq!(r.header(header::CONTENT_LANGUAGE), "es", "{uri}");
    }
    rejects(
        "/v1/explanations/%2062324",
        StatusCode::BAD_REQUEST,
        "malformed_code",
    )
    .await;
    rejects(
        "/v1/explanations/62324%20",
        StatusCode::BAD_REQUEST,
        "malformed_code",
    )
    .await;
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn no_header_or_query_yields_a_5xx(
        accept_language in "[ -~]{0,80}",
        accept_encoding in "[ -~]{0,40}",
        query in "[a-z_=&;%0-9A-Fa-f.,-]{0,60}",
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            for path in ["/v1/explanations/62324", "/explain/62322", "/v1/codes", "/infobutton"] {
                let uri = format!("{path}?{query}");
                let Ok(request) = Request::get(uri.as_str())
                    .header(header::ACCEPT_LANGUAGE, accept_language.as_str())
                    .header(header::ACCEPT_ENCODING, accept_encoding.as_str())
                    .body(Body::empty())
                else {
                    continue;
                };
                let response = app().oneshot(request).await.unwrap();
                assert!(response.status().as_u16() < 500, "{uri}: {}", response.status());
            }
        });
    }
}

#[tokio::test]
async fn bad_requests_are_4xx_json() {
    rejects(
        "/v1/explanations/99999",
        StatusCode::NOT_FOUND,
        "unknown_code",
    )
    .await;
    rejects(
        "/v1/explanations/62A24",
        StatusCode::BAD_REQUEST,
        "malformed_code",
    )
    .await;
    rejects(
        "/v1/explanations/%2e%2e%2f",
        StatusCode::BAD_REQUEST,
        "malformed_code",
    )
    .await;
    rejects(
        "/v1/explanations/..%2f..%2fetc%2fpasswd",
        StatusCode::BAD_REQUEST,
        "malformed_code",
    )
    .await;
    rejects(
        "/v1/explanations/62324%00",
        StatusCode::BAD_REQUEST,
        "malformed_code",
    )
    .await;
    rejects("/v1/explanations/%ff", StatusCode::BAD_REQUEST, "bad_path").await;
    rejects(
        "/v1/explanations/62324?lang=sw",
        StatusCode::BAD_REQUEST,
        "no_such_language",
    )
    .await;
    rejects(
        "/v1/explanations/62324?lang=",
        StatusCode::BAD_REQUEST,
        "no_such_language",
    )
    .await;
    rejects(
        "/explain/62324?lang=xx",
        StatusCode::BAD_REQUEST,
        "no_such_language",
    )
    .await;
    for uri in [
        "/v1/explanations/62324?lang=es&lang=fr",
        "/explain/62324?lang=es&lang=es",
        "/v1/codes?lang=es&lang=fr",
    ] {
        rejects(uri, StatusCode::BAD_REQUEST, "bad_query").await;
    }
    rejects("/nothing/here", StatusCode::NOT_FOUND, "not_found").await;
    rejects("/v1/explanations", StatusCode::NOT_FOUND, "not_found").await;
    let long = "6".repeat(5000);
    rejects(
        &format!("/v1/explanations/{long}"),
        StatusCode::URI_TOO_LONG,
        "uri_too_long",
    )
    .await;
    let big = "a".repeat(20_000);
    let r = get_with("/v1/explanations/62324", &[(header::ACCEPT_LANGUAGE, &big)]).await;
    assert_eq!(r.status, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    let response = app()
        .oneshot(
            Request::post("/v1/explanations/62324")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
}

const IB: &str =
    "/infobutton?mainSearchCriteria.v.c=62324&mainSearchCriteria.v.cs=2.16.840.1.113883.6.12";

/// Validates against the HL7 Knowledge Response schema.
pub(crate) fn validate_against_hl7_schema(xml: &[u8]) {
    crate::validate_against_schema("tests/data/hl7/KnowledgeResponse.xsd", xml);
}

#[tokio::test]
async fn infobutton_xml_is_a_valid_hl7_knowledge_response() {
    for lang in ["en", "es", "sp", "ar", "zh", "tl"] {
        let r = get(&format!(
            "{IB}&mainSearchCriteria.v.dn=Epidural&informationRecipient.languageCode.c={lang}"
        ))
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.header(header::CONTENT_TYPE).contains("xml"));
        validate_against_hl7_schema(&r.body);
        let xml = r.text();
        let expect = match lang {
            "sp" => "es",
            "zh" => "zh-Hans",
            other => other,
        };
        assert!(
            xml.contains(&format!("<entry xml:lang=\"{expect}\"")),
            "{lang}: {xml}"
        );
        assert_eq!(
            xml.matches("rel=\"alternate\"").count(),
            crate::tags().len(),
            "one link per language"
        );
        assert!(xml.contains("hreflang=\"ko\""));
        assert!(xml.contains("term=\"Epidural\""), "the request is echoed");
        assert!(xml.contains("summary type=\"html\""));
    }
    // A code we do not have: an empty, still valid feed.
    let r = get(
        "/infobutton?mainSearchCriteria.v.c=99213&mainSearchCriteria.v.cs=2.16.840.1.113883.6.12",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    validate_against_hl7_schema(&r.body);
    assert!(!r.text().contains("<entry"));
    let r = get(
        "/infobutton?mainSearchCriteria.v.c=E11&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.text().contains("<entry"));
}

#[tokio::test]
async fn infobutton_json_and_jsonp() {
    let r = get(&format!(
        "{IB}&knowledgeResponseType=application/json&informationRecipient.languageCode.c=es"
    ))
    .await;
    assert_eq!(r.header(header::CONTENT_LANGUAGE), "es");
    assert!(
        !varies_by(&r, "accept-language"),
        "the language is a parameter here"
    );
    let json = r.json();
    let entry = &json["feed"]["entry"][0];
    assert_eq!(entry["lang"], "es");
    assert!(entry["title"]["_value"].as_str().unwrap().len() > 10);
    assert_eq!(entry["summary"]["type"], "html");
    assert_eq!(
        entry["link"].as_array().unwrap().len(),
        crate::tags().len() + 2
    );
    assert_eq!(
        json["feed"]["category"][0]["scheme"],
        "mainSearchCriteria.v.c"
    );

    let r = get(&format!(
        "{IB}&knowledgeResponseType=application/javascript&callback=handle_1"
    ))
    .await;
    let text = r.text();
    assert!(
        text.starts_with("handle_1({") && text.ends_with(");"),
        "{}",
        &text[..40]
    );
    serde_json::from_str::<serde_json::Value>(&text["handle_1(".len()..text.len() - 2]).unwrap();
    for bad in ["alert(1)", "a.b", "x;y", "", "1abc", "%3Cscript%3E"] {
        rejects(
            &format!("{IB}&knowledgeResponseType=application/javascript&callback={bad}"),
            StatusCode::BAD_REQUEST,
            "bad_callback",
        )
        .await;
    }
    rejects(
        &format!("{IB}&knowledgeResponseType=text/html"),
        StatusCode::BAD_REQUEST,
        "bad_response_type",
    )
    .await;
    rejects(
        "/infobutton?mainSearchCriteria.v.c=62324&mainSearchCriteria.v.cs=1.2.3",
        StatusCode::BAD_REQUEST,
        "unknown_code_system",
    )
    .await;
    rejects(
        "/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.12",
        StatusCode::BAD_REQUEST,
        "missing_code",
    )
    .await;
}

#[tokio::test]
async fn openapi_describes_every_route() {
    let spec = get("/openapi.json").await.json();
    let mut documented: Vec<String> = spec["paths"].as_object().unwrap().keys().cloned().collect();
    documented.sort();
    let mut routes: Vec<String> = server::ROUTES.iter().map(|s| s.to_string()).collect();
    routes.sort();
    assert_eq!(documented, routes);
    // And every listed route answers (not the 404 fallback).
    for route in server::ROUTES {
        let uri = route.replace("{code}", "62324").replace("/infobutton", IB);
        let r = get(&uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
    }
}

#[tokio::test]
async fn openapi_names_every_field_of_explanations_and_locales() {
    let spec = get("/openapi.json").await.json();
    let schemas = &spec["components"]["schemas"];
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let explanation = get("/v1/explanations/62324?lang=es").await.json();
    let locale = get("/v1/locales").await.json()[0].clone();
    for (value, schema) in [(&explanation, "Explanation"), (&locale, "Locale")] {
        let schema = &schemas[schema];
        assert_eq!(keys(value), keys(&schema["properties"]), "{schema}");
        for required in schema["required"].as_array().unwrap() {
            assert!(
                value.get(required.as_str().unwrap()).is_some(),
                "{required}"
            );
        }
    }
    assert_eq!(
        keys(&explanation["review"]),
        keys(&schemas["ReviewCounts"]["properties"])
    );
    let statuses = schemas["ReviewStatus"]["enum"].as_array().unwrap();
    assert!(statuses.contains(&explanation["review_status"]));
    assert!(statuses.contains(&locale["review_status"]));
}

fn varies_by(r: &Reply, name: &str) -> bool {
    r.headers
        .get_all(header::VARY)
        .iter()
        .flat_map(|v| v.to_str().unwrap().split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(name))
}

fn decode(r: &Reply) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    match r.header(header::CONTENT_ENCODING) {
        "" => out.clone_from(&r.body),
        "gzip" => {
            flate2::read::GzDecoder::new(&r.body[..])
                .read_to_end(&mut out)
                .unwrap();
        }
        "br" => {
            brotli::Decompressor::new(&r.body[..], 4096)
                .read_to_end(&mut out)
                .unwrap();
        }
        other => panic!("unexpected coding {other}"),
    }
    out
}

#[tokio::test]
async fn compression_when_asked() {
    for uri in [
        "/v1/explanations/62324?lang=ru",
        "/explain/62324?lang=ar",
        "/v1/codes?lang=zh-Hans",
        "/v1/locales",
        "/openapi.json",
        &format!("{IB}&knowledgeResponseType=application/json"),
        "/v1/explanations/62326/handout.html?lang=vi&patient_name=Ana",
        "/v1/explanations/62327/picture.svg?lang=ko",
    ] {
        // A personal handout has no validator at all: nothing fingerprints the patient.
        let personal = uri.contains("patient_name");
        let plain = get(uri).await;
        assert_eq!(plain.status, StatusCode::OK, "{uri}");
        assert_eq!(plain.header(header::CONTENT_ENCODING), "", "{uri}");
        assert!(varies_by(&plain, "accept-encoding"), "{uri}");
        let mut etags = vec![plain.header(header::ETAG).to_owned()];
        for (accept, coding) in [
            ("gzip", "gzip"),
            ("br", "br"),
            ("gzip, deflate, br, zstd", "br"),
            ("gzip;q=1, br;q=0.5", "gzip"),
            ("*", "br"),
            ("br;q=0, *;q=0.3", "gzip"),
            ("gzip;q=0, br;q=0", ""),
            ("identity", ""),
            ("zstd", ""),
        ] {
            let r = get_with(uri, &[(header::ACCEPT_ENCODING, accept)]).await;
            assert_eq!(r.header(header::CONTENT_ENCODING), coding, "{uri} {accept}");
            assert_eq!(decode(&r), plain.body, "{uri} {accept}: the same content");
            if personal {
                assert_eq!(r.header(header::ETAG), "", "{uri}");
            } else if !coding.is_empty() {
                assert!(r.body.len() < plain.body.len(), "{uri} {accept}");
                etags.push(r.header(header::ETAG).to_owned());
                // The validator names this coding: a client holding it gets 304.
                let again = get_with(
                    uri,
                    &[
                        (header::ACCEPT_ENCODING, accept),
                        (header::IF_NONE_MATCH, r.header(header::ETAG)),
                    ],
                )
                .await;
                assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{uri} {accept}");
            }
        }
        if !personal {
            etags.sort();
            etags.dedup();
            assert_eq!(etags.len(), 3, "{uri}: one strong ETag per coding");
        }
    }
    // A PDF is compressed inside already.
    let r = get_with(
        "/v1/explanations/62324/handout.pdf?lang=de",
        &[(header::ACCEPT_ENCODING, "gzip, br")],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header(header::CONTENT_ENCODING), "");
    assert!(r.body.starts_with(b"%PDF"));
}

/// Starts `cpt-explain serve` on a free port; returns the child, its stderr and the address.
fn spawn_server(
    extra: &[&str],
) -> (
    std::process::Child,
    std::io::BufReader<std::process::ChildStderr>,
    String,
) {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_cpt-explain"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(extra)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .expect("the server says where it listens")
        .trim()
        .to_owned();
    (child, stderr, addr)
}

#[test]
fn a_real_socket_and_a_graceful_stop_with_a_request_in_flight() {
    use std::io::Read;
    use std::net::TcpStream;
    use std::time::Duration;
    let (mut child, mut stderr, addr) = spawn_server(&["--grace", "10"]);
    // A portal posts a personal handout, and the body is still on its way when SIGTERM comes.
    let body = br#"{"lang": "de", "patient_name": "Secret Person"}"#;
    let mut stream = TcpStream::connect(&addr).unwrap();
    write!(
        stream,
        "POST /v1/explanations/62324/handout.html HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    stream.write_all(&body[..10]).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    // The server stopped listening, but the request in flight is still served.
    assert!(
        TcpStream::connect(&addr).is_err(),
        "no new connection after SIGTERM"
    );
    stream.write_all(&body[10..]).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("Secret Person"), "{response}");
    assert!(
        response
            .to_ascii_lowercase()
            .contains("cache-control: private, no-store")
    );
    assert!(
        !response.to_ascii_lowercase().contains("etag:"),
        "no ETag on a personal handout"
    );
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
    let mut log = String::new();
    stderr.read_to_string(&mut log).unwrap();
    let line = log
        .lines()
        .find(|l| l.contains(" INFO POST /v1/explanations/62324/handout.html 200 "))
        .unwrap_or_else(|| panic!("one line for the request: {log}"));
    assert!(line.ends_with("us"), "{line}");
    assert!(
        line.starts_with("20") && line.contains('T'),
        "a timestamp: {line}"
    );
    assert!(
        !log.contains("Secret"),
        "the log holds no personal field: {log}"
    );
}

#[test]
fn a_half_sent_head_is_closed_after_the_header_timeout() {
    use std::io::Read;
    use std::net::TcpStream;
    use std::time::{Duration, Instant};
    let (mut child, _stderr, addr) = spawn_server(&["--header-timeout", "1"]);
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let _ = stream.read_to_end(&mut rest);
    // Closed by the server (not by our own 20 s read timeout).
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn connections_past_the_cap_are_refused_while_the_others_are_served() {
    use std::io::Read;
    use std::net::TcpStream;
    let (mut child, _stderr, addr) = spawn_server(&["--max-connections", "2"]);
    let held: Vec<TcpStream> = (0..2).map(|_| TcpStream::connect(&addr).unwrap()).collect();
    std::thread::sleep(std::time::Duration::from_millis(200));
    let mut extra = TcpStream::connect(&addr).unwrap();
    let mut answer = String::new();
    extra.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("too_many_connections"));
    // One of the held connections is served as usual.
    let mut first = &held[0];
    first
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut ok = String::new();
    first.read_to_string(&mut ok).unwrap();
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    let _ = child.kill();
    let _ = child.wait();
}
