//! The response cache under concurrency: concurrent misses of one page wait for one render
//! (single flight), and when that render gives nothing to keep, or goes away, every waiter still
//! gets an answer of its own.

use crate::support::{seed_index, serve_router};
use annals::web::cache::MAX_ENTRY_BYTES;
use annals::web::{cached_layers, Limits};
use annals::AppState;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Concurrent requests of each test: more than one, fewer than the client's default pool.
const N_REQUESTS: usize = 16;
/// How long the test handlers take to render: long enough that every request arrives while the
/// first one is still rendering.
const RENDER_TIME: Duration = Duration::from_millis(500);

/// A route whose handler sleeps, counts its calls and answers what `answer` makes of the call's
/// number (from 0).
fn slow_route(calls: Arc<AtomicUsize>, answer: fn(usize) -> (StatusCode, String)) -> Router {
    Router::new().route(
        "/slow",
        get(move || async move {
            let call = calls.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(RENDER_TIME).await;
            answer(call)
        }),
    )
}

/// Sends `N_REQUESTS` GETs of `url` at once; returns each status and body, failing the test if
/// any of them waits more than 10 s (a waiter wedged on a render that never publishes).
async fn get_at_once(url: &str) -> Vec<(u16, String)> {
    let client = reqwest::Client::new();
    let requests: Vec<_> = (0..N_REQUESTS)
        .map(|_| {
            let request = client.get(url).send();
            tokio::spawn(async move {
                let response = request.await.expect("request succeeds");
                let status = response.status().as_u16();
                (status, response.text().await.expect("body"))
            })
        })
        .collect();
    let mut answers = Vec::new();
    for request in requests {
        let answer = tokio::time::timeout(Duration::from_secs(10), request)
            .await
            .expect("no request waits more than 10 s")
            .expect("task");
        answers.push(answer);
    }
    answers
}

fn state() -> AppState {
    AppState::new(seed_index(), "http://test")
}

#[tokio::test]
async fn concurrent_cold_requests_wait_for_one_render() {
    let calls = Arc::new(AtomicUsize::new(0));
    let state = state();
    let app = slow_route(calls.clone(), |call| {
        (StatusCode::OK, format!("rendered by call {call}"))
    });
    let base = serve_router(cached_layers(app, &Limits::default(), state.clone())).await;
    let answers = get_at_once(&format!("{base}/slow")).await;
    assert!(
        answers
            .iter()
            .all(|answer| *answer == (200, "rendered by call 0".to_string())),
        "{answers:?}"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    assert_eq!(state.cache().n_renders(), 1);
    // Later requests are hits.
    get_at_once(&format!("{base}/slow")).await;
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn waiters_render_for_themselves_when_the_first_answer_may_not_be_shared() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = slow_route(calls.clone(), |call| match call {
        0 => (StatusCode::SERVICE_UNAVAILABLE, "not yet".to_string()),
        _ => (StatusCode::OK, format!("rendered by call {call}")),
    });
    let base = serve_router(cached_layers(app, &Limits::default(), state())).await;
    let answers = get_at_once(&format!("{base}/slow")).await;
    let n_ok = answers.iter().filter(|(status, _)| *status == 200).count();
    // The first render fails; each waiter then renders for itself instead of taking the error.
    assert_eq!(n_ok, N_REQUESTS - 1, "{answers:?}");
    assert_eq!(calls.load(Ordering::SeqCst), N_REQUESTS);
}

#[tokio::test]
async fn an_answer_too_large_to_keep_is_still_shared_with_its_waiters() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = slow_route(calls.clone(), |call| {
        (
            StatusCode::OK,
            format!("{call}{}", "x".repeat(MAX_ENTRY_BYTES)),
        )
    });
    let base = serve_router(cached_layers(app, &Limits::default(), state())).await;
    let answers = get_at_once(&format!("{base}/slow")).await;
    assert!(answers
        .iter()
        .all(|(status, body)| *status == 200 && body.starts_with("0x")));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    // Not kept: the next request renders again.
    let again = crate::support::get(&format!("{base}/slow")).await;
    assert!(again.body.starts_with("1x"));
}

#[tokio::test]
async fn waiters_render_for_themselves_when_the_first_render_panics() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = Router::new().route(
        "/slow",
        get({
            let calls = calls.clone();
            move || async move {
                let call = calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(RENDER_TIME).await;
                assert_ne!(call, 0, "the first render panics");
                format!("rendered by call {call}")
            }
        }),
    );
    let base = serve_router(cached_layers(app, &Limits::default(), state())).await;
    let answers = get_at_once(&format!("{base}/slow")).await;
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    assert_eq!(statuses.iter().filter(|status| **status == 500).count(), 1);
    assert_eq!(
        statuses.iter().filter(|status| **status == 200).count(),
        N_REQUESTS - 1
    );
}

/// The real application: a cold timeline requested by many at once is rendered once. (The seed's
/// timeline renders in well under a millisecond, so without coalescing this fails only when two
/// requests happen to overlap; the slow route above is the test that always would.)
#[tokio::test]
async fn concurrent_cold_timelines_of_the_real_app_render_once() {
    let state = state();
    let base = serve_router(annals::app(state.clone())).await;
    let answers = get_at_once(&format!("{base}/?actor=china")).await;
    assert!(answers
        .iter()
        .all(|answer| answer.0 == 200 && *answer == answers[0]));
    assert_eq!(state.cache().n_renders(), 1);
}
