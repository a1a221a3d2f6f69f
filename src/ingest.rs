//! Ingest: drives the pipeline from a folder to an [`Index`] (documents → sentences → time
//! expressions → events → **index**), for start-up and for every reload.
//!
//! [`load_index`] loads the corpus (files are read in parallel by `document`), screens out
//! documents the later steps cannot handle in bounded time, then builds the index. The screen
//! exists because the tagger and the event step do work per time expression over the whole
//! sentence, so their cost grows with the square of a sentence's length: a document with a
//! sentence longer than [`MAX_SENTENCE_BYTES`] (a run of text with no full stop or line break,
//! such as a dump or a minified page) is skipped with a reason naming the offset, instead of
//! stalling a start-up or a reload.
//!
//! It shows a progress indicator on a terminal for large folders and nothing otherwise. It does
//! not watch the folder (see `reload`) and holds no state.

use crate::actor::Gazetteer;
use crate::document::{self, Corpus, Document, Skipped};
use crate::event::{self, Extraction};
use crate::index::Index;
use crate::sentence;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

/// Documents with a sentence longer than this many bytes are skipped. Real sentences are well
/// under 2 KB. The tagger's worst case (a time expression every few words and no tense marker:
/// `timex::clause_tense` scans the sentence once per expression) takes about 0.03 s for a 4 KB
/// sentence, 0.11 s for 8 KB and 0.42 s for 16 KB in a release build.
pub const MAX_SENTENCE_BYTES: usize = 8 * 1024;

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
/// Files that fail to load or are screened out are listed in `Index::skipped`; a malformed
/// dictionary or an unreadable folder is an error.
pub fn load_index(folder: &Path, progress: Progress) -> anyhow::Result<Index> {
    let gazetteer = Gazetteer::load(&folder.join("actors.toml"))?;
    let spinner = (progress == Progress::Terminal && std::io::stderr().is_terminal())
        .then(|| spinner("reading documents"));
    let mut corpus = document::load_corpus(folder)?;
    let spinner = match spinner {
        Some(spinner) if corpus.documents.len() < PROGRESS_THRESHOLD => {
            spinner.finish_and_clear();
            None
        }
        spinner => spinner,
    };
    if let Some(spinner) = &spinner {
        spinner.set_message(format!("screening {} documents", corpus.documents.len()));
    }
    screen(&mut corpus);
    let bar = spinner.map(|spinner| {
        spinner.finish_and_clear();
        progress_bar(&corpus)
    });
    let index = build_with_progress(corpus, &gazetteer, bar.as_ref());
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(index)
}

/// Builds the index of a screened corpus, extracting documents in parallel: `event::extract` is
/// a pure function of one document and the dictionary. The extractions keep the corpus order,
/// so the index is the same as `Index::build`'s.
pub fn build(corpus: Corpus, gazetteer: &Gazetteer) -> Index {
    build_with_progress(corpus, gazetteer, None)
}

fn build_with_progress(corpus: Corpus, gazetteer: &Gazetteer, bar: Option<&ProgressBar>) -> Index {
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
    Index::from_extractions(extractions, corpus.skipped, corpus.warnings, gazetteer)
}

/// Moves documents that later steps cannot handle in bounded time into `corpus.skipped`.
pub fn screen(corpus: &mut Corpus) {
    let verdicts: Vec<Option<String>> = corpus.documents.par_iter().map(check_document).collect();
    let documents = std::mem::take(&mut corpus.documents);
    for (document, verdict) in documents.into_iter().zip(verdicts) {
        match verdict {
            None => corpus.documents.push(document),
            Some(reason) => corpus.skipped.push(Skipped {
                path: document.path,
                reason,
            }),
        }
    }
    corpus.skipped.sort_by(|a, b| a.path.cmp(&b.path));
}

/// Why a document cannot be indexed, if it cannot.
pub fn check_document(document: &Document) -> Option<String> {
    let longest = sentence::split(&document.text)
        .into_iter()
        .max_by_key(|s| s.end - s.start)?;
    let length = longest.end - longest.start;
    (length > MAX_SENTENCE_BYTES).then(|| {
        format!(
            "a sentence of {length} bytes at byte {} is longer than the limit of \
             {MAX_SENTENCE_BYTES} bytes (text without full stops or line breaks)",
            longest.start
        )
    })
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
    use crate::document::{Format, Sidecar};

    fn document(text: String) -> Document {
        Document {
            id: "d".into(),
            path: "d.txt".into(),
            format: Format::Text,
            text,
            sidecar: Sidecar::default(),
            html_title: None,
            published: None,
        }
    }

    #[test]
    fn long_sentences_are_screened_out_with_their_offset() {
        let ok = document("On 3 March 2021 it rained. ".repeat(2000));
        assert_eq!(check_document(&ok), None);
        let text = format!("Title\n{}", "word in March 2021 and then ".repeat(1000));
        let reason = check_document(&document(text)).expect("screened out");
        assert!(reason.contains("at byte 6"), "{reason}");
        let mut corpus = Corpus {
            documents: vec![ok, document("x ".repeat(MAX_SENTENCE_BYTES))],
            ..Corpus::default()
        };
        screen(&mut corpus);
        assert_eq!(corpus.documents.len(), 1);
        assert_eq!(corpus.skipped.len(), 1);
    }

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
