//! The index: the fifth step of the pipeline (documents → sentences → time expressions → events →
//! **index** → web).
//!
//! [`Index::build`] runs the extraction over every document of a corpus, sorts the events by date,
//! and answers lookups by id and filtered queries ([`TimelineQuery`]). It is read-only once built;
//! a reload builds a new one. It knows nothing of HTTP: the query parser takes the raw query
//! string and reports bad parameters by name.

use crate::actor::Gazetteer;
use crate::document::{Corpus, Skipped};
use crate::event::{self, DocumentInfo, Event, EventKind, Extraction};
use chrono::NaiveDate;
use rayon::slice::ParallelSliceMut;
use rustc_hash::FxHashMap;

mod merge;

/// An actor with the number of events it takes part in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSummary {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub n_events: usize,
}

/// A place with its number of events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceSummary {
    pub name: String,
    pub n_events: usize,
}

/// All events of a corpus, sorted by date, with lookups.
#[derive(Debug, Default)]
pub struct Index {
    events: Vec<Event>,
    by_id: FxHashMap<String, usize>,
    documents: Vec<DocumentInfo>,
    document_by_id: FxHashMap<String, usize>,
    actors: Vec<ActorSummary>,
    places: Vec<PlaceSummary>,
    /// Files that could not be loaded, and why.
    pub skipped: Vec<Skipped>,
    /// Problems with files that still loaded.
    pub warnings: Vec<String>,
}

/// A bad query parameter, named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bad query parameter `{parameter}`: {message}")]
pub struct QueryError {
    pub parameter: String,
    pub message: String,
}

/// The filters of the timeline, parsed from a query string such as
/// `actor=china&actor=thailand&kind=event&from=2023-05&to=2023-06-30&q=power`.
/// Values of one parameter are alternatives (any actor); different parameters all apply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineQuery {
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub kinds: Vec<EventKind>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub text: Option<String>,
    /// 1-based page of results, for long timelines.
    pub page: usize,
}

/// At most this many query parameters are read.
pub const MAX_PARAMETERS: usize = 64;
/// At most this many bytes per parameter value.
pub const MAX_VALUE_BYTES: usize = 256;
/// Events per page of the timeline and of `/api/events`: enough to read a month of a busy
/// corpus, small enough that a page stays light (about 1 KB of HTML or JSON per event).
pub const PAGE_SIZE: usize = 200;

fn parse_date_bound(parameter: &str, value: &str, end: bool) -> Result<NaiveDate, QueryError> {
    let bad = || QueryError {
        parameter: parameter.to_string(),
        message: format!("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {value:?}"),
    };
    // Years before 1 AD are astronomical with a minus sign, as in EDTF: "-0043" is 44 BC.
    let (sign, value) = match value.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, value),
    };
    let parts: Vec<&str> = value.split('-').collect();
    let number = |text: &str, len: usize| -> Result<u32, QueryError> {
        if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
            text.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let Some((year, rest)) = parts.split_first() else {
        return Err(bad());
    };
    let year = sign * number(year, 4)? as i32;
    match rest {
        [] => {
            let (month, day) = if end { (12, 31) } else { (1, 1) };
            NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)
        }
        [month] => {
            let month = number(month, 2)?;
            let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
            if end {
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)
                };
                next.and_then(|d| d.pred_opt()).ok_or_else(bad)
            } else {
                Ok(first)
            }
        }
        [month, day] => {
            NaiveDate::from_ymd_opt(year, number(month, 2)?, number(day, 2)?).ok_or_else(bad)
        }
        _ => Err(bad()),
    }
}

