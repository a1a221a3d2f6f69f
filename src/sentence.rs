//! Sentence splitting: the second step of the pipeline (documents → **sentences** → time
//! expressions → events → index → web).
//!
//! [`split`] cuts a document's text into [`Sentence`]s that keep their byte offsets, so every event
//! can point at the exact bytes it came from. A line break always ends a sentence (lines are
//! paragraphs, headings, captions or list items in the documents Annals reads); a blank line also
//! starts a new paragraph. Inside a line, a sentence ends at `.`, `!` or `?` (with any closing
//! quotes or brackets) followed by white space and a capital, digit or opening quote, unless the
//! word before the stop is a known abbreviation ("Feb. 6, 2014", "Ms. Deng", "U.S. President") or
//! an initial ("Priscilla A. Clapp").
//!
//! It does not know about headings or captions; the event step decides what a line is.

use serde::Serialize;

/// The longest sentence [`split`] returns, in bytes. Longer runs of text without a sentence end
/// are cut into pieces (at white space when there is some).
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// One sentence of a document: a byte span of the document's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Position of the sentence in its document, from 0.
    pub index: usize,
    /// Index of the paragraph (a run of lines without a blank line between) the sentence is in.
    pub paragraph: usize,
    /// Index of the line the sentence is on, from 0.
    pub line: usize,
    /// First byte, inclusive.
    pub start: usize,
    /// Last byte, exclusive.
    pub end: usize,
}

impl Sentence {
    /// The sentence's text, given its document's text.
    pub fn text<'a>(&self, document_text: &'a str) -> &'a str {
        document_text.get(self.start..self.end).unwrap_or("")
    }
}

/// Words that end with a full stop without ending the sentence (compared case-insensitively,
/// without the stop). Single letters ("A.", "U.S." piecewise) are handled apart.
static ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr",
    "maj", "sgt", "adm", "rev", "hon", "pres", "st", "sr", "jr", "messrs", "mmes", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "co", "ltd", "bros", "no",
    "nos", "vs", "v", "etc", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "approx",
    "est", "dept", "univ", "ave", "blvd", "fig", "vol", "pp", "cf", "al", "mt", "ft", "sq", "ca",
];

fn is_abbreviation(word: &str) -> bool {
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    // An initial ("A." in "Priscilla A. Clapp") or a dotted acronym ("U.S", "D.C").
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        // "c." (circa) is the one lowercase letter that ends with a stop mid-sentence.
        return first.is_uppercase() || first == 'c';
    }
    if word.len() <= 6 && word.contains('.') && word.split('.').all(|piece| piece.len() == 1) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«')
}

/// Splits `text` into sentences, trimming white space from each. Never panics; offsets always fall
/// on char boundaries.
///
/// ```
/// use annals::sentence::split;
/// let text = "Ms. Deng left on Feb. 6, 2014. She came back.\nA heading";
/// let pieces: Vec<&str> = split(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(pieces, ["Ms. Deng left on Feb. 6, 2014.", "She came back.", "A heading"]);
/// ```
pub fn split(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut paragraph = 0usize;
    let mut saw_text_in_paragraph = false;
    let mut line_start = 0usize;
    for (line_idx, line) in text.split('\n').enumerate() {
        let line_end = line_start + line.len();
        if line.trim().is_empty() {
            if saw_text_in_paragraph {
                paragraph += 1;
                saw_text_in_paragraph = false;
            }
        } else {
            saw_text_in_paragraph = true;
            split_line(
                text,
                line_start,
                line_end,
                line_idx,
                paragraph,
                &mut sentences,
            );
        }
        line_start = line_end + 1;
    }
    sentences
}

