//! The sentence splitter: never panics; sentences are ordered, non-empty spans on char
//! boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for sentence in annals::sentence::split(text) {
        assert!(sentence.start >= last_end);
        assert!(sentence.start < sentence.end && sentence.end <= text.len());
        assert!(text.is_char_boundary(sentence.start) && text.is_char_boundary(sentence.end));
        last_end = sentence.end;
    }
});
