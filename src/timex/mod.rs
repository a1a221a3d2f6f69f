//! Time expressions: the third step of the pipeline (documents → sentences → **time expressions**
//! → events → index → web).
//!
//! INTERFACE ONLY in this commit: the grammar, lexicon, resolution and TimeML reader/writer land
//! in the tagger's own commits. The types below are the contract the rest of Annals builds on.

use crate::when::{Precision, When};
use chrono::NaiveDate;

/// The four TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TimeML spelling: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How relative expressions are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Domain {
    /// Against the document creation time, with the tense of the sentence.
    #[default]
    News,
    /// Against the last explicit date mentioned before the expression.
    Narrative,
}

/// The document creation time that relative expressions are anchored to, with its precision
/// (a document known only to be from July 2023 has a month anchor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub date: NaiveDate,
    pub precision: Precision,
}

/// One time expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// First byte of the expression in the text given to the tagger, inclusive.
    pub start: usize,
    /// Last byte, exclusive.
    pub end: usize,
    pub kind: TimexType,
    /// The TimeML value: `2023-06-19`, `2020-SU`, `P2W`, `PRESENT_REF`, `XXXX-WI`, ...
    pub value: String,
    /// The TimeML `mod` attribute: `START`, `MID`, `END`, `APPROX`, `BEFORE`, ...
    pub modifier: Option<&'static str>,
    /// The calendar span for DATE and TIME values that name one, else `None`.
    pub when: Option<When>,
    /// True when the value was resolved from the anchor or an earlier date rather than read
    /// whole from the text ("in May", "last year", "the next day").
    pub relative: bool,
}
