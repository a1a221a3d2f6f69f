//! Exports of the filtered view: TimelineJS JSON, CSV and NDJSON agree with the JSON API.

use crate::support::{get, json, seed_index, serve};

#[tokio::test]
async fn exports_follow_the_filters() {
    let base = serve(seed_index()).await;
    let api = json(&get(&format!("{base}/api/events?actor=thailand")).await);
    let ids: Vec<&str> = api["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    assert!(ids.len() >= 3);

    let timeline = get(&format!("{base}/export/timelinejs.json?actor=thailand")).await;
    assert_eq!(timeline.status, 200);
    let timeline = json(&timeline);
    let slides = timeline["events"].as_array().expect("events");
    let slide_ids: Vec<&str> = slides
        .iter()
        .filter_map(|e| e["unique_id"].as_str())
        .collect();
    assert_eq!(slide_ids, ids);
    for slide in slides {
        assert!(slide["start_date"]["year"].is_string());
        assert!(slide["end_date"]["year"].is_string());
        assert!(slide["text"]["headline"].is_string());
        assert!(slide["text"]["text"]
            .as_str()
            .expect("text")
            .contains("/events/"));
        assert!(slide["display_date"].is_string());
        assert!(slide["group"].is_string());
    }
    let day = slides
        .iter()
        .find(|s| s["display_date"] == "7 June 2023")
        .expect("the Thai power cut");
    assert_eq!(day["start_date"]["month"], "6");
    assert_eq!(day["start_date"]["day"], "7");

    let csv_page = get(&format!("{base}/export/events.csv?actor=thailand")).await;
    assert!(csv_page.content_type.starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(csv_page.body.as_bytes());
    let headers = reader.headers().expect("header").clone();
    assert_eq!(&headers[0], "id");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let csv_ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(csv_ids, ids);
    let text_column = headers
        .iter()
        .position(|h| h == "source_text")
        .expect("column");
    assert_eq!(
        &rows[0][text_column],
        api["events"][0]["sources"][0]["text"]
            .as_str()
            .expect("text")
    );

    let ndjson = get(&format!("{base}/export/events.ndjson?actor=thailand")).await;
    let lines: Vec<serde_json::Value> = ndjson
        .body
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    let nd_ids: Vec<&str> = lines.iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(nd_ids, ids);

    let bad = get(&format!("{base}/export/events.csv?from=soon")).await;
    assert_eq!(bad.status, 400);
}
