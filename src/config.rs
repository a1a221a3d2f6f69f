//! Config: the settings of a `serve` run, read once at start-up from the command line (and
//! `ANNALS_LOG`/`RUST_LOG` for the log filter). No other code reads the environment.
//!
//! - `seeds`: the corpus folder (`--seeds`, default `seeds/`).
//! - `addr`: where to listen (`--addr`, default `127.0.0.1:3000`).
//! - `base_url`: the absolute URL used in canonical links and social cards (`--base-url`,
//!   default `http://` + the bound address).
//! - `watch`: rebuild the index when files in `seeds` change (`--watch`, default off). SIGHUP
//!   always asks for a rebuild.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    pub seeds: PathBuf,
    pub addr: SocketAddr,
    pub base_url: Option<String>,
    pub watch: bool,
}

impl Config {
    /// The log filter: `ANNALS_LOG`, else `RUST_LOG`, else `info`.
    pub fn log_filter() -> String {
        std::env::var("ANNALS_LOG")
            .or_else(|_| std::env::var("RUST_LOG"))
            .unwrap_or_else(|_| "info,tower_http=info".to_string())
    }
}
