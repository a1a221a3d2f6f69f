//! AppState: what every handler shares. Cheap to clone.

use crate::index::Index;
use std::sync::Arc;

/// The shared state of the server: the current index and the settings.
#[derive(Clone)]
pub struct AppState {
    pub index: Arc<Index>,
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
            index: Arc::new(index),
            config: Arc::new(WebConfig { base_url }),
        }
    }
}
