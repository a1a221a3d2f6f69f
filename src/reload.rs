//! Live reload: rebuilds the index when the corpus folder changes (`annals serve --watch`) or on
//! request (SIGHUP), and swaps it in atomically with `AppState::swap_index`.
//!
//! A rebuild runs on tokio's blocking pool, off the request path; requests keep the index they
//! started with, so requests in flight during a reload all succeed. A reload that fails (a
//! malformed `actors.toml`, a folder that vanished) keeps serving the previous index and logs
//! why. Bursts of file events (an editor saving, a copy of many files) are debounced into one
//! rebuild. Event ids come from content, so permalinks of unchanged events survive every reload.
//!
//! It does not diff the folder: every reload rebuilds the whole index, which takes about as long
//! as start-up.

use crate::ingest::{self, Progress};
use crate::web::AppState;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};
use tracing::{info, warn};

/// How long the folder must be quiet before a rebuild starts.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(300);
/// A steady stream of changes still gets a rebuild at least this often.
pub const MAX_DELAY: Duration = Duration::from_secs(5);

/// What happened to the latest reload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReloadStatus {
    /// Reloads attempted so far.
    pub attempts: u64,
    /// Reloads that replaced the index.
    pub successes: u64,
    /// The error of the latest attempt, when it failed.
    pub last_error: Option<String>,
}

/// Rebuilds the index from `folder` on the blocking pool and swaps it in. On failure the
/// previous index stays and the error is returned (and logged).
pub async fn reload(state: &AppState, folder: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let owned = folder.to_path_buf();
    let built =
        tokio::task::spawn_blocking(move || ingest::load_index(&owned, Progress::Quiet)).await;
    let index = match built {
        Ok(Ok(index)) => index,
        Ok(Err(error)) => {
            warn!(folder = %folder.display(), "reload failed, keeping the previous index: {error:#}");
            return Err(error);
        }
        Err(join_error) => {
            warn!(folder = %folder.display(), "reload panicked, keeping the previous index: {join_error}");
            return Err(anyhow::anyhow!("reload panicked: {join_error}"));
        }
    };
    for skipped in &index.skipped {
        warn!(file = %skipped.path, "skipped {}: {}", skipped.path, skipped.reason);
    }
    for warning in &index.warnings {
        warn!("{warning}");
    }
    let (n_documents, n_events) = (index.documents().len(), index.events().len());
    state.swap_index(index);
    let elapsed_ms = started.elapsed().as_millis();
    info!(
        n_documents,
        n_events,
        elapsed_ms,
        "reloaded {n_documents} documents with {n_events} events in {elapsed_ms} ms"
    );
    Ok(())
}

/// A running reloader. Dropping it stops watching and reloading.
pub struct Reloader {
    _watcher: Option<notify::RecommendedWatcher>,
    trigger: mpsc::UnboundedSender<()>,
    status: watch::Receiver<ReloadStatus>,
    task: tokio::task::JoinHandle<()>,
}

impl Reloader {
    /// Starts a reloader for `folder`. With `watch_folder`, changes in the folder trigger
    /// reloads; [`Reloader::trigger`] always does. Must be called inside a tokio runtime.
    pub fn start(
        state: AppState,
        folder: PathBuf,
        watch_folder: bool,
        debounce: Duration,
    ) -> notify::Result<Reloader> {
        let (trigger, mut requests) = mpsc::unbounded_channel::<()>();
        let watcher = if watch_folder {
            let sender = trigger.clone();
            let mut watcher = notify::recommended_watcher(
                move |event: notify::Result<notify::Event>| match event {
                    Ok(event) if is_change(&event) => {
                        let _ = sender.send(());
                    }
                    Ok(_) => {}
                    Err(error) => warn!("watching the corpus folder: {error}"),
                },
            )?;
            watcher.watch(&folder, RecursiveMode::Recursive)?;
            info!(folder = %folder.display(), "watching {} for changes", folder.display());
            Some(watcher)
        } else {
            None
        };
        let (status_sender, status) = watch::channel(ReloadStatus::default());
        let task = tokio::spawn(async move {
            while requests.recv().await.is_some() {
                // Debounce: wait until the folder is quiet, but not forever.
                let first = Instant::now();
                loop {
                    let remaining = MAX_DELAY.saturating_sub(first.elapsed());
                    match tokio::time::timeout(debounce.min(remaining), requests.recv()).await {
                        Ok(Some(())) if !remaining.is_zero() => continue,
                        Ok(None) => return,
                        _ => break,
                    }
                }
                let result = reload(&state, &folder).await;
                status_sender.send_modify(|status| {
                    status.attempts += 1;
                    match &result {
                        Ok(()) => {
                            status.successes += 1;
                            status.last_error = None;
                        }
                        Err(error) => status.last_error = Some(format!("{error:#}")),
                    }
                });
            }
        });
        Ok(Reloader {
            _watcher: watcher,
            trigger,
            status,
            task,
        })
    }

    /// Asks for a reload (debounced like file events).
    pub fn trigger(&self) {
        let _ = self.trigger.send(());
    }

    /// A function that asks for a reload, for signal handlers and other tasks.
    pub fn trigger_handle(&self) -> impl Fn() + Send + Sync + 'static {
        let trigger = self.trigger.clone();
        move || {
            let _ = trigger.send(());
        }
    }

    /// The status of reloads, to wait on.
    pub fn status(&self) -> watch::Receiver<ReloadStatus> {
        self.status.clone()
    }
}

impl Drop for Reloader {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Changes that can alter the index: files created, modified, removed or renamed. Reads and
/// hidden files (editor swap files) do not count.
fn is_change(event: &notify::Event) -> bool {
    let relevant = matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    );
    let visible = event.paths.is_empty()
        || event.paths.iter().any(|path| {
            !path
                .file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with('.'))
        });
    relevant && visible
}
