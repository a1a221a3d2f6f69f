//! Live reload: a watched temporary folder gets documents added, changed and removed, and a
//! broken dictionary; the server follows, keeps permalinks of unchanged events, and keeps the
//! previous index when a reload fails.

use crate::support::{corpus, get, json, seeds_dir};
use annals::reload::Reloader;
use annals::AppState;
use std::time::{Duration, Instant};

const FIRST: &str =
    "First report\n\nOn 3 March 2021 the junta met Chinese officials in Naypyidaw.\n";
const SECOND: &str = "Second report\n\nThailand closed the border on 12 April 2022.\n";
const SECOND_CHANGED: &str = "Second report\n\nThailand reopened the border on 20 May 2022.\n";

async fn dates(base: &str) -> Vec<String> {
    let api = json(&get(&format!("{base}/api/events")).await);
    api["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["date"]["edtf"].as_str().map(str::to_string))
        .collect()
}

async fn serve_state(state: AppState) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, annals::app(state)).await;
    });
    base
}

/// Waits until the API's dates satisfy `done`, or fails after a while.
async fn wait_for(base: &str, what: &str, done: impl Fn(&[String]) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let found = dates(base).await;
        if done(&found) {
            return;
        }
        assert!(Instant::now() < deadline, "{what}: dates are {found:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn watched_folder_changes_reach_the_timeline_and_permalinks_survive() {
    let actors = std::fs::read(seeds_dir().join("actors.toml")).expect("actors");
    let dir = corpus(
        "reload",
        &[("actors.toml", &actors), ("first.txt", FIRST.as_bytes())],
    );
    let index = annals::load_index(&dir).expect("loads");
    let first_id = index
        .events()
        .iter()
        .find(|e| e.when.edtf == "2021-03-03")
        .expect("the first event")
        .id
        .clone();
    let state = AppState::new(index, "http://test");
    let reloader = Reloader::start(
        state.clone(),
        dir.to_path_buf(),
        true,
        Duration::from_millis(100),
    )
    .expect("watching starts");
    let mut status = reloader.status();
    let base = serve_state(state).await;
    let permalink = format!("{base}/events/{first_id}");
    assert_eq!(get(&permalink).await.status, 200);

    // Added.
    std::fs::write(dir.join("second.txt"), SECOND).expect("write");
    wait_for(&base, "added", |d| d.iter().any(|d| d == "2022-04-12")).await;
    assert_eq!(
        get(&permalink).await.status,
        200,
        "permalink after a reload"
    );
    // Changed.
    std::fs::write(dir.join("second.txt"), SECOND_CHANGED).expect("write");
    wait_for(&base, "changed", |d| {
        d.iter().any(|d| d == "2022-05-20") && !d.iter().any(|d| d == "2022-04-12")
    })
    .await;
    // Removed.
    std::fs::remove_file(dir.join("second.txt")).expect("remove");
    wait_for(&base, "removed", |d| {
        !d.iter().any(|d| d.starts_with("2022"))
    })
    .await;
    assert_eq!(get(&permalink).await.status, 200);

    // A broken dictionary: the reload fails, the previous index stays.
    let before = status.borrow_and_update().clone();
    std::fs::write(dir.join("actors.toml"), "[[actor]\nid = ").expect("write");
    std::fs::write(dir.join("third.txt"), SECOND).expect("write");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let current = status.borrow().clone();
        if current.attempts > before.attempts && current.last_error.is_some() {
            let error = current.last_error.unwrap_or_default();
            assert!(error.contains("actors.toml"), "{error}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no failed reload seen: {current:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        dates(&base).await,
        ["2021-03-03"],
        "the previous index stays"
    );
    assert_eq!(get(&permalink).await.status, 200);
    // Repaired: the pending document appears.
    std::fs::write(dir.join("actors.toml"), &actors).expect("write");
    wait_for(&base, "repaired", |d| d.iter().any(|d| d == "2022-04-12")).await;
    assert_eq!(get(&permalink).await.status, 200);
    drop(reloader);
}

#[tokio::test]
async fn bursts_of_changes_are_debounced_into_few_reloads() {
    let actors = std::fs::read(seeds_dir().join("actors.toml")).expect("actors");
    let dir = corpus("reload-burst", &[("actors.toml", &actors)]);
    let state = AppState::new(annals::load_index(&dir).expect("loads"), "http://test");
    let reloader = Reloader::start(
        state.clone(),
        dir.to_path_buf(),
        true,
        Duration::from_millis(300),
    )
    .expect("watching starts");
    let status = reloader.status();
    for n in 0..30 {
        let text = format!("Report {n}\n\nOn {} June 2021 the junta met.\n", n % 28 + 1);
        std::fs::write(dir.join(format!("burst-{n:02}.txt")), text).expect("write");
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while state.index().documents().len() < 30 {
        assert!(Instant::now() < deadline, "{:?}", status.borrow().clone());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let attempts = status.borrow().attempts;
    assert!(attempts <= 3, "30 quick writes caused {attempts} reloads");
    // A manual trigger reloads too.
    reloader.trigger();
    let deadline = Instant::now() + Duration::from_secs(20);
    while status.borrow().attempts <= attempts {
        assert!(Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(reloader);
}
