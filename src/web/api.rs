//! JSON handlers and the serialized view types. The shapes are a contract (`annals extract` prints
//! the same): `{"documents":[{"id","title","path","published","published_inferred"}],
//! "events":[{"id","date":{"edtf","start","end","precision","display"},"headline","kind",
//! "actors":[{"id","name"}],"places":[...],"sources":[{"document","sentence","start","end","text"}]}]}`.

use super::error::{ApiError, AppError};
use super::state::AppState;
use crate::event::{DocumentInfo, Event};
use crate::index::{Index, TimelineQuery, PAGE_SIZE};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct DateJson<'a> {
    pub edtf: &'a str,
    pub start: String,
    pub end: String,
    pub precision: &'static str,
    pub display: &'a str,
    /// True when the sentence had no date of its own and the date comes from its context.
    pub inherited: bool,
}

#[derive(Debug, Serialize)]
pub struct ActorRefJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Debug, Serialize)]
pub struct SourceJson<'a> {
    pub document: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct EventJson<'a> {
    pub id: &'a str,
    pub date: DateJson<'a>,
    pub headline: &'a str,
    pub kind: &'static str,
    pub actors: Vec<ActorRefJson<'a>>,
    pub places: &'a [String],
    pub sources: Vec<SourceJson<'a>>,
}

impl<'a> EventJson<'a> {
    pub fn new(event: &'a Event) -> EventJson<'a> {
        EventJson {
            id: &event.id,
            date: DateJson {
                edtf: &event.when.edtf,
                start: event.when.start.to_string(),
                end: event.when.end.to_string(),
                precision: event.when.precision.as_str(),
                display: &event.when.display,
                inherited: event.inherited,
            },
            headline: &event.headline,
            kind: event.kind.as_str(),
            actors: event
                .actors
                .iter()
                .map(|a| ActorRefJson {
                    id: &a.id,
                    name: &a.name,
                })
                .collect(),
            places: &event.places,
            sources: event
                .sources
                .iter()
                .map(|s| SourceJson {
                    document: &s.document,
                    sentence: s.sentence,
                    start: s.start,
                    end: s.end,
                    text: &s.text,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DocumentJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub path: &'a str,
    pub published: Option<&'a str>,
    pub published_inferred: bool,
}

impl<'a> DocumentJson<'a> {
    pub fn new(document: &'a DocumentInfo) -> DocumentJson<'a> {
        DocumentJson {
            id: &document.id,
            title: &document.title,
            path: &document.path,
            published: document.published.as_ref().map(|w| w.edtf.as_str()),
            published_inferred: document.published_inferred,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ActorJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub n_events: usize,
}

/// The whole extraction: what `annals extract` prints.
#[derive(Debug, Serialize)]
pub struct ExtractJson<'a> {
    pub documents: Vec<DocumentJson<'a>>,
    pub events: Vec<EventJson<'a>>,
}

impl<'a> ExtractJson<'a> {
    pub fn new(index: &'a Index) -> ExtractJson<'a> {
        ExtractJson {
            documents: index.documents().iter().map(DocumentJson::new).collect(),
            events: index.events().iter().map(EventJson::new).collect(),
        }
    }
}

/// `/api/events` response: the filtered events and their count out of the total.
#[derive(Debug, Serialize)]
pub struct EventsJson<'a> {
    pub total: usize,
    /// Events matching the filters, on every page.
    pub count: usize,
    /// This page, from 1, and the number of pages of `PAGE_SIZE` events.
    pub page: usize,
    pub pages: usize,
    pub events: Vec<EventJson<'a>>,
}

/// `GET /api/events?actor=..&place=..&kind=..&from=..&to=..&q=..&page=..`
pub async fn api_events(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let query = TimelineQuery::parse(raw.as_deref().unwrap_or(""))?;
    let index = state.index();
    // One page of PAGE_SIZE events, as on the timeline, so a large index never serializes
    // everything at once; `count` still counts every match.
    let matching: Vec<_> = index.filter(&query).collect();
    let count = matching.len();
    let events: Vec<EventJson> = matching
        .into_iter()
        .skip((query.page - 1).saturating_mul(PAGE_SIZE))
        .take(PAGE_SIZE)
        .map(EventJson::new)
        .collect();
    let body = EventsJson {
        total: index.events().len(),
        count,
        page: query.page,
        pages: count.div_ceil(PAGE_SIZE).max(1),
        events,
    };
    // Written straight to bytes: the view borrows from the index, and a page of 200 events is
    // worth not building a `serde_json::Value` first.
    let bytes = serde_json::to_vec(&body).map_err(anyhow::Error::from)?;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        bytes,
    )
        .into_response())
}

/// `GET /api/events/{id}`
pub async fn api_event(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let index = state.index();
    let (_, event) = index
        .event(&id)
        .ok_or_else(|| AppError::EventNotFound(id.clone()))?;
    Ok(Json(
        serde_json::to_value(EventJson::new(event)).map_err(anyhow::Error::from)?,
    ))
}

/// `GET /api/actors`
pub async fn api_actors(State(state): State<AppState>) -> Json<serde_json::Value> {
    let index = state.index();
    let actors: Vec<ActorJson> = index
        .actors()
        .iter()
        .map(|a| ActorJson {
            id: &a.id,
            name: &a.name,
            kind: &a.kind,
            n_events: a.n_events,
        })
        .collect();
    Json(serde_json::json!({ "actors": actors }))
}

/// `GET /api/documents`
pub async fn api_documents(State(state): State<AppState>) -> Json<serde_json::Value> {
    let index = state.index();
    let documents: Vec<DocumentJson> = index.documents().iter().map(DocumentJson::new).collect();
    Json(serde_json::json!({ "documents": documents }))
}

/// `GET /healthz`
pub async fn healthz(State(state): State<AppState>) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "status": "ok",
        "documents": state.index().documents().len(),
        "events": state.index().events().len(),
    }))
}