impl TimelineQuery {
    /// Parses a raw query string. Unknown parameters are ignored; empty values mean "no filter".
    ///
    /// ```
    /// use annals::index::TimelineQuery;
    /// let query = TimelineQuery::parse("actor=china&actor=thailand&from=2023-05").unwrap();
    /// assert_eq!(query.actors, ["china", "thailand"]);
    /// assert_eq!(query.from.unwrap().to_string(), "2023-05-01");
    /// assert!(TimelineQuery::parse("from=May").is_err());
    /// ```
    pub fn parse(raw: &str) -> Result<TimelineQuery, QueryError> {
        let mut query = TimelineQuery {
            page: 1,
            ..TimelineQuery::default()
        };
        for (n, (key, value)) in form_urlencoded::parse(raw.as_bytes()).enumerate() {
            if n >= MAX_PARAMETERS {
                return Err(QueryError {
                    parameter: key.into_owned(),
                    message: format!("expected at most {MAX_PARAMETERS} parameters"),
                });
            }
            if value.len() > MAX_VALUE_BYTES {
                return Err(QueryError {
                    parameter: key.into_owned(),
                    message: format!(
                        "expected at most {MAX_VALUE_BYTES} bytes, found {}",
                        value.len()
                    ),
                });
            }
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key.as_ref() {
                "actor" if !query.actors.iter().any(|a| a == value) => {
                    query.actors.push(value.to_string());
                }
                "place" if !query.places.iter().any(|p| p == value) => {
                    query.places.push(value.to_string());
                }
                "kind" => {
                    let kind = EventKind::parse(value).ok_or_else(|| QueryError {
                        parameter: "kind".into(),
                        message: format!(
                            "expected one of event, state, statistic, background, publication, found {value:?}"
                        ),
                    })?;
                    if !query.kinds.contains(&kind) {
                        query.kinds.push(kind);
                    }
                }
                "from" => query.from = Some(parse_date_bound("from", value, false)?),
                "to" => query.to = Some(parse_date_bound("to", value, true)?),
                "q" => query.text = Some(value.to_string()),
                "page" => {
                    query.page = value
                        .parse::<usize>()
                        .ok()
                        .filter(|page| (1..=1_000_000).contains(page))
                        .ok_or_else(|| QueryError {
                            parameter: "page".into(),
                            message: format!("expected a page number from 1, found {value:?}"),
                        })?;
                }
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (query.from, query.to) {
            if from > to {
                return Err(QueryError {
                    parameter: "to".into(),
                    message: format!("expected a date on or after `from` ({from}), found {to}"),
                });
            }
        }
        Ok(query)
    }

    /// True when no filter is set (the page number does not count).
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
            && self.places.is_empty()
            && self.kinds.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.text.is_none()
    }

    /// The query string for these filters (without the page), for links and canonical URLs.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for actor in &self.actors {
            out.append_pair("actor", actor);
        }
        for place in &self.places {
            out.append_pair("place", place);
        }
        for kind in &self.kinds {
            out.append_pair("kind", kind.as_str());
        }
        if let Some(from) = self.from {
            out.append_pair("from", &from.to_string());
        }
        if let Some(to) = self.to {
            out.append_pair("to", &to.to_string());
        }
        if let Some(text) = &self.text {
            out.append_pair("q", text);
        }
        out.finish()
    }

    /// Does this event pass every filter?
    pub fn matches(&self, event: &Event) -> bool {
        if !self.actors.is_empty()
            && !event
                .actors
                .iter()
                .any(|actor| self.actors.contains(&actor.id))
        {
            return false;
        }
        if !self.places.is_empty()
            && !event
                .places
                .iter()
                .any(|place| self.places.iter().any(|p| p.eq_ignore_ascii_case(place)))
        {
            return false;
        }
        if !self.kinds.is_empty() && !self.kinds.contains(&event.kind) {
            return false;
        }
        // Date range: the event's span overlaps [from, to].
        if let Some(from) = self.from {
            if event.when.end < from {
                return false;
            }
        }
        if let Some(to) = self.to {
            if event.when.start > to {
                return false;
            }
        }
        if let Some(text) = &self.text {
            let needle = text.to_lowercase();
            let in_headline = event.headline.to_lowercase().contains(&needle);
            let in_source = event
                .sources
                .iter()
                .any(|s| s.text.to_lowercase().contains(&needle));
            let in_actors = event
                .actors
                .iter()
                .any(|a| a.name.to_lowercase().contains(&needle));
            if !(in_headline || in_source || in_actors) {
                return false;
            }
        }
        true
    }
}

