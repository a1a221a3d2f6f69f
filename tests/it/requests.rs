//! Hostile requests against the real server: unknown and malformed ids, huge and repeated query
//! parameters, bad dates, path traversal, oversized headers, bodies and addresses, wrong methods.
//! Each gets a 4xx error page (or a JSON error under `/api/`), never a 500 and never a panic.
//! The layers (security headers, request ids, compression, timeout, panic catching, graceful
//! shutdown) are checked here too, some on test routes of their own.

use crate::support::{get, json, seed_index, select, serve_router};
use annals::web::{layers, Limits};
use annals::AppState;
use axum::routing::get as get_route;
use axum::Router;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A raw HTTP exchange, for requests reqwest refuses to send. Returns the status (0 when the
/// server closed the connection without an answer) and the whole response text.
async fn raw(base: &str, request: &[u8]) -> (u16, String) {
    let addr = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let _ = stream.write_all(request).await;
    let mut response = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut response)).await;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    (status, text)
}

fn raw_get(target: &str) -> Vec<u8> {
    format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").into_bytes()
}

/// A 4xx with the error page (or JSON error under /api/) that names the status.
#[track_caller]
fn check_error_page(what: &str, page: &crate::support::Page, status: u16) {
    assert_eq!(page.status, status, "{what}: {}", page.body);
    if what.contains("/api/") {
        assert!(page.content_type.starts_with("application/json"), "{what}");
        assert_eq!(json(page)["error"]["status"], status, "{what}");
    } else {
        assert!(page.content_type.starts_with("text/html"), "{what}");
        let heading = select(&page.body, "[data-test=error-status]");
        assert!(
            heading[0].0.starts_with(&status.to_string()),
            "{what}: {heading:?}"
        );
        assert_eq!(select(&page.body, "[data-test=error-message]").len(), 1);
    }
}

