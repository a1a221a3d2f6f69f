//! The timeline page on the seeds: its size budgets (HTML ≤ 60 KB, script ≤ 20 KB, stylesheet
//! ≤ 20 KB, uncompressed), the overview axis' marks and zoom links, and `/favicon.ico`.

use crate::support::{attribute, get, seed_index, select, serve};

const HTML_BUDGET: usize = 60 * 1024;
const SCRIPT_BUDGET: usize = 20 * 1024;
const STYLESHEET_BUDGET: usize = 20 * 1024;

#[tokio::test]
async fn timeline_page_and_assets_stay_within_budget() {
    let base = serve(seed_index()).await;
    let page = get(&format!("{base}/")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.len() <= HTML_BUDGET,
        "expected the / HTML to be at most {HTML_BUDGET} bytes, found {}",
        page.body.len()
    );
    let script = select(&page.body, "script[src]");
    let stylesheet = select(&page.body, "link[rel=stylesheet]");
    for (elements, name, budget) in [
        (&script, "src", SCRIPT_BUDGET),
        (&stylesheet, "href", STYLESHEET_BUDGET),
    ] {
        assert_eq!(elements.len(), 1, "expected one {name} asset");
        let href = attribute(&elements[0].1, name).expect("asset URL");
        let asset = get(&format!("{base}{href}")).await;
        assert_eq!(asset.status, 200, "{href}");
        assert!(
            asset.body.len() <= budget,
            "expected {href} to be at most {budget} bytes, found {}",
            asset.body.len()
        );
    }
}

#[tokio::test]
async fn overview_draws_every_event_by_the_precision_of_its_date() {
    let index = seed_index();
    let base = serve(index).await;
    let api = crate::support::json(&get(&format!("{base}/api/events")).await);
    let page = get(&format!("{base}/")).await;
    let marks = select(&page.body, "[data-test=axis-mark]");
    let events = api["events"].as_array().expect("events");
    assert_eq!(marks.len(), events.len());
    for event in events {
        let id = event["id"].as_str().expect("id");
        let mark = marks
            .iter()
            .find(|(_, attrs)| attribute(attrs, "data-id") == Some(id))
            .unwrap_or_else(|| panic!("no mark for {id}"));
        let edtf = event["date"]["edtf"].as_str().expect("edtf");
        let expected = if edtf.ends_with("/..") {
            "open"
        } else if event["date"]["start"] == event["date"]["end"] {
            "point"
        } else if event["date"]["precision"] == "interval" {
            "span"
        } else {
            "uncertain"
        };
        assert_eq!(attribute(&mark.1, "data-shape"), Some(expected), "{edtf}");
    }
    // Zoom links keep the other filters and set the range; zoomed, a link leads back out.
    let filtered = get(&format!(
        "{base}/?actor=china&from=2023-06-01&to=2023-06-30"
    ))
    .await;
    let zooms = select(&filtered.body, "[data-test=axis-zoom]");
    assert!(!zooms.is_empty());
    for (_, attrs) in &zooms {
        let href = attribute(attrs, "href").expect("href");
        assert!(href.starts_with("/?actor=china&from=2023-06-"), "{href}");
    }
    let out = select(&filtered.body, "[data-test=zoom-out]");
    assert_eq!(attribute(&out[0].1, "href"), Some("/?actor=china"));
    // Marks outside the zoomed range are left out; those of other actors are dimmed.
    let zoomed_marks = select(&filtered.body, "[data-test=axis-mark]");
    assert!(zoomed_marks.len() < marks.len());
    assert!(zoomed_marks
        .iter()
        .any(|(_, attrs)| attribute(attrs, "class") == Some("out")));
}

#[tokio::test]
async fn favicon_ico_is_served() {
    let base = serve(seed_index()).await;
    let icon = get(&format!("{base}/favicon.ico")).await;
    assert_eq!(icon.status, 200);
    assert!(icon.content_type.starts_with("image/"));
}
