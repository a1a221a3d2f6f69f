//! Benchmarks of the pipeline, each checking its own result so a broken path cannot look fast:
//! tag the seed document (and 10 KB and 10 MB of its prose), extract its events (and those of
//! 1,000 and 4,000 generated sentences), build the index of the seeds and of a generated
//! corpus (throughput in bytes), and render `/` and a permalink through the real router (without
//! the response cache, and `/` once more with it).
//! `cargo bench -- --test` runs each once (CI); `cargo bench` measures.

use annals::actor::Gazetteer;
use annals::document::{load_corpus, Corpus, Document, Format, Sidecar};
use annals::index::{Index, TimelineQuery};
use annals::timex::{self, Anchor, Domain};
use annals::AppState;
use axum::body::Body;
use axum::http::Request;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn gazetteer() -> Gazetteer {
    Gazetteer::load(&seeds().join("actors.toml")).expect("seed actors")
}

fn seed_corpus() -> Corpus {
    load_corpus(&seeds()).expect("seeds load")
}

/// A generated corpus of `n` reports, in memory.
fn generated_corpus(n: usize, gazetteer: &Gazetteer) -> Corpus {
    let documents = (0..n)
        .map(|n| {
            let report = annals::corpus_gen::generate(n, 7, gazetteer);
            Document {
                id: report.name.clone(),
                path: format!("{}.txt", report.name),
                format: Format::Text,
                text: report.text,
                sidecar: Sidecar::default(),
                html_title: None,
                published: None,
            }
        })
        .collect();
    Corpus {
        documents,
        ..Corpus::default()
    }
}

fn tag_and_extract(c: &mut Criterion) {
    let corpus = seed_corpus();
    let document = corpus.documents.first().expect("a seed document").clone();
    let gazetteer = gazetteer();
    let anchor = Anchor::day(chrono::NaiveDate::from_ymd_opt(2023, 7, 1).expect("date"));
    let mut group = c.benchmark_group("seed");
    group.throughput(Throughput::Bytes(document.text.len() as u64));
    group.bench_function("tag", |b| {
        b.iter(|| {
            let found = timex::tag_text(black_box(&document.text), anchor, Domain::News);
            assert!(found.len() > 20, "{} time expressions", found.len());
            found
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            let extraction = annals::event::extract(black_box(&document), &gazetteer);
            assert!(extraction.events.len() > 10);
            extraction
        })
    });
    group.finish();
}

/// The tagger's cost per byte at 10 KB and at 10 MB of the seed's prose (repeated), and at 10 MB
/// on one line: the throughputs should be about the same (linear in the input).
fn tag_scaling(c: &mut Criterion) {
    let corpus = seed_corpus();
    let seed = &corpus.documents.first().expect("a seed document").text;
    let prefix = |n_bytes: usize| -> String {
        let text = seed.repeat(n_bytes / seed.len() + 1);
        let mut end = n_bytes.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text[..end].to_string()
    };
    let anchor = Anchor::day(chrono::NaiveDate::from_ymd_opt(2023, 7, 1).expect("date"));
    let inputs = [
        ("10KB", prefix(10 * 1024)),
        ("10MB", prefix(10 * 1024 * 1024)),
        ("10MB_one_line", prefix(10 * 1024 * 1024).replace('\n', " ")),
    ];
    let mut group = c.benchmark_group("tag_scaling");
    group.sample_size(10);
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let found = timex::tag_text(black_box(text), anchor, Domain::News);
                // The seed has a time expression every 250 bytes or so.
                assert!(
                    found.len() > text.len() / 1000,
                    "{} time expressions",
                    found.len()
                );
                found.len()
            })
        });
    }
    group.finish();
}

/// Extraction's cost per byte for a document of 1,000 and of 4,000 ordinary dated sentences:
/// the throughputs should be about the same (linear in the document's size; quadratic work
/// would show as a fourfold drop).
fn extract_scaling(c: &mut Criterion) {
    let gazetteer = gazetteer();
    let document = |n_sentences: usize| Document {
        id: format!("linear-{n_sentences}"),
        path: format!("linear-{n_sentences}.txt"),
        format: Format::Text,
        text: (0..n_sentences)
            .map(|i| {
                format!(
                    "On {} March {} the junta met {i} officials in Naypyidaw. ",
                    i % 28 + 1,
                    1990 + i % 30
                )
            })
            .collect(),
        sidecar: Sidecar::default(),
        html_title: None,
        published: None,
    };
    let mut group = c.benchmark_group("extract_scaling");
    group.sample_size(10);
    for n_sentences in [1000, 4000] {
        let document = document(n_sentences);
        group.throughput(Throughput::Bytes(document.text.len() as u64));
        group.bench_function(format!("{n_sentences}_sentences"), |b| {
            b.iter(|| {
                let extraction = annals::event::extract(black_box(&document), &gazetteer);
                assert!(extraction.events.len() >= n_sentences / 2);
                extraction.events.len()
            })
        });
    }
    group.finish();
}