#[tokio::test]
async fn malformed_ids_filters_and_paths_get_clean_4xx_errors() {
    let base = crate::support::serve(seed_index()).await;
    let long_id = "x".repeat(4000);
    let cases: Vec<(String, u16)> = vec![
        ("/events/nope".into(), 404),
        (format!("/events/{long_id}"), 404),
        ("/events/%FF%FE".into(), 400),
        ("/events/%00".into(), 404),
        ("/events/a%2Fb".into(), 404),
        ("/events/".into(), 404),
        ("/documents/..%2F..%2FCargo".into(), 404),
        ("/actors/%3Cscript%3E".into(), 404),
        ("/api/events/nope".into(), 404),
        ("/api/events/%FF".into(), 400),
        ("/api/nothing/here".into(), 404),
        ("/?from=2023-13-45".into(), 400),
        ("/?from=99999".into(), 400),
        ("/?to=--2023".into(), 400),
        ("/?to=-202".into(), 400),
        ("/?from=2023-06&to=2023-05".into(), 400),
        ("/?from=2023-02-30".into(), 400),
        ("/?page=0".into(), 400),
        ("/?page=99999999999999999999999".into(), 400),
        ("/?kind=%00".into(), 400),
        ("/api/events?to=yesterday".into(), 400),
        (format!("/?q={}", "a".repeat(1000)), 400),
        (format!("/?{}", "actor=a&".repeat(200)), 400),
        (format!("/api/events?{}", "place=x&".repeat(100)), 400),
        (format!("/?q={}", "a".repeat(10_000)), 414),
        ("/static/..%2F..%2FCargo.toml".into(), 404),
        ("/static/%2e%2e%2f%2e%2e%2fCargo.toml".into(), 404),
        ("/static/timeline.css%00.png".into(), 404),
        ("/%2e%2e/%2e%2e/etc/passwd".into(), 404),
        ("/nothing".into(), 404),
    ];
    for (path, status) in &cases {
        let page = get(&format!("{base}{path}")).await;
        let shown: String = path.chars().take(60).collect();
        check_error_page(&shown, &page, *status);
        assert!(!page.body.contains("[package]") && !page.body.contains("root:"));
    }
    // Pages past the end, odd encodings and unknown parameters are fine, not errors.
    for path in [
        "/?page=1000000",
        "/?from=-0043&to=-0043-03-15",
        "/?actor=%F0%9F%92%A5&place=%E2%80%AE",
        "/?q=%27%22%3E%3Cscript%3E",
        "/?unknown=1&unknown=2&x",
        "/?&&&=&=",
        "/api/events?actor=china&actor=china&from=2023",
    ] {
        let page = get(&format!("{base}{path}")).await;
        assert_eq!(page.status, 200, "{path}");
    }
    // Raw targets that reqwest would normalise.
    for target in [
        "/static/../../Cargo.toml",
        "/../../../etc/passwd",
        "/documents/../../Cargo.toml",
        "/events/..\\..\\Cargo.toml",
    ] {
        let (status, text) = raw(&base, &raw_get(target)).await;
        assert!((400..500).contains(&status), "{target}: {status}");
        assert!(
            !text.contains("[package]") && !text.contains("root:"),
            "{target}"
        );
    }
    // A target that is not valid UTF-8 and one that is not a path at all.
    let (status, _) = raw(
        &base,
        b"GET /events/\xff\xfe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!((400..500).contains(&status), "non-UTF-8 target: {status}");
    let (status, _) = raw(&base, &raw_get("*")).await;
    assert!((400..500).contains(&status), "asterisk target: {status}");
    let (status, _) = raw(&base, b"NONSENSE\r\n\r\n").await;
    assert!(
        status == 0 || (400..500).contains(&status),
        "garbage: {status}"
    );
    // The server is still up and well.
    assert_eq!(get(&format!("{base}/healthz")).await.status, 200);
}

#[tokio::test]
async fn oversized_headers_bodies_and_wrong_methods_are_refused_with_a_page() {
    let base = crate::support::serve(seed_index()).await;
    let client = reqwest::Client::new();
    // Too many header fields.
    let mut request = client.get(format!("{base}/"));
    for n in 0..80 {
        request = request.header(format!("x-filler-{n}"), "v");
    }
    let response = request.send().await.expect("response");
    assert_eq!(response.status().as_u16(), 431);
    // One header too large for our limit, and one too large for hyper's buffer.
    for size in [20_000, 1_000_000] {
        let request = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: {}\r\n\r\n",
            "a".repeat(size)
        );
        let (status, _) = raw(&base, request.as_bytes()).await;
        assert!(
            status == 431 || status == 0,
            "a {size}-byte header: {status}"
        );
    }
    // Bodies: no route reads one; a large one is refused before it is read.
    let big = vec![b'x'; 1024 * 1024];
    let response = client
        .get(format!("{base}/"))
        .body(big.clone())
        .send()
        .await
        .expect("response");
    assert_eq!(response.status().as_u16(), 413);
    let page = crate::support::Page {
        status: 413,
        content_type: response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
        body: response.text().await.expect("body"),
    };
    check_error_page("/ with a 1 MB body", &page, 413);
    // Wrong methods: 405 with an Allow header and a page, or JSON under /api/.
    for (method, path) in [
        (reqwest::Method::POST, "/"),
        (reqwest::Method::PUT, "/events/x"),
        (reqwest::Method::DELETE, "/api/events"),
        (reqwest::Method::PATCH, "/api/events/x"),
        (reqwest::Method::POST, "/static/timeline.css"),
    ] {
        let response = client
            .request(method.clone(), format!("{base}{path}"))
            .body("x=1")
            .send()
            .await
            .expect("response");
        let allow = response
            .headers()
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        assert!(allow.contains("GET"), "{method} {path}: allow {allow:?}");
        let page = crate::support::Page {
            status: response.status().as_u16(),
            content_type: response
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string(),
            body: response.text().await.expect("body"),
        };
        check_error_page(&format!("{method} {path}"), &page, 405);
    }
    // HEAD works wherever GET does, without a body.
    for path in ["/", "/api/events", "/healthz"] {
        let response = client
            .head(format!("{base}{path}"))
            .send()
            .await
            .expect("response");
        assert_eq!(response.status().as_u16(), 200, "HEAD {path}");
        assert!(response.headers().contains_key("content-type"));
        assert!(response.bytes().await.expect("body").is_empty());
    }
    // An OPTIONS request is a 405 page too, not a 500.
    let response = client
        .request(reqwest::Method::OPTIONS, format!("{base}/"))
        .send()
        .await
        .expect("response");
    assert_eq!(response.status().as_u16(), 405);
}

#[tokio::test]
async fn every_response_carries_security_headers_request_id_and_compression() {
    let base = crate::support::serve(seed_index()).await;
    let client = reqwest::Client::new();
    for path in ["/", "/nothing", "/api/events", "/api/nope", "/?from=bad"] {
        let response = client
            .get(format!("{base}{path}"))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .expect("response");
        let headers = response.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(
            header("referrer-policy"),
            "strict-origin-when-cross-origin",
            "{path}"
        );
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert_eq!(header("x-request-id").len(), 36, "{path}");
        if path == "/" {
            assert_eq!(header("content-encoding"), "gzip", "{path}");
        }
    }
    // A request id given by the client is kept.
    let response = client
        .get(format!("{base}/healthz"))
        .header("x-request-id", "trace-me-42")
        .send()
        .await
        .expect("response");
    assert_eq!(
        response.headers().get("x-request-id").map(|v| v.as_bytes()),
        Some(&b"trace-me-42"[..])
    );
}

fn test_routes() -> Router {
    Router::new()
        .route(
            "/panic",
            get_route(|| async {
                if true {
                    panic!("a handler bug");
                }
                "unreachable"
            }),
        )
        .route(
            "/api/panic",
            get_route(|| async {
                if true {
                    panic!("an API bug");
                }
                "unreachable"
            }),
        )
        .route(
            "/slow",
            get_route(|| async {
                tokio::time::sleep(Duration::from_millis(800)).await;
                "done"
            }),
        )
}

