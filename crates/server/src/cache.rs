//! Responses without personal data, kept once rendered, and how one is sent: its strong `ETag`,
//! `304 Not Modified`, and a gzip or Brotli form made the first time a client asks for it.
//!
//! Compressing here rather than in a layer means each body is compressed once, not once per request.
//! The cache is keyed on parsed, normalised values ([`Key`]: a `ProcedureCode`, a `LocaleId`, the
//! options), never on request text, and holds at most a byte budget, least recently used first out.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::sync::{Arc, OnceLock};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cpt_explain_core::handout::Paper;
use cpt_explain_core::{LocaleId, ProcedureCode};

/// Explanations change only with a release.
const CACHE_CONTROL: &str = "public, max-age=86400";
/// Responses with personal fields are kept by no one.
const NO_STORE: &str = "private, no-store";

/// What determines a response that may be kept: only parsed, normalised values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    Locales,
    Codes(LocaleId),
    Explanation {
        code: ProcedureCode,
        locale: LocaleId,
        fallback: bool,
    },
    Page {
        code: ProcedureCode,
        locale: LocaleId,
        fallback: bool,
    },
    /// The picture never says whether the language was a fallback: one per code and locale.
    Picture {
        code: ProcedureCode,
        locale: LocaleId,
    },
    Handout {
        pdf: bool,
        code: ProcedureCode,
        locale: LocaleId,
        fallback: bool,
        paper: Paper,
        large_print: bool,
    },
}

/// A rendered response body and what describes it.
pub(super) struct Entry {
    identity: Bytes,
    gzip: OnceLock<Bytes>,
    br: OnceLock<Bytes>,
    /// One per coding: a strong validator names one representation. None for a personal
    /// response: a hash of it would be a fingerprint of the patient's data.
    etags: Option<[HeaderValue; 3]>,
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
        let etag = |suffix: &str| {
            HeaderValue::try_from(format!("\"{hash:016x}{suffix}\""))
                .expect("hex digits are a valid header value")
        };
        Entry::with_etags(
            body,
            content_type,
            Some([etag(""), etag("-gzip"), etag("-br")]),
        )
    }

    /// A response with personal fields: sent `private, no-store`, with no `ETag`.
    pub(super) fn personal(body: Vec<u8>, content_type: &'static str) -> Entry {
        Entry::with_etags(body, content_type, None)
    }

    fn with_etags(
        body: Vec<u8>,
        content_type: &'static str,
        etags: Option<[HeaderValue; 3]>,
    ) -> Entry {
        Entry {
            etags,
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
        let etag = self.etags.as_ref().map(|e| &e[coding as usize]);
        let not_modified = etag.is_some_and(|etag| {
            request
                .get_all(header::IF_NONE_MATCH)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .map(str::trim)
                .any(|tag| tag == "*" || tag.trim_start_matches("W/").as_bytes() == etag.as_bytes())
        });
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
        match etag {
            Some(etag) => {
                h.insert(header::ETAG, etag.clone());
                h.insert(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static(CACHE_CONTROL),
                );
            }
            None => {
                h.insert(header::CACHE_CONTROL, HeaderValue::from_static(NO_STORE));
            }
        }
        if self.content_type.starts_with("text/html") {
            // A page never tells the next site where the reader came from (its URL may be a
            // handout link with a patient's name in it).
            h.insert(
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            );
        }
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

/// Rendered entries by what determines them, within a byte budget, least recently used out first.
pub(super) struct Cache {
    entries: quick_cache::sync::Cache<Key, Arc<Entry>, ByteWeighter>,
}

/// An entry weighs its body, room for its compressed forms, and its bookkeeping.
#[derive(Clone)]
struct ByteWeighter;

impl quick_cache::Weighter<Key, Arc<Entry>> for ByteWeighter {
    fn weight(&self, _key: &Key, entry: &Arc<Entry>) -> u64 {
        // Compressed forms are made later, on demand, and are smaller than the body.
        (2 * entry.identity.len() + 512) as u64
    }
}

impl Cache {
    /// A cache that holds at most `budget` bytes.
    pub(super) fn new(budget: u64) -> Cache {
        // Most entries are 5 to 60 KB: room for about that many items in the index.
        let items = usize::try_from(budget / 16_384)
            .unwrap_or(usize::MAX)
            .max(16);
        Cache {
            entries: quick_cache::sync::Cache::with_weighter(items, budget, ByteWeighter),
        }
    }

    pub(super) fn get(&self, key: &Key) -> Option<Arc<Entry>> {
        self.entries.get(key)
    }

    /// Keeps the entry (evicting the least recently used ones past the budget) and hands it back.
    pub(super) fn insert(&self, key: Key, entry: Entry) -> Arc<Entry> {
        let entry = Arc::new(entry);
        self.entries.insert(key, Arc::clone(&entry));
        entry
    }

    /// The bytes held, by the weigher's count.
    #[cfg(test)]
    pub(super) fn weight(&self) -> u64 {
        self.entries.weight()
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
    let weights = cpt_explain_core::i18n::weighted_list(accept);
    let weight = |coding: &str| {
        let named = weights.iter().find(|(c, _)| c.eq_ignore_ascii_case(coding));
        named
            .or_else(|| weights.iter().find(|(c, _)| *c == "*"))
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
