//! The `annals` command: parse the command line, start tracing, build the Index, then serve it,
//! print it as JSON, or annotate text with TimeML.

use annals::config::Config;
use annals::ingest::Progress;
use annals::reload::{Reloader, DEFAULT_DEBOUNCE};
use annals::timex::{self, Domain};
use annals::web::api::ExtractJson;
use annals::AppState;
use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::net::SocketAddr;

/// mimalloc: ingest allocates and frees many small strings on every core, where it is faster
/// than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::{Path, PathBuf};
use tracing::{info, warn};

#[derive(Parser)]
#[command(
    name = "annals",
    version,
    about = "A timeline explorer for folders of reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DomainArg {
    News,
    Narrative,
}

impl From<DomainArg> for Domain {
    fn from(value: DomainArg) -> Domain {
        match value {
            DomainArg::News => Domain::News,
            DomainArg::Narrative => Domain::Narrative,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the interactive timeline of a corpus folder.
    Serve {
        /// Corpus folder: documents (.txt, .md, .html), their .toml sidecars and actors.toml.
        #[arg(long, default_value = "seeds")]
        seeds: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:3000")]
        addr: SocketAddr,
        /// Public URL of the site, for canonical links (default: http:// + the bound address).
        #[arg(long)]
        base_url: Option<String>,
        /// Rebuild the index when documents in the folder are added, changed or removed.
        #[arg(long)]
        watch: bool,
    },
    /// Print the documents and events of a corpus as one JSON object.
    Extract {
        #[arg(long, default_value = "seeds")]
        seeds: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: OutputFormat,
    },
    /// Write a synthetic corpus of realistic reports (for benchmarks and scale tests).
    GenCorpus {
        /// Number of reports.
        #[arg(long)]
        docs: usize,
        /// Folder to write into (created if missing); actors.toml is copied there.
        #[arg(long)]
        out: PathBuf,
        /// Where the actor dictionary comes from.
        #[arg(long, default_value = "seeds")]
        seeds: PathBuf,
        /// Seed of the generator: the same seed gives the same corpus.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Tag time expressions: plain text on stdin to TimeML on stdout, or a folder of .tml files.
    Annotate {
        /// Document creation date, YYYY-MM-DD (for stdin input).
        #[arg(long, required_unless_present = "tml_dir")]
        dct: Option<chrono::NaiveDate>,
        /// How relative dates are read: against the creation date (news) or the last date
        /// mentioned (narrative). [default: news, except for a text that reads as a history:
        /// nothing in it counts from the day of writing and its explicit dates lie ten years or
        /// more before the creation date]
        #[arg(long, value_enum)]
        domain: Option<DomainArg>,
        /// Folder of TimeML files to re-tag.
        #[arg(long, requires = "out_dir")]
        tml_dir: Option<PathBuf>,
        /// Where to write the re-tagged files.
        #[arg(long, requires = "tml_dir")]
        out_dir: Option<PathBuf>,
    },
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_new(Config::log_filter())
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

fn load(seeds: &Path) -> anyhow::Result<annals::index::Index> {
    let index = annals::ingest::load_index(seeds, Progress::Terminal)
        .with_context(|| format!("cannot load corpus {}", seeds.display()))?;
    for skipped in &index.skipped {
        warn!(file = %skipped.path, "skipped {}: {}", skipped.path, skipped.reason);
    }
    for warning in &index.warnings {
        warn!("{warning}");
    }
    Ok(index)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    info!("shutting down: finishing requests in flight");
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let index = load(&config.seeds)?;
    let (n_documents, n_events) = (index.documents().len(), index.events().len());
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    let bound = listener.local_addr()?;
    let base_url = config
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{bound}"));
    info!(
        n_documents,
        n_events,
        "loaded {n_documents} documents with {n_events} events from {}",
        config.seeds.display()
    );
    info!("serving the timeline at http://{bound}/");
    let state = AppState::new(index, base_url);
    let reloader = Reloader::start(
        state.clone(),
        config.seeds.clone(),
        config.watch,
        DEFAULT_DEBOUNCE,
    )
    .with_context(|| format!("cannot watch {}", config.seeds.display()))?;
    reload_on_hangup(&reloader);
    let app = annals::app(state);
    annals::web::serve_until(listener, app, shutdown_signal()).await?;
    drop(reloader);
    Ok(())
}

/// SIGHUP asks for a reload, as for most daemons.
#[cfg(unix)]
fn reload_on_hangup(reloader: &Reloader) {
    use tokio::signal::unix::{signal, SignalKind};
    let Ok(mut hangups) = signal(SignalKind::hangup()) else {
        warn!("cannot listen for SIGHUP; reload on signal is off");
        return;
    };
    let trigger = reloader.trigger_handle();
    tokio::spawn(async move {
        while hangups.recv().await.is_some() {
            info!("SIGHUP: reloading the corpus");
            trigger();
        }
    });
}

#[cfg(not(unix))]
fn reload_on_hangup(_reloader: &Reloader) {}

/// Writes `docs` synthetic reports into `out`, with the dictionary beside them.
fn gen_corpus(docs: usize, out: &Path, seeds: &Path, seed: u64) -> anyhow::Result<()> {
    use rayon::prelude::*;
    let dictionary = seeds.join("actors.toml");
    let gazetteer = annals::actor::Gazetteer::load(&dictionary)?;
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    std::fs::copy(&dictionary, out.join("actors.toml"))
        .with_context(|| format!("cannot copy {}", dictionary.display()))?;
    let n_bytes: usize = (0..docs)
        .into_par_iter()
        .map(|n| -> anyhow::Result<usize> {
            let report = annals::corpus_gen::generate(n, seed, &gazetteer);
            let path = out.join(format!("{}.txt", report.name));
            std::fs::write(&path, &report.text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            if let Some(sidecar) = &report.sidecar {
                std::fs::write(path.with_extension("toml"), sidecar)
                    .with_context(|| format!("cannot write the sidecar of {}", path.display()))?;
            }
            Ok(report.text.len())
        })
        .sum::<anyhow::Result<usize>>()?;
    info!(
        docs,
        n_bytes,
        "wrote {docs} reports ({:.1} MB) to {}",
        n_bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_tracing();
    match cli.command {
        Command::Serve {
            seeds,
            addr,
            base_url,
            watch,
        } => {
            let config = Config {
                seeds,
                addr,
                base_url,
                watch,
            };
            tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()?
                .block_on(serve(config))
        }
        Command::Extract { seeds, format } => {
            let index = load(&seeds)?;
            match format {
                OutputFormat::Json => {
                    let stdout = std::io::stdout();
                    let mut out = stdout.lock();
                    serde_json::to_writer(&mut out, &ExtractJson::new(&index))?;
                    writeln!(out)?;
                }
            }
            Ok(())
        }
        Command::GenCorpus {
            docs,
            out,
            seeds,
            seed,
        } => gen_corpus(docs, &out, &seeds, seed),
        Command::Annotate {
            dct,
            domain,
            tml_dir,
            out_dir,
        } => {
            if let (Some(input), Some(output)) = (tml_dir, out_dir) {
                let n = timex::timeml::annotate_dir(&input, &output, domain.map(Domain::from))?;
                info!("annotated {n} files into {}", output.display());
                return Ok(());
            }
            let dct = dct.context("--dct is required when reading stdin")?;
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("stdin is not valid UTF-8 text")?;
            let domain =
                domain.map_or_else(|| timex::timeml::default_domain(&text, dct), Domain::from);
            let tml = timex::timeml::annotate_text(&text, dct, domain);
            std::io::stdout().write_all(tml.as_bytes())?;
            Ok(())
        }
    }
}
