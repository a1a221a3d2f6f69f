//! The `annals` command: parse the command line, start tracing, build the Index, then serve it,
//! print it as JSON, or annotate text with TimeML.

use annals::config::Config;
use annals::timex::{self, Domain};
use annals::web::api::ExtractJson;
use annals::AppState;
use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::net::SocketAddr;
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
    },
    /// Print the documents and events of a corpus as one JSON object.
    Extract {
        #[arg(long, default_value = "seeds")]
        seeds: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: OutputFormat,
    },
    /// Tag time expressions: plain text on stdin to TimeML on stdout, or a folder of .tml files.
    Annotate {
        /// Document creation date, YYYY-MM-DD (for stdin input).
        #[arg(long, required_unless_present = "tml_dir")]
        dct: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value = "news")]
        domain: DomainArg,
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
    let index = annals::load_index(seeds)
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
    let app = annals::app(AppState::new(index, base_url));
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
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
        } => {
            let config = Config {
                seeds,
                addr,
                base_url,
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
        Command::Annotate {
            dct,
            domain,
            tml_dir,
            out_dir,
        } => {
            if let (Some(input), Some(output)) = (tml_dir, out_dir) {
                let n = timex::timeml::annotate_dir(&input, &output, domain.into())?;
                info!("annotated {n} files into {}", output.display());
                return Ok(());
            }
            let dct = dct.context("--dct is required when reading stdin")?;
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("stdin is not valid UTF-8 text")?;
            let tml = timex::timeml::annotate_text(&text, dct, domain.into());
            std::io::stdout().write_all(tml.as_bytes())?;
            Ok(())
        }
    }
}
