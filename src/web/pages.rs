//! HTML handlers and their askama page structs, one per template (`TimelinePage` →
//! `timeline.html`). Handlers parse their inputs, ask the Index and wrap the answer in a page;
//! formatting that pages share lives in the view types here.

use super::assets::{assets, Assets};
use super::error::AppError;
use super::overview::{overview, Overview};
use super::state::AppState;
use crate::event::{DocumentInfo, Event, EventKind, Role};
use crate::index::{TimelineQuery, PAGE_SIZE};
use crate::when::Precision;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::Datelike;

/// Renders a page, turning a template failure into an internal error.
fn render<T: Template>(page: &T) -> Result<Response, AppError> {
    let html = page
        .render()
        .map_err(|error| AppError::Internal(anyhow::anyhow!("template failed: {error}")))?;
    Ok(Html(html).into_response())
}

/// An actor chip on an event.
pub struct ActorLink {
    pub id: String,
    pub name: String,
}

/// An event as the timeline lists it.
pub struct EventView {
    pub id: String,
    pub display: String,
    pub edtf: String,
    pub start: String,
    pub end: String,
    /// Day precision is exact; anything coarser is shown as approximate.
    pub approximate: bool,
    pub precision: &'static str,
    pub headline: String,
    pub kind: &'static str,
    pub actors: Vec<ActorLink>,
    pub places: Vec<String>,
    pub source_href: String,
    pub source_title: String,
    /// Actor ids separated by spaces.
    pub actor_ids: String,
}

impl EventView {
    pub fn new(event: &Event, index: &crate::index::Index) -> EventView {
        let source = event.sources.first();
        let source_href = source.map_or_else(String::new, |s| {
            format!("/documents/{}#s{}", s.document, s.sentence)
        });
        // With one document, its title on every event is noise: name the sentence instead.
        let source_title = match source {
            Some(s) if index.documents().len() == 1 => format!("sentence {}", s.sentence + 1),
            Some(s) => index
                .document(&s.document)
                .map_or_else(String::new, |d| d.title.clone()),
            None => String::new(),
        };
        EventView {
            id: event.id.clone(),
            display: event.when.display.clone(),
            edtf: event.when.edtf.clone(),
            start: event.when.start.to_string(),
            end: event.when.end.to_string(),
            approximate: event.when.precision != Precision::Day,
            precision: event.when.precision.as_str(),
            headline: event.headline.clone(),
            kind: event.kind.as_str(),
            actors: event
                .actors
                .iter()
                .map(|a| ActorLink {
                    id: a.id.clone(),
                    name: a.name.clone(),
                })
                .collect(),
            places: event.places.clone(),
            source_href,
            source_title,
            actor_ids: event
                .actors
                .iter()
                .map(|a| a.id.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// Events of one month (or, for events coarser than a month, of one year).
pub struct MonthGroup {
    pub anchor: String,
    pub label: String,
    pub events: Vec<EventView>,
}

pub struct YearGroup {
    pub year: i32,
    /// The heading: "2023", "44 BC".
    pub label: String,
    /// The heading's id: "y2023", "ybc44".
    pub anchor: String,
    pub months: Vec<MonthGroup>,
}

/// A year in an element id: "2023", or "bc44" for 44 BC (so that no id of a year before Christ
/// can equal one of a year after).
fn year_token(year: i32) -> String {
    if year <= 0 {
        format!("bc{}", 1 - i64::from(year))
    } else {
        year.to_string()
    }
}

fn group_by_year_and_month<'a>(
    events: impl Iterator<Item = &'a Event>,
    index: &crate::index::Index,
) -> Vec<YearGroup> {
    let mut years: Vec<YearGroup> = Vec::new();
    for event in events {
        let year = event.when.start.year();
        let whole_month = event.when.start.month() == event.when.end.month()
            && event.when.start.year() == event.when.end.year();
        let month = if whole_month || event.when.precision <= Precision::Month {
            event.when.start.month()
        } else {
            0
        };
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearGroup {
                year,
                label: crate::when::year_label(year),
                anchor: format!("y{}", year_token(year)),
                months: Vec::new(),
            });
        }
        let Some(year_group) = years.last_mut() else {
            continue;
        };
        let anchor = if month == 0 {
            format!("y-{}", year_token(year))
        } else {
            format!("m-{}-{month:02}", year_token(year))
        };
        if year_group.months.last().is_none_or(|m| m.anchor != anchor) {
            let year = crate::when::year_label(year);
            let label = if month == 0 {
                format!("{year} and longer periods")
            } else {
                format!("{} {year}", crate::when::month_name(month))
            };
            year_group.months.push(MonthGroup {
                anchor,
                label,
                events: Vec::new(),
            });
        }
        if let Some(month_group) = year_group.months.last_mut() {
            month_group.events.push(EventView::new(event, index));
        }
    }
    years
}

/// An option of a filter control.
pub struct FilterOption {
    pub value: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "timeline.html")]
