//! The real server on port 0: pages, JSON, filters and errors.

use crate::support::{attribute, get, json, seed_index, select, serve};

#[tokio::test]
async fn timeline_lists_every_event_with_date_headline_and_source() {
    let index = seed_index();
    let n_events = index.events().len();
    let base = serve(index).await;
    let page = get(&format!("{base}/")).await;
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    let events = select(&page.body, "[data-test=event]");
    assert_eq!(events.len(), n_events);
    assert_eq!(select(&page.body, "[data-test=event-date]").len(), n_events);
    assert_eq!(
        select(&page.body, "[data-test=source-link]").len(),
        n_events
    );
    let total = select(&page.body, "[data-test=n-total]");
    assert_eq!(total[0].0, n_events.to_string());
    // Chronological: data-start never decreases.
    let starts: Vec<String> = events
        .iter()
        .filter_map(|(_, attrs)| attribute(attrs, "data-start").map(str::to_string))
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[tokio::test]
async fn actor_filter_shows_exactly_that_actors_events() {
    let base = serve(seed_index()).await;
    for actor in ["qin-gang", "china", "thailand", "border-guard-force"] {
        let api = json(&get(&format!("{base}/api/events?actor={actor}")).await);
        let api_ids: Vec<&str> = api["events"]
            .as_array()
            .expect("events")
            .iter()
            .filter_map(|e| e["id"].as_str())
            .collect();
        assert!(!api_ids.is_empty(), "{actor}");
        for event in api["events"].as_array().expect("events") {
            let actors: Vec<&str> = event["actors"]
                .as_array()
                .expect("actors")
                .iter()
                .filter_map(|a| a["id"].as_str())
                .collect();
            assert!(actors.contains(&actor), "{actor}: {event}");
        }
        let page = get(&format!("{base}/?actor={actor}")).await;
        let html_ids: Vec<String> = select(&page.body, "[data-test=event]")
            .iter()
            .filter_map(|(_, attrs)| attribute(attrs, "data-id").map(str::to_string))
            .collect();
        assert_eq!(html_ids, api_ids, "{actor}: page and API agree");
        // The checkbox of the filter is checked, so the form shows the state of the view.
        let checked = select(
            &page.body,
            &format!("[data-test=actor-filter] input[value={actor}][checked]"),
        );
        assert_eq!(checked.len(), 1);
    }
}

#[tokio::test]
async fn event_permalink_page_highlights_the_sentence_and_links_the_document() {
    let index = seed_index();
    let event = index
        .events()
        .iter()
        .find(|e| e.when.edtf == "2023-06-19")
        .expect("the repatriation")
        .clone();
    let base = serve(index).await;
    let page = get(&format!("{base}/events/{}", event.id)).await;
    assert_eq!(page.status, 200);
    let canonical = select(&page.body, "link[rel=canonical]");
    assert_eq!(
        attribute(&canonical[0].1, "href"),
        Some(format!("{base}/events/{}", event.id).as_str())
    );
    let mark = select(&page.body, "[data-test=source-sentence]");
    assert_eq!(mark[0].0, event.sources[0].text);
    let document_link = select(&page.body, "[data-test=document-link]");
    let href = attribute(&document_link[0].1, "href").expect("href");
    assert_eq!(
        href,
        format!(
            "/documents/{}#s{}",
            event.sources[0].document, event.sources[0].sentence
        )
    );
    assert_eq!(select(&page.body, "meta[property='og:title']").len(), 1);
    assert!(!select(&page.body, "[data-test=previous]").is_empty());
    let original = select(&page.body, "[data-test=original-link]");
    assert!(attribute(&original[0].1, "href")
        .expect("href")
        .starts_with(
        "https://www.usip.org/publications/2023/07/chinas-metastasizing-myanmar-problem#:~:text="
    ));

    // The document page anchors that sentence and links it back to the event.
    let document = get(&format!("{base}/documents/{}", event.sources[0].document)).await;
    assert_eq!(document.status, 200);
    let anchored = select(
        &document.body,
        &format!("#s{} [data-test=sentence-event]", event.sources[0].sentence),
    );
    assert!(anchored.iter().any(
        |(_, attrs)| attribute(attrs, "href") == Some(format!("/events/{}", event.id).as_str())
    ));
}

#[tokio::test]
async fn json_api_has_the_contract_shape() {
    let base = serve(seed_index()).await;
    let page = get(&format!("{base}/api/events")).await;
    assert_eq!(page.content_type, "application/json");
    let events = json(&page);
    for key in ["total", "count", "page", "pages"] {
        assert!(events[key].is_u64(), "missing {key}");
    }
    let first = &events["events"][0];
    for key in [
        "id", "date", "headline", "kind", "actors", "places", "sources",
    ] {
        assert!(!first[key].is_null(), "missing {key}");
    }
    for key in ["edtf", "start", "end", "precision", "display"] {
        assert!(first["date"][key].is_string(), "missing date.{key}");
    }
    let id = first["id"].as_str().expect("id");
    let one = json(&get(&format!("{base}/api/events/{id}")).await);
    assert_eq!(one["id"], first["id"]);
    let documents = json(&get(&format!("{base}/api/documents")).await);
    assert_eq!(documents["documents"][0]["published"], "2023-07");
    assert_eq!(documents["documents"][0]["published_inferred"], false);
    let actors = json(&get(&format!("{base}/api/actors")).await);
    assert!(actors["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .any(|a| a["id"] == "qin-gang"));
    let health = json(&get(&format!("{base}/healthz")).await);
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn unknown_ids_and_bad_filters_are_clean_errors() {
    let base = serve(seed_index()).await;
    for path in [
        "/events/nope",
        "/documents/nope",
        "/actors/nope",
        "/no/such/page",
        "/events/..%2F..%2Fetc%2Fpasswd",
    ] {
        let page = get(&format!("{base}{path}")).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.content_type.starts_with("text/html"), "{path}");
        assert_eq!(select(&page.body, "[data-test=error-status]").len(), 1);
    }
    let api = get(&format!("{base}/api/events/nope")).await;
    assert_eq!(api.status, 404);
    assert_eq!(json(&api)["error"]["status"], 404);
    let bad = get(&format!("{base}/?from=not-a-date")).await;
    assert_eq!(bad.status, 400);
    let message = select(&bad.body, "[data-test=error-message]");
    assert!(message[0].0.contains("from"), "names the parameter");
    let bad_api = get(&format!("{base}/api/events?kind=rumour")).await;
    assert_eq!(bad_api.status, 400);
    assert!(json(&bad_api)["error"]["message"]
        .as_str()
        .expect("message")
        .contains("kind"));
}

#[tokio::test]
async fn actors_pages_list_and_filter() {
    let base = serve(seed_index()).await;
    let page = get(&format!("{base}/actors")).await;
    assert_eq!(page.status, 200);
    let rows = select(&page.body, "[data-test=actor]");
    assert!(rows
        .iter()
        .any(|(_, attrs)| attribute(attrs, "data-actor") == Some("thailand")));
    let actor = get(&format!("{base}/actors/thailand")).await;
    assert_eq!(actor.status, 200);
    for (_, attrs) in select(&actor.body, "[data-test=event]") {
        let actors = attribute(&attrs, "data-actors").expect("actors");
        assert!(actors.split(' ').any(|a| a == "thailand"));
    }
}

#[tokio::test]
async fn responses_carry_security_headers_and_hashed_assets() {
    let base = serve(seed_index()).await;
    let response = reqwest::get(format!("{base}/")).await.expect("request");
    let headers = response.headers().clone();
    let csp = headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .expect("CSP");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    assert_eq!(
        headers
            .get("x-content-type-options")
            .and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
    let body = response.text().await.expect("body");
    let stylesheet = select(&body, "link[rel=stylesheet]");
    let href = attribute(&stylesheet[0].1, "href")
        .expect("href")
        .to_string();
    let css = reqwest::get(format!("{base}{href}")).await.expect("css");
    assert_eq!(css.status().as_u16(), 200);
    assert!(css
        .headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .contains("immutable"));
}

#[tokio::test]
async fn a_long_timeline_is_paged_and_the_overview_stays_small() {
    let text: String = (0..700)
        .map(|i| {
            format!(
                "On {} March {} the council met for session {i}.\n",
                i % 28 + 1,
                1300 + i
            )
        })
        .collect();
    let folder = crate::support::corpus("paging", &[("minutes.txt", text.as_bytes())]);
    let index = annals::load_index(&folder).expect("loads");
    assert_eq!(index.events().len(), 700);
    let base = serve(index).await;
    let first = get(&format!("{base}/")).await;
    assert_eq!(select(&first.body, "[data-test=event]").len(), 200);
    let next = select(&first.body, "a[rel=next]");
    let href = attribute(&next[0].1, "href").expect("a link to the next page");
    let second = get(&format!("{base}{href}")).await;
    assert_eq!(select(&second.body, "[data-test=event]").len(), 200);
    assert_eq!(select(&second.body, "a[rel=prev]").len(), 1);
    let last = get(&format!("{base}/?page=4")).await;
    assert_eq!(select(&last.body, "[data-test=event]").len(), 100);
    assert!(select(&last.body, "a[rel=next]").is_empty());
    // The API pages the same way.
    let api = crate::support::json(&get(&format!("{base}/api/events?page=4")).await);
    assert_eq!(api["count"], 700);
    assert_eq!(api["pages"], 4);
    assert_eq!(api["events"].as_array().map(Vec::len), Some(100));
    // The overview draws a sample of the events, not one mark each.
    let marks = select(&first.body, "[data-test=axis-mark]").len();
    assert!(marks > 0 && marks <= 300, "{marks} marks");
}
