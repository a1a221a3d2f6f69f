//! Merging the events that several documents report about the same happening.
//!
//! Two events from different documents are the same happening when their dates are compatible
//! (one span lies within the other, and two exact days are the same day), they share an actor,
//! they are of a kind that can coincide (publications never merge), and their sentences are
//! worded alike (enough shared content words). The merged event lists every source.
//!
//! Its id is the id of the source event from the earliest-published document (ties: the smaller
//! id), and every source event's own id stays an alias of it, so a permalink keeps opening the
//! same event whichever document arrives later.

use crate::event::{DocumentInfo, Event, EventKind};
use crate::when::Precision;
use std::collections::{HashMap, HashSet};

/// Words too common to say two sentences are about the same thing.
static STOP_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "that", "this", "these", "those", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "it", "its", "their", "his", "her", "as", "into", "after", "before", "which", "who",
    "said", "says", "also", "but", "not", "than", "more", "over", "about", "would", "will",
];

fn content_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

fn similar_wording(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let shared = a.intersection(b).count();
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

fn shares_actor(a: &Event, b: &Event) -> bool {
    a.actors
        .iter()
        .any(|x| b.actors.iter().any(|y| x.id == y.id))
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
    let words: Vec<HashSet<String>> = events
        .iter()
        .map(|e| content_words(e.sources.first().map_or("", |s| s.text.as_str())))
        .collect();

    // Union-find over candidate pairs; candidates share an actor and a start year.
    let mut parent: Vec<usize> = (0..events.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut by_actor_year: HashMap<(&str, i32), Vec<usize>> = HashMap::new();
    for (idx, event) in events.iter().enumerate() {
        if event.kind == EventKind::Publication {
            continue;
        }
        for actor in &event.actors {
            use chrono::Datelike;
            by_actor_year
                .entry((actor.id.as_str(), event.when.start.year()))
                .or_default()
                .push(idx);
        }
    }
    for bucket in by_actor_year.values() {
        // Large buckets (a prolific actor in a big corpus) are compared within a window of
        // neighbours in date order, which keeps the work linear.
        for (position, &i) in bucket.iter().enumerate() {
            for &j in bucket.iter().skip(position + 1).take(64) {
                if document_of(&events[i]) == document_of(&events[j]) {
                    continue;
                }
                if compatible_dates(&events[i], &events[j])
                    && shares_actor(&events[i], &events[j])
                    && similar_wording(&words[i], &words[j])
                {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if a != b {
                        parent[b] = a;
                    }
                }
            }
        }
    }

    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for idx in 0..events.len() {
        let root = find(&mut parent, idx);
        groups.entry(root).or_default().push(idx);
    }
    let mut canonical_of: HashMap<usize, usize> = HashMap::new();
    for members in groups.values() {
        let canonical = members
            .iter()
            .copied()
            .min_by(|&a, &b| {
                let key = |i: usize| {
                    (
                        published.get(document_of(&events[i])).copied(),
                        events[i].id.clone(),
                    )
                };
                // Documents without a date sort after dated ones.
                match (key(a), key(b)) {
                    ((Some(x), id_x), (Some(y), id_y)) => (x, id_x).cmp(&(y, id_y)),
                    ((Some(_), _), (None, _)) => std::cmp::Ordering::Less,
                    ((None, _), (Some(_), _)) => std::cmp::Ordering::Greater,
                    ((None, id_x), (None, id_y)) => id_x.cmp(&id_y),
                }
            })
            .unwrap_or(members[0]);
        for &member in members {
            canonical_of.insert(member, canonical);
        }
    }

    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    let mut aliases = Vec::new();
    let mut extra_sources: HashMap<usize, Vec<Event>> = HashMap::new();
    for (idx, slot) in slots.iter_mut().enumerate() {
        let canonical = canonical_of.get(&idx).copied().unwrap_or(idx);
        if canonical != idx {
            if let Some(event) = slot.take() {
                extra_sources.entry(canonical).or_default().push(event);
            }
        }
    }
    for (canonical, others) in extra_sources {
        let Some(target) = slots[canonical].as_mut() else {
            continue;
        };
        for other in others {
            aliases.push((other.id.clone(), target.id.clone()));
            for source in other.sources {
                if !target.sources.contains(&source) {
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
    (slots.into_iter().flatten().collect(), aliases)
}
