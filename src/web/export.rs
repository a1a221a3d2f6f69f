//! Exports of the filtered timeline (same query parameters as `/`):
//! - `/export/timelinejs.json`: Knight Lab TimelineJS's JSON import format — `{"title", "events":
//!   [{"start_date": {"year","month","day"}, "end_date", "text": {"headline","text"}, "group",
//!   "unique_id", "display_date"}]}`;
//! - `/export/events.csv`: one row per event with its first source;
//! - `/export/events.ndjson`: one event per line, in the JSON shape of `/api/events`.

use super::api::EventJson;
use super::error::AppError;
use super::state::AppState;
use crate::event::Event;
use crate::index::TimelineQuery;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

#[derive(Serialize)]
struct TimelineJsDate {
    year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
}

#[derive(Serialize)]
struct TimelineJsText {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct TimelineJsEvent {
    start_date: TimelineJsDate,
    end_date: TimelineJsDate,
    text: TimelineJsText,
    group: String,
    unique_id: String,
    display_date: String,
}

#[derive(Serialize)]
struct TimelineJs {
    title: TimelineJsTitle,
    events: Vec<TimelineJsEvent>,
}

#[derive(Serialize)]
struct TimelineJsTitle {
    text: TimelineJsText,
}

fn timelinejs_date(
    date: NaiveDate,
    precision_days: bool,
    precision_months: bool,
) -> TimelineJsDate {
    TimelineJsDate {
        year: date.year().to_string(),
        month: precision_months.then(|| date.month().to_string()),
        day: precision_days.then(|| date.day().to_string()),
    }
}

/// Minimal HTML escaping for the TimelineJS text field, which TimelineJS renders as HTML.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn timelinejs_event(event: &Event, base_url: &str) -> TimelineJsEvent {
    use crate::when::Precision;
    let (days, months) = match event.when.precision {
        Precision::Day | Precision::Week | Precision::PartOfMonth | Precision::Interval => {
            (true, true)
        }
        Precision::Month | Precision::Season | Precision::Quarter | Precision::Half => {
            (false, true)
        }
        _ => (false, false),
    };
    let source = event.sources.first().map_or("", |s| s.text.as_str());
    TimelineJsEvent {
        start_date: timelinejs_date(event.when.start, days, months),
        end_date: timelinejs_date(event.when.end, days, months),
        text: TimelineJsText {
            headline: escape_html(&event.headline),
            text: format!(
                "<p>{}</p><p><a href=\"{}/events/{}\">Source and context</a></p>",
                escape_html(source),
                escape_html(base_url),
                escape_html(&event.id)
            ),
        },
        group: event.kind.as_str().to_string(),
        unique_id: event.id.clone(),
        display_date: event.when.display.clone(),
    }
}

fn filtered(
    state: &AppState,
    raw: Option<&str>,
) -> Result<(std::sync::Arc<crate::index::Index>, TimelineQuery), AppError> {
    let query = TimelineQuery::parse(raw.unwrap_or(""))?;
    Ok((state.index(), query))
}

fn download(content_type: &'static str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

/// `GET /export/timelinejs.json`
pub async fn export_timelinejs(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (index, query) = filtered(&state, raw.as_deref())?;
    let events: Vec<TimelineJsEvent> = index
        .filter(&query)
        .map(|e| timelinejs_event(e, &state.config.base_url))
        .collect();
    let body = TimelineJs {
        title: TimelineJsTitle {
            text: TimelineJsText {
                headline: "Annals timeline".to_string(),
                text: format!("{} events", events.len()),
            },
        },
        events,
    };
    let json = serde_json::to_vec(&body).map_err(anyhow::Error::from)?;
    Ok(download("application/json", json))
}

/// `GET /export/events.ndjson`
pub async fn export_ndjson(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (index, query) = filtered(&state, raw.as_deref())?;
    let mut out = Vec::new();
    for event in index.filter(&query) {
        serde_json::to_writer(&mut out, &EventJson::new(event)).map_err(anyhow::Error::from)?;
        out.push(b'\n');
    }
    Ok(download("application/x-ndjson", out))
}

/// A CSV cell that a spreadsheet will not run as a formula.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// `GET /export/events.csv`
pub async fn export_csv(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (index, query) = filtered(&state, raw.as_deref())?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "start",
        "end",
        "edtf",
        "precision",
        "display",
        "kind",
        "headline",
        "actors",
        "places",
        "document",
        "sentence",
        "source_start",
        "source_end",
        "source_text",
        "permalink",
    ];
    writer.write_record(header).map_err(anyhow::Error::from)?;
    for event in index.filter(&query) {
        let source = event.sources.first();
        let actors: Vec<&str> = event.actors.iter().map(|a| a.name.as_str()).collect();
        let record = [
            event.id.clone(),
            event.when.start.to_string(),
            event.when.end.to_string(),
            event.when.edtf.clone(),
            event.when.precision.as_str().to_string(),
            cell(&event.when.display),
            event.kind.as_str().to_string(),
            cell(&event.headline),
            cell(&actors.join("; ")),
            cell(&event.places.join("; ")),
            source.map_or_else(String::new, |s| s.document.clone()),
            source.map_or_else(String::new, |s| s.sentence.to_string()),
            source.map_or_else(String::new, |s| s.start.to_string()),
            source.map_or_else(String::new, |s| s.end.to_string()),
            cell(source.map_or("", |s| s.text.as_str())),
            format!("{}/events/{}", state.config.base_url, event.id),
        ];
        writer.write_record(&record).map_err(anyhow::Error::from)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("csv: {e}"))?;
    Ok(download("text/csv; charset=utf-8", body))
}
