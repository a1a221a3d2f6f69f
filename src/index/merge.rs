//! Merging the events that several documents report about the same happening.
//!
//! Two events from different documents are the same happening when their dates are compatible
//! (one span lies within the other, and two exact days are the same day), they share an actor,
//! they are of a kind that can coincide (publications never merge), and their sentences are
//! worded alike (enough shared content words). Content words say what happened: not stop words,
//! not when (month names, the event's time expression), not who (its actors' names, compared on
//! their own) and not the corpus's common wording (words in more than 1 % of all reports). The
//! merged event lists every source.
//!
//! Its id is the id of the source event from the earliest-published document (ties: the smaller
//! id), and every source event's own id stays an alias of it, so a permalink keeps opening the
//! same event whichever document arrives later.

use crate::event::{DocumentInfo, Event, EventKind};
use crate::timex::lexicon::WordSet;
use crate::when::Precision;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::LazyLock;

/// Words too common to say two sentences are about the same thing.
static STOP_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "that", "this", "these", "those", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "it", "its", "their", "his", "her", "as", "into", "after", "before", "which", "who",
    "said", "says", "also", "but", "not", "than", "more", "over", "about", "would", "will",
];

/// Words that say when, not what: two reports of different happenings in the same month share
/// them, so they do not count as shared wording.
static TIME_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "today",
    "yesterday",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "ago",
    "since",
    "during",
];

/// Words of three letters or more, without digits, stop words or time words (compared
/// ignoring case), each as the hash of its lower-case form: word lists are compared as sorted
/// hashes (a rare collision can only add one shared word). Allocates nothing.
fn words(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !IGNORED_WORDS.contains(w))
        .map(word_hash)
}

/// [`STOP_WORDS`] and [`TIME_WORDS`], looked up ignoring case.
static IGNORED_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(STOP_WORDS.iter().chain(TIME_WORDS).copied()));

/// The hash of a word's lower-case form.
fn word_hash(word: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    for c in word.chars().flat_map(char::to_lowercase) {
        hasher.write_u32(u32::from(c));
    }
    hasher.finish()
}

/// The words of an event's first report that say what happened: not when (the words of its time
/// expression: "first quarter") and not who (the words of its actors' names, which merging
/// compares on their own), so two reports of different happenings on one date by one actor do
/// not read alike. Sorted and de-duplicated hashes.
fn content_words(event: &Event) -> Vec<u64> {
    let when_and_who: Vec<u64> = words(&event.time_text)
        .chain(event.actors.iter().flat_map(|actor| words(&actor.name)))
        .collect();
    let mut content: Vec<u64> = words(event.sources.first().map_or("", |s| s.text.as_str()))
        .filter(|word| !when_and_who.contains(word))
        .collect();
    content.sort_unstable();
    content.dedup();
    content
}

/// A word in more than one report in this many, and in more than [`MIN_COMMON_REPORTS`], is
/// the corpus's common wording (a name written out in full, a set phrase such as "amid reports
/// of forced labour"): sharing it says nothing about which happening two reports are about.
const COMMON_WORD_SHARE: usize = 100;
const MIN_COMMON_REPORTS: usize = 50;

/// Drops the corpus's common words from every report's content words.
fn without_common_words(words: Vec<Vec<u64>>) -> Vec<Vec<u64>> {
    let mut n_reports: FxHashMap<u64, usize> = FxHashMap::default();
    for &word in words.iter().flatten() {
        *n_reports.entry(word).or_default() += 1;
    }
    let common_above = (words.len() / COMMON_WORD_SHARE).max(MIN_COMMON_REPORTS);
    let common: FxHashSet<u64> = n_reports
        .into_iter()
        .filter(|&(_, n)| n > common_above)
        .map(|(word, _)| word)
        .collect();
    if common.is_empty() {
        return words;
    }
    words
        .into_par_iter()
        .map(|mut report| {
            report.retain(|word| !common.contains(word));
            report
        })
        .collect()
}

/// Number of words two sorted word lists share.
fn n_shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

fn similar_wording(a: &[u64], b: &[u64]) -> bool {
    let shared = n_shared(a, b);
    let smaller = a.len().min(b.len()).max(1);
    // Reports of one happening share its key words ("power", "cut", "Shwe", "Kokko").
    shared >= 3 && shared * 3 >= smaller
}