pub struct TimelinePage {
    pub assets: &'static Assets,
    pub title: String,
    pub heading: String,
    pub canonical: String,
    pub n_shown: usize,
    pub n_matching: usize,
    pub n_total: usize,
    pub filtered: bool,
    /// Actor, place or kind filters are set, so their panel starts open.
    pub facets_open: bool,
    pub years: Vec<YearGroup>,
    pub actor_options: Vec<FilterOption>,
    pub place_options: Vec<FilterOption>,
    pub kind_options: Vec<FilterOption>,
    pub from: String,
    pub to: String,
    pub q: String,
    pub query_string: String,
    pub previous_page: Option<String>,
    pub next_page: Option<String>,
    pub axis: Option<Overview>,
    /// The filters without the date range, for the axis' zoom links.
    pub undated_query: String,
}

fn timeline(
    state: &AppState,
    query: TimelineQuery,
    heading: String,
    path: &str,
) -> Result<Response, AppError> {
    let index = state.index();
    let matching: Vec<&Event> = index.filter(&query).collect();
    let n_matching = matching.len();
    let first = (query.page - 1) * PAGE_SIZE;
    let shown = matching.iter().skip(first).take(PAGE_SIZE).copied();
    let years = group_by_year_and_month(shown, &index);
    let n_shown = years
        .iter()
        .flat_map(|y| &y.months)
        .map(|m| m.events.len())
        .sum();
    let query_string = query.to_query_string();
    let undated_query = TimelineQuery {
        from: None,
        to: None,
        ..query.clone()
    }
    .to_query_string();
    let page_link = |page: usize| {
        let mut link = format!("{path}?{query_string}");
        if !query_string.is_empty() {
            link.push('&');
        }
        link.push_str(&format!("page={page}"));
        link
    };
    let previous_page = (query.page > 1).then(|| page_link(query.page - 1));
    let next_page = (first + PAGE_SIZE < n_matching).then(|| page_link(query.page + 1));
    let actor_options = index
        .actors()
        .iter()
        .map(|a| FilterOption {
            value: a.id.clone(),
            label: a.name.clone(),
            count: a.n_events,
            checked: query.actors.contains(&a.id),
        })
        .collect();
    let place_options = index
        .places()
        .iter()
        .map(|p| FilterOption {
            value: p.name.clone(),
            label: p.name.clone(),
            count: p.n_events,
            checked: query.places.iter().any(|q| q.eq_ignore_ascii_case(&p.name)),
        })
        .collect();
    let kind_options = EventKind::ALL
        .iter()
        .map(|kind| FilterOption {
            value: kind.as_str().to_string(),
            label: kind.as_str().to_string(),
            count: index.events().iter().filter(|e| e.kind == *kind).count(),
            checked: query.kinds.contains(kind),
        })
        .collect();
    let canonical = if query_string.is_empty() {
        format!("{}{path}", state.config.base_url)
    } else {
        format!("{}{path}?{query_string}", state.config.base_url)
    };
    let page = TimelinePage {
        assets: assets(),
        title: if query.is_empty() {
            heading.clone()
        } else {
            format!("{heading} (filtered)")
        },
        heading,
        canonical,
        n_shown,
        n_matching,
        n_total: index.events().len(),
        filtered: !query.is_empty(),
        facets_open: !(query.actors.is_empty()
            && query.places.is_empty()
            && query.kinds.is_empty()),
        years,
        actor_options,
        place_options,
        kind_options,
        from: query.from.map(|d| d.to_string()).unwrap_or_default(),
        to: query.to.map(|d| d.to_string()).unwrap_or_default(),
        q: query.text.clone().unwrap_or_default(),
        query_string,
        previous_page,
        next_page,
        axis: overview(index.events(), |e| query.matches(e), query.from, query.to),
        undated_query,
    };
    render(&page)
}

