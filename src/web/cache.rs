//! A response cache: the bytes of successful GET responses, kept until the index changes.
//!
//! The index is read-only between reloads, so a page at a given address is the same until the
//! next swap: the timeline, a permalink or an API answer is rendered once and then served from
//! memory. Entries carry the generation of the index they were rendered from
//! ([`AppState::generation`]); an entry of an older generation is never served, and the first
//! insert of a new generation drops the old entries. The key includes the request's
//! `Accept-Encoding`, because the cache sits outside the compression layer and keeps compressed
//! bytes.
//!
//! Bounded: entries larger than [`MAX_ENTRY_BYTES`] are not kept, and when the total passes
//! [`MAX_TOTAL_BYTES`] the cache starts afresh (crude, but a flood of distinct query strings can
//! only cost re-rendering, never memory). It never caches errors, HEAD requests, responses that
//! set cookies or responses that vary on request headers other than `Accept-Encoding`.

use super::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::RwLock;

/// Responses larger than this are served but not kept.
pub const MAX_ENTRY_BYTES: usize = 4 * 1024 * 1024;
/// When the cached bytes pass this, the cache is emptied.
pub const MAX_TOTAL_BYTES: usize = 256 * 1024 * 1024;
/// Longest address (with its query) that is cached.
const MAX_KEY_BYTES: usize = 2048;

#[derive(Clone)]
struct Entry {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Default)]
struct Entries {
    generation: u64,
    n_bytes: usize,
    map: HashMap<String, Entry>,
}

/// The cached responses of one server.
#[derive(Default)]
pub struct ResponseCache {
    entries: RwLock<Entries>,
}

impl std::fmt::Debug for ResponseCache {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (n_entries, n_bytes) = self
            .entries
            .read()
            .map(|entries| (entries.map.len(), entries.n_bytes))
            .unwrap_or((0, 0));
        formatter
            .debug_struct("ResponseCache")
            .field("n_entries", &n_entries)
            .field("n_bytes", &n_bytes)
            .finish()
    }
}

impl ResponseCache {
    fn get(&self, key: &str, generation: u64) -> Option<Entry> {
        let entries = self.entries.read().ok()?;
        if entries.generation != generation {
            return None;
        }
        entries.map.get(key).cloned()
    }

    fn insert(&self, key: String, generation: u64, entry: Entry) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        if generation < entries.generation {
            return;
        }
        let size = entry.body.len() + key.len();
        if generation > entries.generation || entries.n_bytes + size > MAX_TOTAL_BYTES {
            entries.map.clear();
            entries.n_bytes = 0;
            entries.generation = generation;
        }
        if let Some(previous) = entries.map.insert(key, entry) {
            entries.n_bytes = entries.n_bytes.saturating_sub(previous.body.len());
        }
        entries.n_bytes += size;
    }

    /// Number of cached responses (for tests and logs).
    pub fn len(&self) -> usize {
        self.entries.read().map_or(0, |entries| entries.map.len())
    }

    /// True when nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The caching middleware: serves a hit, or runs the request and keeps a successful answer.
pub async fn cache_responses(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let target = request
        .uri()
        .path_and_query()
        .map_or("", |target| target.as_str());
    if request.method() != Method::GET || target.len() > MAX_KEY_BYTES {
        return next.run(request).await;
    }
    let encoding = request
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    let key = format!("{target}\n{encoding}");
    // Read the generation before the handler loads the index: an entry is never tagged newer
    // than the index it was rendered from.
    let generation = state.generation();
    let cache = state.cache();
    if let Some(entry) = cache.get(&key, generation) {
        let mut response = Response::new(Body::from(entry.body));
        *response.status_mut() = entry.status;
        *response.headers_mut() = entry.headers;
        return response;
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK
        || response.headers().contains_key(header::SET_COOKIE)
        || varies_on_more_than_encoding(response.headers())
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    // The handlers build their bodies in memory, so collecting them costs no extra wait.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            let error = anyhow::anyhow!("cannot read a response body for the cache: {error}");
            return super::AppError::Internal(error).into_response();
        }
    };
    if body.len() <= MAX_ENTRY_BYTES {
        cache.insert(
            key,
            generation,
            Entry {
                status: parts.status,
                headers: parts.headers.clone(),
                body: body.clone(),
            },
        );
    }
    Response::from_parts(parts, Body::from(body))
}

/// The key holds the address and `Accept-Encoding` only: a response that says it depends on
/// other request headers is not kept.
fn varies_on_more_than_encoding(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::VARY)
        .iter()
        .flat_map(|value| value.to_str().unwrap_or("*").split(','))
        .any(|name| !name.trim().eq_ignore_ascii_case("accept-encoding"))
}