fn push_trimmed(
    text: &str,
    start: usize,
    end: usize,
    line: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let Some(piece) = text.get(start..end) else {
        return;
    };
    let leading = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let mut start = start + leading;
    let end = start + trimmed.len();
    // A run of text without stops (a table dump, a minified page) is cut into pieces of at most
    // MAX_SENTENCE_BYTES, at white space where there is some, so every later step does bounded
    // work per sentence and nothing is dropped.
    while end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &text[start + MAX_SENTENCE_BYTES / 2..cut];
        if let Some(space) = window.rfind(char::is_whitespace) {
            cut = start + MAX_SENTENCE_BYTES / 2 + space;
        }
        let piece_end = start + text[start..cut].trim_end().len();
        if piece_end > start {
            out.push(Sentence {
                index: out.len(),
                paragraph,
                line,
                start,
                end: piece_end,
            });
        }
        let rest = &text[cut..end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if end > start {
        out.push(Sentence {
            index: out.len(),
            paragraph,
            line,
            start,
            end,
        });
    }
}

fn split_line(
    text: &str,
    line_start: usize,
    line_end: usize,
    line: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let Some(line_text) = text.get(line_start..line_end) else {
        return;
    };
    let mut sentence_start = 0usize;
    let bytes = line_text.as_bytes();
    let mut from = 0usize;
    // Stops are ASCII, so they are found byte-wise (never inside a multi-byte character).
    while let Some(offset) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr3(b'.', b'!', b'?', rest))
    {
        let pos = from + offset;
        let c = char::from(bytes[pos]);
        // Swallow repeated stops and closing quotes/brackets: `?”` `...` `.)`.
        let mut end = pos + 1;
        for next in line_text[end..].chars() {
            if matches!(next, '.' | '!' | '?') || is_closing(next) {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        from = end;
        // A boundary needs white space, then a capital, digit or opening quote.
        let rest = &line_text[end..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() || after_space.is_empty() {
            continue;
        }
        let Some(next_char) = after_space.chars().next() else {
            continue;
        };
        if !(next_char.is_uppercase() || next_char.is_ascii_digit() || is_opening(next_char)) {
            continue;
        }
        if c == '.' {
            let word_start = line_text[..pos]
                .char_indices()
                .rev()
                .find(|&(_, ch)| ch.is_whitespace() || is_opening(ch))
                .map(|(i, ch)| i + ch.len_utf8())
                .unwrap_or(0);
            let word = &line_text[word_start..pos];
            if is_abbreviation(word) {
                continue;
            }
        }
        push_trimmed(
            text,
            line_start + sentence_start,
            line_start + end,
            line,
            paragraph,
            out,
        );
        sentence_start = end;
    }
    push_trimmed(
        text,
        line_start + sentence_start,
        line_end,
        line,
        paragraph,
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let found: Vec<&str> = split(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(found, expected, "input: {text:?}");
    }

    #[test]
    fn splits_on_stops_followed_by_capitals() {
        check("One. Two! Three? four.", &["One.", "Two!", "Three? four."]);
        check("He said “go.” Then left.", &["He said “go.”", "Then left."]);
        check(
            "It rose 5.5 percent. Next.",
            &["It rose 5.5 percent.", "Next."],
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "Mong La, Myanmar, Feb. 6, 2014. Since then.",
            &["Mong La, Myanmar, Feb. 6, 2014.", "Since then."],
        );
        check("“Ms. Deng” recounts it.", &["“Ms. Deng” recounts it."]);
        check(
            "China’s Xi Jinping and U.S. President Joe Biden met.",
            &["China’s Xi Jinping and U.S. President Joe Biden met."],
        );
        check(
            "By: Priscilla A. Clapp; Ye",
            &["By: Priscilla A. Clapp; Ye"],
        );
        check(
            "It was founded c. 1150 and rebuilt ca. 1600. Then it fell.",
            &[
                "It was founded c. 1150 and rebuilt ca. 1600.",
                "Then it fell.",
            ],
        );
    }

    #[test]
    fn lines_and_paragraphs() {
        let text = "Title\n\nFirst para. Second sentence.\nSame para\n\n\nNew para";
        let sentences = split(text);
        let found: Vec<(usize, usize, &str)> = sentences
            .iter()
            .map(|s| (s.paragraph, s.line, s.text(text)))
            .collect();
        assert_eq!(
            found,
            [
                (0, 0, "Title"),
                (1, 2, "First para."),
                (1, 2, "Second sentence."),
                (1, 3, "Same para"),
                (2, 6, "New para"),
            ]
        );
        assert_eq!(sentences[2].index, 2);
    }

    #[test]
    fn runs_without_stops_are_cut_into_bounded_pieces() {
        let text = "word ".repeat(3000) + "end.";
        let sentences = split(&text);
        assert!(sentences.len() >= 3);
        let mut covered = String::new();
        for sentence in &sentences {
            assert!(sentence.end - sentence.start <= MAX_SENTENCE_BYTES);
            let piece = sentence.text(&text);
            assert!(!piece.starts_with(' ') && !piece.ends_with(' '));
            covered.push_str(piece);
            covered.push(' ');
        }
        assert_eq!(covered.trim_end(), text, "nothing is lost");
        let no_spaces = "é".repeat(5000);
        for sentence in split(&no_spaces) {
            assert!(no_spaces.is_char_boundary(sentence.start));
            assert!(sentence.end - sentence.start <= MAX_SENTENCE_BYTES);
        }
    }

    proptest! {
        #[test]
        fn spans_are_char_boundaries_in_order(text in "\\PC{0,200}") {
            let sentences = split(&text);
            let mut last_end = 0;
            for sentence in &sentences {
                prop_assert!(text.is_char_boundary(sentence.start));
                prop_assert!(text.is_char_boundary(sentence.end));
                prop_assert!(sentence.start < sentence.end);
                prop_assert!(sentence.start >= last_end);
                last_end = sentence.end;
            }
        }
    }
}