/// `GET /`: the timeline, filtered by the query string.
pub async fn timeline_page(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let query = TimelineQuery::parse(raw.as_deref().unwrap_or(""))?;
    timeline(&state, query, "Timeline".to_string(), "/")
}

/// Source sentence within its paragraph, split for highlighting.
pub struct ParagraphView {
    pub before: String,
    pub highlight: String,
    pub after: String,
}

pub struct NeighbourView {
    pub id: String,
    pub headline: String,
    pub display: String,
}

pub struct SourceView {
    pub document_title: String,
    pub document_href: String,
    pub paragraph: ParagraphView,
    pub original_href: Option<String>,
}

#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage {
    pub assets: &'static Assets,
    pub event: EventView,
    pub canonical: String,
    pub description: String,
    pub sources: Vec<SourceView>,
    pub previous: Option<NeighbourView>,
    pub next: Option<NeighbourView>,
}

/// Percent-encodes text for a URL text fragment (`#:~:text=`), where `-`, `,` and `&` are syntax.
fn fragment_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A link to the original page that scrolls to the sentence: `url#:~:text=start,end`.
pub fn text_fragment_url(url: &str, sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let base = url.split('#').next().unwrap_or(url);
    if words.len() <= 8 {
        return format!("{base}#:~:text={}", fragment_encode(&words.join(" ")));
    }
    let start = words[..4].join(" ");
    let end = words[words.len() - 4..].join(" ");
    format!(
        "{base}#:~:text={},{}",
        fragment_encode(&start),
        fragment_encode(&end)
    )
}

fn paragraph_view(document: &DocumentInfo, start: usize, end: usize) -> ParagraphView {
    let text = &document.text;
    // The paragraph is the run of sentences on the same paragraph index.
    let paragraph = document
        .sentences
        .iter()
        .find(|s| s.start <= start && start < s.end.max(s.start + 1))
        .map(|s| s.paragraph);
    let (p_start, p_end) = match paragraph {
        Some(p) => {
            let in_paragraph = document.sentences.iter().filter(|s| s.paragraph == p);
            let p_start = in_paragraph.clone().map(|s| s.start).min().unwrap_or(start);
            let p_end = in_paragraph.map(|s| s.end).max().unwrap_or(end);
            (p_start.min(start), p_end.max(end))
        }
        None => (start, end),
    };
    ParagraphView {
        before: text.get(p_start..start).unwrap_or("").to_string(),
        highlight: text.get(start..end).unwrap_or("").to_string(),
        after: text.get(end..p_end).unwrap_or("").to_string(),
    }
}

/// `GET /events/{id}`: the permalink page.
pub async fn event_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let index = state.index();
    let (position, event) = index
        .event(&id)
        .ok_or_else(|| AppError::EventNotFound(id.clone()))?;
    let (previous, next) = index.neighbours(position);
    let neighbour = |e: &Event| NeighbourView {
        id: e.id.clone(),
        headline: e.headline.clone(),
        display: e.when.display.clone(),
    };
    let sources = event
        .sources
        .iter()
        .filter_map(|source| {
            let document = index.document(&source.document)?;
            Some(SourceView {
                document_title: document.title.clone(),
                document_href: format!("/documents/{}#s{}", document.id, source.sentence),
                paragraph: paragraph_view(document, source.start, source.end),
                original_href: document
                    .url
                    .as_deref()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
                    .map(|u| text_fragment_url(u, &source.text)),
            })
        })
        .collect();
    let description = format!(
        "{} — {}",
        event.when.display,
        event.sources.first().map_or("", |s| s.text.as_str())
    );
    let description: String = description.chars().take(280).collect();
    render(&EventPage {
        assets: assets(),
        event: EventView::new(event, &index),
        canonical: format!("{}/events/{}", state.config.base_url, event.id),
        description,
        sources,
        previous: previous.map(neighbour),
        next: next.map(neighbour),
    })
}

pub struct SentenceView {
    pub n: usize,
    pub text: String,
    pub role: &'static str,
    pub events: Vec<NeighbourView>,
}

