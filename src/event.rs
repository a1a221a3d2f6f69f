//! Events: the fourth step of the pipeline (documents → sentences → time expressions → **events**
//! → index → web).
//!
//! [`extract`] reads one [`Document`]: it splits it into sentences, tells body text from headings,
//! captions printed twice, datelines and bylines, settles the document's creation date (the
//! sidecar's, else inferred from the latest dates in the text and marked inferred), tags the time
//! expressions of each sentence against it, and turns each dated happening into an [`Event`]: a
//! [`When`], a kind (event, state, statistic, background, publication), a headline, actors, places
//! and the exact source sentence with its byte offsets.
//!
//! Event ids are derived from content only (document id, the date's EDTF, a hash of the normalised
//! sentence and of the time expression), never from load order, so a permalink survives restarts,
//! edits elsewhere in the document and new documents.
//!
//! Durations, sets and bare references ("now") are not events; nor are headings, bylines,
//! repeated captions, or dates inside quotations.

use crate::actor::Gazetteer;
use crate::document::Document;
use crate::sentence::{self, Sentence};
use crate::timex::{Anchor, Domain, Tagger, Timex, TimexType};
use crate::when::{Precision, When};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashSet;

/// What kind of dated item an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// Happened at a time.
    Event,
    /// Held over a period ("Beginning in October 2021, China ceased ...").
    State,
    /// A figure for a period ("464,000 cases ... in 2022").
    Statistic,
    /// History given as context ("suspended since 2011", an old photo).
    Background,
    /// A dated item in a list of publications.
    Publication,
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::Event,
        EventKind::State,
        EventKind::Statistic,
        EventKind::Background,
        EventKind::Publication,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Event => "event",
            EventKind::State => "state",
            EventKind::Statistic => "statistic",
            EventKind::Background => "background",
            EventKind::Publication => "publication",
        }
    }

    pub fn parse(text: &str) -> Option<EventKind> {
        EventKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

/// An actor as attached to an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
}

/// Where an event was read: one sentence of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Document id.
    pub document: String,
    /// Sentence index in the document.
    pub sentence: usize,
    /// Byte offsets of the source text in the document's text.
    pub start: usize,
    pub end: usize,
    /// The exact source text: `document.text[start..end]`.
    pub text: String,
    /// Byte offsets of the dating time expression in the document's text, when there is one.
    #[serde(skip)]
    pub timex: Option<(usize, usize)>,
}

/// One dated event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "date")]
    pub when: When,
    pub headline: String,
    pub kind: EventKind,
    pub actors: Vec<ActorRef>,
    pub places: Vec<String>,
    pub sources: Vec<Source>,
    /// The time expression that dates the event, as written.
    #[serde(skip)]
    pub time_text: String,
    /// True when the sentence has no date of its own and the date comes from the episode it
    /// continues ("The BGF immediately rebuffed ...").
    pub inherited: bool,
}

/// What Annals knows about a document once it is read.
#[derive(Debug, Clone)]
pub struct DocumentInfo {
    pub id: String,
    pub title: String,
    pub path: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub authors: Vec<String>,
    /// Creation date: the sidecar's, or inferred.
    pub published: Option<When>,
    pub published_inferred: bool,
    /// How the creation date was settled, for the document page.
    pub published_basis: String,
    pub text: String,
    pub sentences: Vec<Sentence>,
    /// Role of each sentence, parallel to `sentences`.
    pub roles: Vec<Role>,
}

/// What a sentence is, structurally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Body,
    Heading,
    /// A line that is only a date ("Thursday, September 7, 2023").
    Dateline,
    /// "By: A; B" or "Type: Blog" and other labelled metadata lines.
    Metadata,
    /// A repeat of an earlier sentence or line (a caption printed twice).
    Duplicate,
}

/// Everything read from one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub document: DocumentInfo,
    pub events: Vec<Event>,
}

const MAX_HEADLINE: usize = 110;

/// Reads one document into its events.
pub fn extract(document: &Document, gazetteer: &Gazetteer) -> Extraction {
    let text = document.text.as_str();
    let document_gazetteer = gazetteer.for_document(text);
    let gazetteer = &document_gazetteer;
    let sentences = sentence::split(text);
    let roles = classify(text, &sentences);
    let (domain, domain_inferred) = match document.sidecar.domain.as_deref() {
        Some("narrative") => (Domain::Narrative, false),
        Some(_) => (Domain::News, false),
        // A document with a creation date is read against it.
        None if document.published.is_some() => (Domain::News, false),
        None => (infer_domain(text, &sentences, &roles), true),
    };
    let related_from = related_section_start(text, &sentences, &roles);

    let (published, published_inferred, published_basis) = match &document.published {
        Some(when) => (
            Some(when.clone()),
            false,
            "the document’s metadata".to_string(),
        ),
        // A narrative (a history) has no creation date to read from its events: its dates are
        // read against each other.
        None if domain == Domain::Narrative => (
            None,
            false,
            if domain_inferred {
                "nothing: the text reads as a narrative (no dateline, nothing such as “yesterday” \
                 or “last week”, explicit dates across years), so its dates are read against \
                 each other, not against a creation date"
            } else {
                "nothing: a narrative’s dates are read against each other, not against a creation \
                 date"
            }
            .to_string(),
        ),
        None => match infer_creation_date(text, &sentences, &roles, related_from, domain) {
            Some((when, basis)) => (Some(when), true, basis),
            None => (
                None,
                false,
                "no date could be found in the document or its metadata".to_string(),
            ),
        },
    };

    let title = document
        .sidecar
        .title
        .clone()
        .or_else(|| document.html_title.clone())
        .unwrap_or_else(|| infer_title(text, &sentences, &roles, &document.id));

    let mut events = Vec::new();
    // Without a creation date, a narrative is anchored at its first explicit date (its relative
    // dates resolve against the dates it mentions), and a news text keeps absolute dates only.
    let body_anchor = published.as_ref().map(anchor_of).or_else(|| {
        (domain == Domain::Narrative)
            .then(|| first_explicit_date(text, &sentences))
            .flatten()
            .map(|when| anchor_of(&when))
    });
    let absolute_only = body_anchor.is_none();
    let mut tagger =
        Some(Tagger::new(body_anchor.unwrap_or_else(probe_anchor), domain).surveying(text));
    let mut seen_ids = HashSet::new();
    let mut context = DocumentContext {
        anchor: body_anchor,
        absolute_only,
        ..DocumentContext::default()
    };
    let mut item_title: Option<usize> = None;
    for (idx, sentence) in sentences.iter().enumerate() {
        let role = roles[idx];
        let in_related = related_from.is_some_and(|from| idx >= from);
        match role {
            Role::Heading => {
                if in_related && item_title.is_none() {
                    item_title = Some(idx);
                }
                continue;
            }
            Role::Dateline => {
                // A date on a line of its own re-anchors what follows (a dated item in a list,
                // a dateline). In a related-items section it also is a publication.
                let line_text = sentence.text(text);
                let mut line_tagger = Tagger::new(body_anchor.unwrap_or_else(probe_anchor), domain);
                let Some(when) = line_tagger
                    .tag_sentence(line_text)
                    .into_iter()
                    .filter(|timex| !timex.relative)
                    .find_map(|timex| timex.when)
                else {
                    continue;
                };
                tagger = tagger.as_ref().map(|t| t.restarted(anchor_of(&when)));
                context.anchor = Some(anchor_of(&when));
                if in_related {
                    if let Some(event) = publication_event(
                        document, text, &sentences, &roles, idx, item_title, &when, gazetteer,
                    ) {
                        if seen_ids.insert(event.id.clone()) {
                            events.push(event);
                        }
                    }
                }
                item_title = None;
                continue;
            }
            Role::Metadata | Role::Duplicate => continue,
            Role::Body => {
                if in_related {
                    item_title = None;
                }
            }
        }
        let Some(tagger) = tagger.as_mut() else {
            continue;
        };
        let sentence_text = sentence.text(text);
        let timexes = tagger.tag_sentence(sentence_text);
        let mut found = sentence_events(
            document,
            sentence,
            sentence_text,
            &timexes,
            published.as_ref(),
            gazetteer,
            &mut context,
        );
        if found.is_empty() {
            if let Some(event) =
                inherited_event(document, sentence, sentence_text, &context, gazetteer)
            {
                found.push(event);
            }
        }
        if let Some(last) = found.last() {
            context.last_dated = Some((last.when.clone(), sentence.paragraph, sentence.index));
        }
        for event in found {
            if seen_ids.insert(event.id.clone()) {
                events.push(event);
            }
        }
    }

    Extraction {
        document: DocumentInfo {
            id: document.id.clone(),
            title,
            path: document.path.clone(),
            url: document.sidecar.url.clone(),
            publisher: document.sidecar.publisher.clone(),
            authors: document.sidecar.authors.clone(),
            published,
            published_inferred,
            published_basis,
            text: document.text.clone(),
            sentences,
            roles,
        },
        events,
    }
}

