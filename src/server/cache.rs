//! Responses without personal data, kept once rendered, and how one is sent: its strong `ETag`,
//! `304 Not Modified`, and a gzip or Brotli form made the first time a client asks for it.
//!
//! Compressing here rather than in a layer means each body is compressed once, not once per request.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::sync::{Arc, OnceLock, RwLock};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Most responses kept; past this, responses are rendered for each request.
const ENTRIES: usize = 4096;
/// Explanations change only with a release.
const CACHE_CONTROL: &str = "public, max-age=86400";

/// A rendered response body and what describes it.
pub(super) struct Entry {
    identity: Bytes,
    gzip: OnceLock<Bytes>,
    br: OnceLock<Bytes>,
    /// One per coding: a strong validator names one representation.
    etags: [HeaderValue; 3],
    content_type: &'static str,
    /// `Content-Language`, for a response in one language.
    language: Option<HeaderValue>,
    /// Whether `Accept-Language` could have chosen that language (then it goes into `Vary`).
    negotiated: bool,
}

/// A content coding we send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Coding {
    Identity = 0,
    Gzip = 1,
    Br = 2,
}

impl Entry {
    /// A response anyone may share; its `ETag` is a hash of the body.
    pub(super) fn new(body: Vec<u8>, content_type: &'static str) -> Entry {
        let hash = etag_hash(&body);
        Entry::with_hash(body, content_type, hash)
    }

    /// A response with personal fields; its `ETag` hashes what determines it (the request's
    /// `key`), so two requests for the same handout agree without the fields being kept.
    pub(super) fn personal(body: Vec<u8>, content_type: &'static str, key: &str) -> Entry {
        Entry::with_hash(body, content_type, etag_hash(key.as_bytes()))
    }

    fn with_hash(body: Vec<u8>, content_type: &'static str, hash: u64) -> Entry {
        let etag = |suffix: &str| {
            HeaderValue::try_from(format!("\"{hash:016x}{suffix}\""))
                .expect("hex digits are a valid header value")
        };
        Entry {
            etags: [etag(""), etag("-gzip"), etag("-br")],
            identity: body.into(),
            gzip: OnceLock::new(),
            br: OnceLock::new(),
            content_type,
            language: None,
            negotiated: false,
        }
    }

    /// Marks the response as being in the language `tag`, named by the request itself.
    pub(super) fn in_language(mut self, tag: &str) -> Entry {
        // Locale tags come from our table and are ASCII.
        self.language = HeaderValue::from_str(tag).ok();
        self
    }

    /// Marks the response as being in the language `tag`, chosen by `?lang=` or else by
    /// `Accept-Language`.
    pub(super) fn negotiated(self, tag: &str) -> Entry {
        Entry {
            negotiated: true,
            ..self.in_language(tag)
        }
    }

    /// PDF streams are compressed already.
    fn compressible(&self) -> bool {
        self.content_type != "application/pdf"
    }

    fn body(&self, coding: Coding) -> Bytes {
        match coding {
            Coding::Identity => self.identity.clone(),
            Coding::Gzip => self.gzip.get_or_init(|| gzip(&self.identity)).clone(),
            Coding::Br => self.br.get_or_init(|| brotli(&self.identity)).clone(),
        }
    }

    /// The response for a request with these headers: `304` when the client has this
    /// representation already, else the body in the coding the client prefers.
    pub(super) fn respond(&self, request: &HeaderMap) -> Response {
        let coding = if self.compressible() {
            preferred_coding(request)
        } else {
            Coding::Identity
        };
        let etag = &self.etags[coding as usize];
        let not_modified = request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .any(|tag| tag == "*" || tag.trim_start_matches("W/").as_bytes() == etag.as_bytes());
        let mut response = if not_modified {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            Response::new(Body::from(self.body(coding)))
        };
        let h = response.headers_mut();
        // Room for ours and what later layers add, so the map grows once.
        h.reserve(12);
        if !not_modified {
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(self.content_type),
            );
            match coding {
                Coding::Identity => {}
                Coding::Gzip => {
                    h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                }
                Coding::Br => {
                    h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
                }
            }
        }
        h.insert(header::ETAG, etag.clone());
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(CACHE_CONTROL),
        );
        let vary = match (self.negotiated, self.compressible()) {
            (true, true) => Some("Accept-Language, Accept-Encoding"),
            (true, false) => Some("Accept-Language"),
            (false, true) => Some("Accept-Encoding"),
            (false, false) => None,
        };
        if let Some(vary) = vary {
            h.insert(header::VARY, HeaderValue::from_static(vary));
        }
        if let Some(language) = &self.language {
            h.insert(header::CONTENT_LANGUAGE, language.clone());
        }
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        response
    }
}

/// Rendered entries by what determines them.
#[derive(Default)]
pub(super) struct Cache {
    entries: RwLock<HashMap<String, Arc<Entry>>>,
}

impl Cache {
    pub(super) fn get(&self, key: &str) -> Option<Arc<Entry>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries.get(key).cloned()
    }

    /// Keeps the entry while there is room, and hands it back either way.
    pub(super) fn insert(&self, key: String, entry: Entry) -> Arc<Entry> {
        let entry = Arc::new(entry);
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() < ENTRIES {
            entries.insert(key, Arc::clone(&entry));
        }
        entry
    }
}

/// The coding the client prefers among those we make, by its `Accept-Encoding` weights (RFC 9110,
/// 12.5.3). Brotli wins a tie; no header, or no acceptable coding, means identity.
fn preferred_coding(request: &HeaderMap) -> Coding {
    let Some(accept) = request
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return Coding::Identity;
    };
    // The same weighted-list grammar as Accept-Language.
    let weights = accept_language::parse_with_quality(accept);
    let weight = |coding: &str| {
        let named = weights.iter().find(|(c, _)| c.eq_ignore_ascii_case(coding));
        named
            .or_else(|| weights.iter().find(|(c, _)| c == "*"))
            .map_or(0.0, |(_, q)| *q)
    };
    let (br, gzip) = (weight("br"), weight("gzip"));
    if br > 0.0 && br >= gzip {
        Coding::Br
    } else if gzip > 0.0 {
        Coding::Gzip
    } else {
        Coding::Identity
    }
}

/// Hashes the bytes an `ETag` names, and the release.
fn etag_hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    h.finish()
}

fn gzip(bytes: &[u8]) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    encoder.write_all(bytes).expect("in memory");
    encoder.finish().expect("in memory").into()
}

fn brotli(bytes: &[u8]) -> Bytes {
    // Quality 5: most of the gain of 11 in a small fraction of the time.
    let mut encoder = brotli::CompressorWriter::new(Vec::new(), 4096, 5, 22);
    encoder.write_all(bytes).expect("in memory");
    encoder.into_inner().into()
}
