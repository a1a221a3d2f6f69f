//! Time expressions: the third step of the pipeline (documents → sentences → **time expressions**
//! → events → index → web).
//!
//! A rule-based English TIMEX3 tagger. [`Tagger::tag_sentence`] cuts a sentence into tokens
//! (`rules::tokenize`), reads time expressions off them with a hand-written grammar where the
//! longest match wins (`rules`), and anchors relative ones (`resolve`) to the document creation
//! time ([`Domain::News`]) or to the last date mentioned ([`Domain::Narrative`]). `timeml` writes
//! and reads TimeML documents.
//!
//! # Accepted grammar
//!
//! - **Dates**: "June 19", "19 June", "Feb. 6, 2014", "Thursday, July 20, 2023", "the 5th of
//!   May", "May 2023", "2021", "fiscal 1998", "fiscal year 2011", "1998-08-07", "8/7/98"; a
//!   month or weekday alone after a preposition ("in May", "on Friday"), resolved with the
//!   sentence's tense; "this/last/next week|month|year|quarter|November|Friday|summer",
//!   "Monday last week", "Thursday of last week", "yesterday", "today", "tomorrow", "the next
//!   day", "the following year", "that day", "a year ago", "two years ago", "a year earlier";
//!   seasons ("summer of 2020" → `2020-SU`, "the winter of 1951–52" → `1951-WI`); quarters
//!   and halves ("the
//!   third quarter", "third-quarter", "the first quarter of the year", "the first half of
//!   1998"); decades and centuries ("the 1990s" → `199`, "the '90s", "the 20th century" → `19`,
//!   "the 1st century BC" → `BC00`, "the 15th and 16th centuries", "the 2000s" → `200`, "the
//!   late seventies" → `197` END, "the nineteen seventies", "the mid-90s", "the 1970's");
//!   codes ("Q3 2023" → `2023-Q3`, "H1 2024", "FY2023", "FY23" → `2023`); a day of the month
//!   being talked about ("on the 25th"); holidays ("Christmas Day", "Thanksgiving", "Election
//!   Day", "Presidents' Day", "All Saints' Day", "St Crispin's Day", "Armistice Day", "V-E
//!   Day", "D-Day" (in a history), "Boxing Day", "Epiphany", "Michaelmas", "St Patrick's
//!   Day", "St Andrew's Day", "St John's Eve" (a saint's day from a table), "Valentine's Day", "May Day", "at New Year 1915", "over the New Year" (not "the Chinese
//!   New Year"), "Good Friday", "Palm Sunday", "Passion Sunday", "Ash Wednesday", "Easter
//!   week", "Easter Monday 1916", "spent Christmas 1942", "by Christmas of 1914", from the
//!   Gregorian Easter, the Julian one before 1583; a weekday written with a day of a history
//!   before 1582 is checked against the Julian calendar; a day the sentence names as one: "25
//!   March has been celebrated as Independence Day" → `XXXX-03-25`); a weekday counted in a month
//!   ("the last Sunday of November", "the first Monday of March 1922"); vague
//!   references ("now", "currently" → `PRESENT_REF`, "recently", "the past", "recent years" →
//!   `PAST_REF`, "the future" → `FUTURE_REF`); eras ("44 BC" → `BC0044`, "AD 70", "10 January
//!   49 BC" → `BC0049-01-10`); "January this year", "3 March the following year", "in May that
//!   year", "year-end", "the year-ago quarter", "this year's third quarter", "Ten years ago
//!   today" (the day), "the spring of the next year"; ranges where the
//!   first date borrows from the second ("from 4 to 7 June 1942", "June 4–7, 1942",
//!   "July–October 1940"); a period related to a day ("the day after June 3" → the 4th, "the
//!   week of March 6" → its ISO week, "the first week of August 1914" → the week of the 4th);
//!   "the turn of the century" (the nearest turn, or the one named: "of the 20th century" →
//!   `1900`, `APPROX`); a month or day "of" a year counted from the last ("October of the
//!   previous year", "November 25 of that year", "the autumn of that year", "That November",
//!   "That same month"); quarters named by their months ("the January-March quarter") or
//!   counted ("the first two quarters of 1990" → `1990-H1`); in a narrative, both ends of a
//!   year range ("(1950–53)" → `1950`, `1953`; "(218–201 BC)").
//! - **Modifiers**: "early 2023" (`START`), "mid-1996" (`MID`), "late November", "the end of last
//!   year" (`END`), "earlier this year"; "about three weeks" (`APPROX`), "more than a year"
//!   (`MORE_THAN`), "less than", "at least" (`EQUAL_OR_MORE`), "up to", "nearly", "almost";
//!   "c. 1150", "ca. 1600", "circa 1850", "around 1900", "around Nov. 1" (`APPROX`); "six
//!   months or longer" (`EQUAL_OR_MORE`), "a week or less"; before a date counted back or on they say
//!   where the date lies: "about two years ago" is the year with `APPROX`, "more than four
//!   decades ago" the year with `BEFORE`; the first or last stretch of a period written out
//!   is its start or end ("the first half of the 20th century" → `19` `START`, "the second
//!   half of January" → the month with `END`, "the last weeks of 1944" → `1944` `END`).
//! - **Times**: "9 a.m.", "9:30 p.m. EST", "noon", "4 in the morning", "half past nine", "a
//!   quarter to six", "0600 hours", "1430 GMT", "9 a.m. on February 5th", "Friday at 9
//!   a.m.", "this morning", "Friday night", "tonight", "that evening", "last night", "the next
//!   morning", "at dawn on 6 June 1944", "at first light", "from late morning", "one o'clock in
//!   the afternoon" (`T13:00`), "Christmas night", "at 4:45 the next morning", "three nights
//!   later"; minutes or hours counted from a clock time ("about two hours later" after "4
//!   p.m." → `T18:00`), and a morning time after an evening one is the next day's; in a narrative,
//!   counted weeks from a day are a day ("a week later" after 24 October 1912 is
//!   `1912-10-31`), and a part of
//!   a day named by its date is one time ("the morning of 6 June 1944" → `1944-06-06TMO`, "the
//!   night of 8–9 February", "the early hours of 7 December"), where news corpora tag the date
//!   alone.
//! - **Durations**: "two weeks" (`P2W`), "three-day" (`P3D`), "5 1/2 hours" (`PT5H30M`), "a
//!   decade" (`P10Y`), "several years" / "for months" (`PXY`, `PXM`), "the past three years"
//!   (`P3Y`), "the first nine months" (`P9M`), "recent months", "over the next decade"
//!   (`P10Y`), "a half-hour" (`PT30M`), units as one ("2 hours, 26 minutes" → `PT2H26M`,
//!   "two years and three months" → `P2Y3M`, "2 hours, 8 minutes, 24 seconds"), a race time
//!   ("won in 2:25:07" → `PT2H25M7S`), a range ("two to three weeks" → `P2W`, `EQUAL_OR_MORE`).
//! - **Sets**: "every year" (`P1Y`), "every two weeks", "every few days" (`PXD`), "each season",
//!   "every December 7", "every 17 November" (`XXXX-11-17`), "every year on 13 March", "on 9
//!   May each year", "16 December annually", "every Sunday" (`XXXX-WXX-7`), "weekly", "daily",
//!   "annually", "twice a year", "twice daily", "every Nov. 22", a rate after a count
//!   ("300,000 shells a day" → `P1D`), so much of a longer period ("six days a week" → `P1W`).
//!
//! Not time expressions: "may" and "March" as verbs or nouns ("it may rain", "the march"), a
//! season inside a name or before a noun ("Arab Spring", "the spring revolution"), bare numbers
//! ("as young as 15"), counts and money ("464,000 cases", "$1990", "some 1800 Jordanian
//! soldiers", "a 2000 kilometer march"), "the first time", a march or a fall of something
//! ("his March to the Sea", "the fall of Saigon"), some weekday ("met on a Sunday"), "to last
//! two days" (the verb); in news, ages ("52 years old", "a 10-year-old boy"), which histories
//! have as lengths (`P52Y`), as TIMEX2 marks them.
//!
//! ```
//! use annals::timex::{tag_text, Anchor, Domain};
//! use annals::when::Precision;
//! use chrono::NaiveDate;
//!
//! let dct = Anchor { date: NaiveDate::from_ymd_opt(2023, 6, 19).unwrap(), precision: Precision::Day };
//! let values = |text: &str| -> Vec<String> {
//!     tag_text(text, dct, Domain::News).into_iter().map(|t| t.value).collect()
//! };
//! assert_eq!(values("They met on Feb. 6, 2014 and again last year."), ["2014-02-06", "2022"]);
//! assert_eq!(values("Sales fell in the first quarter."), ["2023-Q1"]);
//! assert_eq!(values("It lasted two weeks, every year."), ["P2W", "P1Y"]);
//! assert_eq!(values("The talks ended at the end of last year."), ["2022"]);
//! assert_eq!(values("It may rain."), Vec::<String>::new());
//! ```
//!
//! # Anchoring
//!
//! In [`Domain::News`] a year-less date, a weekday or a month goes to the side of the document
//! creation time that the tense of the nearest verb points to ("on Tuesday" in "said on Tuesday"
//! is the Tuesday before, in "will meet on Tuesday" the one after; "by August" points forward).
//! In [`Domain::Narrative`] everything is counted from the last date mentioned, and the story is
//! assumed to run forward ("30 April" after "16 December 1944" is in 1945), unless the past
//! perfect looks back ("had been signed in April"). A weekday is the one nearest the story's
//! day ("By Friday" after Wednesday 17 October is the 19th); after a range ("from August 7,
//! 1942, to February 9, 1943") a year-less date inside it is read from its start, "the next
//! day" from its end; a background year ("Planning had started in 1943") holds only for its
//! sentence. An anchor coarser
//! than a day never gains day precision ("today" against a month anchor is a day of that month,
//! `2023-07-XX`, which the timeline shows as the month). The tense comes from the verb the
//! expression hangs on ("Officials who met on Sunday will meet again"), not from past a clause
//! join or a "that" opening a reported clause; holidays follow it too ("They met on
//! Thanksgiving").
//!
//! The tagger never fails, never reads the clock and never panics; every span falls on char
//! boundaries of the text it was given.

pub mod lexicon;
pub mod resolve;
pub mod rules;
pub mod timeml;

use crate::when::{Precision, When};
use chrono::{Datelike, NaiveDate};
use lexicon::class;
use resolve::{Context, Reference, Tense};
use rules::{Kind, Token};

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
    /// True when only the year came from the anchor or an earlier date: the text names the
    /// month or the day ("5 March", "in May", "Christmas"). False for weekdays and shifts
    /// ("Tuesday", "last month"), whose whole value comes from the anchor.
    pub names_month: bool,
    /// True when the sentence puts the date ahead of its own time: a future tense ("will open
    /// in May") or a deadline in a sentence that is not past ("by August", "must halve by
    /// 2030"). Such a date is not reported as having happened.
    pub ahead: bool,
}

impl Anchor {
    /// A day anchor.
    pub fn day(date: NaiveDate) -> Anchor {
        Anchor {
            date,
            precision: Precision::Day,
        }
    }
}

/// Tags sentence after sentence, remembering the last date mentioned (the narrative reference)
/// and the last quarter talked about.
#[derive(Debug, Clone)]
pub struct Tagger {
    anchor: Anchor,
    domain: Domain,
    reference: Option<Reference>,
    last_quarter: Option<(i32, u32)>,
    /// Whether that quarter was talked about in the past tense (its results reported).
    last_quarter_reported: bool,
    /// The range the story has just named ("from August 7, 1942, to February 9, 1943"): its
    /// start and end. The reference is its end ("the next day" counts from it), but a year-less
    /// date that falls inside it is read from its start ("On the night of August 8" is 1942's).
    range: Option<(Reference, Reference)>,
    /// The day "the first day" of a story is, once it has counted one ("On the second day ...
    /// On the third day" count from the same start).
    ordinal_base: Option<Reference>,
    /// The background date the last sentence with expressions ended on, when the story's date
    /// was restored after it: a shift opening the next sentence counts from it ("The fleet had
    /// left Libau on 15 October 1904. Six days later ...").
    last_background: Option<Reference>,
    /// The last day the story said something began on ("The war began on 6 October", "from 5
    /// to 10 June"): "the sixth day" counts from it.
    began: Option<Reference>,
    /// The day, hour and minute (of a clock time) of the last clock time or part of a day (a
    /// night named as one is hour 24 without a minute): a clock time of the morning told after
    /// one of the evening on that day is the next day's ("arrived at 11 p.m. Saturday and left
    /// at 3 a.m.", "the night of 18–19 April ... at dawn").
    last_clock: Option<(NaiveDate, u32, Option<u32>)>,
    /// Whether the text has named America so far: its Independence Day is 4 July.
    american: bool,
    /// The last reference at a year or finer: a year-less day or month told while the
    /// reference is a decade or century takes its year from it ("Memoirs published in the
    /// 1990s describe the meeting held on 5 October" in a story of 1973).
    year_story: Option<Reference>,
    /// The reference a winter at the end of its year set ("that winter" after "the spring of
    /// 1811", dated 1 December): while the story is at it, later months are the next year's.
    winter: Option<Reference>,
    /// The years of the section heading the story is under ("1917", "1957–1960").
    heading: Option<(i32, i32)>,
    /// How often the whole text writes each year from 1000 to 2199 in four digits, when the
    /// tagger was given the text ([`Tagger::surveying`]): the years a history dwells on.
    years_told: Option<Vec<u16>>,
}

impl Tagger {
    /// A tagger for one document written at `dct`.
    pub fn new(dct: Anchor, domain: Domain) -> Tagger {
        Tagger {
            anchor: dct,
            domain,
            reference: None,
            last_quarter: None,
            last_quarter_reported: false,
            range: None,
            ordinal_base: None,
            last_background: None,
            began: None,
            last_clock: None,
            american: false,
            year_story: None,
            winter: None,
            heading: None,
            years_told: None,
        }
    }

    /// The tagger, told how often `text`, the whole document, writes each year in four digits
    /// (one pass over its bytes): a day far ahead of the story in a year the text seldom tells
    /// is an aside.
    pub fn surveying(mut self, text: &str) -> Tagger {
        let mut counts = vec![0u16; 1200];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let bounded = (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
                && bytes.get(i).is_none_or(|b| !b.is_ascii_alphanumeric());
            if bounded && i - start == 4 {
                let year = bytes[start..i]
                    .iter()
                    .fold(0usize, |n, b| n * 10 + usize::from(b - b'0'));
                if let Some(count) = year.checked_sub(1000).and_then(|k| counts.get_mut(k)) {
                    *count = count.saturating_add(1);
                }
            }
        }
        self.years_told = Some(counts);
        self
    }

    /// A fresh tagger at `dct` for the rest of the same document (after a dateline): the
    /// survey of the document's years is kept, not taken again.
    pub fn restarted(&self, dct: Anchor) -> Tagger {
        Tagger {
            years_told: self.years_told.clone(),
            ..Tagger::new(dct, self.domain)
        }
    }

    /// Whether the surveyed text writes `year` less often than `story`.
    fn told_less(&self, year: i32, story: i32) -> bool {
        let count = |y: i32| {
            let counts = self.years_told.as_ref()?;
            usize::try_from(y - 1000)
                .ok()
                .and_then(|k| counts.get(k).copied())
        };
        matches!((count(year), count(story)), (Some(a), Some(b)) if a < b)
    }

    /// Tags one sentence; offsets are relative to `sentence`. Updates the narrative reference
    /// date.
    pub fn tag_sentence(&mut self, sentence: &str) -> Vec<Timex> {
        let tokens = rules::tokenize(sentence);
        // A line of years alone ("1917", "1957–1960") heads a section of a history: its
        // dates stay within those years.
        // (Checked word by word first: most sentences fail at their first token.)
        let year_line = tokens.len() <= 3
            && tokens.iter().all(|t| {
                (t.kind == Kind::Number && t.text.len() == 4) || matches!(t.text, "-" | "–" | "—")
            });
        let year_at = |t: Option<&Token<'_>>| {
            t.filter(|t| t.kind == Kind::Number)
                .and_then(|t| t.text.parse::<i32>().ok())
        };
        let heading = if year_line {
            year_at(tokens.first()).zip(year_at(tokens.last()))
        } else {
            None
        };
        if let (Domain::Narrative, Some(years)) = (self.domain, heading) {
            self.heading = Some(years);
        }
        let mut exprs = rules::parse_in(&tokens, self.domain == Domain::Narrative);
        // Independence Day is 4 July in America; a history of another nation keeps its own.
        if self.domain == Domain::Narrative && !self.american {
            self.american = tokens.iter().any(|t| {
                t.text.starts_with(['A', 'U'])
                    && (matches!(t.text, "American" | "Americans" | "America" | "U.S." | "US")
                        || (t.text == "United" && tokens.iter().any(|s| s.text == "States")))
            });
        }
        // A game's quarters and halves, and its clock ("early in the third quarter", "with
        // 2:40 left"), are no dates.
        let quarters = |e: &rules::Expr| {
            e.kind == TimexType::Duration
                && matches!(&e.core, rules::Core::Fixed(v) if v.ends_with('Q'))
        };
        let game_period = |e: &rules::Expr| {
            matches!(
                e.core,
                rules::Core::Quarter {
                    year: rules::YearSpec::Tense,
                    ..
                }
            ) || matches!(e.time, Some(rules::TimeOfDay::Clock(..)))
                || quarters(e)
        };
        let game = exprs.iter().any(game_period)
            && (tokens
                .iter()
                .any(|t| lexicon::contains(lexicon::GAME_WORDS, t.text))
                // A score ("led 28-6 early in", "tied 72-72 after"; not "5-6 percent").
                || tokens.windows(4).any(|w| {
                    w[0].kind == Kind::Number
                        && w[0].text.len() <= 3
                        && w[1].text == "-"
                        && w[2].kind == Kind::Number
                        && w[2].text.len() <= 3
                        && !w[1].space_before
                        && !w[2].space_before
                        && (w[3].kind == Kind::Punct
                            || lexicon::contains(
                                &[
                                    "lead", "win", "victory", "loss", "defeat", "early", "late",
                                    "in", "at", "with", "after", "when", "over",
                                ],
                                w[3].text,
                            ))
                })
                // A game's clock: "with 1:50 remaining".
                || exprs.iter().any(|e| {
                    matches!(e.time, Some(rules::TimeOfDay::Clock(..)))
                        && tokens
                            .get(e.last)
                            .is_some_and(|t| lexicon::contains(&["left", "remaining"], t.text))
                }));
        if game {
            exprs.retain(|e| {
                let period = matches!(
                    e.core,
                    rules::Core::Quarter {
                        year: rules::YearSpec::Tense,
                        ..
                    }
                );
                let clock = matches!(e.time, Some(rules::TimeOfDay::Clock(..)))
                    && tokens
                        .get(e.last)
                        .is_some_and(|t| lexicon::contains(&["left", "remaining"], t.text));
                !(period || clock || quarters(e))
            });
        }
        // "Castro's 26th of July Movement", "6th of October City": a date naming a body or a
        // place.
        exprs.retain(|e| {
            !(e.kind == TimexType::Date
                && matches!(e.core, rules::Core::Calendar { day: Some(_), .. })
                // (Capitalized: "on 5 June city officials met" is a date.)
                && tokens.get(e.last).is_some_and(|t| {
                    [
                        "Movement", "City", "Bridge", "Street", "Square", "Avenue", "Road",
                        "Stadium", "Park", "University",
                    ]
                    .contains(&t.text)
                }))
        });
        if self.domain == Domain::Narrative && !self.american {
            exprs.retain(|e| {
                !(matches!(e.core, rules::Core::Holiday { month: 7, day: 4 })
                    && tokens[e.first].text == "Independence")
            });
        }
        if exprs.is_empty() {
            return Vec::new();
        }

        let tenses = token_tenses(&tokens, &exprs);
        let mut found = Vec::with_capacity(exprs.len());
        // Per expression found: the unit it counts from the story in ("two years later").
        let mut counted_units = Vec::with_capacity(exprs.len());
        let after_background = self.last_background.take();
        // "The war began on 6 October", "The offensive opened on 1 February": the day it began
        // (not "reserves began to arrive").
        let begins_here = self.domain == Domain::Narrative
            && tokens.iter().enumerate().any(|(i, t)| {
                lexicon::contains(BEGINNING_VERBS, t.text)
                    && tokens.get(i + 1).is_none_or(|next| next.text != "to")
            });
        // Whether an earlier expression of this sentence set the reference.
        let mut set_here = false;
        // Whether the last date of this sentence was a background date: the end of a range
        // it begins is background too ("a war that lasted from 1618 to 1648").
        let mut previous_background = false;
        // The story's date to return to after a sentence that named a background date.
        let mut restore: Option<Option<Reference>> = None;
        let mut until_range = None;
        // The story's date when a background date was named inside a relative clause ("Haig,
        // who had replaced French the previous December, wanted to wait until August"): after
        // the clause, year-less dates are the story's again (shifts still count from the
        // background: "which had risen by the end of 1968, began to fall the following summer").
        let mut clause_story: Option<Option<Reference>> = None;
        // Whether that background date was a look back in the past perfect.
        let mut flashback_here = false;
        // The story's date before a year naming a thing set the reference ("the 1967
        // ceasefire line"): year-less dates after it in the sentence read from it.
        let mut attributive_story: Option<Option<Reference>> = None;
        // A year this sentence has named outright ("In 2011, the storm hit in August"), and
        // the token after it.
        let mut sentence_year: Option<(Reference, usize, bool)> = None;
        // The tokens of the expression before this one.
        let mut previous: Option<(usize, usize)> = None;
        // The date the expression before this one named.
        let mut previous_named: Option<Reference> = None;
        // That date, when the expression was "that year" or "that month" (with "earlier" or
        // "later").
        let mut that_period: Option<Reference> = None;
        // "The siege began on 20 June and lasted until its relief on 14 August 1900": the year a
        // later full date of the sentence gives a year-less one before it, when the sentence
        // runs from one to the other ("until", "till", "through", "to").
        // "Zeira would later be dismissed in April 1974": "would later" says the clause looks
        // ahead of the story.
        let later_word = if self.domain == Domain::Narrative {
            tokens
                .windows(2)
                .position(|w| {
                    w[0].text.eq_ignore_ascii_case("would")
                        && w[1].text.eq_ignore_ascii_case("later")
                })
                .map(|k| k + 1)
        } else {
            None
        };
        let year_ahead = years_ahead(&tokens, &exprs, self.domain);
        let dated_range = dated_ranges(&tokens, &exprs, self.domain);
        for ((mut expr, year_ahead), in_dated_range) in
            exprs.into_iter().zip(year_ahead).zip(dated_range)
        {
            // (Not a year far from the story's: "crossed the river on May 1, a record that
            // stood until November 1942" in a story of 1863.)
            let year_ahead = year_ahead.filter(|year| {
                self.reference
                    .is_none_or(|story| (year - story.date.year()).abs() <= 1)
            });
            // A year of three digits written alone in a story told before Christ ("In 218 BC
            // ... defected in 216") is before Christ too, when near the story's year.
            // "the Disaster of '98" in a story of 1898: a two-digit year is of the story's
            // century.
            if let (Domain::Narrative, Some(story), rules::Core::Fixed(value)) =
                (self.domain, self.reference, &expr.core)
            {
                let apostrophe = tokens
                    .get(expr.first)
                    .is_some_and(|t| t.text == "'" || t.text == "’");
                if let (true, 4, Ok(year)) = (apostrophe, value.len(), value.parse::<i32>()) {
                    let nearest = [year - 100, year, year + 100]
                        .into_iter()
                        .min_by_key(|y| (y - story.date.year()).abs())
                        .unwrap_or(year);
                    if nearest != year {
                        expr.core = rules::Core::Fixed(format!("{nearest:04}"));
                    }
                }
            }
            if let (Domain::Narrative, Some(story), rules::Core::Fixed(value)) =
                (self.domain, self.reference, &expr.core)
            {
                let bare = expr.last == expr.first + 1
                    && tokens
                        .get(expr.first)
                        .is_some_and(|t| t.kind == Kind::Number && t.text.len() == 3);
                let story_bc = 1 - story.date.year();
                if bare && story_bc > 0 {
                    if let Ok(year) = value.parse::<i32>() {
                        if year <= story_bc + 50 {
                            expr.core = rules::Core::Fixed(format!("BC{year:04}"));
                        }
                    }
                }
            }
            if !tenses.relative[expr.first] {
                if let Some(story) = clause_story.take() {
                    attributive_story = attributive_story.or(Some(story));
                }
            }
            // "Mafeking, besieged since 13 October": a state begun before the date it is told
            // at, even one of the sentence's background ("Kimberley had been relieved a
            // fortnight earlier, and Mafeking, besieged since 13 October").
            let awaited = awaited(&tokens, &expr);
            let since = self.domain == Domain::Narrative
                && expr.first > 0
                && tokens[expr.first - 1].text.eq_ignore_ascii_case("since");
            // "will reopen after the New Year holiday" on 3 January: a holiday of the last
            // week, after which things resume, is over.
            let holiday_over = self.domain == Domain::News
                && after_recent_holiday(&tokens, &expr, self.anchor.date);
            let holiday_ahead = self.domain == Domain::News
                && before_coming_holiday(&tokens, &expr, self.anchor.date);
            let mut context = Context {
                anchor: self.anchor,
                domain: self.domain,
                reference: self.reference,
                last_quarter: self.last_quarter,
                last_quarter_reported: self.last_quarter_reported,
                flashback: past_perfect_before(&tokens, expr.first, self.domain)
                    || (self.domain == Domain::Narrative
                        && (opens_past_perfect_clause(&tokens, &tenses, &expr) || since)),
                // What began before a background date began before it too.
                in_background: restore.is_some() && !since,
                past_verb: past_verb_governs(&tenses, expr.first),
                after_winter: self.reference.is_some() && self.reference == self.winter,
                heading: self.heading,
                // (... or by the clock times told on it: "At 10 p.m. on 5 June 1944 the fleet
                // sailed. At 6:30 a.m. the landings began.")
                reference_here: set_here
                    || self.last_clock.is_some_and(|(day, ..)| {
                        self.reference
                            .is_some_and(|reference| reference.date == day)
                    }),
                // "Wednesday's ruling" is over, unless the sentence looks ahead soon after it
                // ("Thursday's meeting will be important", "After Sunday's games, the focus
                // will shift"; not "would get around Wednesday's ruling") or it is awaited.
                // ("compared with its December forecast": a month a thing of someone's is
                // dated by is over too.)
                // (Nor "expected large crowds at Sunday's Mass": looked ahead to; not "will
                // fight Wednesday's ruling", a ruling made.)
                tense: if holiday_over
                    || (expr.past || possessed_month(&tokens, &expr))
                        && !(expr.last..tenses.words.len().min(expr.last + 10)).any(|i| {
                            matches!(tenses.words[i], Some((Tense::Future, false)))
                                && !tenses.relative[i]
                        })
                        && !tokens[expr.first.saturating_sub(6)..expr.first]
                            .iter()
                            .any(|t| {
                                lexicon::contains(
                                    &["expected", "expect", "expects", "awaited", "anticipated"],
                                    t.text,
                                )
                            })
                        && !awaited
                {
                    Tense::Past
                } else if awaited || holiday_ahead {
                    Tense::Future
                } else {
                    let tense = tense_at(&tenses, expr.first, expr.last);
                    // "will release February retail sales data": a month naming the period
                    // figures cover is one already over.
                    let names_figures = matches!(
                        expr.core,
                        rules::Core::Month {
                            dir: rules::Dir::Tense,
                            ..
                        }
                    ) && (tokens
                        .get(expr.last)
                        .is_some_and(|t| lexicon::contains(lexicon::FIGURES_WORDS, t.text))
                        // "profit for the October-December period": a period figures cover.
                        || tokens
                            .iter()
                            .skip(expr.last)
                            .take(3)
                            .any(|t| t.text.eq_ignore_ascii_case("period")));
                    // "expected to show a further rise for March", "sales for March": the month
                    // figures are for, the nearest such.
                    let figures_for = matches!(
                        expr.core,
                        rules::Core::Month {
                            dir: rules::Dir::Tense,
                            ..
                        }
                    ) && (expr.first >= 2
                        && tokens[expr.first - 1].text.eq_ignore_ascii_case("for")
                        && (names_figures_word(&tokens[expr.first - 2])
                            || lexicon::contains(
                                &[
                                    "rise", "fall", "increase", "decrease", "decline", "gain",
                                    "drop", "jump", "growth", "deficit", "surplus",
                                ],
                                tokens[expr.first - 2].text,
                            )));
                    // "crude for May delivery": a contract month is still to come.
                    let contract_month = matches!(
                        expr.core,
                        rules::Core::Month {
                            dir: rules::Dir::Tense,
                            ..
                        }
                    ) && tokens.get(expr.last).is_some_and(|t| {
                        lexicon::contains(&["delivery", "contract", "contracts", "futures"], t.text)
                    });
                    // "plans to launch the drug in the first quarter", written in December: a
                    // quarter a thing will happen in. Not one figures are for ("will report
                    // first-quarter results", "results for the fourth quarter").
                    let quarter_of_figures = matches!(
                        expr.core,
                        rules::Core::Quarter {
                            year: rules::YearSpec::Tense,
                            ..
                        }
                    ) && !(expr.first > 0
                        && tokens[expr.first].text.eq_ignore_ascii_case("the")
                        && lexicon::contains(
                            &["in", "during", "by", "before", "until"],
                            tokens[expr.first - 1].text,
                        )
                        && !tokens.get(expr.last).is_some_and(names_figures_word));
                    // "is scheduled to report fourth-quarter results", written in January: a
                    // fourth quarter figures are for, early in a year, is last year's, whatever
                    // the tense (other quarters ahead of the calendar's are mostly fiscal ones:
                    // "will report second-quarter results in April", written in January).
                    let figures_quarter = matches!(
                        expr.core,
                        rules::Core::Quarter {
                            code: 'Q',
                            number: 4,
                            year: rules::YearSpec::Tense,
                        }
                    ) && self.anchor.date.month() <= 3
                        && (tokens.get(expr.last).is_some_and(names_figures_word)
                            || (expr.first >= 2
                                && tokens[expr.first - 1].text.eq_ignore_ascii_case("for")
                                && names_figures_word(&tokens[expr.first - 2])));
                    let tense = if names_figures || figures_quarter {
                        Tense::Past
                    } else if contract_month {
                        Tense::Future
                    } else if (figures_for || quarter_of_figures) && tense == Tense::Future {
                        Tense::Present
                    } else {
                        tense
                    };
                    match deadline(&tokens, &expr) {
                        // "had filed reports by Wednesday": a weekday deadline in a past
                        // sentence is past; "has given them until Tuesday" is still ahead.
                        // "was closed until at least Saturday", "The plant stayed open until
                        // December": a state that may go on past the report, so the nearest
                        // such day or month ("will double its flights by August" stays ahead).
                        kind @ (Deadline::Weekday | Deadline::Month)
                            if tense == Tense::Past
                                && !present_perfect_before(&tokens, expr.first) =>
                        {
                            let until = deadline_word(&tokens, expr.first)
                                .is_some_and(|t| lexicon::contains(&["until", "till"], t.text));
                            // "did not reach the tanker until Friday afternoon": what was
                            // waited for came then, already past; "had fallen to $32 billion
                            // by the end of May": reached by then.
                            let negated = until && negated_before(&tokens, expr.first - 1);
                            // ("By the end of April it had enrolled 7,000 patients" too.)
                            let reached = !until
                                && (past_perfect_before(&tokens, expr.first, self.domain)
                                    || past_perfect_soon_after(&tokens, expr.last));
                            match (until, kind) {
                                _ if negated || reached => Tense::Past,
                                (true, _) => Tense::Present,
                                (false, Deadline::Weekday) => Tense::Past,
                                (false, _) => Tense::Future,
                            }
                        }
                        Deadline::Month | Deadline::Weekday | Deadline::Postponed => Tense::Future,
                        Deadline::None => tense,
                    }
                },
            };
            // "Mafeking, besieged since 13 October, would be relieved on 17 May": what is still
            // to come after a background date counts from the story, not from the background.
            if self.domain == Domain::Narrative && context.tense == Tense::Future {
                if let Some(Some(story)) = restore {
                    context.reference = Some(story);
                    context.in_background = false;
                }
            }
            // "The fleet had left Libau on 15 October 1904. Six days later it fired on
            // trawlers.": a shift opening the sentence after a background date counts from it.
            if let Some(background) = after_background {
                // "In July 1758 Montcalm had repulsed a British army. The tide turned later
                // that year.": so does the sentence's first year or month counted from the last
                // date, wherever it stands (a clock time there is the story's).
                let opening_shift = previous.is_none()
                    && match expr.core {
                        rules::Core::Shift {
                            base: rules::Base::Reference,
                            unit,
                            ..
                        } => {
                            expr.first <= 1
                                || matches!(unit, lexicon::Unit::Year | lexicon::Unit::Month)
                        }
                        _ => false,
                    };
                // "Barbarossa had begun on 22 June 1941. Army Group North had advanced, and by
                // early August it had reached the Luga": the look back goes on in the past
                // perfect from where it was.
                let flashback_goes_on = context.flashback
                    && !set_here
                    && restore.is_none()
                    && takes_year_from_story(&expr.core);
                if opening_shift || flashback_goes_on {
                    context.reference = Some(background);
                }
                // ... and runs forward from it ("The war had begun on 30 November 1939. During
                // December and January the Red Army had suffered" is 1939 and 1940).
                if flashback_goes_on {
                    context.in_background = true;
                }
            }
            // "Honecker, who had led the country since 1971, was forced out nine days later":
            // days are not counted from a background year but from the story's day.
            if let (Some(Some(story)), Some(now)) = (restore, context.reference) {
                let counts_days = matches!(
                    expr.core,
                    rules::Core::Shift {
                        unit: lexicon::Unit::Day | lexicon::Unit::Week,
                        base: rules::Base::Reference,
                        ..
                    }
                );
                if counts_days
                    && now.granularity >= resolve::Granularity::Month
                    && story.granularity == resolve::Granularity::Day
                {
                    context.reference = Some(story);
                }
            }
            let story_year = match attributive_story {
                Some(story) if takes_year_from_story(&expr.core) => {
                    context.reference = story;
                    true
                }
                _ => false,
            };
            if let Some(year) = year_ahead {
                if let Some(date) = NaiveDate::from_ymd_opt(year, 1, 1) {
                    context.reference = Some(Reference {
                        date,
                        granularity: resolve::Granularity::Year,
                    });
                }
            }
            // In news, a month, quarter or season without a year after a year the same
            // sentence named outright is of that year, unless it lies ahead: "In 2009 the bank
            // lost money in the third quarter" is 2009's quarter.
            let yearless = matches!(
                expr.core,
                rules::Core::Month {
                    dir: rules::Dir::Tense,
                    ..
                } | rules::Core::Calendar { year: None, .. }
                    | rules::Core::Holiday { .. }
                    | rules::Core::Easter { year: None, .. }
                    | rules::Core::Quarter {
                        year: rules::YearSpec::Tense,
                        ..
                    }
                    | rules::Core::Season {
                        year: rules::YearSpec::Tense,
                        ..
                    }
            );
            // "rose 5 percent in 1998 from a year earlier": counted from the year named, not
            // from the report's (so is "a decade earlier").
            let year_earlier = matches!(
                expr.core,
                rules::Core::Shift {
                    unit: lexicon::Unit::Year | lexicon::Unit::Decade,
                    n: ..0,
                    base: rules::Base::Anchor,
                }
            ) && tokens
                .get(expr.last.wrapping_sub(1))
                .is_some_and(|t| t.text.eq_ignore_ascii_case("earlier"));
            // Only when the year opens the sentence or no comma stands between: not "approved
            // in 1987 that didn't specify an amount, it had bought shares through Sept. 29".
            if let Some((year, after, opens)) = sentence_year {
                // ... or the date counts from it: "on December 21, 1988, four days before
                // Christmas".
                let counted_from = expr.first > 0
                    && lexicon::contains(&["before", "after"], tokens[expr.first - 1].text);
                // ... or set beside it: "collapsed in 1994, on Oct. 11".
                let apposed = after + 2 == expr.first
                    && tokens[after].text == ","
                    && lexicon::contains(&["on", "in"], tokens[after + 1].text);
                let same_clause = opens
                    || counted_from
                    || apposed
                    || !tokens[after..expr.first.max(after)]
                        .iter()
                        .any(|t| t.text == ",");
                if yearless
                    && same_clause
                    && self.domain == Domain::News
                    && context.tense != Tense::Future
                {
                    context.domain = Domain::Narrative;
                    context.reference = Some(year);
                }
                if let (true, rules::Core::Shift { base, .. }) = (year_earlier, &mut expr.core) {
                    *base = rules::Base::Reference;
                    context.reference = Some(year);
                }
            }
            // "the third day" after "the second day" counts from the same start; the first
            // one counted counts from the day something began, when the story is no more
            // than ten days past it and the day counted is not before the story's ("began on
            // 5 June ... On 9 June ... On the sixth day" is 10 June), and "On 11 February, the
            // fourth day" is that day.
            if let Some(n) = expr.ordinal_day {
                let apposed = previous
                    .is_some_and(|(_, last)| last + 1 == expr.first && tokens[last].text == ",")
                    && self
                        .reference
                        .is_some_and(|r| r.granularity == resolve::Granularity::Day);
                if apposed {
                    self.ordinal_base = self.reference.and_then(|r| {
                        r.date
                            .checked_sub_days(chrono::Days::new(u64::try_from(n - 1).ok()?))
                            .map(|date| Reference { date, ..r })
                    });
                }
                if let Some(base) = self.ordinal_base {
                    context.reference = Some(base);
                } else {
                    // ... and only forward: the counted day is not before the story's.
                    let began = self.began.filter(|began| {
                        context.reference.is_some_and(|now| {
                            let behind = (now.date - began.date).num_days();
                            // ("the first day" is the day it began, even told the day after
                            // it: "began on 1 July ... the next morning ... casualties on the
                            // first day".)
                            (0..=10).contains(&behind) && (n > behind || (n == 1 && behind == 1))
                        })
                    });
                    // Right after a range ("fought from 1 July to 18 November 1916. The first
                    // day of the battle"), the days count from its start.
                    let range_start = self
                        .range
                        .filter(|(start, _)| start.granularity == resolve::Granularity::Day)
                        .map(|(start, _)| start);
                    self.ordinal_base = range_start.or(began).or(context.reference);
                    context.reference = self.ordinal_base;
                }
            }
            // "signed on 21 July 1938, three years later", "on 5 June, the next day": a shift
            // set beside a date restates it rather than moving on from it.
            if let (Some((_, last)), Some(date)) = (previous, previous_named) {
                if let rules::Core::Shift {
                    unit,
                    n,
                    base: rules::Base::Reference,
                } = expr.core
                {
                    let apposed = last + 1 == expr.first && tokens[last].text == ",";
                    if apposed && n != 0 {
                        expr.core = rules::Core::Shift {
                            unit,
                            n: 0,
                            base: rules::Base::Reference,
                        };
                        context.reference = Some(date);
                    }
                }
            }
            if self.domain == Domain::Narrative
                && takes_year_from_story(&expr.core)
                && context
                    .reference
                    .is_some_and(|r| r.granularity >= resolve::Granularity::Decade)
                && self.year_story.is_some()
            {
                context.reference = self.year_story;
            }
            // "Earlier that year, on 6 April, the United States had declared war": a date set
            // after "that year" or "that month" in its sentence is in that period.
            if let (Domain::Narrative, Some(period)) = (self.domain, that_period) {
                if takes_year_from_story(&expr.core) {
                    context.reference = Some(period);
                }
            }
            let from_range_start = match self.range {
                Some((start, end))
                    if self.domain == Domain::Narrative
                        && takes_year_from_story(&expr.core)
                        && year_ahead.is_none() =>
                {
                    let mut from_start = context;
                    from_start.reference = Some(start);
                    // ... or in the two months before it, half a year in the past perfect:
                    // "fought from 21 February to 18 December 1916 ... originally scheduled for
                    // 12 February", "which had been advancing since 22 June" lead up to it.
                    let days = if context.flashback { 183 } else { 62 };
                    let lead_in = start.date.checked_sub_days(chrono::Days::new(days));
                    resolve::resolve(&expr, &from_start).filter(|(_, named)| {
                        named.is_some_and(|n| {
                            lead_in.is_some_and(|lead_in| n.date >= lead_in)
                                && (n.date <= end.date || resolve::contains(end, n.date))
                        })
                    })
                }
                _ => None,
            };
            // "The battle was fought on 13 September 1847. The war had begun in April 1846.
            // Congress declared war on May 13.": after a sentence looking back, a year-less date
            // the story would put behind itself (or far ahead of it) goes on from the look back
            // when it falls within it or in the four months after it.
            let from_background = match (after_background, context.reference) {
                (Some(background), Some(story))
                    if self.domain == Domain::Narrative
                        && from_range_start.is_none()
                        && previous.is_none()
                        && !context.flashback
                        && year_ahead.is_none()
                        && takes_year_from_story(&expr.core) =>
                {
                    let story_reading = resolve::resolve(&expr, &context);
                    let out_of_story = story_reading
                        .as_ref()
                        .and_then(|(_, named)| *named)
                        .is_some_and(|n| {
                            // (A few weeks behind is the story looking back a little:
                            // "On 16 July ... The first phase, from 10 July".)
                            let behind = (story.date - n.date).num_days() > 31
                                && !resolve::contains(story, n.date)
                                && !resolve::contains(n, story.date);
                            behind || (n.date - story.date).num_days() > 183
                        });
                    let mut from_look_back = context;
                    from_look_back.reference = Some(background);
                    from_look_back.in_background = true;
                    let look_back_reading =
                        resolve::resolve(&expr, &from_look_back).filter(|(_, named)| {
                            out_of_story
                                && named.is_some_and(|n| {
                                    resolve::contains(background, n.date)
                                        || (n.date > background.date
                                            && (n.date - background.date).num_days() <= 120)
                                })
                        });
                    // (Else the story's reading, already made, is the one.)
                    look_back_reading.or(story_reading)
                }
                _ => None,
            };
            // "The quake struck on Thursday. \"We heard voices at dawn,\" said a volunteer": in
            // a report, a bare part of the day or clock time inside a quotation is the
            // speaker's, of the report's day, not the story's last day.
            let speakers_time = self.domain == Domain::News
                && story_day(&expr.core)
                && expr.time.is_some()
                && in_quotation(&tokens, expr.first)
                // (Not one told back to the story: "He told me that night", "at 4 o'clock that
                // morning".)
                && !tokens[expr.first..expr.last].iter().any(|t| {
                    lexicon::contains(
                        &["that", "the", "next", "following", "previous", "same", "those"],
                        t.text,
                    )
                });
            if speakers_time {
                context.reference = Some(Reference {
                    date: self.anchor.date,
                    granularity: resolve::Granularity::Day,
                });
            }
            let Some((value, named)) = from_range_start
                .or(from_background)
                .or_else(|| resolve::resolve(&expr, &context))
            else {
                continue;
            };
            let (value, named) = self.on_the_clock(&tokens, &mut expr, &context, value, named);
            // News copy's "pulled from the water throughout the night", told in the past on
            // the report's day: the night before it (the report's own night is still to come).
            let night_before = self.domain == Domain::News
                && context.tense == Tense::Past
                && expr.time == Some(rules::TimeOfDay::Part("NI"))
                && story_day(&expr.core)
                && value.get(..10) == Some(self.anchor.date.to_string().as_str());
            // (The story stays on the report's day: "by dawn" after it is the report's dawn.)
            let value = match self.anchor.date.pred_opt().filter(|_| night_before) {
                Some(day) => format!("{day}TNI"),
                None => value,
            };
            // "2 April is a public holiday there", "It is held every year from 29 April to 8
            // May": in a history, a day told in the present as one that comes back every year
            // is no year's, and the story stays where it was.
            // (So is a holiday: "Armistice Day has been marked every year since 1919".)
            let (value, mut named) = match expr.core {
                rules::Core::Calendar {
                    year: None,
                    month,
                    day: Some(day),
                }
                | rules::Core::Holiday { month, day }
                    if self.domain == Domain::Narrative
                        && expr.kind == TimexType::Date
                        && recurs_yearly(&tokens, &expr) =>
                {
                    (format!("XXXX-{month:02}-{day:02}"), None)
                }
                _ => (value, named),
            };
            // "Over the winter of 1947–48 ... on 20 March": the story is at the winter's first
            // month, so a later month or season is the next year's ("in late December" is
            // still the first year's).
            if expr.into_next_year && self.domain == Domain::Narrative {
                named = named.map(|n| Reference {
                    date: n.date,
                    granularity: resolve::Granularity::Month,
                });
            }
            let names_year = matches!(
                expr.core,
                rules::Core::Calendar { year: Some(_), .. }
                    | rules::Core::Quarter {
                        year: rules::YearSpec::Explicit(_),
                        ..
                    }
                    | rules::Core::Season {
                        year: rules::YearSpec::Explicit(_),
                        ..
                    }
                    | rules::Core::Shift {
                        unit: lexicon::Unit::Year,
                        base: rules::Base::Anchor,
                        ..
                    }
            ) || matches!(expr.core, rules::Core::Fixed(ref v) if v.len() == 4);
            // "reported record sales for 2012 in January": the year figures are for is not
            // the year of the sentence's other dates.
            let figures_year =
                expr.first > 0 && tokens[expr.first - 1].text.eq_ignore_ascii_case("for");
            if names_year && !figures_year {
                sentence_year = named
                    .filter(|r| r.granularity <= resolve::Granularity::Year)
                    .map(|r| (r, expr.last, expr.first <= 2));
            }
            let (Some(first), Some(last)) = (
                tokens.get(expr.first),
                tokens.get(expr.last.wrapping_sub(1)),
            ) else {
                continue;
            };
            let kind = expr.kind;
            // "at the end of 1917", "in late 1917": in a history the story is at the year's
            // last month ("The volunteers set out on 22 February" is 1918's).
            let named = named.map(|n| {
                let year_end = self.domain == Domain::Narrative
                    && n.granularity == resolve::Granularity::Year
                    && expr.modifier == Some("END")
                    && names_year;
                match NaiveDate::from_ymd_opt(n.date.year(), 12, 1).filter(|_| year_end) {
                    Some(date) => Reference {
                        date,
                        granularity: resolve::Granularity::Month,
                    },
                    None => n,
                }
            });
            if matches!(kind, TimexType::Date | TimexType::Time) {
                if let Some(named) = named {
                    // "the end of the year" after "1 July 1916" keeps the finer reference;
                    // a sentence opening on the year written out ("In 1942, the front was
                    // quiet") starts the year over.
                    let opens_on_year = names_year
                        && expr.first <= 2
                        && named.granularity == resolve::Granularity::Year;
                    let keeps_finer = !opens_on_year
                        && self.reference.is_some_and(|old| {
                            old.granularity < named.granularity
                                && resolve::contains(named, old.date)
                        });
                    // "The previous evening, officers had intercepted a message. Later that
                    // day, ...": a look back a few days is an aside; the story stays where it was.
                    // So is one counted back from the sentence's own date, however coarse: "In
                    // the spring of 1942, after the failures of the previous winter, Hitler
                    // turned south with a directive issued on 5 April".
                    let looks_back = self.reference.is_some()
                        && (matches!(
                            expr.core,
                            rules::Core::Shift {
                                unit: lexicon::Unit::Day | lexicon::Unit::Week,
                                n: ..0,
                                base: rules::Base::Reference,
                            }
                        ) || (self.domain == Domain::Narrative
                            && set_here
                            && counts_back(&expr.core)
                            && self.reference.is_some_and(|old| {
                                named.date < old.date && !resolve::contains(named, old.date)
                            }))
                        // So is a date counted back in a participle set off by commas:
                        // "through the new Yellowstone National Park, created only five years
                        // before," told of August 1877.
                        || (self.domain == Domain::Narrative
                            && participle_aside(&tokens, expr.first)
                            && matches!(expr.core, rules::Core::Shift { n: ..0, .. })
                            && tokens.get(expr.last.wrapping_sub(1)).is_some_and(|t| {
                                lexicon::contains(&["before", "earlier", "ago"], t.text)
                            })
                            && self.reference.is_some_and(|old| {
                                old.granularity <= resolve::Granularity::Month
                                    && named.date < old.date
                                    && !resolve::contains(named, old.date)
                            }))
                        // So is a look years ahead in a relative clause's future of the past:
                        // "Badoglio, who would become prime minister in 1943".
                        || (self.domain == Domain::Narrative
                            && context.tense == Tense::Future
                            && tenses.relative[expr.first]
                            && self.reference.is_some_and(|old| {
                                named.date.year() >= old.date.year() + 2
                            }))
                        // So is a look ahead said to come later ("Zeira would later be dismissed
                        // after the commission published its report in April 1974").
                        || (later_word.is_some_and(|k| {
                                k < expr.first && !clause_break(&tokens[k..expr.first])
                            })
                            && self.reference.is_some_and(|old| {
                                named.date > old.date && !resolve::contains(old, named.date)
                            }))
                        // So is a life's end or start, or a year years off in brackets: "Chard,
                        // who died in 1897", "(he died in January 1873)", "Its hero
                        // (1890–1975)"; not "(12–15 June)", the story's own days.
                        || (self.domain == Domain::Narrative
                            && (in_brackets(&tokens, expr.first)
                                || ((tenses.relative[expr.first]
                                    || participle_aside(&tokens, expr.first))
                                    && life_event_before(&tokens, expr.first)))
                            && self.reference.is_some_and(|old| {
                                (named.date.year() - old.date.year()).abs() >= 2
                            }))
                        // So is a year years ahead in a participle set off by commas ("The
                        // lease, agreed in 1903, remains"), a month planned ahead ("the
                        // invasion, which was scheduled to begin in November 1945"; not "planned
                        // an offensive for 1759", the story's next year) and a look back from
                        // now ("the Huns of a thousand years ago").
                        // So is what a later writer says or how the event is remembered
                        // ("Historians writing in 2008 revised the figures", "a monument was
                        // inaugurated in 1952"), and how long something lasted, told from a
                        // story counting days or months ("a record that stood until the
                        // landings in North Africa in November 1942").
                        || (self.domain == Domain::Narrative
                            && (later_writer_before(&tokens, expr.first)
                                || far_until_before(&tokens, expr.first))
                            && self.reference.is_some_and(|old| {
                                // (A year alone is far enough from a story counting days:
                                // "published an account of the siege in 1864" during 1863's.)
                                let far = if old.granularity == resolve::Granularity::Day
                                    && named.granularity == resolve::Granularity::Year
                                {
                                    1
                                } else {
                                    2
                                };
                                named.date.year() >= old.date.year() + far
                                    && (old.granularity <= resolve::Granularity::Month
                                        || !far_until_before(&tokens, expr.first))
                            }))
                        // So is a year that only bounds a comparison ("the biggest in Europe
                        // between the Franco-Prussian War and 1914").
                        || (self.domain == Domain::Narrative
                            && named.granularity == resolve::Granularity::Year
                            && bounds_comparison(&tokens, expr.first))
                        || (self.domain == Domain::Narrative
                            && participle_aside(&tokens, expr.first)
                            && self.reference.is_some_and(|old| {
                                old.granularity <= resolve::Granularity::Year
                                    && named.date.year() >= old.date.year() + 2
                            }))
                        // So is a day a decade or more ahead of a story counting days, in a
                        // year the text tells less often than the story's ("The International
                        // Court of Justice ruled on 26 February 2007" in a history of 1995).
                        || (self.domain == Domain::Narrative
                            && self.reference.is_some_and(|old| {
                                old.granularity == resolve::Granularity::Day
                                    && named.granularity == resolve::Granularity::Day
                                    && named.date.year() >= old.date.year() + 10
                                    && self.told_less(named.date.year(), old.date.year())
                                    // (Not a death the story goes on to: "Edward reigned in
                                    // peace for the next twelve years. He died on 9 April
                                    // 1483".)
                                    && !life_event_before(&tokens, expr.first)
                            }))
                        || (self.domain == Domain::Narrative
                            && named.granularity <= resolve::Granularity::Month
                            && plan_before(&tokens, expr.first)
                            && self.reference.is_some_and(|old| {
                                named.date > old.date && !resolve::contains(old, named.date)
                            }))
                        || (self.domain == Domain::Narrative
                            && expr.ago
                            && expr.first > 0
                            && tokens[expr.first - 1].text.eq_ignore_ascii_case("of")));
                    // "A bomb exploded Monday, police said Wednesday. The blast came at 9 a.m.":
                    // the day of the report is not the story's; the story stays at the day the
                    // sentence named before it.
                    // (Nor does a speaker's time of day in a quotation move the story.)
                    let attribution = speakers_time
                        || (self.domain == Domain::News
                            && set_here
                            && named.granularity == resolve::Granularity::Day
                            && reported_on(&tokens, expr.first));
                    // "began on 19 September 1944 and lasted until February 1945. The Germans
                    // attacked on 16 December": the end of a span still running is told ahead
                    // of the story, which goes on from the span's start.
                    let runs_until = self
                        .reference
                        .filter(|old| named.date > old.date && !resolve::contains(*old, named.date))
                        // (Years ahead of a story counting days or months, it is an aside.)
                        .filter(|old| {
                            old.granularity > resolve::Granularity::Month
                                || named.date.year() < old.date.year() + 2
                        })
                        .filter(|_| {
                            self.domain == Domain::Narrative
                                && !ends_range(&tokens, previous, &expr)
                                && expr.first.checked_sub(1).is_some_and(|before| {
                                    lexicon::contains(&["until", "till"], tokens[before].text)
                                        && !negated_before(&tokens, before)
                                })
                                && !(tokens.get(expr.last).is_some_and(|t| t.text == ",")
                                    && tokens
                                        .get(expr.last + 1)
                                        .is_some_and(|t| t.text.eq_ignore_ascii_case("when")))
                        });
                    // "began on 24 February 2022, escalating a war that started in 2014", "The
                    // wars had begun in 1803": an earlier, coarser date named as background,
                    // after a date in the same sentence or in the past perfect, is the
                    // reference for the rest of its sentence ("... and returned later that
                    // year") but the story goes on from where it was.
                    // So is any earlier date outside the story's in the past perfect ("In
                    // 1905 the fleet sailed. It had left in October of the previous year.").
                    // So is a look ahead counted in a relative clause ("the execution, whose
                    // picture won the Pulitzer Prize the following year"; not "the Rhine, which
                    // they crossed on 7 March"): the story stays where it was.
                    // So is a death or a later career years ahead of a story counting days or
                    // months ("Hanover capitulated on 27 June. King George V went into exile;
                    // he died in Paris in 1878", "he later became mayor and died there in
                    // 1979"), and a year a century or more ahead of it, inside its sentence
                    // ("Richard's body was found under a car park in 2012"): the rest of the
                    // sentence is at it, the story stays where it was.
                    let aside_ahead = self.domain == Domain::Narrative
                        && self.reference.is_some_and(|old| {
                            old.granularity <= resolve::Granularity::Month
                                // (Not a death on a day the story goes on to: "Edward
                                // reigned for the next twelve years. He died on 9 April
                                // 1483".)
                                && ((named.date.year() >= old.date.year() + 2
                                    && named.granularity >= resolve::Granularity::Month
                                    && (life_event_before(&tokens, expr.first)
                                        || later_career_before(&tokens, expr.first)))
                                    || (named.date.year() >= old.date.year() + 100
                                        && named.granularity >= resolve::Granularity::Year
                                        && expr.first > 2))
                        });
                    let background = aside_ahead
                        || self.reference.is_some_and(|old| {
                            (named.date < old.date
                                && !resolve::contains(named, old.date)
                                && ((named.granularity > old.granularity && set_here)
                                    || (context.flashback && !resolve::contains(old, named.date))))
                                || (self.domain == Domain::Narrative
                                    && tenses.relative[expr.first]
                                    && matches!(
                                        expr.core,
                                        rules::Core::Shift {
                                            base: rules::Base::Reference,
                                            ..
                                        }
                                    )
                                    && named.date > old.date
                                    && !resolve::contains(old, named.date))
                        })
                        || (previous_background
                            && self.domain == Domain::Narrative
                            && (ends_range(&tokens, previous, &expr)
                                || joins_previous(&tokens, previous, &expr)));
                    previous_background = background;
                    // A date read from that background ("Planning had started in 1943, and
                    // the landings had been set for 5 June") is background too.
                    // A year-less date read from the story past a year naming a thing is the
                    // story's again.
                    // But not a date told in the simple past after the story's ("The siege,
                    // which had begun in early November, ended on 26 March"): the story moves
                    // on to it.
                    let story_moves_on = !context.flashback
                        && self.domain == Domain::Narrative
                        && restore
                            .flatten()
                            .is_some_and(|story| named.date > story.date);
                    let from_background =
                        restore.is_some() && !names_year && !story_year && !story_moves_on;
                    // "The 1964 film Zulu ... was released fifteen years later", "back to the
                    // 1967 ceasefire line, and on 11 October": a year naming a thing is what
                    // shifts in its sentence count from, but year-less dates keep the story's
                    // year, and the story goes on from where it was.
                    // So is an earlier full date qualifying a noun ("withdrew behind the line
                    // of 7 November 1959").
                    let qualifies = names_year
                        && qualifies_noun(&tokens, &expr)
                        && self.reference.is_some_and(|old| named.date < old.date);
                    // In news, a dated event named as background ("since the Sept. 11, 2001,
                    // attacks") dates its sentence but not the clock times of the next.
                    // But a later year naming an event the story tells ("the 1910 election,
                    // and was arrested in June" after 1908) moves the story on to it (not one
                    // still to come: "would keep it alive for the 1996 election").
                    let event_ahead = context.tense != Tense::Future
                        && tokens
                            .get(expr.last)
                            .is_some_and(|t| lexicon::contains(lexicon::EVENT_NOUNS, t.text))
                        && self.reference.is_none_or(|old| named.date > old.date);
                    let attributive = (self.domain == Domain::Narrative
                        && ((names_thing(&tokens, &expr) && !event_ahead) || qualifies))
                        || (self.domain == Domain::News
                            && names_year
                            && (names_dated_event(&tokens, &expr) || in_dated_range));
                    // "This year marks an anniversary": the writer's present is not the story's.
                    let writers_present =
                        self.domain == Domain::Narrative && expr.core.names_writers_present();
                    if attributive && !writers_present {
                        attributive_story = attributive_story.or(Some(self.reference));
                        restore = restore.or(Some(self.reference));
                        self.reference = Some(named);
                    } else if background && !writers_present {
                        if restore.is_none() && tenses.relative[expr.first] {
                            clause_story = Some(self.reference);
                        }
                        restore = restore.or(Some(self.reference));
                        // (A look back in a relative clause is no sentence's own: "accepted
                        // Resolution 598, which had been passed on 20 July 1987. Later that
                        // month" counts from the story.)
                        // (Nor is the start of a state still holding: "head of Fighter Command
                        // since July 1936".)
                        // (Nor a look back aside in a sentence that told the story's own
                        // date first: "On 21 June there was an eclipse; a tribune had
                        // predicted it the day before. The next day" counts from 21 June.)
                        flashback_here |= context.flashback
                            && !tenses.relative[expr.first]
                            && !since
                            && !set_here;
                        self.reference = Some(named);
                    } else if let Some(start) = runs_until.filter(|_| !writers_present) {
                        // (It is the rest of its sentence's reference: "remained open until
                        // 2008 and was closed that October".)
                        until_range = Some((start, named));
                        restore = restore.or(Some(self.reference));
                        self.reference = Some(named);
                    } else if !keeps_finer && !looks_back && !attribution && !writers_present {
                        until_range = None;
                        if expr.ordinal_day.is_none() {
                            self.ordinal_base = None;
                        }
                        // A date read from a look back leaves the story's range as it was.
                        if !from_background {
                            self.range = self
                                .reference
                                .filter(|_| ends_range(&tokens, previous, &expr))
                                .map(|start| (start, named));
                            // "The battle lasted until 18 December 1916": a range from that
                            // year's start, as far as anyone can tell.
                            let until = expr.first.checked_sub(1).is_some_and(|before| {
                                lexicon::contains(&["until", "till"], tokens[before].text)
                            });
                            if self.range.is_none()
                                && until
                                && names_year
                                && self.domain == Domain::Narrative
                            {
                                self.range =
                                    NaiveDate::from_ymd_opt(named.date.year(), 1, 1).map(|date| {
                                        let start = Reference {
                                            date,
                                            granularity: resolve::Granularity::Year,
                                        };
                                        (start, named)
                                    });
                            }
                        }
                        if named.granularity == resolve::Granularity::Day {
                            let day_range = self.range.filter(|(start, _)| {
                                start.granularity == resolve::Granularity::Day
                            });
                            if let Some((start, _)) = day_range {
                                self.began = Some(start);
                            } else if begins_here
                                && matches!(expr.core, rules::Core::Calendar { day: Some(_), .. })
                            {
                                self.began = Some(named);
                            }
                        }
                        self.reference = Some(named);
                        set_here = true;
                        if !from_background {
                            restore = None;
                            // (The story has moved on past the clause's look back: "Russia,
                            // which had declared war in April 1828, reached Adrianople in July
                            // 1829, and the treaty was signed on 14 September" is 1829's.)
                            attributive_story = None;
                        }
                    }
                }
                // A quarter named outright becomes the one "the quarter" and "a year
                // earlier" refer to.
                let names_quarter = matches!(
                    expr.core,
                    rules::Core::ThisQuarter { years_back: 0, .. }
                        | rules::Core::Quarter { code: 'Q', .. }
                );
                if names_quarter {
                    if let Some((year, quarter)) = value.split_once("-Q") {
                        if let (Ok(year), Ok(quarter)) = (year.parse(), quarter.parse()) {
                            self.last_quarter = Some((year, quarter));
                            self.last_quarter_reported = context.tense == Tense::Past;
                        }
                    }
                }
            }
            let when = match kind {
                TimexType::Date | TimexType::Time => match expr.part {
                    Some(part) => When::from_timeml(&value, None).map(|w| w.part(part)),
                    None => When::from_timeml(&value, expr.modifier),
                },
                _ => None,
            };
            // A year written out makes a date explicit: "the spring of 1917", "the third
            // quarter of 1998", "the 1988 period".
            let relative = !matches!(
                expr.core,
                rules::Core::Fixed(_)
                    | rules::Core::Calendar { year: Some(_), .. }
                    | rules::Core::Season {
                        year: rules::YearSpec::Explicit(_),
                        ..
                    }
                    | rules::Core::Quarter {
                        year: rules::YearSpec::Explicit(_),
                        ..
                    }
                    | rules::Core::QuarterOfYear { .. }
            ) || matches!(value.as_str(), "PRESENT_REF" | "PAST_REF" | "FUTURE_REF");
            let names_month = matches!(
                expr.core,
                rules::Core::Calendar { .. }
                    | rules::Core::Month { .. }
                    | rules::Core::MonthOfYear { .. }
                    | rules::Core::Holiday { .. }
                    | rules::Core::Easter { .. }
                    | rules::Core::NthWeekday { .. }
            );
            let after_deadline_word =
                expr.first > 0 && lexicon::contains(DEADLINE_WORDS, tokens[expr.first - 1].text);
            // "said ... must halve by 2030": a reporting verb dates the report, not the deadline.
            let ahead = context.tense == Tense::Future
                || (after_deadline_word
                    && tense_at_ignoring_reports(&tenses, expr.first, expr.last) != Tense::Past);
            previous = Some((expr.first, expr.last));
            previous_named = named;
            that_period = named.filter(|n| {
                n.granularity >= resolve::Granularity::Month
                    && matches!(
                        expr.core,
                        rules::Core::Shift {
                            unit: lexicon::Unit::Year | lexicon::Unit::Month,
                            n: 0,
                            base: rules::Base::Reference,
                        }
                    )
            });
            if let Some(r) = self
                .reference
                .filter(|r| r.granularity <= resolve::Granularity::Year)
            {
                self.year_story = Some(r);
            }

            // (Also "the winter of 1811–12", its first month; not a winter told in the present,
            // "older people make less of it in winter".)
            if let (rules::Core::Season { code: "WI", .. }, Some(winter)) = (&expr.core, named) {
                if (winter.date.month() == 12 || expr.into_next_year)
                    && context.tense == Tense::Past
                {
                    self.winter = self.reference.filter(|r| r.date.month() == 12);
                }
            }
            counted_units.push(match expr.core {
                rules::Core::Shift {
                    unit,
                    n,
                    base: rules::Base::Reference,
                } if n != 0 => Some(unit),
                _ => None,
            });
            found.push(Timex {
                start: first.start,
                end: last.end,
                kind,
                value,
                modifier: expr.modifier,
                when,
                relative,
                names_month,
                ahead,
            });
        }
        dated_by_apposition(sentence, &mut found, &counted_units);
        past_midnight(sentence, &mut found);
        // (A span's range holds from the next sentence: the rest of its own counts from its
        // end.)
        if until_range.is_some() {
            self.range = until_range;
        }
        if let Some(story) = restore {
            if flashback_here {
                self.last_background = self.reference;
            }
            self.reference = story;
        }
        // A heading of years ("1957–1960") starts the story at its first.
        if let Some((first, last)) = heading.filter(|(first, last)| first != last) {
            if self.domain == Domain::Narrative {
                self.reference = NaiveDate::from_ymd_opt(first, 1, 1).map(|date| Reference {
                    date,
                    granularity: resolve::Granularity::Year,
                });
                self.range = None;
                self.heading = Some((first, last));
            }
        }
        found
    }

    /// Clock times against the last one: a bare morning clock time after an evening one on
    /// the same day is the next day's (past midnight), and minutes or hours counted from a
    /// clock time are a clock time. Remembers the clock time for the next expression.
    fn on_the_clock(
        &mut self,
        tokens: &[Token<'_>],
        expr: &mut rules::Expr,
        context: &Context,
        value: String,
        named: Option<Reference>,
    ) -> (String, Option<Reference>) {
        // Past midnight: a bare morning clock time after an evening one on the same day.
        let hour = match expr.time {
            Some(rules::TimeOfDay::Clock(hour, _)) => Some(hour),
            // ("the night", "the early hours" may be either side of midnight: a night is only
            // remembered as one before the morning of its day: "the night of 18–19 April ...
            // at dawn", below.)
            Some(rules::TimeOfDay::Part(part)) => match part {
                "MO" => Some(8),
                "AF" => Some(14),
                "EV" => Some(19),
                _ => None,
            },
            None => None,
        };
        // (A night named as one: "the night of 18–19 April", "that night"; not "the early
        // hours of 6 October", already past midnight.)
        let night = matches!(expr.time, Some(rules::TimeOfDay::Part("NI")))
            && tokens[expr.first..expr.last]
                .iter()
                .any(|t| t.text.eq_ignore_ascii_case("night"))
            && !tokens[expr.first..expr.last]
                .iter()
                .any(|t| lexicon::contains(&["early", "small", "hours", "late"], t.text));
        // (Not "8:30 p.m. local time (7:30 a.m. EDT)": the same moment elsewhere.)
        let in_brackets = expr.first > 0 && tokens[expr.first - 1].text == "(";
        let on_the_day = story_day(&expr.core);
        let bare_clock =
            !in_brackets && matches!(expr.time, Some(rules::TimeOfDay::Clock(..))) && on_the_day;
        // "marched on the night of 18–19 April 1775. They reached Lexington at dawn": in a
        // history, the morning after a night is the next day's.
        // (Not a morning of a day named after it: "in the early morning hours of the 30th".)
        let morning_after_night = context.domain == Domain::Narrative
            && on_the_day
            && matches!(expr.time, Some(rules::TimeOfDay::Part("MO")))
            && !tokens
                .get(expr.last)
                .is_some_and(|t| lexicon::contains(&["of", "hours"], t.text))
            && self
                .last_clock
                .is_some_and(|(_, hour, minute)| hour == 24 && minute.is_none());
        // "La Haye Sainte fell at 6:30 p.m. The Guard attacked at 7:30": a clock time written
        // without a.m. or p.m. after an afternoon or evening clock time of its day is the p.m.
        // one, when that is not before it.
        // ("around 7:30": the clock is the expression's last three tokens.)
        let clock_at = expr.last.saturating_sub(3).max(expr.first);
        let ambiguous = bare_clock
            && expr.last == clock_at + 3
            && tokens[clock_at].kind == Kind::Number
            && !tokens[clock_at].text.starts_with('0')
            && tokens[clock_at + 1].text == ":"
            && tokens[expr.first..clock_at]
                .iter()
                .all(|t| t.kind == Kind::Word);
        // ... and so is "by 4 o'clock" after "shortly after 1 p.m." or "That afternoon" in a
        // history.
        let o_clock = bare_clock
            && context.domain == Domain::Narrative
            && expr.last >= expr.first + 4
            && tokens[expr.last - 1].text.eq_ignore_ascii_case("clock")
            // (Written "4 o'clock" or spelled "four o'clock".)
            && (tokens[expr.last - 4].kind == Kind::Number
                || lexicon::lookup(lexicon::NUMBER_WORDS, tokens[expr.last - 4].text).is_some());
        let ambiguous = ambiguous || o_clock;
        if let (Some((day, last_hour, _)), Some(n), Some(rules::TimeOfDay::Clock(h, m))) =
            (self.last_clock, named, expr.time)
        {
            if ambiguous
                && n.granularity == resolve::Granularity::Day
                && n.date == day
                && (1..12).contains(&h)
                && (13..24).contains(&last_hour)
                && h + 12 >= last_hour
            {
                expr.time = Some(rules::TimeOfDay::Clock(h + 12, m));
                if let Some((pm_value, pm_named)) = resolve::resolve(expr, context) {
                    if let Some(pm) = pm_named {
                        self.last_clock = Some((pm.date, h + 12, Some(m)));
                    }
                    return (pm_value, pm_named);
                }
            }
        }
        let rolled = match (self.last_clock, named, hour) {
            (Some((day, last_hour, _)), Some(n), Some(hour))
                if (bare_clock || morning_after_night)
                    && n.granularity == resolve::Granularity::Day
                    && n.date == day
                    && (18..=24).contains(&last_hour)
                    && hour < 12
                    // (A report does not tell of a morning after its own day in the past.)
                    && !(context.domain == Domain::News
                        && context.tense != Tense::Future
                        && n.date >= context.anchor.date) =>
            {
                let mut next_day = *context;
                next_day.reference = n.date.succ_opt().map(|date| Reference {
                    date,
                    granularity: resolve::Granularity::Day,
                });
                resolve::resolve(expr, &next_day)
            }
            _ => None,
        };
        let (mut value, mut named) = rolled.unwrap_or((value, named));
        let minute = match expr.time {
            Some(rules::TimeOfDay::Clock(_, minute)) => Some(minute),
            _ => None,
        };
        if let (Some(n), Some(hour)) = (named, hour) {
            if n.granularity == resolve::Granularity::Day && expr.kind == TimexType::Time {
                self.last_clock = Some((n.date, hour, minute));
            }
        }
        // (A night is remembered at hour 24 with no minute, which no clock time has.)
        if let Some(n) = named.filter(|n| night && n.granularity == resolve::Granularity::Day) {
            if expr.kind == TimexType::Time {
                self.last_clock = Some((n.date, 24, None));
            }
        }
        // "Columbia lifted off at 12:31 a.m. and reached orbit eight and a half minutes
        // later", "about two hours later" after 4 p.m.: a clock time counted from the last.
        if let (
            rules::Core::Shift {
                unit: unit @ (lexicon::Unit::Hour | lexicon::Unit::Minute),
                n,
                base: rules::Base::Reference,
            },
            Some((day, hour, Some(minute))),
        ) = (&expr.core, self.last_clock)
        {
            let from_clock = expr.ago
                && expr.kind == TimexType::Date
                && context
                    .reference
                    .is_some_and(|r| r.granularity == resolve::Granularity::Day && r.date == day);
            let minutes = if *unit == lexicon::Unit::Hour {
                n.checked_mul(60)
            } else {
                Some(*n)
            };
            let at = minutes.filter(|_| from_clock).and_then(|minutes| {
                day.and_hms_opt(0, 0, 0)?
                    .checked_add_signed(chrono::Duration::minutes(
                        i64::from(hour) * 60 + i64::from(minute) + minutes,
                    ))
            });
            if let Some(at) = at {
                value = at.format("%Y-%m-%dT%H:%M").to_string();
                named = Some(Reference {
                    date: at.date(),
                    granularity: resolve::Granularity::Day,
                });
                expr.kind = TimexType::Time;
                self.last_clock = Some((
                    at.date(),
                    chrono::Timelike::hour(&at),
                    Some(chrono::Timelike::minute(&at)),
                ));
            }
        }
        // "Johannsson added another a minute later" told of a year or a week: no day to count
        // from, only the length.
        if let rules::Core::Shift {
            unit: unit @ (lexicon::Unit::Hour | lexicon::Unit::Minute | lexicon::Unit::Second),
            n,
            base: rules::Base::Reference,
        } = expr.core
        {
            let coarse = named.is_none_or(|n| n.granularity > resolve::Granularity::Day);
            if coarse && expr.ago && expr.kind == TimexType::Date {
                expr.kind = TimexType::Duration;
                // (The length alone, as TimeBank tags "over an hour" in "over an hour later".)
                if expr.last > expr.first + 1
                    && tokens
                        .get(expr.last - 1)
                        .is_some_and(|t| lexicon::contains(&["later", "earlier", "ago"], t.text))
                {
                    expr.last -= 1;
                }
                return (unit.duration(Some(n.unsigned_abs() as f64)), None);
            }
        }
        (value, named)
    }
}

/// Whether a day without a year is told as one that comes back every year: a present verb of
/// keeping a day within ten words of it, or a present "is", "are", "has" or "have" and a word of recurrence or commemoration in its sentence ("2 April is a
/// public holiday", "15 February is marked every year", "The anniversary, September 13, is").
fn recurs_yearly(tokens: &[Token<'_>], expr: &rules::Expr) -> bool {
    let around = &tokens[expr.first.saturating_sub(10)..tokens.len().min(expr.last + 10)];
    // "Bangladesh celebrates 26 March as Independence Day": a present verb of keeping a day
    // says both.
    let keeps = around
        .iter()
        .any(|t| lexicon::contains(&["celebrates", "observes", "commemorates", "marks"], t.text));
    if keeps {
        return true;
    }
    // "21 February has been observed since 2000".
    let present = around
        .iter()
        .any(|t| lexicon::contains(&["is", "are", "has", "have"], t.text));
    let recurring = around.iter().any(|t| {
        lexicon::contains(
            &[
                "every",
                "each",
                "annually",
                "annual",
                "anniversary",
                "holiday",
                "commemoration",
                "commemorated",
                "celebrated",
                "marked",
                "feast",
                "kept",
                "observed",
                "remembrance",
            ],
            t.text,
        )
    });
    present && recurring
}

/// Whether a word names figures or results a period is for ("sales", "earnings").
fn names_figures_word(token: &Token<'_>) -> bool {
    lexicon::contains(lexicon::FIGURES_WORDS, token.text)
        || lexicon::contains(lexicon::RESULTS_WORDS, token.text)
}

/// Whether the expression at `first` dates a report: a reporting verb shortly before it, with
/// no punctuation or "that" between ("police said Wednesday", "told reporters on Wednesday",
/// "said in a statement Wednesday"; not "said that the attack happened Monday").
fn reported_on(tokens: &[Token<'_>], first: usize) -> bool {
    tokens[first.saturating_sub(4)..first]
        .iter()
        .rev()
        .take_while(|t| t.kind == Kind::Word && !t.text.eq_ignore_ascii_case("that"))
        .any(|t| t.class & class::REPORTING != 0)
}

/// Per expression of a news sentence: whether it is an end of a range whose ends both name a
/// year ("toys sold between May 2003 and Nov. 30, 2006"). Such a range describes; it does not
/// date the clock times of the sentences after it.
fn dated_ranges(tokens: &[Token<'_>], exprs: &[rules::Expr], domain: Domain) -> Vec<bool> {
    let mut found = vec![false; exprs.len()];
    if domain != Domain::News {
        return found;
    }
    let names_year = |expr: &rules::Expr| {
        matches!(expr.core, rules::Core::Calendar { year: Some(_), .. })
            || matches!(expr.core, rules::Core::Fixed(ref v) if v.len() == 4)
    };
    for (index, pair) in exprs.windows(2).enumerate() {
        let (start, end) = (&pair[0], &pair[1]);
        if names_year(start)
            && names_year(end)
            && ends_range(tokens, Some((start.first, start.last)), end)
        {
            found[index] = true;
            found[index + 1] = true;
        }
    }
    found
}

/// Per expression of a narrative sentence: the year of a later full date it runs to, when it is
/// a day or month without a year that falls before that date in its year ("began on 20 June and
/// lasted until its relief on 14 August 1900").
fn years_ahead(tokens: &[Token<'_>], exprs: &[rules::Expr], domain: Domain) -> Vec<Option<i32>> {
    let mut found = vec![None; exprs.len()];
    if domain != Domain::Narrative {
        return found;
    }
    for (index, expr) in exprs.iter().enumerate() {
        let (month, day) = match expr.core {
            rules::Core::Calendar {
                year: None,
                month,
                day,
            } => (month, day.unwrap_or(1)),
            _ => continue,
        };
        let Some(later) = exprs.get(index + 1) else {
            continue;
        };
        let rules::Core::Calendar {
            year: Some(year),
            month: later_month,
            day: later_day,
        } = later.core
        else {
            continue;
        };
        let between = tokens.get(expr.last..later.first).unwrap_or(&[]);
        let runs_to = between.len() <= 15
            && between
                .iter()
                .any(|t| lexicon::contains(&["until", "till", "through", "to"], t.text))
            && !between.iter().any(|t| matches!(t.text, "." | ";" | ":"));
        if runs_to && (month, day) <= (later_month, later_day.unwrap_or(31)) {
            found[index] = Some(year);
        }
    }
    found
}

/// Whether a narrative reads the year of `core` from the story: a day, month, season or holiday
/// written without one.
fn takes_year_from_story(core: &rules::Core) -> bool {
    matches!(
        core,
        rules::Core::Calendar { year: None, .. }
            | rules::Core::Month {
                dir: rules::Dir::Tense,
                ..
            }
            | rules::Core::Season {
                year: rules::YearSpec::Tense,
                ..
            }
            | rules::Core::Holiday { .. }
    )
}

/// Whether a possessive date (`expr.past`) is awaited or to be attended ("Investors await
/// Friday's jobs report", "are waiting for Friday's report", "ahead of Sunday's vote", "will
/// attend Friday's meeting"; not "They will fight Wednesday's ruling").
fn awaited(tokens: &[Token<'_>], expr: &rules::Expr) -> bool {
    expr.past
        && tokens[expr.first.saturating_sub(4)..expr.first]
            .iter()
            .any(|t| {
                lexicon::contains(
                    &[
                        "await",
                        "awaits",
                        "awaiting",
                        "ahead",
                        "wait",
                        "waits",
                        "waiting",
                        "attend",
                        "attends",
                        "attending",
                        "host",
                        "hosts",
                        "hosting",
                        "upcoming",
                        // "as Boston prepared for Monday's marathon".
                        "prepare",
                        "prepares",
                        "preparing",
                        "prepared",
                    ],
                    t.text,
                )
            })
}

/// Whether `core` counts back from the date last mentioned: "the previous winter", "the year
/// before", "two months earlier", "the previous December".
fn counts_back(core: &rules::Core) -> bool {
    use rules::{Base, Core, Dir, YearSpec};
    match core {
        Core::Shift { n, base, .. } => *n < 0 && *base == Base::Reference,
        Core::Season { year, .. } | Core::Quarter { year, .. } => {
            matches!(year, YearSpec::BeforeReference)
                || matches!(year, YearSpec::MentionedShift(n) if *n < 0)
        }
        Core::Month { dir, .. } | Core::Weekday { dir, .. } => *dir == Dir::BeforeReference,
        Core::MonthOfYear { years, base, .. } => *years < 0 && *base == Base::Reference,
        _ => false,
    }
}

/// Whether `expr` ends a range that the expression before it (`previous`, its tokens) begins:
/// "from August 7, 1942, to February 9, 1943", "(1939–1945)", "between 1965 and 1973".
/// "two years later, on 2 August 1990", "Six months earlier, in February 1979": a count from
/// the story followed by the date it reaches (a full date, or a day and month: "A week later,
/// on the evening of 26 July") takes that date's value at its own unit (`counted_units`, per
/// expression of `found`).
fn dated_by_apposition(
    sentence: &str,
    found: &mut [Timex],
    counted_units: &[Option<lexicon::Unit>],
) {
    for k in 1..found.len() {
        let Some(unit) = counted_units.get(k - 1).copied().flatten() else {
            continue;
        };
        let (count, date) = (&found[k - 1], &found[k]);
        let Some(gap) = sentence.get(count.end..date.start) else {
            continue;
        };
        let gap = gap.trim_start();
        let Some(gap) = gap.strip_prefix(',') else {
            continue;
        };
        let gap = gap.trim();
        // (A day and month whose year is the story's count too: "A week later, on the
        // evening of 26 July".)
        if !(gap.is_empty() || gap == "on" || gap == "in") || (date.relative && !date.names_month) {
            continue;
        }
        let Some(start) = date.when.as_ref().map(|w| w.start) else {
            continue;
        };
        let written = &date.value;
        if !written.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // A count of weeks that reached a day ("A week later" is 1956-07-27) stays a day.
        let day_count = count.value.len() == 10;
        // ("The following morning, Sunday 8 May": the part of the day stays.)
        let part = match count.value.split_once('T') {
            Some((_, part)) if count.kind == TimexType::Time && written.len() == 10 => {
                format!("T{part}")
            }
            _ => String::new(),
        };
        let value = match unit {
            _ if day_count && written.len() >= 10 => written[..10].to_owned() + &part,
            lexicon::Unit::Day if written.len() >= 10 => written[..10].to_owned() + &part,
            lexicon::Unit::Week if written.len() >= 10 => {
                let week = start.iso_week();
                format!("{}-W{:02}", week.year(), week.week())
            }
            lexicon::Unit::Month if written.len() >= 7 => written[..7].to_owned(),
            lexicon::Unit::Year if written.len() >= 4 => written[..4].to_owned(),
            lexicon::Unit::Decade if written.len() >= 4 => written[..3].to_owned(),
            _ => continue,
        };
        let modifier = found[k - 1].modifier;
        found[k - 1].when = When::from_timeml(&value, modifier);
        found[k - 1].value = value;
    }
}

/// "a curfew from 11 p.m. to 5 a.m.": the end of a range of clock times on one day that is
/// earlier than its start is on the next day.
fn past_midnight(sentence: &str, found: &mut [Timex]) {
    let clock = |t: &Timex| {
        let (date, time) = t.value.split_once('T')?;
        let minutes =
            time.get(..2)?.parse::<u32>().ok()? * 60 + time.get(3..5)?.parse::<u32>().ok()?;
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
        Some((date, minutes, time.to_owned()))
    };
    for k in 1..found.len() {
        let (start, end) = (&found[k - 1], &found[k]);
        if start.kind != TimexType::Time || end.kind != TimexType::Time {
            continue;
        }
        let joined = sentence.get(start.end..end.start).is_some_and(|gap| {
            matches!(gap.trim(), "to" | "until" | "till" | "through" | "-" | "–")
        });
        let (Some((day, from, _)), Some((end_day, to, time))) = (clock(start), clock(end)) else {
            continue;
        };
        if !joined || day != end_day || to >= from {
            continue;
        }
        let Some(next) = day.succ_opt() else {
            continue;
        };
        let value = format!("{next}T{time}");
        found[k].when = When::from_timeml(&value, found[k].modifier);
        found[k].value = value;
    }
}

/// Days from `report` to the nearest holiday `expr` names (negative when it is past), with the
/// two words before it, "the" skipped ("after the Christmas holiday" gives "after").
fn holiday_near<'a>(
    tokens: &[Token<'a>],
    expr: &rules::Expr,
    report: NaiveDate,
    ahead: bool,
) -> Option<(i64, [Option<&'a str>; 2])> {
    let rules::Core::Holiday { month, day } = expr.core else {
        return None;
    };
    let mut before = tokens[..expr.first]
        .iter()
        .rev()
        .filter(|t| !t.text.eq_ignore_ascii_case("the"))
        .map(|t| t.text);
    let words = [before.next(), before.next()];
    let years = if ahead {
        [report.year(), report.year() + 1]
    } else {
        [report.year(), report.year() - 1]
    };
    let days = years
        .into_iter()
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .map(|holiday| (holiday - report).num_days())
        .find(|days| if ahead { *days > 0 } else { *days <= 0 })?;
    Some((days, words))
}

/// Whether `expr` is a holiday of the week before `report` told after "after", "since" or
/// "following" ("reopen after the Christmas holiday" on 26 December).
fn after_recent_holiday(tokens: &[Token<'_>], expr: &rules::Expr, report: NaiveDate) -> bool {
    holiday_near(tokens, expr, report, false).is_some_and(|(days, [word, _])| {
        days >= -7 && word.is_some_and(|w| lexicon::contains(&["after", "since", "following"], w))
    })
}

/// True for a holiday of the coming week that something is done for or before, in a report
/// ("Americans travelling home for Christmas" on 22 December; "closed until New Year's Day"
/// on 29 December): what was done looked ahead to it, whatever the tense.
fn before_coming_holiday(tokens: &[Token<'_>], expr: &rules::Expr, report: NaiveDate) -> bool {
    holiday_near(tokens, expr, report, true).is_some_and(|(days, words)| {
        days <= 7
            && match words {
                [Some(w), _] if lexicon::contains(&["for", "before", "until", "till"], w) => true,
                [Some(of), Some(ahead)] => {
                    of.eq_ignore_ascii_case("of") && ahead.eq_ignore_ascii_case("ahead")
                }
                _ => false,
            }
    })
}

/// Whether `core` is the story's day itself (a bare part of the day or clock time: "at dawn",
/// "that night", "at 9 p.m.").
fn story_day(core: &rules::Core) -> bool {
    matches!(
        core,
        rules::Core::Shift {
            unit: lexicon::Unit::Day,
            n: 0,
            base: rules::Base::Reference,
        }
    )
}

/// True when token `i` stands inside a quotation opened before it in the sentence (an odd
/// number of straight quotes, or an opening curly quote not yet closed).
fn in_quotation(tokens: &[Token<'_>], i: usize) -> bool {
    let before = &tokens[..i];
    let straight = before.iter().filter(|t| t.text == "\"").count();
    let curly = before
        .iter()
        .rev()
        .find(|t| t.text == "“" || t.text == "”")
        .is_some_and(|t| t.text == "“");
    straight % 2 == 1 || curly
}

/// True when token `i` stands inside brackets opened before it in the sentence.
fn in_brackets(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .find(|t| t.text == "(" || t.text == ")")
        .is_some_and(|t| t.text == "(")
}

/// True when token `i` is in a participle set off by commas ("The lease, agreed in 1903,
/// remains in force", "Franco, born in Ferrol on 4 December 1892, flew").
fn participle_aside(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(comma) = tokens[..i].iter().rposition(|t| t.text == ",") else {
        return false;
    };
    i - comma <= 6
        && tokens.get(comma + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && ((t.text.len() > 4 && t.text.ends_with("ed")) || t.text == "born")
                && t.text.starts_with(|c: char| c.is_ascii_lowercase())
        })
        && !tokens[comma + 1..i]
            .iter()
            .any(|t| lexicon::contains(&[";", ":", "(", ")"], t.text))
        && tokens[i..].iter().take(8).any(|t| t.text == ",")
}

/// True when the clause before token `i` names a later writer or a remembrance ("Historians
/// writing in 2008", "as Churchill wrote in 1948", "a monument was inaugurated in").
fn later_writer_before(tokens: &[Token<'_>], i: usize) -> bool {
    clause_before(tokens, i).take(10).any(|(_, t)| {
        lexicon::contains(
            &[
                "historian",
                "historians",
                "historiography",
                "scholars",
                "biographer",
                "biographers",
                "memoir",
                "memoirs",
                "writing",
                "wrote",
                "recalled",
                "published",
                "inaugurated",
                "unveiled",
                "erected",
                "dedicated",
                "commemorated",
                "renamed",
                "declassified",
                "premiered",
            ],
            t.text,
        )
    })
}

/// True when "until" or "till" comes in the clause before token `i`, not negated ("a record
/// that stood until the landings in North Africa in November 1942").
fn far_until_before(tokens: &[Token<'_>], i: usize) -> bool {
    clause_before(tokens, i)
        .take(8)
        .find(|(_, t)| lexicon::contains(&["until", "till"], t.text))
        .is_some_and(|(k, _)| !negated_before(tokens, k))
}

/// True when the year at token `i` only bounds a comparison: "the biggest battle in Europe
/// between the Franco-Prussian War and 1914", "the largest before 1914", "the greatest triumph
/// between 1389 and 1914", "compared to the Western Front of 1916". The story is not at that
/// year.
fn bounds_comparison(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|k| tokens[k].text) else {
        return false;
    };
    // "trenches compared to the Western Front of 1916", "losses comparable to those of 1916".
    if clause_before(tokens, i).take(8).any(|(_, t)| {
        lexicon::contains(
            &[
                "compared",
                "comparable",
                "likened",
                "reminiscent",
                "resembling",
            ],
            t.text,
        )
    }) {
        return true;
    }
    let bound = lexicon::contains(&["before", "between"], before)
        || (before.eq_ignore_ascii_case("and")
            && clause_before(tokens, i)
                .take(8)
                .any(|(_, t)| t.text.eq_ignore_ascii_case("between")));
    bound
        && clause_before(tokens, i).take(16).any(|(_, t)| {
            let word = t.text;
            lexicon::contains(SUPERLATIVES, word)
                || (word.len() > 5
                    && word
                        .get(word.len() - 4..)
                        .is_some_and(|end| end.eq_ignore_ascii_case("iest")))
        })
}

/// Superlatives that make a span of years a comparison ("the largest ... before 1914"); words
/// ending in "-iest" ("bloodiest", "costliest") count too.
const SUPERLATIVES: &[&str] = &[
    "biggest",
    "largest",
    "greatest",
    "longest",
    "strongest",
    "worst",
    "best",
    "most",
    "least",
    "fiercest",
    "highest",
    "lowest",
    "fastest",
    "smallest",
    "hardest",
    "gravest",
];

/// True when the clause before token `i` tells a plan ("which was scheduled to begin in
/// November 1945", "was planned for", "was due to").
fn plan_before(tokens: &[Token<'_>], i: usize) -> bool {
    clause_before(tokens, i).take(8).any(|(_, t)| {
        lexicon::contains(
            &["scheduled", "planned", "due", "intended", "slated"],
            t.text,
        )
    })
}

/// True when the clause before token `i` tells a birth or a death ("who died in 1897", "who was
/// born in 1847").
fn life_event_before(tokens: &[Token<'_>], i: usize) -> bool {
    clause_before(tokens, i).any(|(_, t)| {
        lexicon::contains(
            &[
                "died",
                "born",
                "executed",
                "hanged",
                "assassinated",
                "death",
            ],
            t.text,
        )
    })
}

/// True when the clause before token `i` tells what someone did later ("he later became
/// mayor", "later served as ambassador").
fn later_career_before(tokens: &[Token<'_>], i: usize) -> bool {
    clause_before(tokens, i).any(|(k, t)| {
        t.text.eq_ignore_ascii_case("later") && tokens.get(k + 1).is_some_and(rules::past_form)
    })
}

/// True when the tokens hold a clause boundary (a comma, semicolon, colon, dash or bracket).
fn clause_break(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .any(|t| lexicon::contains(&[",", ";", ":", "(", ")", "—", "–"], t.text))
}

/// True for a month between a possessive and a noun ("its December forecast", "their
/// January meeting").
fn possessed_month(tokens: &[Token<'_>], expr: &rules::Expr) -> bool {
    matches!(
        expr.core,
        rules::Core::Month {
            dir: rules::Dir::Tense,
            ..
        }
    ) && expr.first.checked_sub(1).is_some_and(|before| {
        lexicon::contains(&["its", "their", "his", "her", "our"], tokens[before].text)
    }) && tokens.get(expr.last).is_some_and(|t| {
        t.kind == Kind::Word && !lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
    })
}

/// The tokens of the clause before token `i`, nearest first, with their indices: back to a
/// comma, semicolon, colon, opening bracket or dash.
fn clause_before<'t, 'a>(
    tokens: &'t [Token<'a>],
    i: usize,
) -> impl Iterator<Item = (usize, &'t Token<'a>)> {
    tokens[..i]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, t)| !lexicon::contains(&[",", ";", ":", "(", "—"], t.text))
}

/// True when the clause before token `i` is negated ("did not sight the coast until 19 July",
/// "hadn't come until May"): what it waits for happens at the date after it.
fn negated_before(tokens: &[Token<'_>], i: usize) -> bool {
    clause_before(tokens, i).any(|(k, t)| {
        lexicon::contains(&["not", "never", "neither", "nor", "cannot"], t.text)
            || (t.text.eq_ignore_ascii_case("t")
                && k >= 2
                && lexicon::contains(&["'", "’"], tokens[k - 1].text)
                && tokens[k - 2].text.ends_with(['n', 'N']))
    })
}

fn ends_range(tokens: &[Token<'_>], previous: Option<(usize, usize)>, expr: &rules::Expr) -> bool {
    let Some((first, last)) = previous else {
        return false;
    };
    let Some(connector) = expr.first.checked_sub(1).filter(|&c| c >= last) else {
        return false;
    };
    if !tokens[last..connector].iter().all(|t| t.text == ",") {
        return false;
    }
    let word = tokens[connector].text;
    if lexicon::contains(&["to", "until", "till", "through", "-", "–"], word) {
        return true;
    }
    word.eq_ignore_ascii_case("and")
        && first
            .checked_sub(1)
            .is_some_and(|b| tokens[b].text.eq_ignore_ascii_case("between"))
}

/// Whether the expression is joined to the one before it by "and" or "or" ("had enlisted in
/// 1914 and 1915"): one background, not a story moving on.
fn joins_previous(
    tokens: &[Token<'_>],
    previous: Option<(usize, usize)>,
    expr: &rules::Expr,
) -> bool {
    previous.is_some_and(|(_, last)| {
        expr.first
            .checked_sub(1)
            .filter(|&c| c >= last)
            .is_some_and(|connector| {
                tokens[last..connector].iter().all(|t| t.text == ",")
                    && lexicon::contains(&["and", "or"], tokens[connector].text)
            })
    })
}

/// Verbs that fix a date "for" something to come ("set sentencing for Aug. 15").
const SCHEDULING_WORDS: &[&str] = &[
    "set",
    "scheduled",
    "rescheduled",
    "declared",
    "called",
    "fixed",
    "slated",
    "planned",
    "booked",
];

/// Prepositions that make the expression after them a deadline ("by August", "until Tuesday").
const DEADLINE_WORDS: &[&str] = &["by", "until", "till"];

/// Forms of "be" before a participle that looks ahead ("were planning", "are forecast to").
const BE_FORMS: &[&str] = &["was", "were", "is", "are", "be"];

/// What a deadline preposition before an expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Deadline {
    None,
    /// "by August", "until mid-November": a month still to come.
    Month,
    /// "until 9 a.m. Tuesday": a weekday still to come, unless the sentence is past.
    Weekday,
    /// "postponed until Tuesday morning": moved to a weekday after the sentence's time.
    Postponed,
}

/// Whether a past perfect ("had" and a participle) comes in the words before token `first`
/// ("had begun in 1803", "who had been captured in an ambush on an armoured train near
/// Chieveley on 15 November"), within its clause: no sentence punctuation and no word that opens
/// another clause between. Not "had 4,000 men", "had some bodies thrown".
fn past_perfect_before(tokens: &[Token<'_>], first: usize, domain: Domain) -> bool {
    let window = match domain {
        Domain::Narrative => PAST_PERFECT_WINDOW,
        Domain::News => PAST_PERFECT_WINDOW / 2,
    };
    let start = first.saturating_sub(window);
    // "had held before 5 August": "before" right at the date is its preposition, not a
    // conjunction opening another clause.
    let preposition =
        first > start && lexicon::contains(&["before", "after"], tokens[first - 1].text);
    let end = if preposition { first - 1 } else { first };
    // "had enlisted in 1914 and 1915", "in March and April 1915": a date joined to the one
    // before it is in that one's clause.
    let joined = end >= start + 2
        && lexicon::contains(&["and", "or"], tokens[end - 1].text)
        && (tokens[end - 2].kind == Kind::Number
            || lexicon::lookup(lexicon::MONTHS, tokens[end - 2].text).is_some());
    let end = if joined { end - 1 } else { end };
    // "who had been consul once before, in 182 BC": a date added after a comma is still in
    // the clause before it ("once before" is an adverb there, no conjunction).
    let end = if end >= start + 2
        && lexicon::contains(&["in", "on", "during"], tokens[end - 1].text)
        && tokens[end - 2].text == ","
    {
        end - 2
    } else {
        end
    };
    tokens[start..end]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(i, t)| {
            // ("after the Little Bighorn": a preposition before a named event.)
            let adverb = tokens
                .get(start + i + 1)
                .is_some_and(|next| next.kind == Kind::Punct)
                || (tokens
                    .get(start + i + 1)
                    .is_some_and(|next| next.text.eq_ignore_ascii_case("the"))
                    && tokens
                        .get(start + i + 2)
                        .is_some_and(|t| t.text.starts_with(|c: char| c.is_uppercase())));
            !matches!(t.text, "," | ";" | ":")
                && !lexicon::contains(CLAUSE_JOINS, t.text)
                && !lexicon::contains(&["when", "then"], t.text)
                && (adverb || !lexicon::contains(&["before", "after"], t.text))
        })
        .any(|(i, t)| {
            let had = start + i;
            // (In a history, a perfect infinitive too: "are said to have quarrelled during
            // the Russo-Japanese War a decade before".)
            let perfect_infinitive = domain == Domain::Narrative
                && t.text.eq_ignore_ascii_case("have")
                && had > 0
                && tokens[had - 1].text.eq_ignore_ascii_case("to");
            (t.text.eq_ignore_ascii_case("had") || perfect_infinitive)
                && perfect_after(tokens, had)
                && !relative_before_verb(tokens, had, end)
        })
}

/// True when a past perfect follows within a few words of `last`, in the same clause ("By
/// the end of April it had enrolled").
fn past_perfect_soon_after(tokens: &[Token<'_>], last: usize) -> bool {
    tokens
        .iter()
        .enumerate()
        .skip(last)
        .take(5)
        .take_while(|(_, t)| !lexicon::contains(&[",", ";", ":", "."], t.text))
        .any(|(k, t)| t.text.eq_ignore_ascii_case("had") && perfect_after(tokens, k))
}

/// True when "had" at `had` opens a relative clause ("that had", "which had", "who had") and a
/// verb in the simple past follows it before `end`: the sentence's own verb ("A column that had
/// advanced into Brazil surrendered on 18 September" is not told in the past perfect).
fn relative_before_verb(tokens: &[Token<'_>], had: usize, end: usize) -> bool {
    had.checked_sub(1)
        .is_some_and(|k| lexicon::contains(&["that", "which", "who"], tokens[k].text))
        && tokens[(had + 3).min(end)..end].iter().any(rules::past_form)
}

/// How many tokens before an expression [`past_perfect_before`] looks for "had" in a narrative
/// (half as many in news, whose sentences pack more clauses).
const PAST_PERFECT_WINDOW: usize = 16;

/// Whether "had" at `had` opens a past perfect: a participle after it, past at most two
/// adverbs ("had been", "had already left", "had long since fallen"), not an object ("had
/// 4,000 men", "had some bodies thrown").
fn perfect_after(tokens: &[Token<'_>], had: usize) -> bool {
    tokens
        .iter()
        .skip(had + 1)
        .take(3)
        .find(|t| {
            !(lexicon::contains(
                &[
                    "not", "never", "already", "long", "since", "just", "also", "even", "then",
                    "often", "once", "earlier", "first",
                ],
                t.text,
            ) || (t.text.len() > 4 && t.text.ends_with("ly")))
        })
        .is_some_and(|t| {
            t.kind == Kind::Word
                && t.text.starts_with(|c: char| c.is_ascii_lowercase())
                && (t.class & class::PAST != 0
                    || (["ed", "en", "wn", "ght"]
                        .iter()
                        .any(|end| t.text.ends_with(end))
                        && !lexicon::contains(
                            &[
                                "seven", "eleven", "ten", "men", "women", "children", "eight",
                            ],
                            t.text,
                        ))
                    || lexicon::contains(lexicon::IRREGULAR_PARTICIPLES, t.text))
        })
}

/// Whether `expr` is a year alone naming a thing rather than when the story is: between "the"
/// and a word ("the 1967 ceasefire line", "the 1938 frontier").
fn names_thing(tokens: &[Token<'_>], expr: &rules::Expr) -> bool {
    let year_alone = expr.last == expr.first + 1
        && tokens
            .get(expr.first)
            .is_some_and(|t| t.kind == Kind::Number && t.text.len() == 4);
    year_alone
        && expr
            .first
            .checked_sub(1)
            .is_some_and(|before| tokens[before].text.eq_ignore_ascii_case("the"))
        && tokens.get(expr.last).is_some_and(|t| {
            t.kind == Kind::Word && !lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
        })
}

/// Whether `expr` is a full date between "the" and the noun it dates ("the Sept. 11, 2001,
/// attacks", "the May 2, 1998, election").
fn names_dated_event(tokens: &[Token<'_>], expr: &rules::Expr) -> bool {
    let after = if tokens.get(expr.last).is_some_and(|t| t.text == ",") {
        expr.last + 1
    } else {
        expr.last
    };
    expr.last > expr.first + 1
        && expr
            .first
            .checked_sub(1)
            .is_some_and(|before| tokens[before].text.eq_ignore_ascii_case("the"))
        && tokens.get(after).is_some_and(|t| {
            t.kind == Kind::Word
                && t.text.chars().all(|c| c.is_ascii_lowercase())
                && !lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
        })
}

/// Whether `expr` is a date qualifying a noun through "of" ("the line of actual control of 7
/// November 1959", "the armistice of 22 June 1940"), not a part of a day or a period ("the
/// night of 25 March", "the end of May").
fn qualifies_noun(tokens: &[Token<'_>], expr: &rules::Expr) -> bool {
    let Some(of) = expr.first.checked_sub(1) else {
        return false;
    };
    if !tokens[of].text.eq_ignore_ascii_case("of") {
        return false;
    }
    of.checked_sub(1).is_some_and(|noun| {
        let word = &tokens[noun];
        word.kind == Kind::Word
            && word.text.chars().all(|c| c.is_ascii_lowercase())
            && !lexicon::contains(lexicon::FUNCTION_WORDS, word.text)
            && lexicon::lookup(lexicon::PARTS_OF_DAY, word.text).is_none()
            && lexicon::unit(word.text).is_none()
            && lexicon::lookup(lexicon::SEASONS, word.text).is_none()
            && !lexicon::contains(
                &[
                    "end",
                    "beginning",
                    "start",
                    "middle",
                    "close",
                    "dawn",
                    "eve",
                    "turn",
                    "rest",
                    "half",
                    "part",
                    "hours",
                    "course",
                    "spring",
                    "autumn",
                    "fall",
                    "winter",
                    "summer",
                    "days",
                    "weeks",
                    "months",
                    "years",
                    "date",
                    "dates",
                    "as",
                ],
                word.text,
            )
    })
}

/// Whether `expr` opens its sentence and the clause it opens goes on in the past perfect
/// ("During December and January the Red Army had suffered", "In 1938, Germany had annexed
/// Austria"; not "By early September the advance had stalled"): the first tense word after it
/// is "had", before any other, any relative pronoun ("On 3 May the men who had fought
/// rested"), any conjunction opening a clause ("On 17 March, after talks had collapsed") or
/// any punctuation but one comma right after it.
fn opens_past_perfect_clause(tokens: &[Token<'_>], tenses: &Tenses, expr: &rules::Expr) -> bool {
    // "By early September the advance had stalled": done by then, not a look back.
    if expr.first > 2
        || tokens[..expr.first]
            .iter()
            .any(|t| lexicon::contains(DEADLINE_WORDS, t.text))
    {
        return false;
    }
    let start = if tokens.get(expr.last).is_some_and(|t| t.text == ",") {
        expr.last + 1
    } else {
        expr.last
    };
    for (index, (token, word)) in tokens
        .iter()
        .zip(&tenses.words)
        .enumerate()
        .skip(start)
        .take(12)
    {
        // (Nor "On March 17, after talks had collapsed, Bush gave an ultimatum": the past
        // perfect of a clause set inside the sentence's own.)
        if token.kind == Kind::Punct
            || lexicon::contains(RELATIVE_PRONOUNS, token.text)
            || lexicon::contains(
                &[
                    "after", "when", "once", "because", "since", "although", "though", "while",
                    "as", "until", "before",
                ],
                token.text,
            )
        {
            return false;
        }
        // "On 24 May the Elector had already left": done by then, not a look back; nor "had
        // 4,000 men".
        if token.text.eq_ignore_ascii_case("had") {
            let already = tokens
                .get(index + 1)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("already"));
            return !already && perfect_after(tokens, index);
        }
        if word.is_some() {
            return false;
        }
    }
    false
}

/// Whether `expr` follows "by", "until" or "till" and is a month or a weekday, or follows
/// "until", "till" or "to" after a verb of postponing ("postponed until Tuesday morning").
fn deadline(tokens: &[Token<'_>], expr: &rules::Expr) -> Deadline {
    let Some(before) = deadline_word(tokens, expr.first) else {
        return Deadline::None;
    };
    let window = &tokens[expr.first.saturating_sub(6)..expr.first - 1];
    // "postponed the vote to Friday", "set sentencing for Aug. 15", "a day of mourning was
    // declared for Thursday": a date fixed for something to come.
    let postponed = (lexicon::contains(&["until", "till", "to"], before.text)
        && window
            .iter()
            .any(|t| lexicon::contains(lexicon::POSTPONING_WORDS, t.text)))
        || (before.text.eq_ignore_ascii_case("for")
            && window
                .iter()
                .any(|t| lexicon::contains(SCHEDULING_WORDS, t.text)))
        // "declared three days of mourning beginning Thursday": from a day after the words.
        || lexicon::contains(&["beginning", "starting", "effective"], before.text);
    if !postponed && !lexicon::contains(DEADLINE_WORDS, before.text) {
        return Deadline::None;
    }
    match expr.core {
        rules::Core::Month { .. } | rules::Core::Calendar { year: None, .. } => Deadline::Month,
        rules::Core::Weekday {
            dir: rules::Dir::Tense,
            ..
        }
        | rules::Core::Holiday { .. }
            if postponed =>
        {
            Deadline::Postponed
        }
        rules::Core::Weekday {
            dir: rules::Dir::Tense,
            ..
        }
        // "could be without power until the weekend": like a weekday.
        | rules::Core::Shift {
            unit: lexicon::Unit::Weekend,
            n: 0,
            ..
        } => Deadline::Weekday,
        _ => Deadline::None,
    }
}

/// The word before token `first`, past an "at least" ("until at least Saturday").
fn deadline_word<'t, 'a>(tokens: &'t [Token<'a>], first: usize) -> Option<&'t Token<'a>> {
    let before = first.checked_sub(1)?;
    let at_least = before >= 2
        && tokens[before].text.eq_ignore_ascii_case("least")
        && tokens[before - 1].text.eq_ignore_ascii_case("at");
    tokens.get(if at_least { before - 2 } else { before })
}

/// True when "has" or "have" comes shortly before token `first` ("has given them until").
fn present_perfect_before(tokens: &[Token<'_>], first: usize) -> bool {
    tokens[first.saturating_sub(6)..first]
        .iter()
        .any(|t| lexicon::contains(&["has", "have"], t.text))
}

/// Words after which a verb form is a noun or an adjective ("the plan", "an unexpected").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those",
];

/// Whether token `index` reads as the verb of an infinitive after "to": a lowercase word that is
/// not a determiner and not a plural noun ("to purchase", not "to the board", "to terms").
fn infinitive_at(tokens: &[Token<'_>], index: usize) -> bool {
    tokens.get(index).is_some_and(|t| {
        t.kind == Kind::Word
            && t.text.chars().next().is_some_and(char::is_lowercase)
            && !lexicon::contains(DETERMINERS, t.text)
            // ("offered to him in February": an object, not a verb.)
            && !lexicon::contains(&["him", "her", "them", "us", "me", "you", "it"], t.text)
            && (!t.text.ends_with('s') || t.text.ends_with("ss"))
    })
}

/// Verbs that direct someone to do something ("urged residents to leave"): the deed is ahead.
const DIRECTIVES: &[&str] = &[
    "urged",
    "urge",
    "urges",
    "ordered",
    "asked",
    "asks",
    "told",
    "tells",
    "instructed",
    "directed",
    "warned",
    "advised",
    "invited",
    "encouraged",
    "summoned",
];

/// How many tokens on each side of an expression are searched for a tense word.
const TENSE_WINDOW: usize = 40;

/// What one word says about tense.
fn word_tense(tokens: &[Token<'_>], index: usize) -> Option<Tense> {
    let token = tokens.get(index)?;
    if token.kind != Kind::Word {
        return None;
    }
    let text = token.text;
    // "won't reopen before May": ahead, not the past of "win".
    if text.eq_ignore_ascii_case("won")
        && matches!(tokens.get(index + 1).map(|t| t.text), Some("'" | "’"))
        && tokens
            .get(index + 2)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("t"))
    {
        return Some(Tense::Future);
    }
    let previous = index
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .map(|t| t.text);
    // "is on pace to pass $300 million by Labor Day", "on track to finish in May": ahead.
    if lexicon::contains(&["pace", "track", "course"], text)
        && previous.is_some_and(|p| p.eq_ignore_ascii_case("on"))
        && tokens
            .get(index + 1)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("to"))
    {
        return Some(Tense::Future);
    }
    // "the long-delayed talks", "a much-anticipated vote": a participle in a compound is an
    // adjective.
    if text.ends_with("ed")
        && index >= 2
        && tokens[index - 1].text == "-"
        && !tokens[index - 1].space_before
        && !token.space_before
    {
        return None;
    }
    // "expects profit for the year ending May 31, compared with a loss": a comparison, no
    // verb of its own.
    if text.eq_ignore_ascii_case("compared")
        && tokens
            .get(index + 1)
            .is_some_and(|t| lexicon::contains(&["with", "to"], t.text))
    {
        return None;
    }
    let next_is_to = tokens
        .get(index + 1)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("to"));
    let after_determiner = || previous.is_some_and(|p| lexicon::contains(DETERMINERS, p));
    // "the closely watched case", "a widely expected cut", "the injured": a participle after a
    // determiner (and its adverb) is an adjective.
    // (Not a word that looks ahead: "the slated visit in September" is still to come.)
    if text.len() > 4
        && text.ends_with("ed")
        && token.class & class::FUTURE == 0
        && (after_determiner()
            || (previous.is_some_and(|p| {
                p.len() > 4
                    && p.ends_with("ly")
                    && !lexicon::contains(&["family", "rally", "assembly", "supply"], p)
            }) && index
                .checked_sub(2)
                .and_then(|i| tokens.get(i))
                .is_some_and(|t| lexicon::contains(DETERMINERS, t.text))))
    {
        return None;
    }
    // "as (previously) planned", "as expected", "more than expected": an aside that leaves
    // the tense to the verb.
    let aside = || {
        text.ends_with("ed")
            && (previous.is_some_and(|p| lexicon::contains(&["as", "than"], p))
                || (previous.is_some_and(|p| p.len() > 4 && p.ends_with("ly"))
                    && index
                        .checked_sub(2)
                        .and_then(|i| tokens.get(i))
                        .is_some_and(|t| t.text.eq_ignore_ascii_case("as"))))
    };
    // "said profit could fall in December": a possibility still ahead. Not "could not be
    // located Wednesday", "could have", "could be reached": those look back.
    // ("May" with a capital is the month.)
    // "should end Friday", "should be held in November": ahead; "should have" looks back.
    if text.eq_ignore_ascii_case("should") {
        let next = tokens.get(index + 1).map(|t| t.text);
        let looks_back = next.is_none_or(|n| {
            n.eq_ignore_ascii_case("have") || !n.chars().next().is_some_and(char::is_alphabetic)
        });
        return (!looks_back).then_some(Tense::Future);
    }
    if lexicon::contains(&["could", "can"], text) || text == "may" {
        let next = tokens.get(index + 1).map(|t| t.text);
        // "said the fight may not end before spring": still ahead ("may not have" looks back).
        let may_not = text == "may"
            && next.is_some_and(|n| n.eq_ignore_ascii_case("not"))
            && tokens
                .get(index + 2)
                .is_some_and(|t| !t.text.eq_ignore_ascii_case("have"));
        let looks_back = !may_not
            && next.is_none_or(|n| {
                lexicon::contains(&["not", "be", "have", "n't", "never", "only"], n)
                    || !n.chars().next().is_some_and(char::is_alphabetic)
            });
        return if looks_back {
            None
        } else {
            Some(Tense::Future)
        };
    }
    if token.class & class::FUTURE != 0 {
        if aside() {
            return None;
        }
        // "plans to open" is a verb pointing ahead; "the plan", "announced plans to buy" are
        // nouns.
        let noun_plan = lexicon::contains(&["plan", "plans"], text)
            && (!next_is_to
                || after_determiner()
                || previous.is_some_and(|p| p.len() > 4 && p.ends_with("ed")));
        if !noun_plan {
            // "had been due to expire Friday", "had been scheduled for September": an
            // expectation told from the past, of the nearest such date ("had been scheduled for
            // mid-July" in late May is this July).
            let before_previous = index
                .checked_sub(2)
                .and_then(|i| tokens.get(i))
                .map(|t| t.text);
            let past_expectation = previous.is_some_and(|p| p.eq_ignore_ascii_case("had"))
                || (previous.is_some_and(|p| p.eq_ignore_ascii_case("been"))
                    && before_previous.is_some_and(|p| p.eq_ignore_ascii_case("had")));
            return Some(if past_expectation {
                Tense::Present
            } else {
                Tense::Future
            });
        }
    }
    // "urged residents to leave by noon Sunday", "ordered the company to pay by Friday": what
    // a directive asks for is still ahead of it (the directive itself keeps its own tense:
    // "On Monday officials urged ...").
    // (Not one in the past perfect, done by then: "had been ordered to leave their homes on
    // Sunday".)
    if previous.is_some_and(|p| p.eq_ignore_ascii_case("to"))
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && infinitive_at(tokens, index)
    {
        let start = index.saturating_sub(6);
        let directive = tokens[start..index - 1]
            .iter()
            .enumerate()
            .rev()
            // (Not past a date of the directive's own: "had ordered his troops in July to".)
            .take_while(|(_, t)| t.kind == Kind::Word && !lexicon::contains(ATTACHING, t.text))
            .find(|(_, t)| lexicon::contains(DIRECTIVES, t.text))
            .map(|(k, _)| start + k);
        if let Some(directive) = directive {
            let had = |k: Option<usize>| {
                k.and_then(|k| tokens.get(k))
                    .is_some_and(|t| t.text.eq_ignore_ascii_case("had"))
            };
            let before = directive.checked_sub(1);
            let perfect = had(before)
                || (before.is_some_and(|b| tokens[b].text.eq_ignore_ascii_case("been"))
                    && had(directive.checked_sub(2)));
            if !perfect {
                return Some(Tense::Future);
            }
        }
    }
    // "was to fly back on Tuesday morning": a weekday planned in the past may still be ahead;
    // the nearest such day, as in the present. (A clock time or a part of the day planned,
    // "was to address the nation at 9 p.m.", stays the report's.)
    if next_is_to
        && lexicon::contains(&["was", "were"], text)
        && infinitive_at(tokens, index + 2)
        && tokens
            .iter()
            .skip(index + 3)
            .take(8)
            .any(|t| lexicon::lookup(lexicon::WEEKDAYS, t.text).is_some())
    {
        return Some(Tense::Present);
    }
    // "called for a strike on Friday": what is called for is ahead of the call.
    if text.eq_ignore_ascii_case("for")
        && previous.is_some_and(|p| lexicon::contains(&["called", "call", "calling"], p))
    {
        return Some(Tense::Future);
    }
    // "has to finish in January", "need to act by March": an obligation still ahead (not
    // "has to do with", not "had to").
    if next_is_to
        && lexicon::contains(&["have", "has", "need", "needs"], text)
        && infinitive_at(tokens, index + 2)
        && !(tokens[index + 2].text == "do"
            && tokens
                .get(index + 3)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("with")))
    {
        return Some(Tense::Future);
    }
    // "is to hold a conference in mid-December", "are to meet on Friday": arranged, ahead.
    if next_is_to
        && lexicon::contains(&["is", "are", "am"], text)
        && infinitive_at(tokens, index + 2)
        && !tokens[index + 2].text.eq_ignore_ascii_case("blame")
    {
        return Some(Tense::Future);
    }
    // "are forecast to drop by Thursday", "is projected to reach": like "is expected to".
    if next_is_to
        && lexicon::contains(&["forecast", "projected", "predicted", "estimated"], text)
        && previous.is_some_and(|p| lexicon::contains(BE_FORMS, p))
    {
        return Some(Tense::Future);
    }
    // "agreed to purchase the line in February": the date is the purchase's, still ahead.
    if next_is_to
        && lexicon::contains(lexicon::COMMITMENT_WORDS, text)
        && infinitive_at(tokens, index + 2)
    {
        // "had agreed to keep working through the weekend": a promise already kept.
        return Some(if previous.is_some_and(|p| p.eq_ignore_ascii_case("had")) {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    // "The summit opens Tuesday", "the law takes effect Jan. 1": a present-tense verb of a
    // calendar tells a schedule, still ahead (not "his visits", "heads of state", "it takes
    // two days").
    if token.class & class::SCHEDULE != 0
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && !after_determiner()
    {
        let next = tokens.get(index + 1).map_or("", |t| t.text);
        let particle = match text {
            "takes" => Some(&["effect", "office", "place", "over"][..]),
            "goes" => Some(&["on", "to", "into", "before"][..]),
            "kicks" => Some(&["off"][..]),
            "steps" => Some(&["down", "aside"][..]),
            "moves" => Some(&["to", "into"][..]),
            "calls" => Some(&["for"][..]),
            "runs" => Some(&["through", "until", "till"][..]),
            _ => None,
        };
        // "who turns 60 in August": an age reached.
        let age = text != "turns"
            || tokens
                .get(index + 1)
                .is_some_and(|t| t.kind == Kind::Number);
        // Words as often nouns ("compliance reports by Wednesday", "his visits") are verbs
        // after a pronoun or a name ("which reports results on Tuesday", "Obama visits").
        let noun_too = lexicon::contains(
            &[
                "reports",
                "visits",
                "heads",
                "returns",
                "plays",
                "faces",
                "hosts",
                "meets",
                "ends",
                "starts",
                "closes",
                "debuts",
                "premieres",
                "launches",
            ],
            text,
        );
        // ... or after a noun that follows a determiner ("His term ends in August", "the
        // season starts in September").
        let subject = || {
            previous.is_some_and(|p| {
                lexicon::contains(&["which", "who", "that", "it", "he", "she", "they"], p)
                    || p.starts_with(|c: char| c.is_uppercase())
            }) || (index >= 2
                && lexicon::contains(
                    &["his", "her", "its", "their", "the"],
                    tokens[index - 2].text,
                )
                && previous.is_some_and(|p| {
                    p.bytes().all(|b| b.is_ascii_lowercase())
                        && !lexicon::contains(&["loose", "false", "fresh", "strong"], p)
                }))
        };
        let fits = particle.is_none_or(|words| lexicon::contains(words, next))
            && age
            && !next.eq_ignore_ascii_case("of")
            && (!noun_too || subject());
        if fits {
            return Some(Tense::Future);
        }
    }
    // "The Winter Games begin in February", "talks resume on Monday": the same verbs after a
    // plural subject (not "prices begin to rise").
    if lexicon::contains(
        &["begin", "open", "start", "resume", "reopen", "convene"],
        text,
    ) && previous.is_some_and(|p| {
        p.len() > 3
            && p.ends_with('s')
            && !p.ends_with("ss")
            && !lexicon::contains(&["was", "has", "does", "is", "this", "its", "his"], p)
    }) && !tokens
        .get(index + 1)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("to"))
    {
        return Some(Tense::Future);
    }
    // "tax increases that take effect Jan. 1": ahead (not "did not take effect").
    if text == "take"
        && tokens
            .get(index + 1)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("effect"))
        && !previous.is_some_and(|p| lexicon::contains(&["did", "not", "never"], p))
    {
        return Some(Tense::Future);
    }
    let after_apostrophe = matches!(previous, Some("'" | "’"));
    // "was set for May 2": a date fixed for something to come.
    let next_is_for = tokens
        .get(index + 1)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("for"));
    if (text.eq_ignore_ascii_case("ll") && after_apostrophe)
        || (lexicon::contains(&["going", "set"], text) && next_is_to)
        || (text.eq_ignore_ascii_case("set") && next_is_for)
    {
        return Some(Tense::Future);
    }
    // "were planning", "is expected", "was set to": the auxiliary's tense is not the event's.
    // ... and "more storms were possible Sunday", "is likely to", "was poised to": a chance
    // still ahead.
    if let Some(next) = tokens.get(index + 1) {
        if lexicon::contains(BE_FORMS, text)
            && (next.class & class::FUTURE != 0
                || lexicon::contains(&["likely", "possible", "unlikely", "poised"], next.text))
        {
            return Some(Tense::Future);
        }
    }
    // "is heard", "would be held", "to be completed": a participle after a present or modal
    // auxiliary is not past; nor after a link verb ("will remain closed", "get this done")
    // or a conjunction ("if elected in November", "once approved").
    // ... with an adverb between them or not ("will be formally opened").
    let adverb = |t: &Token<'_>| {
        t.text.len() > 4
            && t.text.ends_with("ly")
            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
    };
    let before = match index.checked_sub(1).and_then(|i| tokens.get(i)) {
        Some(t) if adverb(t) => index.checked_sub(2).and_then(|i| tokens.get(i)),
        other => other,
    };
    let auxiliary = before
        .filter(|t| t.class & class::BEFORE_PARTICIPLE != 0)
        .map(|t| t.text);
    if let Some(auxiliary) = auxiliary {
        // "when the case is heard in May": a present passive is present, not past.
        let present = lexicon::contains(&["is", "are", "am"], auxiliary);
        let participle = token.class & class::PAST != 0 || (text.len() > 4 && text.ends_with("ed"));
        return (present && participle).then_some(Tense::Present);
    }
    // "a still unspecified date", "the proposed merger": an -ed adjective is not a past verb.
    // ... nor after a preposition or a quantifier ("with experienced doctors", "several related
    // studies").
    // ... nor after the verb of an infinitive ("to release revised figures").
    let after_infinitive = || {
        index >= 2
            && tokens[index - 2].text.eq_ignore_ascii_case("to")
            && previous.is_some_and(|p| p.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let adjective = || {
        after_determiner()
            || after_infinitive()
            || previous.is_some_and(|p| {
                lexicon::contains(
                    &[
                        "still", "yet", "very", "newly", "with", "of", "for", "from", "several",
                        "many", "some", "few", "more", "most", "other", "such",
                    ],
                    p,
                )
            })
    };
    // "He hurt his knee on Wednesday night", "she cut her hand": a verb whose past is its
    // present is past after "he", "she" or "it" (the present would be "hurts").
    if previous.is_some_and(|p| lexicon::contains(&["he", "she", "it"], p))
        && lexicon::contains(
            &[
                "hurt",
                "cut",
                "put",
                "hit",
                "let",
                "shut",
                "quit",
                "split",
                "spread",
                "cost",
                "beat",
                "burst",
                "cast",
                "bid",
                "shed",
                "slit",
                "upset",
                "broadcast",
            ],
            text,
        )
    {
        return Some(Tense::Past);
    }
    // "no earlier than Wednesday", "not earlier than May": a bound, not the past.
    let bound = text.eq_ignore_ascii_case("earlier")
        && tokens
            .get(index + 1)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("than"));
    if bound {
        return None;
    }
    if token.class & class::PAST != 0
        || (text.len() > 4
            && text.ends_with("ed")
            && text.chars().next().is_some_and(char::is_lowercase)
            && token.class & class::REPORTING == 0
            && !adjective())
    {
        return Some(Tense::Past);
    }
    None
}

/// What the tokens near the expressions say about tense.
struct Tenses {
    /// Per token: a tense word, or a reporting verb (weak past), or nothing.
    words: Vec<Option<(Tense, bool)>>,
    /// Per token: a word that joins clauses ("and", "but", "while"), which a tense word
    /// of the other clause should not reach across when the expression's own clause has one.
    joins: Vec<bool>,
    /// Per token: a preposition that hangs a time expression on the verb before it ("met on
    /// Sunday").
    attaches: Vec<bool>,
    /// Per token: inside a relative clause opened after a comma (", who grew up in the East,"),
    /// whose verbs do not date an expression outside it.
    relative: Vec<bool>,
    /// Per token: a comma.
    commas: Vec<bool>,
    /// Per token: a past verb of commitment before "to" ("voted to extend", "pledged to
    /// double"), which points ahead only for what comes after it: "The Senate on Tuesday voted
    /// to extend the law" voted on the Tuesday gone.
    commits: Vec<bool>,
}

/// Verbs that say something began: the day named with one is what "the sixth day" of a story
/// counts from.
const BEGINNING_VERBS: &[&str] = &[
    "began",
    "begun",
    "opened",
    "launched",
    "started",
    "commenced",
    "erupted",
    "invaded",
];

/// Words that open a relative clause after a comma ("Abe, who took office in December, ...").
const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "whose", "whom", "where"];

/// Prepositions that hang a time expression on the verb before them.
const ATTACHING: &[&str] = &["on", "in", "at", "during", "since", "until", "through"];

/// Words that begin another clause: a tense word past one belongs to that clause.
const CLAUSE_JOINS: &[&str] = &["and", "but", "while", "whereas", "although", "though"];

/// Reads [`Tenses`] for the tokens near `exprs`. Tokens farther than [`TENSE_WINDOW`] from every
/// expression are not read (they stay `None`), so a long sentence costs no more than its
/// expressions' windows.
fn token_tenses(tokens: &[Token<'_>], exprs: &[rules::Expr]) -> Tenses {
    let mut words = vec![None; tokens.len()];
    let mut commits = vec![false; tokens.len()];
    let mut joins = vec![false; tokens.len()];
    let mut attaches = vec![false; tokens.len()];
    let mut relative = vec![false; tokens.len()];
    let commas: Vec<bool> = tokens.iter().map(|t| t.text == ",").collect();
    let mut windows = Vec::with_capacity(exprs.len());
    let mut read_until = 0;
    for expr in exprs {
        let start = expr.first.saturating_sub(TENSE_WINDOW).max(read_until);
        let end = expr.last.saturating_add(TENSE_WINDOW).min(tokens.len());
        windows.push(start..end);
        for index in start..end {
            commits[index] = tokens[index].text.ends_with("ed")
                && lexicon::contains(lexicon::COMMITMENT_WORDS, tokens[index].text)
                && tokens
                    .get(index + 1)
                    .is_some_and(|t| t.text.eq_ignore_ascii_case("to"));
            words[index] = match word_tense(tokens, index) {
                Some(tense) => Some((tense, false)),
                // "said" dates the report; "to be announced Thursday" does not.
                None if tokens[index].kind == Kind::Word
                    && tokens[index].class & class::REPORTING != 0
                    && !index.checked_sub(1).is_some_and(|p| {
                        lexicon::contains(
                            &["be", "to", "will", "would", "could", "can", "may", "might"],
                            tokens[p].text,
                        )
                    }) =>
                {
                    Some((Tense::Past, true))
                }
                None => None,
            };
        }
        read_until = read_until.max(end);
    }
    // A join starts a clause only when a verb or an auxiliary follows it, perhaps after a
    // subject pronoun ("and will present", "but they had", "and are forecast to"); "Hungary
    // and the Czech Republic" joins nouns.
    for index in windows.into_iter().flatten() {
        if tokens[index].kind != Kind::Word || !lexicon::contains(CLAUSE_JOINS, tokens[index].text)
        {
            continue;
        }
        let verb_at = |i: usize| {
            words.get(i).is_some_and(|w| matches!(w, Some((_, false))))
                || tokens.get(i).is_some_and(|t| {
                    lexicon::contains(
                        &[
                            "is", "are", "can", "could", "should", "may", "might", "must",
                        ],
                        t.text,
                    )
                })
        };
        // A subject of one word: a pronoun or a plain noun ("and police expect").
        let subject = tokens.get(index + 1).is_some_and(|t| {
            lexicon::contains(&["he", "she", "it", "they", "we", "i", "you"], t.text)
                || (t.kind == Kind::Word
                    && !lexicon::contains(DETERMINERS, t.text)
                    && !lexicon::contains(CLAUSE_JOINS, t.text))
        });
        // After a comma, a longer subject ("on Friday, and the annual session will last").
        let long_subject = index > 0
            && tokens[index - 1].text == ","
            && (3..=5).any(|k| {
                verb_at(index + k)
                    && tokens.get(index + 1..index + k).is_some_and(|between| {
                        between.iter().all(|t| {
                            t.kind == Kind::Word
                                && !lexicon::contains(ATTACHING, t.text)
                                && !lexicon::contains(CLAUSE_JOINS, t.text)
                        })
                    })
            });
        joins[index] = verb_at(index + 1) || (subject && verb_at(index + 2)) || long_subject;
    }
    // "said in an interview on Tuesday that prices would rise": a "that" right after the
    // expression opens the reported clause. Only the token before an expression is asked
    // whether it attaches it to a verb.
    for expr in exprs {
        if let Some(before) = expr.first.checked_sub(1) {
            attaches[before] = tokens[before].kind == Kind::Word
                && lexicon::contains(ATTACHING, tokens[before].text);
        }
        // "Abe, who took office in December, will brief ...": the comma closing a relative
        // clause the expression is in ends that clause.
        let opening = tokens[expr.first.saturating_sub(12)..expr.first]
            .iter()
            .rposition(|t| t.text == "," || lexicon::contains(RELATIVE_PRONOUNS, t.text))
            .map(|offset| expr.first.saturating_sub(12) + offset);
        let in_relative_clause = opening.is_some_and(|at| {
            lexicon::contains(RELATIVE_PRONOUNS, tokens[at].text)
                && at > 0
                && tokens[at - 1].text == ","
        });
        if in_relative_clause {
            if let Some(comma) =
                (expr.last..tokens.len().min(expr.last + 12)).find(|&i| tokens[i].text == ",")
            {
                joins[comma] = true;
            }
        }
        if tokens
            .get(expr.last)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("that"))
        {
            joins[expr.last] = true;
        }
    }
    // ", who grew up in East Germany,": from the pronoun to the next comma or sentence
    // punctuation.
    let mut index = 0;
    while index < tokens.len() {
        let opens = tokens[index].kind == Kind::Word
            && index > 0
            && tokens[index - 1].text == ","
            && lexicon::contains(RELATIVE_PRONOUNS, tokens[index].text);
        if opens {
            while index < tokens.len()
                && !matches!(
                    tokens[index].text,
                    "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "—" | "–"
                )
            {
                relative[index] = true;
                index += 1;
            }
        }
        index += 1;
    }
    Tenses {
        words,
        joins,
        attaches,
        relative,
        commits,
        commas,
    }
}

/// True when a past verb stands right before token `first`, or before the preposition right
/// before it that hangs the expression on the verb ("closed Aug. 30", "died on Aug. 20").
fn past_verb_governs(tenses: &Tenses, first: usize) -> bool {
    let past_at = |i: usize| matches!(tenses.words.get(i), Some(Some((Tense::Past, false))));
    first.checked_sub(1).is_some_and(|before| {
        past_at(before) || (tenses.attaches[before] && before.checked_sub(1).is_some_and(past_at))
    })
}

/// The tense around tokens `first..last`: the nearest tense word outside the expression decides
/// (a reporting verb such as "said" only when it is right next to the expression or nothing else
/// is near), else present.
fn tense_at(tenses: &Tenses, first: usize, last: usize) -> Tense {
    nearest_tense(tenses, first, last, true)
}

/// [`tense_at`] with reporting verbs left out: the tense of the clause itself.
fn tense_at_ignoring_reports(tenses: &Tenses, first: usize, last: usize) -> Tense {
    nearest_tense(tenses, first, last, false)
}

/// The tense word nearest to tokens `first..last` within [`TENSE_WINDOW`] (a bounded window
/// keeps tagging linear on huge sentences); reporting verbs count, farther away, only when
/// `reports`. A word across a clause join ("lowered its forecast in March and will present a
/// budget") loses to one on the expression's side of it. Present when there is none.
fn nearest_tense(tenses: &Tenses, first: usize, last: usize, reports: bool) -> Tense {
    // (distance, tense, across a clause join)
    let mut best: Option<(usize, Tense, bool)> = None;
    let window_start = first.saturating_sub(TENSE_WINDOW);
    let window_end = last.saturating_add(TENSE_WINDOW).min(tenses.words.len());
    // The clause joins nearest the expression on each side: a word beyond one is across it.
    let join_before = (window_start..first).rev().find(|&i| tenses.joins[i]);
    let join_after = (last..window_end).find(|&i| tenses.joins[i]);
    let outside_relative = !tenses.relative[first];
    // "On Monday, officials said they would cut rates": a reporting verb that is the first
    // tense word after an expression opening its sentence is the verb it dates.
    let opening_verb = (first <= 1)
        .then(|| (last..window_end).find(|&i| tenses.words[i].is_some()))
        .flatten();
    for index in (window_start..first).chain(last..window_end) {
        let Some((tense, reporting)) = tenses.words[index] else {
            continue;
        };
        if outside_relative && tenses.relative[index] {
            continue;
        }
        if reporting && !reports {
            continue;
        }
        let tense = if index >= last && tenses.commits[index] && tense == Tense::Future {
            Tense::Past
        } else {
            tense
        };
        let (distance, across) = if index < first {
            // "Officials who met on Sunday will meet again": the verb the preposition hangs
            // the expression on is as near as the word right after it.
            let attached = index + 2 == first && tenses.attaches[first - 1];
            (
                if attached { 1 } else { first - index },
                join_before.is_some_and(|join| join > index),
            )
        } else {
            (
                index + 1 - last,
                join_after.is_some_and(|join| join < index),
            )
        };
        // ("will head out to sea on Saturday, forecasters said": an attribution set off after
        // the clause leaves the tense to the clause's own verb.)
        let trailing = reporting && index > last && tenses.commas[last..index].contains(&true);
        let distance = if reporting && distance > 2 && opening_verb != Some(index) {
            distance + if trailing { 24 } else { 8 }
        } else {
            distance
        };
        let better = match best {
            None => true,
            Some((d, _, best_across)) => (across, distance) < (best_across, d),
        };
        if better {
            best = Some((distance, tense, across));
        }
    }
    best.map_or(Tense::Present, |(_, tense, _)| tense)
}

/// Splits with [`crate::sentence::split`] and tags every sentence; offsets are into `text`.
pub fn tag_text(text: &str, dct: Anchor, domain: Domain) -> Vec<Timex> {
    let mut tagger = Tagger::new(dct, domain).surveying(text);
    let mut found = Vec::new();
    for sentence in crate::sentence::split(text) {
        let sentence_text = sentence.text(text);
        for mut timex in tagger.tag_sentence(sentence_text) {
            timex.start += sentence.start;
            timex.end += sentence.start;
            found.push(timex);
        }
    }
    found
}

/// Words of time expressions that only make sense against the day a text was written.
const WRITING_DAY_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "ago",
    "this week",
    "last week",
    "next week",
    "this month",
    "last month",
    "next month",
    "this year",
    "last year",
    "next year",
];

/// Whether the words of a time expression (lower case) count from the day the text was
/// written: "yesterday", "two years ago", "last week", or a weekday alone ("on Tuesday").
/// "The next year" counts from the date before it, and so does not; neither does a "Today"
/// opening a sentence (`opens_sentence`), which is how a history ends as often as how a report
/// begins.
pub fn counts_from_writing(words: &str, opens_sentence: bool) -> bool {
    let weekday_alone = lexicon::WEEKDAYS.iter().any(|(day, _)| words == *day);
    let from_an_earlier_date = words.starts_with("the ");
    let closing_a_history = opens_sentence && words == "today";
    weekday_alone
        || (!from_an_earlier_date
            && !closing_a_history
            && WRITING_DAY_WORDS.iter().any(|w| words.contains(w)))
}

/// Whether a text written at `dct` reads as a history (a narrative) rather than news: its
/// explicit dates lie ten years or more before `dct` — in three sentences at least, in three
/// times as many sentences as name a recent one, and in ten times as many as have a word
/// counted from the day of writing ([`counts_from_writing`]; a history may say once that
/// something "still stands today"). Weekdays alone count among those only when the text has
/// another such word, since a history tells its days with them too ("By Friday the chiefs
/// agreed"); otherwise they raise the three sentences to five. `annals annotate` reads such a text as a narrative unless
/// `--domain` says otherwise: read as news, "On 12 August" after "In 1914" would be the
/// August before the creation date.
///
/// ```
/// use annals::timex::reads_as_history;
/// use chrono::NaiveDate;
/// let dct = NaiveDate::from_ymd_opt(2009, 5, 1).unwrap();
/// let history = "The war began in 1914. On 12 August, troops crossed. By 1916 the front \
///                had barely moved. The armistice came on 11 November 1918.";
/// assert!(reads_as_history(history, dct));
/// let news = "The war began in 1914, the museum said yesterday. Troops crossed in 1915. \
///             The front held in 1916.";
/// assert!(!reads_as_history(news, dct));
/// ```
pub fn reads_as_history(text: &str, dct: NaiveDate) -> bool {
    let mut tagger = Tagger::new(Anchor::day(dct), Domain::News);
    let (mut old, mut recent, mut deictic, mut weekdays) = (0usize, 0usize, 0usize, 0usize);
    for sentence in crate::sentence::split(text) {
        let sentence_text = sentence.text(text);
        let (mut names_old, mut names_recent, mut counts_from_today) = (false, false, false);
        let mut weekday_sentence = false;
        for timex in tagger.tag_sentence(sentence_text) {
            let words = sentence_text
                .get(timex.start..timex.end)
                .unwrap_or("")
                .to_lowercase();
            // A weekday alone is how a history tells its days too ("By Friday the chiefs
            // agreed"): counted apart.
            let weekday_alone = lexicon::WEEKDAYS.iter().any(|(day, _)| words == *day);
            counts_from_today |= !weekday_alone && counts_from_writing(&words, timex.start == 0);
            weekday_sentence |= weekday_alone;
            if let Some(when) = timex.when.filter(|_| !timex.relative) {
                if when.end.year() <= dct.year() - 10 {
                    names_old = true;
                } else {
                    names_recent = true;
                }
            }
        }
        old += usize::from(names_old);
        recent += usize::from(names_recent);
        deictic += usize::from(counts_from_today);
        weekdays += usize::from(weekday_sentence);
    }
    // Weekdays alone count only in a text that also has words of a writer's day (a report's
    // "died Saturday ... said late yesterday"); otherwise they ask for more old dates.
    let at_least = if weekdays > 0 { 5 } else { 3 };
    if deictic > 0 {
        deictic += weekdays;
    }
    old >= at_least && old >= 3 * recent && old >= 10 * deictic
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histories_are_told_from_news() {
        let dct = NaiveDate::from_ymd_opt(2009, 5, 1).expect("valid date");
        let cases: &[(&str, bool)] = &[
            (
                "The war began in 1914. On 12 August, troops crossed. By 1916 the front had \
                 barely moved. The armistice came on 11 November 1918.",
                true,
            ),
            // One "today" in a long history does not make it news.
            (
                "Rome was founded in 753 BC. The republic began in 509 BC. Caesar crossed the \
                 Rubicon in 49 BC. Augustus died in AD 14. Nero ruled from 54. Titus took \
                 Jerusalem in 70. Trajan died in 117. Hadrian built his wall in 122. The \
                 capital moved in 330. Rome was sacked in 410. The last emperor fell in 476. The \
                 eastern empire lasted until 1453. Its walls still stand today.",
                true,
            ),
            // Too few dated sentences.
            ("The war began in 1914. It ended in 1918.", false),
            // Recent years as often as old ones: news looking back.
            (
                "The plant opened in 1962. It was sold in 2008. Its owner reopened it in 1970, \
                 1985 and 1990, and again in 2007. It expanded in 1975.",
                false,
            ),
            // Words counted from the day of writing.
            (
                "The war began in 1914, the museum said yesterday. Troops crossed in 1915. \
                 The front held in 1916.",
                false,
            ),
            (
                "Stocks fell on Tuesday. In 1987 they crashed. In 1929 too. And in 1907.",
                false,
            ),
            // A history tells its days with weekdays alone too.
            (
                "The crisis began on 16 October 1962. By Friday the chiefs agreed. In 1961 the \
                 invasion had failed. In 1959 Castro took power. In 1958 the rebels advanced. \
                 In 1956 the rebels landed.",
                true,
            ),
            // With a word of the writer's day, weekdays count: an obituary.
            (
                "He died Saturday, his wife said late yesterday. He was born in 1911. He \
                 married in 1952. He was elected in 1966. He won in 1980 and again in 1984. He \
                 left office in 1989. He fell ill in 1994. He wrote in 1990, 1991, 1992 and \
                 1993. He retired in 1995 and in 1996 he moved. In 1997 he stopped.",
                false,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(reads_as_history(text, dct), *expected, "{text}");
        }
    }
    use proptest::prelude::*;

    /// Monday 19 June 2023.
    fn anchor() -> Anchor {
        Anchor::day(NaiveDate::from_ymd_opt(2023, 6, 19).expect("valid date"))
    }

    /// One "start..end TYPE value [mod]" line per match.
    fn render(text: &str, timexes: &[Timex]) -> String {
        timexes
            .iter()
            .map(|t| {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                let modifier = t.modifier.map(|m| format!(" {m}")).unwrap_or_default();
                format!(
                    "{}..{} {} {}{modifier}",
                    t.start,
                    t.end,
                    t.kind.as_str(),
                    t.value
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[track_caller]
    fn check_in(text: &str, dct: Anchor, domain: Domain, expected: &str) {
        let found = render(text, &tag_text(text, dct, domain));
        assert_eq!(found, expected, "input: {text:?}");
    }

    #[track_caller]
    fn check(text: &str, expected: &str) {
        check_in(text, anchor(), Domain::News, expected);
    }

    #[track_caller]
    fn check_narrative(text: &str, expected: &str) {
        check_in(text, anchor(), Domain::Narrative, expected);
    }

    #[track_caller]
    fn check_when(text: &str, edtf: &str) {
        let found = tag_text(text, anchor(), Domain::News);
        let when = found.first().and_then(|t| t.when.clone()).map(|w| w.edtf);
        assert_eq!(when.as_deref(), Some(edtf), "input: {text:?}");
    }

    /// A range of lengths is one length, at least its lower bound; a change from one length
    /// to another is not a range.
    #[test]
    fn ranges_of_lengths_are_one_length() {
        for (text, expected) in [
            (
                "Integration would take 18 to 24 months, the water stays for 10 or 15 days, \
                 and the next two or three weeks are critical.",
                "23..38 DURATION P18M EQUAL_OR_MORE\n60..73 DURATION P10D EQUAL_OR_MORE\n\
                 79..106 DURATION P2W EQUAL_OR_MORE",
            ),
            (
                "Prices rose from two to three years ago; it took two to three weeks.",
                "24..39 DATE 2020\n49..67 DURATION P2W EQUAL_OR_MORE",
            ),
        ] {
            check(text, expected);
        }
    }

    /// Hyphenated centuries, open-ended lengths, and names that are not times.
    #[test]
    fn centuries_bounds_and_names() {
        for (text, expected) in [
            (
                "It was an 18th-century house and a sixteenth-century church.",
                "10..22 DATE 17\n35..52 DATE 15",
            ),
            (
                "The review could take six months or longer, a year or more, or a week or less.",
                "22..42 DURATION P6M EQUAL_OR_MORE\n44..58 DURATION P1Y EQUAL_OR_MORE\n\
                 63..77 DURATION P1W EQUAL_OR_LESS",
            ),
            ("Members of District 1199 voted.", ""),
            (
                "Stocks fell on Black Monday, and Tuesday Morning Corp. rose on Tuesday.",
                "63..70 DATE 2023-06-13",
            ),
            (
                "Prices fell as recently as last Friday.",
                "27..38 DATE 2023-06-16",
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn absolute_dates() {
        check("on 3 March 2021", "3..15 DATE 2021-03-03");
        check("in 2021 they met", "3..7 DATE 2021");
        check("on 19 June", "3..10 DATE 2023-06-19");
        check("on June 19", "3..10 DATE 2023-06-19");
        check("Feb. 6, 2014", "0..12 DATE 2014-02-06");
        check("Thursday, July 20, 2023", "0..23 DATE 2023-07-20");
        check("May 2023", "0..8 DATE 2023-05");
        check("fiscal 1998", "0..11 DATE 1998");
        check("in fiscal year 2011", "3..19 DATE 2011");
        check("the 1990s", "0..9 DATE 199");
        check("summer of 2020", "0..14 DATE 2020-SU");
        // A winter written with both its years.
        check("the winter of 1951–52", "0..23 DATE 1951-WI");
        check("winter 1999-00", "0..14 DATE 1999-WI");
        check("winter 1941-43", "0..11 DATE 1941-WI");
        check("on 1998-08-07", "3..13 DATE 1998-08-07");
    }

    #[test]
    fn relative_dates() {
        check("yesterday", "0..9 DATE 2023-06-18");
        check("today", "0..5 DATE 2023-06-19");
        check("He is here now", "11..14 DATE PRESENT_REF");
        check("It is currently open", "6..15 DATE PRESENT_REF");
        check("They met recently", "9..17 DATE PAST_REF");
        check("last week", "0..9 DATE 2023-W24");
        check("this week", "0..9 DATE 2023-W25");
        // A weekday of a named week (written on Monday 19 June 2023).
        check("It began on Wednesday last week.", "12..31 DATE 2023-06-14");
        check("Talks resume Friday next week.", "13..29 DATE 2023-06-30");
        check(
            "He said it on Thursday last week, on Tuesday of last week and on Friday of this week.",
            "14..32 DATE 2023-06-15\n37..57 DATE 2023-06-13\n65..84 DATE 2023-06-23",
        );
        check("last month", "0..10 DATE 2023-05");
        check("next year", "0..9 DATE 2024");
        check("a year ago", "0..10 DATE 2022");
        check("two years ago", "0..13 DATE 2021");
        check("It grew in recent years", "11..23 DATE PAST_REF");
        check("Sales rose earlier this year", "11..28 DATE 2023 START");
        check("early 2023", "0..10 DATE 2023 START");
        check("the end of last year", "0..20 DATE 2022 END");
        check("Profit fell in the first quarter", "15..32 DATE 2023-Q1");
        check("the first quarter of the year", "0..29 DATE 2023-Q1");
        check("the third quarter", "0..17 DATE 2023-Q3");
        check("on Friday the deal was signed", "3..9 DATE 2023-06-16");
        check("on Friday the deal will be signed", "3..9 DATE 2023-06-23");
    }

    #[test]
    fn months_follow_the_tense() {
        let march = Anchor::day(NaiveDate::from_ymd_opt(2023, 3, 10).expect("valid date"));
        let july = Anchor::day(NaiveDate::from_ymd_opt(2023, 7, 10).expect("valid date"));
        check_in(
            "It opened in May.",
            july,
            Domain::News,
            "13..16 DATE 2023-05",
        );
        check_in(
            "It opened in May.",
            march,
            Domain::News,
            "13..16 DATE 2022-05",
        );
        check_in(
            "It will open in May.",
            march,
            Domain::News,
            "16..19 DATE 2023-05",
        );
    }

    #[test]
    fn narrative_dates_follow_the_last_date() {
        // A date set for what was to come after a background year counts from the story;
        // the next sentence goes on from the story's date.
        check_narrative(
            "It began on 6 June 1944. Planning had started in 1943, and the landings had been \
             set for 5 June. On 20 July a plot failed.",
            "12..23 DATE 1944-06-06\n49..53 DATE 1943\n89..95 DATE 1944-06-05\n\
             100..107 DATE 1944-07-20",
        );
        // An earlier date in the past perfect is a flashback; "of the previous year", "of that
        // year" belong to the month or season before them.
        check_narrative(
            "In 1905 the fleet sailed. It had left in October of the previous year. On 27 May \
             it was destroyed.",
            "3..7 DATE 1905\n41..69 DATE 1904-10\n74..80 DATE 1905-05-27",
        );
        // A later day in the same flashback is of the flashback's year; a shift opening the sentence
        // after one counts from it.
        check_narrative(
            "Tsushima was fought on 27 May 1905. The fleet had left Libau on 15 October 1904 and had fired on trawlers on 21 October.",
            "23..34 DATE 1905-05-27\n64..79 DATE 1904-10-15\n109..119 DATE 1904-10-21",
        );
        check_narrative(
            "Tsushima was fought on 27 May 1905. The fleet had left Libau on 15 October 1904. Six days later it fired on trawlers.",
            "23..34 DATE 1905-05-27\n64..79 DATE 1904-10-15\n81..95 DATE 1904-10-21",
        );
        // (Not after a look back aside in a sentence that told the story's own date first.)
        check_narrative(
            "On 21 June 168 BC there was an eclipse; a tribune had predicted it the day before. \
             The next day the armies met.",
            "3..17 DATE BC0168-06-21\n67..81 DATE BC0168-06-20\n83..95 DATE BC0168-06-22",
        );
        check_narrative(
            "Tsushima was fought on 27 May 1905. The fleet had sailed in October 1904. It stopped at Tangier. The following month it rounded the Cape.",
            "23..34 DATE 1905-05-27\n60..72 DATE 1904-10\n97..116 DATE 1904-11",
        );
        // A sentence that opens on a date and goes on in the past perfect looks back too, and runs
        // forward inside itself; "By ... had" is done by then, not a look back.
        check_narrative(
            "The offensive lasted from 1 February to 13 March 1940. During December and January the Red Army had suffered defeats. The new offensive opened on 1 February.",
            "26..36 DATE 1940-02-01\n40..53 DATE 1940-03-13\n62..70 DATE 1939-12\n75..82 DATE 1940-01\n146..156 DATE 1940-02-01",
        );
        check_narrative(
            "At 11:35 p.m. on 7 August 2008 the shelling began. By the morning of 8 August troops had entered the town.",
            "3..30 TIME 2008-08-07T23:35\n54..77 TIME 2008-08-08TMO",
        );
        // A year naming a thing is what shifts in its sentence count from; year-less dates keep the
        // story's year, and the story goes on from where it was.
        check_narrative(
            "On 10 October 1973 they reached the 1967 ceasefire line, and on 11 October they advanced. Two days later they stopped.",
            "3..18 DATE 1973-10-10\n36..40 DATE 1967\n64..74 DATE 1973-10-11\n90..104 DATE 1973-10-13",
        );
        check_narrative(
            "The 1964 film Zulu was followed by a prequel fifteen years later.",
            "4..8 DATE 1964\n45..64 DATE 1979",
        );
        // But a later year naming an event the story tells moves the story on to it; one
        // still to come does not.
        check_narrative(
            "In a 1908 interview he promised to retire. Madero challenged him in the 1910 \
             election and was arrested in June.",
            "5..9 DATE 1908\n72..76 DATE 1910\n106..110 DATE 1910-06",
        );
        check_narrative(
            "He said he would keep it alive for the 1996 election. He had dropped out in July.",
            "39..43 DATE 1996\n76..80 DATE 2022-07",
        );
        // A part of a day counted from the story's, and a stretch of a year.
        check_narrative(
            "Tacna fell on 26 May 1880. On the morning of that day troops occupied the port.",
            "14..25 DATE 1880-05-26\n30..53 TIME 1880-05-26TMO",
        );
        check_narrative(
            "In the early months of 1880 the army rested. In the closing months of that year it \
             moved.",
            "3..27 DATE 1880 START\n48..79 DATE 1880 END",
        );
        check_narrative(
            "The war began in 1940. In the last weeks of May the army rested.",
            "17..21 DATE 1940\n26..47 DATE 1940-05 END",
        );
        // After a winter written with both its years, the story goes on into the second (but a
        // December is still the first's); a winter of one year does not move on.
        check_narrative(
            "The army spent the winter of 1631–32 in camp and invaded Bavaria in the spring. Tilly fell in April.",
            "15..38 DATE 1631-WI\n70..80 DATE 1632-SP\n96..101 DATE 1632-04",
        );
        check_narrative(
            "During the winter of 1915–16 the position became untenable. The evacuation ended on 19 December.",
            "7..30 DATE 1915-WI\n86..97 DATE 1915-12-19",
        );
        check_narrative(
            "In the winter of 1942 the Germans froze. In March they attacked.",
            "3..21 DATE 1942-WI\n44..49 DATE 1942-03",
        );
        check_narrative(
            "In 1910 he lost. He died on November 25 of that year. In the autumn of that year, \
             he wrote. That same month he died.",
            "3..7 DATE 1910\n28..52 DATE 1910-11-25\n57..80 DATE 1910-FA\n92..107 DATE 1910-11",
        );
        // After a range, a year-less date inside it is read from its start; "the next day"
        // counts from its end.
        check_narrative(
            "The campaign lasted from August 7, 1942, to February 9, 1943. In September the \
             Japanese landed.",
            "25..39 DATE 1942-08-07\n44..60 DATE 1943-02-09\n65..74 DATE 1942-09",
        );
        check_narrative(
            "The battle lasted from July 1 to July 3, 1863. The next day, Vicksburg fell.",
            "23..29 DATE 1863-07-01\n33..45 DATE 1863-07-03\n47..59 DATE 1863-07-04",
        );
        // A weekday in a story is the nearest, the next on a tie; "the 8th" the nearer of this
        // month's and next month's; a past perfect month looks back.
        check_narrative(
            "On Wednesday, 17 October 1962, they met. By Friday the chiefs agreed.",
            "3..29 DATE 1962-10-17\n44..50 DATE 1962-10-19",
        );
        check_narrative(
            "By 21 December the town was surrounded. On Tuesday, Eisenhower met them.",
            "3..14 DATE 2023-12-21\n43..50 DATE 2023-12-19",
        );
        // After a month or a year alone, a weekday is some day of it.
        check_narrative(
            "The war began in May 1940. On Monday the troops moved.",
            "17..25 DATE 1940-05\n30..36 DATE 1940-05-XX",
        );
        check_narrative(
            "In 1916 the rising was planned. On Saturday they met.",
            "3..7 DATE 1916\n35..43 DATE 1916-XX-XX",
        );
        check_narrative(
            "On 9 December 1971 they sailed. On the 8th, boats had attacked.",
            "3..18 DATE 1971-12-09\n35..42 DATE 1971-12-08",
        );
        check_narrative(
            "The GDR followed on 7 October 1949. The treaty had been signed in April.",
            "20..34 DATE 1949-10-07\n66..71 DATE 1949-04",
        );
        // A range's start that would fall after its end is in the year before.
        check_narrative(
            "They trailed the ships from 18 December until 7 January 1972.",
            "28..39 DATE 1971-12-18\n46..60 DATE 1972-01-07",
        );
        check_narrative("Men of the 6th and 2nd Colonial Battalions dropped.", "");
        // A clock time with a place's time or a zone takes the day after it; a month before a
        // capitalised noun is a name.
        // Weeks counted from a day of the story land on a day; spelled hours with "o'clock", "first
        // light", a modified part of the day after "from", and a holiday's night are times.
        check_narrative(
            "They won on 24 October 1912 and again a week later.",
            "12..27 DATE 1912-10-24\n38..50 DATE 1912-10-31",
        );
        check_narrative(
            "On 16 November 1632 he was killed at one o'clock in the afternoon.",
            "3..19 DATE 1632-11-16\n37..65 TIME 1632-11-16T13:00",
        );
        check_narrative(
            "On 16 November 1632 they fought from late morning until nightfall.",
            "3..19 DATE 1632-11-16\n37..49 TIME 1632-11-16TMO END\n56..65 TIME 1632-11-16TEV",
        );
        check_narrative(
            "On 4 December 1971 they sailed; aircraft arrived at first light.",
            "3..18 DATE 1971-12-04\n52..63 TIME 1971-12-04TMO",
        );
        check_narrative(
            "In 1776 the army camped. On Christmas night it crossed the Delaware.",
            "3..7 DATE 1776\n28..43 TIME 1776-12-25TNI",
        );
        check(
            "Tapes from the night the plane went down were released.",
            "",
        );
        check("One of the three clocks stopped.", "");
        check_narrative(
            "At 09:00 Moscow time on Sunday, 28 October 1962, he spoke.",
            "3..47 TIME 1962-10-28T09:00",
        );
        check_narrative("After the October Revolution they fled.", "");
        // "the third day" of a story counts from where the counting began.
        check_narrative(
            "It began on 3 May 1915. On the second day it bent. On the third day it broke.",
            "12..22 DATE 1915-05-03\n27..41 DATE 1915-05-04\n54..67 DATE 1915-05-05",
        );
        check("On the third day of talks, they agreed.", "");
        // Days are counted from the story's day, not from a background year.
        check_narrative(
            "Protests swelled on 9 October 1989. Honecker, who had led the country since 1971, was forced out nine days later.",
            "20..34 DATE 1989-10-09\n76..80 DATE 1971\n97..112 DATE 1989-10-18",
        );
        // The writer's present ("this year") does not move the story.
        check_narrative(
            "On 3 May 1945 the army halted. This year marks an anniversary. In June it crossed.",
            "3..13 DATE 1945-05-03\n31..40 DATE 2023\n66..70 DATE 1945-06",
        );
        // A weekday that does not fit the story's year looks at the next year first; units, a paper's
        // name and a rate of things are not dates; "By evening" is that evening.
        check_narrative(
            "In 1947 the crisis grew. On Friday, 18 June the council met.",
            "3..7 DATE 1947\n28..43 DATE 1948-06-18",
        );
        check_narrative(
            "On 7 October 1973 the 7th and 188th Armoured Brigades held. The following morning they fell back.",
            "3..17 DATE 1973-10-07\n60..81 TIME 1973-10-08TMO",
        );
        check_narrative(
            "In May 1916 the infantry of the 3rd, 7th and 18th Corps advanced. By the 3rd, it \
             had crossed.",
            "3..11 DATE 1916-05\n69..76 DATE 1916-05-03",
        );
        check_narrative(
            "The Sunday Times reported it on 23 April 1916.",
            "32..45 DATE 1916-04-23",
        );
        check_narrative(
            "On 5 May 1942 workers got 250 grams of bread a day. By evening the guns stopped.",
            "3..13 DATE 1942-05-05\n45..50 SET P1D\n55..62 TIME 1942-05-05TEV",
        );
        check_narrative("They travelled by night.", "");
        check_narrative(
            "On 11 September 1683 the army climbed, and towards evening it reached the summit. \
             Toward nightfall it rested.",
            "3..20 DATE 1683-09-11\n51..58 TIME 1683-09-11TEV\n89..98 TIME 1683-09-11TEV",
        );
        // "the weekend" in a story is the story's, not the writer's.
        check_narrative(
            "On Tuesday 16 October 1962 the crisis began. By the weekend the President had decided. By the end of the month it was over.",
            "3..26 DATE 1962-10-16\n48..59 DATE 1962-W42-WE\n90..110 DATE 1962-10 END",
        );

        // The first day counted counts from the day something began when the story is a few days
        // past it (and not ahead of the day counted); a date in apposition is that day.
        check_narrative(
            "The war began on 5 June 1967. On 9 June the Syrians retreated. On the sixth day the army collapsed.",
            "17..28 DATE 1967-06-05\n33..39 DATE 1967-06-09\n66..79 DATE 1967-06-10",
        );
        check_narrative(
            "The offensive opened on 1 February 1940. On 11 February, the fourth day of the assault, the line broke. On the fifth day they advanced.",
            "24..39 DATE 1940-02-01\n44..55 DATE 1940-02-11\n57..71 DATE 1940-02-11\n107..120 DATE 1940-02-12",
        );
        check_narrative(
            "The siege began on 21 January 1968. The offensive came on 30 January. On the fourth day the Marines crossed the river.",
            "19..34 DATE 1968-01-21\n58..68 DATE 1968-01-30\n73..87 DATE 1968-02-02",
        );

        // A sentence opening on the year written out starts that year over.
        check_narrative(
            "The siege ended on 20 December 1942. In 1942 the front was quiet. The attack \
             began on 3 May.",
            "19..35 DATE 1942-12-20\n40..44 DATE 1942\n86..91 DATE 1942-05-03",
        );
        // A look back a few days is an aside: the story stays on the day it was at.
        check_narrative(
            "The attack came on December 7, 1941. The previous evening, a message was read. \
             Later that day, Japan declared war. The following afternoon, Roosevelt spoke.",
            "19..35 DATE 1941-12-07\n37..57 TIME 1941-12-06TEV\n79..93 DATE 1941-12-07 END\n\
             115..138 TIME 1941-12-08TAF",
        );
        check_narrative(
            "War broke out in 1914. On 12 August the army crossed. The next day it rained.",
            "17..21 DATE 1914\n26..35 DATE 1914-08-12\n54..66 DATE 1914-08-13",
        );
        // A background year after a date in the same sentence, or in the past perfect, is the
        // reference only for the rest of its sentence.
        check_narrative(
            "It began on 24 February 2022, escalating a war that started in 2014. On 25 February \
             troops reached Kyiv.",
            "12..28 DATE 2022-02-24\n63..67 DATE 2014\n72..83 DATE 2022-02-25",
        );
        check_narrative(
            "He arrived on 2 January 2000. He had fled in June 1998 and returned later that \
             year. On 5 January he spoke.",
            "14..28 DATE 2000-01-02\n45..54 DATE 1998-06\n68..83 DATE 1998 END\n\
             88..97 DATE 2000-01-05",
        );
        // Decades counted from a year give a year; from a decade, a decade.
        check_narrative(
            "Hall retired in 2011. A decade later he returned.",
            "16..20 DATE 2011\n22..36 DATE 2021",
        );
        // ... but a decade named as one is a decade, even from a year.
        check_narrative(
            "The war began in 1907. In the previous decade the army had grown.",
            "17..21 DATE 1907\n26..45 DATE 189",
        );
        // A decade is a date to count from: "the following decade" after "the 1860s".
        check_narrative(
            "A railway came in 1833. In the 1860s the walls fell. The following decade saw growth.",
            "18..22 DATE 1833\n27..36 DATE 186\n53..73 DATE 187",
        );
        // A month or day with "the following year", "that year": the year last mentioned.
        check_narrative(
            "An armistice came in December 1917, the treaty on 3 March the following year.",
            "21..34 DATE 1917-12\n50..76 DATE 1918-03-03",
        );
        check(
            "The plant opened in 2019 and closed in May that year.",
            "20..24 DATE 2019\n39..52 DATE 2019-05",
        );
        check(
            "The plant opened in 2019; it left in June the previous year.",
            "20..24 DATE 2019\n37..59 DATE 2018-06",
        );
        // "after that", "before this" and "on" count from the date last mentioned too.
        check_narrative(
            "Belgrano sank on 2 May 1982; two days after that, Sheffield was hit.",
            "17..27 DATE 1982-05-02\n29..48 DATE 1982-05-04",
        );
        check_narrative(
            "The war ended in 1982. Thirty years on, both claim the islands.",
            "17..21 DATE 1982\n23..38 DATE 2012",
        );
        // A range's lead-in: a date just before its start is of its year.
        check_narrative(
            "The Battle of Verdun was fought from 21 February to 18 December 1916. The \
             attack was originally scheduled for 12 February.",
            "37..48 DATE 1916-02-21\n52..68 DATE 1916-12-18\n110..121 DATE 1916-02-12",
        );
        // A look back goes on in the past perfect from its date, forward.
        check_narrative(
            "The offensive lasted from 1 February to 13 March 1940. The war had begun on 30 \
             November 1939. During December and January the Red Army had suffered defeats.",
            "26..36 DATE 1940-02-01\n40..53 DATE 1940-03-13\n76..92 DATE 1939-11-30\n101..109 DATE 1939-12\n114..121 DATE 1940-01",
        );
        // ... also when the story had been set at the end of a range.
        check_narrative(
            "The siege lasted from 8 September 1941 to 27 January 1944. Operation \
             Barbarossa had begun on 22 June 1941. Army Group North had advanced rapidly, \
             and by early August it had reached the Luga line. On 30 August they cut the \
             railway.",
            "22..38 DATE 1941-09-08\n42..57 DATE 1944-01-27\n93..105 DATE 1941-06-22\n153..165 DATE 1941-08 START\n199..208 DATE 1941-08-30",
        );
        // "had been probing ... since late May" is a look back too.
        check_narrative(
            "The siege lasted from 1 August 1904 to 2 January 1905, although Japanese \
             forces had been probing the outer defences since late May.",
            "22..35 DATE 1904-08-01\n39..53 DATE 1905-01-02\n122..130 DATE 1904-05 END",
        );
        // An earlier full date qualifying a noun does not move the story.
        check_narrative(
            "China attacked on 20 October 1962. On 21 November Chinese forces withdrew \
             behind the line of actual control of 7 November 1959. Krishna Menon had \
             resigned on 31 October.",
            "18..33 DATE 1962-10-20\n38..49 DATE 1962-11-21\n111..126 DATE 1959-11-07\n158..168 DATE 1962-10-31",
        );
        // A range stays the story's across a look back.
        check_narrative(
            "The campaign was fought between 7 August 1942 and 9 February 1943. Japanese \
             forces had occupied Tulagi in early May 1942 and began building an airfield in \
             early July. On 7 August the Marines landed.",
            "32..45 DATE 1942-08-07\n50..65 DATE 1943-02-09\n106..120 DATE 1942-05 START\n155..165 DATE 1942-07 START\n170..178 DATE 1942-08-07",
        );
        // A holiday takes the year written after it.
        check_narrative(
            "The Rising took place during Easter Week, April 1916. On Good Friday, 21 \
             April, Casement landed. On Easter Monday the rebels seized the GPO.",
            "29..40 DATE 1916-W16\n42..52 DATE 1916-04\n57..68 DATE 1916-04-21\n70..78 DATE 1916-04-21\n100..113 DATE 1916-04-24",
        );
        // A look ahead counted in a relative clause leaves the story where it was.
        check_narrative(
            "The battle began on 30 January 1968. Adams photographed the execution, whose \
             picture won the Pulitzer Prize the following year. Fighting continued until \
             early March.",
            "20..35 DATE 1968-01-30\n108..126 DATE 1969\n153..164 DATE 1968-03 START",
        );
        // "until" a full date is a range from that year's start.
        check_narrative(
            "The battle lasted until 18 December 1916. The attack began on 12 February.",
            "24..40 DATE 1916-12-18\n62..73 DATE 1916-02-12",
        );
        // Right after a range, days are counted from its start.
        check_narrative(
            "It lasted from 1 to 18 July 1916. On the fifth day it rained.",
            "15..16 DATE 1916-07-01\n20..32 DATE 1916-07-18\n37..50 DATE 1916-07-05",
        );
        // "midwinter" is the middle of the winter; "Midsummer" in a name no season.
        check_narrative(
            "In December 1877 the command decided to cross the Balkans in midwinter. A Midsummer \
             Night's Dream was played.",
            "3..16 DATE 1877-12\n61..70 DATE 1877-WI MID",
        );
        // A winter told at January to March is the one the story is in, begun the year before.
        check_narrative(
            "France signed an alliance on 6 February 1778. The army spent the winter at Valley \
             Forge.",
            "29..44 DATE 1778-02-06\n61..71 DATE 1777-WI",
        );
        check_narrative(
            "The city fell on 10 January 1942. That winter thousands starved.",
            "17..32 DATE 1942-01-10\n34..45 DATE 1941-WI",
        );
        check_narrative(
            "The city fell on 10 October 1942. That winter thousands starved.",
            "17..32 DATE 1942-10-10\n34..45 DATE 1942-WI",
        );
        // "the eleventh day of the eleventh month" is no day counted from the story's.
        check_narrative(
            "The armistice was signed on 11 November 1918 and came into force at 11 a.m., the \
             eleventh hour of the eleventh day of the eleventh month.",
            "28..44 DATE 1918-11-11\n68..75 TIME 1918-11-11T11:00",
        );
        // A story at the end of a year is at its last month: a month past it is the next
        // year's.
        check_narrative(
            "In late 1917 the army formed. In November it marched; on 22 February it fought, and \
             that summer it won.",
            "3..12 DATE 1917 END\n33..41 DATE 1917-11\n57..68 DATE 1918-02-22\n84..95 DATE 1918-SU",
        );
        // A background date in a relative clause leaves year-less dates after the clause to the story ...
        check_narrative(
            "In May 1916, Haig, who had replaced French the previous December, wanted to \
             delay until August, but agreed to attack at the end of June.",
            "3..11 DATE 1916-05\n43..64 DATE 1915-12\n88..94 DATE 1916-08\n120..135 DATE 1916-06 END",
        );
        // ... unless the main clause names its own date: the story moves on to it.
        check_narrative(
            "In August 1828 a French corps landed. Russia, which had declared war in April \
             1828, reached Adrianople in July 1829, and the treaty was signed on 14 September.",
            "3..14 DATE 1828-08\n72..82 DATE 1828-04\n106..115 DATE 1829-07\n\
             146..158 DATE 1829-09-14",
        );
        // ... while shifts after it still count from it.
        check_narrative(
            "In 1970 the war went on. Troop strength, which had risen to 536,000 by the end \
             of 1968, began to fall the following summer.",
            "3..7 DATE 1970\n71..86 DATE 1968 END\n102..122 DATE 1969-SU",
        );
        // A year-less date takes the year of the full date its sentence runs to.
        check_narrative(
            "The rebellion lasted between 1899 and 1901. The siege lasted from 20 June until its \
             relief on 14 August 1900.",
            "29..33 DATE 1899\n38..42 DATE 1901\n66..73 DATE 1900-06-20\n94..108 DATE 1900-08-14",
        );
        // A date after a flashback's, told in the simple past, moves the story on.
        check_narrative(
            "Fighting resumed on 3 February 1913. The siege, which had begun in early November, ended on 26 March. Ioannina had surrendered on 6 March.",
            "20..35 DATE 1913-02-03\n67..81 DATE 1912-11 START\n92..100 DATE 1913-03-26\n130..137 DATE 1913-03-06",
        );
        // A shift set beside a date restates it; seasons joined share the year after the
        // last; "spent the winter" is a season.
        check_narrative(
            "The war began in 1932. Peace was signed on 21 July 1938, three years later.",
            "17..21 DATE 1932\n43..55 DATE 1938-07-21\n57..74 DATE 1938",
        );
        check_narrative(
            "The siege began on 8 September 1941 and was lifted on 27 January 1944, 872 days later.",
            "19..35 DATE 1941-09-08\n54..69 DATE 1944-01-27\n71..85 DATE 1944-01-27",
        );
        check_narrative(
            "It began in 1972. Fighting flared in the spring and late summer of 1973.",
            "12..16 DATE 1972\n37..47 DATE 1973-SP\n52..71 DATE 1973-SU END",
        );
        check_narrative(
            "In 1953 the French built a base. Giap spent the winter bringing up four divisions.",
            "3..7 DATE 1953\n44..54 DATE 1953-WI",
        );
        // ... or somewhere; and "it was decades before" is a length.
        check_narrative(
            "Towns were destroyed in 1676, and it was decades before the frontier was \
             resettled. In December 1675 Metacom spent the early winter near Albany.",
            "24..28 DATE 1676\n41..48 DURATION PXDE\n87..100 DATE 1675-12\n115..131 DATE \
             1675-WI START",
        );
        // A season before the clause's verb or quantity is one; before a noun it is not.
        check_narrative(
            "The war began in 1935. An attack in the spring failed, and by the autumn 230,000 \
             men were deployed.",
            "17..21 DATE 1935\n36..46 DATE 1935-SP\n62..72 DATE 1935-FA",
        );
        check_narrative(
            "In 1990 they bathed in the spring water and were hot in the summer heat.",
            "3..7 DATE 1990",
        );
        // Not when "that" begins a noun phrase, or "on" a place.
        check_narrative(
            "It began in 1982. Two days after that meeting, he stayed two years on the board.",
            "12..16 DATE 1982\n18..26 DURATION P2D\n57..66 DURATION P2Y",
        );
    }

    /// "That summer" is the summer of the year last mentioned, in narrative and news alike; a
    /// season after a capitalised preposition is still a season; "early in" and "later in" are
    /// parts of the period; a narrative's "today" is `PRESENT_REF`.
    #[test]
    fn seasons_and_parts_of_the_year_last_mentioned() {
        check_narrative(
            "In 1952 the front held. That summer, talks stalled. In the autumn, the army retreated.",
            "3..7 DATE 1952\n24..35 DATE 1952-SU\n55..65 DATE 1952-FA",
        );
        check_narrative(
            "In 1940 France fell. Later that summer, the battle began.",
            "3..7 DATE 1940\n21..38 DATE 1940-SU END",
        );
        check_narrative(
            "Early in 1953, Stalin died. Later in the year, talks resumed.",
            "0..13 DATE 1953 START\n28..45 DATE 1953 END",
        );
        // A history's "today" is the writer's present, not a day of the story.
        check_narrative(
            "Saigon fell in 1975. Today, Vietnam is a trading partner.",
            "15..19 DATE 1975\n21..26 DATE PRESENT_REF",
        );
        check(
            "Today, Vietnam is a trading partner.",
            "0..5 DATE 2023-06-19",
        );
        // A season after a year alone is in the next (or previous) year; after a season,
        // counted from it.
        check_narrative(
            "In 1863 he won. The following spring he attacked.",
            "3..7 DATE 1863\n16..36 DATE 1864-SP",
        );
        check_narrative(
            "In 1863 he won. The previous autumn was quiet.",
            "3..7 DATE 1863\n16..35 DATE 1862-FA",
        );
        check_narrative(
            "In the spring of 1864 he won. The following summer he lost.",
            "3..21 DATE 1864-SP\n30..50 DATE 1864-SU",
        );
        // Before Christ, a season keeps its era.
        check_narrative(
            "In 218 BC Hannibal marched. That autumn he crossed the Alps.",
            "3..9 DATE BC0218\n28..39 DATE BC0218-FA",
        );
        check_in(
            "He visited in 1998. That summer, he left.",
            anchor(),
            Domain::News,
            "14..18 DATE 1998\n20..31 DATE 1998-SU",
        );
    }

    /// Forms of business and modern news: quarter and half codes, fiscal-year codes, the decade
    /// of the 2000s, British clock times, a day of last or next year, and year ranges written
    /// with a hyphen (but not codes that merely contain digits).
    #[test]
    fn codes_decades_and_hyphenated_year_ranges() {
        let table = [
            (
                "Sales rose in Q3 2023 and in H1 2024.",
                "14..21 DATE 2023-Q3\n29..36 DATE 2024-H1",
            ),
            (
                "In FY2023 revenue grew; FY23 was strong.",
                "3..9 DATE 2023\n24..28 DATE 2023",
            ),
            ("The H1N1 virus spread in H2O.", ""),
            ("In the early 2000s, prices rose.", "3..18 DATE 200 START"),
            // A stop after "pm" ends the sentence; minutes after a dot need a.m. or p.m.
            ("He spoke at 3pm.", "12..15 TIME 2023-06-19T15:00"),
            (
                "Talks resume at 10.30pm GMT.",
                "16..27 TIME 2023-06-19T22:30",
            ),
            ("Prices rose 10.30 percent.", ""),
            // A day of a named year: "Feb. 24 last year".
            ("On Feb. 24 last year, war began.", "3..20 DATE 2022-02-24"),
            (
                "He served from 2009-2017. Call 555-1990.",
                "15..19 DATE 2009\n20..24 DATE 2017",
            ),
        ];
        for (text, expected) in table {
            check(text, expected);
        }
    }

    /// "On the 25th" is a day of the month being talked about: the narrative's month (the next
    /// one once that day has passed), the report's month in news by tense; never a count, a
    /// unit's name or a day of an unknown month.
    #[test]
    fn a_day_of_the_month_being_talked_about() {
        check_narrative(
            "In August 1950 it began. On the 25th, Chinese forces attacked.",
            "3..14 DATE 1950-08\n28..36 DATE 1950-08-25",
        );
        check_narrative(
            "On 20 June 1942 the siege began. By the 3rd the city had fallen.",
            "3..15 DATE 1942-06-20\n36..43 DATE 1942-07-03",
        );
        check_narrative(
            "The 3rd Division reached the 5th hole. On the 25th the troops moved.",
            "",
        );
        // After "on", a name may open the clause, but not a unit's name; "of that month" is
        // the story's month; a part of the day takes the day after "on".
        check_narrative(
            "The Syrians were stopped by 10 October 1973. On the 11th Israeli forces crossed, \
             and on the 11th Armoured Division's front it was quiet.",
            "28..43 DATE 1973-10-10\n48..56 DATE 1973-10-11",
        );
        check_narrative(
            "In 1879 reinforcements landed at Durban in March. On the 12th of that month a \
             convoy was overrun.",
            "3..7 DATE 1879\n43..48 DATE 1879-03\n53..75 DATE 1879-03-12",
        );
        check_narrative(
            "On 5 December 1812 Napoleon left the army, arriving in Paris just before midnight \
             on the 18th.",
            "3..18 DATE 1812-12-05\n73..93 TIME 1812-12-18T24:00",
        );
        check("Prices fell on the 25th.", "15..23 DATE 2023-05-25");
        check("Rates will rise on the 5th.", "19..26 DATE 2023-07-05");
        check(
            "The 25th anniversary came on the 3rd of May.",
            "29..43 DATE 2023-05-03",
        );
    }

    /// "The following Thursday", "the previous Friday", "the following March" count from the
    /// date last mentioned, in news as in narrative.
    #[test]
    fn weekdays_and_months_before_or_after_the_date_last_mentioned() {
        let monday = Anchor::day(NaiveDate::from_ymd_opt(1989, 10, 30).expect("valid date"));
        let table = [
            (
                "Shares closed lower Friday. They had risen the previous Friday.",
                "20..26 DATE 1989-10-27\n43..62 DATE 1989-10-20",
            ),
            (
                "He arrived on Monday. The following Thursday he left.",
                "14..20 DATE 1989-10-30\n22..44 DATE 1989-11-02",
            ),
            (
                "He was elected in May 1990. The following March he resigned. The previous \
                 November he had wavered.",
                "18..26 DATE 1990-05\n28..47 DATE 1991-03\n61..82 DATE 1990-11",
            ),
        ];
        for (text, expected) in table {
            check_in(text, monday, Domain::News, expected);
        }
    }

    /// `ahead` marks dates the sentence puts ahead of its time (a future tense, or a deadline in
    /// a clause that is not past, whatever the reporting verb); `names_month` marks relative
    /// dates whose month or day the text names.
    #[test]
    fn dates_put_ahead_and_dates_that_name_a_month() {
        let table = [
            ("The minister said emissions must halve by 2030.", true),
            ("The summit will meet again in 2026.", true),
            ("By 1945, the war had ended.", false),
            ("The government said on 3 March 2023 that it agreed.", false),
        ];
        for (text, ahead) in table {
            let found = tag_text(text, anchor(), Domain::News);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].ahead, ahead, "{text}");
        }
        let found = tag_text("It rained on 5 May and on Tuesday.", anchor(), Domain::News);
        let named: Vec<bool> = found.iter().map(|t| t.names_month).collect();
        assert_eq!(named, [true, false]);
    }

    /// A year before a count noun is a count ("The 1990 people left"), but not before a name
    /// that starts with one ("People's Defence Forces"), right after a month ("6 June 1944
    /// troops") or opening a sentence ("In 1879 troops"); a season whose year was not read is not guessed.
    #[test]
    fn a_year_before_a_name_that_starts_with_a_count_noun() {
        let table = [
            (
                "In July 2021 People's Defence Forces attacked.",
                "3..12 DATE 2021-07",
            ),
            (
                "In the summer of 2013 People's Defense Forces held talks.",
                "3..21 DATE 2013-SU",
            ),
            ("The 1990 people left.", ""),
            ("In the summer of 2013 people fled.", ""),
        ];
        for (text, expected) in table {
            check(text, expected);
        }
        // Right after a month, a number in year range is the year, count noun or not.
        let table = [
            ("On 6 June 1944 troops landed.", "3..14 DATE 1944-06-06"),
            ("In June 1944 troops landed.", "3..12 DATE 1944-06"),
            // ... and so is one that opens a sentence after "In" or "By".
            ("In 1879 troops occupied the port.", "3..7 DATE 1879"),
            ("By 1916 men were dying.", "3..7 DATE 1916"),
            ("They sent in 2000 troops.", ""),
        ];
        for (text, expected) in table {
            check(text, expected);
        }
    }

    /// A part of the day after a preposition, with "the" or with early/late/mid: "by late
    /// afternoon", "in the early morning", "by mid-afternoon".
    #[test]
    fn parts_of_the_day_with_early_late_and_mid() {
        check_narrative(
            "On 6 June 1944 troops landed. By late afternoon the beach was taken.",
            "3..14 DATE 1944-06-06\n33..47 TIME 1944-06-06TAF END",
        );
        check(
            "In the early morning the raid began.",
            "3..20 TIME 2023-06-19TMO START",
        );
        check(
            "By mid-afternoon, shares fell.",
            "3..16 TIME 2023-06-19TAF MID",
        );
        check("In time, it healed.", "");
    }

    /// A weekday written with a year-less date picks, among the year the tense gives and its
    /// neighbours, the one where the day is that weekday; with none, the tense's year stays.
    #[test]
    fn a_weekday_with_a_date_picks_the_year() {
        let january = Anchor::day(NaiveDate::from_ymd_opt(2024, 1, 5).expect("valid date"));
        // A day a week ahead in a past sentence is taken as this year's when no past verb
        // governs it ("declared a dividend payable Jan. 12") ...
        check_in(
            "The board declared a dividend payable Jan. 12.",
            january,
            Domain::News,
            "38..45 DATE 2024-01-12",
        );
        // ... but last year's when one does ("met on Jan. 12", "died Aug. 20").
        check_in(
            "The council met on Jan. 12.",
            january,
            Domain::News,
            "19..26 DATE 2023-01-12",
        );
        // 12 January 2024 is a Friday, and 12 January 2023 was a Thursday: the weekday agrees.
        check_in(
            "The council met on Thursday, Jan. 12.",
            january,
            Domain::News,
            "19..36 DATE 2023-01-12",
        );
        // Neither 2024 nor 2023 has a Monday 24 February (2025 does, but a past sentence does
        // not look ahead): the tense decides.
        check_in(
            "Markets fell on Monday, Feb. 24.",
            january,
            Domain::News,
            "16..31 DATE 2023-02-24",
        );
        check_in(
            "The dividend will be paid on Monday, Feb. 24.",
            january,
            Domain::News,
            "29..44 DATE 2025-02-24",
        );
        // A history's weekday is read by the calendar of its time: 25 October 1415, Julian,
        // was a Friday (a Wednesday by the Gregorian rule).
        check_narrative(
            "Henry landed in August 1415. The battle was fought on Friday, 25 October.",
            "16..27 DATE 1415-08\n54..72 DATE 1415-10-25",
        );
    }

    /// "until" a weekday in a past sentence is a state that may go on past the report: the
    /// nearest such day ("by Saturday" stays the one before).
    #[test]
    fn until_a_weekday_is_the_nearest() {
        let friday = Anchor::day(NaiveDate::from_ymd_opt(2011, 3, 11).expect("valid date"));
        for (text, expected) in [
            (
                "The airport was closed until at least Saturday morning.",
                "38..54 TIME 2011-03-12TMO",
            ),
            ("He was held until Thursday.", "18..26 DATE 2011-03-10"),
            (
                "They had filed reports by Saturday.",
                "26..34 DATE 2011-03-05",
            ),
        ] {
            check_in(text, friday, Domain::News, expected);
        }
    }

    /// A past verb right before a year-less day, or before the preposition that hangs the
    /// day on it, makes it last year's when the day is still ahead of the report.
    #[test]
    fn a_past_verb_keeps_its_day_in_the_past() {
        let july = Anchor::day(NaiveDate::from_ymd_opt(2013, 7, 16).expect("valid date"));
        for (text, expected) in [
            ("He died on Aug. 20.", "11..18 DATE 2012-08-20"),
            ("He died on July 20.", "11..18 DATE 2012-07-20"),
            ("The plant closed Aug. 30.", "17..24 DATE 2012-08-30"),
            ("He died on July 16.", "11..18 DATE 2013-07-16"),
            ("He died on July 2.", "11..17 DATE 2013-07-02"),
            // Not governed by the verb: a date set in the past for the near future.
            (
                "They declared a dividend payable Aug. 20.",
                "33..40 DATE 2013-08-20",
            ),
            (
                "The company said it will open on Aug. 20.",
                "33..40 DATE 2013-08-20",
            ),
        ] {
            check_in(text, july, Domain::News, expected);
        }
    }

    /// The day a report was made ("police said Wednesday") after the day of what it reports
    /// does not become the day later clock times and shifts count from.
    #[test]
    fn the_day_of_a_report_is_not_the_story_day() {
        let wednesday = Anchor::day(NaiveDate::from_ymd_opt(2013, 6, 12).expect("valid date"));
        for (text, expected) in [
            (
                "A bomb exploded Monday, police said Wednesday. The blast came at 9 a.m.",
                "16..22 DATE 2013-06-10\n36..45 DATE 2013-06-12\n65..71 TIME 2013-06-10T09:00",
            ),
            (
                "Troops fired on protesters Monday, witnesses told reporters Wednesday. The next \
                 day, the army withdrew.",
                "27..33 DATE 2013-06-10\n60..69 DATE 2013-06-12\n71..83 DATE 2013-06-11",
            ),
            // Without an earlier day in its sentence, the report's day is the story's.
            (
                "Police said Wednesday. The next day, the army withdrew.",
                "12..21 DATE 2013-06-12\n23..35 DATE 2013-06-13",
            ),
            // "that" opens what was said: its day is the story's.
            (
                "On Monday, police said that the bomb went off Tuesday. The next day, they left.",
                "3..9 DATE 2013-06-10\n46..53 DATE 2013-06-11\n55..67 DATE 2013-06-12",
            ),
        ] {
            check_in(text, wednesday, Domain::News, expected);
        }
    }

    /// "late on Friday" is the end of that day; "a day earlier than planned" is a length; a
    /// game's quarters and clock are no dates; "within a week" is no rate but "ten a month" is;
    /// a determiner inside a compound begins nothing; half a decade is counted in years; "the
    /// 1989-90 winter" is one date.
    #[test]
    fn parts_of_days_lengths_and_games() {
        let friday = Anchor::day(NaiveDate::from_ymd_opt(2013, 3, 22).expect("valid date"));
        for (text, expected) in [
            (
                "Parliament is due to vote late on Friday or early on Saturday.",
                "26..40 DATE 2013-03-22 END\n44..61 DATE 2013-03-23 START",
            ),
            ("Early on, the plan seemed to work.", ""),
            (
                "It opened on July 2, a day earlier than planned.",
                "13..19 DATE 2012-07-02\n21..26 DURATION P1D",
            ),
            (
                "Miami trailed by 13 early in the third quarter and rallied to within one with \
                 2:40 left.",
                "",
            ),
            // A score or a game's clock says so too; a range of figures does not.
            (
                "Baltimore led 28-6 early in the third quarter, and they were tied 72-72 after \
                 three quarters.",
                "",
            ),
            ("With 1:50 remaining, the pass fell incomplete.", ""),
            (
                "Profits rose 5-6 percent in the third quarter.",
                "28..45 DATE 2012-Q3",
            ),
            ("Profit rose in the third quarter.", "15..32 DATE 2012-Q3"),
            (
                "Militias killed 1,200 people within a week.",
                "36..42 DURATION P1W",
            ),
            ("It is a once-in-a-decade event.", ""),
            // A spelled count before "a month" makes a rate.
            ("They built ten a month.", "15..22 SET P1M"),
            // A winter with both its years before it is the first's.
            ("The 1989-90 winter was harsh.", "0..18 DATE 1989-WI"),
        ] {
            check_in(text, friday, Domain::News, expected);
        }
        check_narrative(
            "The war ended in 1990. A decade and a half later, the border reopened.",
            "17..21 DATE 1990\n23..48 DATE 2005",
        );
    }

    /// Years in words, as broadcasts speak them, but not counts or titles written the same way.
    #[test]
    fn spelled_years() {
        for (text, expected) in [
            ("In two thousand three, the war began.", "3..21 DATE 2003"),
            (
                "The nineteen ninety-seven attack killed 12.",
                "4..25 DATE 1997",
            ),
            ("Some two thousand five hundred men died.", ""),
            (
                "The Two Thousand Words manifesto appeared in June 1968.",
                "45..54 DATE 1968-06",
            ),
        ] {
            check(text, expected);
        }
    }

    /// A present-tense verb of a calendar tells a schedule: its weekday or month is ahead.
    #[test]
    fn a_present_schedule_is_ahead() {
        let thursday = Anchor::day(NaiveDate::from_ymd_opt(2013, 6, 13).expect("valid date"));
        for (text, expected) in [
            (
                "The summit opens Tuesday in Geneva.",
                "17..24 DATE 2013-06-18",
            ),
            (
                "Continental, which reports results on Tuesday, fell.",
                "38..45 DATE 2013-06-18",
            ),
            ("The law takes effect Jan. 1.", "21..27 DATE 2014-01-01"),
            ("The trial resumes in March.", "21..26 DATE 2014-03"),
            // ... after a noun with its determiner, an age reached, a step down.
            ("His term ends in November.", "17..25 DATE 2013-11"),
            (
                "Cook, who turns 28 on Christmas Day, has scored heavily.",
                "22..35 DATE 2013-12-25",
            ),
            ("He steps down in October.", "17..24 DATE 2013-10"),
            (
                "The plan calls for talks in February.",
                "28..36 DATE 2014-02",
            ),
            ("The offer runs through Feb. 28.", "23..30 DATE 2014-02-28"),
            // Nouns, not verbs: the nearest day; "turns" without an age is no schedule.
            ("The trend turns in November.", "19..27 DATE 2012-11"),
            (
                "Members had filed compliance reports by Tuesday.",
                "40..47 DATE 2013-06-11",
            ),
            (
                "His visits on Tuesday were short.",
                "14..21 DATE 2013-06-11",
            ),
        ] {
            check_in(text, thursday, Domain::News, expected);
        }
    }

    /// A past perfect looks back from the story, however far "had" is from its date, but not
    /// "had" with an object, "had already" (done by then) or a date less than a month after the
    /// story's (the story has moved on). "since" looks back too, even from a background date.
    #[test]
    fn past_perfect_looks_back_from_the_story() {
        for (text, expected) in [
            // A count back in a participle aside leaves the story where it was; "after the
            // Little Bighorn" is a preposition, so the past perfect before it looks back.
            (
                "On 20 August 1877 they raided the camp. They turned east through the park, \
                 created only five years before, where they met tourists. Sturgis tried to block \
                 them at the end of the month. Sitting Bull had taken refuge there after the \
                 Little Bighorn the previous year. On 30 September Miles attacked.",
                "3..17 DATE 1877-08-20\n88..105 DATE 1872\n163..183 DATE 1877-08 END\n246..263 \
                 DATE 1876\n268..280 DATE 1877-09-30",
            ),
            // A date added after a comma is in the clause before it ("once before" is no
            // conjunction).
            (
                "In 168 BC the Romans chose Paullus, who had been consul once before, in 182 BC. \
                 He reached the front in the middle of June.",
                "3..9 DATE BC0168\n72..78 DATE BC0182\n104..122 DATE BC0168-06 MID",
            ),
            // "before" right at the date is its preposition, not another clause's conjunction.
            (
                "The leaders signed the declaration on 10 January 1966. The armies had crossed \
                 the line before 5 August.",
                "38..53 DATE 1966-01-10\n94..102 DATE 1965-08-05",
            ),
            (
                "On 6 January 1900 the Boers attacked. Churchill had been captured in an ambush \
                 on an armoured train near Chieveley on 15 November.",
                "3..17 DATE 1900-01-06\n118..129 DATE 1899-11-15",
            ),
            (
                "The city fell on 20 May 1631. On 24 May Tilly had 4,000 men in the field.",
                "17..28 DATE 1631-05-20\n33..39 DATE 1631-05-24",
            ),
            (
                "The city fell on 20 May 1631. On 24 May the Elector had already left the city.",
                "17..28 DATE 1631-05-20\n33..39 DATE 1631-05-24",
            ),
            (
                "The army landed on 15 September 1950. Seoul had been recaptured on 28 September.",
                "19..36 DATE 1950-09-15\n67..79 DATE 1950-09-28",
            ),
            (
                "The siege began on 2 November 1899. By January rations had been cut. Buller, who \
                 had landed on 31 October, took command.",
                "19..34 DATE 1899-11-02\n39..46 DATE 1900-01\n95..105 DATE 1899-10-31",
            ),
            (
                "After the breakout in August 1944, armies had advanced. Brussels had been \
                 liberated on 3 September.",
                "22..33 DATE 1944-08\n87..98 DATE 1944-09-03",
            ),
            (
                "Buller entered on 3 March 1900. Kimberley had been relieved a fortnight earlier, \
                 and Mafeking, besieged since 13 October, would be relieved on 17 May.",
                "18..30 DATE 1900-03-03\n60..79 DATE 1900-02-17\n110..120 DATE 1899-10-13\n\
                 143..149 DATE 1900-05-17",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// "the following October" after a whole year is the next year's; "two days afterwards"
    /// counts like "two days later"; "Hill 1221" is a place.
    #[test]
    fn narrative_counts_from_years_and_days() {
        for (text, expected) in [
            (
                "In 1805 Prussia stayed neutral, but it was crushed at Jena the following October.",
                "3..7 DATE 1805\n59..80 DATE 1806-10",
            ),
            (
                "The talks broke down on 13 November 1939. Moscow renounced the pact two days \
                 afterwards.",
                "24..40 DATE 1939-11-13\n68..87 DATE 1939-11-15",
            ),
            (
                "It was celebrated on 25 November 1783 for more than a century afterward.",
                "21..37 DATE 1783-11-25\n42..61 DURATION P100Y MORE_THAN",
            ),
            (
                "He was wounded near Hill 1221 on 1 December 1950, and held Point 1081.",
                "33..48 DATE 1950-12-01",
            ),
            // A season of the year after or before the one the story is at; a year written
            // "the year 411 BC".
            (
                "The war began in 431 BC. The army invaded in the spring of the next year.",
                "17..23 DATE BC0431\n45..72 DATE BC0430-SP",
            ),
            (
                "In the middle of the year 411 BC the fleet sailed.",
                "3..32 DATE BC0411 MID",
            ),
            // The end of a background range is background too.
            (
                "The city was sacked on 20 May 1631, during a war that lasted from 1618 to 1648. \
                 Four months later the Swedes won.",
                "23..34 DATE 1631-05-20\n66..70 DATE 1618\n74..78 DATE 1648\n80..97 DATE 1631-09",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A quarter something will happen in, more than a quarter before the report's, is next
    /// year's; a quarter figures are for, or the one just over, is this year's; "the quarter"
    /// ahead is the current one.
    #[test]
    fn a_quarter_ahead_is_next_years() {
        let december = Anchor::day(NaiveDate::from_ymd_opt(2012, 12, 10).expect("valid date"));
        for (text, expected) in [
            (
                "The company plans to launch the drug in the first quarter.",
                "40..57 DATE 2013-Q1",
            ),
            (
                "It will report results for the second quarter on Tuesday.",
                "27..45 DATE 2012-Q2\n49..56 DATE 2012-12-11",
            ),
            (
                "It expects to post a loss in the third quarter.",
                "29..46 DATE 2012-Q3",
            ),
        ] {
            check_in(text, december, Domain::News, expected);
        }
        // "the quarter" ahead, with none named before, is the one the report is written in.
        let february = Anchor::day(NaiveDate::from_ymd_opt(2011, 2, 15).expect("valid date"));
        check_in(
            "The company will close the deal by the end of the quarter.",
            february,
            Domain::News,
            "35..57 DATE 2011-Q1 END",
        );
        // Early in a year, the fourth quarter figures are for is last year's; a quarter
        // something happens in, or a fiscal quarter ahead, stays this year's.
        let january = Anchor::day(NaiveDate::from_ymd_opt(2011, 1, 17).expect("valid date"));
        for (text, expected) in [
            (
                "The company is scheduled to report fourth-quarter results on Wednesday.",
                "35..49 DATE 2010-Q4\n61..70 DATE 2011-01-19",
            ),
            (
                "The company will report results for the fourth quarter next week.",
                "36..54 DATE 2010-Q4\n55..64 DATE 2011-W04",
            ),
            (
                "Sales will rise in the fourth quarter.",
                "19..37 DATE 2011-Q4",
            ),
            (
                "Apple will report second-quarter results in April.",
                "18..32 DATE 2011-Q2\n44..49 DATE 2011-04",
            ),
        ] {
            check_in(text, january, Domain::News, expected);
        }
    }

    /// After a sentence looking back, a year-less date the story would put behind itself (or
    /// far ahead) goes on from the look back, and so does a year counted from it.
    #[test]
    fn a_look_back_goes_on_in_the_next_sentence() {
        for (text, expected) in [
            (
                "The battle was fought on 13 September 1847. The war had begun in April 1846. \
                 Congress declared war on May 13.",
                "25..42 DATE 1847-09-13\n65..75 DATE 1846-04\n102..108 DATE 1846-05-13",
            ),
            (
                "The siege ended on 28 February 1900. The town had been surrounded on 2 November \
                 1899. On 15 December the first relief attempt failed.",
                "19..35 DATE 1900-02-28\n69..84 DATE 1899-11-02\n89..100 DATE 1899-12-15",
            ),
            (
                "The battle was fought on 13 September 1759. In July 1758 Montcalm had repulsed a \
                 British army. The tide turned later that year.",
                "25..42 DATE 1759-09-13\n47..56 DATE 1758-07\n111..126 DATE 1758 END",
            ),
            // A relative clause's look years ahead ("who would become") is an aside.
            (
                "De Bono was replaced on 16 November 1935 by Badoglio, who would become prime \
                 minister in 1943. In early December the Italians held a line.",
                "24..40 DATE 1935-11-16\n89..93 DATE 1943\n98..112 DATE 1935-12 START",
            ),
            // The past perfect of a clause set inside the sentence's own is not a look back.
            (
                "The inspectors left on February 15, 2003. On March 17, after talks had \
                 collapsed, Bush gave an ultimatum.",
                "23..40 DATE 2003-02-15\n45..53 DATE 2003-03-17",
            ),
            // A look back counted from its sentence's own date is an aside there.
            (
                "In the spring of 1942, after the failure of the previous winter, Hitler turned \
                 south with a directive issued on 5 April.",
                "3..21 DATE 1942-SP\n44..63 DATE 1941-WI\n112..119 DATE 1942-04-05",
            ),
            // The end of a span still running is told ahead of the story, which goes on from
            // the span's start; the end dates the rest of its own sentence.
            (
                "The fighting began on 19 September 1944 and lasted until February 1945. The \
                 Germans attacked on 16 December.",
                "22..39 DATE 1944-09-19\n57..70 DATE 1945-02\n96..107 DATE 1944-12-16",
            ),
            (
                "Nasser sank ships on 31 October 1956, blocking the canal until early 1957. The \
                 campaign ended on 5 November.",
                "21..36 DATE 1956-10-31\n63..73 DATE 1957 START\n97..107 DATE 1956-11-05",
            ),
            (
                "The airport remained open until 2008 and was closed that October.",
                "32..36 DATE 2008\n52..64 DATE 2008-10",
            ),
            // "offered to him": an object, not an infinitive looking ahead; the past perfect
            // clause ahead of the story moves it on.
            (
                "In 1867 a crisis broke out. The cause was the throne, which had been offered to \
                 him in February 1870. On 2 July France protested.",
                "3..7 DATE 1867\n87..100 DATE 1870-02\n105..111 DATE 1870-07-02",
            ),
            // A life's end or start in a relative clause, and a year years off in brackets,
            // are asides; the story's own days in brackets are not.
            (
                "On 22 January 1879 Chard, who died in 1897, defended the station. The column \
                 reached Eshowe on 23 January.",
                "3..18 DATE 1879-01-22\n38..42 DATE 1897\n95..105 DATE 1879-01-23",
            ),
            (
                "Napoleon surrendered at Sedan on 2 September 1870 (he died in January 1873). \
                 German forces reached Paris on 19 September.",
                "33..49 DATE 1870-09-02\n62..74 DATE 1873-01\n108..120 DATE 1870-09-19",
            ),
            (
                "The war began in 1914. Its hero (1890–1975) fought at the Marne in September.",
                "17..21 DATE 1914\n33..37 DATE 1890\n40..44 DATE 1975\n69..78 DATE 1914-09",
            ),
            (
                "The Somme offensive began in July 1916. The second phase (15–22 September) \
                 brought tanks, and on 25 September Morval fell.",
                "29..38 DATE 1916-07\n58..60 DATE 1916-09-15\n63..75 DATE 1916-09-22\n99..111 \
                 DATE 1916-09-25",
            ),
            // A month planned ahead, a year years ahead in a participle set off by commas and
            // a look back from now inside a noun phrase are asides too.
            (
                "Iwo Jima fell in March 1945. Planners chose Okinawa for the invasion, which was \
                 scheduled to begin in November 1945. On 1 April the troops landed.",
                "17..27 DATE 1945-03\n102..115 DATE 1945-11\n120..127 DATE 1945-04-01",
            ),
            (
                "The war ended in 1898. The lease, agreed in 1903, remains in force. Many soldiers \
                 died in camps during the summer.",
                "17..21 DATE 1898\n44..48 DATE 1903\n103..113 DATE 1898-SU",
            ),
            // A birth set off by commas, a later writer's year and a look back in a relative
            // clause are asides; "per 1000" is a rate.
            (
                "The rising began on 17 July 1936. Franco, born in Ferrol on 4 December 1892, flew \
                 to Morocco the next day.",
                "20..32 DATE 1936-07-17\n60..75 DATE 1892-12-04\n93..105 DATE 1936-07-18",
            ),
            (
                "The war began in 1904. Makarov, born in 1849, arrived on 8 March.",
                "17..21 DATE 1904\n40..44 DATE 1849\n57..64 DATE 1904-03-08",
            ),
            // A count after a verb of counting is no year.
            (
                "In 1937 the town was bombed. Basque authorities claimed 1654, and the dead \
                 numbered 1200. Bilbao fell on 19 June.",
                "3..7 DATE 1937\n105..112 DATE 1937-06-19",
            ),
            // A day a decade ahead in a year the text tells less often than the story's is an
            // aside; in a year it dwells on, the story moves on to it.
            (
                "The enclave fell on 11 July 1995, and 1995 ended the war. The International \
                 Court of Justice ruled on 26 February 2007 that it was genocide. In early August \
                 the army attacked.",
                "20..32 DATE 1995-07-11\n38..42 DATE 1995\n102..118 DATE 2007-02-26\n\
                 144..156 DATE 1995-08 START",
            ),
            (
                "The war ended on 2 September 1945. On 25 June 1950 North Korea invaded, and 1950 \
                 saw defeats. On 28 June Seoul fell.",
                "17..33 DATE 1945-09-02\n38..50 DATE 1950-06-25\n76..80 DATE 1950\n\
                 97..104 DATE 1950-06-28",
            ),
            (
                "In 1937 Guernica was bombed. Historians writing in 2008 revised the figures. \
                 Bilbao fell on 19 June.",
                "3..7 DATE 1937\n51..55 DATE 2008\n92..99 DATE 1937-06-19",
            ),
            (
                "On 18 July 1988 Iran accepted Resolution 598, which had been passed on 20 July \
                 1987. Later that month the rebels attacked.",
                "3..15 DATE 1988-07-18\n71..83 DATE 1987-07-20\n85..101 DATE 1988-07 END",
            ),
            (
                "In 1901 the death rate reached 344 per 1000 per year. Later that year a \
                 commission met.",
                "3..7 DATE 1901\n44..52 SET P1Y\n54..69 DATE 1901 END",
            ),
            // The start of a state still holding, how long a record stood and how an event
            // was written about or remembered, years on, leave the story where it was; a
            // year-less date a few days behind the story is the story's.
            (
                "On 16 July 1940 Hitler ordered an invasion. Dowding, head of Fighter Command \
                 since July 1936, had insisted on radar stations. The first phase, from 10 July, \
                 hit convoys.",
                "3..15 DATE 1940-07-16\n83..92 DATE 1936-07\n148..155 DATE 1940-07-10",
            ),
            (
                "In 1863 Grant moved south. He crossed on April 30, a record that stood until \
                 the landings in North Africa in November 1942. The next day he won.",
                "3..7 DATE 1863\n41..49 DATE 1863-04-30\n109..122 DATE 1942-11\n124..136 DATE \
                 1863-05-01",
            ),
            (
                "The campaign began in 1863. Grant crossed the river on May 1, a record that \
                 stood until November 1942.",
                "22..26 DATE 1863\n55..60 DATE 1863-05-01\n88..101 DATE 1942-11",
            ),
            (
                "The siege began on 22 May 1863. One resident published an account of the siege \
                 in 1864. By late June the garrison starved.",
                "19..30 DATE 1863-05-22\n82..86 DATE 1864\n91..100 DATE 1863-06 END",
            ),
            (
                "The Marines stormed Chapultepec on 13 September 1847; a monument was \
                 inaugurated in 1952. That night Santa Anna fled.",
                "35..52 DATE 1847-09-13\n84..88 DATE 1952\n90..100 TIME 1847-09-13TNI",
            ),
            // A clock time ends at a stop before a capital; "that evening" after a clock time
            // is its part of the day; "by 4 o'clock" after 1 p.m. is the afternoon's.
            (
                "On 2 April 1982 the garrison surrendered at 9:15 a.m. The next day troops \
                 landed. At 9 p.m. On 5 April the fleet sailed.",
                "3..15 DATE 1982-04-02\n44..53 TIME 1982-04-02T09:15\n54..66 DATE \
                 1982-04-03\n85..91 TIME 1982-04-03T21:00\n95..102 DATE 1982-04-05",
            ),
            (
                "Sedan fell on 1 September 1870. At 6:30 that evening Napoleon surrendered, and \
                 at 10 p.m. that night the army followed.",
                "14..30 DATE 1870-09-01\n35..52 TIME 1870-09-01T18:30\n82..100 TIME \
                 1870-09-01T22:00",
            ),
            (
                "The battle began on 8 December 1939. That afternoon, at 4 o'clock, the Finns \
                 attacked, and at 4:30 the line broke.",
                "20..35 DATE 1939-12-08\n37..51 TIME 1939-12-08TAF\n56..65 TIME \
                 1939-12-08T16:00\n94..98 TIME 1939-12-08T16:30",
            ),
            (
                "The assault began at three o'clock on the afternoon of 21 December 1845. At \
                 about two o'clock the next afternoon it ended; at 9 a.m. on the evening of 22 \
                 December nothing.",
                "21..71 TIME 1845-12-21T15:00\n76..112 TIME 1845-12-22T14:00 APPROX\n126..162 \
                 TIME 1845-12-22T09:00",
            ),
            (
                "On 22 June 1868 the armies stood in line. In the afternoon, at about three \
                 o'clock, a skirmish began.",
                "3..15 DATE 1868-06-22\n45..58 TIME 1868-06-22TAF\n63..82 TIME \
                 1868-06-22T15:00 APPROX",
            ),
            (
                "The battle was fought on 20 September 1854. The fighting began shortly after 1 \
                 p.m. and was over by 4 o'clock.",
                "25..42 DATE 1854-09-20\n77..83 TIME 1854-09-20T13:00\n100..109 TIME \
                 1854-09-20T16:00",
            ),
            // The early or late part of a day's part is its start or end; "the early hours"
            // are the night's.
            (
                "Aircraft struck in the early afternoon of 22 September 1980 and in the late \
                 evening of 23 September; troops moved in the early hours of 24 September.",
                "19..59 TIME 1980-09-22TAF START\n67..99 TIME 1980-09-23TEV END\n117..148 TIME \
                 1980-09-24TNI",
            ),
            // A day of the month before a name, a verb or a count; not a regiment's number;
            // a named day with its date beside it leaves the date to say which day it is.
            (
                "The battle was fought on 22 and 23 February 1847. On the night of the 23rd Santa \
                 Anna withdrew. A sortie on the 24th failed. By the 26th three regiments had \
                 left. The 42nd Highlanders stayed.",
                "25..27 DATE 1847-02-22\n32..48 DATE 1847-02-23\n53..74 TIME \
                 1847-02-23TNI\n108..116 DATE 1847-02-24\n128..136 DATE 1847-02-26",
            ),
            (
                "The revolution had begun with Bloody Sunday on 22 January 1905. On 8 June \
                 Roosevelt offered to mediate.",
                "47..62 DATE 1905-01-22\n67..73 DATE 1905-06-08",
            ),
            // A count followed by the full date it reaches takes that date at its own unit.
            (
                "Khomeini died on 3 June 1989. Saddam invaded Kuwait two years later, on 2 August \
                 1990.",
                "17..28 DATE 1989-06-03\n52..67 DATE 1990\n72..85 DATE 1990-08-02",
            ),
            (
                "The Treaty of Paris was signed on 30 March 1856. Two decades later, in 1877, war \
                 came again. Six months earlier, in February 1877, it had been feared.",
                "34..47 DATE 1856-03-30\n49..66 DATE 187\n71..75 DATE 1877\n93..111 DATE \
                 1877-02\n116..129 DATE 1877-02",
            ),
            (
                "The siege ended on 14 August 1900. The Kaiser urged them to behave like the Huns \
                 of a thousand years ago; Waldersee arrived in late September.",
                "19..33 DATE 1900-08-14\n84..104 DATE 0900\n127..141 DATE 1900-09 END",
            ),
            // What "would later" come is told ahead of the story, which stays where it was.
            (
                "The war began on 6 October 1973. Zeira would later be dismissed after the \
                 commission reported in April 1974. The Syrians attacked on 7 October.",
                "17..31 DATE 1973-10-06\n97..107 DATE 1974-04\n133..142 DATE 1973-10-07",
            ),
            // A date set after "that year" or "that month" in its sentence is in that period.
            (
                "In 1917 the Bolsheviks seized power on 7 November. Earlier that year, on 6 April, \
                 the United States had declared war.",
                "3..7 DATE 1917\n39..49 DATE 1917-11-07\n51..68 DATE 1917 START\n73..80 DATE \
                 1917-04-06",
            ),
            // A decade gives no year to a day or a month: they keep the story's; shifts
            // still count from it.
            (
                "The war began on 6 October 1973. Memoirs published in the 1990s describe the \
                 meeting held on 5 October.",
                "17..31 DATE 1973-10-06\n54..63 DATE 199\n93..102 DATE 1973-10-05",
            ),
            (
                "In the 1880s the forts were modernised. A decade later the straits were mined.",
                "3..12 DATE 188\n40..54 DATE 189",
            ),
            // But what a negated clause waits for, or what happens then, moves the story on.
            (
                "The fleet sailed in May 1588 and did not sight the coast until 19 July. That \
                 evening beacons were lit.",
                "20..28 DATE 1588-05\n63..70 DATE 1588-07-19\n72..84 TIME 1588-07-19TEV",
            ),
            (
                "The war began on April 12, 1861. The neutrality lasted until September 3, when \
                 Polk occupied Columbus. Three days later Grant took Paducah.",
                "17..31 DATE 1861-04-12\n61..72 DATE 1861-09-03\n103..119 DATE 1861-09-06",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A line of years alone heads a section: a range of them starts the story at its first,
    /// and a year-less date does not roll on past them (unless within a quarter ahead).
    #[test]
    fn a_heading_of_years_holds_its_section() {
        for (text, expected) in [
            (
                "Kimathi was hanged on 18 February 1957.\n\n1957–1960\n\nThe last British units \
                 left the following year.",
                "22..38 DATE 1957-02-18\n41..45 DATE 1957\n48..52 DATE 1960\n82..100 DATE 1958",
            ),
            (
                "1917\n\nThe Bolsheviks seized power on 7 November 1917. The offensive in April \
                 ended in failure.",
                "0..4 DATE 1917\n37..52 DATE 1917-11-07\n71..76 DATE 1917-04",
            ),
            (
                "1944\n\nOn 16 December 1944 the Germans attacked, and were defeated by the end of \
                 January.",
                "0..4 DATE 1944\n9..25 DATE 1944-12-16\n69..87 DATE 1945-01 END",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A two-digit year of the story's century, names and feast days, a season before the
    /// subject, "the whole day", seasons joined after a winter.
    #[test]
    fn centuries_names_feasts_and_seasons_in_a_history() {
        for (text, expected) in [
            (
                "Spain lost the war in 1898. The defeat became known as the Disaster of '98.",
                "22..26 DATE 1898\n71..74 DATE 1898",
            ),
            (
                "The revolt began in July 1953. Castro's 26th of July Movement later became a \
                 party. On 1 April 1945, which was April Fools' Day, the troops landed.",
                "20..29 DATE 1953-07\n87..99 DATE 1945-04-01\n111..127 DATE 1945-04-01",
            ),
            (
                "Joan died in 1431. Today her feast day is kept on 30 May.",
                "13..17 DATE 1431\n19..24 DATE PRESENT_REF\n50..56 DATE XXXX-05-30",
            ),
            (
                "The war began in 1898. In the summer Roosevelt sailed, and on 1 July the fighting \
                 lasted the whole day.",
                "17..21 DATE 1898\n26..36 DATE 1898-SU\n62..68 DATE 1898-07-01\n89..102 DURATION \
                 P1D",
            ),
            (
                "In the spring of 1811 both sides prepared. That winter Napoleon assembled an \
                 army, and through the winter and spring the army grew.",
                "3..21 DATE 1811-SP\n43..54 DATE 1811-WI\n95..105 DATE 1811-WI\n110..116 DATE \
                 1812-SP",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// "after midnight on" a day is its start; a zone's full name belongs to the clock time;
    /// "a day celebrated as" names a day; a three-digit year opens a history's sentence.
    #[test]
    fn midnights_zones_named_days_and_early_years() {
        for (text, expected) in [
            (
                "Shortly after midnight on 28 July 1588 the fireships were sent in, and the \
                 surrender took effect at 23:01 Central European Time on 8 May 1945.",
                "14..38 TIME 1588-07-28T00:00\n100..141 TIME 1945-05-08T23:01",
            ),
            (
                "The last British troops left on November 25, 1783, a day celebrated as \
                 Evacuation Day.",
                "32..49 DATE 1783-11-25\n71..85 DATE XXXX-11-25",
            ),
            (
                "Edward died in January 1066. In 911 the Carolingian ruler allowed Rollo to settle \
                 in Normandy.",
                "15..27 DATE 1066-01\n32..35 DATE 0911",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// Years before Christ near a modifier or in a range; the night through which something
    /// went on; a season joined to one before it.
    #[test]
    fn ancient_years_nights_and_joined_seasons() {
        for (text, expected) in [
            (
                "Around 226 BC Rome and Carthage agreed on a border; the peace came in the winter \
                 of 446–445 BC.",
                "0..13 DATE BC0226 APPROX\n70..96 DATE BC0446-WI",
            ),
            (
                "The Second Punic War (218 to 201 BC) was long.",
                "22..25 DATE BC0218\n29..35 DATE BC0201",
            ),
            (
                "Napoleon detached Grouchy on 17 June 1815. Heavy rain fell through the night.",
                "29..41 DATE 1815-06-17\n67..76 TIME 1815-06-17TNI",
            ),
            (
                "Ney was shot on 7 December 1815. The White Terror swept the south that summer and \
                 autumn, and talks dragged on through the summer and autumn of 1816.",
                "16..31 DATE 1815-12-07\n66..77 DATE 1815-SU\n82..88 DATE 1815-FA\n119..129 DATE \
                 1816-SU\n134..148 DATE 1816-FA",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A story at a winter goes on into the next year; a winter read from a whole year or
    /// named by its year may be that year's first months, so the story stays at the year.
    #[test]
    fn a_winter_leads_into_the_next_year() {
        for (text, expected) in [
            (
                "In the spring of 1811 both sides prepared for war, and Napoleon spent the winter \
                 assembling an army. The army crossed the Neman in June.",
                "3..21 DATE 1811-SP\n70..80 DATE 1811-WI\n131..135 DATE 1812-06",
            ),
            (
                "In the spring of 1811 both sides prepared. That winter Napoleon assembled an \
                 army. The army crossed the Neman in June.",
                "3..21 DATE 1811-SP\n43..54 DATE 1811-WI\n113..117 DATE 1812-06",
            ),
            (
                "In the winter of 1942 the Germans froze. In March they attacked.",
                "3..21 DATE 1942-WI\n44..49 DATE 1942-03",
            ),
            (
                "In the winter of 1811–12 Napoleon assembled an army. The army crossed the Neman \
                 in June, and in December he retreated.",
                "3..26 DATE 1811-WI\n85..89 DATE 1812-06\n98..106 DATE 1812-12",
            ),
            (
                "In 1564 the knights seized a ship. Over the winter they strengthened the forts, \
                 and the fleet appeared on 18 May.",
                "3..7 DATE 1564\n40..50 DATE 1564-WI\n106..112 DATE 1564-05-18",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A day told in the present as one that comes back every year is no year's, and the story
    /// stays where it was; told in the past, it is the story's.
    #[test]
    fn a_yearly_day_in_a_history_has_no_year() {
        for (text, expected) in [
            // So is a holiday.
            (
                "The League of Nations first met in November 1920. Armistice Day has been marked \
                 every year since 1919.",
                "35..48 DATE 1920-11\n50..63 DATE XXXX-11-11\n80..90 SET P1Y\n97..101 DATE 1919",
            ),
            (
                "The festival began in 1430. It is held every year from 29 April to 8 May.",
                "22..26 DATE 1430\n39..49 SET P1Y\n55..63 DATE XXXX-04-29\n67..72 DATE XXXX-05-08",
            ),
            (
                "The war ended on 14 June 1982. Argentina still claims the islands, and 2 April is \
                 a public holiday there. On 20 June the troops left.",
                "17..29 DATE 1982-06-14\n71..78 DATE XXXX-04-02\n109..116 DATE 1982-06-20",
            ),
            (
                "The war ended on 14 June 1982. The anniversary was celebrated on 2 April.",
                "17..29 DATE 1982-06-14\n65..72 DATE 1982-04-02",
            ),
            (
                "The war ended on 16 December 1971. Bangladesh celebrates 26 March as \
                 Independence Day. Since 2000, 21 February has been observed as Language Day.",
                "17..33 DATE 1971-12-16\n57..65 DATE XXXX-03-26\n69..85 DATE XXXX-03-26\n\
                 93..97 DATE 2000\n99..110 DATE XXXX-02-21\n132..144 DATE XXXX-02-21",
            ),
            (
                "On the evening of 27 January 1944, a salute was fired to celebrate the end of \
                 the blockade.",
                "3..33 TIME 1944-01-27TEV",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// Parts of days counted or named by a day of the month, and a month that is a first name.
    #[test]
    fn nights_and_first_names() {
        for (text, expected) in [
            (
                "On the night of May 20–21, 1920, Carranza was killed.",
                "3..33 TIME 1920-05-20TNI",
            ),
            // "that April" before a conjunction is the month, as before a name.
            (
                "Hariri was killed on February 14, 2005. Syria withdrew its troops that April \
                 and left.",
                "21..38 DATE 2005-02-14\n66..76 DATE 2005-04",
            ),
            (
                "The retreat began on 10 September 1921. The guns fell silent on the night of the \
                 13th.",
                "21..38 DATE 1921-09-10\n64..85 TIME 1921-09-13TNI",
            ),
            (
                "The fleet anchored on 26 June 1759. Three nights later, fire ships drifted down.",
                "22..34 DATE 1759-06-26\n36..54 TIME 1759-06-29TNI",
            ),
            (
                "On 25 July 1990 Saddam met the US ambassador, April Glaspie, in Baghdad.",
                "3..15 DATE 1990-07-25",
            ),
            (
                "By mid-September Montgomery was ready.",
                "3..16 DATE 2023-09 MID",
            ),
            // A date near one: "around 1900" (not "around Wednesday", left out as TimeBank
            // does).
            (
                "The town was founded around 1900 and burned in about 1850, around 5 March 1850. \
                 They met around Wednesday.",
                "21..32 DATE 1900 APPROX\n47..57 DATE 1850 APPROX\n59..78 DATE 1850-03-05 APPROX\n\
                 96..105 DATE 1850-03-06",
            ),
            // A night across two days written with a slash.
            (
                "The assault began on 20 January 2000. On the night of 31 January/1 February 2000 \
                 the rebels broke out. The next morning they were gone.",
                "21..36 DATE 2000-01-20\n41..80 TIME 2000-01-31TNI\n103..119 TIME 2000-02-01TMO",
            ),
            (
                "The fleet sailed on 20 August 1863, and on the night of August 25/26 it anchored.",
                "20..34 DATE 1863-08-20\n43..68 TIME 1863-08-25TNI",
            ),
            // A time on a day the text does not give keeps the year it does.
            (
                "In 2014 the memorial opened. A bugle sounds every morning at 9 a.m.",
                "3..7 DATE 2014\n44..57 SET XXXX-XX-XXTMO\n61..67 TIME 2014-XX-XXT09:00",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// In news, a dated event named as background and a range between two years date their
    /// own sentence, not the clock times after it; "take effect" looks ahead; NBC's "Today" is
    /// a show.
    #[test]
    fn background_dates_in_news_stay_in_their_sentence() {
        let august = Anchor::day(NaiveDate::from_ymd_opt(2007, 8, 14).expect("valid date"));
        for (text, expected) in [
            (
                "Security has been tight since the Sept. 11, 2001, attacks. At about 2 p.m. EST, \
                 a plane landed.",
                "34..48 DATE 2001-09-11\n62..78 TIME 2007-08-14T14:00 APPROX",
            ),
            (
                "The recall covers toys sold between May 2003 and Nov. 30, 2006. The commission \
                 announced the recall at 9 a.m. EDT.",
                "36..44 DATE 2003-05\n49..62 DATE 2006-11-30\n103..113 TIME 2007-08-14T09:00",
            ),
            (
                "Lawmakers struggled to avert tax increases that take effect Jan. 1.",
                "60..66 DATE 2008-01-01",
            ),
            ("He appeared on NBC's \"Today\" show.", ""),
        ] {
            check_in(text, august, Domain::News, expected);
        }
    }

    /// "were possible Sunday" is a chance ahead; "to release revised figures" has an adjective,
    /// not a past verb; "for the October-December period" names a period figures cover.
    #[test]
    fn chances_adjectives_and_periods() {
        let monday = Anchor::day(NaiveDate::from_ymd_opt(2012, 1, 9).expect("valid date"));
        for (text, expected) in [
            (
                "Officials said more storms were possible Sunday.",
                "41..47 DATE 2012-01-15",
            ),
            (
                "The agency is scheduled to release revised figures on Wednesday.",
                "54..63 DATE 2012-01-11",
            ),
            (
                "It said profit for the October-December period was likely to reach 5 trillion won.",
                "23..30 DATE 2011-10\n31..39 DATE 2011-12",
            ),
        ] {
            check_in(text, monday, Domain::News, expected);
        }
    }

    /// Holidays, clock times and sets written the ways wire copy writes them.
    #[test]
    fn wire_copy_holidays_times_and_sets() {
        let sunday = Anchor::day(NaiveDate::from_ymd_opt(1997, 10, 19).expect("valid date"));
        for (text, expected) in [
            (
                "It was the most successful Fourth of July ever.",
                "27..41 DATE 1997-07-04",
            ),
            (
                "Markets will close at noon EST Tuesday.",
                "22..38 TIME 1997-10-21T12:00",
            ),
            (
                "Clinics open every Tuesday and Friday.",
                "13..26 SET XXXX-WXX-2\n31..37 SET XXXX-WXX-5",
            ),
            (
                "The Patriots practice every Wednesday and Thursday afternoon.",
                "22..37 SET XXXX-WXX-3\n42..60 SET XXXX-WXX-4TAF",
            ),
            (
                "Ten years ago today, the market crashed.",
                "0..19 DATE 1987-10-19",
            ),
            (
                "The mine will stay closed until at least March.",
                "41..46 DATE 1998-03",
            ),
        ] {
            check_in(text, sunday, Domain::News, expected);
        }
    }

    /// A past verb of commitment points ahead only for what comes after it: a date between the
    /// subject and the verb is when the commitment was made.
    #[test]
    fn a_commitment_looks_ahead_only_after_it() {
        let monday = Anchor::day(NaiveDate::from_ymd_opt(2013, 7, 22).expect("valid date"));
        for (text, expected) in [
            (
                "The Senate on Tuesday voted to extend the law.",
                "14..21 DATE 2013-07-16",
            ),
            (
                "The Bank of Japan in April pledged to double the money supply.",
                "21..26 DATE 2013-04",
            ),
            (
                "The board agreed to buy the line in February.",
                "36..44 DATE 2014-02",
            ),
        ] {
            check_in(text, monday, Domain::News, expected);
        }
    }

    /// Holidays in a history: Easter by the Julian computus before 1583, the days counted from
    /// it, and a holiday ahead in the story's year unless it was only weeks before.
    #[test]
    fn holidays_in_a_history() {
        for (text, expected) in [
            // A day the sentence names as a holiday is that day every year.
            (
                "Since 1838, 25 March has been celebrated as Independence Day; in Kuwait, 26 \
                 February is Liberation Day.",
                "6..10 DATE 1838\n12..20 DATE XXXX-03-25\n44..60 DATE XXXX-03-25\n\
                 73..84 DATE XXXX-02-26\n88..102 DATE XXXX-02-26",
            ),
            (
                "The army entered the city on 29 March 1461, Palm Sunday. Edward was crowned at \
                 Easter 1471.",
                "29..42 DATE 1461-03-29\n44..55 DATE 1461-03-29\n79..90 DATE 1471-04-14",
            ),
            (
                "York was appointed Protector in March 1454, but Henry recovered at Christmas.",
                "32..42 DATE 1454-03\n67..76 DATE 1454-12-25",
            ),
            (
                "The last troops left on 9 January 1916, two weeks after Christmas.",
                "24..38 DATE 1916-01-09\n40..49 DURATION P2W\n56..65 DATE 1915-12-25",
            ),
            // A holiday before its year needs no preposition.
            (
                "The soldiers spent Christmas 1942 in dugouts, and Easter 1943 in camps.",
                "19..33 DATE 1942-12-25\n50..61 DATE 1943-04-25",
            ),
            // The ends of the Second World War; in a history, D-Day is Normandy's unless it
            // is another operation's.
            (
                "Germany surrendered on V-E Day, and Japan on V-J Day.",
                "23..30 DATE 1945-05-08\n45..52 DATE 1945-08-15",
            ),
            (
                "The landings on D-Day were costly. D-Day for the operation was 17 September.",
                "16..21 DATE 1944-06-06\n63..75 DATE 1944-09-17",
            ),
            // A holiday counted by weekday takes the year written after it.
            (
                "The last troops left on Memorial Day 2014, and talks resumed after Thanksgiving \
                 Day 2003.",
                "24..41 DATE 2014-05-26\n67..88 DATE 2003-11-27",
            ),
            // "of" and a year after a holiday; the New Year is the first of January, but not
            // another calendar's nor a name.
            (
                "By Christmas of 1914 the front had frozen, and by Easter of 1917 it had broken.",
                "3..20 DATE 1914-12-25\n50..64 DATE 1917-04-08",
            ),
            (
                "The war ended on 11 November 1918. At the New Year the delegates met, and at New \
                 Year 1920 they parted.",
                "17..33 DATE 1918-11-11\n42..50 DATE 1919-01-01\n77..90 DATE 1920-01-01",
            ),
            (
                "The Chinese New Year fell on 12 February, and the New Year Offensive on 1 January \
                 1945.",
                "29..40 DATE 2023-02-12\n72..86 DATE 1945-01-01",
            ),
            (
                "The fighting began in 1944. The town was bombed on Boxing Day and again on St \
                 Patrick's Day 1945.",
                "22..26 DATE 1944\n51..61 DATE 1944-12-26\n75..96 DATE 1945-03-17",
            ),
            // Saints' days, and their eves; not a saint's name naming a thing.
            (
                "Balliol was crowned in 1292 on St Andrew's Day; the town burned on St. John's \
                 Eve. St Andrew's University opened.",
                "23..27 DATE 1292\n31..46 DATE 1292-11-30\n67..81 DATE 1292-06-23",
            ),
            // Days named for what they keep; Independence Day only in an American history.
            (
                "The offensive stopped on All Saints' Day 1916 and resumed on Armistice Day.",
                "25..45 DATE 1916-11-01\n61..74 DATE 1916-11-11",
            ),
            (
                "Algeria became independent in 1962. Independence Day was marked with parades.",
                "30..34 DATE 1962",
            ),
            (
                "The American army marched in 1863. The siege ended on Independence Day.",
                "29..33 DATE 1863\n54..70 DATE 1863-07-04",
            ),
            // Passion Sunday, two weeks before Easter (Julian before 1583).
            (
                "Henry was crowned in 1413 on 9 April, Passion Sunday.",
                "21..25 DATE 1413\n29..36 DATE 1413-04-09\n38..52 DATE 1413-04-09",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A weekday counted in a month, "won't" ahead, and the "recently" of "most recently on".
    #[test]
    fn counted_weekdays_and_negated_futures() {
        let thursday = Anchor::day(NaiveDate::from_ymd_opt(2005, 3, 10).expect("valid date"));
        for (text, expected) in [
            (
                "The Senate met on the last Sunday of November.",
                "18..45 DATE 2004-11-28",
            ),
            (
                "Congress convenes on the first Monday of March 1922.",
                "21..51 DATE 1922-03-06",
            ),
            (
                "It ended on the last Friday of December 2004.",
                "12..44 DATE 2004-12-31",
            ),
            ("The plant won't reopen before May.", "30..33 DATE 2005-05"),
            (
                "He said the fight may not end before summer.",
                "37..43 DATE 2005-SU",
            ),
            (
                "Prices rose, most recently on April 30.",
                "30..38 DATE 2005-04-30",
            ),
            (
                "Stores were busy over Presidents' Day. President Bush spoke.",
                "22..37 DATE 2005-02-21",
            ),
        ] {
            check_in(text, thursday, Domain::News, expected);
        }
    }

    /// A clock time written without a.m. or p.m. after an afternoon or evening one of its day
    /// is the p.m. one (not the next morning); after a morning one it stays as written.
    #[test]
    fn a_bare_clock_time_after_an_evening_one_is_pm() {
        for (text, expected) in [
            (
                "On 18 June 1815 La Haye Sainte fell at 6:30 p.m. The Guard attacked around 7:30, \
                 and the commanders met at 9 p.m.",
                "3..15 DATE 1815-06-18\n39..48 TIME 1815-06-18T18:30\n68..79 TIME \
                 1815-06-18T19:30 APPROX\n107..113 TIME 1815-06-18T21:00",
            ),
            (
                "On 18 June 1815 the attack began at 9 a.m. The Guard attacked at 10:15.",
                "3..15 DATE 1815-06-18\n36..42 TIME 1815-06-18T09:00\n65..70 TIME \
                 1815-06-18T10:15",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// Asides and comparisons leave the tense to the clause's verb; "on pace to" and a
    /// deadline weekend look ahead; a month a thing of someone's is dated by is over.
    #[test]
    fn comparisons_asides_and_deadlines_in_news() {
        for (text, expected) in [
            (
                "Sales rose more than expected in January.",
                "33..40 DATE 2023-01",
            ),
            // An attribution set off after the clause leaves the tense to the clause's verb.
            (
                "The storm will cross the central islands of the country and then head out to sea \
                 on Saturday, forecasters said.",
                "84..92 DATE 2023-06-24",
            ),
            (
                "The plane crashed on Sunday, officials said.",
                "21..27 DATE 2023-06-18",
            ),
            // A participle in a compound is an adjective.
            (
                "Ban hopes to hold the long-delayed talks in November.",
                "44..52 DATE 2023-11",
            ),
            (
                "The chipmaker reported a better-than-expected profit on Thursday.",
                "56..64 DATE 2023-06-15",
            ),
            (
                "The company expects profit for the year ending Aug. 31, compared with its \
                 December forecast.",
                "31..39 DURATION P1Y\n47..54 DATE 2023-08-31\n74..82 DATE 2022-12",
            ),
            (
                "The film is on pace to pass $300 million by Labor Day.",
                "44..53 DATE 2023-09-04",
            ),
            (
                "Customers could be without power until the weekend.",
                "39..50 DATE 2023-W25-WE",
            ),
        ] {
            check(text, expected);
        }
    }

    /// Delays, minimums, parts of a day in a set, bare plurals after "lasting", designations
    /// and titles, and a season opening a sentence before its verb.
    #[test]
    fn wire_copy_lengths_sets_and_names() {
        for (text, expected) in [
            (
                "Schools would open two hours late on Thursday, and two were sentenced to a \
                 minimum of one year.",
                "19..28 DURATION PT2H\n37..45 DATE 2023-06-22\n73..94 DURATION P1Y EQUAL_OR_MORE",
            ),
            (
                "Fans fill the stadium each Friday night, and the rally was called for changes \
                 lasting months.",
                "22..39 SET XXXX-WXX-5TNI\n86..92 DURATION PXM",
            ),
            (
                "The asteroid, known as 1997 XF11, and the album \"September of My Years\" are \
                 names.",
                "",
            ),
        ] {
            check(text, expected);
        }
        let march = Anchor::day(NaiveDate::from_ymd_opt(2013, 3, 6).expect("valid date"));
        check_in(
            "Spring officially begins on March 20. The winter has been mild. The fall was sudden.",
            march,
            Domain::News,
            "0..6 DATE 2013-SP\n28..36 DATE 2013-03-20\n38..48 DATE 2012-WI",
        );
    }

    /// An object before "yesterday", a "where" clause, a date set beside a year, a part of
    /// the day before a weekday, and "a year-long" in wire copy.
    #[test]
    fn wire_copy_objects_clauses_and_appositions() {
        let thursday = Anchor::day(NaiveDate::from_ymd_opt(1998, 9, 3).expect("valid date"));
        check_in(
            "I talked to her yesterday morning, and divers will search the lake, where a \
             fragment fell, on Saturday.",
            thursday,
            Domain::News,
            "16..33 TIME 1998-09-02TMO\n94..102 DATE 1998-09-05",
        );
        let tuesday = Anchor::day(NaiveDate::from_ymd_opt(1998, 8, 18).expect("valid date"));
        check_in(
            "The ruble collapsed in 1994, on Oct. 11, and the search resumed at dawn Thursday \
             after a year-long strike.",
            tuesday,
            Domain::News,
            "23..27 DATE 1994\n32..39 DATE 1994-10-11\n67..80 TIME 1998-08-13TMO\n89..98 DURATION \
             P1Y",
        );
    }

    /// A time of day told in the past is not on a day still ahead: it is the report's day.
    #[test]
    fn a_time_told_in_the_past_is_not_on_a_day_ahead() {
        check(
            "The strike is due to end on Wednesday, and the terminals were at a standstill by \
             mid-morning.",
            "28..37 DATE 2023-06-21\n81..92 TIME 2023-06-19TMO MID",
        );
        check(
            "The strike will end on Wednesday. Talks will resume at 10 a.m.",
            "23..32 DATE 2023-06-21\n55..62 TIME 2023-06-21T10:00",
        );
    }

    /// A bare morning clock time after an evening one (or a night) on the same day is the next
    /// day's, but not the same moment in another zone; the first clock time of a range is on
    /// the second's day.
    #[test]
    fn clock_times_roll_past_midnight() {
        let sunday = Anchor::day(NaiveDate::from_ymd_opt(1998, 7, 26).expect("valid date"));
        for (text, expected) in [
            (
                "He arrived at about 11 p.m. Saturday and left at 3 a.m.",
                "14..36 TIME 1998-07-25T23:00 APPROX\n49..55 TIME 1998-07-26T03:00",
            ),
            (
                "At 10 p.m. on 5 June 1944 the fleet sailed. At 6:30 a.m. the landings began.",
                "3..25 TIME 1944-06-05T22:00\n47..56 TIME 1944-06-06T06:30",
            ),
            (
                "Kickoff is at 8:30 p.m. local time (7:30 a.m. EDT).",
                "14..34 TIME 1998-07-26T20:30\n36..49 TIME 1998-07-26T07:30",
            ),
        ] {
            check_in(text, sunday, Domain::News, expected);
        }
        // A night named as one rolls the morning after it on too, in a report and in a history
        // (not a morning of a day named after it).
        check_in(
            "The boards approved the deal late on Wednesday night, and executives announced it \
             at 8:30 a.m. CST.",
            Anchor::day(NaiveDate::from_ymd_opt(2013, 2, 14).expect("valid date")),
            Domain::News,
            "37..52 TIME 2013-02-13TNI\n85..98 TIME 2013-02-14T08:30",
        );
        check_narrative(
            "Troops marched on the night of 18–19 April 1775. They reached Lexington at dawn, \
             and around 5 a.m. shots were fired; that afternoon they retreated.",
            "18..49 TIME 1775-04-18TNI\n77..81 TIME 1775-04-19TMO\n\
             87..100 TIME 1775-04-19T05:00 APPROX\n119..133 TIME 1775-04-19TAF",
        );
        check_narrative(
            "Attacks were to begin on the night of 30–31 January 1968, but units attacked in the \
             early morning hours of the 30th.",
            "25..58 TIME 1968-01-30TNI\n82..99 TIME 1968-01-30TMO START\n109..117 DATE 1968-01-30",
        );
        // Minutes later with no day to count from are a length.
        check(
            "Mexico can reach next year's tournament. Zusi scored in the 92nd minute and \
             Johannsson added another a minute later.",
            "17..26 DATE 2024\n101..109 DURATION PT1M",
        );
        // A report does not roll a past morning on past its own day.
        let friday = Anchor::day(NaiveDate::from_ymd_opt(1997, 5, 2).expect("valid date"));
        check_in(
            "The cabinet met on Friday evening. Blair told party workers at 5 a.m. that it was \
             over.",
            friday,
            Domain::News,
            "19..33 TIME 1997-05-02TEV\n63..69 TIME 1997-05-02T05:00",
        );
        // Minutes or hours counted from a clock time give a clock time.
        let friday = Anchor::day(NaiveDate::from_ymd_opt(1999, 7, 23).expect("valid date"));
        for (text, expected) in [
            (
                "Columbia lifted off at 12:31 a.m. EDT and reached orbit about eight and a half \
                 minutes later.",
                "23..37 TIME 1999-07-23T00:31\n56..92 TIME 1999-07-23T00:40 APPROX",
            ),
            (
                "The fire started at 4 p.m. Firefighters arrived about two hours later.",
                "20..26 TIME 1999-07-23T16:00\n48..69 TIME 1999-07-23T18:00 APPROX",
            ),
            // The first clock time of a range is on the second's day.
            (
                "Polls were open from 8 a.m. to 8 p.m. on Sunday.",
                "21..27 TIME 1999-07-18T08:00\n31..47 TIME 1999-07-18T20:00",
            ),
        ] {
            check_in(text, friday, Domain::News, expected);
        }
    }

    /// A holiday counted from a full date of its sentence is that date's year.
    #[test]
    fn a_holiday_counted_from_a_date_takes_its_year() {
        let dct = Anchor::day(NaiveDate::from_ymd_opt(2001, 1, 31).expect("valid date"));
        check_in(
            "Pan Am Flight 103 exploded over Lockerbie on December 21, 1988, four days before \
             Christmas.",
            dct,
            Domain::News,
            "45..62 DATE 1988-12-21\n64..73 DURATION P4D\n81..90 DATE 1988-12-25",
        );
    }

    /// "this weekend" told on a Thursday or a Friday is the coming one whatever the tense; on
    /// a Monday in the past tense, the one just gone; "the weekend" follows the tense. A weekday
    /// of this week already gone is next week's in a future sentence.
    #[test]
    fn this_weekend_late_in_the_week_is_the_coming_one() {
        // "this Tuesday" ahead, told on a Friday, is next week's.
        let friday = Anchor::day(NaiveDate::from_ymd_opt(1997, 5, 2).expect("valid date"));
        check_in(
            "Brown will meet the governor this Tuesday.",
            friday,
            Domain::News,
            "29..41 DATE 1997-05-06",
        );
        let thursday = Anchor::day(NaiveDate::from_ymd_opt(2009, 11, 26).expect("valid date"));
        let monday = Anchor::day(NaiveDate::from_ymd_opt(2009, 1, 5).expect("valid date"));
        for (text, dct, expected) in [
            (
                "She urged families who gather this weekend to get a flu shot.",
                thursday,
                "30..42 DATE 2009-W48-WE",
            ),
            (
                "Violence flared over the weekend, police said.",
                thursday,
                "21..32 DATE 2009-W47-WE",
            ),
            (
                "Coleman said this weekend that he would not concede.",
                monday,
                "13..25 DATE 2009-W01-WE",
            ),
        ] {
            check_in(text, dct, Domain::News, expected);
        }
    }

    #[test]
    fn narrative_runs_forward_and_ranges_share_a_year() {
        check_narrative(
            "The offensive began on 16 December 1944. Hitler died on 30 April.",
            "23..39 DATE 1944-12-16\n56..64 DATE 1945-04-30",
        );
        check_narrative(
            "The siege lasted from 12 May to 3 June 1942.",
            "22..28 DATE 1942-05-12\n32..43 DATE 1942-06-03",
        );
        check_narrative(
            "The battle (July–October 1940) was fought.",
            "12..16 DATE 1940-07\n19..31 DATE 1940-10",
        );
        check_narrative("Caesar died in 44 BC.", "15..20 DATE BC0044");
        // Three-digit years, as histories write them; not counts.
        check_narrative(
            "It was sacked in 842 and again in 851.",
            "17..20 DATE 0842\n34..37 DATE 0851",
        );
        check_narrative("In 476, the empire fell.", "3..6 DATE 0476");
        check_narrative("Sales rose in 476 stores; shares fell by 300.", "");
        check_narrative("It rose in 300, 400 and 500 cases.", "");
        // A day and month with an era year.
        check_narrative("on 10 January 49 BC", "3..19 DATE BC0049-01-10");
        check_narrative("on 24 August AD 79", "3..18 DATE 0079-08-24");
        check_narrative("on March 15, 44 BC", "3..18 DATE BC0044-03-15");
        // A story in the years before Christ goes on in them.
        check_narrative(
            "He crossed the Rubicon in 49 BC. On 15 March he entered Rome. The following year, \
             war resumed.",
            "26..31 DATE BC0049\n36..44 DATE BC0049-03-15\n62..80 DATE BC0048",
        );
        check_narrative("Rome grew in the 1st century BC.", "13..31 DATE BC00");
        // Both ends of a year range in a history, written short or before Christ.
        check_narrative(
            "The Korean War (1950–53) ended. Room 1950-53 is closed.",
            "16..20 DATE 1950\n23..25 DATE 1953",
        );
        check_narrative(
            "The war (218–201 BC) ended.",
            "9..12 DATE BC0218\n15..21 DATE BC0201",
        );
        check("the 1998-99 season", "4..8 DATE 1998");
        // A month or season takes an era year; a bare year near a story before Christ is
        // before Christ too.
        check_narrative("in October 202 BC", "3..17 DATE BC0202-10");
        check_narrative("in the spring of 217 BC", "3..23 DATE BC0217-SP");
        check_narrative(
            "In 218 BC Hannibal marched. Capua defected in 216.",
            "3..9 DATE BC0218\n46..49 DATE BC0216",
        );
        check_narrative("The empire split in the 3rd century AD.", "20..38 DATE 02");
        check_narrative(
            "During the 15th and 16th centuries, wars raged.",
            "7..15 DATE 14\n20..34 DATE 15",
        );
        check_narrative(
            "At dawn on 6 June 1944 they landed; by nightfall they held the beach.",
            "3..22 TIME 1944-06-06TMO\n39..48 TIME 1944-06-06TEV",
        );
        check_narrative(
            "They landed in August 1914. The following spring they attacked.",
            "15..26 DATE 1914-08\n28..48 DATE 1915-SP",
        );
        check_narrative(
            "It was fought from 4 to 7 June 1942.",
            "19..20 DATE 1942-06-04\n24..35 DATE 1942-06-07",
        );
        check("It rose 4 to 7 percent.", "");
        // American order: the first day borrows the year, the last the month.
        check(
            "Midway was fought June 4–7, 1942.",
            "18..24 DATE 1942-06-04\n27..34 DATE 1942-06-07",
        );
        check("Talks ran May 5-6 and resumed.", "10..15 DATE 2023-05-05");
        // A second day written out with "and" or "to" is a date of its own.
        check(
            "Talks are set for Dec. 2 and 3.",
            "18..24 DATE 2023-12-02\n29..30 DATE 2023-12-03",
        );
        check(
            "The fair ran from May 27 to 30.",
            "18..24 DATE 2023-05-27\n28..30 DATE 2023-05-30",
        );
        check(
            "It fell on May 2 and 30 people died.",
            "11..16 DATE 2023-05-02",
        );
        check("It rose June 4 to 7 percent.", "8..14 DATE 2023-06-04");
        // A night written with both its days: the first borrows the month and year.
        check(
            "On the night of 14/15 November 1940, Coventry burned.",
            "16..18 DATE 1940-11-14\n19..35 DATE 1940-11-15",
        );
        check("Rates rose 10/11 points.", "");
    }

    #[test]
    fn quarters_in_financial_news() {
        check(
            "Profit rose in the first quarter from $5 million a year earlier.",
            "15..32 DATE 2023-Q1\n49..63 DATE 2022-Q1",
        );
        check("the year-ago third quarter", "0..26 DATE 2022-Q3");
        check("a third-quarter loss", "2..15 DATE 2023-Q3");
        check("the latest period", "0..17 DATE 2023-Q1");
        // A quarter named by its months.
        check(
            "Sales fell in the January-March quarter.",
            "14..39 DATE 2023-Q1",
        );
        check(
            "Sales fell in the July–September quarter of 2009.",
            "14..50 DATE 2009-Q3",
        );
        check(
            "Sales fell from January-April.",
            "16..23 DATE 2023-01\n24..29 DATE 2023-04",
        );
        // "of that year" is the year last mentioned; a half of a season is no half-year.
        check(
            "It opened in 2008 and was done in the fourth quarter of that year.",
            "13..17 DATE 2008\n34..65 DATE 2008-Q4",
        );
        check("United led for most of the second half of the season.", "");
        // Once a month has been talked about, "a year ago" leaves the quarter.
        check(
            "GDP grew in the first quarter. Jobs rose in May. A year ago, jobs fell.",
            "12..29 DATE 2023-Q1\n44..47 DATE 2023-05\n49..59 DATE 2022",
        );
        // The quarter reported on, a year back.
        let results = "Profit rose in the first quarter, against ";
        for (text, expected) in [
            ("last year's quarter.", "42..61 DATE 2022-Q1"),
            ("the corresponding period last year.", "42..76 DATE 2022-Q1"),
            ("the same quarter a year ago.", "42..69 DATE 2022-Q1"),
            // Without the year back, "the same period" is not a date.
            ("the same period.", ""),
        ] {
            check(
                &format!("{results}{text}"),
                format!("15..32 DATE 2023-Q1\n{expected}").trim_end(),
            );
        }
        // "The latest quarter" is one already over: a quarter only expected does not count,
        // a (fiscal) quarter whose results were reported does.
        let november = Anchor::day(NaiveDate::from_ymd_opt(1989, 11, 2).expect("valid date"));
        check_in(
            "The earthquake will result in a fourth-quarter charge. Earnings fell 59% in the \
             latest quarter.",
            november,
            Domain::News,
            "32..46 DATE 1989-Q4\n76..94 DATE 1989-Q3",
        );
        check_in(
            "Ralston reported a decline in fourth-quarter earnings. Sales in the latest period \
             rose.",
            november,
            Domain::News,
            "30..44 DATE 1989-Q4\n64..81 DATE 1989-Q4",
        );
    }

    /// Verb forms that are nouns or adjectives, expectations already past, deadlines and
    /// present passives: each decides which side of the DCT a date falls on.
    #[test]
    fn tense_words_in_context() {
        // Monday 30 October 1989.
        let monday = Anchor::day(NaiveDate::from_ymd_opt(1989, 10, 30).expect("valid date"));
        let table = [
            (
                "The thrift announced the plan Aug. 21.",
                "30..37 DATE 1989-08-21",
            ),
            (
                "In September, it announced plans to acquire the unit.",
                "3..12 DATE 1989-09",
            ),
            (
                "The company plans to open a plant in May.",
                "37..40 DATE 1990-05",
            ),
            (
                "It would be paid on a still unspecified date in January.",
                "48..55 DATE 1990-01",
            ),
            (
                "It had been due to expire Friday evening.",
                "26..40 TIME 1989-10-27TEV",
            ),
            (
                "The trial had been scheduled for November and the vote for early September.",
                "33..41 DATE 1989-11\n59..74 DATE 1989-09 START",
            ),
            (
                "It has given them until 9 a.m. Tuesday to sign.",
                "24..38 TIME 1989-10-31T09:00",
            ),
            // A possessive weekday is over unless the sentence looks ahead soon after it.
            (
                "After Tuesday's games, the focus will shift.",
                "6..13 DATE 1989-10-31",
            ),
            (
                "Friday's ruling angered officials, who will appeal.",
                "0..6 DATE 1989-10-27",
            ),
            (
                "They had filed reports by Wednesday.",
                "26..35 DATE 1989-10-25",
            ),
            (
                "The talks are set to resume Friday.",
                "28..34 DATE 1989-11-03",
            ),
            ("The appeal is heard in December.", "23..31 DATE 1989-12"),
            // A commitment's infinitive is still ahead; a plural noun after "to" is not one.
            (
                "Thermo Electron agreed to purchase the line in February.",
                "47..55 DATE 1990-02",
            ),
            ("He agreed to terms in February.", "22..30 DATE 1989-02"),
            // So is what someone hoped, wanted or sought to do.
            (
                "Leaders said Monday they hoped to finish before the December recess.",
                "13..19 DATE 1989-10-30\n52..60 DATE 1989-12",
            ),
            ("They hoped in February.", "14..22 DATE 1989-02"),
            // A verb past a clause join belongs to the other clause; "and" between nouns
            // joins no clauses.
            (
                "He lowered his forecast in March and will present a budget in December.",
                "27..32 DATE 1989-03\n62..70 DATE 1989-12",
            ),
            (
                "NATO decided to admit Poland and Hungary in early March, an official said.",
                "44..55 DATE 1990-03 START",
            ),
            // A participle after a link verb or a conjunction is not past; an obligation is ahead.
            (
                "The center would remain closed through the weekend.",
                "39..50 DATE 1989-W44-WE",
            ),
            (
                "Trading will remain suspended on Friday.",
                "33..39 DATE 1989-11-03",
            ),
            (
                "He vowed to repeal it if elected in November.",
                "36..44 DATE 1989-11",
            ),
            // ... nor with an adverb between ("will be formally opened").
            (
                "The bridge will be formally opened on Friday.",
                "38..44 DATE 1989-11-03",
            ),
            (
                "The bridge was formally opened on Friday.",
                "34..40 DATE 1989-10-27",
            ),
            // A reporting verb right after an opening date is the verb it dates.
            (
                "On Friday, officials said they would cut rates.",
                "3..9 DATE 1989-10-27",
            ),
            (
                "We have to get this done before January.",
                "32..39 DATE 1990-01",
            ),
            ("Congress has to finish in January.", "26..33 DATE 1990-01"),
            ("He had to leave in March.", "19..24 DATE 1989-03"),
            (
                "The fall has to do with the drop in March.",
                "36..41 DATE 1989-03",
            ),
            // An auxiliary after "and" opens a clause of its own.
            (
                "Prices rose on Sunday and are forecast to drop by Thursday.",
                "15..21 DATE 1989-10-29\n50..58 DATE 1989-11-02",
            ),
            // A date set or declared "for" something is ahead.
            (
                "A jury convicted him, and the judge set sentencing for Nov. 15.",
                "55..62 DATE 1989-11-15",
            ),
            (
                "Mourning was declared for Thursday.",
                "26..34 DATE 1989-11-02",
            ),
            // "the previous quarter" is the one before the quarter talked about.
            (
                "GDP shrank in the third quarter, after growing in the previous quarter.",
                "14..31 DATE 1989-Q3\n50..70 DATE 1989-Q2",
            ),
            // A relative clause between commas keeps its own tense.
            (
                "Abe, who took office in December, will brief them.",
                "24..32 DATE 1988-12",
            ),
            // ... and the verbs of a relative clause do not date an expression outside it.
            (
                "On Tuesday, leaders including Merkel, who grew up in the East, will watch.",
                "3..10 DATE 1989-10-31",
            ),
            (
                "Smith, who will retire in May, said he was proud.",
                "26..29 DATE 1990-05",
            ),
            // "should" before a verb points ahead; "should have" looks back.
            ("The trial should end Friday.", "21..27 DATE 1989-11-03"),
            ("He should have left on Friday.", "23..29 DATE 1989-10-27"),
            // A reporting verb after an auxiliary does not date the report.
            (
                "The plan is expected to be announced Thursday.",
                "37..45 DATE 1989-11-02",
            ),
            // A "that" right after the expression opens the reported clause.
            (
                "He said in an interview on Tuesday that prices would rise.",
                "27..34 DATE 1989-10-24",
            ),
            // The verb a preposition hangs the expression on decides, not the next clause's.
            (
                "Officials who met on Sunday will meet again on Thursday.",
                "21..27 DATE 1989-10-29\n47..55 DATE 1989-11-02",
            ),
            // "could", "can", "may" before a verb point ahead, even after "said"; not "could
            // not be", "could have".
            (
                "Officials said the bridge could reopen on Friday.",
                "42..48 DATE 1989-11-03",
            ),
            (
                "He could not be located on Friday.",
                "27..33 DATE 1989-10-27",
            ),
            (
                "Sales fell in May and may rise in June.",
                "14..17 DATE 1989-05\n34..38 DATE 1990-06",
            ),
            ("Sentencing was set for May 2.", "23..28 DATE 1990-05-02"),
            // A month naming the period figures cover is over, whatever the tense.
            (
                "It will release September trade figures on Friday.",
                "16..25 DATE 1989-09\n43..49 DATE 1989-11-03",
            ),
            // A fiscal quarter belongs to the year its closing date is in.
            (
                "Net income for the second quarter ended Oct. 31, 1988, fell.",
                "15..33 DATE 1988-Q2\n40..53 DATE 1988-10-31",
            ),
            // A season before a question word is still a season.
            (
                "The EU will decide by the summer how much to retaliate.",
                "22..32 DATE 1990-SU",
            ),
            // A month opening a sentence before a verb, or qualifying a noun; a contract month
            // is ahead. Not the modal or the march.
            ("May was also unusually dry.", "0..3 DATE 1989-05"),
            ("She won the March primary.", "12..17 DATE 1989-03"),
            ("Crude for December delivery fell.", "10..18 DATE 1989-12"),
            ("May I ask a question?", ""),
            ("The March on Washington drew crowds.", ""),
            // "a year earlier" after a year the sentence names counts from it.
            (
                "Sales rose 5 percent in 1998 from a year earlier.",
                "24..28 DATE 1998\n34..48 DATE 1997",
            ),
            // "no earlier than" is a bound, not the past.
            (
                "The launch is scheduled for no earlier than Wednesday.",
                "44..53 DATE 1989-11-01",
            ),
            // "is to" and "expect" look ahead; a past perfect promise does not.
            (
                "The committee is to hold a conference in mid-December, the agency reported.",
                "41..53 DATE 1989-12 MID",
            ),
            (
                "Analysts expect rates to rise in September.",
                "33..42 DATE 1990-09",
            ),
            (
                "The union had agreed to keep working through the weekend.",
                "45..56 DATE 1989-W43-WE",
            ),
            // ... and after a comma, with a longer subject.
            (
                "The minister delivered the report at the opening of the congress on Friday, \
                 and the annual session will last ten days.",
                "68..74 DATE 1989-10-27\n109..117 DURATION P10D",
            ),
            // An -ed word after a preposition or a quantifier is an adjective, not a past verb.
            (
                "It will hold a conference in July with experienced doctors.",
                "29..33 DATE 1990-07",
            ),
            // "and" with a one-word subject and a verb opens a clause of its own.
            (
                "Fans gathered in downtown Seoul on Saturday night, and police expect a million \
                 people to watch.",
                "35..49 TIME 1989-10-28TNI",
            ),
            // Irregular past forms.
            ("GDP shrank in the third quarter.", "14..31 DATE 1989-Q3"),
            ("The shares slid on Friday.", "19..25 DATE 1989-10-27"),
            (
                "The court upheld the ruling on Thursday.",
                "31..39 DATE 1989-10-26",
            ),
            // Postponed to a weekday is ahead even in a past sentence.
            (
                "Officials postponed until Tuesday morning any action.",
                "26..41 TIME 1989-10-31TMO",
            ),
            (
                "The board postponed the vote to Friday.",
                "32..38 DATE 1989-11-03",
            ),
            ("The vote was held on Friday.", "21..27 DATE 1989-10-27"),
            // "as planned" is an aside: the verb it qualifies gives the tense.
            (
                "The offensive began as previously planned Saturday night.",
                "42..56 TIME 1989-10-28TNI",
            ),
        ];
        for (text, expected) in table {
            check_in(text, monday, Domain::News, expected);
        }
    }

    /// A second weekday shares the first's "next": written on Wednesday 1 November 1989, "next
    /// Tuesday and Wednesday" are the 7th and the 8th (not today).
    /// A holiday's own day and a season's months decide whether they are still ahead; "until"
    /// a month in a past sentence is the nearest one; a weekday's event that is awaited is
    /// ahead; "the previous fiscal year" counts from the year named.
    #[test]
    fn days_and_seasons_ahead_or_behind() {
        let table = [
            // "last summer" said in the summer is the one before.
            ("We met last summer.", (2012, 7, 16), "7..18 DATE 2011-SU"),
            (
                "Markets will be closed Monday for Memorial Day.",
                (2012, 5, 24),
                "23..29 DATE 2012-05-28\n34..46 DATE 2012-05-28",
            ),
            (
                "The trial will begin in the spring.",
                (2008, 12, 2),
                "24..34 DATE 2009-SP",
            ),
            (
                "The plant stayed open until December.",
                (2006, 4, 26),
                "28..36 DATE 2005-12",
            ),
            (
                "Investors await Friday's jobs report.",
                (2011, 5, 22),
                "16..22 DATE 2011-05-27",
            ),
            (
                "Investors are waiting for Friday's jobs report.",
                (2011, 5, 22),
                "26..32 DATE 2011-05-27",
            ),
            (
                "He will attend Friday's meeting.",
                (2011, 5, 22),
                "15..21 DATE 2011-05-27",
            ),
            (
                "It earned $3 million in fiscal 1994, after a loss in the previous fiscal year.",
                (1995, 3, 14),
                "24..35 DATE 1994\n53..77 DATE 1993",
            ),
        ];
        for (text, (y, m, d), expected) in table {
            let dct = Anchor::day(NaiveDate::from_ymd_opt(y, m, d).expect("valid date"));
            check_in(text, dct, Domain::News, expected);
        }
    }

    #[test]
    fn a_second_weekday_shares_next() {
        let wednesday = Anchor::day(NaiveDate::from_ymd_opt(1989, 11, 1).expect("valid date"));
        check_in(
            "They will meet next Tuesday and Wednesday.",
            wednesday,
            Domain::News,
            "15..27 DATE 1989-11-07\n32..41 DATE 1989-11-08",
        );
    }

    #[test]
    fn the_month_of_a_past_story_is_the_story_month() {
        let march = Anchor::day(NaiveDate::from_ymd_opt(2025, 3, 6).expect("valid date"));
        let text =
            "He visited on February 18. He said 600 had been flown home by the end of the month.";
        check_in(
            text,
            march,
            Domain::News,
            "14..25 DATE 2025-02-18\n62..82 DATE 2025-02 END",
        );
        // In the present or future tense, the month is still the report's.
        let text = "He visited on February 18. They will be home by the end of the month.";
        check_in(
            text,
            march,
            Domain::News,
            "14..25 DATE 2025-02-18\n48..68 DATE 2025-03 END",
        );
    }

    #[test]
    fn a_weekday_date_before_a_colon() {
        check(
            "It said in an editorial on Saturday, April 25: The court erred.",
            "27..45 DATE 2023-04-25",
        );
        check("at 3:00 on April 25", "3..19 TIME 2023-04-25T03:00");
    }

    #[test]
    fn possessive_weekday_is_past() {
        check(
            "They will fight Wednesday's ruling.",
            "16..25 DATE 2023-06-14",
        );
        // Unless its own clause looks ahead right after it.
        check(
            "Thursday's meeting will be important.",
            "0..8 DATE 2023-06-22",
        );
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        check("99999999999 weeks ago", "");
        check("9999999 decades ago", "");
        check("900000 decades ago", "");
        check("5000 years ago", "0..14 DATE BC2978");
        for domain in [Domain::News, Domain::Narrative] {
            let text = "In 2199, 999999 years later, 900000 centuries later, 999999 quarters ago.";
            tag_text(text, anchor(), domain);
        }
    }

    #[test]
    fn names_are_not_durations() {
        check("the Six-Day War", "");
        // A comparison, a figure of speech and a month of another calendar are not dates.
        check("Prices were up 18.2 percent on the year.", "");
        check("For your tomorrow, we gave our today.", "");
        check("It fell during the month of Ramadan.", "");
        check(
            "The Daily Telegraph reported a minute-by-minute schedule.",
            "",
        );
        // ... but "this fiscal year" is one.
        check(
            "It expects to earn more this fiscal year.",
            "24..40 DATE 2023",
        );
        check("He was named Player of the Year.", "");
        check("He was named player of the year.", "");
        check(
            "The council approved resolution 1701 late Friday.",
            "37..48 DATE 2023-06-16 END",
        );
        check("He lives at 1600 Pennsylvania Avenue.", "");
        check("The Year of the Four Emperors followed.", "");
        // "the month to January" is a month long; "to respond" is no date.
        check(
            "Prices rose in the month to January.",
            "15..24 DURATION P1M\n28..35 DATE 2023-01",
        );
        check(
            "It has until the end of the month to respond.",
            "13..33 DATE 2023-06 END",
        );
    }

    /// In news, a year the sentence names outright places the year-less months, quarters and
    /// seasons after it in the same clause (written on Monday 19 June 2023).
    #[test]
    fn a_year_named_in_the_sentence() {
        for (text, expected) in [
            (
                "In 2009 the bank lost money in the third quarter.",
                "3..7 DATE 2009\n31..48 DATE 2009-Q3",
            ),
            (
                "Last year, the storm hit in late August.",
                "0..9 DATE 2022\n28..39 DATE 2022-08 END",
            ),
            (
                "It went public in May 1997 and was profitable in December.",
                "18..26 DATE 1997-05\n49..57 DATE 1997-12",
            ),
            // Not across a comma after the year, nor for what lies ahead.
            (
                "A plan approved in 1987 that set no amount, it bought shares through Sept. 29.",
                "19..23 DATE 1987\n69..77 DATE 2022-09-29",
            ),
            (
                "In 2009 it lost money and it will return to profit in March.",
                "3..7 DATE 2009\n54..59 DATE 2024-03",
            ),
            // Nor the year figures are for.
            (
                "It reported record sales for 2012 in January.",
                "29..33 DATE 2012\n37..44 DATE 2023-01",
            ),
            // Some Sunday is no particular one.
            ("It last met on a Sunday in 2009.", "27..31 DATE 2009"),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn holidays() {
        // Written on Monday 19 June 2023: the nearest one, unless a year is written.
        for (text, expected) in [
            ("on Christmas Day", "3..16 DATE 2022-12-25"),
            ("Thanksgiving", "0..12 DATE 2023-11-23"),
            ("on Good Friday", "3..14 DATE 2023-04-07"),
            ("at Easter 1916", "3..14 DATE 1916-04-23"),
            ("Easter Monday 1916", "0..18 DATE 1916-04-24"),
            ("over the Easter weekend", "9..15 DATE 2023-04-09"),
            ("before the Easter holiday", "11..17 DATE 2023-04-09"),
            (
                "Easter falls late this year.",
                "0..6 DATE 2023-04-09\n13..27 DATE 2023 END",
            ),
            (
                "A government may not be in place until late November or even Christmas.",
                "39..52 DATE 2023-11 END\n61..70 DATE 2023-12-25",
            ),
            ("Easter Sunday 2024", "0..18 DATE 2024-03-31"),
            ("during Easter week", "7..18 DATE 2023-W14"),
            ("On Christmas Day 1914", "3..21 DATE 1914-12-25"),
            ("on Easter Monday, 24 April 1916", "3..31 DATE 1916-04-24"),
            ("through Easter Week 1916", "8..24 DATE 1916-W16"),
            ("on New Year's Day, 1942,", "3..23 DATE 1942-01-01"),
            ("before Election Day", "7..19 DATE 2023-11-07"),
            // Names, and Easter as an adjective, are not dates.
            ("the Good Friday Agreement", ""),
            ("the Easter Rising", ""),
            ("Easter eggs", ""),
            ("a good Friday", "7..13 DATE 2023-06-16"),
            // The tense of the sentence picks the year in news; a year named in the sentence
            // gives it.
            ("They met on Thanksgiving.", "12..24 DATE 2022-11-24"),
            ("They will meet at Christmas.", "18..27 DATE 2023-12-25"),
            (
                "He spent New Year's Eve in Moscow.",
                "9..23 DATE 2022-12-31",
            ),
            (
                "In 2019 he spent New Year's Day at home.",
                "3..7 DATE 2019\n17..31 DATE 2019-01-01",
            ),
        ] {
            check(text, expected);
        }
        // A story at a whole year keeps its holidays in that year.
        check_narrative(
            "In 1914 the war began. At Christmas the guns fell silent.",
            "3..7 DATE 1914\n26..35 DATE 1914-12-25",
        );
    }

    #[test]
    fn circa_years() {
        for (text, expected) in [
            ("founded c. 1150", "8..15 DATE 1150 APPROX"),
            ("rebuilt ca. 1600", "8..16 DATE 1600 APPROX"),
            ("built circa 1850", "6..16 DATE 1850 APPROX"),
            ("c. the 1890s", "0..12 DATE 189 APPROX"),
            ("from c. 44 BC", "5..13 DATE BC0044 APPROX"),
            ("John C. Smith came in 1900", "22..26 DATE 1900"),
        ] {
            check_narrative(text, expected);
        }
    }

    /// The first or last stretch of a period written out: its start or end; halves of a year
    /// stay H1 and H2.
    #[test]
    fn the_start_or_end_of_a_written_period() {
        for (text, expected) in [
            (
                "in the first half of the 20th century",
                "3..37 DATE 19 START",
            ),
            (
                "in the second half of the 19th century",
                "3..38 DATE 18 END",
            ),
            ("the last half of the '80s", "0..25 DATE 198 END"),
            ("The last weeks of 1944 were cold.", "0..22 DATE 1944 END"),
            ("the first days of June 1944", "0..27 DATE 1944-06 START"),
            ("the last half of 1989", "0..21 DATE 1989-H2"),
            // ... and halves of a month are its start or end.
            ("the second half of January", "0..26 DATE 2023-01 END"),
            ("in the first half of the month", "3..30 DATE 2023-06 START"),
            ("the first two quarters of 1990", "0..30 DATE 1990-H1"),
            ("the last weeks of the campaign", "0..14 DURATION PXW"),
        ] {
            check(text, expected);
        }
        // A clock time "the next morning" is on the day after the one last mentioned.
        check_narrative(
            "On 12 July 1943 the tanks met. At 4:45 the next morning, the attack began.",
            "3..15 DATE 1943-07-12\n34..55 TIME 1943-07-13T04:45",
        );
    }

    #[test]
    fn the_turn_of_the_century() {
        // The turn nearest the date the text is at, or of the century named.
        check(
            "Since the turn of the century, tourism grew.",
            "6..29 DATE 2000 APPROX",
        );
        check_narrative(
            "The port boomed in 1893; by the turn of the century it was the largest.",
            "19..23 DATE 1893\n28..51 DATE 1900 APPROX",
        );
        check("at the turn of the 20th century", "3..31 DATE 1900 APPROX");
        check("by the turn of the millennium", "3..29 DATE 2000 APPROX");
        check("a turn of the screw", "");
    }

    #[test]
    fn a_period_related_to_a_day() {
        // Written on Monday 19 June 2023.
        for (text, expected) in [
            ("It fell the day after June 3.", "8..28 DATE 2023-06-04"),
            ("the day before last Tuesday", "0..27 DATE 2023-06-12"),
            ("the day after Christmas", "0..23 DATE 2022-12-26"),
            ("the day before 1 March 2023", "0..27 DATE 2023-02-28"),
            ("set for the week of March 6", "8..27 DATE 2024-W10"),
            ("the week of 12 May 2023", "0..23 DATE 2023-W19"),
            ("the first week of August 1914", "0..29 DATE 1914-W32"),
            ("The last week of June 1941", "0..26 DATE 1941-W26"),
            ("the first week of trading", ""),
            // Only a day can be related: a month keeps its own expression.
            ("the day after June", "14..18 DATE 2023-06"),
        ] {
            check(text, expected);
        }
        check_when("Fighting resumed the day after June 3.", "2023-06-04");
        // Without a day after it, "the week before" counts from the date last mentioned; before
        // an object it names a period this text cannot date, so nothing is tagged.
        for (text, expected) in [
            (
                "It freed 60 on 15 June; a raid the week before freed 40.",
                "15..22 DATE 2023-06-15\n31..46 DATE 2023-W23",
            ),
            (
                "It freed 60 on 15 June and the day before, police struck.",
                "15..22 DATE 2023-06-15\n27..41 DATE 2023-06-14",
            ),
            ("Talks stalled in the week before the vote.", ""),
            ("the week before last", "0..20 DATE 2023-W23"),
            ("the year after next", "0..19 DATE 2025"),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn modified_ago_is_still_a_date() {
        for (text, expected) in [
            ("about two years ago", "0..19 DATE 2021 APPROX"),
            ("almost four years ago", "0..21 DATE 2019 APPROX"),
            ("nearly two weeks ago", "0..20 DATE 2023-W23 APPROX"),
            ("more than four decades ago", "0..26 DATE 1983 BEFORE"),
            ("less than a year ago", "0..20 DATE 2022 AFTER"),
            (
                "at least three years earlier",
                "0..28 DATE 2020 ON_OR_BEFORE",
            ),
        ] {
            check(text, expected);
        }
        check_when("About two years ago, the army seized power.", "2021~");
        // Counted from the date last mentioned, too.
        check_narrative(
            "The war ended in 1953. Some 60 years later, no treaty exists.",
            "17..21 DATE 1953\n23..42 DATE 2013 APPROX",
        );
    }

    #[test]
    fn month_anchor_keeps_month_precision() {
        let july = Anchor {
            date: NaiveDate::from_ymd_opt(2023, 7, 1).expect("valid date"),
            precision: Precision::Month,
        };
        // A day of that month, which one unknown (the timeline shows the month).
        check_in("today", july, Domain::News, "0..5 DATE 2023-07-XX");
        check_in("yesterday", july, Domain::News, "0..9 DATE 2023-07-XX");
        check_narrative(
            "In October 1998 talks began. That same day they failed.",
            "3..15 DATE 1998-10\n29..42 DATE 1998-10-XX",
        );
        check_in(
            "on Friday it rained",
            july,
            Domain::News,
            "3..9 DATE 2023-07-XX",
        );
        check_in("last month", july, Domain::News, "0..10 DATE 2023-06");
        check_in("on June 19", july, Domain::News, "3..10 DATE 2023-06-19");
    }

    #[test]
    fn times() {
        check("9 a.m.", "0..6 TIME 2023-06-19T09:00");
        check("9 a.m. on February 5th", "0..22 TIME 2023-02-05T09:00");
        check("this morning", "0..12 TIME 2023-06-19TMO");
        check("tonight", "0..7 TIME 2023-06-19TNI");
        // Clock words and the military clock.
        for (text, expected) in [
            ("at half past nine", "3..17 TIME 2023-06-19T09:30"),
            ("at three o'clock", "3..16 TIME 2023-06-19T03:00"),
            (
                "at 4 o’clock in the afternoon",
                "3..31 TIME 2023-06-19T16:00",
            ),
            ("at about 17:40", "3..14 TIME 2023-06-19T17:40 APPROX"),
            ("around 7:15 p.m.", "0..16 TIME 2023-06-19T19:15 APPROX"),
            ("Around noon", "0..11 TIME 2023-06-19T12:00 APPROX"),
            ("at a quarter to six", "3..19 TIME 2023-06-19T05:45"),
            ("at quarter past 10 p.m.", "3..23 TIME 2023-06-19T22:15"),
            (
                "a quarter to one in the afternoon",
                "0..33 TIME 2023-06-19T12:45",
            ),
            ("at 0600 hours", "3..13 TIME 2023-06-19T06:00"),
            ("at 1430 hrs GMT", "3..15 TIME 2023-06-19T14:30"),
            (
                "traded at $1.32 at 1430 GMT",
                "19..27 TIME 2023-06-19T14:30",
            ),
            ("In 1998 EST was adopted", "3..7 DATE 1998"),
            // A clock time takes the day written after it, past a part of the day or a holiday.
            (
                "at 7:45 on the morning of 5 June",
                "3..32 TIME 2023-06-05T07:45",
            ),
            ("at 2 a.m. on Christmas Day", "3..26 TIME 2022-12-25T02:00"),
            // A clock time in news is not on a date a week or more from the report's.
            (
                "Ivan hit on Sept. 16, 2004. The next advisory is at 5 p.m.",
                "12..26 DATE 2004-09-16\n52..58 TIME 2023-06-19T17:00",
            ),
            // ... unless it is told in the past, or counted from the day ("That evening", "The next
            // morning"); a clock time told in the past is not on a day still ahead.
            (
                "He stepped onto the moon on July 20, 1969, at 10:56 p.m. That evening nobody slept.",
                "28..41 DATE 1969-07-20\n46..56 TIME 1969-07-20T22:56\n57..69 TIME 1969-07-20TEV",
            ),
            (
                "The wall fell on Nov. 9, 1989. The next morning crowds gathered.",
                "17..29 DATE 1989-11-09\n31..47 TIME 1989-11-10TMO",
            ),
            (
                "The judge set sentencing for Aug. 15. The jury had returned its verdict at 4 p.m.",
                "29..36 DATE 2023-08-15\n75..81 TIME 2023-06-19T16:00",
            ),
            ("1998 hours of work", "0..10 DURATION PT1998H"),
            ("half past the gate", ""),
        ] {
            check(text, expected);
        }
        // A part of a day named by its date is one time in a narrative, as histories are
        // annotated; news corpora tag the date inside it alone.
        for (text, expected) in [
            (
                "In the early hours of 6 June 1944, troops landed.",
                "3..33 TIME 1944-06-06TNI",
            ),
            (
                "On the night of 8–9 February 1904 the fleet attacked.",
                "3..35 TIME 1904-02-08TNI",
            ),
            (
                "Japan struck on the morning of Sunday, 7 December 1941.",
                "16..54 TIME 1941-12-07TMO",
            ),
            ("the evening of the day", ""),
            (
                "On 16 December 1944 they attacked. That same night, the Germans advanced.",
                "3..19 DATE 1944-12-16\n35..50 TIME 1944-12-16TNI",
            ),
            (
                "In 1942 they fought. On the night of August 8–9, ships fought.",
                "3..7 DATE 1942\n24..49 TIME 1942-08-08TNI",
            ),
            // Dawn the next day is the next day's.
            (
                "On 24 October 1942 the attack came. By dawn the next day it had failed.",
                "3..18 DATE 1942-10-24\n39..56 TIME 1942-10-25TMO",
            ),
        ] {
            check_narrative(text, expected);
        }
        check(
            "On the evening of 10 June 2013, rain fell.",
            "18..30 DATE 2013-06-10",
        );
    }

    #[test]
    fn durations() {
        check("two weeks", "0..9 DURATION P2W");
        // A quarter of a century is 25 years, a length or a distance back.
        check("the past quarter-century", "0..24 DURATION P25Y");
        check("It lasted a quarter of a century.", "10..32 DURATION P25Y");
        // "one day" after a modal is some time ahead.
        check(
            "Georgia would one day become a member.",
            "14..21 DATE FUTURE_REF",
        );
        check("a quarter century ago", "0..21 DATE 1998");
        // One unit said as "a single", "a further", "another" (not a quarter point, nor "some
        // quarter of" them).
        check(
            "Egypt lost 250 tanks in a single day and held out for a further year, then another \
             decade.",
            "24..36 DURATION P1D\n54..68 DURATION P1Y\n75..89 DURATION P10Y",
        );
        check(
            "The blockade was not lifted for almost another year.",
            "32..51 DURATION P1Y LESS_THAN",
        );
        check(
            "The Fed may cut rates by another quarter point, and some quarter of the deportees \
             died.",
            "",
        );
        check("for months", "4..10 DURATION PXM");
        check("a decade", "0..8 DURATION P10Y");
        check("a three-day visit", "2..11 DURATION P3D");
        check("several years", "0..13 DURATION PXY");
        check("the past three years", "0..20 DURATION P3Y");
        check("about three weeks", "0..17 DURATION P3W APPROX");
        // "the next decade" is a length; "to last" is a verb.
        check("Prices rose over the next decade.", "17..32 DURATION P10Y");
        check(
            "The talks are expected to last two days.",
            "31..39 DURATION P2D",
        );
        check("Sales fell in the last two days.", "14..31 DURATION P2D");
        check("more than a year", "0..16 DURATION P1Y MORE_THAN");
        check(
            "It lasted a little over three months.",
            "10..36 DURATION P3M MORE_THAN",
        );
        check(
            "It took slightly under two years.",
            "8..32 DURATION P2Y LESS_THAN",
        );
        // "in two years' time" is the date that far ahead.
        check("It will open in two years' time.", "16..31 DATE 2025");
        check("In a year's time they met.", "3..16 DATE 2024");
        check("It took two years' time.", "8..17 DURATION P2Y");
        // "a month early": "early" says how early, not which part of the year.
        check(
            "It started about a month early this year.",
            "11..24 DURATION P1M APPROX\n31..40 DATE 2023",
        );
        // "last day" is not yesterday, and the last day of something is not a length.
        check("It did not act on its last day in session.", "");
        check("On the last day of the trial, he wept.", "");
        check("5 1/2 hours", "0..11 DURATION PT5H30M");
        // A rate after a count of things is a set; "a year earlier" after money is a date.
        check("They fired 300,000 shells a day.", "26..31 SET P1D");
        check("It spent $1 billion a year.", "20..26 SET P1Y");
        // Not rates: a date after a figure, a length after a modifier or after a year.
        check(
            "It fell to 7.9 percent, from 8.3 percent a year ago.",
            "41..51 DATE 2022",
        );
        check(
            "Sales were $3.38 a share, against $3.01 a year earlier.",
            "40..54 DATE 2022",
        );
        check(
            "The strike of 1984 lasted a month.",
            "14..18 DATE 1984\n26..33 DURATION P1M",
        );
        check(
            "The strike of 1984 lasted nearly a month.",
            "14..18 DATE 1984\n26..40 DURATION P1M APPROX",
        );
        check("It rose 5 percent a year.", "18..24 SET P1Y");
        check(
            "They spent 3 days in a week.",
            "11..17 DURATION P3D\n21..27 DURATION P1W",
        );
        check(
            "It moved 400,000 people within a few months.",
            "31..43 DURATION PXM",
        );
        // A half after the unit, and halves of one unit, go down to the next unit.
        for (text, expected) in [
            ("a minute and a half", "0..19 DURATION PT1M30S"),
            ("an hour and a half", "0..18 DURATION PT1H30M"),
            ("two hours and a half", "0..20 DURATION PT2H30M"),
            ("a year and a half of war", "0..17 DURATION P1Y6M"),
            ("a week and a half", "0..17 DURATION P10DT12H"),
            ("half an hour", "0..12 DURATION PT30M"),
            ("half a minute", "0..13 DURATION PT30S"),
            ("a half-hour", "0..11 DURATION PT30M"),
            // Two units make one length.
            ("2 hours, 26 minutes", "0..19 DURATION PT2H26M"),
            ("two years and three months", "0..26 DURATION P2Y3M"),
            ("a day and six hours", "0..19 DURATION P1DT6H"),
            ("10 years, 5 of them abroad", "0..8 DURATION P10Y"),
            // ... and so do three, with or without commas.
            (
                "2 hours, 8 minutes, 24 seconds",
                "0..30 DURATION PT2H8M24S",
            ),
            ("3 hours 10 minutes", "0..18 DURATION PT3H10M"),
            // Fiscal years are counted like years; "a fiscal year" names a kind of year.
            (
                "It cuts spending in each of the next three fiscal years, changing from a fiscal \
                 year.",
                "28..55 DURATION P3Y",
            ),
            // A race time is a length, a clock time with seconds after "at" a time of day.
            (
                "He won in 2:25:07, a time of 2:08:24; at 9:15:00 the bell rang.",
                "10..17 DURATION PT2H25M7S\n29..36 DURATION PT2H8M24S\n41..45 TIME 2023-06-19T09:15",
            ),
        ] {
            check(text, expected);
        }
        // An unknown number of units away: the length, with its "ago" or "later".
        check("Months ago, prices fell.", "0..10 DURATION PXM");
        check("Days later, it rained.", "0..10 DURATION PXD");
        check(
            "Hours after the blast, police came, just days before the vote; the days after it.",
            "0..5 DURATION PTXH\n41..45 DURATION PXD",
        );
        // After a verb, an object or a noun too, but not after an adjective that names them.
        check(
            "They saw him minutes before the explosion and it came hours after the vote.",
            "13..20 DURATION PTXM\n54..59 DURATION PTXH",
        );
        check(
            "It fell in the early hours after the vote, in the final minutes before noon.",
            "71..75 TIME 2023-06-19T12:00",
        );
        check("Two days later it snowed.", "0..14 DATE 2023-06-21");
        // A fortnight is two weeks; a day's worth of hours moves the date.
        check("The siege lasted a fortnight.", "17..28 DURATION P2W");
        check(
            "It deepened over the following fortnight.",
            "17..40 DURATION P2W",
        );
        // A half rounds to the nearest unit; a shift as long as a coarse anchor's period
        // leaves it.
        check_narrative(
            "It began on 30 November 1939 and ended three and a half months later.",
            "12..28 DATE 1939-11-30\n39..68 DATE 1940-03",
        );
        check_narrative(
            "In 1999 the war began. It ended 18 months later. In 2005 it was quiet. Three \
             weeks later it flared.",
            "3..7 DATE 1999\n32..47 DATE 2000\n52..56 DATE 2005\n71..88 DATE 2005",
        );
        check("They met a fortnight ago.", "9..24 DATE 2023-W23");
        check_narrative(
            "It opened on 24 February 1991 and ended 100 hours later.",
            "13..29 DATE 1991-02-24\n40..55 DATE 1991-02-28",
        );
    }

    #[test]
    fn sets() {
        check("every year", "0..10 SET P1Y");
        // Weekdays and weekends in the plural are every one.
        check(
            "The store is closed on Sundays and open late on weekends.",
            "23..30 SET XXXX-WXX-7\n48..56 SET XXXX-WXX-WE",
        );
        // A month of every year, however the year is said.
        check(
            "It is commemorated every year in October.",
            "19..40 SET XXXX-10",
        );
        check(
            "Crowds gather every year in late January.",
            "14..40 SET XXXX-01 END",
        );
        check("It is marked in November each year.", "16..34 SET XXXX-11");
        // A length of time a day is a rate: one set, as TimeML writes "three days a week"
        // (`P1W`, freq `3D`).
        check("Thirty minutes a day is plenty.", "0..20 SET P1D");
        // The count belongs to the set.
        check(
            "He trained twice a day and three times a week.",
            "11..22 SET P1D\n27..45 SET P1W",
        );
        check("each season", "0..11 SET P1Y");
        check("weekly", "0..6 SET P1W");
        check("annually", "0..8 SET P1Y");
        check("on Mondays", "3..10 SET XXXX-WXX-1");
        check("Tuesday nights", "0..14 SET XXXX-WXX-2TNI");
        check("every December", "0..14 SET XXXX-12");
        check("Every December 7, they gather.", "0..16 SET XXXX-12-07");
        check("every June 19th", "0..15 SET XXXX-06-19");
        check("every 17 November", "0..17 SET XXXX-11-17");
        // A day of every year, however the year is said.
        check(
            "Every year on 13 March, Finns remember.",
            "0..22 SET XXXX-03-13",
        );
        check("It is marked on 9 May each year.", "16..31 SET XXXX-05-09");
        check(
            "They observe 16 December annually.",
            "13..33 SET XXXX-12-16",
        );
        check("strikes every few days", "8..22 SET PXD");
        check("each of the 3 divisions", "");
    }

    #[test]
    fn when_keeps_the_part() {
        check_when("the end of last year", "2022-12~");
        check_when("early 2023", "2023-01-01/2023-04-30");
        check_when("on 19 June", "2023-06-19");
    }

    #[test]
    fn may_as_a_verb_is_not_a_month() {
        check("it may rain", "");
        check("May we go?", "");
        check("He said that May be true.", "");
        check("They voted for May.", "");
        // "set for May" is the month; "That November" the month of the year last mentioned.
        check("The vote was set for May.", "21..24 DATE 2024-05");
        check_narrative(
            "In 1942 the front held. That November, the army attacked.",
            "3..7 DATE 1942\n24..37 DATE 1942-11",
        );
    }

    #[test]
    fn may_after_throughout_or_a_possessive_is_a_month() {
        let july = Anchor::day(NaiveDate::from_ymd_opt(2023, 7, 10).expect("valid date"));
        check_in(
            "Throughout May, Beijing continued to signal.",
            july,
            Domain::News,
            "11..14 DATE 2023-05",
        );
        check_in(
            "During his May trip, Qin used strong language.",
            july,
            Domain::News,
            "11..14 DATE 2023-05",
        );
    }

    #[test]
    fn a_reporting_verb_before_the_month_sets_the_tense() {
        let july = Anchor::day(NaiveDate::from_ymd_opt(2023, 7, 10).expect("valid date"));
        check_in(
            "Qin announced in May that China will enhance ties.",
            july,
            Domain::News,
            "17..20 DATE 2023-05",
        );
    }

    #[test]
    fn march_as_a_noun_is_not_a_month() {
        check("the march on the capital", "");
        check("They will March on", "");
        // A possessive's March to somewhere is a march; "its March meeting" is the month.
        check("Sherman began his March to the Sea.", "");
        check("The Fed held its March meeting.", "17..22 DATE 2023-03");
    }

    #[test]
    fn spring_in_a_name_is_not_a_season() {
        check("the ongoing spring revolution", "");
        check("after the Arab Spring protests", "");
        check("after the Fall of Saigon", "");
        check("after the fall of France", "");
        check("in the fall of 1944", "3..19 DATE 1944-FA");
    }

    /// Decades in words or two digits after "the" (or "the" and a part word), never an age,
    /// a temperature or a score.
    #[test]
    fn spelled_and_two_digit_decades() {
        let table = [
            (
                "It peaked in the late seventies; she is in her late seventies.",
                "13..31 DATE 197 END",
            ),
            (
                "The dam dates from the early nineteen seventies and the line from the eighteen \
                 sixties.",
                "19..47 DATE 197 START\n66..86 DATE 186",
            ),
            ("In the mid-90s it split.", "3..14 DATE 199 MID"),
            // With an apostrophe after "the" or a part word; without, a year's possessive.
            (
                "It was rebuilt in the 1970's; strikes peaked in the late 1970's and the \
                 mid-1980's, but 1970's budget was small.",
                "18..28 DATE 197\n48..63 DATE 197 END\n68..82 DATE 198 MID\n88..92 DATE 1970",
            ),
            ("Highs reached the mid-90s.", ""),
            ("He scored in the 90s.", ""),
            ("He is in his 90s.", ""),
        ];
        for (text, expected) in table {
            check(text, expected);
        }
    }

    /// Wire copy: a clock time with "tonight", "past years", "every single day", a day of the
    /// year after "every", "twice daily", closed compounds ("weeklong"), "almost exactly",
    /// "another" after a modifier, a military clock time after "at"; never "at the last
    /// minute", a game clock or a year after "at".
    #[test]
    fn wire_copy_idioms_sets_and_clock_codes() {
        let table = [
            (
                "The museum will stay open until 9 p.m. tonight.",
                "32..46 TIME 2023-06-19T21:00",
            ),
            (
                "In past years the plaza was empty; in the past years too.",
                "3..13 DATE PAST_REF\n38..52 DURATION PXY",
            ),
            (
                "She thinks of it every single day and every Nov. 22.",
                "17..33 SET P1D\n38..51 SET XXXX-11-22",
            ),
            (
                "Carney will brief reporters twice daily on a weeklong trip.",
                "28..39 SET P1D\n45..53 DURATION P1W",
            ),
            (
                "The crash came almost exactly two years ago.",
                "15..43 DATE 2021 APPROX",
            ),
            ("The deal collapsed at the last minute.", ""),
            ("Fighting went on until the last minute.", ""),
            // "previous years" is the past too; a count compared is no modifier of the time.
            (
                "Twice the number assigned in previous years; it employs 2,000 fewer than five \
                 years ago.",
                "29..43 DATE PAST_REF\n73..87 DATE 2018",
            ),
            (
                "The committee met at 0900 on Monday and will meet at 1400.",
                "21..35 TIME 2023-06-19T09:00",
            ),
            ("James scored with 6:12 to play.", ""),
            // A title's last word is no day.
            (
                "A CNN/USA Today/Gallup poll found support today, as USA Today reported.",
                "42..47 DATE 2023-06-19",
            ),
            (
                "They'll keep buying for at least another six months.",
                "24..51 DURATION P6M EQUAL_OR_MORE",
            ),
            // So much of every longer period is one set.
            (
                "The plant ran six days a week, 10 hours a day, and three days each month.",
                "14..29 SET P1W\n31..45 SET P1D\n51..72 SET P1M",
            ),
        ];
        for (text, expected) in table {
            check(text, expected);
        }
    }

    /// A number before an adjective and a count noun, a unit or "strong" is a count; after
    /// "in" or "the" it stays a year.
    #[test]
    fn counts_before_adjectives_and_units_are_not_years() {
        let table = [
            (
                "The battle left 2000 dead soldiers; about 1500 wounded men and 1200 prisoners.",
                "",
            ),
            ("A force 1200 strong, with a 2000 kilometer march.", ""),
            // Any plural after an adjective or a people's name, or after an estimate; a year
            // after a determiner or a possessive, or before a company's name, stays a year.
            (
                "Some 1800 Jordanian soldiers held the hill, 2000 unarmed monitors watched and \
                 some 1600 rifles were lost.",
                "",
            ),
            // An acronym is a people's name too; "In 1999 NATO jets" opens a clause.
            (
                "Some 1500 KLA fighters crossed; in 1999 NATO jets flew.",
                "35..39 DATE 1999",
            ),
            (
                "That 1978 resolution calls for peace; analysts cut their 1990 Anheuser earnings \
                 estimates and predicted 1990 BellSouth earnings.",
                "5..9 DATE 1978\n57..61 DATE 1990\n104..108 DATE 1990",
            ),
            (
                "In early 2010 Chinese leaders met; in the first quarter of 2014 Chinese \
                 authorities and 2010 crime syndicates talked.",
                "3..13 DATE 2010 START\n38..63 DATE 2014-Q1\n88..92 DATE 2010",
            ),
            (
                "In 1942 heavy rains fell; the 1986 tax cases",
                "3..7 DATE 1942\n30..34 DATE 1986",
            ),
        ];
        for (text, expected) in table {
            check(text, expected);
        }
    }

    #[test]
    fn counts_ages_and_money_are_not_dates() {
        check("as young as 15", "");
        check("He is 52 years old.", "");
        check("a 10-year-old boy", "");
        check("464,000 cases", "");
        check("$100,000", "");
        check("it cost $1990", "");
        // Histories, annotated as TIMEX2 marks ages, have them as lengths.
        check_narrative(
            "Ludendorff, then 53 years old, attacked; a 28-year-old general and an \
             Eleven-year-old girl wrote.",
            "17..29 DURATION P53Y\n43..54 DURATION P28Y\n70..85 DURATION P11Y",
        );
        check("the Sun reported", "");
        check("the first time", "");
    }

    #[test]
    fn huge_single_line_input_completes() {
        let line = "On 3 March 2021 the price was 464,000 dollars, up 5% in the third quarter. "
            .repeat(10 * 1024 * 1024 / 75);
        let found = tag_text(&line, anchor(), Domain::News);
        assert!(found.len() > 100_000);
    }

    /// Twelfth-session probes, news: "a month or two" is a range of lengths, "every fiscal
    /// year" a set, a clock time "that day" the day just told however far from the report's, a
    /// year before "fiscal year" a year, and neither "the Winter Olympics" nor "to become
    /// current" a time.
    #[test]
    fn wire_ranges_fiscal_years_and_names() {
        for (text, expected) in [
            (
                "The appeal could take a month or two, and power returns in a day or so; they \
                 left a day or two ago.",
                "22..36 DURATION P1M EQUAL_OR_MORE\n59..70 DURATION P1D APPROX\n\
                 82..98 DATE 2023-06-18",
            ),
            (
                "Bills are passed for part of every fiscal year and each calendar month.",
                "29..46 SET P1Y\n51..70 SET P1M",
            ),
            (
                "The sale begins on Nov. 28. The stores will open at 7 a.m. that day.",
                "19..26 DATE 2023-11-28\n52..67 TIME 2023-11-28T07:00",
            ),
            (
                "One mission could slip into the 1991 fiscal year; the Dutch have won at every \
                 Winter Olympics since 1964.",
                "32..48 DATE 1991\n100..104 DATE 1964",
            ),
            (
                "Companies have six months to become current on their filings, the current \
                 rules say.",
                "15..25 DURATION P6M\n66..73 DATE PRESENT_REF",
            ),
            (
                "Sales fell in the last week of the month.",
                "14..40 DATE 2023-W25",
            ),
        ] {
            check(text, expected);
        }
    }

    /// Twelfth-session probes, histories: a year that only bounds a comparison is no story
    /// date; "the last week of the month" and "the last months of the year" are one date each;
    /// "the 1st Nebraska Volunteers" is a unit; a story at an autumn goes on into the next
    /// year's spring and March.
    #[test]
    fn comparisons_units_and_seasons_in_histories() {
        for (text, expected) in [
            (
                "The battle, fought in November 1912, was the largest in Europe before 1914. \
                 The Serbs won at Kumanovo on 23 October.",
                "22..35 DATE 1912-11\n70..74 DATE 1914\n105..115 DATE 1912-10-23",
            ),
            (
                "The Serbs won at Kumanovo on 23 October 1912, the greatest triumph between 1389 \
                 and 1914. On 5 November they took Prilep.",
                "29..44 DATE 1912-10-23\n75..79 DATE 1389\n84..88 DATE 1914\n\
                 93..103 DATE 1912-11-05",
            ),
            (
                "On 10 July 1913 Romania declared war. The Greeks were halted in the last week of \
                 the month. Talks in the last months of the year led nowhere.",
                "3..15 DATE 1913-07-10\n64..90 DATE 1913-W30\n101..128 DATE 1913 END",
            ),
            (
                "On 4 February 1899 a sentry of the 1st Nebraska Volunteers fired. Fighting \
                 spread that night.",
                "3..18 DATE 1899-02-04\n82..92 TIME 1899-02-04TNI",
            ),
            (
                "In the autumn of 1919 the front fell quiet. It remained quiet until the spring, \
                 and in March the Poles attacked.",
                "3..21 DATE 1919-FA\n68..78 DATE 1920-SP\n87..92 DATE 1920-03",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// What a directive or a call asks for is ahead of it ("urged residents to leave by noon
    /// Sunday", "called for a strike on Friday"); a participle after a determiner is an
    /// adjective, no past verb ("the closely watched case"), unless it looks ahead; seconds
    /// with a fraction close a compound length.
    #[test]
    fn directives_look_ahead_and_participles_are_adjectives() {
        for (text, expected) in [
            (
                "Officials on Monday urged residents to leave by noon Sunday; the judge ordered \
                 the company to pay by Friday.",
                "13..19 DATE 2023-06-19\n48..59 TIME 2023-06-25T12:00\n101..107 DATE 2023-06-23",
            ),
            (
                "She called for a strike on Friday. The justices are expected to rule by \
                 Friday, including the closely watched case.",
                "27..33 DATE 2023-06-23\n72..78 DATE 2023-06-23",
            ),
            (
                "The company had raised its expected price range on Monday.",
                "51..57 DATE 2023-06-19",
            ),
            // (A directive in the past perfect is done by then.)
            (
                "A million people had been ordered to leave their homes on Sunday.",
                "58..64 DATE 2023-06-18",
            ),
            (
                "She finished in 2 minutes, 2.19 seconds.",
                "16..39 DURATION PT2M2.19S",
            ),
        ] {
            check(text, expected);
        }
    }

    /// A holiday a country keeps on a day written after it; "a quarter" of a fraction range is
    /// no length; "one month and a day" is one length; a winter's two years in full are one
    /// winter; midnight between two days is the first's end.
    #[test]
    fn holidays_fractions_compounds_and_midnights_in_histories() {
        for (text, expected) in [
            (
                "The Philippines remained an American possession. The country celebrates \
                 Independence Day on 12 June.",
                "72..88 DATE XXXX-06-12\n92..99 DATE XXXX-06-12",
            ),
            (
                "Between a quarter and a third of the population died in 1945. The war lasted \
                 one month and a day.",
                "56..60 DATE 1945\n77..96 DURATION P1M1D",
            ),
            (
                "The armies stopped in the winter of 1918–1919.",
                "22..47 DATE 1918-WI",
            ),
            (
                "The Ghazi sank shortly after midnight on 3–4 December 1971. The next night \
                 missile boats attacked Karachi.",
                "29..60 TIME 1971-12-03T24:00\n62..76 TIME 1971-12-04TNI",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// Columbus Day, Veterans Day, Mother's Day; "after midnight Friday" is Friday's start;
    /// "the last weekend of September" is one weekend; a clock time after a date of its own
    /// sentence is that day's, and so is one before another zone's time in brackets and a day;
    /// "one to two hours" is a range.
    #[test]
    fn holidays_weekends_and_clock_days_in_wire_copy() {
        for (text, expected) in [
            (
                "Banks will be closed Monday, which is Columbus Day; Veterans Day parades and \
                 Mother's Day are planned.",
                "21..27 DATE 2023-06-19\n38..50 DATE 2023-10-09\n52..64 DATE 2023-11-11\n\
                 77..89 DATE 2024-05-12",
            ),
            (
                "The ship ran aground shortly after midnight Friday. The festival is on the last \
                 weekend of September.",
                "35..50 TIME 2023-06-16T00:00\n71..100 DATE 2023-W39-WE",
            ),
            (
                "It will host an investor day on Thursday, Aug. 10, at 8 a.m. EST.",
                "32..49 DATE 2023-08-10\n54..64 TIME 2023-08-10T08:00",
            ),
            (
                "The pope arrived Thursday afternoon. The pilgrims began arriving before dawn \
                 today.",
                "17..35 TIME 2023-06-15TAF\n72..82 TIME 2023-06-19TMO",
            ),
            // A midnight told in the past on the report's day is the night just gone.
            (
                "The game ended shortly after midnight. The bar will close at midnight.",
                "29..37 TIME 2023-06-19T00:00\n61..69 TIME 2023-06-19T24:00",
            ),
            // (But not a date of an earlier sentence more than a week from the report's.)
            (
                "The Fed raised rates on Feb. 4. Bond prices rose after the report was released \
                 at 8:30 a.m. EST.",
                "24..30 DATE 2023-02-04\n82..95 TIME 2023-06-19T08:30",
            ),
            (
                "The quake struck at 4:29 p.m. (1129 GMT) Tuesday.",
                "20..29 TIME 2023-06-13T16:29\n31..39 TIME 2023-06-13T11:29\n41..48 DATE 2023-06-13",
            ),
            (
                "The march lasted one to two hours.",
                "17..33 DURATION PT1H EQUAL_OR_MORE",
            ),
        ] {
            check(text, expected);
        }
    }

    /// Spelled hours with their half of the day; a year only compared with is no story date;
    /// "The very next day"; joined seasons opening a sentence before its subject, or after
    /// "spent".
    #[test]
    fn spelled_hours_comparisons_and_the_very_next_day() {
        for (text, expected) in [
            (
                "Yaqub abdicated on 1 December 1879. In the autumn and early winter Roberts \
                 hanged dozens. The French spent the late summer and early autumn preparing.",
                "19..34 DATE 1879-12-01\n39..49 DATE 1879-FA\n54..66 DATE 1879-WI START\n\
                 107..122 DATE 1880-SU END\n127..139 DATE 1880-FA START",
            ),
            (
                "On 4 July 1879 the British attacked at about nine in the morning. The fighting \
                 stopped at ten at night.",
                "3..14 DATE 1879-07-04\n39..64 TIME 1879-07-04T09:00 APPROX\n\
                 90..102 TIME 1879-07-04T22:00",
            ),
            (
                "Ethiopia attacked on 23 February 1999. After days of fighting compared to the \
                 Western Front of 1916, Ethiopia retook Badme on 26 February. The very next day \
                 it rained.",
                "21..37 DATE 1999-02-23\n45..49 DURATION PXD\n95..99 DATE 1916\n\
                 126..137 DATE 1999-02-26\n139..156 DATE 1999-02-27",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// What was not reached until a day came then; what had been reached by a month was
    /// reached then; "the week after Thanksgiving" is a week; "the weeks that followed" is a
    /// length like "the following weeks".
    #[test]
    fn waits_reached_deadlines_and_weeks_after() {
        check(
            "The first barge did not reach the tanker until Friday afternoon. Reserves had \
             fallen to 32 billion by the end of May.",
            "47..63 TIME 2023-06-16TAF\n102..116 DATE 2023-05 END",
        );
        check(
            "Sales usually peak in the week after Thanksgiving.",
            "22..49 DATE 2023-W48",
        );
        check_narrative(
            "In the week following 27 February 1916 the French held.",
            "3..38 DATE 1916-W09",
        );
        // A past perfect in a relative clause is not the sentence's tense.
        check_narrative(
            "On 11 June 1865 the fleet won at the Riachuelo. A column that had advanced into \
             Brazil surrendered on 18 September.",
            "3..15 DATE 1865-06-11\n102..114 DATE 1865-09-18",
        );
        check_narrative(
            "The city fell on 3 May 1945. In the weeks that followed the army withdrew.",
            "17..27 DATE 1945-05-03\n32..55 DURATION PXW",
        );
    }

    /// "a decade earlier" counts from the year its sentence names; a weekday's event looked
    /// ahead to is still to come; a day "beginning" something is after the words; the first days
    /// of a list ("4 or 5 June", "24, 25 and 26 February") are dates.
    #[test]
    fn decades_earlier_looked_ahead_and_day_lists() {
        check(
            "Sales fell to 5 million in 1991 from 6.1 million a decade earlier.",
            "27..31 DATE 1991\n49..65 DATE 1981",
        );
        check(
            "Organizers said they expected large crowds at Sunday's Mass. He declared three \
             days of mourning beginning Thursday.",
            "46..52 DATE 2023-06-25\n73..83 DURATION P3D\n106..114 DATE 2023-06-22",
        );
        check_narrative(
            "All four Japanese carriers sank on 4 or 5 June 1942. His articles were published \
             on 24, 25 and 26 February 1957.",
            "35..36 DATE 1942-06-04\n40..51 DATE 1942-06-05\n84..86 DATE 1957-02-24\n\
             88..90 DATE 1957-02-25\n95..111 DATE 1957-02-26",
        );
    }

    /// A part of a day inside "the heat of", "the middle of" or "the end of" is that day's (not
    /// "the end of the evening news", nor news's "at the end of the day"); "for the winter",
    /// "before morning", a history's "the new year"; a day just before the story's across the
    /// new year is the old year's; another country's Memorial or Independence Day is no US
    /// holiday.
    #[test]
    fn parts_of_the_day_talked_about_and_the_new_year() {
        for (text, expected) in [
            (
                "On 4 October 1189 the assault failed. Both camps dug in for the winter, and in \
                 the heat of the afternoon the infantry broke.",
                "3..17 DATE 1189-10-04\n60..70 DATE 1189-WI\n91..104 TIME 1189-10-04TAF",
            ),
            (
                "On 12 May 1940 the Germans crossed the Meuse before morning. By the end of the \
                 day the bridgehead was secure, and in the middle of the night they attacked.",
                "3..14 DATE 1940-05-12\n52..59 TIME 1940-05-12TMO\n64..82 DATE 1940-05-12 END\n\
                 117..140 TIME 1940-05-12TNI MID",
            ),
            (
                "Santa Clara fell on 31 December 1958, and the garrison surrendered the following \
                 day. Yaguajay fell on 31 December. By the new year Batista had fled.",
                "20..36 DATE 1958-12-31\n67..84 DATE 1959-01-01\n103..114 DATE 1958-12-31\n\
                 119..131 DATE 1959",
            ),
            (
                "At the end of the evening news, Cronkite spoke. The prefecture observes Okinawa \
                 Memorial Day and Ukrainian Independence Day. The new year's budget was cut.",
                "",
            ),
        ] {
            check_narrative(text, expected);
        }
        check(
            "At the end of the day, the vote failed. Officials worked until the end of the day \
             on Friday.",
            "85..91 DATE 2023-06-16",
        );
    }

    /// "a quarter point" is no length; a month figures are for ("a further rise for July",
    /// "sales for July rose"); what is prepared for is ahead; a morning clock time after
    /// midnight is the next day's; "into the night"; "the future Henry VI" is no time.
    #[test]
    fn figures_for_a_month_preparations_and_nights() {
        for (text, expected) in [
            (
                "The bank cut rates by a quarter point. Economists expect a further rise for \
                 July; sales for July rose.",
                "76..80 DATE 2023-07\n92..96 DATE 2022-07",
            ),
            (
                "Runners picked up their numbers as Boston prepared for Monday's marathon. The \
                 Republicans were prepared to pass another bill by Wednesday.",
                "55..61 DATE 2023-06-19\n128..137 DATE 2023-06-21",
            ),
            (
                "Hugo roared ashore shortly before midnight Thursday. At 2 o'clock the roof went.",
                "34..51 TIME 2023-06-15T24:00\n56..65 TIME 2023-06-16T02:00",
            ),
        ] {
            check(text, expected);
        }
        check_narrative(
            "On 27 January 1868 the armies met. The fighting went on into the night. Henry's \
             son, the future Henry VI, was born.",
            "3..18 DATE 1868-01-27\n61..70 TIME 1868-01-27TNI",
        );
    }

    /// Dates joined by "and" in a look back are one background: the story stays at its year.
    #[test]
    fn joined_dates_of_a_look_back_are_one_background() {
        for (text, expected) in [
            (
                "The battle was fought in 1916. The army consisted of volunteers who had \
                 enlisted in 1914 and 1915. The bombardment began on 24 June.",
                "25..29 DATE 1916\n84..88 DATE 1914\n93..97 DATE 1915\n124..131 DATE 1916-06-24",
            ),
            (
                "The battle was fought in 1916. The volunteers had enlisted in March and April \
                 1915. The bombardment began on 24 June.",
                "25..29 DATE 1916\n62..67 DATE 1915-03\n72..82 DATE 1915-04\n\
                 109..116 DATE 1916-06-24",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A summer after a December goes on into the next year; "the first day" told the day
    /// after something began is that day; seasons joined are times whatever governs them; "the
    /// days before it" in a history and "months of twists" are lengths (not "years of age",
    /// nor news's "the weeks before the shooting", which AQUAINT leaves out).
    #[test]
    fn stretches_first_days_and_summers_after_a_december() {
        for (text, expected) in [
            (
                "The son was born on 6 December 1421. The king fell ill during the summer and \
                 died on 31 August 1422.",
                "20..35 DATE 1421-12-06\n62..72 DATE 1422-SU\n85..99 DATE 1422-08-31",
            ),
            (
                "The battle began on 1 July 1916. Only 68 answered the roll call the next \
                 morning. The British suffered 57,470 casualties on the first day.",
                "20..31 DATE 1916-07-01\n64..80 TIME 1916-07-02TMO\n124..137 DATE 1916-07-01",
            ),
            (
                "In April 1415 Henry announced the invasion. The preparations occupied the \
                 spring and early summer. In the days before it, raiders cut the railway, \
                 beginning decades of conflict.",
                "3..13 DATE 1415-04\n70..80 DATE 1415-SP\n85..97 DATE 1415-SU START\n\
                 102..110 DURATION PXD\n157..164 DURATION PXDE",
            ),
        ] {
            check_narrative(text, expected);
        }
        check(
            "The merger follows months of twists and turns. He was 40 years of age. His car \
             was seen in the weeks before the shooting.",
            "19..25 DURATION PXM\n54..62 DURATION P40Y",
        );
    }

    /// A death told by its year, or a year a century on, is an aside a story counting days does
    /// not move to; a death on a day is the story's, however far on.
    #[test]
    fn deaths_and_centuries_ahead_are_asides() {
        for (text, expected) in [
            (
                "The war was fought in 1866. On 27 June Hanover capitulated. King George V went \
                 into exile; he died in Paris in 1878. In July the Prussians occupied Frankfurt.",
                "22..26 DATE 1866\n31..38 DATE 1866-06-27\n111..115 DATE 1878\n120..124 DATE 1866-07",
            ),
            (
                "Henry Tudor landed on 7 August 1485. Richard's body was found under a car park \
                 in 2012. Henry was crowned on 30 October.",
                "22..35 DATE 1485-08-07\n82..86 DATE 2012\n109..119 DATE 1485-10-30",
            ),
            (
                "Edward returned in March 1471. Henry VI died in the Tower on 21 May. Warwick had \
                 died in 1471 too. Edward reigned for twelve years. He died on 9 April 1483. In \
                 June Parliament met.",
                "19..29 DATE 1471-03\n61..67 DATE 1471-05-21\n89..93 DATE 1471\n\
                 118..130 DURATION P12Y\n143..155 DATE 1483-04-09\n160..164 DATE 1483-06",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    /// A part of a day before Christ keeps its part; half units later are counted in the unit
    /// below ("an hour and a half later" is ninety minutes on); "most of the day"; a holiday
    /// followed by "in" and a year is that year's.
    #[test]
    fn bc_parts_half_units_and_holidays_in_a_year() {
        for (text, expected) in [
            (
                "On 2 August 216 BC he won at Cannae. By the evening 50,000 Romans lay dead.",
                "3..18 DATE BC0216-08-02\n40..51 TIME BC0216-08-02TEV",
            ),
            (
                "Hipper left at 1 a.m. on 31 May 1916, and Scheer followed an hour and a half \
                 later. The Dail met on 21 January 1919, and the war ended two and a half years \
                 later.",
                "15..36 TIME 1916-05-31T01:00\n58..82 TIME 1916-05-31T02:30\n\
                 100..115 DATE 1919-01-21\n135..161 DATE 1921-07",
            ),
            (
                "On 29 March 1461 the armies met. The fighting lasted for most of the day. The \
                 Rising began during Easter Week in April 1916.",
                "3..16 DATE 1461-03-29\n65..72 DATE 1461-03-29\n98..109 DATE 1916-W16\n\
                 113..123 DATE 1916-04",
            ),
        ] {
            check_narrative(text, expected);
        }
        check(
            "The Government shut down over the Columbus Day weekend in 1990.",
            "34..46 DATE 1990-10-08\n58..62 DATE 1990",
        );
    }

    /// Wire copy: a plural subject's schedule is ahead ("The Winter Games begin in February");
    /// Easter's year is picked by its own day; "the December quarter" is Q4; "the current
    /// account" is no time; a holiday naming its break; "every four to five years" is a set;
    /// "midafternoon"; "about the summer"; "a decade ago this month", "a year ago this week"
    /// and "a week ago tonight" are one expression each.
    #[test]
    fn schedules_quarters_breaks_and_periods_ago() {
        for (text, expected) in [
            (
                "The Winter Games begin in February. Churches were packed for Easter. Apple \
                 expects to sell phones in the December quarter. The current account deficit \
                 widened.",
                "26..34 DATE 2024-02\n61..67 DATE 2023-04-09\n101..121 DATE 2023-Q4",
            ),
            (
                "Markets will be closed for the Christmas holiday. It erupts every four to five \
                 years. Withdrawals were light through midafternoon. Fishermen are worried about \
                 the summer.",
                "31..40 DATE 2023-12-25\n60..84 SET P4Y\n117..129 TIME 2023-06-19TAF MID\n\
                 159..169 DATE 2023-SU",
            ),
            (
                "It was smaller than the collapse a decade ago this month. The verdict came a \
                 year ago this week. The standoff began a week ago tonight.",
                "33..56 DATE 2013-06\n75..95 DATE 2022-W24\n116..134 TIME 2023-06-12TNI",
            ),
        ] {
            check(text, expected);
        }
    }

    /// A deadline reached in a past perfect after it is past ("By the end of April it had
    /// enrolled"); "next July 15" is a day (not "Last May 12 people died").
    #[test]
    fn deadlines_reached_and_next_days() {
        check(
            "By the end of April it had enrolled 7,000 patients. The bureau will decide by next \
             July 15. Last May 12 people died.",
            "3..19 DATE 2023-04 END\n78..90 DATE 2023-07-15\n92..100 DATE 2023-05",
        );
    }

    /// "the first half hour" is a length, not the first half of the year; a rate counts
    /// things named in up to four words; news copy's "the new year" is the year of the nearest
    /// New Year's Day, whatever the tense.
    #[test]
    fn half_hours_rates_and_the_new_year() {
        check(
            "Volume was heavy in the first half hour. The volcano releases 5,000 tons of sulfur \
             dioxide a day.",
            "20..39 DURATION PT30M\n91..96 SET P1D",
        );
        // "day care" is no day.
        check(
            "A day-care center on the second floor had opened less than an hour before the \
             blast. The day care center closed for a day.",
            "49..66 DURATION PT1H LESS_THAN\n116..121 DURATION P1D",
        );
        let november = Anchor::day(NaiveDate::from_ymd_opt(1999, 11, 8).expect("valid date"));
        check_in(
            "Hatch said he would hold hearings early in the new year. We are ready to stay \
             through Christmas and the new year.",
            november,
            Domain::News,
            "34..55 DATE 2000 START\n86..95 DATE 1999-12-25\n100..112 DATE 2000",
        );
        let january = Anchor::day(NaiveDate::from_ymd_opt(2000, 1, 3).expect("valid date"));
        check_in(
            "No problems were reported in the first 48 hours of the new year.",
            january,
            Domain::News,
            "29..47 DURATION PT48H\n51..63 DATE 2000",
        );
    }

    /// A history's "late in the day" is the end of the story's day; Holy Thursday is Maundy
    /// Thursday; decades and centuries before Christ.
    #[test]
    fn edges_of_the_day_holy_thursday_and_decades_before_christ() {
        check_narrative(
            "The battle began on 14 October 1066. Harold was killed late in the day. The fleet \
             anchored on Holy Thursday in 1519. Athens sent fleets to Sicily in the 420s BC and \
             in the 400s BC.",
            "20..35 DATE 1066-10-14\n55..70 DATE 1066-10-14 END\n94..107 DATE 1519-04-21\n\
             111..115 DATE 1519\n149..160 DATE BC042\n168..179 DATE BC04",
        );
        // (News copy leaves "Late in the day" out, as AQUAINT does.)
        check("Late in the day, lawyers emerged.", "");
    }

    /// A count followed by the day and month it reaches takes that day ("A week later, on the
    /// evening of 26 July" is not a week after "the next day"); a part of the day spent.
    #[test]
    fn counts_dated_by_a_day_and_month_and_mornings_spent() {
        check_narrative(
            "On 19 July 1956 the United States withdrew its offer, and Britain followed the next \
             day. A week later, on the evening of 26 July, Nasser spoke. Ten days later, on 8 \
             August, the conference met.",
            "3..15 DATE 1956-07-19\n75..87 DATE 1956-07-20\n89..101 DATE 1956-07-26\n\
             106..128 TIME 1956-07-26TEV\n144..158 DATE 1956-08-08\n163..171 DATE 1956-08-08",
        );
        check(
            "Democrats spent the morning moving out of their offices.",
            "16..27 TIME 2023-06-19TMO",
        );
        // A part of the day counted keeps its part; the last days of the month end it.
        check_narrative(
            "The Whites took Viipuri on 29 April 1918. In the last days of the month thousands \
             were trapped. The following morning, Sunday 8 May, the English drew up.",
            "27..40 DATE 1918-04-29\n45..71 DATE 1918-04 END\n96..117 TIME 1918-05-08TMO\n\
             119..131 DATE 1918-05-08",
        );
    }

    /// A season (or "the new year") right before its clause's subject is a date: a quantity
    /// or a name and its verb follows, not the noun of a compound ("The spring offensive").
    #[test]
    fn seasons_before_the_subject_of_their_clause() {
        check_narrative(
            "In January 1969 the government began to apply the law. By the spring thousands of \
             settlers had fled. At a council in the summer Bouquet was confirmed. Early in the \
             new year some 250 of them marched. The spring offensive failed.",
            "3..15 DATE 1969-01\n58..68 DATE 1969-SP\n117..127 DATE 1969-SU\n\
             151..172 DATE 1970 START",
        );
    }

    /// A weekday planned in the past ("was to fly back on Tuesday") is the nearest one; a
    /// clock time planned stays the report's.
    #[test]
    fn weekdays_planned_in_the_past() {
        check(
            "He cut short his vacation and was to fly back on Tuesday morning. Bush was to \
             address the nation at 9 p.m.",
            "49..64 TIME 2023-06-20TMO\n100..106 TIME 2023-06-19T21:00",
        );
    }

    /// In news, a holiday of the week before, told after "after", is over even in a future
    /// sentence; days before it, it is still ahead.
    #[test]
    fn holidays_just_past() {
        let boxing_day = Anchor::day(NaiveDate::from_ymd_opt(2023, 12, 26).expect("valid date"));
        check_in(
            "Trading resumes on Wednesday after the Christmas holiday. Trading will resume \
             after the Christmas holiday.",
            boxing_day,
            Domain::News,
            "19..28 DATE 2023-12-27\n39..48 DATE 2023-12-25\n88..97 DATE 2023-12-25",
        );
        let before = Anchor::day(NaiveDate::from_ymd_opt(2023, 12, 20).expect("valid date"));
        check_in(
            "Trading will resume after the Christmas holiday.",
            before,
            Domain::News,
            "30..39 DATE 2023-12-25",
        );
    }

    /// A holiday of the coming week that something is done for or ahead of is that one, in
    /// any tense; a fixed holiday takes "last year", "the following year" after it; "spent
    /// Christmas" names the holiday.
    #[test]
    fn holidays_ahead_and_of_a_year() {
        let before = Anchor::day(NaiveDate::from_ymd_opt(1988, 12, 22).expect("valid date"));
        check_in(
            "Most passengers were travelling home for Christmas. Sales rose at Christmas last \
             year; stores were busy ahead of Christmas.",
            before,
            Domain::News,
            "41..50 DATE 1988-12-25\n66..85 DATE 1987-12-25\n113..122 DATE 1988-12-25",
        );
        check_narrative(
            "In the spring of 1313 the castle would surrender if not relieved by Midsummer Day \
             the following year. He spent Christmas that year at Stirling.",
            "3..21 DATE 1313-SP\n68..100 DATE 1314-06-24\n111..130 DATE 1314-12-25",
        );
    }

    /// In a report, a bare time of day inside a quotation is the speaker's, of the report's
    /// day, and leaves the story where it was; one told back ("that night") is the story's.
    #[test]
    fn a_speakers_time_of_day() {
        check(
            "The quake struck at 7:19 a.m. on Thursday. \"We heard voices at dawn, but since \
             then nothing,\" said a volunteer. \"He told me that night that it would hold,\" she \
             said.",
            "20..41 TIME 2023-06-15T07:19\n63..67 TIME 2023-06-19TMO\n124..134 TIME \
             2023-06-15TNI",
        );
    }

    /// A verb whose past is its present is past after "he", "she" or "it".
    #[test]
    fn past_same_as_present_after_a_pronoun() {
        check(
            "He hurt his knee on Wednesday night. She cut prices on Friday.",
            "20..35 TIME 2023-06-14TNI\n55..61 DATE 2023-06-16",
        );
    }

    /// An hour and a quarter, half past midnight, a quarter to noon, seconds later.
    #[test]
    fn quarters_and_halves_of_hours() {
        check(
            "In the last hour and a quarter it lost 200 points; it took two hours and three \
             quarters.",
            "3..30 DURATION PT1H15M\n59..87 DURATION PT2H45M",
        );
        check(
            "The last one came up just after half past midnight; they met at a quarter to noon. \
             Seconds later it blew.",
            "32..50 TIME 2023-06-19T00:30\n64..81 TIME 2023-06-19T11:45\n83..96 DURATION PTXS",
        );
        check(
            "It ended 11 and a half years in power.",
            "9..28 DURATION P11Y6M",
        );
    }

    /// Years joined before "BC" share it when close ("in 55 and 54 BC", not "1914 and 44
    /// BC"); the Ides of a month are its 15th or 13th.
    #[test]
    fn joined_years_before_christ_and_the_ides() {
        check_narrative(
            "Caesar crossed to Britain in 55 and 54 BC. In 1914 and 44 BC nothing happened. \
             Caesar was killed on the Ides of March.",
            "29..31 DATE BC0055\n36..41 DATE BC0054\n46..50 DATE 1914\n55..60 DATE BC0044\n\
             100..117 DATE BC0044-03-15",
        );
        // "the rest of the day" is the story's day.
        check_narrative(
            "The infantry opened fire on 9 August 1877. They fought for the rest of the day.",
            "28..41 DATE 1877-08-09\n71..78 DATE 1877-08-09",
        );
        // Decades counted from a year before Christ are a year too.
        check_narrative(
            "Marius was consul in 100 BC. Two decades later the quarrel became a civil war.",
            "21..27 DATE BC0100\n29..46 DATE BC0080",
        );
    }

    /// In news, a night told in the past on the report's day is the night before it; a night
    /// ahead, or one of another day named, keeps its day.
    #[test]
    fn nights_told_in_the_past_are_the_night_before() {
        check(
            "Rescue workers tunneled through the night and into this morning. Rescue workers \
             will work through the night. The explosion happened on Tuesday. Crews worked \
             through the night.",
            "32..41 TIME 2023-06-18TNI\n51..63 TIME 2023-06-19TMO\n98..107 TIME 2023-06-19TNI\n\
             135..142 DATE 2023-06-13\n165..174 TIME 2023-06-13TNI",
        );
    }

    /// A range of clock times that passes midnight ends the next day.
    #[test]
    fn clock_ranges_past_midnight() {
        check(
            "Officials imposed a curfew from 9 p.m. to 6 a.m. until further notice.",
            "32..38 TIME 2023-06-19T21:00\n42..48 TIME 2023-06-20T06:00",
        );
        check(
            "The government imposed a curfew from 11 p.m. to 5 a.m. in Caracas.",
            "37..44 TIME 2023-06-19T23:00\n48..54 TIME 2023-06-20T05:00",
        );
    }

    /// British copy: "the financial year" is the fiscal year, "in future" the future.
    #[test]
    fn financial_years_and_in_future() {
        check(
            "Profit will rise in the financial year ending in March. It fell in the last \
             financial year. Such mistakes must be avoided in future. The financial markets fell.",
            "20..38 DURATION P1Y\n49..54 DATE 2024-03\n71..90 DATE 2022\n125..131 DATE FUTURE_REF",
        );
    }

    /// "the quarter-finals" is a round, not a quarter; "since dawn" is a time.
    #[test]
    fn rounds_and_dawns() {
        check(
            "He reached the quarter-finals on Monday. She lost in the quarter-final. Crowds had \
             waited since dawn.",
            "33..39 DATE 2023-06-19\n96..100 TIME 2023-06-19TMO",
        );
    }

    /// A perfect infinitive in a history looks back ("are said to have quarrelled ... a decade
    /// before"); "the last day of the year" and "the first day of June 1916" are days.
    #[test]
    fn perfect_infinitives_and_edge_days() {
        for (text, expected) in [
            (
                "Russia ordered mobilisation on 30 July 1914. The two generals are said to have \
                 quarrelled in 1904. Rennenkampf crossed the frontier on 17 August.",
                "31..43 DATE 1914-07-30\n93..97 DATE 1904\n135..144 DATE 1914-08-17",
            ),
            (
                "The siege began in late December 1999. Yeltsin resigned on the last day of the \
                 year, and Putin succeeded him at noon. On the first day of June 1916 they met. \
                 The last day of the month was quiet.",
                "19..37 DATE 1999-12 END\n59..83 DATE 1999-12-31\n112..116 TIME 1999-12-31T12:00\n\
                 121..147 DATE 1916-06-01\n158..183 DATE 1916-06-30",
            ),
        ] {
            check_narrative(text, expected);
        }
    }

    #[test]
    fn huge_sentence_without_stops_completes() {
        let line = "on Friday and two weeks later, in May and 1998 ".repeat(10 * 1024 * 1024 / 48);
        let mut tagger = Tagger::new(anchor(), Domain::News);
        let found = tagger.tag_sentence(&line);
        assert!(found.len() > 500_000);
    }

    proptest! {
        #[test]
        fn any_text_tags_without_panicking(text in "\\PC*") {
            for domain in [Domain::News, Domain::Narrative] {
                for timex in tag_text(&text, anchor(), domain) {
                    prop_assert!(timex.start < timex.end && timex.end <= text.len());
                    prop_assert!(text.is_char_boundary(timex.start));
                    prop_assert!(text.is_char_boundary(timex.end));
                }
            }
        }

        #[test]
        fn date_like_text_tags_without_panicking(
            text in "([0-9]{1,4}|May|March|the|of|last|next|a\\.m\\.|Friday|quarter|'|-|/|,|\\.| |years|ago|early|\u{e9})*"
        ) {
            let found = tag_text(&text, anchor(), Domain::News);
            let again = tag_text(&text, anchor(), Domain::News);
            prop_assert_eq!(found, again);
        }
    }
}