/// The tagger over the development corpus (TempEval-3 TimeBank and AQUAINT texts, read from
/// ../shared when it is there): throughput in bytes of raw text, on one core.
fn tag_development_corpus(c: &mut Criterion) {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tempeval");
    let mut texts = Vec::new();
    for corpus in ["timebank", "aquaint"] {
        let Ok(entries) = std::fs::read_dir(shared.join(corpus)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "tml") {
                let xml = std::fs::read_to_string(&path).expect("readable TimeML");
                let (dct, text, _) = timex::timeml::read_document(&xml).expect("valid TimeML");
                texts.push((Anchor::day(dct), text));
            }
        }
    }
    if texts.is_empty() {
        eprintln!("tempeval/tag: ../shared/tempeval is not here; skipped");
        return;
    }
    let n_bytes: usize = texts.iter().map(|(_, text)| text.len()).sum();
    let mut group = c.benchmark_group("tempeval");
    group.throughput(Throughput::Bytes(n_bytes as u64));
    group.sample_size(10);
    group.bench_function("tag", |b| {
        b.iter(|| {
            let found: usize = texts
                .iter()
                .map(|(anchor, text)| timex::tag_text(black_box(text), *anchor, Domain::News).len())
                .sum();
            assert!(found > 1500, "{found} time expressions");
            found
        })
    });
    group.finish();
}

fn build_index(c: &mut Criterion) {
    let gazetteer = gazetteer();
    let mut group = c.benchmark_group("index");
    let seeds = seed_corpus();
    group.bench_function("build_seeds", |b| {
        b.iter_batched(
            || seeds.clone(),
            |corpus| {
                let index = Index::build(corpus, &gazetteer);
                assert!(index.events().len() > 10);
                index
            },
            BatchSize::SmallInput,
        )
    });
    let generated = generated_corpus(200, &gazetteer);
    let n_bytes: usize = generated.documents.iter().map(|d| d.text.len()).sum();
    group.throughput(Throughput::Bytes(n_bytes as u64));
    group.sample_size(10);
    group.bench_function("build_200_generated", |b| {
        b.iter_batched(
            || generated.clone(),
            |corpus| {
                let index = Index::build(corpus, &gazetteer);
                assert!(index.events().len() > 1000, "{}", index.events().len());
                index
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn render(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let index = annals::load_index(&seeds()).expect("seeds load");
    let event_id = index.events()[index.events().len() / 2].id.clone();
    let n_events = index.events().len();
    let state = AppState::new(index, "http://bench");
    // Rendering itself: the layers without the response cache.
    let uncached = annals::web::layers(
        annals::web::routes(state.clone()),
        &annals::web::Limits::default(),
    );
    // What a repeated request costs: the whole application, cache included.
    let cached = annals::app(state);
    let get_from = |app: &axum::Router, uri: String| {
        let app = app.clone();
        runtime.block_on(async move {
            let response = app
                .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
                .await
                .expect("infallible");
            assert_eq!(response.status(), 200);
            axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .expect("body")
        })
    };
    let get = |uri: String| get_from(&uncached, uri);
    let mut group = c.benchmark_group("render");
    group.bench_function("timeline", |b| {
        b.iter(|| {
            let body = get("/".to_string());
            let rows = body
                .windows(17)
                .filter(|w| w == b"data-test=\"event\"")
                .count();
            assert_eq!(
                rows,
                n_events.min(annals::index::PAGE_SIZE),
                "{rows} rows for {n_events} events"
            );
            body
        })
    });
    group.bench_function("permalink", |b| {
        b.iter(|| {
            let body = get(format!("/events/{event_id}"));
            assert!(body
                .windows(event_id.len())
                .any(|w| w == event_id.as_bytes()));
            body
        })
    });
    group.bench_function("timeline_cached", |b| {
        b.iter(|| {
            let body = get_from(&cached, "/".to_string());
            assert!(body.len() > 1000);
            body
        })
    });
    group.bench_function("query_parse", |b| {
        b.iter(|| {
            let query = TimelineQuery::parse(black_box(
                "actor=china&actor=thailand&kind=event&from=2023-05&to=2023-06-30&q=border",
            ))
            .expect("valid");
            assert_eq!(query.actors.len(), 2);
            query
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    tag_and_extract,
    tag_scaling,
    extract_scaling,
    tag_development_corpus,
    build_index,
    render
);
criterion_main!(benches);
