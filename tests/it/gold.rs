//! The seed against its hand-made gold timeline (tests/data/seed-events.toml, a copy of the
//! shared gold): a self-contained version of the scoring in `scripts/evaluate.sh`, so a clone
//! without ../shared still checks the extraction. Rules as the shared `event-eval` states them:
//! an event locates a gold item when its source contains the quote (at the annotated, first
//! occurrence) or overlaps it by half; dates are compared as inclusive day intervals.

use crate::support::seed_index;
use annals::event::Event;
use annals::when::When;
use chrono::NaiveDate;

#[derive(serde::Deserialize)]
struct Gold {
    document: GoldDocument,
    event: Vec<GoldEvent>,
    not_event: Vec<NotEvent>,
}

#[derive(serde::Deserialize)]
struct GoldDocument {
    dct_estimate: String,
}

#[derive(serde::Deserialize)]
struct GoldEvent {
    id: String,
    quote: String,
    date: String,
    key: bool,
    kind: String,
}

#[derive(serde::Deserialize)]
struct NotEvent {
    quote: String,
}

fn gold() -> Gold {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seed-events.toml");
    let text = std::fs::read_to_string(path).expect("gold file");
    toml::from_str(&text).expect("gold parses")
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The inclusive day interval of an EDTF date; an open end is `None`.
fn interval(edtf: &str) -> (NaiveDate, Option<NaiveDate>) {
    let when = When::parse_edtf(edtf).unwrap_or_else(|| panic!("gold date {edtf} parses"));
    let open = edtf.ends_with("/..");
    (when.start, (!open).then_some(when.end))
}

fn locates(event: &Event, document: &str, quote: &str) -> bool {
    let Some(first) = document.find(quote) else {
        return false;
    };
    let (q_start, q_end) = (first, first + quote.len());
    event.sources.iter().any(|source| {
        let overlap = source
            .end
            .min(q_end)
            .saturating_sub(source.start.max(q_start));
        let contains = normalise(&source.text).contains(&normalise(quote));
        // A text match counts at the annotated (first) occurrence only.
        let at_first = source.start <= q_start + quote.len() && q_start < source.end + quote.len();
        (contains && at_first) || overlap * 2 >= quote.len()
    })
}

fn date_correct(event: &Event, gold: &GoldEvent, dct: &str) -> bool {
    let (lo, hi) = (event.when.start, event.when.end);
    let (g_lo, g_hi) = interval(&gold.date);
    match g_hi {
        None => lo == g_lo,
        Some(g_hi) => {
            let inside = g_lo <= lo && hi <= g_hi;
            (lo == g_lo && hi == g_hi)
                || (inside && matches!(gold.kind.as_str(), "event" | "statistic"))
                || (inside && gold.date == dct)
        }
    }
}

#[test]
fn the_seed_meets_the_gold_targets() {
    let gold = gold();
    let index = seed_index();
    let document = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_9e1ccc0db0abd50c.txt"
    ))
    .expect("seed text");
    let events = index.events();
    let dct = gold.document.dct_estimate.as_str();

    let mut correct = 0;
    let mut misses = Vec::new();
    for item in &gold.event {
        let ok = events
            .iter()
            .any(|e| locates(e, &document, &item.quote) && date_correct(e, item, dct));
        if ok {
            correct += 1;
        } else {
            misses.push(item.id.as_str());
        }
        if item.key {
            assert!(ok, "key event {} must be exact", item.id);
        }
    }
    let recall = correct as f64 / gold.event.len() as f64;
    eprintln!("gold: date-correct recall {recall:.3}, missed {misses:?}");
    assert!(
        recall >= 0.9,
        "date-correct recall {recall:.3}; missed {misses:?}"
    );

    let locating = events
        .iter()
        .filter(|e| gold.event.iter().any(|g| locates(e, &document, &g.quote)))
        .count();
    let precision = locating as f64 / events.len() as f64;
    assert!(precision >= 0.9, "precision {precision:.3}");

    for not_event in &gold.not_event {
        for (start, _) in document.match_indices(&not_event.quote) {
            let end = start + not_event.quote.len();
            for event in events {
                let overlaps = event.sources.iter().any(|s| s.start < end && start < s.end);
                let located = gold
                    .event
                    .iter()
                    .any(|g| locates(event, &document, &g.quote));
                assert!(
                    !overlaps || located,
                    "event {} comes from a not-event: {:?}",
                    event.id,
                    not_event.quote
                );
            }
        }
    }
}
