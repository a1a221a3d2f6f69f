//! The seed document: the four events the user named, with the right dates, and no bogus events.

use crate::support::{seed_index, seeds_dir};
use annals::index::TimelineQuery;

fn find<'a>(
    index: &'a annals::index::Index,
    quote: &str,
    edtf: &str,
) -> Option<&'a annals::event::Event> {
    index
        .events()
        .iter()
        .find(|e| e.when.edtf == edtf && e.sources.iter().any(|s| s.text.contains(quote)))
}

#[test]
fn the_four_key_events_have_the_right_dates() {
    let index = seed_index();
    let coup = find(&index, "The 2021 military coup in Myanmar", "2021").expect("the coup, 2021");
    assert!(coup.actors.iter().any(|a| a.id == "myanmar-military"));
    let visit = find(
        &index,
        "Qin Gang announced in May during his visit",
        "2023-05",
    )
    .expect("Qin Gang's visit, May 2023");
    assert!(visit.actors.iter().any(|a| a.id == "qin-gang"));
    find(
        &index,
        "the junta issued orders to Thailand that electricity be cut to Shwe Kokko",
        "2023-06-01/2023-06-10",
    )
    .expect("the junta's power-cut order, early June 2023");
    let thai = find(
        &index,
        "When the Thai authorities took action on June 7",
        "2023-06-07",
    )
    .expect("the Thai power cut, 7 June 2023");
    assert!(thai.actors.iter().any(|a| a.id == "thailand"));
    let repatriation = find(
        &index,
        "swiftly brought back to China on June 19",
        "2023-06-19",
    )
    .expect("the repatriation, 19 June 2023");
    assert!(repatriation.actors.iter().any(|a| a.id == "china"));
}

#[test]
fn headings_durations_and_repeated_captions_make_no_events() {
    let index = seed_index();
    for event in index.events() {
        let text = &event.sources[0].text;
        assert_ne!(text, "A Complicated Bilateral Relationship");
        assert!(
            !text.starts_with("For months"),
            "duration became an event: {text}"
        );
    }
    let caption = "Chinese visitors are taken into Myanmar by motorbikes";
    let n_caption = index
        .events()
        .iter()
        .filter(|e| e.sources[0].text.starts_with(caption))
        .count();
    assert_eq!(
        n_caption, 1,
        "the caption printed twice must give one event"
    );
    // The copy of the caption is the second occurrence; the event points at the first.
    let document_text =
        std::fs::read_to_string(seeds_dir().join("000_9e1ccc0db0abd50c.txt")).expect("seed text");
    let first = document_text.find(caption).expect("caption in text");
    let event = index
        .events()
        .iter()
        .find(|e| e.sources[0].text.starts_with(caption))
        .expect("caption event");
    assert_eq!(event.sources[0].start, first);
}

#[test]
fn sources_are_exact_byte_spans_of_the_document() {
    let index = seed_index();
    let document_text =
        std::fs::read_to_string(seeds_dir().join("000_9e1ccc0db0abd50c.txt")).expect("seed text");
    assert!(!index.events().is_empty());
    for event in index.events() {
        for source in &event.sources {
            assert_eq!(
                document_text.get(source.start..source.end),
                Some(source.text.as_str()),
                "event {}",
                event.id
            );
        }
    }
}

#[test]
fn every_event_of_an_actor_filter_involves_the_actor() {
    let index = seed_index();
    for actor in ["qin-gang", "china", "thailand", "border-guard-force"] {
        let query = TimelineQuery::parse(&format!("actor={actor}")).expect("query");
        let filtered: Vec<&str> = index.filter(&query).map(|e| e.id.as_str()).collect();
        let expected: Vec<&str> = index
            .events()
            .iter()
            .filter(|e| e.actors.iter().any(|a| a.id == actor))
            .map(|e| e.id.as_str())
            .collect();
        assert!(!filtered.is_empty(), "{actor} has events");
        assert_eq!(filtered, expected, "{actor}");
    }
}

#[test]
fn ids_survive_a_rebuild_and_new_documents() {
    let first = seed_index();
    let again = seed_index();
    let ids = |index: &annals::index::Index| -> Vec<String> {
        index.events().iter().map(|e| e.id.clone()).collect()
    };
    assert_eq!(ids(&first), ids(&again));

    // The seed plus a second document, loaded in a different folder.
    let seed_text = std::fs::read(seeds_dir().join("000_9e1ccc0db0abd50c.txt")).expect("seed");
    let seed_meta = std::fs::read(seeds_dir().join("000_9e1ccc0db0abd50c.toml")).expect("meta");
    let actors = std::fs::read(seeds_dir().join("actors.toml")).expect("actors");
    let folder = crate::support::corpus(
        "ids",
        &[
            ("000_9e1ccc0db0abd50c.txt", &seed_text),
            ("000_9e1ccc0db0abd50c.toml", &seed_meta),
            ("actors.toml", &actors),
            (
                "aaa_first.txt",
                b"On 3 March 2022, Thailand closed a border crossing near Myawaddy.",
            ),
        ],
    );
    let bigger = annals::load_index(&folder).expect("loads");
    for id in ids(&first) {
        assert!(bigger.event(&id).is_some(), "permalink {id} lost");
    }
    assert!(bigger.events().len() > first.events().len());
}