pub struct DocParagraphView {
    pub heading: bool,
    pub sentences: Vec<SentenceView>,
}

#[derive(Template)]
#[template(path = "document.html")]
pub struct DocumentPage {
    pub assets: &'static Assets,
    pub title: String,
    pub canonical: String,
    pub path: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub published_inferred: bool,
    pub published_basis: String,
    pub n_events: usize,
    pub paragraphs: Vec<DocParagraphView>,
}

/// `GET /documents/{id}`: the document with every sentence anchored.
pub async fn document_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let index = state.index();
    let document = index
        .document(&id)
        .ok_or_else(|| AppError::DocumentNotFound(id.clone()))?;
    let events = index.events_of_document(&document.id);
    let mut paragraphs: Vec<DocParagraphView> = Vec::new();
    let mut last_paragraph = None;
    for (sentence, role) in document.sentences.iter().zip(&document.roles) {
        let linked: Vec<NeighbourView> = events
            .iter()
            .filter(|e| {
                e.sources.iter().any(|s| {
                    s.document == document.id && s.start <= sentence.start && sentence.end <= s.end
                })
            })
            .map(|e| NeighbourView {
                id: e.id.clone(),
                headline: e.headline.clone(),
                display: e.when.display.clone(),
            })
            .collect();
        let view = SentenceView {
            n: sentence.index,
            text: sentence.text(&document.text).to_string(),
            role: match role {
                Role::Body => "body",
                Role::Heading => "heading",
                Role::Dateline => "dateline",
                Role::Metadata => "metadata",
                Role::Duplicate => "duplicate",
            },
            events: linked,
        };
        // Headings stand alone; other sentences join their paragraph.
        let new_paragraph = *role == Role::Heading || last_paragraph != Some(sentence.paragraph);
        if new_paragraph || paragraphs.last().is_some_and(|p| p.heading) {
            paragraphs.push(DocParagraphView {
                heading: *role == Role::Heading,
                sentences: Vec::new(),
            });
        }
        last_paragraph = Some(sentence.paragraph);
        if let Some(paragraph) = paragraphs.last_mut() {
            paragraph.sentences.push(view);
        }
    }
    render(&DocumentPage {
        assets: assets(),
        title: document.title.clone(),
        canonical: format!("{}/documents/{}", state.config.base_url, document.id),
        path: document.path.clone(),
        url: document
            .url
            .clone()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        publisher: document.publisher.clone(),
        published: document.published.as_ref().map(|w| w.display.clone()),
        published_inferred: document.published_inferred,
        published_basis: document.published_basis.clone(),
        n_events: events.len(),
        paragraphs,
    })
}

pub struct ActorRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub n_events: usize,
}

#[derive(Template)]
#[template(path = "actors.html")]
pub struct ActorsPage {
    pub assets: &'static Assets,
    pub canonical: String,
    pub actors: Vec<ActorRow>,
}

/// `GET /actors`: every actor with its number of events.
pub async fn actors_page(State(state): State<AppState>) -> Result<Response, AppError> {
    render(&ActorsPage {
        assets: assets(),
        canonical: format!("{}/actors", state.config.base_url),
        actors: state
            .index()
            .actors()
            .iter()
            .map(|a| ActorRow {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind.clone(),
                n_events: a.n_events,
            })
            .collect(),
    })
}

/// `GET /actors/{id}`: the actor's own timeline.
pub async fn actor_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let index = state.index();
    let actor = index
        .actor(&id)
        .ok_or_else(|| AppError::ActorNotFound(id.clone()))?;
    let query = TimelineQuery {
        actors: vec![actor.id.clone()],
        page: 1,
        ..TimelineQuery::default()
    };
    let heading = format!("Timeline of {}", actor.name);
    timeline(&state, query, heading, "/")
}

/// Any other path.
pub async fn not_found() -> AppError {
    AppError::PageNotFound
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fragments_encode_syntax_characters() {
        assert_eq!(
            text_fragment_url("https://x.org/a#old", "Short, sweet - text"),
            "https://x.org/a#:~:text=Short%2C%20sweet%20%2D%20text"
        );
        assert_eq!(
            text_fragment_url(
                "https://x.org/a",
                "one two three four five six seven eight nine"
            ),
            "https://x.org/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine"
        );
    }
}
