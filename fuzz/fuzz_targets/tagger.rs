//! The temporal tagger: never panics, spans on char boundaries inside the text, and the result
//! depends only on the text and the anchor date.
#![no_main]

use annals::timex::{self, Anchor, Domain};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (bool, u16, &str)| {
    let (narrative, day, text) = input;
    let base = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("date");
    let anchor = Anchor::day(base + chrono::Days::new(u64::from(day) % 20_000));
    let domain = if narrative { Domain::Narrative } else { Domain::News };
    let found = timex::tag_text(text, anchor, domain);
    for timex in &found {
        assert!(timex.start < timex.end && timex.end <= text.len());
        assert!(text.is_char_boundary(timex.start) && text.is_char_boundary(timex.end));
    }
    assert_eq!(found, timex::tag_text(text, anchor, domain));
});