fn compatible_dates(a: &Event, b: &Event) -> bool {
    let (a, b) = (&a.when, &b.when);
    if a.open_end != b.open_end {
        return false;
    }
    if a.precision == Precision::Day && b.precision == Precision::Day {
        return a.start == b.start;
    }
    let a_in_b = b.start <= a.start && a.end <= b.end;
    let b_in_a = a.start <= b.start && b.end <= a.end;
    a_in_b || b_in_a
}

fn document_of(event: &Event) -> &str {
    event.sources.first().map_or("", |s| s.document.as_str())
}

/// Merges events of different documents that report the same happening. Returns the events (in
/// the order given, merged ones at their canonical event's place) and `alias → canonical id`.
pub fn merge_across_documents(
    events: Vec<Event>,
    documents: &[DocumentInfo],
) -> (Vec<Event>, Vec<(String, String)>) {
    let published: HashMap<&str, chrono::NaiveDate> = documents
        .iter()
        .filter_map(|d| d.published.as_ref().map(|p| (d.id.as_str(), p.start)))
        .collect();
    let words = without_common_words(events.par_iter().map(content_words).collect());

    // Greedy grouping in date order: an event joins the first earlier group whose first report
    // (its representative) is the same happening, from another document; else it starts a
    // group. Comparing with representatives only keeps groups from chaining through loosely
    // similar reports. Candidates share an actor and a start year.
    let mut group_of: Vec<usize> = (0..events.len()).collect();
    // The documents of each group (few per group: a list beats a set).
    let mut group_documents: FxHashMap<usize, Vec<&str>> = FxHashMap::default();
    let mut representatives: FxHashMap<(&str, i32), Vec<usize>> = FxHashMap::default();
    for (idx, event) in events.iter().enumerate() {
        if event.kind == EventKind::Publication {
            continue;
        }
        use chrono::Datelike;
        let year = event.when.start.year();
        let document = document_of(event);
        // A representative found under one of the event's actors shares that actor.
        let joined = event.actors.iter().find_map(|actor| {
            representatives
                .get(&(actor.id.as_str(), year))?
                .iter()
                .rev()
                .take(64)
                .copied()
                .find(|&rep| {
                    compatible_dates(&events[rep], event)
                        && similar_wording(&words[rep], &words[idx])
                        && !group_documents
                            .get(&rep)
                            .is_some_and(|documents| documents.contains(&document))
                })
        });
        match joined {
            Some(rep) => {
                group_of[idx] = rep;
                let documents = group_documents.entry(rep).or_default();
                if !documents.contains(&document) {
                    documents.push(document);
                }
            }
            None => {
                group_documents.entry(idx).or_default().push(document);
                for actor in &event.actors {
                    representatives
                        .entry((actor.id.as_str(), year))
                        .or_default()
                        .push(idx);
                }
            }
        }
    }
    let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (idx, &group) in group_of.iter().enumerate() {
        // A joined event names its group's first event, which names itself.
        if group != idx {
            groups.entry(group).or_insert_with(|| vec![group]).push(idx);
        }
    }
    // Every event is its own canonical event unless its group says otherwise.
    let mut canonical_of: Vec<usize> = (0..group_of.len()).collect();
    for members in groups.values() {
        let canonical = members
            .iter()
            .copied()
            .min_by(|&a, &b| {
                let key = |i: usize| {
                    (
                        published.get(document_of(&events[i])).copied(),
                        events[i].id.as_str(),
                    )
                };
                // Documents without a date sort after dated ones.
                match (key(a), key(b)) {
                    ((Some(x), id_x), (Some(y), id_y)) => (x, id_x).cmp(&(y, id_y)),
                    ((Some(_), _), (None, _)) => std::cmp::Ordering::Less,
                    ((None, _), (Some(_), _)) => std::cmp::Ordering::Greater,
                    ((None, id_x), (None, id_y)) => id_x.cmp(id_y),
                }
            })
            .unwrap_or(members[0]);
        for &member in members {
            canonical_of[member] = canonical;
        }
    }

    // Each merged report's sources, actors and places join its group's canonical event (copied:
    // merged reports are few), then the merged reports leave the list.
    let mut events = events;
    let mut aliases = Vec::new();
    let mut members_in_order: Vec<&Vec<usize>> = groups.values().collect();
    members_in_order.sort_unstable_by_key(|members| members.first().copied());
    for members in members_in_order {
        for &member in members {
            let canonical = canonical_of[member];
            if canonical == member {
                continue;
            }
            let other = events[member].clone();
            let target = &mut events[canonical];
            aliases.push((other.id, target.id.clone()));
            for source in other.sources {
                // One source per sentence (groups are small, so a scan is cheaper than a set).
                let known = target
                    .sources
                    .iter()
                    .any(|s| s.start == source.start && s.document == source.document);
                if !known {
                    target.sources.push(source);
                }
            }
            for actor in other.actors {
                if !target.actors.contains(&actor) {
                    target.actors.push(actor);
                }
            }
            for place in other.places {
                if !target.places.contains(&place) {
                    target.places.push(place);
                }
            }
        }
    }
    let mut idx = 0;
    events.retain(|_| {
        let keep = canonical_of[idx] == idx;
        idx += 1;
        keep
    });
    (events, aliases)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{ActorRef, Source};
    use crate::when::When;

    fn event(id: &str, document: &str, day: u32, text: &str) -> Event {
        let date = chrono::NaiveDate::from_ymd_opt(2023, 6, day).unwrap_or_default();
        Event {
            id: id.to_string(),
            when: When::day(date),
            headline: text.to_string(),
            kind: EventKind::Event,
            actors: vec![ActorRef {
                id: "thailand".into(),
                name: "Thailand".into(),
            }],
            places: Vec::new(),
            sources: vec![Source {
                document: document.to_string(),
                sentence: 0,
                start: 0,
                end: text.len(),
                text: text.to_string(),
                timex: None,
            }],
            time_text: String::new(),
            inherited: false,
        }
    }

    fn groups(events: Vec<Event>) -> Vec<Vec<String>> {
        let (merged, _) = merge_across_documents(events, &[]);
        merged
            .iter()
            .map(|e| e.sources.iter().map(|s| s.document.clone()).collect())
            .collect()
    }

    #[test]
    fn reports_of_one_happening_merge() {
        let found = groups(vec![
            event(
                "a",
                "d1",
                7,
                "Thai authorities cut power to Shwe Kokko scam compounds",
            ),
            event(
                "b",
                "d2",
                7,
                "Thailand cut power to the Shwe Kokko scam compounds",
            ),
        ]);
        assert_eq!(found, [vec!["d1", "d2"]]);
    }

    #[test]
    fn shared_dates_and_months_are_not_shared_wording() {
        let found = groups(vec![
            event("a", "d1", 7, "On Wednesday June 7 Thailand opened talks"),
            event(
                "b",
                "d2",
                7,
                "On Wednesday June 7 Thailand closed a border crossing",
            ),
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn shared_time_expressions_and_actor_names_are_not_shared_wording() {
        let mut found = Vec::new();
        for (id, document, text) in [
            ("a", "d1", "In the first quarter of 2023 the Thai foreign ministry criticised the junta over rice"),
            ("b", "d2", "In the first quarter of 2023 the Thai foreign ministry met with monks in Myawaddy"),
        ] {
            let mut event = event(id, document, 7, text);
            event.time_text = "In the first quarter of 2023".into();
            event.actors[0].name = "Thai foreign ministry".into();
            found.push(event);
        }
        let found = groups(found);
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn wording_common_to_the_corpus_is_not_shared_wording() {
        let reports: Vec<Event> = (0..MIN_COMMON_REPORTS + 10)
            .map(|n| {
                event(
                    &format!("e{n}"),
                    &format!("d{n}"),
                    7,
                    "Association of Southeast Asian Nations met delegates amid reports of forced labour",
                )
            })
            .collect();
        let n_reports = reports.len();
        assert_eq!(groups(reports).len(), n_reports);
    }

    #[test]
    fn groups_do_not_chain_through_loosely_similar_reports() {
        let found = groups(vec![
            event("a", "d1", 7, "power cut Shwe Kokko compounds generators"),
            event(
                "b",
                "d2",
                7,
                "power cut Shwe Kokko compounds fuel imports border trade",
            ),
            event(
                "c",
                "d3",
                7,
                "fuel imports border trade donation syndicates",
            ),
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0], ["d1", "d2"]);
    }
}