#[tokio::test]
async fn panics_and_timeouts_become_error_pages_and_the_server_keeps_serving() {
    let limits = Limits {
        timeout: Duration::from_millis(200),
        ..Limits::default()
    };
    let base = serve_router(layers(test_routes(), &limits)).await;
    for _ in 0..3 {
        let page = get(&format!("{base}/panic")).await;
        check_error_page("/panic", &page, 500);
        assert!(
            !page.body.contains("a handler bug"),
            "the panic is not shown"
        );
        let page = get(&format!("{base}/api/panic")).await;
        check_error_page("/api/panic", &page, 500);
        assert!(!page.body.contains("an API bug"));
    }
    let page = get(&format!("{base}/slow")).await;
    check_error_page("/slow", &page, 408);
}

#[tokio::test]
async fn graceful_shutdown_finishes_requests_in_flight() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = layers(test_routes(), &Limits::default());
    let server = tokio::spawn(annals::web::serve_until(listener, app, async {
        let _ = stopped.await;
    }));
    let slow = tokio::spawn(get_text(format!("{base}/slow")));
    tokio::time::sleep(Duration::from_millis(200)).await;
    let _ = stop.send(());
    let (status, body) = slow.await.expect("request task");
    assert_eq!((status, body.as_str()), (200, "done"));
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("the server stops")
        .expect("server task")
        .expect("server result");
    // New connections are refused once it stopped.
    assert!(reqwest::get(format!("{base}/slow")).await.is_err());
}

async fn get_text(url: String) -> (u16, String) {
    let response = reqwest::get(url).await.expect("response");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// Requests against a state whose index is swapped all the time never fail.
#[tokio::test]
async fn requests_during_index_swaps_all_succeed() {
    let state = AppState::new(seed_index(), "http://test");
    let app = annals::app(state.clone());
    let base = serve_router(app).await;
    let swapper = tokio::task::spawn_blocking({
        let state = state.clone();
        move || {
            for _ in 0..5 {
                state.swap_index(seed_index());
            }
        }
    });
    let mut tasks = Vec::new();
    for n in 0..40 {
        let url = match n % 3 {
            0 => format!("{base}/"),
            1 => format!("{base}/api/events?actor=china"),
            _ => format!("{base}/actors"),
        };
        tasks.push(tokio::spawn(async move { get(&url).await.status }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 200);
    }
    swapper.await.expect("swaps");
}

/// The response cache serves repeated requests, keeps encodings apart and never serves a page
/// of an index that was swapped out.
#[tokio::test]
async fn cached_responses_follow_index_swaps_and_encodings() {
    let actors = std::fs::read(crate::support::seeds_dir().join("actors.toml")).expect("actors");
    let one = crate::support::corpus(
        "cache-one",
        &[
            ("actors.toml", &actors),
            (
                "a.txt",
                b"A\n\nOn 3 March 2021 the junta met in Naypyidaw.\n",
            ),
        ],
    );
    let two = crate::support::corpus(
        "cache-two",
        &[
            ("actors.toml", &actors),
            (
                "a.txt",
                b"A\n\nOn 3 March 2021 the junta met in Naypyidaw.\n",
            ),
            (
                "b.txt",
                b"B\n\nThailand closed the border on 12 April 2022.\n",
            ),
        ],
    );
    let state = AppState::new(annals::load_index(&one).expect("one"), "http://test");
    let base = serve_router(annals::app(state.clone())).await;
    let count = |page: crate::support::Page| json(&page)["count"].as_u64();
    let first = get(&format!("{base}/api/events")).await;
    let again = get(&format!("{base}/api/events")).await;
    assert_eq!(first.body, again.body);
    let body = json(&again);
    assert_eq!(
        (body["page"].as_u64(), body["pages"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(count(again), Some(1));
    let past_the_end = json(&get(&format!("{base}/api/events?page=7")).await);
    assert_eq!(past_the_end["count"], 1);
    assert_eq!(past_the_end["events"].as_array().map(Vec::len), Some(0));
    assert!(!state.cache().is_empty());
    let client = reqwest::Client::new();
    let gzip = client
        .get(format!("{base}/"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("gzip");
    assert_eq!(
        gzip.headers().get("content-encoding").map(|v| v.as_bytes()),
        Some(&b"gzip"[..])
    );
    let plain = get(&format!("{base}/")).await;
    assert_eq!(select(&plain.body, "[data-test=event]").len(), 1);

    state.swap_index(annals::load_index(&two).expect("two"));
    assert_eq!(count(get(&format!("{base}/api/events")).await), Some(2));
    let plain = get(&format!("{base}/")).await;
    assert_eq!(select(&plain.body, "[data-test=event]").len(), 2);
}