impl Index {
    /// Builds the index of a loaded corpus.
    pub fn build(corpus: Corpus, gazetteer: &Gazetteer) -> Index {
        let extractions = corpus
            .documents
            .iter()
            .map(|document| event::extract(document, gazetteer))
            .collect();
        Index::from_extractions(extractions, corpus.skipped, corpus.warnings, gazetteer)
    }

    /// Builds the index from documents already extracted (possibly in parallel), with the files
    /// that were skipped and the loading warnings.
    pub fn from_extractions(
        extractions: Vec<Extraction>,
        skipped: Vec<Skipped>,
        warnings: Vec<String>,
        gazetteer: &Gazetteer,
    ) -> Index {
        let mut documents = Vec::with_capacity(extractions.len());
        let mut events = Vec::new();
        for extraction in extractions {
            events.extend(extraction.events);
            documents.push(extraction.document);
        }
        Index::from_parts(documents, events, skipped, warnings, gazetteer)
    }

    fn from_parts(
        documents: Vec<DocumentInfo>,
        mut events: Vec<Event>,
        skipped: Vec<Skipped>,
        warnings: Vec<String>,
        gazetteer: &Gazetteer,
    ) -> Index {
        events.par_sort_by(|a, b| {
            (a.when.start, a.when.end, &a.id).cmp(&(b.when.start, b.when.end, &b.id))
        });
        // The same id twice (identical sentences in two places) keeps the first.
        let keep: Vec<bool> = {
            let mut seen = rustc_hash::FxHashSet::default();
            events
                .iter()
                .map(|event| seen.insert(event.id.as_str()))
                .collect()
        };
        let mut keep = keep.into_iter();
        events.retain(|_| keep.next().unwrap_or(true));
        let (events, aliases) = merge::merge_across_documents(events, &documents);
        let mut by_id =
            FxHashMap::with_capacity_and_hasher(events.len() + aliases.len(), Default::default());
        for (idx, event) in events.iter().enumerate() {
            by_id.insert(event.id.clone(), idx);
        }
        for (alias, canonical) in aliases {
            if let Some(&idx) = by_id.get(&canonical) {
                by_id.entry(alias).or_insert(idx);
            }
        }
        let document_by_id = documents
            .iter()
            .enumerate()
            .map(|(idx, d)| (d.id.clone(), idx))
            .collect();
        let mut actor_counts: FxHashMap<&str, (usize, &str)> = FxHashMap::default();
        let mut place_counts: FxHashMap<&str, usize> = FxHashMap::default();
        for event in &events {
            for actor in &event.actors {
                actor_counts
                    .entry(actor.id.as_str())
                    .or_insert((0, actor.name.as_str()))
                    .0 += 1;
            }
            for place in &event.places {
                *place_counts.entry(place.as_str()).or_default() += 1;
            }
        }
        let mut actors: Vec<ActorSummary> = actor_counts
            .into_iter()
            .map(|(id, (n_events, name))| ActorSummary {
                id: id.to_string(),
                name: name.to_string(),
                kind: gazetteer
                    .actor(id)
                    .map_or_else(|| "person".to_string(), |a| a.kind.clone()),
                n_events,
            })
            .collect();
        actors.sort_by(|a, b| b.n_events.cmp(&a.n_events).then(a.name.cmp(&b.name)));
        let mut places: Vec<PlaceSummary> = place_counts
            .into_iter()
            .map(|(name, n_events)| PlaceSummary {
                name: name.to_string(),
                n_events,
            })
            .collect();
        places.sort_by(|a, b| b.n_events.cmp(&a.n_events).then(a.name.cmp(&b.name)));
        Index {
            events,
            by_id,
            documents,
            document_by_id,
            actors,
            places,
            skipped,
            warnings,
        }
    }

