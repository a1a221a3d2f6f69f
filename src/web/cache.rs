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
//!
//! Concurrent misses are coalesced (single flight): the first request for a key and generation
//! renders, and the others that arrive before it finishes wait for its answer instead of
//! rendering the same page again. The wait holds no lock: waiters watch a `tokio::sync::watch`
//! channel. An answer too large to keep is still handed to the waiters. When the answer may not be
//! shared (an error, a cookie, a `Vary` on other headers) or the rendering request
//! goes away (a dropped connection, a panic), every waiter renders for itself, so a waiter waits
//! at most one rendering (itself bounded by the timeout layer) before doing its own. At most
//! [`MAX_IN_FLIGHT`] renders are tracked; beyond that, misses render without coalescing.

use super::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock};
use tokio::sync::watch;

/// Responses larger than this are served but not kept.
pub const MAX_ENTRY_BYTES: usize = 4 * 1024 * 1024;
/// When the cached bytes pass this, the cache is emptied.
pub const MAX_TOTAL_BYTES: usize = 256 * 1024 * 1024;
/// Longest address (with its query) that is cached.
const MAX_KEY_BYTES: usize = 2048;
/// Most renders that concurrent misses can wait for at once.
pub const MAX_IN_FLIGHT: usize = 1024;

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

/// What the rendering request of a flight publishes: the entry, or `None` when its answer may not
/// be shared and each waiter must render for itself. The channel holds `None` until then.
type Outcome = Option<Entry>;

/// The renders in progress, by generation and key.
type Flights = HashMap<(u64, String), watch::Receiver<Option<Outcome>>>;

/// The cached responses of one server.
#[derive(Default)]
pub struct ResponseCache {
    entries: RwLock<Entries>,
    flights: Mutex<Flights>,
    n_renders: AtomicU64,
}

/// How a request that missed the cache gets its answer.
enum Miss<'a> {
    /// It renders, and publishes the outcome to the waiters when done.
    Render(Flight<'a>),
    /// Another request is rendering the same page: wait for its outcome.
    Wait(watch::Receiver<Option<Outcome>>),
    /// Too many renders in flight (or a poisoned lock): render without coalescing.
    Alone,
}

/// One render that others may wait for. Dropping it, published or not, removes it from the
/// flights; waiters of a flight dropped unpublished see the channel close and render themselves.
struct Flight<'a> {
    cache: &'a ResponseCache,
    key: (u64, String),
    sender: watch::Sender<Option<Outcome>>,
}

impl Flight<'_> {
    fn publish(self, outcome: Outcome) {
        self.sender.send_replace(Some(outcome));
    }
}

impl Drop for Flight<'_> {
    fn drop(&mut self) {
        if let Ok(mut flights) = self.cache.flights.lock() {
            flights.remove(&self.key);
        }
    }
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

    /// Joins the render of `key` in progress, or starts one.
    fn miss(&self, key: &str, generation: u64) -> Miss<'_> {
        let Ok(mut flights) = self.flights.lock() else {
            return Miss::Alone;
        };
        let flight_key = (generation, key.to_string());
        if let Some(receiver) = flights.get(&flight_key) {
            return Miss::Wait(receiver.clone());
        }
        if flights.len() >= MAX_IN_FLIGHT {
            return Miss::Alone;
        }
        let (sender, receiver) = watch::channel(None);
        flights.insert(flight_key.clone(), receiver);
        Miss::Render(Flight {
            cache: self,
            key: flight_key,
            sender,
        })
    }

    /// How many GET requests missed the cache and were passed on to render, since the start (for
    /// tests and logs), whether or not their answers were kept: concurrent misses of one page
    /// that waited for one render count once.
    pub fn n_renders(&self) -> u64 {
        self.n_renders.load(Ordering::Relaxed)
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
        return entry.into_response();
    }
    let flight = match cache.miss(&key, generation) {
        Miss::Render(flight) => Some(flight),
        Miss::Wait(mut receiver) => {
            // Clone the outcome out of the channel's guard at once: it must not live across an
            // await. A closed channel means the render went away without an answer.
            let outcome = receiver
                .wait_for(Option::is_some)
                .await
                .ok()
                .and_then(|outcome| outcome.clone())
                .flatten();
            if let Some(entry) = outcome {
                return entry.into_response();
            }
            None
        }
        Miss::Alone => None,
    };
    cache.n_renders.fetch_add(1, Ordering::Relaxed);
    let response = next.run(request).await;
    let (response, entry) = shareable(response).await;
    if let Some(entry) = entry
        .as_ref()
        .filter(|entry| entry.body.len() <= MAX_ENTRY_BYTES)
    {
        cache.insert(key, generation, entry.clone());
    }
    if let Some(flight) = flight {
        flight.publish(entry);
    }
    response
}

impl IntoResponse for Entry {
    fn into_response(self) -> Response {
        let mut response = Response::new(Body::from(self.body));
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers;
        response
    }
}

/// The response to send, and its entry when the response may be cached and shared.
async fn shareable(response: Response) -> (Response, Option<Entry>) {
    if response.status() != StatusCode::OK
        || response.headers().contains_key(header::SET_COOKIE)
        || varies_on_more_than_encoding(response.headers())
    {
        return (response, None);
    }
    let (parts, body) = response.into_parts();
    // The handlers build their bodies in memory, so collecting them costs no extra wait.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            let error = anyhow::anyhow!("cannot read a response body for the cache: {error}");
            return (super::AppError::Internal(error).into_response(), None);
        }
    };
    let entry = Entry {
        status: parts.status,
        headers: parts.headers.clone(),
        body: body.clone(),
    };
    (Response::from_parts(parts, Body::from(body)), Some(entry))
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
