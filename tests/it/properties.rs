//! Property tests of the parts that read untrusted text: the query-string parser, the sentence
//! splitter, the tagger and the HTML reducer never panic, and their spans fall on char boundaries
//! inside their input. The same functions are fuzzed by the targets in `fuzz/`.

use annals::index::TimelineQuery;
use annals::timex::{self, Anchor, Domain};
use proptest::prelude::*;

/// Text made of pieces that matter to the parsers, mixed with any characters.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("On 3 March 2021".to_string()),
        Just(" the junta met. ".to_string()),
        Just("Feb. 6, 2014".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("last week".to_string()),
        Just("2023-07-04".to_string()),
        Just("Q1 2023".to_string()),
        Just("early June".to_string()),
        Just("\u{200f}\u{200d}e\u{301}👩\u{200d}👩".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S.".to_string()),
        Just("\"".to_string()),
        Just("<p>".to_string()),
        Just("&amp;".to_string()),
        Just("&#x1F4A5;".to_string()),
        "\\PC{0,12}",
        "[0-9 ./-]{0,8}",
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn query_string() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("actor"),
        Just("place"),
        Just("kind"),
        Just("from"),
        Just("to"),
        Just("q"),
        Just("page"),
        Just("x"),
    ];
    let value = prop_oneof![
        Just("2023".to_string()),
        Just("2023-05".to_string()),
        Just("2023-02-30".to_string()),
        Just("event".to_string()),
        Just("china".to_string()),
        Just("%FF%FE".to_string()),
        Just("0".to_string()),
        Just("18446744073709551616".to_string()),
        "[a-z0-9%+&=-]{0,12}",
        "\\PC{0,6}",
    ];
    proptest::collection::vec((key, value), 0..10).prop_map(|pairs| {
        pairs
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn query_parse_never_panics_and_round_trips(raw in query_string()) {
        if let Ok(query) = TimelineQuery::parse(&raw) {
            prop_assert!(query.page >= 1);
            let again = TimelineQuery::parse(&query.to_query_string())
                .expect("a printed query parses");
            prop_assert_eq!(
                TimelineQuery { page: query.page, ..again },
                query
            );
        }
    }

    #[test]
    fn query_parse_takes_any_bytes(raw in "\\PC{0,80}") {
        let _ = TimelineQuery::parse(&raw);
    }

    #[test]
    fn sentences_are_ordered_spans_on_char_boundaries(text in texty()) {
        let mut last_end = 0;
        for sentence in annals::sentence::split(&text) {
            prop_assert!(sentence.start >= last_end);
            prop_assert!(sentence.start < sentence.end && sentence.end <= text.len());
            prop_assert!(text.is_char_boundary(sentence.start));
            prop_assert!(text.is_char_boundary(sentence.end));
            last_end = sentence.end;
        }
    }

    #[test]
    fn tagger_never_panics_and_spans_stay_inside(text in texty(), narrative in any::<bool>()) {
        let anchor = Anchor::day(chrono::NaiveDate::from_ymd_opt(2023, 7, 1).expect("date"));
        let domain = if narrative { Domain::Narrative } else { Domain::News };
        let found = timex::tag_text(&text, anchor, domain);
        for timex in &found {
            prop_assert!(timex.start < timex.end && timex.end <= text.len());
            prop_assert!(text.is_char_boundary(timex.start) && text.is_char_boundary(timex.end));
        }
        // The tagger depends only on the text and the anchor.
        prop_assert_eq!(found, timex::tag_text(&text, anchor, domain));
    }

    #[test]
    fn html_reduction_never_panics(html in texty()) {
        let page = annals::document::html_to_text(&html);
        prop_assert_eq!(page.text.trim(), page.text.as_str());
    }
}
