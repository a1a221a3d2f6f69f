//! AppState: what every handler shares. Cheap to clone.
//!
//! The index sits behind an `ArcSwap`: a reload builds a new `Index` off the request path and
//! swaps it in atomically; a request keeps the index it started with until it finishes.

use super::cache::ResponseCache;
use crate::index::Index;
use arc_swap::ArcSwap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The shared state of the server: the current index and the settings.
#[derive(Clone)]
pub struct AppState {
    index: Arc<ArcSwap<Index>>,
    /// Counts swaps, so responses rendered from an older index are never served from the cache.
    generation: Arc<AtomicU64>,
    cache: Arc<ResponseCache>,
    pub config: Arc<WebConfig>,
}

/// Settings the web layer needs.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Absolute URL the site is served at, without a trailing slash, for canonical links and
    /// social cards: `http://127.0.0.1:3000`.
    pub base_url: String,
}

impl AppState {
    pub fn new(index: Index, base_url: impl Into<String>) -> AppState {
        let base_url = base_url.into().trim_end_matches('/').to_string();
        AppState {
            index: Arc::new(ArcSwap::from_pointee(index)),
            generation: Arc::new(AtomicU64::new(0)),
            cache: Arc::new(ResponseCache::default()),
            config: Arc::new(WebConfig { base_url }),
        }
    }

    /// The current index. Hold on to it for the whole request so one request sees one index.
    pub fn index(&self) -> Arc<Index> {
        self.index.load_full()
    }

    /// Replaces the index; requests already running keep the one they hold.
    pub fn swap_index(&self, index: Index) {
        // The index first, then the generation: whoever sees the new generation also sees the
        // new index.
        self.index.store(Arc::new(index));
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// How many times the index was swapped.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// The cache of rendered responses.
    pub fn cache(&self) -> &ResponseCache {
        &self.cache
    }
}
