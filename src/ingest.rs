//! Ingest: drives the pipeline from a folder to an [`Index`] (documents → sentences → time
//! expressions → events → **index**), for start-up and for every reload.
//!
//! [`load_index`] loads the corpus (files are read in parallel by `document`), then builds the
//! index, extracting documents in parallel. Work per sentence is bounded because the sentence
//! splitter cuts runs of text without a sentence end (a dump, a minified page) into pieces of at
//! most `sentence::MAX_SENTENCE_BYTES`, so no document has to be skipped for its shape.
//!
//! It shows a progress indicator on a terminal for large folders and nothing otherwise. It does
//! not watch the folder (see `reload`) and holds no state.

use crate::actor::Gazetteer;
use crate::document::{self, Corpus};
use crate::event::{self, Extraction};
use crate::index::Index;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::Path;
use std::time::{Duration, Instant};

/// Folders with at least this many documents get a progress indicator on a terminal.
pub const PROGRESS_THRESHOLD: usize = 500;

/// How to report progress while loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Progress {
    /// Nothing on the terminal (tests, reloads, pipes).
    #[default]
    Quiet,
    /// A progress indicator on stderr when it is a terminal and the folder is large.
    Terminal,
}

/// Loads a corpus folder and its actor dictionary (`actors.toml` in the folder) into an index.
/// Files that fail to load are listed in `Index::skipped`; a malformed
/// dictionary or an unreadable folder is an error.
pub fn load_index(folder: &Path, progress: Progress) -> anyhow::Result<Index> {
    let gazetteer = Gazetteer::load(&folder.join("actors.toml"))?;
    let spinner = (progress == Progress::Terminal && std::io::stderr().is_terminal())
        .then(|| spinner("reading documents"));
    let started = Instant::now();
    let corpus = document::load_corpus(folder)?;
    let read = started.elapsed();
    let spinner = match spinner {
        Some(spinner) if corpus.documents.len() < PROGRESS_THRESHOLD => {
            spinner.finish_and_clear();
            None
        }
        spinner => spinner,
    };
    let bar = spinner.map(|spinner| {
        spinner.finish_and_clear();
        progress_bar(&corpus)
    });
    let index = build_with_progress(corpus, &gazetteer, bar.as_ref());
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    tracing::info!(
        read_ms = read.as_millis() as u64,
        total_ms = started.elapsed().as_millis() as u64,
        "read {} documents in {:.2} s, indexed {} events in {:.2} s",
        index.documents().len(),
        read.as_secs_f64(),
        index.events().len(),
        (started.elapsed() - read).as_secs_f64(),
    );
    Ok(index)
}

/// Builds the index of a corpus, extracting documents in parallel: `event::extract` is
/// a pure function of one document and the dictionary. The extractions keep the corpus order,
/// so the index is the same as `Index::build`'s.
pub fn build(corpus: Corpus, gazetteer: &Gazetteer) -> Index {
    build_with_progress(corpus, gazetteer, None)
}

fn build_with_progress(corpus: Corpus, gazetteer: &Gazetteer, bar: Option<&ProgressBar>) -> Index {
    let started = Instant::now();
    let extractions: Vec<Extraction> = corpus
        .documents
        .par_iter()
        .map(|document| {
            let extraction = event::extract(document, gazetteer);
            if let Some(bar) = bar {
                bar.inc(document.text.len() as u64);
            }
            extraction
        })
        .collect();
    let extracted = started.elapsed();
    let index = Index::from_extractions(extractions, corpus.skipped, corpus.warnings, gazetteer);
    tracing::debug!(
        extract_ms = extracted.as_millis() as u64,
        index_ms = (started.elapsed() - extracted).as_millis() as u64,
        "extraction and indexing times"
    );
    index
}

fn spinner(message: &str) -> ProgressBar {
    let spinner = ProgressBar::new_spinner();
    spinner.set_style(
        ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    spinner.set_message(message.to_string());
    spinner.enable_steady_tick(Duration::from_millis(120));
    spinner
}

/// A bar over the bytes of text to extract, with the rate and the time left.
fn progress_bar(corpus: &Corpus) -> ProgressBar {
    let n_bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let bar = ProgressBar::new(n_bytes as u64);
    bar.set_style(
        ProgressStyle::with_template(
            "extracting events from {msg} {wide_bar} {binary_bytes}/{binary_total_bytes} \
             {binary_bytes_per_sec}, {eta} left",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(format!("{} documents", corpus.documents.len()));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_build_equals_the_serial_one() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let gazetteer = Gazetteer::load(&folder.join("actors.toml")).expect("actors");
        let corpus = document::load_corpus(&folder).expect("seeds");
        let serial = Index::build(corpus.clone(), &gazetteer);
        let parallel = build(corpus, &gazetteer);
        let ids = |index: &Index| -> Vec<String> {
            index.events().iter().map(|e| e.id.clone()).collect()
        };
        assert_eq!(ids(&parallel), ids(&serial));
        assert!(!ids(&parallel).is_empty());
    }
}
