//! Annals: reads a folder of reports and articles, finds every dated event in them and serves an
//! interactive timeline. The pipeline runs one way, one module per step:
//! documents → sentences → time expressions (and actors) → events → index → web.
//! See ARCHITECTURE.md for the code map.

pub mod actor;
pub mod config;
pub mod corpus_gen;
pub mod document;
pub mod event;
pub mod index;
pub mod ingest;
pub mod reload;
pub mod sentence;
pub mod timex;
pub mod web;
pub mod when;

use std::path::Path;

pub use web::{router as app, AppState};

/// Loads a corpus folder and its actor dictionary (`actors.toml` in the folder) into an index.
/// Files that fail to load are listed in `Index::skipped` with the reason; a malformed dictionary
/// is an error. Shows no progress; see [`ingest::load_index`] for the terminal's version.
pub fn load_index(folder: &Path) -> anyhow::Result<index::Index> {
    ingest::load_index(folder, ingest::Progress::Quiet)
}