    /// All events, in date order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The event with this id, with its position in date order.
    pub fn event(&self, id: &str) -> Option<(usize, &Event)> {
        let idx = *self.by_id.get(id)?;
        Some((idx, &self.events[idx]))
    }

    /// The events before and after position `idx`.
    pub fn neighbours(&self, idx: usize) -> (Option<&Event>, Option<&Event>) {
        let previous = idx.checked_sub(1).and_then(|i| self.events.get(i));
        (previous, self.events.get(idx + 1))
    }

    /// The events passing the query's filters, in date order.
    pub fn filter<'a>(&'a self, query: &'a TimelineQuery) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |event| query.matches(event))
    }

    pub fn documents(&self) -> &[DocumentInfo] {
        &self.documents
    }

    pub fn document(&self, id: &str) -> Option<&DocumentInfo> {
        self.document_by_id.get(id).map(|&idx| &self.documents[idx])
    }

    /// Actors by number of events, most first.
    pub fn actors(&self) -> &[ActorSummary] {
        &self.actors
    }

    pub fn actor(&self, id: &str) -> Option<&ActorSummary> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Places by number of events, most first.
    pub fn places(&self) -> &[PlaceSummary] {
        &self.places
    }

    /// The events whose source is in this document, in document order.
    pub fn events_of_document(&self, document_id: &str) -> Vec<&Event> {
        let mut found: Vec<&Event> = self
            .events
            .iter()
            .filter(|e| e.sources.iter().any(|s| s.document == document_id))
            .collect();
        found.sort_by_key(|e| {
            e.sources
                .iter()
                .find(|s| s.document == document_id)
                .map_or(0, |s| s.start)
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_error(raw: &str, parameter: &str) {
        match TimelineQuery::parse(raw) {
            Err(error) => assert_eq!(error.parameter, parameter, "{raw}: {error}"),
            Ok(query) => panic!("{raw}: expected an error, got {query:?}"),
        }
    }

    #[test]
    fn query_parses_filters() {
        let query =
            TimelineQuery::parse("actor=china&actor=china&kind=state&to=2023&q=+power+&x=1")
                .expect("valid query");
        assert_eq!(query.actors, ["china"]);
        assert_eq!(query.kinds, [EventKind::State]);
        assert_eq!(
            query.to.map(|d| d.to_string()).as_deref(),
            Some("2023-12-31")
        );
        assert_eq!(query.text.as_deref(), Some("power"));
        assert_eq!(
            query.to_query_string(),
            "actor=china&kind=state&to=2023-12-31&q=power"
        );
        assert!(TimelineQuery::parse("").expect("empty").is_empty());
        // Years before Christ are astronomical, signed as in EDTF, and survive a round trip.
        let ancient = TimelineQuery::parse("from=-0048&to=-0043-06").expect("signed years");
        assert_eq!(ancient.from, NaiveDate::from_ymd_opt(-48, 1, 1));
        assert_eq!(ancient.to, NaiveDate::from_ymd_opt(-43, 6, 30));
        assert_eq!(ancient.to_query_string(), "from=-0048-01-01&to=-0043-06-30");
        assert_eq!(
            TimelineQuery::parse("to=2023-02").expect("month").to,
            NaiveDate::from_ymd_opt(2023, 2, 28)
        );
    }

    #[test]
    fn query_rejects_bad_values_by_name() {
        check_error("from=2023-13-01", "from");
        check_error("to=yesterday", "to");
        check_error("kind=rumour", "kind");
        check_error("page=0", "page");
        check_error("from=2023-06&to=2023-05", "to");
        check_error(&format!("q={}", "a".repeat(300)), "q");
        check_error(&"actor=a&".repeat(70), "actor");
    }
}
