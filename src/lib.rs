//! Annals: reads a folder of reports and articles, finds every dated event in them and serves an
//! interactive timeline. The pipeline runs one way, one module per step:
//! documents → sentences → time expressions (and actors) → events → index → web.
//! See ARCHITECTURE.md for the code map.

pub mod actor;
pub mod config;
pub mod document;
pub mod event;
pub mod index;
pub mod sentence;
pub mod timex;
pub mod web;
pub mod when;

use std::path::Path;

pub use web::{router as app, AppState};

/// Loads a corpus folder and its actor dictionary (`actors.toml` in the folder) into an index.
/// Files that fail to load are listed in `Index::skipped`; a malformed dictionary is an error.
pub fn load_index(folder: &Path) -> anyhow::Result<index::Index> {
    let gazetteer = actor::Gazetteer::load(&folder.join("actors.toml"))?;
    let corpus = document::load_corpus(folder)?;
    Ok(index::Index::build(corpus, &gazetteer))
}