/// An anchor for reading only explicit dates (relative ones are ignored or re-read later
/// against the real creation date): any fixed date, known only to the year.
fn probe_anchor() -> Anchor {
    Anchor {
        date: NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
        precision: Precision::Year,
    }
}

fn anchor_of(when: &When) -> Anchor {
    Anchor {
        date: when.start,
        precision: when.precision,
    }
}

/// Heading-like: a whole line, no final stop, short, and mostly capitalised words.
fn looks_like_heading(line: &str) -> bool {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.ends_with(['.', ',', ';', ':', '”', '"']) {
        return false;
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    if words.is_empty() || words.len() > 16 {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    capitalised * 2 >= words.len()
}

/// "YANGON, Feb 5 (Reuters) - ...": a place in capitals, a comma, then the date, then an agency
/// in brackets or a dash.
fn is_inline_dateline(sentence: &str, timex: &Timex) -> bool {
    let Some(head) = sentence.get(..timex.start) else {
        return false;
    };
    let Some(place) = head.strip_suffix(", ") else {
        return false;
    };
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    let place_ok =
        letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && place.len() <= 40;
    let tail = sentence.get(timex.end..).unwrap_or("").trim_start();
    let tail_ok = tail.starts_with('(')
        || tail.starts_with('-')
        || tail.starts_with('–')
        || tail.starts_with('—');
    place_ok
        && tail_ok
        && timex
            .when
            .as_ref()
            .is_some_and(|w| w.precision == Precision::Day)
}

/// The sentence without a leading news dateline ("BANGKOK, March 6, 2025 (Reuters) - ").
fn strip_dateline(sentence: &str) -> &str {
    let head_end = sentence
        .char_indices()
        .nth(90)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..head_end];
    let Some((place, _)) = head.split_once(", ") else {
        return sentence;
    };
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || !letters.iter().all(|c| c.is_uppercase()) {
        return sentence;
    }
    for dash in [") - ", ") – ", ") — ", " - ", " – ", " — "] {
        if let Some(at) = head.find(dash) {
            return sentence[at + dash.len()..].trim_start();
        }
    }
    sentence
}

/// How a document without metadata is read. A dateline, or an expression that only makes sense
/// against the day it was written ("yesterday", "last week", "two years ago", a weekday on its
/// own), makes it news; otherwise dates in three sentences or more, with explicit years across
/// two years or more, make it a narrative (a history, whose dates are read against each other).
/// Anything else stays news, the default. "The next year" counts from the date before it, and a
/// sentence that opens with "Today" is how a history ends as often as how a report begins, so
/// neither decides. Tags sentences only until it can tell.
fn infer_domain(text: &str, sentences: &[Sentence], roles: &[Role]) -> Domain {
    if roles.contains(&Role::Dateline) {
        return Domain::News;
    }
    let mut probe = Tagger::new(probe_anchor(), Domain::News);
    let mut dated_sentences = 0;
    let (mut first_year, mut last_year) = (i32::MAX, i32::MIN);
    for (idx, sentence) in sentences.iter().enumerate() {
        if roles[idx] != Role::Body {
            continue;
        }
        let sentence_text = sentence.text(text);
        let mut dated = false;
        for timex in probe.tag_sentence(sentence_text) {
            if idx < 8 && is_inline_dateline(sentence_text, &timex) {
                return Domain::News;
            }
            let words = sentence_text
                .get(timex.start..timex.end)
                .unwrap_or("")
                .to_lowercase();
            if crate::timex::counts_from_writing(&words, timex.start == 0) {
                return Domain::News;
            }
            // Any calendar date makes a dated sentence ("On 12 August"); only explicit ones
            // say which years the text spans.
            dated |= timex.when.is_some();
            if let Some(when) = timex.when.filter(|_| !timex.relative) {
                first_year = first_year.min(when.start.year());
                last_year = last_year.max(when.end.year());
            }
        }
        dated_sentences += usize::from(dated);
    }
    if dated_sentences >= 3 && last_year > first_year {
        Domain::Narrative
    } else {
        Domain::News
    }
}

/// The first explicit (absolute) date of a text, if any.
fn first_explicit_date(text: &str, sentences: &[Sentence]) -> Option<When> {
    let mut probe = Tagger::new(probe_anchor(), Domain::News);
    sentences.iter().find_map(|sentence| {
        probe
            .tag_sentence(sentence.text(text))
            .into_iter()
            .filter(|t| !t.relative)
            .find_map(|t| t.when)
    })
}

/// The first line of a document is its title when it is short and does not end like a
/// sentence, even in sentence case ("Junta extends emergency").
fn looks_like_first_line_title(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty()
        && !trimmed.ends_with(['.', ',', ';', ':', '”', '"', '?', '!'])
        && trimmed.split_whitespace().count() <= 16
}

fn looks_like_metadata(line: &str) -> bool {
    let trimmed = line.trim();
    let Some((label, value)) = trimmed.split_once(':') else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    (1..=2).contains(&label_words)
        && label.chars().next().is_some_and(char::is_uppercase)
        && !value.trim().is_empty()
        && trimmed.split_whitespace().count() <= 14
        && !trimmed.ends_with('.')
}

fn normalise(text: &str) -> String {
    // Word by word is the same as lower-casing the joined text: a space ends the context of a
    // final sigma. ASCII words (most) are lower-cased without an allocation.
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

/// Gives each sentence a structural role.
fn classify(text: &str, sentences: &[Sentence]) -> Vec<Role> {
    let mut roles = Vec::with_capacity(sentences.len());
    let mut seen_body: HashSet<String> = HashSet::new();
    // Sentences alone on their line.
    let mut per_line: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for sentence in sentences {
        *per_line.entry(sentence.line).or_default() += 1;
    }
    let mut probe = Tagger::new(probe_anchor(), Domain::News);
    for sentence in sentences {
        let sentence_text = sentence.text(text);
        let alone = per_line.get(&sentence.line) == Some(&1);
        let role = if alone && is_dateline(sentence_text, &mut probe) {
            Role::Dateline
        } else if alone && looks_like_metadata(sentence_text) {
            Role::Metadata
        } else if alone
            && (looks_like_heading(sentence_text)
                || (sentence.index == 0 && looks_like_first_line_title(sentence_text)))
        {
            Role::Heading
        } else if sentence_text.len() >= 40 && !seen_body.insert(normalise(sentence_text)) {
            Role::Duplicate
        } else {
            Role::Body
        };
        roles.push(role);
    }
    roles
}

/// A line that is nothing but an absolute date (with an optional weekday and time).
fn is_dateline(line: &str, probe: &mut Tagger) -> bool {
    let trimmed = line.trim();
    if trimmed.len() > 60 {
        return false;
    }
    let timexes = probe.tag_sentence(trimmed);
    let covered: usize = timexes
        .iter()
        .filter(|t| !t.relative && matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter(|t| {
            t.when
                .as_ref()
                .is_some_and(|w| w.precision == Precision::Day)
        })
        .map(|t| t.end - t.start)
        .sum();
    if covered == 0 {
        return false;
    }
    let letters_outside = trimmed.chars().filter(|c| c.is_alphanumeric()).count()
        - timexes
            .iter()
            .map(|t| {
                trimmed
                    .get(t.start..t.end)
                    .unwrap_or("")
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .count()
            })
            .sum::<usize>()
            .min(trimmed.chars().filter(|c| c.is_alphanumeric()).count());
    // Allow a weekday the tagger left out, or a short label ("Published", "date").
    letters_outside <= 12
}

/// The first sentence of a section of related items ("Related Publications", "Related
/// Articles", "Read more", "See also", "More from ..."), if the document has one.
fn related_section_start(text: &str, sentences: &[Sentence], roles: &[Role]) -> Option<usize> {
    sentences.iter().enumerate().find_map(|(idx, sentence)| {
        if roles[idx] != Role::Heading {
            return None;
        }
        let heading = sentence.text(text).to_lowercase();
        let related = heading.starts_with("related ")
            || heading.starts_with("more from")
            || heading.starts_with("see also")
            || heading.starts_with("read more")
            || heading.starts_with("recommended")
            || heading.starts_with("latest publications")
            || heading.starts_with("more stories");
        related.then_some(idx + 1)
    })
}

/// Settles a creation date for a document without one: the latest date its body reports, bounded
/// above by the earliest dated related item (related items are newer than the page they list
/// under). Year-less dates are first resolved against the latest explicit year in the body.
fn infer_creation_date(
    text: &str,
    sentences: &[Sentence],
    roles: &[Role],
    related_from: Option<usize>,
    domain: Domain,
) -> Option<(When, String)> {
    let body_end = related_from.unwrap_or(sentences.len());
    // Pass 1: explicit (non-relative) dates, including datelines.
    let mut probe = Tagger::new(probe_anchor(), domain);
    let mut inline_dateline: Option<(usize, usize, usize)> = None;
    let mut latest_explicit: Option<When> = None;
    // Headings count only when nothing else does: a title names targets ("Vision 2030") as often
    // as dates.
    let mut latest_heading: Option<When> = None;
    let mut earliest_related: Option<When> = None;
    // What pass 1 found per sentence: pass 2 re-tags only sentences with relative expressions
    // (explicit dates do not depend on the anchor).
    let mut first_pass: Vec<Option<Vec<Timex>>> = vec![None; sentences.len()];
    for (idx, sentence) in sentences.iter().enumerate() {
        if roles[idx] == Role::Duplicate {
            continue;
        }
        let sentence_text = sentence.text(text);
        let timexes = probe.tag_sentence(sentence_text);
        if !timexes.iter().any(|t| t.relative) {
            first_pass[idx] = Some(timexes.clone());
        }
        for timex in timexes {
            if idx < body_end.min(8)
                && roles[idx] == Role::Body
                && is_inline_dateline(sentence_text, &timex)
            {
                inline_dateline.get_or_insert((idx, timex.start, timex.end));
            }
            // A date the text puts ahead ("will meet on 5 May", "must halve by 2030") is not
            // one it reports.
            let Some(when) = timex.when.filter(|_| !timex.relative && !timex.ahead) else {
                continue;
            };
            if roles[idx] == Role::Heading {
                if latest_heading.as_ref().is_none_or(|l| when.end > l.end) {
                    latest_heading = Some(when);
                }
                continue;
            }
            if idx >= body_end {
                if roles[idx] == Role::Dateline
                    && earliest_related
                        .as_ref()
                        .is_none_or(|e| when.start < e.start)
                {
                    earliest_related = Some(when);
                }
            } else if roles[idx] == Role::Dateline
                || latest_explicit.as_ref().is_none_or(|l| when.end > l.end)
            {
                if roles[idx] == Role::Dateline {
                    // A dateline in the body is the document's own date.
                    return Some((
                        when.clone(),
                        format!("the dateline “{}”", sentence.text(text).trim()),
                    ));
                }
                latest_explicit = Some(when);
            }
        }
    }
    let latest_explicit = latest_explicit.or(latest_heading)?;
    // Pass 2: resolve year-less dates against the end of the latest explicit year and keep the
    // latest day the body reports.
    let year = latest_explicit.end.year();
    let provisional = Anchor {
        date: NaiveDate::from_ymd_opt(year, 12, 31)?,
        precision: Precision::Day,
    };
    let mut tagger = Tagger::new(provisional, domain);
    // A news dateline ("YANGON, Feb 5 (Reuters) -") dates the document, its year from the text.
    if let Some((idx, start, end)) = inline_dateline {
        let sentence_text = sentences[idx].text(text);
        // Only the dateline is tagged, and a month and day without a year take the latest
        // explicit year: the tense of the story's first sentence after it ("June 17 — Observers
        // expect the talks to continue") says nothing about the dateline's year.
        let dated = Tagger::new(provisional, domain)
            .tag_sentence(sentence_text.get(..end).unwrap_or(sentence_text))
            .into_iter()
            .find(|t| t.start == start && t.end == end)
            .and_then(|t| {
                let month_day = t
                    .value
                    .get(4..)
                    .filter(|rest| t.relative && t.value.len() >= 7 && rest.starts_with('-'));
                match month_day {
                    Some(rest) => When::from_timeml(&format!("{year:04}{rest}"), t.modifier),
                    None => t.when,
                }
            });
        if let Some(when) = dated {
            let dateline = sentence_text.get(..end).unwrap_or("").trim();
            return Some((when, format!("the dateline “{dateline}”")));
        }
    }
    let mut latest = latest_explicit.clone();
    let mut latest_text = String::new();
    for (idx, sentence) in sentences.iter().enumerate().take(body_end) {
        if roles[idx] != Role::Body {
            continue;
        }
        let sentence_text = sentence.text(text);
        let timexes = match first_pass[idx].take() {
            Some(explicit_only) => explicit_only,
            None => tagger.tag_sentence(sentence_text),
        };
        for timex in timexes {
            // Only a named month or day says something of its own about the document's date; a
            // weekday or "last month" is the provisional anchor moved, and a date put ahead is not
            // reported.
            if timex.ahead || (timex.relative && !timex.names_month) {
                continue;
            }
            let Some(when) = timex.when else { continue };
            if when.precision <= Precision::Month && when.start >= latest.start {
                if let Some(bound) = &earliest_related {
                    if when.start > bound.start {
                        continue;
                    }
                }
                latest_text = sentence_text
                    .get(timex.start..timex.end)
                    .unwrap_or("")
                    .to_string();
                latest = when;
            }
        }
    }
    let mut basis = if latest_text.is_empty() {
        format!("the latest date in the text ({})", latest.display)
    } else {
        format!(
            "the latest date in the text (“{latest_text}”, {})",
            latest.display
        )
    };
    if let Some(bound) = &earliest_related {
        basis.push_str(&format!(
            "; the earliest related item is dated {}",
            bound.display
        ));
    }
    Some((latest, basis))
}

fn infer_title(text: &str, sentences: &[Sentence], roles: &[Role], id: &str) -> String {
    sentences
        .iter()
        .zip(roles)
        .find(|(_, role)| **role == Role::Heading)
        // A Markdown heading's markers are not part of the title.
        .map(|(sentence, _)| {
            sentence
                .text(text)
                .trim_start_matches('#')
                .trim()
                .to_string()
        })
        .filter(|title| !title.is_empty())
        .unwrap_or_else(|| id.to_string())
}

/// Words before a time expression that make the sentence a state holding from that time on.
fn onset_signal(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    let signals = [
        "since",
        "beginning in",
        "starting in",
        "beginning",
        "starting",
        "ever since",
    ];
    if signals.iter().any(|signal| lower.ends_with(signal)) {
        return true;
    }
    // "since Myanmar’s 2021 coup", "since the 2021 coup": one determiner or possessive between.
    let mut words = lower.split_whitespace().rev();
    let (Some(last), Some(previous)) = (words.next(), words.next()) else {
        return false;
    };
    let determiner = ["the", "its", "their", "his", "her"].contains(&last)
        || last.ends_with("’s")
        || last.ends_with("'s");
    determiner && signals.contains(&previous)
}

fn by_signal(before: &str, sentence: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    lower.ends_with("by")
        && ["began", "started", "had begun", "had started"]
            .iter()
            .any(|verb| sentence.contains(verb))
}

fn throughout_signal(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    ["throughout", "all through", "for all of", "during all of"]
        .iter()
        .any(|signal| lower.ends_with(signal))
}

/// The quotation marks of a sentence, read once, to tell whether a position is inside a
/// quotation (more “ than ” before it, or an odd number of ").
struct Quotations {
    /// Byte position of each mark and the running counts after it: (“ minus ”, count of ").
    marks: Vec<(usize, i32, u32)>,
    /// Byte position of each bracket and the depth after it.
    brackets: Vec<(usize, i32)>,
}

impl Quotations {
    fn new(sentence: &str) -> Quotations {
        let (mut curly, mut straight, mut depth) = (0i32, 0u32, 0i32);
        let mut marks = Vec::new();
        let mut brackets = Vec::new();
        for (position, c) in sentence.char_indices() {
            match c {
                '“' => curly += 1,
                '”' => curly -= 1,
                '"' => straight += 1,
                '(' | '[' => {
                    depth += 1;
                    brackets.push((position, depth));
                    continue;
                }
                ')' | ']' => {
                    depth -= 1;
                    brackets.push((position, depth));
                    continue;
                }
                _ => continue,
            }
            marks.push((position, curly, straight));
        }
        Quotations { marks, brackets }
    }

    fn in_brackets(&self, position: usize) -> bool {
        let before = self.brackets.partition_point(|(p, _)| *p < position);
        before
            .checked_sub(1)
            .is_some_and(|i| self.brackets[i].1 > 0)
    }

    fn contains(&self, position: usize) -> bool {
        let before = self.marks.partition_point(|(p, _, _)| *p < position);
        match before.checked_sub(1).map(|i| self.marks[i]) {
            Some((_, curly, straight)) => curly > 0 || straight % 2 == 1,
            None => false,
        }
    }
}

/// True when the byte position sits inside a quotation.
#[cfg(test)]
fn inside_quotation(sentence: &str, position: usize) -> bool {
    Quotations::new(sentence).contains(position)
}

/// The last `max_bytes` bytes of `text` (or a little less, on a char boundary).
fn tail(text: &str, max_bytes: usize) -> &str {
    let mut from = text.len().saturating_sub(max_bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

/// The lowercase words right after a year used as a modifier: "2021 military coup in" →
/// ["military", "coup"].
fn modified_nouns(after: &str) -> Vec<String> {
    after
        .split_whitespace()
        .take(3)
        .take_while(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| {
            !["in", "of", "on", "and", "the", "a", "by", "to", "at", "for"].contains(&w.as_str())
        })
        .collect()
}

/// True when the noun phrase right after a year ("2021 coup enabled ...") is followed, within
/// three words and before any punctuation, by a verb in the past tense.
fn subject_of_past_verb(after: &str) -> bool {
    for word in after.split_whitespace().take(3) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let is_past =
            bare.len() > 4 && bare.ends_with("ed") && bare.chars().all(|c| c.is_lowercase());
        if is_past || ["led", "began", "gave", "brought", "made", "saw"].contains(&bare) {
            return true;
        }
        if bare.len() != word.len() {
            return false;
        }
    }
    false
}

/// A figure: a number of three or more digits, or with a thousands separator, or "million".
fn has_statistic(sentence: &str) -> bool {
    sentence
        .split(|c: char| c.is_whitespace() || c == '$')
        .any(|word| {
            let word = word.trim_matches(|c: char| !c.is_ascii_digit());
            word.contains(',')
                && word
                    .split(',')
                    .all(|g| g.chars().all(|c| c.is_ascii_digit()))
                && word.len() >= 5
        })
        || sentence.contains(" million ")
        || sentence.contains(" billion ")
}

/// What earlier sentences of a document tell later ones.
#[derive(Default)]
struct DocumentContext {
    /// Happenings named by a year used as a modifier ("the 2021 coup"): year and nouns. A later
    /// mention of the same year and noun is the same happening, not a new event.
    named_happenings: Vec<(i32, Vec<String>)>,
    /// The date relative expressions are resolved against here (the document's, or that of the
    /// dated item being read).
    anchor: Option<Anchor>,
    /// No creation date is known: relative expressions cannot be resolved, only absolute dates
    /// make events.
    absolute_only: bool,
    /// The date of the last event read, with its paragraph and sentence index: what a following
    /// sentence that continues the episode inherits.
    last_dated: Option<(When, usize, usize)>,
}

fn sentence_events(
    document: &Document,
    sentence: &Sentence,
    sentence_text: &str,
    timexes: &[Timex],
    published: Option<&When>,
    gazetteer: &Gazetteer,
    context: &mut DocumentContext,
) -> Vec<Event> {
    let mut events = Vec::new();
    // The end of each event's time expression, parallel to `events`.
    let mut timex_ends = Vec::new();
    let mut used_years_as_modifier = false;
    let quotations = Quotations::new(sentence_text);
    // The same expression twice in a sentence is one event (the id is the same).
    let mut seen_surfaces: HashSet<&str> = HashSet::new();
    for timex in timexes {
        if !matches!(timex.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        if !seen_surfaces.insert(sentence_text.get(timex.start..timex.end).unwrap_or("")) {
            continue;
        }
        let Some(mut when) = timex.when.clone() else {
            continue;
        };
        if when.precision >= Precision::Decade {
            continue;
        }
        // A date in a bracketed aside ("the NLD (founded in 1988) won") does not date the
        // sentence when another date outside the brackets does.
        let in_aside = quotations.in_brackets(timex.start)
            && timexes.iter().any(|other| {
                other.when.is_some()
                    && matches!(other.kind, TimexType::Date | TimexType::Time)
                    && !quotations.in_brackets(other.start)
            });
        if in_aside || quotations.contains(timex.start) || is_inline_dateline(sentence_text, timex)
        {
            continue;
        }
        if context.absolute_only && timex.relative {
            continue;
        }
        // "the same day", "that week": anaphora, dated by the episode they refer to (see
        // `inherited_event`), not by whatever date the tagger last saw.
        let surface = sentence_text
            .get(timex.start..timex.end)
            .unwrap_or("")
            .to_lowercase();
        if timex.relative && (surface.contains("same ") || surface.starts_with("that ")) {
            continue;
        }
        // A year used as a modifier ("the 2021 coup") names a happening of that year; one event
        // per sentence for such mentions.
        let after = sentence_text.get(timex.end..).unwrap_or("");
        let modifier_of_noun = when.precision == Precision::Year
            && after.starts_with(' ')
            && after
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        // "This week" written on a Thursday covers Monday to that Thursday: nothing reported
        // can be later than the day it was written.
        if let Some(anchor) = context.anchor {
            if timex.relative
                && when.precision == Precision::Week
                && anchor.precision == Precision::Day
                && when.start <= anchor.date
                && anchor.date < when.end
            {
                when = When::range(
                    when.start,
                    anchor.date,
                    Precision::Week,
                    when.display.clone(),
                );
            }
        }
        // Signals sit just before the expression: look at a short window, so the work per
        // expression does not grow with the sentence.
        let before = tail(sentence_text.get(..timex.start).unwrap_or(""), 200);
        let onset = onset_signal(before) || by_signal(before, sentence_text);
        let mut consequence = false;
        if modifier_of_noun {
            if used_years_as_modifier {
                continue;
            }
            let year = when.start.year();
            let nouns = modified_nouns(after);
            let known = context
                .named_happenings
                .iter()
                .any(|(y, words)| *y == year && words.iter().any(|w| nouns.contains(w)));
            if known && !onset {
                // A known happening as the subject of a past verb ("the 2021 coup enabled a
                // scaling up of crime") dates a state that began then; a bare mention does not.
                if !subject_of_past_verb(after) {
                    continue;
                }
                consequence = true;
            }
            if !known {
                context.named_happenings.push((year, nouns));
            }
            used_years_as_modifier = true;
        }
        let mut kind = EventKind::Event;
        if onset || consequence {
            when = When::since(&when, published.map(|p| p.end));
            kind = EventKind::State;
        } else if throughout_signal(before) {
            kind = EventKind::State;
        } else if has_statistic(tail(before, 160))
            && matches!(
                when.precision,
                Precision::Year | Precision::Quarter | Precision::Month | Precision::Half
            )
        {
            kind = EventKind::Statistic;
        }
        if let Some(published) = published {
            // History given as context: an event that ended two years or more before the
            // document was written, or a state that began three years or more before.
            let background = match kind {
                EventKind::Event => when.end < published.start - Duration::days(2 * 365),
                EventKind::State => when.start < published.start - Duration::days(3 * 365),
                _ => false,
            };
            if background {
                kind = EventKind::Background;
            }
        }
        events.push(build_event(
            document,
            sentence,
            sentence_text,
            when,
            kind,
            Some((timex.start, timex.end)),
            gazetteer,
            false,
        ));
        timex_ends.push(timex.end);
    }
    distinguish_headlines(&mut events, &timex_ends, sentence_text);
    events
}

/// Two events of one sentence ("said last month that ... after the abduction ... in January")
/// would read alike on the timeline: every later one whose headline repeats an earlier one's
/// shows the clause that carries its own date instead. `timex_ends` are the ends of the events'
/// time expressions in `sentence_text`.
fn distinguish_headlines(events: &mut [Event], timex_ends: &[usize], sentence_text: &str) {
    if events.len() < 2 {
        return;
    }
    let body = strip_dateline(sentence_text);
    let shift = sentence_text.len() - body.len();
    for later in 1..events.len().min(timex_ends.len()) {
        let repeated = events[..later]
            .iter()
            .any(|earlier| earlier.headline == events[later].headline);
        let Some(end) = timex_ends[later].checked_sub(shift) else {
            continue;
        };
        if repeated {
            if let Some(clause) = dated_clause(body, end) {
                events[later].headline = clause;
            }
        }
    }
}

/// Words that make a sentence without a date of its own continue the dated episode before it.
fn continuation_cue(sentence: &str) -> Option<&'static str> {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    let phrase = |p: &str| lower.contains(p);
    if has("later") || has("subsequently") || has("afterwards") || has("afterward") {
        return Some("later");
    }
    if has("immediately") || phrase("the same day") || phrase("that day") || phrase("in response") {
        return Some("same time");
    }
    if has("meanwhile") {
        return Some("meanwhile");
    }
    // A definite reference to a gathering just mentioned: "at the summit", "during the meeting".
    for gathering in [
        "summit",
        "meeting",
        "talks",
        "visit",
        "trip",
        "conference",
        "ceremony",
    ] {
        for preposition in [
            "at the",
            "during the",
            "after the",
            "on the sidelines of the",
        ] {
            if phrase(&format!("{preposition} {gathering}")) {
                return Some("same occasion");
            }
        }
    }
    None
}

/// An event for a sentence without a date of its own that continues the dated episode just
/// before it (same paragraph or the next sentence): "later", "immediately", "the same day",
/// "at the summit". "Meanwhile" links simultaneous happenings only when the episode has a day or
/// week; against a month it is a mere connective.
fn inherited_event(
    document: &Document,
    sentence: &Sentence,
    sentence_text: &str,
    context: &DocumentContext,
    gazetteer: &Gazetteer,
) -> Option<Event> {
    let (when, paragraph, index) = context.last_dated.as_ref()?;
    if *paragraph != sentence.paragraph && *index + 1 != sentence.index {
        return None;
    }
    let cue = continuation_cue(sentence_text)?;
    if cue == "meanwhile" && !matches!(when.precision, Precision::Day | Precision::Week) {
        return None;
    }
    // Hypotheticals and futures are not happenings: look at the clause up to the cue.
    let lower = sentence_text.to_lowercase();
    let cue_at = [
        "later",
        "subsequently",
        "afterward",
        "immediately",
        "the same day",
        "that day",
        "in response",
        "meanwhile",
        "at the",
        "during the",
        "after the",
        "on the sidelines",
    ]
    .iter()
    .filter_map(|cue_word| lower.find(cue_word))
    .min()
    .unwrap_or(lower.len());
    let head = &lower[..cue_at];
    if [
        " will ", " would ", " could ", " may ", " might ", " should ",
    ]
    .iter()
    .any(|modal| head.contains(modal))
    {
        return None;
    }
    let mut when = when.clone();
    if when.open_end {
        return None;
    }
    if !when.display.starts_with("around ") {
        when.display = format!("around {}", when.display);
    }
    if !when.edtf.contains('/') && !when.edtf.ends_with('~') {
        when.edtf.push('~');
    }
    Some(build_event(
        document,
        sentence,
        sentence_text,
        when,
        EventKind::Event,
        None,
        gazetteer,
        true,
    ))
}

/// Builds one event from a sentence and its date. `timex` is the dating expression's span in the
/// sentence, if it has one of its own.
#[allow(clippy::too_many_arguments)]
fn build_event(
    document: &Document,
    sentence: &Sentence,
    sentence_text: &str,
    when: When,
    kind: EventKind,
    timex: Option<(usize, usize)>,
    gazetteer: &Gazetteer,
    inherited: bool,
) -> Event {
    let time_text = timex
        .and_then(|(start, end)| sentence_text.get(start..end))
        .unwrap_or("")
        .to_string();
    let source = Source {
        document: document.id.clone(),
        sentence: sentence.index,
        start: sentence.start,
        end: sentence.end,
        text: sentence_text.to_string(),
        timex: timex.map(|(start, end)| (sentence.start + start, sentence.start + end)),
    };
    let actors = gazetteer
        .find_actors(sentence_text)
        .into_iter()
        .map(|actor| ActorRef {
            id: actor.id.clone(),
            name: actor.name.clone(),
        })
        .collect();
    let places = gazetteer
        .find_places(sentence_text)
        .into_iter()
        .map(|place| place.name.clone())
        .collect();
    let id_key = if inherited { "inherited" } else { &time_text };
    Event {
        id: event_id(&document.id, &when, sentence_text, id_key),
        headline: {
            let body = strip_dateline(sentence_text);
            let shift = sentence_text.len() - body.len();
            let span = timex
                .filter(|(start, _)| *start >= shift)
                .map(|(start, end)| (start - shift, end - shift));
            headline(body, span)
        },
        when,
        kind,
        actors,
        places,
        sources: vec![source],
        time_text,
        inherited,
    }
}

/// A publication from a related-items list: its title line(s), its date line and its byline.
#[allow(clippy::too_many_arguments)]
fn publication_event(
    document: &Document,
    text: &str,
    sentences: &[Sentence],
    roles: &[Role],
    dateline_idx: usize,
    title_idx: Option<usize>,
    when: &When,
    gazetteer: &Gazetteer,
) -> Option<Event> {
    // The title is the heading just before the date line (a title printed twice counts once).
    let title_idx = (0..dateline_idx)
        .rev()
        .take(3)
        .find(|&idx| roles[idx] == Role::Heading)
        .or(title_idx)?;
    let title = sentences[title_idx].text(text).trim().to_string();
    let byline_idx = (dateline_idx + 1..sentences.len().min(dateline_idx + 3)).find(|&idx| {
        let line = sentences[idx].text(text).trim_start();
        line.starts_with("By:") || line.starts_with("By ")
    });
    let end = byline_idx.map_or(sentences[dateline_idx].end, |idx| sentences[idx].end);
    let start = sentences[title_idx].start;
    let source_text = text.get(start..end)?.to_string();
    let mut actors: Vec<ActorRef> = Vec::new();
    if let Some(idx) = byline_idx {
        let byline = sentences[idx].text(text);
        let names = byline
            .trim_start_matches("By:")
            .trim_start_matches("By ")
            .split([';', ','])
            .flat_map(|part| part.split(" and "))
            .map(|name| name.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}'))
            .filter(|name| !name.is_empty());
        for name in names {
            let actor = match gazetteer.find_actors(name).first() {
                Some(actor) => ActorRef {
                    id: actor.id.clone(),
                    name: actor.name.clone(),
                },
                None => ActorRef {
                    id: slug(name, 8),
                    name: name.to_string(),
                },
            };
            if !actors.iter().any(|a| a.id == actor.id) {
                actors.push(actor);
            }
        }
    }
    let headline = truncate_headline(&title);
    Some(Event {
        id: event_id(&document.id, when, &source_text, "publication"),
        when: when.clone(),
        headline,
        kind: EventKind::Publication,
        actors,
        places: Vec::new(),
        sources: vec![Source {
            document: document.id.clone(),
            sentence: sentences[title_idx].index,
            start,
            end,
            text: source_text,
            timex: Some((sentences[dateline_idx].start, sentences[dateline_idx].end)),
        }],
        time_text: sentences[dateline_idx].text(text).trim().to_string(),
        inherited: false,
    })
}

/// A URL-safe slug of the first `max_words` words, ASCII only.
pub fn slug(text: &str, max_words: usize) -> String {
    let mut out = String::new();
    let mut words = 0;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let ascii: String = word
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if ascii.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&ascii);
        words += 1;
        if words >= max_words {
            break;
        }
    }
    if out.is_empty() {
        out.push_str("event");
    }
    out
}

/// A stable event id from content: `{date}-{slug}-{hash}`.
///
/// ```
/// use annals::event::event_id;
/// use annals::when::When;
/// let when = When::from_timeml("2023-06-19", None).unwrap();
/// let id = event_id("doc", &when, "Six criminals were returned to China on June 19.", "June 19");
/// assert!(id.starts_with("2023-06-19-six-criminals-were-returned-"));
/// assert_eq!(id, event_id("doc", &when, "Six  criminals were returned to China on June 19.", "June 19"));
/// ```
pub fn event_id(document_id: &str, when: &When, sentence: &str, time_text: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(document_id.as_bytes());
    hasher.update(b"\n");
    hasher.update(normalise(sentence).as_bytes());
    hasher.update(b"\n");
    hasher.update(normalise(time_text).as_bytes());
    let digest = hasher.finalize();
    let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    let date = when
        .edtf
        .split('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(['~', '?', '%']);
    let date: String = date
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{date}-{}-{hash}", slug(sentence, 4))
}

/// Leading words that frame rather than state: connectives and time adverbials.
fn strip_frame(sentence: &str, timex: Option<(usize, usize)>) -> String {
    let mut text = sentence.trim();
    // A leading adverbial clause that ends in a comma and holds the time expression, or starts
    // with a connective: "In early June, ..." "Meanwhile, ..." "During his May trip, ...".
    if let Some(comma) = text.find(", ") {
        let lead = &text[..comma];
        let lower = lead.to_lowercase();
        let holds_timex = timex.is_some_and(|(start, end)| start < comma && end <= comma + 1);
        let connective = [
            "meanwhile",
            "however",
            "in sum",
            "moreover",
            "still",
            "even still",
        ]
        .iter()
        .any(|c| lower == *c);
        let starts_prepositional = [
            "in ",
            "on ",
            "during ",
            "by ",
            "since ",
            "beginning ",
            "starting ",
            "throughout ",
            "after ",
            "before ",
            "at ",
            "last ",
            "the next ",
            "the following ",
            "this ",
            "early ",
            "late ",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
        if comma <= 70 && (connective || (holds_timex && starts_prepositional)) {
            text = &text[comma + 2..];
        }
    }
    let mut out: String = text.to_string();
    if let Some(first) = out.chars().next() {
        if first.is_lowercase() {
            let upper: String = first.to_uppercase().collect();
            out.replace_range(..first.len_utf8(), &upper);
        }
    }
    out
}

fn truncate_headline(text: &str) -> String {
    let text = text.trim().trim_end_matches(['.', ' ']);
    if text.chars().count() <= MAX_HEADLINE {
        return text.to_string();
    }
    // Prefer a clause boundary after 50 characters; else the last word boundary.
    let limit = text
        .char_indices()
        .nth(MAX_HEADLINE - 1)
        .map_or(text.len(), |(i, _)| i);
    let window = &text[..limit];
    let clause = [", ", " — ", "; ", " – "]
        .iter()
        .filter_map(|sep| window.rfind(sep))
        .filter(|&i| i >= 50)
        .max();
    let cut = clause.unwrap_or_else(|| window.rfind(' ').unwrap_or(limit));
    let mut out = text[..cut]
        .trim_end_matches([',', ';', ' ', '—', '–'])
        .to_string();
    out.push('…');
    out
}

/// A concise headline from the sentence's main clause, at most 110 characters, never cut
/// mid-word.
pub fn headline(sentence: &str, timex: Option<(usize, usize)>) -> String {
    // A headline never needs more than the start of the sentence: bound the work.
    let mut window_end = sentence.len().min(600);
    while !sentence.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let main = truncate_headline(&strip_frame(&sentence[..window_end], timex));
    // When the date sits further on than the headline reaches ("..., which have been suspended
    // since 2011, ..."), show the clause that carries it instead, so the headline says what is
    // dated.
    let Some((_, timex_end)) = timex else {
        return main;
    };
    let shown = main.trim_end_matches('…').len();
    let shown_end = shown + (sentence.len() - strip_frame(sentence, timex).len());
    if timex_end <= window_end.min(shown_end) {
        return main;
    }
    // Only when the date belongs to a relative clause (", which have been suspended since
    // 2011") or follows a leading subordinate clause ("While X ..., the 2021 coup enabled Y"):
    // a date at the end of the main clause keeps the main clause.
    let lower = sentence.to_lowercase();
    let before_timex = lower.get(..timex_end).unwrap_or("");
    let relative = [", which ", ", who ", ", where ", ", whose "]
        .iter()
        .any(|marker| {
            before_timex
                .rfind(marker)
                .is_some_and(|at| at + 2 > shown_end)
        });
    let subordinate_first = ["while ", "although ", "though ", "whereas "]
        .iter()
        .any(|opener| lower.starts_with(opener))
        && lower.find(", ").is_some_and(|comma| comma < timex_end);
    if relative || subordinate_first {
        dated_clause(sentence, timex_end).unwrap_or(main)
    } else {
        main
    }
}

/// "…hydropower projects in Kachin State, which have been suspended since 2011": the text up to
/// the end of the clause holding byte `timex_end`, at most 110 characters, starting on a word.
fn dated_clause(sentence: &str, timex_end: usize) -> Option<String> {
    let rest = sentence.get(timex_end..)?;
    let clause_end = timex_end
        + rest
            .find([',', ';', '—', '–', '(', ')'])
            .or_else(|| rest.rfind('.'))
            .unwrap_or(rest.len());
    let clause = sentence.get(..clause_end)?.trim_end();
    let n_chars = clause.chars().count();
    if n_chars <= MAX_HEADLINE {
        return Some(clause.to_string());
    }
    let skip = n_chars - (MAX_HEADLINE - 1);
    let from = clause.char_indices().nth(skip).map(|(i, _)| i)?;
    // Start on a whole word.
    let from = from + clause[from..].find(' ')? + 1;
    Some(format!("…{}", &clause[from..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain_document(id: &str, text: &str) -> Document {
        Document {
            id: id.to_string(),
            path: format!("{id}.txt"),
            format: crate::document::Format::Text,
            text: text.to_string(),
            sidecar: crate::document::Sidecar::default(),
            html_title: None,
            published: None,
        }
    }

    fn domain_of(text: &str) -> Domain {
        let sentences = sentence::split(text);
        let roles = classify(text, &sentences);
        infer_domain(text, &sentences, &roles)
    }

    #[test]
    fn a_text_without_metadata_reads_as_news_or_as_a_narrative() {
        let wiki = include_str!("../tests/data/news/wiki.txt");
        let bangkok = include_str!("../tests/data/news/bangkok.txt");
        let seed = include_str!("../seeds/000_9e1ccc0db0abd50c.txt");
        assert_eq!(domain_of(wiki), Domain::Narrative);
        assert_eq!(domain_of(bangkok), Domain::News);
        assert_eq!(domain_of(seed), Domain::News);
        let table = [
            // Explicit dates across years, nothing counted from a writing day.
            (
                "The war began in 1914. In 1916 the army advanced. It ended in November 1918.",
                Domain::Narrative,
            ),
            // The same with "last year": news.
            (
                "The war began in 1914. In 1916 the army advanced. Last year a museum opened.",
                Domain::News,
            ),
            // A weekday on its own: news.
            (
                "The talks began in 2021. In 2022 they stalled. They resumed on Tuesday in 2023.",
                Domain::News,
            ),
            // "The next year" counts from the date before it, and a history may end "Today, ...".
            (
                "The war began in 1936. The next year, Guernica was bombed. It ended in 1939. \
                 Today, the town is rebuilt.",
                Domain::Narrative,
            ),
            // "Today" inside a sentence is the writer's day: news.
            (
                "The war began in 1936. In 1937 Guernica was bombed. It ended in 1939. The \
                 museum opens today.",
                Domain::News,
            ),
            // Too few dates to tell: news, the default.
            ("The bridge opened in 1932.", Domain::News),
        ];
        for (text, expected) in table {
            assert_eq!(domain_of(text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_history_without_a_sidecar_is_dated_like_one_with_it() {
        let gazetteer = Gazetteer::default();
        let text = include_str!("../tests/data/news/wiki.txt");
        let plain = plain_document("wiki", text);
        let mut with_sidecar = plain.clone();
        with_sidecar.sidecar.domain = Some("narrative".to_string());
        let dates = |document: &Document| -> Vec<String> {
            extract(document, &gazetteer)
                .events
                .iter()
                .map(|e| e.when.edtf.clone())
                .collect()
        };
        let expected = dates(&with_sidecar);
        assert!(expected.contains(&"1916-08-13".to_string()), "{expected:?}");
        assert_eq!(dates(&plain), expected);
    }

    #[test]
    fn normalise_equals_lower_casing_the_joined_words() {
        for text in [
            "  The  Junta\tcut POWER\n to Shwe Kokko ",
            "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑΣ  ΟΔΟΣ",
            "İstanbul ÉTÉ straße ΣΑ",
            "",
        ] {
            let expected = text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            assert_eq!(normalise(text), expected, "{text:?}");
        }
    }

    #[test]
    fn headlines_are_short_and_whole_words() {
        let long = "In early June, following repeated demands from Chinese officials, the junta issued orders to Thailand that electricity be cut to Shwe Kokko as a means of ending the cross-border crime.";
        let out = truncate_headline(long);
        assert!(out.chars().count() <= MAX_HEADLINE + 1, "{out}");
        assert!(out.ends_with('…'));
        let without_ellipsis = out.trim_end_matches('…');
        assert!(long.starts_with(without_ellipsis));
        let next = &long[without_ellipsis.len()..];
        assert!(next.starts_with([' ', ',']), "cut mid-word: {out:?}");
    }

    #[test]
    fn a_date_past_the_headline_brings_its_clause() {
        let sentence = "Sources from within his own regime have leaked information indicating that the military leader has offered to restart highly controversial hydropower projects in Kachin State, which have been suspended since 2011, in exchange for visit to Beijing.";
        let start = sentence.find("2011").unwrap_or(0);
        let out = headline(sentence, Some((start, start + 4)));
        assert!(
            out.ends_with("which have been suspended since 2011"),
            "{out}"
        );
        assert!(
            out.starts_with('…') && out.chars().count() <= MAX_HEADLINE,
            "{out}"
        );
        let after_ellipsis = out.trim_start_matches('…');
        assert!(sentence.contains(after_ellipsis));
        let at = sentence.find(after_ellipsis).unwrap_or(0);
        assert_eq!(&sentence[at - 1..at], " ", "starts on a whole word: {out}");
        // A date inside the headline keeps the main clause.
        let early = "In early June, the junta issued orders to Thailand that electricity be cut.";
        assert_eq!(
            headline(early, Some((3, 13))),
            "The junta issued orders to Thailand that electricity be cut"
        );
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("China’s “Ms. Deng” – Pu’er!", 4), "china-s-ms-deng");
        assert_eq!(slug("—", 3), "event");
    }

    #[test]
    fn quotation_detection() {
        let s = "He said “in May we left” and went home in June.";
        assert!(inside_quotation(s, s.find("May").unwrap_or(0)));
        assert!(!inside_quotation(s, s.find("June").unwrap_or(0)));
    }

    #[test]
    fn bracketed_asides_are_detected() {
        let s = "The NLD (founded in 1988) won the 2020 election.";
        let quotations = Quotations::new(s);
        assert!(quotations.in_brackets(s.find("1988").unwrap_or(0)));
        assert!(!quotations.in_brackets(s.find("2020").unwrap_or(0)));
    }

    #[test]
    fn statistics_need_figures() {
        assert!(has_statistic("police handled 464,000 cases in 2022"));
        assert!(!has_statistic("the 2021 coup"));
        assert!(has_statistic("losses of $3 million in 2022"));
    }

    #[test]
    fn roles_of_lines() {
        assert!(looks_like_heading("A Complicated Bilateral Relationship"));
        assert!(!looks_like_heading("The junta responded in early June."));
        assert!(looks_like_metadata("Type: Analysis and Commentary"));
        assert!(looks_like_metadata("By: Brian Harding;  Jason Tower"));
        assert!(!looks_like_metadata(
            "Note: the junta responded in early June to demands."
        ));
    }
}
