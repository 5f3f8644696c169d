//! The Infobutton answers as existing MedlinePlus Connect clients read them: the first link of an
//! entry, text under `_value`, the summary as HTML; several codes per request, GET and form POST.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use cpt_explain_server::{ServerConfig, app};
use tower::ServiceExt;

const PUBLIC: &str = "https://explain.example.org";

async fn send(request: Request<Body>) -> (StatusCode, String, Vec<u8>) {
    let config = ServerConfig {
        public_url: Some(PUBLIC.to_owned()),
        ..ServerConfig::default()
    };
    let response = app(&config).unwrap().oneshot(request).await.unwrap();
    let (status, headers, body) = crate::read_response(response).await;
    let content_type = headers[header::CONTENT_TYPE].to_str().unwrap().to_owned();
    (status, content_type, body)
}

async fn get(query: &str) -> (StatusCode, String, Vec<u8>) {
    send(
        Request::get(format!("/infobutton?{query}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

/// What a MedlinePlus Connect client takes from a JSON feed: each entry's title, first link,
/// summary and id, all through `_value` and `link[0].href`.
fn read_like_a_client(json: &serde_json::Value) -> Vec<(String, String, String, String)> {
    json["feed"]["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            (
                entry["title"]["_value"].as_str().unwrap().to_owned(),
                entry["link"][0]["href"].as_str().unwrap().to_owned(),
                entry["summary"]["_value"].as_str().unwrap().to_owned(),
                entry["id"]["_value"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_first_link_is_absolute_and_in_the_patients_language() {
    for tag in crate::tags() {
        let code = tag.as_str();
        let (status, content_type, body) = get(&format!(
            "mainSearchCriteria.v.c=62324&mainSearchCriteria.v.cs=2.16.840.1.113883.6.12&informationRecipient.languageCode.c={code}&knowledgeResponseType=application/json"
        ))
        .await;
        assert_eq!(status, StatusCode::OK, "{tag}");
        assert_eq!(content_type, "application/json; charset=utf-8");
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let entries = read_like_a_client(&json);
        assert_eq!(entries.len(), 1, "{tag}");
        let (title, href, summary, id) = &entries[0];
        assert_eq!(
            href,
            &format!("{PUBLIC}/explain/62324?lang={tag}"),
            "{tag}: the first link is the patient's language, absolute"
        );
        assert_eq!(title, &crate::explain("62324", &tag).title, "{tag}");
        assert!(summary.starts_with("<p>"), "{tag}: summary is HTML");
        assert!(id.contains("62324"), "{tag}");
        let links = json["feed"]["entry"][0]["link"].as_array().unwrap();
        assert!(
            links
                .iter()
                .all(|l| l["href"].as_str().unwrap().starts_with(PUBLIC))
        );
        // Isolation marks only where directions mix.
        let subtitle = json["feed"]["subtitle"]["_value"].as_str().unwrap();
        let rtl = crate::explain("62324", &tag).direction == cpt_explain_core::Direction::Rtl;
        assert_eq!(subtitle.contains('\u{2068}'), rtl, "{tag}: {subtitle:?}");
        // The XML feed orders its links the same way.
        let (_, xml_type, xml) = get(&format!(
            "mainSearchCriteria.v.c=62324&informationRecipient.languageCode.c={code}"
        ))
        .await;
        assert_eq!(xml_type, "text/xml; charset=utf-8");
        let xml = String::from_utf8(xml).unwrap();
        let first = xml.find("<link ").unwrap();
        assert!(
            xml[first..].starts_with(&format!("<link href=\"{PUBLIC}/explain/62324?lang={tag}\"")),
            "{tag}: {}",
            &xml[first..first + 120]
        );
        crate::server::validate_against_hl7_schema(xml.as_bytes());
    }
}

const MULTI: &str = "mainSearchCriteria.v.c=62324&mainSearchCriteria.v.cs=2.16.840.1.113883.6.12\
&mainSearchCriteria.v.c1=77003&mainSearchCriteria.v.cs1=2.16.840.1.113883.6.12\
&mainSearchCriteria.v.c2=99213&mainSearchCriteria.v.cs2=2.16.840.1.113883.6.12\
&mainSearchCriteria.v.c3=62322&mainSearchCriteria.v.cs3=2.16.840.1.113883.6.14\
&informationRecipient.languageCode.c=es&knowledgeResponseType=application/json";

#[tokio::test]
async fn numbered_criteria_get_one_entry_per_known_code_by_get_and_by_post() {
    let (status, _, by_get) = get(MULTI).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, by_post) = send(
        Request::post("/infobutton")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(MULTI))
            .unwrap(),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&by_post)
    );
    assert_eq!(by_get, by_post, "GET and POST answer the same");
    let json: serde_json::Value = serde_json::from_slice(&by_get).unwrap();
    let entries = read_like_a_client(&json);
    let codes: Vec<_> = entries
        .iter()
        .map(|e| e.3.split(':').nth(3).unwrap().to_owned())
        .collect();
    // 99213 is not ours: left out. 62322 came under the HCPCS OID: accepted as CPT Level I.
    assert_eq!(codes, ["62324", "77003", "62322"]);
    for (_, href, _, _) in &entries {
        assert!(href.starts_with(&format!("{PUBLIC}/explain/")) && href.ends_with("?lang=es"));
    }
    // One category block per criterion, echoed; the HCPCS OID echoed as sent.
    let categories: Vec<(String, String)> = json["feed"]["category"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["scheme"].as_str().unwrap().to_owned(),
                c["term"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    for n in ["", "1", "2", "3"] {
        assert!(
            categories
                .iter()
                .any(|(s, _)| s == &format!("mainSearchCriteria.v.c{n}")),
            "{n}"
        );
    }
    let hcpcs = &json["feed"]["entry"][2]["category"];
    assert!(
        hcpcs
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["term"] == "2.16.840.1.113883.6.14")
    );
}

#[tokio::test]
async fn the_hcpcs_oid_takes_five_digit_codes_only_and_criteria_are_bounded() {
    let (status, _, body) = get(
        "mainSearchCriteria.v.c=62324&mainSearchCriteria.v.cs=2.16.840.1.113883.6.14&knowledgeResponseType=application/json",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(read_like_a_client(&json).len(), 1);
    let (status, _, body) = get(
        "mainSearchCriteria.v.c=J1040&mainSearchCriteria.v.cs=2.16.840.1.113883.6.14&knowledgeResponseType=application/json",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(read_like_a_client(&json).is_empty());
    let many: String = (0..=20)
        .map(|n| {
            let s = if n == 0 { String::new() } else { n.to_string() };
            format!("mainSearchCriteria.v.c{s}=62324&")
        })
        .collect();
    let (status, _, body) = get(&many).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("too_many_criteria"));
}
