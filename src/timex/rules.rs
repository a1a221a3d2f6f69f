//! The grammar: a tokenizer that cuts a sentence into word, number and punctuation tokens with
//! byte spans, and hand-written patterns that read time expressions off the tokens. At every
//! token that may begin an expression (a number, or a word of `FIRST_WORDS` or of the
//! lexicon's tables) all patterns are tried and the longest match wins; matching then resumes
//! after it.
//!
//! A match is an [`Expr`]: its token span, its TIMEX3 type and a [`Core`] that says what it means
//! before it is anchored ("last Tuesday" is a weekday one week back). Turning a `Core` into a
//! TimeML value is `resolve`'s job; this module never looks at the anchor date.

use super::lexicon::{self, class, Unit};
use super::TimexType;
use crate::when::Part;
use std::sync::LazyLock;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters.
    Word,
    /// A run of digits, possibly with inner `,` or `.` groups (see [`Token::plain`]).
    Number,
    /// Any other single character.
    Punct,
}

/// One token with its byte span in the sentence.
#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: Kind,
    /// True when white space separates this token from the one before.
    pub space_before: bool,
    /// For numbers: true when the number is digits only ("464,000" and "1.5" are not plain).
    pub plain: bool,
    /// For words: their [`lexicon::class`] bits, looked up once here.
    pub class: u16,
}

/// Cuts `text` into tokens and looks each word's classes up. Allocates only the returned
/// vector.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut index = 0;
    let mut space_before = true;
    while index < bytes.len() {
        let byte = bytes[index];
        // ASCII, the usual case, is read byte by byte; anything else char by char.
        let (kind, end, plain) = if byte.is_ascii_digit() {
            let mut end = index;
            let mut plain = true;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            // Thousands separators and decimals stay inside the number: "464,000", "1.5".
            while end + 1 < bytes.len()
                && (bytes[end] == b',' || bytes[end] == b'.')
                && bytes[end + 1].is_ascii_digit()
            {
                plain = false;
                end += 1;
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
            }
            (Kind::Number, end, plain)
        } else if byte.is_ascii_alphabetic() {
            let mut end = index + 1;
            while end < bytes.len() && bytes[end].is_ascii_alphabetic() {
                end += 1;
            }
            if end < bytes.len() && !bytes[end].is_ascii() {
                end = alphabetic_end(text, end);
            }
            (Kind::Word, end, true)
        } else if byte == b' ' || (b'\t'..=b'\r').contains(&byte) {
            space_before = true;
            index += 1;
            continue;
        } else if byte.is_ascii() {
            (Kind::Punct, index + 1, true)
        } else {
            let Some(c) = text[index..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                space_before = true;
                index += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                (Kind::Word, alphabetic_end(text, index), true)
            } else {
                (Kind::Punct, index + c.len_utf8(), true)
            }
        };
        let word = &text[index..end];
        tokens.push(Token {
            start: index,
            end,
            text: word,
            kind,
            space_before,
            plain,
            class: if kind == Kind::Word {
                CLASSES.get(word)
            } else {
                0
            },
        });
        space_before = false;
        index = end;
    }
    tokens
}

/// True for a lowercase word in a past form: a past word of the lexicon or an "-ed" form.
pub fn past_form(t: &Token<'_>) -> bool {
    t.kind == Kind::Word
        && t.text.starts_with(|c: char| c.is_ascii_lowercase())
        && (t.class & class::PAST != 0 || (t.text.len() > 4 && t.text.ends_with("ed")))
}

/// The end of the run of letters in `text` that goes on at byte `from`.
fn alphabetic_end(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(offset, _)| from + offset)
}

/// Which way a weekday, month or season without a year points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// From the tense of the sentence.
    Tense,
    /// "last": the one before the anchor.
    Last,
    /// "this": the one around the anchor.
    This,
    /// "next": the one after the anchor.
    Next,
    /// "the following Thursday": the first one after the date last mentioned.
    AfterReference,
    /// "the previous Friday": the last one before the date last mentioned.
    BeforeReference,
    /// "Monday last week" (-1), "Friday next week" (1), "Tuesday this week" (0): that day of
    /// the week so many weeks from the anchor's.
    InWeek(i64),
}

/// What a relative expression is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// The document creation time ("yesterday", "last year", "two weeks ago").
    Anchor,
    /// The last date mentioned ("the next day", "a year earlier", "that day").
    Reference,
    /// The anchor in news, the last date mentioned in a narrative ("the year", "the week").
    Current,
}

/// A year that may be given, counted from the anchor, or left to the tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearSpec {
    Explicit(i32),
    /// Anchor year plus this many years ("last year" = -1).
    Shift(i32),
    /// The reference year ("of the year").
    Reference,
    /// The year of the date last mentioned, in news as in narrative ("that summer").
    Mentioned,
    /// That year plus this many ("the spring of the next year" = 1).
    MentionedShift(i32),
    /// The latest one before the anchor ("last fall", "this past spring").
    Latest,
    /// The first one after the date last mentioned ("the following spring").
    AfterReference,
    /// The last one before the date last mentioned ("the previous winter").
    BeforeReference,
    Tense,
}

/// The meaning of a match before anchoring.
#[derive(Debug, Clone, PartialEq)]
pub enum Core {
    /// A value read whole from the text: "P2W", "PRESENT_REF", "1998", "199".
    Fixed(String),
    /// A day or a month, with or without a year: "June 19", "19 June 1998", "May 2023".
    Calendar {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
    },
    /// A month name alone: "in May", "last November".
    Month { month: u32, dir: Dir },
    /// A month of a year counted from the base: "January this year", "June last year" (the
    /// anchor), "3 March the following year", "in May that year" (the date last mentioned).
    MonthOfYear {
        month: u32,
        day: Option<u32>,
        years: i32,
        base: Base,
    },
    /// A weekday: "Friday", "last Tuesday".
    Weekday { weekday: u32, dir: Dir },
    /// A season: "summer of 2020", "last fall", "in the spring".
    Season { code: &'static str, year: YearSpec },
    /// A quarter or half of a year: "the third quarter", "the first half of 1998".
    Quarter {
        code: char,
        number: u32,
        year: YearSpec,
    },
    /// The quarter last talked about: "the quarter", "the latest quarter".
    ThisQuarter {
        years_back: i32,
        current: bool,
        /// "the latest quarter", "the most recent quarter": the last one completed.
        latest: bool,
    },
    /// The quarter under discussion in a given year: "the 1988 period", "the 1988 quarter".
    QuarterOfYear { year: i32 },
    /// `n` units from the base, at the unit's precision: "last year", "yesterday", "two weeks ago".
    Shift { unit: Unit, n: i64, base: Base },
    /// A fixed-date holiday, year from the anchor: "Christmas".
    Holiday { month: u32, day: u32 },
    /// "the turn of the century": the year a century ends, given ("of the 20th century" is
    /// 1900) or the one nearest the date the text is at.
    CenturyTurn {
        century: Option<i32>,
        millennium: bool,
    },
    /// A day counted from Easter Sunday, year from the text or the nearest: "Good Friday" is -2.
    Easter { offset: i64, year: Option<i32> },
    /// A day of the month being talked about: "on the 25th".
    DayOfMonth { day: u32 },
    /// Thanksgiving-style holidays: the `nth` `weekday` of `month` (nth = -1 for the last).
    NthWeekday { month: u32, weekday: u32, nth: i32 },
}

/// A period named by its relation to a day: "the day after June 3", "the week of March 6".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// That many days from the day: "the day before" is -1.
    Days(i64),
    /// The (ISO) week the day falls in.
    WeekOf,
    /// The (ISO) week that many weeks from the day's: "the week after Thanksgiving" is 1.
    Weeks(i64),
    /// The (ISO) week of this day of the month named: "the first week of August" is the week of
    /// the 4th, "the last week of June" the week of the 25th.
    WeekOfMonth(u32),
    /// The weekend of the `n`th Saturday of the month named (-1 the last): "the last weekend
    /// of September".
    WeekendOfMonth(i32),
    /// The first (`false`) or last (`true`) day of the month or year named: "the last day of
    /// the year", "the first day of June".
    EdgeDay(bool),
    /// The year of the New Year's Day nearest the report: news copy's "the new year".
    YearOf,
}

/// A time of day added to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    /// "morning" -> MO.
    Part(&'static str),
    /// 24-hour clock.
    Clock(u32, u32),
}

/// Verbs that keep a named day every year ("celebrates Independence Day on 12 June").
const COMMEMORATES: &[&str] = &[
    "celebrate",
    "celebrates",
    "celebrated",
    "observe",
    "observes",
    "observed",
    "mark",
    "marks",
    "marked",
    "commemorate",
    "commemorates",
    "commemorated",
];

/// One matched time expression over tokens `first..last` (exclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub first: usize,
    pub last: usize,
    pub kind: TimexType,
    pub core: Core,
    pub time: Option<TimeOfDay>,
    pub modifier: Option<&'static str>,
    /// The part of the period for `Timex::when` ("the end of last year" -> End).
    pub part: Option<Part>,
    /// True for "a year ago" and "a year earlier", which compare with a period just mentioned.
    pub ago: bool,
    /// True when the words themselves say the date is past ("Wednesday's ruling").
    pub past: bool,
    /// The weekday written with a year-less date ("Monday, Feb. 24"), 1 = Monday: it picks the
    /// year when the tense alone would pick one where that day is another weekday.
    pub weekday: Option<u32>,
    /// Set when the expression names a period by its relation to the day the core names.
    pub relative: Option<Relative>,
    /// `N` for "the Nth day" of a story (narratives): counted from the day the story was at
    /// when the counting began.
    pub ordinal_day: Option<i64>,
    /// True for a winter written with both its years ("the winter of 1947–48"): its value is
    /// the first year's, but a story goes on in the second.
    pub into_next_year: bool,
    /// `Day` for "ten years ago today" and "a week ago tonight", `Week` for "a year ago this
    /// week", `Month` for "a decade ago this month": the shift lands on that period of the
    /// anchor's, not on its own unit.
    pub to_period: Option<Unit>,
    /// True for "this weekend": told late in a week, the coming one whatever the tense.
    pub coming: bool,
    /// True for a clock time whose day is said to be the one just told ("at 7 a.m. that day",
    /// "at 6:30 that evening"): it is that day's however far it is from the report's.
    pub that_day: bool,
}

impl Core {
    /// True for the writer's present ("today", "this year", "this week"): read against the
    /// document's date even in a narrative, and never the story's date.
    pub fn names_writers_present(&self) -> bool {
        matches!(
            self,
            Core::Shift {
                n: 0,
                base: Base::Anchor,
                ..
            }
        )
    }
}

impl Expr {
    /// A part of a day `n` days from `base`, over tokens `first..last`: "this morning", "the
    /// next evening", "at dawn".
    fn part_of_day(first: usize, last: usize, n: i64, base: Base, part: &'static str) -> Expr {
        let mut expr = Expr::new(
            first,
            last,
            TimexType::Time,
            Core::Shift {
                unit: Unit::Day,
                n,
                base,
            },
        );
        expr.time = Some(TimeOfDay::Part(part));
        expr
    }

    /// A calendar day over tokens `first..last`: "7, 1942", "4" in "from 4 to 7 June".
    fn calendar_day(first: usize, last: usize, year: Option<i32>, month: u32, day: u32) -> Expr {
        Expr::new(
            first,
            last,
            TimexType::Date,
            Core::Calendar {
                year,
                month,
                day: Some(day),
            },
        )
    }

    fn new(first: usize, last: usize, kind: TimexType, core: Core) -> Expr {
        Expr {
            first,
            last,
            kind,
            core,
            time: None,
            modifier: None,
            part: None,
            ago: false,
            past: false,
            weekday: None,
            relative: None,
            ordinal_day: None,
            into_next_year: false,
            to_period: None,
            coming: false,
            that_day: false,
        }
    }

    fn fixed(first: usize, last: usize, kind: TimexType, value: impl Into<String>) -> Expr {
        Expr::new(first, last, kind, Core::Fixed(value.into()))
    }

    /// A day of every year over tokens `first..last`: "every 17 November", "on 9 May each year"
    /// → `XXXX-05-09`.
    fn every_year_on(first: usize, last: usize, month: u32, day: u32) -> Expr {
        Expr::fixed(
            first,
            last,
            TimexType::Set,
            format!("XXXX-{month:02}-{day:02}"),
        )
    }
}

/// A quantity: an exact number or an unknown one ("several").
#[derive(Debug, Clone, Copy, PartialEq)]
enum Quantity {
    Exact(f64),
    Vague,
}

struct Parser<'t, 'a> {
    tokens: &'t [Token<'a>],
    /// Whether the text is a narrative: "the morning of 6 June 1944" is then one time, as
    /// histories are annotated, where news corpora tag the date inside it alone.
    narrative: bool,
}

/// Finds every time expression in the tokens of a news text, longest match first, left to
/// right.
pub fn parse(tokens: &[Token<'_>]) -> Vec<Expr> {
    parse_in(tokens, false)
}

/// [`parse`] for a news text or (`narrative`) a history.
pub fn parse_in(tokens: &[Token<'_>], narrative: bool) -> Vec<Expr> {
    let parser = Parser { tokens, narrative };
    let mut found = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        if !may_begin(tokens, index) {
            index += 1;
            continue;
        }
        match parser.best_at(index) {
            Some(expr) if expr.last > index => {
                index = expr.last;
                found.push(expr);
            }
            _ => index += 1,
        }
    }
    share_day_of_clock_range(tokens, &mut found);
    found
}

/// "from 8 a.m. to 8 p.m. on Sunday": the first clock time of a range is on the day the second
/// names.
fn share_day_of_clock_range(tokens: &[Token<'_>], found: &mut [Expr]) {
    let bare = |e: &Expr| {
        matches!(e.time, Some(TimeOfDay::Clock(..)))
            && matches!(
                e.core,
                Core::Shift {
                    unit: Unit::Day,
                    n: 0,
                    base: Base::Reference,
                }
            )
    };
    for k in 1..found.len() {
        let (before, after) = found.split_at_mut(k);
        let (first, second) = (&mut before[k - 1], &after[0]);
        let joined = second.first == first.last + 1
            && tokens.get(first.last).is_some_and(|t| {
                lexicon::contains(&["to", "and", "until", "till", "through", "-", "–"], t.text)
            });
        if joined
            && bare(first)
            && matches!(second.time, Some(TimeOfDay::Clock(..)))
            && !bare(second)
            && second.relative.is_none()
        {
            first.core = second.core.clone();
        }
    }
}

/// Whether `expr` is a date that names one day: a calendar day, a weekday, a holiday, or (when
/// `shifts`) a day counted from another ("the next day", "yesterday").
fn names_a_day(expr: &Expr, shifts: bool) -> bool {
    let day = match expr.core {
        Core::Calendar { day: Some(_), .. }
        | Core::Weekday { .. }
        | Core::Holiday { .. }
        | Core::Easter { .. }
        | Core::NthWeekday { .. } => true,
        Core::Shift {
            unit: Unit::Day, ..
        } => shifts,
        _ => false,
    };
    day && expr.kind == TimexType::Date && expr.relative.is_none()
}

/// Words that may begin a time expression besides those of the lexicon's tables: determiners,
/// deictic, modifier and holiday words of the grammar. Every other word the grammar names is
/// only ever read after the first token ("ago", "of", "a.m.", "than") or as context before it
/// ("in", "his", "lasted"); a test in this module keeps the two lists complete.
static FIRST_WORDS: &[&str] = &[
    "a",
    "ad",
    "all",
    "an",
    "another",
    "approx",
    "armistice",
    "ash",
    "bastille",
    "beginning",
    "boxing",
    "c",
    "ca",
    "candlemas",
    "centurylong",
    "christmas",
    "close",
    "columbus",
    "coming",
    "comparable",
    "couple",
    "current",
    "currently",
    "d",
    "dawn",
    "daybreak",
    "daylong",
    "decadelong",
    "distant",
    "dusk",
    "each",
    "earlier",
    "early",
    "easter",
    "eighties",
    "election",
    "end",
    "epiphany",
    "every",
    "father",
    "fifties",
    "final",
    "financial",
    "fiscal",
    "flag",
    "following",
    "forties",
    "future",
    "fy",
    "good",
    "guy",
    "h",
    "half",
    "halloween",
    "holy",
    "hourlong",
    "hundred",
    "independence",
    "initial",
    "labor",
    "lady",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "maundy",
    "memorial",
    "michaelmas",
    "mid",
    "midafternoon",
    "midday",
    "middle",
    "midevening",
    "midmorning",
    "midnight",
    "midsummer",
    "monthlong",
    "most",
    "mother",
    "near",
    "new",
    "next",
    "nightfall",
    "nineties",
    "noon",
    "now",
    "nowadays",
    "once",
    "palm",
    "passion",
    "past",
    "per",
    "period",
    "preceding",
    "present",
    "presently",
    "president",
    "presidents",
    "previous",
    "prior",
    "q",
    "recent",
    "recently",
    "remaining",
    "remembrance",
    "saint",
    "same",
    "season",
    "seventies",
    "short",
    "shrove",
    "sixties",
    "st",
    "start",
    "succeeding",
    "sunrise",
    "sunset",
    "term",
    "thanksgiving",
    "that",
    "the",
    "these",
    "thirties",
    "this",
    "those",
    "thousand",
    "thrice",
    "today",
    "tomorrow",
    "tonight",
    "twenties",
    "twice",
    "v",
    "valentine",
    "ve",
    "veteran",
    "veterans",
    "vj",
    "weeklong",
    "whit",
    "yearlong",
    "yesterday",
];

/// First words that are never a time expression alone besides the modifiers, unit adjectives
/// and quantifiers of the lexicon ([`class::LEADING`]): they begin one only before a word the
/// grammar reads ("that day", "all year", "New Year's Day"), a number or a sign.
static LEADING_WORDS: &[&str] = &[
    "a",
    "all",
    "an",
    "another",
    "each",
    "every",
    "financial",
    "new",
    "that",
    "the",
    "these",
    "this",
    "those",
];

/// The lower-case words that may begin a time expression: [`FIRST_WORDS`] and the words of the
/// lexicon's tables (months, weekdays, numbers, units, modifiers, ...).
fn first_words() -> impl Iterator<Item = &'static str> {
    FIRST_WORDS
        .iter()
        .copied()
        .chain(lexicon::MONTHS.iter().map(|(word, _)| *word))
        .chain(lexicon::MONTH_ABBREVIATIONS.iter().map(|(word, _)| *word))
        .chain(lexicon::WEEKDAYS.iter().map(|(word, _)| *word))
        .chain(WEEKDAY_ABBREVIATIONS.iter().map(|(word, _)| *word))
        .chain(lexicon::SEASONS.iter().map(|(word, _)| *word))
        .chain(lexicon::PARTS_OF_DAY.iter().map(|(word, _)| *word))
        .chain(lexicon::NUMBER_WORDS.iter().map(|(word, _)| *word))
        .chain(lexicon::ORDINALS.iter().map(|(word, _)| *word))
        .chain(lexicon::UNITS.iter().map(|(word, _, _)| *word))
        .chain(lexicon::UNIT_ADJECTIVES.iter().copied())
        .chain(lexicon::VAGUE_QUANTITIES.iter().copied())
        .chain(lexicon::FREQUENCY_ADVERBS.iter().map(|(word, _)| *word))
        .chain(
            lexicon::DURATION_MODIFIERS
                .iter()
                .filter_map(|(words, _)| words.first().copied()),
        )
}

/// Words the grammar names that never begin a time expression: later words of a pattern
/// ("ago", "a.m.", "than"), context read before or after one ("in", "his", "lasted") and
/// the nouns that make a number a count; and TimeML codes ("NI", "MO", "EV"). A determiner
/// ("the", "a", "an") begins an expression only before one of these, a first word, a number or
/// a sign ([`may_begin`]); a test in this module keeps the list complete.
static LATER_WORDS: &[&str] = &[
    "about",
    "account",
    "accounts",
    "across",
    "after",
    "afterward",
    "afterwards",
    "against",
    "age",
    "aged",
    "ago",
    "ahead",
    "album",
    "already",
    "also",
    "am",
    "american",
    "and",
    "anniversary",
    "annual",
    "annually",
    "approximately",
    "are",
    "around",
    "arrived",
    "arrives",
    "article",
    "as",
    "athlete",
    "ave",
    "avenue",
    "b",
    "barely",
    "bc",
    "bce",
    "be",
    "became",
    "become",
    "becomes",
    "been",
    "before",
    "began",
    "begins",
    "begun",
    "bent",
    "between",
    "bill",
    "black",
    "bled",
    "bloody",
    "book",
    "borne",
    "boulevard",
    "break",
    "brought",
    "built",
    "burst",
    "by",
    "came",
    "camp",
    "campaign",
    "can",
    "car",
    "care",
    "cast",
    "cdt",
    "ce",
    "celebrate",
    "celebrated",
    "celebrates",
    "celebrating",
    "cent",
    "cents",
    "chapter",
    "children",
    "claimed",
    "clock",
    "closes",
    "closing",
    "co",
    "coach",
    "come",
    "comes",
    "commemorate",
    "commemorated",
    "commemorates",
    "commemoration",
    "contract",
    "contracts",
    "convenes",
    "corp",
    "corporation",
    "corresponding",
    "could",
    "counted",
    "course",
    "crept",
    "crispin",
    "cst",
    "cut",
    "d",
    "date",
    "dealt",
    "debuts",
    "delayed",
    "delivery",
    "departs",
    "did",
    "district",
    "done",
    "dozens",
    "drive",
    "driver",
    "due",
    "dug",
    "during",
    "dying",
    "e",
    "each",
    "earlier",
    "earnings",
    "ed",
    "edt",
    "effect",
    "eight",
    "eleven",
    "emperor",
    "empress",
    "ended",
    "ending",
    "ends",
    "entire",
    "est",
    "et",
    "ev",
    "eve",
    "even",
    "every",
    "expires",
    "faces",
    "falls",
    "fawkes",
    "fed",
    "federal",
    "fell",
    "felt",
    "fewer",
    "figures",
    "film",
    "finalist",
    "finalists",
    "finals",
    "first",
    "fled",
    "flight",
    "followed",
    "fool",
    "fools",
    "for",
    "found",
    "fourth",
    "from",
    "further",
    "futures",
    "game",
    "games",
    "gmt",
    "go",
    "goal",
    "goes",
    "gone",
    "got",
    "had",
    "has",
    "have",
    "he",
    "heads",
    "heard",
    "height",
    "heir",
    "held",
    "her",
    "high",
    "highway",
    "hill",
    "him",
    "his",
    "hit",
    "holiday",
    "holidays",
    "holy",
    "home",
    "hosts",
    "how",
    "hundreds",
    "hung",
    "husband",
    "i",
    "ides",
    "ies",
    "in",
    "inc",
    "income",
    "ing",
    "inside",
    "interstate",
    "into",
    "is",
    "it",
    "its",
    "j",
    "just",
    "keep",
    "kept",
    "kicks",
    "king",
    "known",
    "laid",
    "lane",
    "lasted",
    "lasting",
    "launches",
    "leader",
    "leading",
    "least",
    "led",
    "left",
    "lent",
    "less",
    "let",
    "light",
    "likely",
    "local",
    "long",
    "longer",
    "loss",
    "losses",
    "lost",
    "m",
    "made",
    "man",
    "manager",
    "mark",
    "marked",
    "marks",
    "match",
    "maundy",
    "mdt",
    "me",
    "meant",
    "meets",
    "men",
    "mere",
    "met",
    "might",
    "millions",
    "mo",
    "model",
    "more",
    "most",
    "moved",
    "msk",
    "mst",
    "must",
    "my",
    "national",
    "nd",
    "net",
    "never",
    "ni",
    "not",
    "number",
    "numbered",
    "o",
    "observe",
    "observed",
    "observes",
    "of",
    "off",
    "office",
    "officially",
    "often",
    "old",
    "olympic",
    "olympics",
    "on",
    "once",
    "only",
    "opening",
    "opens",
    "or",
    "other",
    "our",
    "over",
    "p",
    "page",
    "paid",
    "palm",
    "paralympics",
    "patrick",
    "pdt",
    "percentage",
    "period",
    "person",
    "pier",
    "place",
    "planned",
    "platform",
    "play",
    "player",
    "plays",
    "pm",
    "point",
    "poised",
    "pope",
    "possible",
    "postponed",
    "preceding",
    "premieres",
    "prior",
    "profit",
    "profits",
    "program",
    "programme",
    "proved",
    "pst",
    "put",
    "queen",
    "quit",
    "race",
    "rd",
    "read",
    "recess",
    "record",
    "remain",
    "remainder",
    "remained",
    "remains",
    "remembered",
    "remembrance",
    "reopens",
    "report",
    "reports",
    "rescheduled",
    "resolution",
    "resolutions",
    "rest",
    "results",
    "resumes",
    "returns",
    "revenue",
    "road",
    "rookie",
    "room",
    "roughly",
    "route",
    "run",
    "s",
    "said",
    "saints",
    "sales",
    "sat",
    "saw",
    "scarcely",
    "scheduled",
    "second",
    "section",
    "semester",
    "sent",
    "series",
    "session",
    "set",
    "seven",
    "shall",
    "she",
    "shorter",
    "shot",
    "should",
    "show",
    "shut",
    "since",
    "single",
    "site",
    "slain",
    "slated",
    "slept",
    "small",
    "so",
    "sold",
    "song",
    "souls",
    "sped",
    "spend",
    "spending",
    "spends",
    "spent",
    "spread",
    "spun",
    "st",
    "starts",
    "stay",
    "stays",
    "stephen",
    "stood",
    "stores",
    "street",
    "strong",
    "struck",
    "stuck",
    "succeeding",
    "sunk",
    "super",
    "swept",
    "t",
    "take",
    "takes",
    "teacher",
    "team",
    "ten",
    "tens",
    "testifies",
    "th",
    "than",
    "their",
    "them",
    "then",
    "they",
    "third",
    "thousands",
    "through",
    "throughout",
    "till",
    "time",
    "times",
    "to",
    "today",
    "told",
    "took",
    "totaled",
    "totalled",
    "tournament",
    "toward",
    "towards",
    "travels",
    "turn",
    "understood",
    "unlikely",
    "until",
    "utc",
    "vacation",
    "very",
    "visits",
    "waning",
    "was",
    "we",
    "wee",
    "wept",
    "were",
    "what",
    "when",
    "whether",
    "which",
    "whole",
    "why",
    "wi",
    "wife",
    "will",
    "windows",
    "with",
    "within",
    "woman",
    "women",
    "won",
    "would",
    "woven",
    "you",
    "your",
];

/// The classes of words the grammar and the tense reading ask about: [`first_words`] and their
/// plurals, and the future, past and reporting words of the lexicon.
static CLASSES: LazyLock<lexicon::WordClasses> = LazyLock::new(|| {
    let mut classes = lexicon::WordClasses::default();
    for word in first_words() {
        classes.add(word, class::FIRST);
        // Plurals of first words begin sets: "Mondays", "Tuesday nights".
        classes.add(&format!("{word}s"), class::FIRST_PLURAL);
    }
    let lists = [
        (LATER_WORDS, class::LATER),
        (lexicon::FUTURE_WORDS, class::FUTURE),
        (lexicon::PAST_WORDS, class::PAST),
        (lexicon::REPORTING_WORDS, class::REPORTING),
        (lexicon::BEFORE_PARTICIPLE_WORDS, class::BEFORE_PARTICIPLE),
        (lexicon::SCHEDULE_WORDS, class::SCHEDULE),
    ];
    for (words, bits) in lists {
        for word in words {
            classes.add(word, bits);
        }
    }
    // The later words of the modifiers: "a little over three months" begins at "a".
    for (words, _) in lexicon::DURATION_MODIFIERS {
        for word in words.iter().skip(1) {
            classes.add(word, class::LATER);
        }
    }
    let leading = lexicon::DURATION_MODIFIERS
        .iter()
        .filter_map(|(words, _)| words.first().copied())
        .chain(lexicon::UNIT_ADJECTIVES.iter().copied())
        .chain(lexicon::VAGUE_QUANTITIES.iter().copied())
        .chain(LEADING_WORDS.iter().copied());
    for word in leading {
        classes.add(word, class::LEADING);
    }
    classes
});

/// True when a time expression may begin at `tokens[index]`: a number, the apostrophe of
/// "'90s" before a number, or a word of [`first_words`] or its plural; a determiner ("the",
/// "a", "an") or another leading word ([`class::LEADING`]: "that", "more", "about") only
/// before a word the grammar reads ([`first_words`], [`LATER_WORDS`]), a number or a sign.
/// Tried before the patterns, so most tokens cost one bit test, and a leading word before an
/// ordinary noun ("the company", "that man", "more money") costs two.
fn may_begin(tokens: &[Token<'_>], index: usize) -> bool {
    let Some(token) = tokens.get(index) else {
        return false;
    };
    let next = tokens.get(index + 1);
    let read_on = || reads_on(tokens, index + 1);
    match token.kind {
        Kind::Number => {
            // "5 million", "5%": a count of something else. A year may stand before any word
            // ("in 1990 sales rose"), and so may the end of a range ("the 1861-65 war").
            let year = token.plain && (3..=4).contains(&token.text.len());
            let range_end = index
                .checked_sub(1)
                .is_some_and(|i| tokens[i].text == "-" || tokens[i].text == "–");
            year || range_end
                || next.is_none_or(|t| t.text != "%" && (t.kind == Kind::Punct || read_on()))
        }
        Kind::Punct => {
            (token.text == "'" || token.text == "’") && next.is_some_and(|t| t.kind == Kind::Number)
        }
        Kind::Word if token.class & (class::FIRST | class::FIRST_PLURAL) == 0 => false,
        // (Not inside a compound: "a once-in-a-decade event".)
        Kind::Word if is_determiner(token.text) => {
            let in_compound = !token.space_before
                && index
                    .checked_sub(1)
                    .and_then(|i| tokens.get(i))
                    .is_some_and(|t| t.text == "-" && !t.space_before);
            !in_compound && read_on()
        }
        Kind::Word if token.class & class::LEADING != 0 => read_on(),
        Kind::Word => true,
    }
}

/// Whether the grammar may read on from a leading word ([`class::LEADING`]) to
/// `tokens[index]`: a number, an apostrophe or dash ("the '90s", "a 10-year"), or a word it
/// reads; if that is a leading word too, the same holds of the token after it ("about a
/// year", not "that the company").
fn reads_on(tokens: &[Token<'_>], index: usize) -> bool {
    for token in tokens.iter().skip(index).take(4) {
        match token.kind {
            Kind::Number => return true,
            Kind::Punct => return matches!(token.text, "'" | "’" | "-" | "–" | "—" | "."),
            Kind::Word
                if token.class & (class::FIRST | class::FIRST_PLURAL | class::LATER) == 0 =>
            {
                return false
            }
            Kind::Word if token.class & class::LEADING == 0 => return true,
            Kind::Word => {}
        }
    }
    false
}

/// "the", "a", "an".
fn is_determiner(word: &str) -> bool {
    ["the", "a", "an"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(word))
}

impl<'a> Parser<'_, 'a> {
    fn token(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    /// "fiscal", or British copy's "financial" before a period ("the financial year").
    fn fiscal(&self, i: usize) -> bool {
        self.is(i, "fiscal")
            || (self.is(i, "financial")
                && self.is_any(i + 1, &["year", "years", "quarter", "quarters", "half"]))
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text)
    }

    /// True when token `i` is a lowercase word that is not a function word: the noun or verb
    /// a phrase goes on with ("the evening news", "years of war", "May 12 people").
    fn content_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && !lexicon::contains(lexicon::FUNCTION_WORDS, w)
        })
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.text.eq_ignore_ascii_case(word))
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| lexicon::contains(words, t.text))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase))
    }

    /// True when token `i` touches the token before it.
    fn touches(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    fn punct(&self, i: usize, c: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.text == c)
    }

    /// Skips an optional comma.
    fn comma(&self, i: usize) -> usize {
        if self.punct(i, ",") {
            i + 1
        } else {
            i
        }
    }

    /// A plain number token's value.
    fn integer(&self, i: usize) -> Option<u32> {
        let token = self.token(i)?;
        if token.kind == Kind::Number && token.plain && token.text.len() <= 9 {
            token.text.parse().ok()
        } else {
            None
        }
    }

    /// Skips a hyphen between two touching tokens ("three-day", "mid-1996").
    fn hyphen(&self, i: usize) -> Option<usize> {
        if (self.punct(i, "-") || self.punct(i, "–")) && self.touches(i) && self.touches(i + 1) {
            Some(i + 1)
        } else {
            None
        }
    }

    /// A day of the month: "19", "19th", "5th", "fifth".
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(day) = self.integer(i) {
            let token = self.token(i)?;
            if !(1..=31).contains(&day) || token.text.len() > 2 {
                return None;
            }
            if self.touches(i + 1)
                && self.is_any(i + 1, &["st", "nd", "rd", "th"])
                && self.token(i + 1).is_some_and(|t| t.kind == Kind::Word)
            {
                return Some((day, i + 2));
            }
            // "19%" and "3:00" are not days; "April 25: The court" is.
            let clock = self.punct(i + 1, ":")
                && self.touches(i + 2)
                && self.token(i + 2).is_some_and(|t| t.kind == Kind::Number);
            if self.touches(i + 1) && (clock || self.punct(i + 1, "%")) {
                return None;
            }
            return Some((day, i + 1));
        }
        let word = self.word(i)?;
        let day = lexicon::lookup(lexicon::ORDINALS, word)?;
        Some((day, i + 1))
    }

    /// The year of "6 June 1944" or "June 1944": a number in year range right after a month is
    /// the year even before a count noun ("On 6 June 1944 troops landed").
    fn year_after_date(&self, i: usize) -> Option<(i32, usize)> {
        self.year_before(i, true)
    }

    /// The close of a reporting period: "ended Sept. 30", "ending June 30, 1989", "ended on
    /// Dec. 31". Gives the month and the year when one is written.
    fn period_end(&self, i: usize) -> Option<(u32, Option<i32>)> {
        if !self.is_any(i, &["ended", "ending"]) {
            return None;
        }
        let at = if self.is(i + 1, "on") { i + 2 } else { i + 1 };
        let (month, mut after) = self.month(at, true)?;
        let day = self.token(after)?;
        if day.kind != Kind::Number || !day.plain || day.text.len() > 2 {
            return None;
        }
        after += 1;
        let year = self.year_after_date(self.comma(after)).map(|(y, _)| y);
        Some((month, year))
    }

    /// A year written with four digits (1000-2199), or an apostrophe year ("'98").
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        self.year_before(i, false)
    }

    /// [`Parser::year`], reading a number before a count noun as a year too when `count_ok`.
    fn year_before(&self, i: usize, count_ok: bool) -> Option<(i32, usize)> {
        if let Some(found) = self.spelled_year(i) {
            return Some(found);
        }
        let token = self.token(i)?;
        if token.kind == Kind::Number && token.plain && token.text.len() == 4 {
            let year: i32 = token.text.parse().ok()?;
            if (1000..=2199).contains(&year) {
                // "1990 cases" and "2000 troops" are counts, and so is "344 per 1000"; "at
                // 1400" is a clock time or a level, never a year; "authorities claimed 1654"
                // and "the dead numbered 1200" count.
                if (self.touches(i + 1) && self.punct(i + 1, "%"))
                    || (i > 0
                        && self.is_any(
                            i - 1,
                            &[
                                "per", "at", "claimed", "counted", "numbered", "totalled",
                                "totaled", "killed",
                            ],
                        ))
                {
                    return None;
                }
                // "the asteroid 1997 XF11", "comet 1996 B2": a designation, not a year.
                let designation = self
                    .word(i + 1)
                    .is_some_and(|w| w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase()))
                    && self.touches(i + 2)
                    && self.token(i + 2).is_some_and(|t| t.kind == Kind::Number);
                if designation {
                    return None;
                }
                if let Some(next) = self.word(i + 1) {
                    // ... but "2013 People's Defense Forces" starts a name.
                    let name = self.capitalized(i + 1)
                        && (self.punct(i + 2, "'")
                            || self.punct(i + 2, "’")
                            || self.capitalized(i + 2));
                    // ... and so does "In 1879 troops occupied the port", opening a sentence.
                    let opening = i == 1 && self.is_any(0, &["in", "by"]);
                    if !count_ok && lexicon::contains(COUNT_NOUNS, next) && !name && !opening {
                        return None;
                    }
                    // "2000 dead soldiers", "about 1500 wounded men": a count before an
                    // adjective and its noun (not after "in 1942", which opens a clause, nor
                    // after "the": "the 1986 tax cases").
                    // Any plural noun counts too ("2000 unarmed monitors"), and so does a
                    // people's name for an adjective ("some 1800 Jordanian soldiers").
                    let plural = |w: &str| {
                        lexicon::contains(COUNT_NOUNS, w)
                            || (w.len() > 3
                                && w.starts_with(|c: char| c.is_ascii_lowercase())
                                && w.ends_with('s')
                                && !SINGULAR_ENDINGS.iter().any(|end| w.ends_with(end))
                                && !lexicon::contains(lexicon::FUNCTION_WORDS, w))
                    };
                    // (An acronym stands for a people too: "some 1500 KLA fighters".)
                    let acronym = (2..=5).contains(&next.len())
                        && next.chars().all(|c| c.is_ascii_uppercase());
                    let people = PEOPLE_ENDINGS.iter().any(|end| next.ends_with(end))
                        || lexicon::contains(PEOPLES, next)
                        || acronym;
                    // (A plural not counted as such needs a word read as an adjective: "2010
                    // crime syndicates" is a year's.)
                    let adjective_ending = ADJECTIVE_ENDINGS.iter().any(|end| next.ends_with(end));
                    let head = self.word(i + 2);
                    let lower = next.starts_with(|c: char| c.is_ascii_lowercase());
                    let adjective = ((lower
                        && (adjective_ending
                            || head.is_some_and(|w| lexicon::contains(COUNT_NOUNS, w))))
                        || (self.capitalized(i + 1)
                            && people
                            && self.month(i + 1, true).is_none()
                            && self.weekday(i + 1, true).is_none()))
                        && !lexicon::contains(lexicon::FUNCTION_WORDS, next)
                        && !lexicon::contains(QUANTIFIERS, next)
                        && head.is_some_and(plural);
                    // ("the first quarter of 2014 Chinese authorities": a period's year.)
                    let period_of = i >= 2
                        && self.is(i - 1, "of")
                        && (self.word(i - 2).is_some_and(|w| {
                            lexicon::unit(w).is_some()
                                || lexicon::lookup(lexicon::MONTHS, w).is_some()
                                || lexicon::contains(
                                    &[
                                        "spring",
                                        "summer",
                                        "autumn",
                                        "fall",
                                        "winter",
                                        "end",
                                        "beginning",
                                        "start",
                                        "middle",
                                        "half",
                                        "course",
                                        "rest",
                                    ],
                                    w,
                                )
                        }));
                    // ("In early 2010 Chinese leaders", "in May 2010 Thai officials",
                    // "mid-2010".)
                    let time_word_before = i > 0
                        && (self.punct(i - 1, "-")
                            || self.word(i - 1).is_some_and(|w| {
                                lexicon::lookup(lexicon::MONTHS, w).is_some()
                                    || lexicon::contains(
                                        &[
                                            "early", "late", "mid", "spring", "summer", "autumn",
                                            "fall", "winter",
                                        ],
                                        w,
                                    )
                            }));
                    let year_preposition = period_of
                        || time_word_before
                        || i > 0
                            && self.is_any(
                                i - 1,
                                &[
                                    "in", "since", "by", "until", "till", "during", "before",
                                    "after", "the", "and", "or", "to", "between", "from", "that",
                                    "this", "a", "an", "his", "her", "its", "their", "our", "my",
                                    "your", "s",
                                ],
                            );
                    // "some 1800 rifles", "nearly 1500 vehicles": an estimate of a plural.
                    let estimate = i > 0
                        && self.is_any(
                            i - 1,
                            &[
                                "some",
                                "nearly",
                                "almost",
                                "roughly",
                                "approximately",
                                "about",
                            ],
                        )
                        && plural(next);
                    // "a force 1200 strong, ...".
                    let strength = next.eq_ignore_ascii_case("strong")
                        && self.token(i + 2).is_none_or(|t| t.kind == Kind::Punct);
                    if !count_ok && (((adjective || estimate) && !year_preposition) || strength) {
                        return None;
                    }
                }
                return Some((year, i + 1));
            }
            return None;
        }
        if (self.punct(i, "'") || self.punct(i, "’")) && self.touches(i + 1) {
            let next = self.token(i + 1)?;
            if next.kind == Kind::Number && next.plain && next.text.len() == 2 {
                let short: i32 = next.text.parse().ok()?;
                let year = if short < 30 {
                    2000 + short
                } else {
                    1900 + short
                };
                return Some((year, i + 2));
            }
        }
        None
    }

    /// A year in words: "nineteen ninety-six", "nineteen eighty", "two thousand", "two thousand
    /// and one".
    fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        let (year, end) = self.spelled_year_words(i)?;
        // A count, not a year: "two thousand five hundred men", "the Two Thousand Words".
        // ("the nineteen ninety-seven attack" is a year.)
        let count = self.is(end, "hundred")
            || (self.is(i + 1, "thousand") && self.content_word(end))
            || (self.capitalized(i + 1) && self.capitalized(end));
        (!count).then_some((year, end))
    }

    /// The words of [`Parser::spelled_year`], whatever follows them.
    fn spelled_year_words(&self, i: usize) -> Option<(i32, usize)> {
        let word = self.word(i)?;
        if word.eq_ignore_ascii_case("two") && self.is(i + 1, "thousand") {
            let mut end = i + 2;
            let mut year = 2000;
            let mut k = end;
            if self.is(k, "and") {
                k += 1;
            }
            if let Some(n) = self
                .word(k)
                .and_then(|w| lexicon::lookup(lexicon::NUMBER_WORDS, w))
            {
                if n < 20 {
                    year += n as i32;
                    end = k + 1;
                }
            }
            return Some((year, end));
        }
        let century = match lexicon::lookup(lexicon::NUMBER_WORDS, word)? {
            n @ 11..=19 => n as i32,
            _ => return None,
        };
        let tens = lexicon::lookup(lexicon::NUMBER_WORDS, self.word(i + 1)?)?;
        if !(20..=90).contains(&tens) || tens % 10 != 0 {
            return None;
        }
        let mut year = century * 100 + tens as i32;
        let mut end = i + 2;
        let next = self.hyphen(end).unwrap_or(end);
        if let Some(unit) = self
            .word(next)
            .and_then(|w| lexicon::lookup(lexicon::NUMBER_WORDS, w))
        {
            if (1..=9).contains(&unit) {
                year += unit as i32;
                end = next + 1;
            }
        }
        Some((year, end))
    }

    /// A month name; abbreviations ("Feb.", "Sept") only when `abbreviation_ok`.
    fn month(&self, i: usize, abbreviation_ok: bool) -> Option<(u32, usize)> {
        let word = self.word(i)?;
        if !self.capitalized(i) && !is_unambiguous_month(word) {
            return None;
        }
        if let Some(month) = lexicon::lookup(lexicon::MONTHS, word) {
            return Some((month, i + 1));
        }
        if abbreviation_ok {
            if let Some(month) = lexicon::lookup(lexicon::MONTH_ABBREVIATIONS, word) {
                if self.punct(i + 1, ".") && self.touches(i + 1) {
                    return Some((month, i + 2));
                }
                return Some((month, i + 1));
            }
        }
        None
    }

    /// A weekday, full ("Friday") or abbreviated with a stop ("Fri.") when `abbreviation_ok`.
    fn weekday(&self, i: usize, abbreviation_ok: bool) -> Option<(u32, usize)> {
        let word = self.word(i)?;
        if !self.capitalized(i) {
            return None;
        }
        // Names: "Black Monday", "Bloody Sunday" (not this week's), "Palm Sunday" (a holiday),
        // "Tuesday Morning Corp." (a retailer).
        // (A history names the day it means beside it: "on Sunday 22 January, remembered as
        // Bloody Sunday", so there the name keeps its day.)
        let black = i > 0
            && (matches!(
                self.tokens[i - 1].text,
                "Palm" | "Maundy" | "Passion" | "Ash" | "Shrove" | "Whit"
            ) || (!self.narrative && matches!(self.tokens[i - 1].text, "Black" | "Bloody")));
        let company = self.tokens.get(i + 1).is_some_and(|t| t.text == "Morning")
            && self.is_any(i + 2, &["corp", "inc", "co", "corporation", "stores"]);
        if black || company {
            return None;
        }
        if let Some(weekday) = lexicon::lookup(lexicon::WEEKDAYS, word) {
            return Some((weekday, i + 1));
        }
        if abbreviation_ok {
            if let Some(weekday) = lexicon::lookup(WEEKDAY_ABBREVIATIONS, word) {
                if self.punct(i + 1, ".") && self.touches(i + 1) {
                    return Some((weekday, i + 2));
                }
            }
        }
        None
    }

    /// A number: digits ("3", "1.5", "5 1/2"), words ("twenty four", "a hundred"), or "a"/"an".
    fn quantity(&self, i: usize, article_ok: bool) -> Option<(Quantity, usize)> {
        let token = self.token(i)?;
        if token.kind == Kind::Number {
            let value: f64 = token.text.replace(',', "").parse().ok()?;
            let mut end = i + 1;
            let mut value = value;
            // "5 1/2".
            if let (Some(numerator), true, Some(denominator)) = (
                self.integer(end),
                self.punct(end + 1, "/"),
                self.integer(end + 2),
            ) {
                if denominator > 0 && numerator < denominator {
                    value += f64::from(numerator) / f64::from(denominator);
                    end += 3;
                }
            }
            // "11 and a half years" (a unit follows: not "between 3 and a half-dozen").
            if self.is(end, "and")
                && self.is(end + 1, "a")
                && self.is(end + 2, "half")
                && self.word(end + 3).and_then(lexicon::unit).is_some()
            {
                value += 0.5;
                end += 3;
            }
            return Some((Quantity::Exact(value), end));
        }
        let word = self.word(i)?;
        let lower_is = |w: &str| word.eq_ignore_ascii_case(w);
        if lower_is("a") || lower_is("an") {
            // "a couple of", "a few", "a hundred", "a half", plain "a".
            // "a half-hour", "a half-day": half of the unit after the hyphen.
            // "a half hour" too.
            if self.is(i + 1, "half")
                && (self.hyphen(i + 2).is_some()
                    || self.word(i + 2).and_then(lexicon::unit).is_some())
            {
                return Some((Quantity::Exact(0.5), i + 2));
            }
            if self.is(i + 1, "couple") && self.is(i + 2, "of") {
                return Some((Quantity::Exact(2.0), i + 3));
            }
            if self.is(i + 1, "few") {
                return Some((Quantity::Vague, i + 2));
            }
            if self.is_any(i + 1, &["hundred", "thousand"]) {
                let scale = if self.is(i + 1, "hundred") {
                    100.0
                } else {
                    1000.0
                };
                return Some((Quantity::Exact(scale), i + 2));
            }
            if self.is(i + 1, "dozen") {
                return Some((Quantity::Exact(12.0), i + 2));
            }
            // "in a single day", "for a further year", "a whole week".
            if self.is_any(i + 1, &["single", "further", "whole"])
                && self.word(i + 2).and_then(lexicon::unit).is_some()
            {
                return Some((Quantity::Exact(1.0), i + 2));
            }
            if article_ok {
                return Some((Quantity::Exact(1.0), i + 1));
            }
            return None;
        }
        if lower_is("half") && self.is_any(i + 1, &["a", "an"]) {
            return Some((Quantity::Exact(0.5), i + 2));
        }
        // "the first half hour".
        if lower_is("half") && self.word(i + 1).and_then(lexicon::unit).is_some() {
            return Some((Quantity::Exact(0.5), i + 1));
        }
        // "for another year", "another decade" (not "cut by another quarter", a quarter point).
        if lower_is("another")
            && article_ok
            && self
                .word(i + 1)
                .and_then(lexicon::unit)
                .is_some_and(|(unit, _)| unit != Unit::Quarter)
        {
            return Some((Quantity::Exact(1.0), i + 1));
        }
        if lexicon::contains(lexicon::VAGUE_QUANTITIES, word) {
            return Some((Quantity::Vague, i + 1));
        }
        if lower_is("couple") && self.is(i + 1, "of") {
            return Some((Quantity::Exact(2.0), i + 2));
        }
        let mut value = f64::from(lexicon::lookup(lexicon::NUMBER_WORDS, word)?);
        let mut end = i + 1;
        // "twenty four", "twenty-four".
        if (20.0..100.0).contains(&value) {
            let next = self.hyphen(end).unwrap_or(end);
            if let Some(unit) = self
                .word(next)
                .and_then(|w| lexicon::lookup(lexicon::NUMBER_WORDS, w))
            {
                if unit < 10 {
                    value += f64::from(unit);
                    end = next + 1;
                }
            }
        }
        if self.is_any(end, &["hundred", "thousand"]) {
            value *= if self.is(end, "hundred") {
                100.0
            } else {
                1000.0
            };
            end += 1;
        }
        // "two and a half".
        if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") {
            value += 0.5;
            end += 3;
        }
        Some((Quantity::Exact(value), end))
    }

    /// The best match starting at token `i`.
    fn best_at(&self, i: usize) -> Option<Expr> {
        let token = self.token(i)?;
        // Numbers and words only start expressions (and the apostrophe of "'90s").
        if token.kind == Kind::Punct && token.text != "'" && token.text != "’" {
            return None;
        }
        let mut best: Option<Expr> = None;
        let mut consider = |candidate: Option<Expr>| {
            if let Some(candidate) = candidate {
                if best.as_ref().is_none_or(|b| candidate.last > b.last) {
                    best = Some(candidate);
                }
            }
        };
        consider(self.modified(i));
        // Patterns that begin only at "the" or only at a number are not tried elsewhere.
        if token.kind == Kind::Word && token.text.eq_ignore_ascii_case("the") {
            consider(self.nth_weekday_of_month(i));
            consider(self.part_of_date(i));
            consider(self.part_of_period(i));
            consider(self.ordinal_day(i));
        }
        consider(self.relative(i));
        consider(self.parts_of_day_later(i));
        consider(self.century_turn(i));
        consider(self.range_end_day(i));
        if token.kind == Kind::Number {
            consider(self.year_range_part(i));
        }
        consider(self.core(i));
        consider(self.day_of_month(i));
        // "three o'clock on the afternoon of 21 December", "two o'clock the next afternoon": an
        // hour written without a.m. or p.m. is of the afternoon or evening the expression names.
        if let Some(b) = best.as_mut() {
            if let Some(TimeOfDay::Clock(hour, minute)) = b.time {
                let later_part =
                    (b.first..b.last).any(|k| self.is_any(k, &["afternoon", "evening"]));
                let written_half = (b.first..b.last).any(|k| {
                    self.is_any(k, &["am", "pm"])
                        || (self.is_any(k, &["a", "p"])
                            && self.punct(k + 1, ".")
                            && self.is(k + 2, "m"))
                });
                if later_part && !written_half && (1..12).contains(&hour) {
                    b.time = Some(TimeOfDay::Clock(hour + 12, minute));
                }
            }
        }
        // "the quarter-finals", "a quarter-final": a round of a tournament.
        let round = best.as_ref().is_some_and(|b| {
            self.is(b.last.wrapping_sub(1), "quarter")
                && self
                    .hyphen(b.last)
                    .is_some_and(|k| self.is_any(k, &["final", "finals", "finalist", "finalists"]))
        });
        if round {
            return None;
        }
        best
    }

    /// "the turn of the century", "the turn of the 20th century", "the turn of the millennium"
    /// (`APPROX`: the years either side of it).
    fn century_turn(&self, i: usize) -> Option<Expr> {
        if !(self.is(i, "the") && self.is(i + 1, "turn") && self.is(i + 2, "of")) {
            return None;
        }
        let j = i + 3;
        let (century, end) = if self.is(j, "the") && self.is_any(j + 1, &["century", "millennium"])
        {
            (None, j + 2)
        } else if self.is(j, "the") {
            let (n, after) = self.ordinal_at(j + 1)?;
            if !self.is(after, "century") || !(1..=30).contains(&n) {
                return None;
            }
            (Some(i32::try_from(n).ok()?), after + 1)
        } else {
            return None;
        };
        let millennium = self.is(end - 1, "millennium");
        let mut expr = Expr::new(
            i,
            end,
            TimexType::Date,
            Core::CenturyTurn {
                century,
                millennium,
            },
        );
        expr.modifier = Some("APPROX");
        Some(expr)
    }

    /// "the day after June 3", "the day before last Tuesday", "the week of March 6": a period
    /// named by its relation to a day the text names. Only cores that always name a day qualify,
    /// so the relation never lands on a month or a year.
    /// "the last week of June", "the first weekend of May", "the last week of the month": a
    /// week or weekend of the month named at `i + 4` (after "the", the ordinal and "week of").
    fn period_of_month(&self, i: usize, relative: Relative) -> Option<Expr> {
        self.period_of(i, relative, |core| {
            matches!(
                core,
                Core::Calendar { day: None, .. }
                    | Core::Month { .. }
                    | Core::MonthOfYear { day: None, .. }
                    | Core::Shift {
                        unit: Unit::Month,
                        n: 0,
                        base: Base::Reference | Base::Current,
                    }
            )
        })
    }

    /// The `relative` part of the plain date at `i + 4` whose core `names` accepts.
    fn period_of(
        &self,
        i: usize,
        relative: Relative,
        names: impl Fn(&Core) -> bool,
    ) -> Option<Expr> {
        let mut expr = self.core(i + 4)?;
        if !names(&expr.core) || expr.kind != TimexType::Date || expr.modifier.is_some() {
            return None;
        }
        expr.first = i;
        expr.relative = Some(relative);
        Some(expr)
    }

    fn relative(&self, i: usize) -> Option<Expr> {
        if !self.is(i, "the") {
            return None;
        }
        let (relative, j) = if self.is(i + 1, "day") && self.is(i + 2, "before") {
            (Relative::Days(-1), i + 3)
        } else if self.is(i + 1, "day") && self.is(i + 2, "after") {
            (Relative::Days(1), i + 3)
        } else if self.is(i + 1, "week") && self.is(i + 2, "of") {
            (Relative::WeekOf, i + 3)
        } else if self.is(i + 1, "week")
            && self.is_any(i + 2, &["after", "before", "following", "preceding"])
        {
            // "the week after Thanksgiving", "the week before Christmas", "the week following
            // 27 February 1916".
            let n = if self.is_any(i + 2, &["after", "following"]) {
                1
            } else {
                -1
            };
            (Relative::Weeks(n), i + 3)
        } else if self.is(i + 2, "weekend") && self.is(i + 3, "of") {
            // "the last weekend of September", "the first weekend of May".
            let nth = match self.word(i + 1).map(str::to_ascii_lowercase).as_deref() {
                Some("first") => 1,
                Some("second") => 2,
                Some("third") => 3,
                Some("fourth") => 4,
                Some("last" | "final") => -1,
                _ => return None,
            };
            return self.period_of_month(i, Relative::WeekendOfMonth(nth));
        } else if self.is(i + 2, "day")
            && self.is(i + 3, "of")
            && self.is_any(i + 1, &["first", "last", "final"])
        {
            // "the last day of the year", "the first day of June 1916".
            let last = !self.is(i + 1, "first");
            return self.period_of(i, Relative::EdgeDay(last), |core| match core {
                Core::Calendar { day: None, .. }
                | Core::Month { .. }
                | Core::MonthOfYear { day: None, .. } => true,
                Core::Shift { unit, n: 0, .. } => matches!(unit, Unit::Month | Unit::Year),
                Core::Fixed(v) => v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()),
                _ => false,
            });
        } else if self.is(i + 2, "week") && self.is(i + 3, "of") {
            // "the first week of August 1914", "the last week of June".
            let day = match self.word(i + 1).map(str::to_ascii_lowercase).as_deref() {
                Some("first") => 4,
                Some("second") => 11,
                Some("third") => 18,
                Some("fourth" | "last" | "final") => 25,
                _ => return None,
            };
            return self.period_of_month(i, Relative::WeekOfMonth(day));
        } else {
            return None;
        };
        let mut expr = self.core(j)?;
        let names_a_day = match expr.core {
            Core::Calendar { day, .. } | Core::MonthOfYear { day, .. } => day.is_some(),
            Core::Weekday { .. }
            | Core::Holiday { .. }
            | Core::Easter { .. }
            | Core::NthWeekday { .. }
            | Core::DayOfMonth { .. } => true,
            Core::Shift { unit, .. } => unit == Unit::Day,
            _ => false,
        };
        if !names_a_day || expr.kind != TimexType::Date || expr.modifier.is_some() {
            return None;
        }
        expr.first = i;
        expr.relative = Some(relative);
        Some(expr)
    }

    /// "on the 25th,", "by the 3rd the army had crossed": an ordinal day after a preposition,
    /// followed by punctuation or a function word (not "the 25th anniversary", "the 3rd
    /// Division", "the 5th hole").
    fn day_of_month(&self, i: usize) -> Option<Expr> {
        if !self.is(i, "the")
            || i == 0
            || !self.is_any(i - 1, &["on", "by", "until", "till", "since", "from", "of"])
        {
            return None;
        }
        let numeric = self.token(i + 1)?.kind == Kind::Number;
        let (day, end) = self.day(i + 1)?;
        // Only "25th", "3rd": a bare "the 25" or a spelled "the fifth" is something else.
        if !numeric || end != i + 3 {
            return None;
        }
        // "On the 12th of that month", "by the 3rd of the month": the month the story is at.
        let that_month = self
            .sequence(end, &["of", "that", "month"])
            .or_else(|| self.sequence(end, &["of", "the", "month"]))
            .or_else(|| self.sequence(end, &["of", "the", "same", "month"]));
        if let Some(after) = that_month {
            return Some(Expr::new(
                i,
                after,
                TimexType::Date,
                Core::DayOfMonth { day },
            ));
        }
        let no_unit = !(end..end + 3).any(|k| self.is_any(k, lexicon::MILITARY_UNIT_WORDS));
        let next_ok = match self.token(end) {
            None => true,
            Some(t) if t.kind == Kind::Punct => t.text != "-" && t.text != "–",
            Some(t) if t.kind == Kind::Word => {
                (lexicon::contains(lexicon::FUNCTION_WORDS, t.text) && !self.is(end, "of"))
                    // "On the 11th Israeli forces crossed", "the night of the 23rd Santa Anna
                    // withdrew": a name opening the clause (not "the 11th Armoured Division",
                    // "the 7th Cavalry", "the 42nd Highlanders").
                    || (self.capitalized(end)
                        && (self.is(i - 1, "on") || !t.text.ends_with('s'))
                        && no_unit)
                    // "on the 24th failed", "By the 26th three regiments had left": a verb or
                    // a count after the day.
                    || ((t.class & class::PAST != 0
                        || (t.text.len() > 4 && t.text.ends_with("ed")))
                        && no_unit)
                    || lexicon::lookup(lexicon::NUMBER_WORDS, t.text).is_some()
            }
            Some(t) if t.kind == Kind::Number => t.plain,
            _ => false,
        };
        // "the 6th and 2nd Colonial Parachute Battalions", "the 3rd, 7th and 18th Corps":
        // units, not days.
        let mut k = end;
        while (self.punct(k, ",") || self.is_any(k, &["and", "or"]))
            && self.token(k + 1).is_some_and(|t| t.kind == Kind::Number)
            && self.is_any(k + 2, &["st", "nd", "rd", "th"])
        {
            k += 3;
        }
        let units = k > end && self.capitalized(k);
        if !next_ok || units {
            return None;
        }
        Some(Expr::new(i, end, TimexType::Date, Core::DayOfMonth { day }))
    }

    /// A core expression with a prefix modifier: "early 2023", "the end of last year", "about
    /// three weeks", "mid-1996".
    fn modified(&self, i: usize) -> Option<Expr> {
        let mut best: Option<Expr> = None;
        // Date modifiers.
        let date_prefixes: &[(&[&str], &str, Part)] = &[
            (&["the", "end", "of"], "END", Part::End),
            (&["the", "close", "of"], "END", Part::End),
            (&["end", "of"], "END", Part::End),
            (&["the", "beginning", "of"], "START", Part::Beginning),
            (&["the", "start", "of"], "START", Part::Beginning),
            (&["the", "dawn", "of"], "START", Part::Beginning),
            (&["beginning", "of"], "START", Part::Beginning),
            (&["start", "of"], "START", Part::Beginning),
            (&["the", "middle", "of"], "MID", Part::Mid),
            (&["middle", "of"], "MID", Part::Mid),
            (&["the", "early"], "START", Part::Early),
            (&["the", "late"], "END", Part::Late),
            (&["the", "mid"], "MID", Part::Mid),
            (&["late", "on"], "END", Part::Late),
            (&["early", "on"], "START", Part::Early),
            (&["early", "in"], "START", Part::Early),
            (&["earlier", "in"], "START", Part::Early),
            (&["late", "in"], "END", Part::Late),
            (&["later", "in"], "END", Part::Late),
            (&["early"], "START", Part::Early),
            (&["earlier"], "START", Part::Early),
            (&["late"], "END", Part::Late),
            (&["later"], "END", Part::Late),
            (&["mid"], "MID", Part::Mid),
        ];
        for (words, modifier, part) in date_prefixes {
            let Some(mut j) = self.sequence(i, words) else {
                continue;
            };
            if let Some(after) = self.hyphen(j) {
                j = after;
            }
            // A history's "killed late in the day", "early in the day": the end or start of
            // the story's day (AQUAINT leaves news copy's "Late in the day" out).
            let story_day = || {
                (self.narrative && words.last() == Some(&"in"))
                    .then(|| self.sequence(j, &["the", "day"]))
                    .flatten()
                    .map(|after| {
                        Expr::new(
                            j,
                            after,
                            TimexType::Date,
                            Core::Shift {
                                unit: Unit::Day,
                                n: 0,
                                base: Base::Reference,
                            },
                        )
                    })
            };
            let Some(mut expr) = self.core(j).or_else(story_day) else {
                continue;
            };
            if !matches!(expr.kind, TimexType::Date | TimexType::Time) || expr.modifier.is_some() {
                continue;
            }
            // "early in 1953", "later in the year": a date, not a time of day.
            if words.len() == 2 && words[1] == "in" && expr.kind != TimexType::Date {
                continue;
            }
            // "late on Friday", "early on 3 May": a day (not "early on, the plan worked").
            if words.len() == 2 && words[1] == "on" && !names_a_day(&expr, false) {
                continue;
            }
            // "would open two hours late on Thursday": delayed, not the day's end.
            if words[0] == "late"
                && i.checked_sub(1)
                    .and_then(|p| self.word(p))
                    .and_then(lexicon::unit)
                    .is_some()
            {
                continue;
            }
            // "earlier"/"later" only before "this year", "that month", "later that summer",
            // "later that day".
            if (words[0] == "earlier" || words[0] == "later")
                && words.len() == 1
                && !matches!(
                    expr.core,
                    Core::Shift {
                        n: 0,
                        unit: Unit::Year | Unit::Month | Unit::Quarter,
                        ..
                    } | Core::Season {
                        year: YearSpec::Mentioned | YearSpec::Shift(0),
                        ..
                    } | Core::Shift {
                        n: 0,
                        unit: Unit::Day,
                        base: Base::Reference,
                    }
                )
            {
                continue;
            }
            if matches!(expr.core, Core::Fixed(ref v) if v.ends_with("_REF")) {
                continue;
            }
            // "started about a month early this year", "two hours late last night": the
            // word says how early, not which part of the period.
            let after_length =
                i > 0 && words.len() == 1 && self.word(i - 1).and_then(lexicon::unit).is_some();
            if after_length {
                continue;
            }
            expr.first = i;
            expr.modifier = Some(modifier);
            expr.part = Some(*part);
            if best.as_ref().is_none_or(|b| expr.last > b.last) {
                best = Some(expr);
            }
        }
        // "c. 1150", "ca. 1600", "circa 1850": an approximate year (or decade, or era year).
        let circa = if self.is(i, "circa") {
            Some(i + 1)
        } else if self
            .token(i)
            .is_some_and(|t| t.text == "c" || t.text == "ca")
            && self.punct(i + 1, ".")
        {
            Some(i + 2)
        } else {
            None
        };
        // "around 1900", "in about 1850", "around 5 March 1850", "around Nov. 1": a date near
        // that one (not "around Wednesday", which TimeBank leaves out).
        if self.is_any(i, &["around", "about", "approximately", "roughly"]) {
            let date = self.core(i + 1).filter(|e| {
                e.kind == TimexType::Date
                    && e.modifier.is_none()
                    && (matches!(e.core, Core::Calendar { .. })
                        // (A year before Christ too: "around 226 BC".)
                        || matches!(e.core, Core::Fixed(ref v)
                            if v.trim_start_matches("BC").len() == 4
                                && v.trim_start_matches("BC").bytes().all(|b| b.is_ascii_digit())))
            });
            if let Some(mut expr) = date {
                expr.first = i;
                expr.modifier = Some("APPROX");
                if best.as_ref().is_none_or(|b| expr.last > b.last) {
                    best = Some(expr);
                }
            }
        }
        if let Some(j) = circa {
            if let Some(mut expr) = self.year_expr(j).or_else(|| self.decade(j)) {
                if expr.modifier.is_none() {
                    expr.first = i;
                    expr.modifier = Some("APPROX");
                    if best.as_ref().is_none_or(|b| expr.last > b.last) {
                        best = Some(expr);
                    }
                }
            }
        }
        for (words, modifier) in lexicon::DURATION_MODIFIERS {
            let Some(mut j) = self.sequence(i, words) else {
                continue;
            };
            // "at least another six months": as many again.
            if self.is(j, "another")
                && self.token(j + 1).is_some_and(|t| {
                    t.kind == Kind::Number
                        || lexicon::lookup(lexicon::NUMBER_WORDS, t.text).is_some()
                })
            {
                j += 1;
            }
            let Some(mut expr) = self.core(j) else {
                continue;
            };
            let is_ago = matches!(expr.core, Core::Shift { .. })
                && self.is_any(expr.last - 1, &["ago", "earlier", "later"]);
            // "at about 17:40", "around 7:15 p.m.", "around noon": a clock time near that.
            let near_clock = *modifier == "APPROX"
                && expr.kind == TimexType::Time
                && matches!(expr.time, Some(TimeOfDay::Clock(..)));
            if expr.kind != TimexType::Duration && !is_ago && !near_clock {
                continue;
            }
            if expr.modifier.is_some() {
                continue;
            }
            // "over three years" and "at least several years" keep the modifier out; "over a
            // week" takes it.
            if matches!(words, [w] if *w == "over" || *w == "under")
                && !self.is_any(j, &["a", "an"])
            {
                continue;
            }
            if self.is(j, "the") || matches!(expr.core, Core::Fixed(ref v) if v.contains('X')) {
                continue;
            }
            // "about 2,000 fewer than five years ago": a count compared, not the time.
            if words.last().is_some_and(|w| *w == "than")
                && i > 0
                && self.token(i - 1).is_some_and(|t| {
                    t.kind == Kind::Number
                        || lexicon::lookup(lexicon::NUMBER_WORDS, t.text).is_some()
                })
            {
                continue;
            }
            // "some" only modifies numbers: "some 20 years", not "some years".
            if words == &["some"]
                && !self.token(j).is_some_and(|t| t.kind == Kind::Number)
                && self
                    .word(j)
                    .and_then(|w| lexicon::lookup(lexicon::NUMBER_WORDS, w))
                    .is_none()
            {
                continue;
            }
            expr.first = i;
            // "about two years ago" stays the date it names (a timeline needs it); the
            // modifier says how it relates to that date: "more than two years ago" is before
            // it, "more than two days later" after it, "almost" and "nearly" are near it.
            expr.modifier = Some(if is_ago {
                ago_modifier(words, modifier, self.is(expr.last - 1, "later"))
            } else {
                modifier
            });
            if best.as_ref().is_none_or(|b| expr.last > b.last) {
                best = Some(expr);
            }
        }
        best
    }

    /// Matches a sequence of words; returns the index after it.
    fn sequence(&self, i: usize, words: &[&str]) -> Option<usize> {
        for (offset, word) in words.iter().enumerate() {
            if !self.is(i + offset, word) {
                return None;
            }
        }
        Some(i + words.len())
    }

    /// The longest core expression at `i`.
    fn core(&self, i: usize) -> Option<Expr> {
        let candidates = [
            self.range_start_day(i),
            self.calendar_date(i),
            self.month_year(i),
            self.year_expr(i),
            self.decade(i),
            self.numeric_date(i),
            self.month_alone(i),
            self.weekday_expr(i),
            self.season(i).and_then(|mut e| {
                // "in midwinter" is the middle of the winter; "Midsummer" a name.
                let mid = self
                    .word(e.last - 1)
                    .and_then(|w| w.get(..3))
                    .is_some_and(|prefix| prefix.eq_ignore_ascii_case("mid"));
                if mid {
                    if self.capitalized(e.last - 1) && e.last - 1 > 0 {
                        return None;
                    }
                    e.modifier = e.modifier.or(Some("MID"));
                }
                Some(e)
            }),
            self.quarter(i),
            self.deictic(i),
            self.duration(i),
            self.clock_time(i),
            self.set(i),
            self.holiday(i),
        ];
        let mut best: Option<Expr> = None;
        for candidate in candidates.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| candidate.last > b.last) {
                best = Some(candidate);
            }
        }
        let mut best = best?;
        // "12 May to 3 June 1942": a year-less date borrows the year of the date it ranges to.
        if let Core::Calendar { year: None, .. } = best.core {
            let j = best.last;
            if self.is_any(j, &["to", "until", "till", "through", "and", "-", "–"]) {
                if let Some(Expr {
                    core:
                        Core::Calendar {
                            year: Some(year),
                            month: end_month,
                            day: end_day,
                        },
                    ..
                }) = self.calendar_date(j + 1).or_else(|| self.month_year(j + 1))
                {
                    if let Core::Calendar {
                        year: ref mut slot,
                        month,
                        day,
                    } = best.core
                    {
                        // "from 18 December until 7 January 1972": the start is the year
                        // before when it would fall after the end.
                        let after_end =
                            (month, day.unwrap_or(1)) > (end_month, end_day.unwrap_or(31));
                        *slot = Some(if after_end { year - 1 } else { year });
                    }
                }
            }
        }
        // "dawn on 6 June 1944": a part of the day takes the day named right after it.
        if best.kind == TimexType::Time
            && matches!(
                best.core,
                Core::Shift {
                    unit: Unit::Day,
                    n: 0,
                    base: Base::Reference,
                }
            )
            && (self.is_any(best.last, &["on", "of"])
                // "at dawn Thursday", as wire copy writes it.
                || self.weekday(best.last, false).is_some())
            // (Not across a stop: "at 9 p.m. On 5 April the fleet sailed".)
            && !(self.punct(best.last - 1, ".") && self.capitalized(best.last))
        {
            let j = if self.is_any(best.last, &["on", "of"]) {
                best.last + 1
            } else {
                best.last
            };
            let day = self
                .calendar_date(j)
                .or_else(|| self.weekday_expr(j))
                .or_else(|| self.day_of_month(j))
                .filter(|d| {
                    matches!(
                        d.core,
                        Core::Calendar { day: Some(_), .. }
                            | Core::Weekday { .. }
                            | Core::DayOfMonth { .. }
                    )
                });
            if let Some(day) = day {
                best.core = day.core;
                best.last = day.last;
            }
        }
        // "January this year", "June last year", "April next year", "Feb. 24 last year".
        let month_and_day = match best.core {
            Core::Month {
                month,
                dir: Dir::Tense,
            } => Some((month, None)),
            Core::Calendar {
                year: None,
                month,
                day: Some(day),
            } if best.time.is_none() => Some((month, Some(day))),
            // "Christmas last year", "Midsummer Day the following year".
            Core::Holiday { month, day } if best.time.is_none() => Some((month, Some(day))),
            _ => None,
        };
        if let Some((month, day)) = month_and_day {
            // "October of the previous year", "November 25 of that year".
            let j = if self.is(best.last, "of")
                && (self.is(best.last + 2, "year")
                    || (self.is(best.last + 1, "the") && self.is(best.last + 3, "year")))
            {
                best.last + 1
            } else {
                best.last
            };
            if self.is(j + 1, "year") {
                let years = match self.word(j).map(str::to_ascii_lowercase).as_deref() {
                    Some("this") => Some(0),
                    Some("last") => Some(-1),
                    Some("next") => Some(1),
                    // "in May that year": the year last mentioned.
                    Some("that") => Some(0),
                    _ => None,
                };
                if let Some(years) = years {
                    let base = if self.is(j, "that") {
                        Base::Reference
                    } else {
                        Base::Anchor
                    };
                    best.core = Core::MonthOfYear {
                        month,
                        day,
                        years,
                        base,
                    };
                    best.last = j + 2;
                }
            } else if self.is(j, "the") && self.is(j + 2, "year") {
                // "3 March the following year", "in June the previous year".
                let years = match self.word(j + 1).map(str::to_ascii_lowercase).as_deref() {
                    Some("following" | "next") => Some(1),
                    Some("previous" | "preceding" | "prior") => Some(-1),
                    Some("same") => Some(0),
                    _ => None,
                };
                if let Some(years) = years {
                    best.core = Core::MonthOfYear {
                        month,
                        day,
                        years,
                        base: Base::Reference,
                    };
                    best.last = j + 3;
                }
            }
        }
        // "on 9 May each year", "16 December annually": that day of every year.
        if let Core::Calendar {
            year: None,
            month,
            day: Some(day),
        } = best.core
        {
            let every_year = self.every_year_at(best.last);
            if let Some(end) = every_year.filter(|_| best.kind == TimexType::Date) {
                return Some(Expr::every_year_on(best.first, end, month, day));
            }
        }
        // "in October every year", "in September annually": that month of every year.
        if let Core::Month {
            month,
            dir: Dir::Tense,
        } = best.core
        {
            let every_year = self.every_year_at(best.last);
            if let Some(end) = every_year.filter(|_| best.kind == TimexType::Date) {
                return Some(Expr::fixed(
                    best.first,
                    end,
                    TimexType::Set,
                    format!("XXXX-{month:02}"),
                ));
            }
        }
        // "July–October 1940": a month alone borrows the year of the month it ranges to.
        if let Core::Month {
            month,
            dir: Dir::Tense,
        } = best.core
        {
            let j = best.last;
            if self.is_any(
                j,
                &["to", "until", "till", "through", "and", "-", "–", "or"],
            ) {
                if let Some(Expr {
                    core:
                        Core::Calendar {
                            year: Some(year),
                            month: end_month,
                            ..
                        },
                    ..
                }) = self.month_year(j + 1)
                {
                    // "November 1943 – February 1944" is written out; "November–February
                    // 1944" starts the year before.
                    best.core = Core::Calendar {
                        year: Some(if month > end_month { year - 1 } else { year }),
                        month,
                        day: None,
                    };
                }
            }
        }
        // A date or a weekday followed by a part of the day or a clock time: "Friday morning",
        // "Wednesday night", "yesterday afternoon", "Friday at 9 a.m.".
        if matches!(best.kind, TimexType::Date) && best.time.is_none() && best.modifier.is_none() {
            let names_a_day = matches!(
                best.core,
                Core::Weekday { .. }
                    | Core::Calendar { day: Some(_), .. }
                    | Core::Shift {
                        unit: Unit::Day,
                        ..
                    }
                    | Core::Holiday { .. }
                    | Core::Easter { .. }
            );
            if names_a_day {
                let j = best.last;
                if let Some(part) = self
                    .word(j)
                    .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
                {
                    best.time = Some(TimeOfDay::Part(part));
                    best.kind = TimexType::Time;
                    best.last = j + 1;
                } else if self.is(j, "at") || self.is(j, ",") {
                    if let Some((clock, end)) = self.clock(j + 1) {
                        best.time = Some(clock);
                        best.kind = TimexType::Time;
                        best.last = end;
                    }
                }
            }
        }
        Some(best)
    }

    /// "June 19", "June 19, 2023", "19 June", "the 19th of June 1998", "Thursday, July 20, 2023".
    fn calendar_date(&self, i: usize) -> Option<Expr> {
        let mut start = i;
        let mut j = i;
        let mut leading_weekday = None;
        if let Some((weekday, end)) = self.weekday(i, true) {
            j = self.comma(end);
            leading_weekday = Some(weekday);
        }
        let mut result: Option<(Option<i32>, u32, u32, usize)> = None;
        // Month day [,] [year].
        if let Some((month, after_month)) = self.month(j, true) {
            if let Some((day, after_day)) = self.day(after_month) {
                // "May 5" needs the day to be a number, not "May first".
                if self
                    .token(after_month)
                    .is_some_and(|t| t.kind == Kind::Number)
                {
                    let mut end = after_day;
                    let mut year = None;
                    let after_comma = self.comma(end);
                    if let Some((y, after_year)) = self
                        .era_year_after_date(after_comma)
                        .or_else(|| self.year_after_date(after_comma))
                    {
                        year = Some(y);
                        end = after_year;
                    } else if let Some((y, _)) = self.range_end(after_day) {
                        // "June 4–7, 1942": the first day borrows the year of the last.
                        year = y;
                    }
                    result = Some((year, month, day, end));
                }
            }
        }
        // [the] day [of] month [,] [year].
        if result.is_none() {
            let mut k = j;
            if self.is(k, "the") {
                k += 1;
            }
            if let Some((day, after_day)) = self.day(k) {
                let mut m = after_day;
                if self.is(m, "of") {
                    m += 1;
                }
                if let Some((month, after_month)) = self.month(m, true) {
                    let mut end = after_month;
                    let mut year = None;
                    let after_comma = self.comma(end);
                    if let Some((y, after_year)) = self
                        .era_year_after_date(after_comma)
                        .or_else(|| self.year_after_date(after_comma))
                    {
                        year = Some(y);
                        end = after_year;
                    }
                    // Ordinal words need "the ... of": "the fifth of May", or a capital: "the
                    // most successful Fourth of July".
                    let numeric = self.token(k).is_some_and(|t| t.kind == Kind::Number);
                    if numeric || ((k > j || self.capitalized(k)) && m > after_day) {
                        result = Some((year, month, day, end));
                    }
                }
            }
        }
        let (year, month, day, end) = result?;
        if leading_weekday.is_none() {
            start = j;
        }
        let mut expr = Expr::calendar_day(start, end, year, month, day);
        expr.weekday = leading_weekday;
        Some(expr)
    }

    /// In a narrative, a part of a day named by its date: "the morning of 6 June 1944", "the
    /// night of 8–9 February", "the early hours of 7 December", "the afternoon of Sunday, 7
    /// December".
    fn part_of_date(&self, i: usize) -> Option<Expr> {
        if !self.narrative || !self.is(i, "the") {
            return None;
        }
        let mut j = i + 1;
        let early = self.is_any(j, &["early", "late", "small"]);
        if early {
            j += 1;
        }
        let part = if early && self.is(j, "hours") {
            "NI"
        } else {
            lexicon::lookup(lexicon::PARTS_OF_DAY, self.word(j)?)?
        };
        if !self.is(j + 1, "of") {
            return None;
        }
        let k = j + 2;
        // "8–9 February", "14/15 November": the night of the first.
        let (core, last) = if let Some(first) = self.range_start_day(k) {
            let second = self.calendar_date(first.last + 1)?;
            (first.core, second.last)
        } else {
            // ... or "the night of the 13th": a day of the month the story is at.
            // ... or "the morning of that day", "the evening of the next day".
            let day = [
                self.calendar_date(k),
                self.weekday_expr(k),
                self.holiday(k),
                self.day_of_month(k),
                self.deictic(k).filter(|e| e.time.is_none()),
            ]
            .into_iter()
            .flatten()
            .find(|e| names_a_day(e, true) || matches!(e.core, Core::DayOfMonth { .. }))?;
            // "the night of August 8–9", "the night of August 25/26": the night of the first.
            let slash = self.punct(day.last, "/") && self.touches(day.last);
            let after_mark = self
                .hyphen(day.last)
                .or_else(|| (slash && self.touches(day.last + 1)).then_some(day.last + 1));
            // "the night of 31 January/1 February 2000": across the month's end, with the
            // second date's year.
            let across = after_mark.and_then(|after| self.calendar_date(after));
            match (across, &day.core) {
                (
                    Some(second),
                    Core::Calendar {
                        year: None,
                        month,
                        day: first_day,
                    },
                ) if matches!(second.core, Core::Calendar { day: Some(_), .. }) => {
                    let year = match second.core {
                        Core::Calendar { year, .. } => year,
                        _ => None,
                    };
                    (
                        Core::Calendar {
                            year,
                            month: *month,
                            day: *first_day,
                        },
                        second.last,
                    )
                }
                _ => {
                    let last = match after_mark {
                        Some(after) if self.day(after).is_some() => {
                            self.day(after).map_or(day.last, |(_, end)| end)
                        }
                        _ => day.last,
                    };
                    // "the night of May 20–21, 1920": the year after the second day.
                    match (&day.core, self.year_after_date(self.comma(last))) {
                        (
                            Core::Calendar {
                                month,
                                day: first_day,
                                ..
                            },
                            Some((year, after)),
                        ) if last > day.last => (
                            Core::Calendar {
                                year: Some(year),
                                month: *month,
                                day: *first_day,
                            },
                            after,
                        ),
                        _ => (day.core, last),
                    }
                }
            }
        };
        let mut expr = Expr::new(i, last, TimexType::Time, core);
        expr.time = Some(TimeOfDay::Part(part));
        // "the early afternoon of 22 September 1980": its start ("the early hours" are the
        // night's).
        if early && !self.is(j, "hours") {
            expr.modifier = if self.is(i + 1, "early") {
                Some("START")
            } else if self.is(i + 1, "late") {
                Some("END")
            } else {
                None
            };
        }
        Some(expr)
    }

    /// "the last Sunday of November", "the first Monday in September", "the second Tuesday of
    /// March 1922": a weekday counted in a month, of the year given or the one the text is at.
    fn nth_weekday_of_month(&self, i: usize) -> Option<Expr> {
        // (At every "the": the capital of the weekday is the cheap test.)
        if !self.capitalized(i + 2) {
            return None;
        }
        let nth: i32 = lexicon::lookup(
            &[
                ("first", 1),
                ("second", 2),
                ("third", 3),
                ("fourth", 4),
                ("last", -1),
            ],
            self.word(i + 1)?,
        )?;
        let (weekday, after_weekday) = self.weekday(i + 2, false)?;
        if !self.is_any(after_weekday, &["of", "in"]) {
            return None;
        }
        let (month, after_month) = self.month(after_weekday + 1, true)?;
        let Some((year, end)) = self.year_after_date(self.comma(after_month)) else {
            return Some(Expr::new(
                i,
                after_month,
                TimexType::Date,
                Core::NthWeekday {
                    month,
                    weekday,
                    nth,
                },
            ));
        };
        let date = nth_weekday_date(year, month, weekday, nth)?;
        Some(Expr::calendar_day(
            i,
            end,
            Some(year),
            month,
            chrono::Datelike::day(&date),
        ))
    }

    /// "Three nights later", "two mornings afterwards", "two evenings earlier": that part of the
    /// day counted in days from the date last mentioned.
    fn parts_of_day_later(&self, i: usize) -> Option<Expr> {
        // Cheap first: a part of a day and "later" or "earlier" a few words on.
        let k = (i + 1..i + 4).find(|&k| {
            self.word(k).is_some_and(|w| {
                lexicon::lookup(lexicon::PARTS_OF_DAY, w.strip_suffix('s').unwrap_or(w)).is_some()
            }) && self.is_any(k + 1, &["later", "afterwards", "afterward", "earlier"])
        })?;
        let (Quantity::Exact(n), end) = self.quantity(i, false)? else {
            return None;
        };
        if end != k {
            return None;
        }
        if n.fract() != 0.0 || !(1.0..=31.0).contains(&n) {
            return None;
        }
        let word = self.word(k)?;
        let singular = word.strip_suffix('s').filter(|_| n > 1.0).unwrap_or(word);
        let part = lexicon::lookup(lexicon::PARTS_OF_DAY, singular)?;
        let sign = if self.is_any(k + 1, &["later", "afterwards", "afterward"]) {
            1
        } else if self.is(k + 1, "earlier") {
            -1
        } else {
            return None;
        };
        let mut expr = Expr::new(
            i,
            k + 2,
            TimexType::Time,
            Core::Shift {
                unit: Unit::Day,
                n: sign * n as i64,
                base: Base::Reference,
            },
        );
        expr.time = Some(TimeOfDay::Part(part));
        expr.ago = true;
        Some(expr)
    }

    /// In a narrative, "the third day", "the second night": a day counted from the one the
    /// story was at when the counting began ("The battle began on 3 May. On the third day, the
    /// line broke" is 5 May).
    fn ordinal_day(&self, i: usize) -> Option<Expr> {
        if !self.narrative {
            return None;
        }
        let n = lexicon::lookup(lexicon::ORDINALS, self.word(i + 1)?)?;
        if !(1..=31).contains(&n) {
            return None;
        }
        let night = self.is(i + 2, "night");
        if !(self.is(i + 2, "day") || night) {
            return None;
        }
        // "the eleventh day of the eleventh month": a day of a month, not counted from the
        // story's.
        if self.sequence(i + 3, &["of", "the"]).is_some()
            && (self.is(i + 5, "month")
                || (self
                    .word(i + 5)
                    .and_then(|w| lexicon::lookup(lexicon::ORDINALS, w))
                    .is_some()
                    && self.is(i + 6, "month")))
        {
            return None;
        }
        let mut expr = Expr::new(
            i,
            i + 3,
            if night {
                TimexType::Time
            } else {
                TimexType::Date
            },
            Core::Shift {
                unit: Unit::Day,
                n: i64::from(n) - 1,
                base: Base::Reference,
            },
        );
        if night {
            expr.time = Some(TimeOfDay::Part("NI"));
        }
        expr.ordinal_day = Some(i64::from(n));
        Some(expr)
    }

    /// The first or last stretch of a written-out period: "the first half of the 20th century"
    /// (19, START), "the last weeks of 1944" (1944, END), "the first days of June 1944", "the
    /// early months of 1880", "the closing months of that year", "the last weeks of May".
    fn part_of_period(&self, i: usize) -> Option<Expr> {
        if !self.is(i, "the") {
            return None;
        }
        let starts = self.is_any(i + 1, &["first", "opening", "early"]);
        let ends = self.is_any(
            i + 1,
            &["last", "final", "closing", "second", "late", "later"],
        );
        if !(starts || ends) {
            return None;
        }
        let mut j = i + 2;
        let two = self.is(j, "two");
        if self.is_any(j, &["few", "two", "three", "several"]) {
            j += 1;
        }
        let half = self.is(j, "half");
        // "the second half" ends its period; "the second weeks" is nothing.
        if self.is(i + 1, "second") && !half {
            return None;
        }
        let (modifier, number) = if starts { ("START", 1) } else { ("END", 2) };
        let unit = self.word(j).and_then(lexicon::unit);
        let quarters = two && unit == Some((Unit::Quarter, true));
        let stretch = half
            || quarters
            || unit.is_some_and(|(unit, plural)| {
                plural && unit >= Unit::Day && unit <= Unit::Year && unit != Unit::Quarter
            });
        if !stretch || !self.is(j + 1, "of") {
            return None;
        }
        let k = j + 2;
        // "the first two quarters of 1990" is its first half.
        if quarters {
            let (year, end) = self.year(k)?;
            return Some(Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Quarter {
                    code: 'H',
                    number,
                    year: YearSpec::Explicit(year),
                },
            ));
        }
        // A half of a year is H1 or H2 (read by `quarter`); of a decade, a century or a month
        // ("the second half of January", "the first half of the month"), its start or end.
        let candidates = if half {
            let month = self.core(k).filter(|e| {
                matches!(
                    e.core,
                    Core::Month { .. }
                        | Core::Calendar { day: None, .. }
                        | Core::Shift {
                            unit: Unit::Month,
                            ..
                        }
                )
            });
            [self.decade(k), month, None]
        } else {
            // ... or of the year or month the story is at ("the closing months of that year",
            // "the last months of the year", "the last days of the month").
            let days_or_weeks = unit.is_some_and(|(unit, _)| unit <= Unit::Week);
            let that_year = self.deictic(k).filter(|e| match e.core {
                Core::Shift {
                    unit: Unit::Year,
                    base: Base::Reference | Base::Current,
                    ..
                } => true,
                Core::Shift {
                    unit: Unit::Month,
                    base: Base::Reference | Base::Current,
                    ..
                } => days_or_weeks,
                _ => false,
            });
            // ... or of a month named alone ("the first days of September").
            let month = self.month_alone(k).filter(|e| {
                matches!(
                    e.core,
                    Core::Month {
                        dir: Dir::Tense,
                        ..
                    }
                )
            });
            [
                self.decade(k),
                self.month_year(k).or(month),
                self.year_expr(k).or(that_year),
            ]
        };
        let mut inner = candidates
            .into_iter()
            .flatten()
            .find(|e| e.first == k && e.kind == TimexType::Date && e.modifier.is_none())?;
        inner.first = i;
        inner.modifier = Some(modifier);
        Some(inner)
    }

    /// The bare first day of a range: "4" in "from 4 to 7 June 1942", "between 4 and 7 June".
    fn range_start_day(&self, i: usize) -> Option<Expr> {
        let token = self.token(i)?;
        if token.kind != Kind::Number {
            return None;
        }
        let (day, mut j) = self.day(i)?;
        // "the night of 14/15 November": two days that touch the slash, the second the next.
        let night = self.punct(j, "/")
            && self.touches(j)
            && self.touches(j + 1)
            && self.day(j + 1).is_some_and(|(next, _)| next == day + 1);
        // "on 24, 25 and 26 February": the first of a list of days before the month.
        let mut k = j;
        while self.punct(k, ",")
            && self.token(k + 1).is_some_and(|t| t.kind == Kind::Number)
            && k < j + 12
        {
            match self.day(k + 1) {
                Some((_, after)) => k = after,
                None => break,
            }
        }
        if k > j && self.is_any(k, &["and", "or"]) {
            j = k;
        }
        // ("on 4 or 5 June 1942": either day.)
        if !(self.is_any(j, &["to", "and", "or", "until", "till", "through"])
            || night
            || ((self.punct(j, "-") || self.punct(j, "–"))
                && self.token(j + 1).is_some_and(|t| t.kind == Kind::Number)))
        {
            return None;
        }
        j += 1;
        let second = self.calendar_date(j)?;
        let Core::Calendar { year, month, .. } = second.core else {
            return None;
        };
        // Only a day-first second date ("7 June"), so "4 to June 7" is not read as a range.
        if self.month(j, true).is_some() {
            return None;
        }
        Some(Expr::calendar_day(i, self.day(i)?.1, year, month, day))
    }

    /// After "June 4" at `j`: "–7, 1942", "-7", "to 7 1942" (a later day of the same month,
    /// with or without the year): the year, and the index after the day.
    fn range_end(&self, j: usize) -> Option<(Option<i32>, usize)> {
        let dash = (self.punct(j, "-") || self.punct(j, "–")) && self.touches(j + 1);
        if !(dash || self.is_any(j, &["to", "through", "and"])) {
            return None;
        }
        let token = self.token(j + 1)?;
        if token.kind != Kind::Number {
            return None;
        }
        let (_, after_day) = self.day(j + 1)?;
        // "June 4 to 7 percent" is not a range of days; "June 4 to 7 July" is another form.
        let ends = match self.token(after_day) {
            None => true,
            Some(t) if t.kind == Kind::Punct => t.text != "%",
            Some(t) => {
                t.kind == Kind::Word
                    && lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
                    && self.month(after_day, true).is_none()
            }
        };
        if !ends {
            return None;
        }
        let year = self
            .year_after_date(self.comma(after_day))
            .map(|(year, _)| year);
        Some((year, after_day))
    }

    /// "June 4–7, 1942": the last day of a same-month range with its year, and the month of the
    /// first.
    fn range_end_day(&self, i: usize) -> Option<Expr> {
        if i < 3 || self.token(i)?.kind != Kind::Number {
            return None;
        }
        let separator = i - 1;
        let (first_day, after_first) = self.day(i - 2)?;
        // "June 4", "Dec. 4": the month ends right before the first day.
        let (month, after_month) = self.month(i - 3, true).or_else(|| {
            i.checked_sub(4)
                .and_then(|at| self.month(at, true))
                .filter(|&(_, after)| after == i - 2)
        })?;
        if after_month != i - 2 || after_first != separator {
            return None;
        }
        // With the year after it ("June 4–7, 1942"), or written out with a word ("April 24
        // and 25", "from May 27 to 30"): a bare "7" in "On June 6–7," stays part of the first
        // date's sentence rather than a date of its own.
        let (year, after_day) = self.range_end(separator)?;
        let (day, _) = self.day(i)?;
        if day <= first_day {
            return None;
        }
        match year {
            Some(year) => {
                let end = self.year_after_date(self.comma(after_day))?.1;
                Some(Expr::calendar_day(i, end, Some(year), month, day))
            }
            None if self.is_any(separator, &["and", "to", "through"]) => {
                Some(Expr::calendar_day(i, after_day, None, month, day))
            }
            None => None,
        }
    }

    /// "May 2023", "Sept. 1998", "June of 1999".
    fn month_year(&self, i: usize) -> Option<Expr> {
        let (month, after) = self.month(i, true)?;
        let mut j = self.comma(after);
        if self.is(j, "of") {
            j += 1;
        }
        let (year, end) = self
            .era_year_after_date(j)
            .or_else(|| self.year_after_date(j))?;
        Some(Expr::new(
            i,
            end,
            TimexType::Date,
            Core::Calendar {
                year: Some(year),
                month,
                day: None,
            },
        ))
    }

    /// "2021", "fiscal 1998", "the year 2000", "1998's".
    fn year_expr(&self, i: usize) -> Option<Expr> {
        // "44 BC", "AD 70", "70 AD", "300 BCE", "the year 411 BC".
        if let Some(expr) = self.era_year(i) {
            return Some(expr);
        }
        if self.is(i, "the") && self.is(i + 1, "year") {
            if let Some(mut expr) = self.era_year(i + 2) {
                expr.first = i;
                return Some(expr);
            }
        }
        // "FY2023", "FY23": a fiscal year written as a code.
        if self.word(i) == Some("FY") && self.touches(i + 1) {
            let digits = self.token(i + 1)?;
            let year = match (digits.kind, digits.text.len()) {
                (Kind::Number, 4) => self.year(i + 1)?.0,
                (Kind::Number, 2) => {
                    let short: i32 = digits.text.parse().ok()?;
                    if short < 50 {
                        2000 + short
                    } else {
                        1900 + short
                    }
                }
                _ => return None,
            };
            return Some(Expr::fixed(i, i + 2, TimexType::Date, format!("{year:04}")));
        }
        if let Some(expr) = self.early_year(i) {
            return Some(expr);
        }
        let mut j = i;
        if self.fiscal(i) {
            j += 1;
            // "fiscal year 2011".
            if self.is(j, "year") && self.year(j + 1).is_some() {
                j += 1;
            }
        } else if self.is(i, "the") && self.is(i + 1, "year") && self.year(i + 2).is_some() {
            j += 2;
        }
        let (year, end) = self.year(j)?;
        // A bare number needs to look like a year: not "$1990", not "No. 1998".
        if j == i && i > 0 {
            let previous = self.tokens[i - 1];
            let touching = self.touches(i);
            let after_number = i >= 2 && self.tokens[i - 2].kind == Kind::Number;
            // "1914-1918" ranges over two years; "555-1990" is a code.
            let after_earlier_year = i >= 2
                && self.year(i - 2).is_some_and(|(first, end)| {
                    end == i - 1 && first < year && year - first <= 100
                });
            if matches!(previous.text, "$" | "£" | "€" | "#")
                || (touching && matches!(previous.text, "/" | "." | "+"))
                || (touching && previous.text == "-" && after_number && !after_earlier_year)
            {
                return None;
            }
            if lexicon::contains(
                &[
                    "no",
                    "number",
                    "route",
                    "flight",
                    "room",
                    "page",
                    "resolution",
                    "resolutions",
                    "windows",
                    "model",
                    "article",
                    "section",
                    "chapter",
                    "bill",
                    // "Hill 1221", "Point 1081", "Highway 1914", "District 1199": names.
                    "district",
                    "local",
                    "hill",
                    "point",
                    "height",
                    "highway",
                    "interstate",
                    "platform",
                    "pier",
                ],
                previous.text,
            ) {
                return None;
            }
            // "1600 Pennsylvania Avenue": a street number.
            if self.capitalized(end)
                && self.is_any(
                    end + 1,
                    &[
                        "avenue",
                        "street",
                        "road",
                        "boulevard",
                        "lane",
                        "drive",
                        "place",
                        "st",
                        "ave",
                    ],
                )
            {
                return None;
            }
        }
        // "1998-99" names a span of years; the first year is tagged alone.
        Some(Expr::fixed(i, end, TimexType::Date, format!("{year:04}")))
    }

    /// A year of three digits written alone, as histories do: "sacked in 842 and again in 851",
    /// "fell in 476." Only right after "in", "since" or "until" and before a stop or a joining
    /// word, so "rose in 476 stores" and "fell by 300." stay numbers.
    fn early_year(&self, i: usize) -> Option<Expr> {
        let token = self.token(i)?;
        if token.kind != Kind::Number || !token.plain || token.text.len() != 3 || i == 0 {
            return None;
        }
        let year: i32 = token.text.parse().ok()?;
        if year < 100 || !self.is_any(i - 1, &["in", "since", "until"]) {
            return None;
        }
        // ... nor a list of numbers ("in 300, 400 and 500 cases").
        let list = self.token(i + 2).is_some_and(|t| t.kind == Kind::Number);
        // "In 911 the Carolingian ruler ...": opening a history's sentence before its subject.
        let opens = i == 1 && self.narrative && self.is(i - 1, "in") && self.is(i + 1, "the");
        let ends = opens
            || match self.token(i + 1) {
                None => true,
                Some(t) if t.kind == Kind::Punct => {
                    matches!(t.text, "," | "." | ";" | ")") && !list
                }
                Some(t) => matches!(t.text, "and" | "or" | "when" | "after" | "before") && !list,
            };
        ends.then(|| Expr::fixed(i, i + 1, TimexType::Date, format!("{year:04}")))
    }

    /// An era at token `k`: ("BC" or "B.C." -> true, "AD", "CE" -> false) and the index after it.
    fn era_at(&self, k: usize) -> Option<(bool, usize)> {
        let word = self.word(k)?;
        if !word.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        match word {
            "BC" | "BCE" => Some((true, k + 1)),
            "AD" | "CE" => Some((false, k + 1)),
            "B" if self.punct(k + 1, ".") && self.is(k + 2, "C") => {
                Some((true, self.skip_stop(k + 3)))
            }
            "A" if self.punct(k + 1, ".") && self.is(k + 2, "D") => {
                Some((false, self.skip_stop(k + 3)))
            }
            _ => None,
        }
    }

    /// In a narrative, the part of a year range a year alone would miss: "53" in "(1950–53)" is
    /// 1953, "218" in "(218–201 BC)" is 218 BC.
    fn year_range_part(&self, i: usize) -> Option<Expr> {
        if !self.narrative {
            return None;
        }
        let token = self.token(i)?;
        if token.kind != Kind::Number || !token.plain {
            return None;
        }
        let dash = |k: usize| (self.punct(k, "-") || self.punct(k, "–")) && self.touches(k);
        // "1950–53": two digits after a year and a dash, later in the same century.
        if token.text.len() == 2 && i >= 2 && dash(i - 1) && self.touches(i) {
            // The year before must read as one ("Room 1950-53" does not).
            let before = self
                .year_expr(i - 2)
                .filter(|e| e.first == i - 2 && e.last == i - 1)?;
            let Core::Fixed(value) = &before.core else {
                return None;
            };
            let first: i32 = value.parse().ok()?;
            let short: i32 = token.text.parse().ok()?;
            let year = first - first.rem_euclid(100) + short;
            return (year > first)
                .then(|| Expr::fixed(i, i + 1, TimexType::Date, format!("{year:04}")));
        }
        // "218–201 BC", "218 to 201 BC": a larger number before a dash (or "to") and a year
        // before Christ; "in 55 and 54 BC": a year just before, joined.
        let joined = self.is_any(i + 1, &["and", "or"]);
        if token.text.len() <= 4
            && ((dash(i + 1) && self.touches(i + 2)) || self.is(i + 1, "to") || joined)
        {
            let first: i32 = token.text.parse().ok()?;
            let second = self.era_year(i + 2)?;
            let Core::Fixed(value) = &second.core else {
                return None;
            };
            let last: i32 = value.strip_prefix("BC")?.parse().ok()?;
            let close = !joined || first - last <= 10;
            return (first > last && close)
                .then(|| Expr::fixed(i, i + 1, TimexType::Date, format!("BC{first:04}")));
        }
        None
    }

    /// A year with its era: "44 BC" -> BC0044, "AD 70" -> 0070.
    fn era_year(&self, i: usize) -> Option<Expr> {
        let number_at = |k: usize| -> Option<u32> {
            let token = self.token(k)?;
            if token.kind == Kind::Number && token.plain && token.text.len() <= 4 {
                token.text.parse().ok().filter(|n| *n > 0)
            } else {
                None
            }
        };
        if let Some((false, after)) = self.era_at(i) {
            let year = number_at(after)?;
            return Some(Expr::fixed(
                i,
                after + 1,
                TimexType::Date,
                format!("{year:04}"),
            ));
        }
        let year = number_at(i)?;
        let (bc, end) = self.era_at(i + 1)?;
        let value = if bc {
            format!("BC{year:04}")
        } else {
            format!("{year:04}")
        };
        Some(Expr::fixed(i, end, TimexType::Date, value))
    }

    /// A year with its era after a day and month ("10 January 49 BC", "24 August AD 79"): the
    /// astronomical year (49 BC is -48) and the index after it.
    fn era_year_after_date(&self, k: usize) -> Option<(i32, usize)> {
        let expr = self.era_year(k)?;
        let Core::Fixed(value) = &expr.core else {
            return None;
        };
        let year = match value.strip_prefix("BC") {
            Some(digits) => 1 - digits.parse::<i32>().ok()?,
            None => value.parse().ok()?,
        };
        Some((year, expr.last))
    }

    /// "the 1990s" -> 199, "the '90s", "the 1800s" -> 18, "the 20th century" -> 19.
    fn decade(&self, i: usize) -> Option<Expr> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        // "1990s"; "the 1970's", as some newspapers write it (after "the" or a part word).
        let token = self.token(j)?;
        let apostrophe = (self.punct(j + 1, "'") || self.punct(j + 1, "’"))
            && self.touches(j + 1)
            && self.touches(j + 2)
            && self.is(j + 2, "s")
            && (j > i
                || (i > 0 && self.is_any(i - 1, &["early", "late", "mid"]))
                || (i > 1 && self.punct(i - 1, "-") && self.is(i - 2, "mid")));
        let s_at = if apostrophe { j + 2 } else { j + 1 };
        if token.kind == Kind::Number && token.plain && self.touches(s_at) && self.is(s_at, "s") {
            let text = token.text;
            // "the 420s BC" -> BC042, "the 400s BC" -> BC04.
            if let Some((true, end)) = self.era_at(s_at + 1) {
                let n: i32 = text.parse().ok()?;
                if !apostrophe && (2..=4).contains(&text.len()) && n % 10 == 0 && n > 0 {
                    let value = if n % 100 == 0 {
                        format!("BC{:02}", n / 100)
                    } else {
                        format!("BC{:03}", n / 10)
                    };
                    return Some(Expr::fixed(i, end, TimexType::Date, value));
                }
            }
            if text.len() == 4 && text.ends_with('0') {
                let year: i32 = text.parse().ok()?;
                // "the 1800s" is a century; "the 2000s" is the decade of 2000-2009.
                let value = if text.ends_with("00") && year != 2000 {
                    format!("{:02}", year / 100)
                } else {
                    format!("{:03}", year / 10)
                };
                return Some(Expr::fixed(i, s_at + 1, TimexType::Date, value));
            }
        }
        // "'90s".
        if (self.punct(j, "'") || self.punct(j, "’")) && self.touches(j + 1) {
            let next = self.token(j + 1)?;
            if next.kind == Kind::Number
                && next.text.len() == 2
                && next.text.ends_with('0')
                && self.is(j + 2, "s")
                && self.touches(j + 2)
            {
                let short: i32 = next.text.parse().ok()?;
                let century = if short < 30 { 200 } else { 190 };
                return Some(Expr::fixed(
                    i,
                    j + 3,
                    TimexType::Date,
                    format!("{}", century + short / 10),
                ));
            }
        }
        // After "the" and a part word, as after "the": "the late seventies", "the mid-90s" (not
        // "in his late seventies", an age).
        let after_the = j > i
            || (i >= 2 && self.is_any(i - 1, &["early", "late", "mid"]) && self.is(i - 2, "the"))
            || (i >= 3 && self.punct(i - 1, "-") && self.is(i - 2, "mid") && self.is(i - 3, "the"));
        // "the 90s", "the mid-60s": two digits of a decade from 1930 on, unless the sentence
        // is about heat, scores or prices ("highs in the mid-90s").
        if after_the
            && token.kind == Kind::Number
            && token.plain
            && token.text.len() == 2
            && token.text.ends_with('0')
            && self.touches(j + 1)
            && self.is(j + 1, "s")
        {
            let short: i32 = token.text.parse().ok()?;
            let other = (i.saturating_sub(12)..j + 14).any(|k| self.is_any(k, NOT_DECADE_WORDS));
            if (30..=90).contains(&short) && !other {
                return Some(Expr::fixed(
                    i,
                    j + 2,
                    TimexType::Date,
                    format!("{}", 190 + short / 10),
                ));
            }
        }
        // "the nineties", "the eighties", "the nineteen seventies", "the eighteen sixties".
        if after_the {
            let century = self
                .word(j)
                .and_then(|w| lexicon::lookup(lexicon::NUMBER_WORDS, w))
                .filter(|n| {
                    (10..=20).contains(n) && self.word(j + 1).is_some_and(|w| w.ends_with("ies"))
                });
            if century.is_some() {
                j += 1;
            }
            let decade = match self.word(j).map(str::to_ascii_lowercase).as_deref() {
                Some("twenties") => Some(2),
                Some("thirties") => Some(3),
                Some("forties") => Some(4),
                Some("fifties") => Some(5),
                Some("sixties") => Some(6),
                Some("seventies") => Some(7),
                Some("eighties") => Some(8),
                Some("nineties") => Some(9),
                _ => None,
            };
            if let Some(decade) = decade {
                return Some(Expr::fixed(
                    i,
                    j + 1,
                    TimexType::Date,
                    format!("{}{decade}", century.unwrap_or(19)),
                ));
            }
        }
        // "the 20th century", "the twentieth century", "20th century", "the 1st century BC",
        // and the first of "the 15th and 16th centuries".
        let (ordinal, after) = self.ordinal_at(j)?;
        if !(1..=22).contains(&ordinal) {
            return None;
        }
        // "an 18th-century house", "sixteenth-century Europe".
        let hyphenated = self.hyphen(after).filter(|&unit| self.is(unit, "century"));
        let (unit, first_of_two) = if self.is_any(after, &["century", "centuries"]) {
            (after, false)
        } else if let Some(unit) = hyphenated {
            (unit, false)
        } else if self.is_any(after, &["and", "or", "to", "-", "–"]) {
            let next = if self.is(after + 1, "the") {
                after + 2
            } else {
                after + 1
            };
            let (_, second) = self.ordinal_at(next)?;
            self.is_any(second, &["centuries", "century"])
                .then_some((second, true))?
        } else {
            return None;
        };
        let (bc, era_end) = match self.era_at(unit + 1) {
            Some((bc, end)) => (bc, Some(end)),
            None => (false, None),
        };
        let end = match era_end {
            Some(end) if !first_of_two => end,
            _ if first_of_two => after,
            _ => unit + 1,
        };
        let value = if bc {
            format!("BC{:02}", ordinal - 1)
        } else {
            format!("{:02}", ordinal - 1)
        };
        Some(Expr::fixed(i, end, TimexType::Date, value))
    }

    /// An ordinal at token `j` ("20th", "twentieth") and the index after it.
    fn ordinal_at(&self, j: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.integer(j) {
            (self.touches(j + 1) && self.is_any(j + 1, &["st", "nd", "rd", "th"]))
                .then_some((n, j + 2))
        } else {
            let n = lexicon::lookup(lexicon::ORDINALS, self.word(j)?)?;
            Some((n, j + 1))
        }
    }

    /// "1998-08-07", "8/7/98", "08/07/1998" (month first, as in American news).
    fn numeric_date(&self, i: usize) -> Option<Expr> {
        let token = self.token(i)?;
        if token.kind != Kind::Number || !token.plain {
            return None;
        }
        // ISO.
        if token.text.len() == 4
            && self.punct(i + 1, "-")
            && self.touches(i + 1)
            && self.touches(i + 2)
        {
            let year: i32 = token.text.parse().ok()?;
            let month = self.integer(i + 2)?;
            if self.punct(i + 3, "-") && self.touches(i + 3) && self.touches(i + 4) {
                let day = self.integer(i + 4)?;
                chrono::NaiveDate::from_ymd_opt(year, month, day)?;
                return Some(Expr::new(
                    i,
                    i + 5,
                    TimexType::Date,
                    Core::Calendar {
                        year: Some(year),
                        month,
                        day: Some(day),
                    },
                ));
            }
            return None;
        }
        if token.text.len() <= 2
            && self.punct(i + 1, "/")
            && self.touches(i + 1)
            && self.touches(i + 2)
            && self.punct(i + 3, "/")
            && self.touches(i + 3)
            && self.touches(i + 4)
        {
            let month: u32 = token.text.parse().ok()?;
            let day = self.integer(i + 2)?;
            let year_token = self.token(i + 4)?;
            let mut year: i32 = year_token.text.parse().ok()?;
            match year_token.text.len() {
                2 => year += if year < 30 { 2000 } else { 1900 },
                4 => {}
                _ => return None,
            }
            chrono::NaiveDate::from_ymd_opt(year, month, day)?;
            return Some(Expr::new(
                i,
                i + 5,
                TimexType::Date,
                Core::Calendar {
                    year: Some(year),
                    month,
                    day: Some(day),
                },
            ));
        }
        None
    }

    /// The direction words before a month or weekday name and the index of the name: "last",
    /// "next", "this (coming)", "the following", "the previous", or none (the tense decides).
    fn direction(&self, i: usize) -> (Dir, usize) {
        if self.is(i, "last") || self.is(i, "past") {
            (Dir::Last, i + 1)
        } else if self.is(i, "next") || self.is(i, "coming") {
            (Dir::Next, i + 1)
        } else if self.is(i, "this") && self.is(i + 1, "coming") {
            (Dir::Next, i + 2)
        } else if self.is(i, "this") {
            (Dir::This, i + 1)
        } else if self.is(i, "the") && self.is_any(i + 1, &["following", "next", "succeeding"]) {
            (Dir::AfterReference, i + 2)
        } else if self.is(i, "the") && self.is_any(i + 1, &["previous", "preceding", "prior"]) {
            (Dir::BeforeReference, i + 2)
        } else {
            (Dir::Tense, i)
        }
    }

    /// "in May", "last November", "January" (May and March need a date-like context).
    fn month_alone(&self, i: usize) -> Option<Expr> {
        // "That November", "that May": the month of the year last mentioned.
        if self.is(i, "that") && self.capitalized(i + 1) {
            let month = lexicon::lookup(lexicon::MONTHS, self.word(i + 1)?)?;
            // Not "that May be", "that March on", "said that January had been"; but "withdrew
            // that April after three decades".
            let noun_after = self.token(i + 2).is_none_or(|t| {
                t.kind == Kind::Punct || (t.kind == Kind::Word && self.capitalized(i + 2))
            }) || self.is_any(
                i + 2,
                &[
                    "the", "a", "an", "he", "she", "they", "it", "we", "after", "and", "when",
                    "before", "until",
                ],
            );
            if noun_after {
                return Some(Expr::new(
                    i,
                    i + 2,
                    TimexType::Date,
                    Core::MonthOfYear {
                        month,
                        day: None,
                        years: 0,
                        base: Base::Reference,
                    },
                ));
            }
        }
        let (dir, j) = self.direction(i);
        let word = self.word(j)?;
        if !self.capitalized(j) {
            return None;
        }
        let month = lexicon::lookup(lexicon::MONTHS, word)?;
        // "the October Revolution", "the October Crisis of 1962": a name.
        if dir == Dir::Tense
            && j > 0
            && self.is(j - 1, "the")
            && self.capitalized(j + 1)
            && self.word(j + 1).is_some_and(|w| {
                lexicon::lookup(lexicon::MONTHS, w).is_none()
                    && !lexicon::WEEKDAYS
                        .iter()
                        .any(|(d, _)| w.eq_ignore_ascii_case(d))
            })
        {
            return None;
        }
        // "the US ambassador, April Glaspie", "met June Carter": a first name before a
        // surname, not after a word that takes a month.
        if dir == Dir::Tense
            && self.capitalized(j + 1)
            && self.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
            && self.month(j + 1, true).is_none()
            && self.weekday(j + 1, true).is_none()
            && self.tokens.get(j + 1).is_some_and(|t| t.text.len() > 2)
            && !(j > 0
                && (self.punct(j - 1, "-")
                    || self.is_any(
                        j - 1,
                        &[
                            "in", "since", "until", "till", "by", "during", "from", "through",
                            "of", "early", "late", "mid", "before", "after", "last", "next",
                            "this", "to", "and", "or", "the",
                        ],
                    )))
        {
            return None;
        }
        // "including \"September of My Years\"": a title, not a month.
        if dir == Dir::Tense
            && self.is(j + 1, "of")
            && self.capitalized(j + 2)
            && self.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Word)
            && self.month(j + 2, true).is_none()
        {
            return None;
        }
        if matches!(month, 3 | 5) && dir == Dir::Tense {
            // "May" and "March" are also a verb and a noun; take them after a preposition.
            // "mid-March": look past the hyphen.
            let before = if j >= 2 && self.punct(j - 1, "-") && self.touches(j) {
                j - 2
            } else {
                j.wrapping_sub(1)
            };
            let previous = self.word(before);
            let ok = previous.is_some_and(|p| {
                lexicon::contains(
                    &[
                        "in",
                        "since",
                        "until",
                        "till",
                        "by",
                        "during",
                        "from",
                        "through",
                        "of",
                        "early",
                        "late",
                        "mid",
                        "before",
                        "after",
                        "between",
                        "to",
                        "and",
                        "or",
                        "end",
                        "beginning",
                        "start",
                        "middle",
                        "last",
                        "next",
                        "this",
                        "throughout",
                        "around",
                        "over",
                        "his",
                        "her",
                        "its",
                        "their",
                        "our",
                        // "until at least March".
                        "least",
                    ],
                    p,
                )
            });
            // "set for May", "scheduled for March": a date fixed for something.
            let ok = ok
                || (previous.is_some_and(|p| p.eq_ignore_ascii_case("for"))
                    && before > 0
                    && self.is_any(
                        before - 1,
                        &[
                            "set",
                            "scheduled",
                            "planned",
                            "slated",
                            "due",
                            "postponed",
                            "delayed",
                            "moved",
                            "rescheduled",
                        ],
                    ));
            // "a further rise for March.", "Sales for March rose": a figure's month.
            let ok = ok
                || (previous.is_some_and(|p| p.eq_ignore_ascii_case("for"))
                    // (Not "They voted for May.", a name.)
                    && ((month != 5
                        && self
                            .token(j + 1)
                            .is_none_or(|t| t.kind == Kind::Punct && t.text != "-" && t.text != "'"))
                        || before
                            .checked_sub(1)
                            .and_then(|b| self.word(b))
                            .is_some_and(|w| {
                                lexicon::contains(lexicon::FIGURES_WORDS, w)
                                    || lexicon::contains(lexicon::RESULTS_WORDS, w)
                            })));
            // "May was unusually dry", "the May primary", "for May delivery": the month opening
            // a sentence before a verb, or before a noun it qualifies.
            let next_lower = self.word(j + 1).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    && !lexicon::contains(
                        &[
                            "of", "on", "to", "through", "across", "into", "from", "for",
                            "against", "in", "at", "with", "not", "be", "have", "i", "we", "you",
                        ],
                        w,
                    )
            });
            let opens_before_verb = j == 0
                && self.is_any(
                    j + 1,
                    &[
                        "was", "were", "is", "had", "has", "saw", "brought", "also", "marked",
                    ],
                );
            let qualifies = next_lower
                && (previous.is_some_and(|p| p.eq_ignore_ascii_case("the"))
                    || self.is_any(j + 1, &["delivery", "contract", "contracts", "futures"]));
            let ok = ok || opens_before_verb || qualifies;
            // "its March meeting" is the month; "his March to the Sea" is a march.
            let march = month == 3
                && lexicon::contains(
                    &["his", "her", "its", "their", "our"],
                    previous.unwrap_or(""),
                )
                && self.is_any(j + 1, &["to", "on", "through", "across", "into", "from"]);
            if !ok || march {
                return None;
            }
        }
        // "by next July 15": that day, the tense picking its year.
        if matches!(dir, Dir::Next | Dir::Last)
            && self.token(j + 1).is_some_and(|t| t.kind == Kind::Number)
        {
            // (Not "last May 12 people died": a count.)
            if let Some((day, after)) = self
                .day(j + 1)
                .filter(|&(_, after)| !self.content_word(after))
            {
                if self.year_after_date(self.comma(after)).is_none() {
                    return Some(Expr::calendar_day(i, after, None, month, day));
                }
            }
        }
        Some(Expr::new(
            i,
            j + 1,
            TimexType::Date,
            Core::Month { month, dir },
        ))
    }

    /// "Friday", "last Tuesday", "this Sunday".
    fn weekday_expr(&self, i: usize) -> Option<Expr> {
        let (mut dir, j) = self.direction(i);
        let (weekday, mut end) = self.weekday(j, false)?;
        // "Good Friday" is the holiday's, or a name's ("the Good Friday Agreement").
        if j == i && i > 0 && self.is(i - 1, "Good") && self.capitalized(i - 1) {
            return None;
        }
        // "Bloody Sunday on 22 January 1905": a named day with its date beside it, which
        // says which it is.
        if j == i
            && i > 0
            && self.capitalized(i - 1)
            && self.is_any(i - 1, &["Bloody", "Black", "Super", "Holy"])
            && (self.is(end, "on") || self.punct(end, ","))
            && self
                .calendar_date(end + 1)
                .is_some_and(|d| matches!(d.core, Core::Calendar { day: Some(_), .. }))
        {
            return None;
        }
        // "every Tuesday and Friday": a set, read by `set`.
        if j == i
            && i >= 3
            && self.is_any(i - 1, &["and", "or"])
            && self.weekday(i - 2, false).is_some()
            && self.is_any(i - 3, &["every", "each"])
        {
            return None;
        }
        // "next Tuesday and Wednesday": the second day shares the first's "next".
        if dir == Dir::Tense
            && j == i
            && i >= 3
            && self.is_any(i - 1, &["and", "or"])
            && self.weekday(i - 2, false).is_some()
        {
            let (shared, _) = self.direction(i - 3);
            if matches!(shared, Dir::Next | Dir::Last | Dir::This) {
                dir = shared;
            }
        }
        // "It met on a Sunday in 2009", "Feb. 7, a Friday": some Sunday, not this week's.
        if j == i && i > 0 && self.is_any(i - 1, &["a", "an"]) {
            return None;
        }
        // "the Sunday Independent", "The Sunday Times": a paper's name.
        if j == i
            && i > 0
            && self.is(i - 1, "the")
            && self.capitalized(end)
            && self.word(end).is_some_and(|w| {
                lexicon::lookup(lexicon::MONTHS, w).is_none()
                    && lexicon::lookup(lexicon::PARTS_OF_DAY, w).is_none()
            })
        {
            return None;
        }
        // "Monday last week", "Friday next week", "Thursday of last week".
        let of = usize::from(self.is(end, "of"));
        if dir == Dir::Tense && self.is(end + of + 1, "week") {
            let weeks = match self.word(end + of).map(str::to_ascii_lowercase).as_deref() {
                Some("last") => Some(-1),
                Some("next") => Some(1),
                Some("this") => Some(0),
                _ => None,
            };
            if let Some(weeks) = weeks {
                dir = Dir::InWeek(weeks);
                end += of + 2;
            }
        }
        let mut expr = Expr::new(i, end, TimexType::Date, Core::Weekday { weekday, dir });
        // "Wednesday's ruling" talks about a day that is over.
        expr.past = (self.punct(end, "'") || self.punct(end, "’"))
            && self.touches(end)
            && self.is(end + 1, "s");
        Some(expr)
    }

    /// Whether a mark of `marks` at `i` and the two digits of the year after `year` follow a
    /// year: the "–52" of "1951–52".
    fn next_year_short(&self, i: usize, year: i32, marks: &[&str]) -> bool {
        marks.iter().any(|mark| self.punct(i, mark))
            && self.token(i + 1).is_some_and(|t| {
                // ("1918-19", or written in full: "1918–1919".)
                t.kind == Kind::Number
                    && ((t.text.len() == 2
                        && t.text.parse::<i32>().ok() == Some((year + 1).rem_euclid(100)))
                        || (t.text.len() == 4 && t.text.parse::<i32>().ok() == Some(year + 1)))
            })
    }

    /// True when the word at `i` makes the season before it a name: "the Winter Olympics",
    /// "the Summer Games".
    fn names_games(&self, i: usize) -> bool {
        self.is_any(i, &["olympics", "olympic", "games", "paralympics"])
    }

    /// "summer of 2020", "last fall", "this spring", "in the winter".
    fn season(&self, i: usize) -> Option<Expr> {
        // "the 1989-90 winter": both years before the winter, the first's.
        if self.is(i, "the") {
            if let Some((y, after)) = self.year(i + 1) {
                let second = self.next_year_short(after, y, &["-", "–"]);
                if second && self.is(after + 2, "winter") {
                    let mut expr = Expr::new(
                        i,
                        after + 3,
                        TimexType::Date,
                        Core::Season {
                            code: "WI",
                            year: YearSpec::Explicit(y),
                        },
                    );
                    expr.into_next_year = true;
                    return Some(expr);
                }
            }
        }
        let mut j = i;
        let mut year = YearSpec::Tense;
        let mut had_determiner = false;
        if self.is(i, "last") || self.is(i, "past") {
            year = YearSpec::Latest;
            j += 1;
        } else if self.is(i, "this") && self.is(i + 1, "past") {
            year = YearSpec::Latest;
            j += 2;
        } else if self.is(i, "next") || self.is(i, "coming") {
            year = YearSpec::Shift(1);
            j += 1;
        } else if self.is(i, "this") {
            year = YearSpec::Shift(0);
            j += 1;
        } else if self.is(i, "that") {
            // "That summer, talks stalled": the summer of the year last mentioned.
            year = YearSpec::Mentioned;
            j += 1;
        } else if self.is(i, "the") && self.is_any(i + 1, &["following", "next", "succeeding"]) {
            year = YearSpec::AfterReference;
            j += 2;
        } else if self.is(i, "the") && self.is_any(i + 1, &["previous", "preceding", "prior"]) {
            year = YearSpec::BeforeReference;
            j += 2;
        } else if self.is(i, "the") {
            had_determiner = true;
            j += 1;
        }
        let code = lexicon::lookup(lexicon::SEASONS, self.word(j)?)?;
        let end = j + 1;
        if self.names_games(end) {
            return None;
        }
        // "that summer and autumn": a season joined to one before it shares its year.
        if j == i
            && i >= 3
            && self.is_any(i - 1, &["and", "or"])
            && !self.is(end, "of")
            && self.year(end).is_none()
        {
            let joined = (i.saturating_sub(4)..i - 1).find_map(|start| {
                let before = self.season(start)?;
                (before.last == i - 1).then_some(before)
            });
            if let Some(Core::Season { year, .. }) = joined.map(|e| e.core) {
                return Some(Expr::new(
                    i,
                    end,
                    TimexType::Date,
                    Core::Season { code, year },
                ));
            }
        }
        // "the fall of Saigon", "after the fall of the Wall": a fall of something else; "the
        // fall of 1944", "the fall of that year" are seasons.
        if self.is(j, "fall")
            && self.is(end, "of")
            && self.year(end + 1).is_none()
            && !(self.is(end + 2, "year")
                && self.is_any(end + 1, &["that", "this", "last", "next"]))
        {
            return None;
        }
        // "summer of 2020", "summer 2020", "the summer of that year".
        let mut k = end;
        if self.is(k, "of") {
            k += 1;
            // "the autumn of that year", "the summer of the same year": the year last
            // mentioned.
            let mentioned = self
                .sequence(k, &["that", "year"])
                .or_else(|| self.sequence(k, &["the", "same", "year"]));
            if let Some(after) = mentioned {
                return Some(Expr::new(
                    i,
                    after,
                    TimexType::Date,
                    Core::Season {
                        code,
                        year: YearSpec::Mentioned,
                    },
                ));
            }
            // "the spring of the next year", "the winter of the previous year".
            if self.is(k, "the") && self.is(k + 2, "year") {
                let shift = if self.is_any(k + 1, &["next", "following", "succeeding"]) {
                    Some(1)
                } else if self.is_any(k + 1, &["previous", "preceding", "prior"]) {
                    Some(-1)
                } else {
                    None
                };
                if let Some(shift) = shift {
                    return Some(Expr::new(
                        i,
                        k + 3,
                        TimexType::Date,
                        Core::Season {
                            code,
                            year: YearSpec::MentionedShift(shift),
                        },
                    ));
                }
            }
        }
        // "the winter of 446–445 BC": both years before Christ, the first's.
        let bc_range = self.year_range_part(k).and_then(|first| {
            let Core::Fixed(value) = &first.core else {
                return None;
            };
            let year = 1 - value.strip_prefix("BC")?.parse::<i32>().ok()?;
            let end = self.era_year(first.last + 1)?.last;
            Some((year, end))
        });
        if let Some((y, end)) = bc_range {
            let mut expr = Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Season {
                    code,
                    year: YearSpec::Explicit(y),
                },
            );
            expr.into_next_year = code == "WI";
            return Some(expr);
        }
        if let Some((y, mut after)) = self.era_year_after_date(k).or_else(|| self.year(k)) {
            // "the winter of 1951–52": a winter written with both its years is the first's.
            let both_years = code == "WI" && self.next_year_short(after, y, &["-", "–", "/"]);
            if both_years {
                after += 2;
            }
            let mut expr = Expr::new(
                i,
                after,
                TimexType::Date,
                Core::Season {
                    code,
                    year: YearSpec::Explicit(y),
                },
            );
            expr.into_next_year = both_years;
            return Some(expr);
        }
        if year != YearSpec::Tense {
            return Some(Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Season { code, year },
            ));
        }
        // "the spring and late summer of 1973", "the winter and spring of 1905": seasons joined
        // share the year written after the last.
        let shared_year = self
            .is_any(end, &["and", "or", "to"])
            .then(|| self.season_word_after(end + 1))
            .flatten()
            .and_then(|after| self.year(after + usize::from(self.is(after, "of"))))
            .map(|(y, _)| y);
        if let Some(y) = shared_year {
            return Some(Expr::new(
                if had_determiner { i } else { j },
                end,
                TimexType::Date,
                Core::Season {
                    code,
                    year: YearSpec::Explicit(y),
                },
            ));
        }
        // A bare season needs a preposition before it and no noun after it ("the spring
        // revolution", "Arab Spring"); "spent the winter" is one too.
        let before = if had_determiner { i } else { j };
        // ("spent the late summer and early autumn preparing": past the seasons joined.)
        let spent = (before.saturating_sub(6)..before)
            .rev()
            .take_while(|&p| self.token(p).is_some_and(|t| t.kind == Kind::Word))
            .any(|p| self.is_any(p, &["spent", "spend", "spending"]));
        // "occupied the spring and early summer": seasons joined are times whatever governs
        // them.
        let joined_after = had_determiner
            && self.is_any(end, &["and", "or"])
            && self
                .season_word_after(end + 1)
                .is_some_and(|after| !self.capitalized(after - 1));
        // A history's "dug in for the winter" (not "clothes for winter"; news's "open for the
        // fall term" is a plan).
        let previous_ok = spent
            || joined_after
            || (self.narrative && had_determiner && before > 0 && self.is(before - 1, "for"))
            || before
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|p| lexicon::contains(lexicon::SEASON_PREPOSITIONS, p));
        // "Spring officially begins on March 20", "The winter has been mild": the season
        // opening a sentence before its verb (not "The fall was sudden").
        let opens_before_verb = before == 0
            && !self.is(j, "fall")
            && self.is_any(
                end,
                &[
                    "is",
                    "was",
                    "has",
                    "had",
                    "will",
                    "begins",
                    "began",
                    "officially",
                    "arrived",
                    "came",
                    "ended",
                    "brought",
                    "proved",
                    "saw",
                ],
            );
        if !previous_ok && !opens_before_verb {
            return None;
        }
        if opens_before_verb {
            return Some(Expr::new(
                before,
                end,
                TimexType::Date,
                Core::Season {
                    code,
                    year: YearSpec::Tense,
                },
            ));
        }
        // "the summer of 2013 people": a year was written but not read as one; do not guess.
        let next_ok = match self.token(end) {
            None => true,
            Some(t) if t.kind == Kind::Punct => true,
            Some(t) if t.kind == Kind::Word => {
                (lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
                    && !(self.is(end, "of")
                        && self.token(end + 1).is_some_and(|n| n.kind == Kind::Number)))
                    // "decide by the summer how much to retaliate".
                    || lexicon::contains(&["how", "whether", "what", "which", "why"], t.text)
                    // "spent the winter bringing up four divisions", "spent the early winter
                    // near Albany" (not "spent the summer months", "the winter break").
                    || (spent && t.text.len() > 4 && t.text.ends_with("ing"))
                    || (spent
                        && t.text.starts_with(|c: char| c.is_ascii_lowercase())
                        && lexicon::unit(t.text).is_none()
                        && !lexicon::contains(
                            &[
                                "holiday", "holidays", "vacation", "break", "season", "term",
                                "recess", "semester", "session", "camp",
                            ],
                            t.text,
                        ))
                    // "In the summer Roosevelt sailed", "In the autumn and early winter
                    // Roberts hanged": opening its sentence before the subject.
                    || (self.is_any(0, &["in", "during", "through"])
                        && self.capitalized(end)
                        && (1..before).all(|p| {
                            self.is_any(p, &["the", "and", "or", "early", "late", "mid"])
                                || self
                                    .word(p)
                                    .is_some_and(|w| lexicon::lookup(lexicon::SEASONS, w).is_some())
                        }))
                    // "An attack in the spring failed", "By the autumn more than 230,000
                    // soldiers": the verb or the quantity of the clause, not a noun.
                    || past_form(t)
                    || self.subject_at(end)
            }
            // "By the autumn 230,000 soldiers were deployed."
            Some(t) if t.kind == Kind::Number => {
                self.year(end).is_none() && !self.touches(end) && self.token(end + 1).is_some()
            }
            _ => false,
        };
        if !next_ok {
            return None;
        }
        // Seasons are lowercase in English; a capital makes a name ("the Fall of Saigon",
        // "Prague Spring").
        if self.capitalized(j) {
            return None;
        }
        Some(Expr::new(
            if had_determiner { i } else { j },
            end,
            TimexType::Date,
            Core::Season {
                code,
                year: YearSpec::Tense,
            },
        ))
    }

    /// Whether a clause's subject begins at `k`, right after a date that opens the clause
    /// ("By the spring thousands of Salvadorans had fled", "In the new year some 250 marched",
    /// "in the summer Vercingetorix was confirmed"): a quantity, or a name and then its verb.
    fn subject_at(&self, k: usize) -> bool {
        const QUANTITIES: &[&str] = &[
            "more",
            "most",
            "many",
            "several",
            "some",
            "thousands",
            "hundreds",
            "dozens",
            "millions",
            "tens",
        ];
        if self.is_any(k, QUANTITIES)
            || self
                .word(k)
                .and_then(|w| lexicon::lookup(lexicon::NUMBER_WORDS, w))
                .is_some_and(|n| n >= 2)
        {
            return true;
        }
        let name_end = (k..k + 3)
            .take_while(|&p| self.capitalized(p))
            .last()
            .map(|p| p + 1);
        name_end.is_some_and(|after| {
            self.token(after)
                .is_some_and(|t| past_form(t) || lexicon::contains(&["has", "is"], t.text))
        })
    }

    /// The index after "[the] [early|late|mid] <season>" at `m`: a season joined to one before
    /// it ("and early winter", "or the spring").
    fn season_word_after(&self, mut m: usize) -> Option<usize> {
        if self.is(m, "the") {
            m += 1;
        }
        if self.is_any(m, &["early", "late", "mid"]) {
            m += 1;
        }
        lexicon::lookup(lexicon::SEASONS, self.word(m)?)?;
        Some(m + 1)
    }

    /// "Q3", "Q3 2023", "Q1 of 2024", "H1 2024": a quarter or half written as a code (capital
    /// letter, digit, nothing else attached: not "H1N1", "H2O").
    fn quarter_code(&self, i: usize) -> Option<Expr> {
        let code = match self.word(i)? {
            "Q" => 'Q',
            "H" => 'H',
            _ => return None,
        };
        let digit = self.token(i + 1)?;
        if !self.touches(i + 1) || digit.kind != Kind::Number || digit.text.len() != 1 {
            return None;
        }
        let number: u32 = digit.text.parse().ok()?;
        let valid = if code == 'Q' { 1..=4 } else { 1..=2 };
        if !valid.contains(&number)
            || self
                .token(i + 2)
                .is_some_and(|t| self.touches(i + 2) && t.kind != Kind::Punct)
        {
            return None;
        }
        let mut end = i + 2;
        let mut year = YearSpec::Tense;
        let at = if self.is(end, "of") {
            end + 1
        } else {
            self.comma(end)
        };
        if let Some((y, after)) = self.year(at) {
            year = YearSpec::Explicit(y);
            end = after;
        }
        Some(Expr::new(
            i,
            end,
            TimexType::Date,
            Core::Quarter { code, number, year },
        ))
    }

    /// "the third quarter", "third-quarter", "the first quarter of 1999", "the quarter", "the
    /// first half", "fiscal 1998's fourth quarter".
    fn quarter(&self, i: usize) -> Option<Expr> {
        if let Some(expr) = self.quarter_code(i) {
            return Some(expr);
        }
        let mut j = i;
        let mut had_the = false;
        if self.is(j, "the") {
            had_the = true;
            j += 1;
        }
        // "the December quarter", "the June quarter": the quarter that ends with that month.
        if had_the && self.is(j + 1, "quarter") && self.capitalized(j) {
            if let Some(month @ (3 | 6 | 9 | 12)) = self
                .word(j)
                .and_then(|w| lexicon::lookup(lexicon::MONTHS, w))
            {
                return Some(Expr::new(
                    i,
                    j + 2,
                    TimexType::Date,
                    Core::Quarter {
                        code: 'Q',
                        number: month / 3,
                        year: YearSpec::Tense,
                    },
                ));
            }
        }
        let mut explicit_year = None;
        let mut year_ago = false;
        if self.is(j, "year")
            && self.hyphen(j + 1).is_some()
            && self.is_any(j + 2, &["ago", "earlier"])
        {
            year_ago = true;
            j += 3;
        }
        // "this year's third quarter", "last year's fourth quarter".
        let mut year_shift = None;
        if !had_the
            && self.is(j + 1, "year")
            && (self.punct(j + 2, "'") || self.punct(j + 2, "’"))
            && self.is(j + 3, "s")
        {
            year_shift = match self.word(j).map(str::to_ascii_lowercase).as_deref() {
                Some("this") => Some(0),
                Some("last") => Some(-1),
                Some("next") => Some(1),
                _ => None,
            };
            if year_shift.is_some() {
                j += 4;
            }
            // "last year's quarter": the quarter reported on, a year back.
            if let Some(shift @ (-1 | 0)) = year_shift {
                if self.is_any(j, &["quarter", "period"]) {
                    return Some(Expr::new(
                        i,
                        j + 1,
                        TimexType::Date,
                        Core::ThisQuarter {
                            years_back: -shift,
                            current: false,
                            latest: false,
                        },
                    ));
                }
            }
        }
        if let Some((y, after)) = self.year(j) {
            explicit_year = Some(y);
            j = after;
            if self.punct(j, "'") && self.is(j + 1, "s") {
                j += 2;
            }
        }
        if self.fiscal(j) {
            j += 1;
        }
        // "the January-March quarter", "the July–September quarter of 2009": a quarter named by
        // its months.
        if let Some((first_month, after)) = self.hyphen(j + 1).and_then(|_| self.month(j, false)) {
            if let Some((last_month, after)) = self.hyphen(after).and_then(|k| self.month(k, false))
            {
                if first_month % 3 == 1
                    && last_month == first_month + 2
                    && self.is(after, "quarter")
                {
                    let mut end = after + 1;
                    let mut year = explicit_year.map_or(YearSpec::Tense, YearSpec::Explicit);
                    let at = if self.is(end, "of") {
                        end + 1
                    } else {
                        self.comma(end)
                    };
                    if let Some((y, after_year)) = self.year(at) {
                        year = YearSpec::Explicit(y);
                        end = after_year;
                    }
                    return Some(Expr::new(
                        i,
                        end,
                        TimexType::Date,
                        Core::Quarter {
                            code: 'Q',
                            number: first_month.div_ceil(3),
                            year,
                        },
                    ));
                }
            }
        }
        // Ordinal quarter / half ("the last half of 1989" is the second).
        let last_of = self.is(j, "last") && self.is(j + 2, "of") && had_the;
        let ordinal = if last_of {
            match self.word(j + 1).map(str::to_ascii_lowercase).as_deref() {
                Some("half") => Some(2),
                Some("quarter") => Some(4),
                _ => None,
            }
        } else {
            self.word(j)
                .and_then(|w| lexicon::lookup(lexicon::ORDINALS, w))
        };
        if let Some(number) = ordinal {
            let mut k = j + 1;
            let mut adjective = false;
            if let Some(after) = self.hyphen(k) {
                k = after;
                adjective = true;
            }
            if self.fiscal(k) {
                k += 1;
            }
            let code = if self.is(k, "quarter") && (1..=4).contains(&number) {
                'Q'
            } else if self.is(k, "half")
                && (1..=2).contains(&number)
                // (Not "the first half hour", a length.)
                && self.word(k + 1).and_then(lexicon::unit).is_none()
            {
                'H'
            } else {
                // "the first nine months" is a duration, handled there.
                return None;
            };
            let mut end = k + 1;
            let mut year = explicit_year.map_or(YearSpec::Tense, YearSpec::Explicit);
            if year_ago {
                year = YearSpec::Shift(-1);
            }
            if let Some(shift) = year_shift {
                year = YearSpec::Shift(shift);
            }
            // "of 1999", "of the year", "of last year", "of fiscal 1999", "1999".
            let mut m = end;
            if self.is(m, "of") {
                m += 1;
                if self.fiscal(m) {
                    m += 1;
                }
                if let Some((y, after)) = self.year(m) {
                    year = YearSpec::Explicit(y);
                    end = after;
                } else if self.sequence(m, &["the", "year"]).is_some() {
                    year = YearSpec::Reference;
                    end = m + 2;
                } else if self.sequence(m, &["this", "year"]).is_some() {
                    year = YearSpec::Shift(0);
                    end = m + 2;
                } else if self.sequence(m, &["last", "year"]).is_some() {
                    year = YearSpec::Shift(-1);
                    end = m + 2;
                } else if self.sequence(m, &["next", "year"]).is_some() {
                    year = YearSpec::Shift(1);
                    end = m + 2;
                } else if self.sequence(m, &["that", "year"]).is_some()
                    || self.sequence(m, &["the", "same", "year"]).is_some()
                {
                    // "the fourth quarter of that year": the year last mentioned.
                    year = YearSpec::Mentioned;
                    end = if self.is(m, "that") { m + 2 } else { m + 3 };
                } else if code == 'H'
                    && self.is_any(m, &["the", "this", "its", "their"])
                    && self.is_any(
                        m + 1,
                        &[
                            "season",
                            "match",
                            "game",
                            "race",
                            "tournament",
                            "campaign",
                            "series",
                            "film",
                            "book",
                            "show",
                            "century",
                        ],
                    )
                {
                    // "the second half of the season", "the first half of the match": a half
                    // of something else, not of a year.
                    return None;
                } else if self.decade(m).is_some()
                    || (code == 'H'
                        && (self.month(m, true).is_some()
                            || (self.is_any(m, &["the", "that", "this"])
                                && self.is(m + 1, "month"))))
                {
                    // "the first half of the 20th century", "the second half of January", "the
                    // first half of the month": read by `part_of_period`.
                    return None;
                }
            } else if let Some((y, after)) = self.year(self.comma(m)) {
                year = YearSpec::Explicit(y);
                end = after;
            } else if let Some((_, Some(y))) = self.period_end(m) {
                // "the second quarter ended Oct. 31, 1988": a fiscal quarter of the year its
                // closing date is in.
                if year == YearSpec::Tense {
                    year = YearSpec::Explicit(y);
                }
            }
            let first = if had_the && adjective && explicit_year.is_none() {
                i + 1
            } else {
                i
            };
            return Some(Expr::new(
                first,
                end,
                TimexType::Date,
                Core::Quarter { code, number, year },
            ));
        }
        // "the quarter", "the latest quarter", "this quarter", "last quarter", "the year-ago
        // quarter".
        if let Some(year) = explicit_year {
            if had_the && self.is_any(j, &["period", "quarter"]) {
                return Some(Expr::new(
                    i,
                    j + 1,
                    TimexType::Date,
                    Core::QuarterOfYear { year },
                ));
            }
            return None;
        }
        let mut k = i;
        let mut years_back = 0;
        let mut shift_quarters = 0;
        let mut determiner = false;
        let current = self.is(k + 1, "current") || self.is(k, "this") || self.is(k, "current");
        if self.is(k, "the") {
            determiner = true;
            k += 1;
            if self.is_any(
                k,
                &[
                    "latest",
                    "current",
                    "most",
                    "recent",
                    "same",
                    "corresponding",
                ],
            ) {
                if self.is(k, "most") && self.is(k + 1, "recent") {
                    k += 1;
                }
                k += 1;
            } else if self.is(k, "comparable") && self.is(k + 1, "year") {
                years_back = 1;
                k += 1;
                if self.punct(k + 1, "-") && self.is_any(k + 2, &["ago", "earlier"]) {
                    k += 3;
                }
            } else if self.is_any(k, &["year-ago", "year-earlier"]) {
                years_back = 1;
                k += 1;
            } else if self.is(k, "year")
                && self.punct(k + 1, "-")
                && self.is_any(k + 2, &["ago", "earlier"])
            {
                years_back = 1;
                k += 3;
            } else if self.is_any(k, &["previous", "prior", "preceding"]) {
                shift_quarters = -1;
                k += 1;
            }
        } else if self.is(k, "this") || self.is(k, "current") {
            determiner = true;
            k += 1;
        } else if self.is(k, "last") {
            determiner = true;
            shift_quarters = -1;
            k += 1;
        } else if self.is(k, "next") {
            determiner = true;
            shift_quarters = 1;
            k += 1;
        }
        if !determiner {
            return None;
        }
        if self.fiscal(k) {
            k += 1;
        }
        // "the same period last year", "the quarter a year ago": a year back.
        let mut end = k + 1;
        if years_back == 0 && shift_quarters == 0 && self.is_any(k, &["quarter", "period"]) {
            if self.is(k + 1, "last") && self.is(k + 2, "year") {
                years_back = 1;
                end = k + 3;
            } else if self.is(k + 1, "a")
                && self.is(k + 2, "year")
                && self.is_any(k + 3, &["ago", "earlier"])
            {
                years_back = 1;
                end = k + 4;
            }
        }
        // "the latest period", "the year-earlier period": the quarter reported on.
        let period = self.is(k, "period")
            && (years_back > 0 || !self.is_any(i + 1, &["same", "corresponding"]));
        if !(self.is(k, "quarter") || (period && shift_quarters == 0 && i + 1 < k)) {
            return None;
        }
        if shift_quarters != 0 {
            // "the previous quarter" is the one before the quarter talked about; "last
            // quarter" the one before the report's.
            let base = if self.is(i, "the") {
                Base::Reference
            } else {
                Base::Anchor
            };
            return Some(Expr::new(
                i,
                k + 1,
                TimexType::Date,
                Core::Shift {
                    unit: Unit::Quarter,
                    n: shift_quarters,
                    base,
                },
            ));
        }
        let latest = self.is(i, "the")
            && (self.is(i + 1, "latest") || self.sequence(i + 1, &["most", "recent"]).is_some());
        Some(Expr::new(
            i,
            end,
            TimexType::Date,
            Core::ThisQuarter {
                years_back,
                current,
                latest,
            },
        ))
    }

    /// Words and phrases relative to the anchor or the reference date: "today", "yesterday",
    /// "now", "recently", "last week", "this year", "the next day", "a year ago", "this
    /// morning", "tonight", "the weekend".
    fn deictic(&self, i: usize) -> Option<Expr> {
        let word = self.word(i)?;
        let lower = |w: &str| word.eq_ignore_ascii_case(w);
        let shift = |unit, n, base, last| {
            Some(Expr::new(
                i,
                last,
                TimexType::Date,
                Core::Shift { unit, n, base },
            ))
        };
        let fixed = |value: &str, last| Some(Expr::fixed(i, last, TimexType::Date, value));
        // "For your tomorrow, we gave our today": a figure of speech, not a day.
        if (lower("today") || lower("tomorrow") || lower("yesterday"))
            && i > 0
            // ("told her yesterday": an object.)
            && self.is_any(i - 1, &["your", "our", "their", "my", "his"])
        {
            return None;
        }
        // "the month of Ramadan": a month of another calendar.
        if lower("the")
            && self.is(i + 1, "month")
            && self.is(i + 2, "of")
            && self.capitalized(i + 3)
            && self.month(i + 3, false).is_none()
        {
            return None;
        }
        // "year-earlier", "year-ago" (adjectives): the same period a year before.
        if let Some((unit, false)) = lexicon::unit(word) {
            if let Some(after) = self.hyphen(i + 1) {
                if self.is_any(after, &["earlier", "ago"]) && unit >= Unit::Day {
                    let mut expr = Expr::new(
                        i,
                        after + 1,
                        TimexType::Date,
                        Core::Shift {
                            unit,
                            n: -1,
                            base: Base::Anchor,
                        },
                    );
                    expr.ago = true;
                    return Some(expr);
                }
            }
        }
        if lower("today") {
            // "USA Today", "Britain Today": a title's last word.
            // (Not the word after a sentence's first, nor after a month or weekday.)
            if i >= 2
                && word == "Today"
                && !self.punct(i - 2, ".")
                && self.capitalized(i - 1)
                && self.month(i - 1, false).is_none()
                && self.weekday(i - 1, false).is_none()
                && self.token(i - 1).is_some_and(|t| t.text.len() > 1)
            {
                return None;
            }
            // NBC's "Today" show: a programme's name.
            let quoted = |k: usize| {
                self.token(k)
                    .is_some_and(|t| matches!(t.text, "\"" | "“" | "”" | "'" | "‘" | "’"))
            };
            if i > 0
                && self.capitalized(i)
                && quoted(i - 1)
                && quoted(i + 1)
                && self.is_any(i + 2, &["show", "program", "programme"])
            {
                return None;
            }
            return shift(Unit::Day, 0, Base::Anchor, i + 1);
        }
        if lower("tonight") {
            let mut expr = Expr::new(
                i,
                i + 1,
                TimexType::Time,
                Core::Shift {
                    unit: Unit::Day,
                    n: 0,
                    base: Base::Anchor,
                },
            );
            expr.time = Some(TimeOfDay::Part("NI"));
            return Some(expr);
        }
        if lower("yesterday") {
            return shift(Unit::Day, -1, Base::Anchor, i + 1);
        }
        if lower("tomorrow") {
            return shift(Unit::Day, 1, Base::Anchor, i + 1);
        }
        if lower("now") || lower("currently") || lower("nowadays") || lower("presently") {
            return fixed("PRESENT_REF", i + 1);
        }
        // "current" alone: TimeBank tags it about as often as not; it is kept as the present.
        // ("to become current on their filings", "is current": up to date, no time.)
        // (Not "the current account deficit", a balance.)
        if lower("current")
            && !self.is_any(i + 1, &["account", "accounts"])
            && !(i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "become", "became", "becomes", "remain", "remains", "remained", "stay",
                        "stays", "is", "are", "was", "were", "be", "been", "keep", "kept",
                    ],
                ))
        {
            return fixed("PRESENT_REF", i + 1);
        }
        if (lower("these") && self.is(i + 1, "days")) || (lower("at") && self.is(i + 1, "present"))
        {
            return fixed("PRESENT_REF", i + 2);
        }
        // "in past years", "past decades", "previous years": the past (not "the past five
        // years", a length).
        if (lower("past") || lower("previous") || lower("prior"))
            && !(i > 0 && self.is_any(i - 1, &["the", "these", "those"]))
            && matches!(
                self.word(i + 1).and_then(lexicon::unit),
                Some((Unit::Year | Unit::Decade, true))
            )
        {
            return fixed("PAST_REF", i + 2);
        }
        if lower("recently") || lower("lately") || lower("recent") {
            // "recent years" -> PAST_REF date; "recent months" is a duration.
            if lower("recent") {
                if let Some((unit, true)) = self.word(i + 1).and_then(lexicon::unit) {
                    if unit == Unit::Year || unit == Unit::Decade {
                        return fixed("PAST_REF", i + 2);
                    }
                    return Some(Expr::fixed(
                        i,
                        i + 2,
                        TimexType::Duration,
                        unit.duration(None),
                    ));
                }
                // "the recent sale": an adjective before a noun is left out, as TimeBank mostly
                // does.
                return None;
            }
            // "as recently as last Friday", "most recently on April 30": the date after it is
            // what is meant.
            if i > 0 && ((self.is(i - 1, "as") && self.is(i + 1, "as")) || self.is(i - 1, "most")) {
                return None;
            }
            return fixed("PAST_REF", i + 1);
        }
        if lower("the")
            && self.is(i + 1, "past")
            && !self.word(i + 2).is_some_and(|w| {
                lexicon::unit(w).is_some()
                    || lexicon::lookup(lexicon::NUMBER_WORDS, w).is_some()
                    || lexicon::contains(lexicon::VAGUE_QUANTITIES, w)
            })
            && self.integer(i + 2).is_none()
            && !self.is_any(i + 2, &["few", "couple"])
        {
            return fixed("PAST_REF", i + 2);
        }
        // British copy's "must be avoided in future" (not "in future years", an adjective).
        if lower("future")
            && i > 0
            && self.is(i - 1, "in")
            && self.token(i + 1).is_none_or(|t| {
                t.kind == Kind::Punct || lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
            })
        {
            return fixed("FUTURE_REF", i + 1);
        }
        // (Not an adjective: "the future Henry VI", "the future king".)
        if lower("the")
            && self.is(i + 1, "future")
            && !self.capitalized(i + 2)
            && !self.is_any(
                i + 2,
                &[
                    "king",
                    "queen",
                    "emperor",
                    "empress",
                    "president",
                    "wife",
                    "husband",
                    "pope",
                    "heir",
                    "site",
                    "home",
                    "leader",
                ],
            )
        {
            return fixed("FUTURE_REF", i + 2);
        }
        if lower("the")
            && self.is_any(i + 1, &["near", "short", "distant"])
            && self.is_any(i + 2, &["future", "term"])
        {
            return fixed("FUTURE_REF", i + 3);
        }
        // A history's "By the new year the army was exhausted": the year after the story's;
        // "the new year of 1192": that year. In news, "hearings early in the new year" (told
        // in November) and "the first hours of the new year" (told on 3 January) are the year
        // of the nearest New Year's Day, as the tense has it.
        if lower("the")
            && self.token(i + 1).is_some_and(|t| t.text == "new")
            && self.token(i + 2).is_some_and(|t| t.text == "year")
        {
            if self.is(i + 3, "of") {
                if let Some(mut year) = self.year_expr(i + 4).filter(|e| e.first == i + 4) {
                    year.first = i;
                    return Some(year);
                }
            }
            // (Not "the new year's budget"; "By the new year Batista had fled" is.)
            let ends = match self.token(i + 3) {
                None => true,
                Some(t) => {
                    (t.kind == Kind::Punct && t.text != "'" && t.text != "’")
                        || lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
                        || self.capitalized(i + 3)
                        || self.subject_at(i + 3)
                }
            };
            if ends && self.narrative {
                return shift(Unit::Year, 1, Base::Reference, i + 3);
            }
            if ends {
                let mut expr = Expr::new(
                    i,
                    i + 3,
                    TimexType::Date,
                    Core::Holiday { month: 1, day: 1 },
                );
                expr.relative = Some(Relative::YearOf);
                return Some(expr);
            }
        }
        // "year-end", "year end", "year's end".
        if lower("year") {
            let end = if let Some(after) = self.hyphen(i + 1) {
                after
            } else if (self.punct(i + 1, "'") || self.punct(i + 1, "’")) && self.is(i + 2, "s") {
                i + 3
            } else {
                i + 1
            };
            if self.is(end, "end") {
                return shift(Unit::Year, 0, Base::Anchor, end + 1);
            }
        }
        // "this morning", "that evening", "last night", "yesterday morning" (via core()).
        if lower("this") || lower("that") || lower("last") {
            if let Some(part) = self
                .word(i + 1)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
            {
                if lower("last") && part != "NI" {
                    return None;
                }
                let (n, base) = if lower("last") {
                    (-1, Base::Anchor)
                } else if lower("this") {
                    (0, Base::Anchor)
                } else {
                    (0, Base::Reference)
                };
                return Some(Expr::part_of_day(i, i + 2, n, base, part));
            }
        }
        // "the middle of the night", "by the end of the day", "in the heat of the afternoon":
        // the day being talked about (`modified` adds "the middle of"). "At the end of the
        // day" in news is "in the end", a figure of speech.
        if lower("the") && i >= 2 && self.is(i - 1, "of") {
            let part = self
                .word(i + 1)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w));
            let idiom = self.is(i - 2, "end") && !self.narrative && i >= 4 && self.is(i - 4, "at");
            // (Not "at the end of the evening news": a noun after it.)
            let noun_after = self.content_word(i + 2);
            // ("for most of the day", "most of the afternoon".)
            if self.is_any(i - 2, &["middle", "end", "close", "heat", "most"])
                && !idiom
                && !noun_after
            {
                if let Some(part) = part {
                    return Some(Expr::part_of_day(i, i + 2, 0, Base::Reference, part));
                }
                // ("until the end of the day on Friday": Friday's.)
                if self.is(i + 1, "day")
                    && !self.is(i - 2, "heat")
                    && !self.is(i + 2, "on")
                    && self.weekday(i + 2, false).is_none()
                {
                    return shift(Unit::Day, 0, Base::Reference, i + 2);
                }
            }
        }
        // "in the morning", "during the afternoon", "in the early morning", "by late afternoon",
        // "by mid-afternoon", "through the night", "went on into the night": that part of the
        // day being talked about.
        const FRAMING: &[&str] = &[
            "in",
            "into",
            "during",
            "by",
            "until",
            "till",
            "through",
            "throughout",
            "towards",
            "toward",
        ];
        // "spent the morning moving out": the part of the day is the object.
        const SPENDING: &[&str] = &["spend", "spends", "spent", "spending"];
        if i > 0
            && (self.is_any(i - 1, FRAMING)
                || self.is_any(i - 1, &["from", "since", "after", "before"])
                || (lower("the") && self.is_any(i - 1, SPENDING)))
        {
            let (mut modifier, j) = self.early_late_mid(if lower("the") { i + 1 } else { i });
            let mut part = self
                .word(j)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w));
            // "through midafternoon", "by midmorning": one word.
            if part.is_none() && modifier.is_none() {
                part = self.word(j).and_then(|w| {
                    let rest = w.get(..3)?.eq_ignore_ascii_case("mid").then(|| &w[3..])?;
                    lexicon::lookup(lexicon::PARTS_OF_DAY, rest).filter(|p| *p != "NI")
                });
                if part.is_some() {
                    modifier = Some("MID");
                }
            }
            // Without "the", only a modified part: "by late afternoon", not "in time"; after
            // "from", "since", "after" or "before" too ("from late morning until nightfall";
            // not "from the night the plane went down").
            // "By evening the advance had stalled", "until morning", "before morning" (not "by night", a
            // manner).
            let bare_by = !lower("the")
                && self.is_any(
                    i - 1,
                    &["by", "until", "till", "before", "towards", "toward"],
                )
                && self.is_any(j, &["morning", "afternoon", "evening"]);
            let framed = modifier.is_some()
                || bare_by
                || (lower("the") && (self.is_any(i - 1, FRAMING) || self.is_any(i - 1, SPENDING)));
            if let Some(part) = part.filter(|_| framed && !self.is(j + 1, "of")) {
                let mut expr = Expr::part_of_day(i, j + 1, 0, Base::Reference, part);
                expr.modifier = modifier;
                return Some(expr);
            }
        }
        // "at dawn", "by nightfall", "waited since dawn", "toward nightfall": a part of the day
        // being talked about.
        if i > 0
            && self.is_any(
                i - 1,
                &[
                    "at", "by", "before", "after", "until", "till", "since", "towards", "toward",
                ],
            )
        {
            // "at first light" is two words: `last` is the part's last token.
            let (part, last) = match word.to_ascii_lowercase().as_str() {
                "first" if self.is(i + 1, "light") => (Some("MO"), i + 1),
                "dawn" | "daybreak" | "sunrise" => (Some("MO"), i),
                "dusk" | "nightfall" | "sunset" => (Some("EV"), i),
                _ => (None, i),
            };
            if let Some(part) = part {
                // "By dawn the next day", "at dawn the following morning": the day after.
                if self.is(last + 1, "the")
                    && self.is_any(last + 2, &["next", "following"])
                    && (self.is(last + 3, "day")
                        || self
                            .word(last + 3)
                            .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
                            .is_some())
                {
                    return Some(Expr::part_of_day(i, last + 4, 1, Base::Reference, part));
                }
                // "before dawn today", "at dawn yesterday": that day's.
                let day = match self.word(last + 1).map(str::to_ascii_lowercase).as_deref() {
                    Some("today") => Some(0),
                    Some("yesterday") => Some(-1),
                    Some("tomorrow") => Some(1),
                    _ => None,
                };
                if let Some(n) = day {
                    return Some(Expr::part_of_day(i, last + 2, n, Base::Anchor, part));
                }
                return Some(Expr::part_of_day(i, last + 1, 0, Base::Reference, part));
            }
        }
        // "the next morning", "the following evening", "That same night", "that very night".
        if (lower("the") && self.is_any(i + 1, &["next", "following", "previous", "same"]))
            || (lower("that") && self.is_any(i + 1, &["same", "very"]))
        {
            if let Some(part) = self
                .word(i + 2)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
            {
                let n = match self.word(i + 1) {
                    Some(w) if w.eq_ignore_ascii_case("previous") => -1,
                    Some(w) if w.eq_ignore_ascii_case("same") || w.eq_ignore_ascii_case("very") => {
                        0
                    }
                    _ => 1,
                };
                return Some(Expr::part_of_day(i, i + 3, n, Base::Reference, part));
            }
        }
        // this/last/next/past/coming/previous/following + unit.
        let mut j = i;
        let mut with_the = false;
        // "That same month" is "the same month".
        if lower("the") || (lower("that") && self.is(i + 1, "same")) {
            with_the = true;
            j += 1;
            // "The very next day", "the very same day".
            if self.is(j, "very") && self.is_any(j + 1, &["next", "following", "same"]) {
                j += 1;
            }
        }
        let direction = self.word(j)?;
        let dir_is = |w: &str| direction.eq_ignore_ascii_case(w);
        let (n, base): (i64, Base) = if dir_is("this") && !with_the {
            (0, Base::Anchor)
        } else if dir_is("that") && !with_the {
            (0, Base::Reference)
        } else if dir_is("last") && !with_the {
            (-1, Base::Anchor)
        } else if (dir_is("next") || dir_is("coming")) && !with_the {
            (1, Base::Anchor)
        } else if dir_is("same") && with_the {
            (0, Base::Reference)
        } else if (dir_is("next") || dir_is("following") || dir_is("succeeding")) && with_the {
            (1, Base::Reference)
        } else if (dir_is("previous") || dir_is("preceding") || dir_is("prior")) && with_the {
            (-1, Base::Reference)
        } else if dir_is("previous") && !with_the {
            (-1, Base::Anchor)
        } else {
            (0, Base::Anchor)
        };
        let current = dir_is("current") && with_the;
        let matched_direction = !(n == 0 && base == Base::Anchor && !dir_is("this")) || current;
        // "the current fiscal year", "this fiscal year", "last fiscal year".
        let fiscal_year = self.is(j + 2, "year");
        let j = if (current || (matched_direction && fiscal_year)) && self.fiscal(j + 1) {
            j + 1
        } else {
            j
        };
        // "This Week" in the middle of a sentence is a title (ABC's "This Week").
        let title = j > 0 && self.capitalized(j) && self.capitalized(j + 1);
        if matched_direction && !title {
            if let Some((unit, false)) = self.word(j + 1).and_then(lexicon::unit) {
                if unit == Unit::Weekend {
                    let mut expr = shift(Unit::Weekend, n, base, j + 2)?;
                    expr.coming = dir_is("this");
                    return Some(expr);
                }
                // "over the next decade", "the following fortnight" are lengths, read by
                // `duration`.
                // "on its last day in session": "last day" is not yesterday.
                if unit <= Unit::Hour
                    || (unit == Unit::Day && dir_is("last") && !with_the)
                    || (with_the
                        && dir_is("next")
                        && matches!(unit, Unit::Decade | Unit::Century | Unit::Millennium))
                    || (with_the && self.is(j + 1, "fortnight"))
                {
                    return None;
                }
                // "the next year or so" keeps APPROX.
                let mut expr = Expr::new(i, j + 2, TimexType::Date, Core::Shift { unit, n, base });
                if self.is(j + 2, "or") && self.is(j + 3, "so") {
                    expr.last = j + 4;
                    expr.modifier = Some("APPROX");
                }
                return Some(expr);
            }
        }
        // "the day before", "the day after", "the year before".
        if with_the {
            if let Some((unit, false)) = self.word(i + 1).and_then(lexicon::unit) {
                if unit >= Unit::Day
                    && unit != Unit::Weekend
                    && self.is_any(i + 2, &["before", "after", "earlier", "later"])
                {
                    // Only when no object follows: "the day before the vote" keeps the object out.
                    let n = if self.is_any(i + 2, &["before", "earlier"]) {
                        -1
                    } else {
                        1
                    };
                    // "the week before last", "the year after next": two from the anchor.
                    if (n < 0 && self.is(i + 3, "last")) || (n > 0 && self.is(i + 3, "next")) {
                        return shift(unit, 2 * n, Base::Anchor, i + 4);
                    }
                    let next = self.token(i + 3);
                    let ends = next.is_none_or(|t| {
                        t.kind == Kind::Punct
                            || lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
                                && !self.is_any(
                                    i + 3,
                                    &["the", "a", "an", "his", "her", "their", "its"],
                                )
                            // "a raid the week before freed 40": a past verb ends the phrase.
                            || (t.kind == Kind::Word
                                && t.text.len() > 3
                                && t.text.ends_with("ed")
                                && !self.capitalized(i + 3))
                    });
                    if ends {
                        return shift(unit, n, Base::Reference, i + 3);
                    }
                    // "the week before the vote" is a week this text cannot date; "the week"
                    // alone would be the wrong one.
                    return None;
                }
                // "the weekend": in news the report's, in a narrative the story's.
                if unit == Unit::Weekend {
                    let base = if self.narrative {
                        Base::Current
                    } else {
                        Base::Anchor
                    };
                    return shift(Unit::Weekend, 0, base, i + 2);
                }
            }
            // "up 18.2 percent on the year", "down 3% on the month": a comparison, not a date.
            if i >= 2
                && self.is(i - 1, "on")
                && (self.is_any(i - 2, &["percent", "cent", "points"])
                    || self.punct(i - 2, "%")
                    || self.tokens[i - 2].kind == Kind::Number)
            {
                return None;
            }
            // "for the rest of the day", "the remainder of the day": the story's day.
            if self.is(i + 1, "day")
                && i >= 2
                && self.is(i - 1, "of")
                && self.is_any(i - 2, &["rest", "remainder"])
            {
                return shift(Unit::Day, 0, Base::Reference, i + 2);
            }
            // "the year", "the full year", "the fiscal year", "the week": the current one, except
            // "the year ended June 30", which is a length.
            let mut k = i + 1;
            if self.is_any(k, &["full", "calendar"]) || self.fiscal(k) {
                k += 1;
            }
            if (self.is(k, "year")
                || (k == i + 1 && self.is_any(k, &["week", "month", "decade", "century"])))
                && self.hyphen(k + 1).is_none()
            {
                // "Player of the Year", "the Year of the Four Emperors": a capital inside a
                // sentence makes a title.
                if self.capitalized(k) && (i > 0 || self.is(k + 1, "of")) {
                    return None;
                }
                // "named player of the year", "album of the year": an award, written small.
                if i >= 2
                    && self.is(i - 1, "of")
                    && self.is_any(
                        i - 2,
                        &[
                            "player", "coach", "rookie", "manager", "album", "record", "song",
                            "book", "car", "person", "man", "woman", "teacher", "athlete", "goal",
                            "team", "driver",
                        ],
                    )
                {
                    return None;
                }
                let (unit, _) = lexicon::unit(self.word(k)?)?;
                // "the year ended June 30", "the month to January": a length ending then. Not
                // "until the end of the month to respond", where "to" begins a verb.
                let to_a_date = self.is_any(k + 1, &["to", "through"])
                    && (self.token(k + 2).is_some_and(|t| t.kind == Kind::Number)
                        || self.month(k + 2, true).is_some()
                        || self.weekday(k + 2, false).is_some()
                        || self.is_any(k + 2, &["date", "end"]));
                if self.is_any(k + 1, &["ended", "ending"]) || to_a_date {
                    return Some(Expr::fixed(
                        i,
                        k + 1,
                        TimexType::Duration,
                        unit.duration(Some(1.0)),
                    ));
                }
                return shift(unit, 0, Base::Current, k + 1);
            }
        }
        None
    }

    /// Durations: "two weeks", "three-day", "several years", "the past three years", "for
    /// months", "a decade"; and "two years ago" / "a year earlier" dates.
    fn duration(&self, i: usize) -> Option<Expr> {
        if let Some((value, end)) = self.race_time(i) {
            return Some(Expr::fixed(i, end, TimexType::Duration, value));
        }
        // "at the last minute", "until the last minute": an idiom for "just in time".
        if i > 0
            && self.is_any(i - 1, &["at", "until", "till", "to"])
            && self.sequence(i, &["the", "last", "minute"]).is_some()
        {
            return None;
        }
        // "in the weeks that followed", "the years that followed": like "the following weeks".
        if self.is(i, "the") && self.is(i + 2, "that") && self.is_any(i + 3, &["followed", "came"])
        {
            if let Some((unit, true)) = self.word(i + 1).and_then(lexicon::unit) {
                if unit >= Unit::Day && unit != Unit::Weekend {
                    return Some(Expr::fixed(
                        i,
                        i + 4,
                        TimexType::Duration,
                        unit.duration(None),
                    ));
                }
            }
        }
        // A history's "in the days before it", "in the weeks before his execution", "during
        // the months after the war": a stretch told by what it is next to. (AQUAINT's wire
        // copy leaves "in the weeks before the shooting" out.)
        if self.narrative
            && self.is(i, "the")
            && i > 0
            && self.is_any(i - 1, &["in", "during", "over", "throughout"])
            && self.is_any(i + 2, &["before", "after", "preceding", "leading"])
        {
            if let Some((unit, true)) = self.word(i + 1).and_then(lexicon::unit) {
                if unit >= Unit::Day
                    && unit <= Unit::Year
                    && !matches!(unit, Unit::Weekend | Unit::Quarter)
                {
                    return Some(Expr::fixed(
                        i,
                        i + 2,
                        TimexType::Duration,
                        unit.duration(None),
                    ));
                }
            }
        }
        let mut j = i;
        // "the past three years", "the last two weeks", "the next few days", "the first nine
        // months", "the coming weeks".
        let mut framed = false;
        if self.is(j, "the") || self.is(j, "these") || self.is(j, "those") {
            if self.is_any(
                j + 1,
                &[
                    "past",
                    "last",
                    "next",
                    "first",
                    "coming",
                    "previous",
                    "final",
                    "following",
                    "remaining",
                    "preceding",
                    "latest",
                    "same",
                    "recent",
                    "initial",
                    "early",
                    "whole",
                    "entire",
                ],
            ) {
                framed = true;
                j += 2;
            } else if self.is_any(
                j + 1,
                &[
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve",
                ],
            ) {
                // "the nine months".
                j += 1;
                framed = true;
            }
        } else if self.is_any(
            j,
            &[
                "past", "last", "next", "previous", "first", "coming", "recent",
            ],
        ) && self.word(j + 1).is_some_and(|w| {
            lexicon::lookup(lexicon::NUMBER_WORDS, w).is_some()
                || lexicon::contains(&["few", "several", "couple"], w)
        }) || self.is_any(j, &["past", "last", "next"]) && self.integer(j + 1).is_some()
        {
            // "expected to last two days", "it will last 10 years": the verb, not "the last".
            let verb_last = self.is(j, "last")
                && j > 0
                && self.is_any(
                    j - 1,
                    &[
                        "to", "will", "would", "could", "may", "might", "should", "can", "must",
                        "not", "'ll",
                    ],
                );
            if !verb_last {
                framed = true;
                j += 1;
            }
        }
        if framed {
            // "the past year", "the past decade", "the coming weeks".
            if let Some((unit, plural)) = self.word(j).and_then(lexicon::unit) {
                // "the past quarter-century": 25 years.
                let century = self.hyphen(j + 1).unwrap_or(j + 1);
                if unit == Unit::Quarter && !plural && self.is(century, "century") {
                    return Some(Expr::fixed(i, century + 1, TimexType::Duration, "P25Y"));
                }
                // "the first time", "the early hours", "the first days": without a number these
                // are not lengths.
                if self.is(i, "the")
                    && self.is_any(
                        i + 1,
                        &[
                            "first",
                            "early",
                            "initial",
                            "same",
                            "latest",
                            "final",
                            "remaining",
                        ],
                    )
                {
                    return None;
                }
                // "the last day of the trial", "the last week of the campaign": a part of
                // something, not a length.
                if !plural && self.is(j + 1, "of") && self.is_any(i + 1, &["last", "final"]) {
                    return None;
                }
                // "the next day" is a date; "over the next decade", "the following fortnight"
                // are lengths.
                let ahead_for_long = (self.is(i + 1, "next")
                    && matches!(unit, Unit::Decade | Unit::Century | Unit::Millennium))
                    || self.is(j, "fortnight");
                if ahead_for_long
                    || !(self.is(i, "the")
                        && self.is_any(
                            i + 1,
                            &["next", "following", "previous", "preceding", "same"],
                        )
                        && !plural)
                {
                    // "the last hour and a half", "the past year and a quarter".
                    let fraction = if plural || !self.is(j + 1, "and") || !self.is(j + 2, "a") {
                        None
                    } else if self.is(j + 3, "half") {
                        Some(0.5)
                    } else if self.is(j + 3, "quarter")
                        && matches!(unit, Unit::Hour | Unit::Minute | Unit::Year)
                    {
                        Some(0.25)
                    } else {
                        None
                    };
                    let value = if plural {
                        unit.duration(None)
                    } else if self.is(j, "fortnight") {
                        unit.duration(Some(2.0))
                    } else {
                        unit.duration(Some(1.0 + fraction.unwrap_or(0.0)))
                    };
                    let last = if fraction.is_some() { j + 4 } else { j + 1 };
                    return Some(Expr::fixed(i, last, TimexType::Duration, value));
                }
                return None;
            }
        }
        // "coming weeks", "in coming months", "the weeks ahead".
        if self.is(j, "coming") {
            if let Some((unit, true)) = self.word(j + 1).and_then(lexicon::unit) {
                return Some(Expr::fixed(
                    i,
                    j + 2,
                    TimexType::Duration,
                    unit.duration(None),
                ));
            }
        }
        if self.is(i, "the") {
            if let Some((unit, true)) = self.word(i + 1).and_then(lexicon::unit) {
                if self.is(i + 2, "ahead") {
                    return Some(Expr::fixed(
                        i,
                        i + 3,
                        TimexType::Duration,
                        unit.duration(None),
                    ));
                }
            }
        }
        // "decades-long", "day-long".
        if let Some((unit, plural)) = self.word(j).and_then(lexicon::unit) {
            if let Some(after) = self.hyphen(j + 1) {
                if self.is(after, "long") && j == i {
                    let n = if plural { None } else { Some(1.0) };
                    return Some(Expr::fixed(
                        i,
                        after + 1,
                        TimexType::Duration,
                        unit.duration(n),
                    ));
                }
            }
        }
        // "a weeklong trip", "a yearlong strike": the closed compound.
        if j == i {
            if let Some(unit) = self
                .word(j)
                .and_then(|w| w.strip_suffix("long").or_else(|| w.strip_suffix("LONG")))
                .filter(|stem| !stem.ends_with('s'))
                .and_then(lexicon::unit)
                .map(|(unit, _)| unit)
            {
                return Some(Expr::fixed(
                    i,
                    j + 1,
                    TimexType::Duration,
                    unit.duration(Some(1.0)),
                ));
            }
        }
        // Bare plurals after a preposition: "for months", "within weeks", "in years".
        if !framed {
            if let Some((unit, true)) = self.word(j).and_then(lexicon::unit) {
                let previous_ok = j.checked_sub(1).is_some_and(|p| {
                    self.is_any(
                        p,
                        &[
                            "for", "in", "over", "within", "after", "than", "of", "from", "took",
                            "lasted", "lasting", "spent", "last", "take", "takes", "or",
                        ],
                    )
                });
                // "endured years of war", "beginning decades of conflict", "after weeks of
                // shelling": a stretch of something (not "years of age", "days of the week").
                let of_a_stretch = self.is(j + 1, "of")
                    && self.content_word(j + 2)
                    && !self.is_any(j + 2, &["age", "his", "her", "their", "its"])
                    && unit >= Unit::Day
                    && unit <= Unit::Decade
                    && !matches!(unit, Unit::Weekend | Unit::Quarter)
                    && !self.token(j.wrapping_sub(1)).is_some_and(|t| {
                        t.kind == Kind::Number
                            || lexicon::lookup(lexicon::NUMBER_WORDS, t.text).is_some()
                    });
                if (previous_ok || of_a_stretch) && unit >= Unit::Minute && unit != Unit::Weekend {
                    return Some(Expr::fixed(
                        i,
                        j + 1,
                        TimexType::Duration,
                        unit.duration(None),
                    ));
                }
                // "Months ago, ...", "Days later": an unknown number of units, with the word
                // that makes it a distance in time.
                if self.is_any(j + 1, &["ago", "later", "earlier"])
                    && unit >= Unit::Second
                    && unit != Unit::Weekend
                    && !self.token(j.wrapping_sub(1)).is_some_and(|t| {
                        t.kind == Kind::Number
                            || lexicon::lookup(lexicon::NUMBER_WORDS, t.text).is_some()
                    })
                {
                    return Some(Expr::fixed(
                        i,
                        j + 2,
                        TimexType::Duration,
                        unit.duration(None),
                    ));
                }
                // "Hours after the blast", "just days before the vote", "saw him minutes
                // before the explosion", "came hours after the vote", "engine failure minutes
                // before impact": the distance alone, after a verb, an object or a noun.
                let opens = j == 0
                    || self.token(j - 1).is_some_and(|t| t.kind == Kind::Punct)
                    || self.is_any(j - 1, &["just", "only", "mere", "barely", "scarcely"])
                    || self.is_any(j - 1, &["him", "her", "them", "us", "me", "it"])
                    // "it was decades before the frontier was resettled".
                    || self.is_any(j - 1, &["was", "were", "be", "been"])
                    // (After a noun, only minutes and hours: the AQUAINT gold reads "crossing
                    // the border days after the shooting" as a date, not a length.)
                    || (self.content_word(j - 1)
                        && (unit <= Unit::Hour
                            || self.token(j - 1).is_some_and(|t| past_form(t))
                            || self.is_any(j - 1, &["comes", "come"]))
                        && !self.is_any(j - 1, lexicon::UNIT_ADJECTIVES)
                        && !self.is_any(j - 1, lexicon::VAGUE_QUANTITIES)
                        // ("in the early hours after", "the final minutes before noon": the
                        // hours are named by their adjective.)
                        && !self.is_any(
                            j - 1,
                            &[
                                "early", "late", "final", "last", "first", "past", "next",
                                "coming", "previous", "following", "initial", "remaining",
                                "closing", "opening", "dying", "waning", "long", "short", "wee",
                                "small", "few", "same", "whole", "entire",
                            ],
                        ));
                if self.is_any(j + 1, &["after", "before"])
                    && opens
                    && unit >= Unit::Minute
                    && unit != Unit::Weekend
                {
                    return Some(Expr::fixed(
                        j,
                        j + 1,
                        TimexType::Duration,
                        unit.duration(None),
                    ));
                }
            }
        }
        // "the 1991 fiscal year", "the 2012 calendar year": a year named, not 1991 years.
        if let Some(year) = self
            .token(j)
            .filter(|t| t.kind == Kind::Number && t.text.len() == 4)
            .and_then(|t| t.text.parse::<i32>().ok())
            .filter(|year| (1000..=2999).contains(year))
        {
            if (self.is(j + 1, "calendar") || self.fiscal(j + 1)) && self.is(j + 2, "year") {
                return Some(Expr::fixed(i, j + 3, TimexType::Date, year.to_string()));
            }
        }
        let (quantity, mut k) = self.quantity(j, true)?;
        // "two to three weeks", "18 to 24 months", "10 or 15 days": a range of lengths is one
        // length, at least its lower bound (TimeBank: "two to three weeks" is P2W,
        // EQUAL_OR_MORE). Not a change: "raised from two to three years".
        let mut range = false;
        if let Quantity::Exact(low) = quantity {
            if self.is_any(k, &["to", "or"]) && !(j > 0 && self.is(j - 1, "from")) {
                if let Some((Quantity::Exact(high), after)) = self.quantity(k + 1, false) {
                    let unit_at = if self.is_any(after, lexicon::UNIT_ADJECTIVES) {
                        after + 1
                    } else {
                        after
                    };
                    if high > low && self.word(unit_at).and_then(lexicon::unit).is_some() {
                        k = after;
                        range = true;
                    }
                }
            }
        }
        let mut has_hyphen = false;
        if let Some(after) = self.hyphen(k) {
            k = after;
            has_hyphen = true;
        }
        // ("the next three fiscal years" counts years; "from a fiscal year to a calendar
        // year" names a kind of year.)
        let fiscal = self.fiscal(k) && !self.is_any(j, &["a", "an"]);
        if !has_hyphen
            && (self.is_any(k, lexicon::UNIT_ADJECTIVES) || fiscal)
            && self.word(k + 1).and_then(lexicon::unit).is_some()
        {
            k += 1;
        }
        let (unit, plural) = self.word(k).and_then(lexicon::unit)?;
        // "a year-long strike": the adjective alone ("year-long") is the length.
        if self.is_any(j, &["a", "an"])
            && self
                .hyphen(k + 1)
                .is_some_and(|after| self.is(after, "long"))
        {
            return None;
        }
        // "November 25, 1783, a day celebrated as Evacuation Day": a day named, not a length.
        if self.is_any(j, &["a", "an"])
            && !plural
            && self.is_any(
                k + 1,
                &[
                    "celebrated",
                    "known",
                    "remembered",
                    "commemorated",
                    "observed",
                ],
            )
        {
            return None;
        }
        // "a quarter century", "the past quarter-century", "a quarter of a century": 25 years.
        if unit == Unit::Quarter && !plural {
            let century = if self.sequence(k + 1, &["of", "a"]).is_some() {
                k + 3
            } else {
                self.hyphen(k + 1).unwrap_or(k + 1)
            };
            if let (true, Quantity::Exact(n)) = (self.is(century, "century"), quantity) {
                if n <= 1.0e6 {
                    let years = (n * 25.0).round() as i64;
                    if self.is(century + 1, "ago") && !framed {
                        let mut expr = Expr::new(
                            i,
                            century + 2,
                            TimexType::Date,
                            Core::Shift {
                                unit: Unit::Year,
                                n: -years,
                                base: Base::Anchor,
                            },
                        );
                        expr.ago = true;
                        return Some(expr);
                    }
                    return Some(Expr::fixed(
                        i,
                        century + 1,
                        TimexType::Duration,
                        format!("P{years}Y"),
                    ));
                }
            }
        }
        // "a fortnight" is two weeks.
        let quantity = match quantity {
            Quantity::Exact(value) if self.is_any(k, &["fortnight", "fortnights"]) => {
                Quantity::Exact(value * 2.0)
            }
            other => other,
        };
        // "the Six-Day War", "the Hundred Years' War": names, not durations.
        if self.capitalized(k) && self.capitalized(j) && k > j {
            let next = if self.punct(k + 1, "'") || self.punct(k + 1, "’") {
                k + 2
            } else {
                k + 1
            };
            if self.capitalized(next) && self.word(next).is_some() {
                return None;
            }
        }
        // "0600 hours" is a clock time, not six hundred hours.
        if self
            .token(j)
            .is_some_and(|t| t.kind == Kind::Number && t.text.len() == 4 && t.text.starts_with('0'))
        {
            return None;
        }
        // "three-quarters of", "a quarter of", "some quarter of": fractions; "a second time":
        // an ordinal.
        if unit == Unit::Quarter
            && self.is(k + 1, "of")
            && (matches!(quantity, Quantity::Exact(n) if n <= 3.0)
                || (matches!(quantity, Quantity::Vague) && !plural))
        {
            return None;
        }
        // "cut rates by a quarter point", "a quarter percentage point": a fraction of a
        // point.
        if unit == Unit::Quarter
            && !plural
            && (self.is(k + 1, "point") || self.sequence(k + 1, &["percentage", "point"]).is_some())
        {
            return None;
        }
        // "between a quarter and a third of the population", "a quarter to a half".
        if unit == Unit::Quarter
            && !plural
            && self.is_any(k + 1, &["and", "or", "to"])
            && self.is_any(k + 2, &["a", "one"])
            && self.is_any(k + 3, &["third", "half", "fifth", "tenth"])
        {
            return None;
        }
        if unit == Unit::Second && self.is_any(j, &["a", "an"]) {
            return None;
        }
        // "could one day be", "would one day become": some time ahead, not a length.
        if unit == Unit::Day
            && k == j + 1
            && self.is(j, "one")
            && j > 0
            && self.is_any(
                j - 1,
                &["will", "would", "could", "may", "might", "can", "shall"],
            )
        {
            return Some(Expr::fixed(j, k + 1, TimexType::Date, "FUTURE_REF"));
        }
        // "a year-earlier quarter" is a date, read by `deictic`; "a minute-by-minute schedule"
        // and "a day-care center", "day care" are no time at all.
        if self
            .hyphen(k + 1)
            .is_some_and(|after| self.is_any(after, &["earlier", "ago", "by", "care"]))
            || (self.is(k, "day") && self.is(k + 1, "care"))
        {
            return None;
        }
        // "the two-week visit": the article stays out of an adjective.
        let i = if has_hyphen && self.is(i, "the") && j == i + 1 {
            j
        } else {
            i
        };
        if quantity == Quantity::Exact(1.0) && plural && !has_hyphen && !range {
            // "a years" is not English; "one days" neither (but "one to two hours" is).
            return None;
        }
        // "a day" after a number or "times" is a set: "twice a day", "$5 a year".
        // Only "a day" itself: not "within a few months", not "a week-long session".
        if self.is_any(j, &["a", "an", "per"]) && k == j + 1 && !framed && i > 0 {
            let previous = self.tokens[i - 1];
            // "8.3 percent a year ago", "$3.01 a year earlier": a date, not a rate.
            let shifted = self.is_any(
                k + 1,
                &["earlier", "ago", "later", "before", "after", "prior"],
            );
            // "lasted nearly a month": a modifier of the length.
            let modified = lexicon::DURATION_MODIFIERS.iter().any(|(words, _)| {
                words
                    .last()
                    .is_some_and(|w| w.eq_ignore_ascii_case(previous.text))
            });
            // "300,000 shells a day", "$1 million a week": a count of things before a rate
            // (not "$5 million a year from now", not "the strike of 1984 lasted a month", not
            // "on 8 August each year a minute of silence").
            let counted_things = previous.kind == Kind::Word
                && !self.is_any(k + 1, &["from", "since"])
                // (not "1,200 Algerians within a week", a length)
                && !lexicon::contains(&["within", "over", "during", "inside"], previous.text)
                && !lexicon::contains(lexicon::FUNCTION_WORDS, previous.text)
                && (2..=5).any(|back| {
                    i >= back
                        && (self.tokens[i - back].kind == Kind::Number
                            || lexicon::lookup(lexicon::NUMBER_WORDS, self.tokens[i - back].text)
                                .is_some())
                        && self.year(i - back).is_none()
                        && self.month(i - back + 1, true).is_none()
                        && self.tokens[i - back + 1..i - 1]
                            .iter()
                            .all(|t| t.kind == Kind::Word)
                });
            if !shifted
                && !modified
                && (lexicon::contains(
                    &[
                        "times", "twice", "once", "thrice", "percent", "cents", "dollars",
                    ],
                    previous.text,
                ) || previous.kind == Kind::Number
                    // "five a month": a spelled count.
                    || (lexicon::lookup(lexicon::NUMBER_WORDS, previous.text).is_some()
                        && !lexicon::contains(&["a", "an", "one"], previous.text))
                    || counted_things)
            {
                // "twice a day", "three times a week": the count is part of the set.
                let first = if self.is_any(i - 1, &["twice", "once", "thrice"]) {
                    i - 1
                } else if self.is(i - 1, "times")
                    && i >= 2
                    && (self.tokens[i - 2].kind == Kind::Number
                        || lexicon::lookup(lexicon::NUMBER_WORDS, self.tokens[i - 2].text)
                            .is_some())
                {
                    i - 2
                } else {
                    i
                };
                return Some(Expr::fixed(first, k + 1, TimexType::Set, unit.set_value(1)));
            }
        }
        let mut end = k + 1;
        // "52 years old", "aged 34 years", "three-day-old", "10-year-old": ages are no time
        // expressions in news (TimeBank leaves them out); histories, annotated as TIMEX2
        // marks ages, have them as lengths ("Ludendorff, then 53 years old", "a 28-year-old
        // general").
        let age_end = if self.is(end, "old") {
            Some(end + 1)
        } else if has_hyphen && self.hyphen(end).is_some() && self.is(end + 1, "old") {
            Some(end + 2)
        } else {
            None
        };
        if let Some(age_end) = age_end {
            let whole = match quantity {
                Quantity::Exact(n) if n.fract() == 0.0 && (1.0..=150.0).contains(&n) => Some(n),
                _ => None,
            };
            return match whole {
                Some(n) if self.narrative && unit >= Unit::Day && !framed => {
                    let first = if self.is_any(i, &["a", "an", "the"]) {
                        j
                    } else {
                        i
                    };
                    Some(Expr::fixed(
                        first,
                        age_end,
                        TimexType::Duration,
                        unit.duration(Some(n)),
                    ))
                }
                _ => None,
            };
        }
        if j > 0 && self.is(j - 1, "aged") {
            return None;
        }
        if has_hyphen && self.hyphen(end).is_some() && self.is(end + 1, "long") {
            end += 2;
        }
        // "a minute and a half", "two hours and a half", "an hour and a quarter".
        let quantity = match quantity {
            Quantity::Exact(value)
                if value.fract() == 0.0
                    && !has_hyphen
                    && self.is(end, "and")
                    && self.is_any(end + 1, &["a", "one"])
                    && self.is(end + 2, "half") =>
            {
                end += 3;
                Quantity::Exact(value + 0.5)
            }
            Quantity::Exact(value)
                if value.fract() == 0.0
                    && !has_hyphen
                    && matches!(unit, Unit::Hour | Unit::Minute | Unit::Year)
                    && self.is(end, "and")
                    && self.is_any(end + 1, &["a", "three"])
                    && self.is_any(end + 2, &["quarter", "quarters"])
                    && self.is(end + 1, "a") == self.is(end + 2, "quarter") =>
            {
                let quarters = if self.is(end + 1, "a") { 0.25 } else { 0.75 };
                end += 3;
                Quantity::Exact(value + quarters)
            }
            other => other,
        };
        let n = match quantity {
            // Absurd counts ("99999999999 weeks") are kept out of date arithmetic.
            Quantity::Exact(value) if value > 1.0e6 => return None,
            Quantity::Exact(value) => Some(value),
            Quantity::Vague => None,
        };
        // "a year ago", "two weeks earlier", "three days later", "a week or so ago".
        if !framed {
            // ("a day or two ago": the nearer of the two.)
            let end = if self.is(end, "or")
                && self.is_any(end + 1, &["so", "two", "three"])
                && self.is(end + 2, "ago")
            {
                end + 2
            } else {
                end
            };
            // "a year from now".
            if self.is(end, "from") && self.is(end + 1, "now") {
                if let Some(n) = n {
                    return Some(Expr::new(
                        i,
                        end + 2,
                        TimexType::Date,
                        Core::Shift {
                            unit,
                            n: n as i64,
                            base: Base::Anchor,
                        },
                    ));
                }
            }
            if self.is(end, "ago") {
                // "Ten years ago today", "a year ago this week": that day or week then.
                let (last, to_period, night) = match self
                    .word(end + 1)
                    .filter(|_| n.is_some())
                    .map(str::to_ascii_lowercase)
                    .as_deref()
                {
                    Some("today") => (end + 2, Some(Unit::Day), false),
                    Some("tonight") => (end + 2, Some(Unit::Day), true),
                    Some("this") if self.is(end + 2, "week") && unit > Unit::Week => {
                        (end + 3, Some(Unit::Week), false)
                    }
                    Some("this") if self.is(end + 2, "month") && unit > Unit::Month => {
                        (end + 3, Some(Unit::Month), false)
                    }
                    _ => (end + 1, None, false),
                };
                let mut expr = Expr::new(
                    i,
                    last,
                    TimexType::Date,
                    Core::Shift {
                        unit,
                        n: -(n.unwrap_or(0.0) as i64),
                        base: Base::Anchor,
                    },
                );
                expr.to_period = to_period;
                if night {
                    expr.kind = TimexType::Time;
                    expr.time = Some(TimeOfDay::Part("NI"));
                }
                if n.is_none() {
                    expr.core = Core::Fixed("PAST_REF".into());
                }
                expr.ago = true;
                return Some(expr);
            }
            // "in two years' time", "in a year's time": the date that far ahead.
            let apostrophe = self.punct(end, "'") || self.punct(end, "’");
            let time_at = if apostrophe && self.is(end + 1, "time") {
                Some(end + 2)
            } else if apostrophe && self.is(end + 1, "s") && self.is(end + 2, "time") {
                Some(end + 3)
            } else if self.is(end, "time") {
                Some(end + 1)
            } else {
                None
            };
            if let (Some(last), Some(n), true) = (time_at, n, i > 0 && self.is(i - 1, "in")) {
                return Some(Expr::new(
                    i,
                    last,
                    TimexType::Date,
                    Core::Shift {
                        unit,
                        n: n.round() as i64,
                        base: Base::Anchor,
                    },
                ));
            }
            let closes = |k: usize| self.token(k).is_none_or(|t| t.kind == Kind::Punct);
            // "two days after that,", "a week before this.": from the date last mentioned.
            let after_that = self.is_any(end, &["before", "after"])
                && self.is_any(end + 1, &["that", "this"])
                && closes(end + 2);
            // "Thirty years on, ...".
            let on = self.is(end, "on") && unit >= Unit::Day && closes(end + 1);
            // "three days later", "a week before." (not "two days after the vote").
            // "two days afterwards" (not "for more than a century afterward", a length).
            let afterwards = self.is_any(end, &["afterwards", "afterward"])
                && !(i.saturating_sub(3)..i).any(|k| self.is(k, "for"));
            let counted = self.is_any(end, &["earlier", "later"])
                || afterwards
                || (self.is_any(end, &["before", "after"]) && closes(end + 1));
            // "a year earlier than planned", "two months later than forecast": a length.
            if self.is_any(end, &["earlier", "later"]) && self.is(end + 1, "than") {
                return Some(Expr::fixed(i, end, TimexType::Duration, unit.duration(n)));
            }
            if counted || after_that || on {
                if let Some(n) = n {
                    // "a decade and a half later" is fifteen years on, not two decades; "an
                    // hour and a half later" ninety minutes, "two and a half years later"
                    // thirty months.
                    let (unit, n) = match unit {
                        _ if n.fract() == 0.0 => (unit, n),
                        Unit::Decade => (Unit::Year, n * 10.0),
                        Unit::Century => (Unit::Year, n * 100.0),
                        Unit::Year => (Unit::Month, n * 12.0),
                        Unit::Hour => (Unit::Minute, n * 60.0),
                        _ => (unit, n),
                    };
                    let back = self.is_any(end, &["earlier", "before"]);
                    let sign = if back { -1 } else { 1 };
                    // "A year earlier" in news compares with the year before the report.
                    let base = if back && unit >= Unit::Year && !after_that {
                        Base::Anchor
                    } else {
                        Base::Reference
                    };
                    let mut expr = Expr::new(
                        i,
                        if after_that { end + 2 } else { end + 1 },
                        TimexType::Date,
                        Core::Shift {
                            unit,
                            // "three and a half months later": to the nearest whole unit.
                            n: sign * n.round() as i64,
                            base,
                        },
                    );
                    expr.ago = true;
                    return Some(expr);
                }
            }
        }
        // "2 hours, 26 minutes", "two years and three months", "2 hours, 8 minutes, 24
        // seconds", "3 hours 10 minutes": one length.
        if let Some(whole) = n.filter(|v| v.fract() == 0.0 && !has_hyphen) {
            // (At most one part per unit from years down to seconds: no allocation.)
            let mut parts = [(unit, whole); 6];
            let mut len = 1;
            let mut last = end;
            while len < parts.len() {
                let mut k = last;
                if self.punct(k, ",") {
                    k += 1;
                }
                let joined = self.is(k, "and");
                if joined {
                    k += 1;
                }
                // (Without a comma or "and", only a numeral: "3 hours 10 minutes".)
                if k == last && !self.token(k).is_some_and(|t| t.kind == Kind::Number) {
                    break;
                }
                // ("one month and a day": an article after "and" is one.)
                let Some((Quantity::Exact(part), after)) = self.quantity(k, joined) else {
                    break;
                };
                let Some((small, _)) = self.word(after).and_then(lexicon::unit) else {
                    break;
                };
                // "5 years and 2 months ago" is a date, left to the first unit's reading.
                if self.is_any(
                    after + 1,
                    &["ago", "later", "earlier", "before", "after", "old"],
                ) {
                    break;
                }
                parts[len] = (small, part);
                if lexicon::compound_duration(&parts[..=len]).is_none() {
                    break;
                }
                len += 1;
                last = after + 1;
            }
            if let Some(value) = lexicon::compound_duration(&parts[..len]) {
                return Some(Expr::fixed(i, last, TimexType::Duration, value));
            }
        }
        // "six days a week", "10 hours a day": so much of every longer period, a set.
        if self.is_any(end, &["a", "per", "each", "every"]) && !has_hyphen {
            if let Some((period, false)) = self.word(end + 1).and_then(lexicon::unit) {
                if period > unit {
                    return Some(Expr::fixed(i, end + 2, TimexType::Set, period.set_value(1)));
                }
            }
        }
        let mut expr = Expr::fixed(i, end, TimexType::Duration, unit.duration(n));
        if range {
            expr.modifier = Some("EQUAL_OR_MORE");
        }
        if self.is(end, "or") {
            // "two years or so", "six months or longer", "a week or less".
            let modifier = match self.word(end + 1).map(str::to_ascii_lowercase).as_deref() {
                Some("so") => Some("APPROX"),
                Some("more" | "longer") => Some("EQUAL_OR_MORE"),
                Some("less" | "fewer" | "shorter") => Some("EQUAL_OR_LESS"),
                // "a month or two", "a day or three": a range of lengths, at least its lower
                // bound (not "a day or two ago", a distance, nor "a week or two weeks").
                Some(word)
                    if n.is_some_and(|low| {
                        lexicon::lookup(lexicon::NUMBER_WORDS, word)
                            .is_some_and(|high| f64::from(high) > low && high <= 3)
                    }) && !self.is_any(
                        end + 2,
                        &["ago", "later", "earlier", "before", "after", "from"],
                    ) && self.word(end + 2).and_then(lexicon::unit).is_none() =>
                {
                    Some("EQUAL_OR_MORE")
                }
                _ => None,
            };
            if modifier.is_some() && expr.modifier.is_none() {
                expr.last = end + 2;
                expr.modifier = modifier;
            }
        }
        Some(expr)
    }

    /// A clock time: "9 a.m.", "9:30 p.m.", "noon", "midnight", "10:30 EST", with an optional
    /// day after it ("9 a.m. on February 5th", "9 a.m. Friday").
    fn clock_time(&self, i: usize) -> Option<Expr> {
        let (mut time, mut end) = self.clock(i)?;
        let mut core = Core::Shift {
            unit: Unit::Day,
            n: 0,
            base: Base::Reference,
        };
        // "At 6:30 that evening", "at 10 p.m. that night": the clock time of that part of the
        // day the story is at (after noon unless written as morning); not "at 10:56 p.m. That
        // evening", the next sentence.
        let stop = self.punct(end - 1, ".") && self.capitalized(end);
        if self.is(end, "that") && !stop {
            if let Some(part) = self
                .word(end + 1)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
            {
                if let TimeOfDay::Clock(hour, minute) = time {
                    let after_noon = part != "MO" && (part != "NI" || hour >= 6);
                    if after_noon && (1..12).contains(&hour) {
                        time = TimeOfDay::Clock(hour + 12, minute);
                    }
                }
                let mut expr = Expr::new(i, end + 2, TimexType::Time, core);
                expr.time = Some(time);
                expr.that_day = true;
                return Some(expr);
            }
        }
        // "at 9:15 a.m. The next day ...": a stop and a capital end the sentence there.
        if stop
            && self.is_any(
                end,
                &["on", "the", "that", "at", "in", "by", "early", "late"],
            )
        {
            let mut expr = Expr::new(i, end, TimexType::Time, core);
            expr.time = Some(time);
            return Some(expr);
        }
        let mut j = end;
        if self.punct(j, ",") {
            j += 1;
        }
        if self.is(j, "on") {
            j += 1;
        }
        // "at 7:45 on the morning of 5 June": the day is the one after the part of the day.
        if self.is(j, "the")
            && self
                .word(j + 1)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
                .is_some()
            && self.is(j + 2, "of")
        {
            j += 3;
        }
        let day = [
            self.calendar_date(j),
            self.weekday_expr(j),
            self.deictic(j),
            self.holiday(j),
        ]
        .into_iter()
        .flatten()
        .find(|e| names_a_day(e, true));
        let mut that_day = false;
        if let Some(day) = day {
            // ("at 7 a.m. that day", "that same day", "the same day".)
            that_day = (self.is(j, "that") || self.sequence(j, &["the", "same"]).is_some())
                && matches!(
                    day.core,
                    Core::Shift {
                        unit: Unit::Day,
                        n: 0,
                        base: Base::Reference,
                    }
                );
            core = day.core;
            end = day.last;
        } else if let Some(day) = self.day_after_brackets(j) {
            // "at 4:29 p.m. local time (1129 GMT) Tuesday": the day after another zone's time
            // in brackets is this clock time's too (the tag stays the clock time's, as
            // TimeBank writes it).
            core = day.core;
        } else if let (TimeOfDay::Clock(0 | 24, 0), Some(first)) = (time, self.range_start_day(j)) {
            // "(shortly after) midnight on 3–4 December 1971": the midnight between the two
            // days, the end of the first (whose night it is: "The next night" is the 4th's).
            let second = self.calendar_date(first.last + 1);
            if let Some(second) = second.filter(|_| first.last > j) {
                core = first.core;
                time = TimeOfDay::Clock(24, 0);
                end = second.last;
            }
        } else if self.is(j, "tonight") && j == end {
            // "until 9 p.m. tonight": today's.
            core = Core::Shift {
                unit: Unit::Day,
                n: 0,
                base: Base::Anchor,
            };
            end = j + 1;
        } else if self.is(j, "the")
            && self.is_any(j + 1, &["next", "following"])
            && self
                .word(j + 2)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
                .is_some()
        {
            // "At 4:45 the next morning": a clock time on the day after the one last mentioned.
            core = Core::Shift {
                unit: Unit::Day,
                n: 1,
                base: Base::Reference,
            };
            end = j + 3;
        }
        let mut expr = Expr::new(i, end, TimexType::Time, core);
        expr.time = Some(time);
        expr.that_day = that_day;
        Some(expr)
    }

    /// A weekday or a day of the month right after a bracket at `j` that closes within five
    /// tokens ("(1129 GMT) Tuesday", "(1129 GMT) on Tuesday").
    fn day_after_brackets(&self, j: usize) -> Option<Expr> {
        if !self.punct(j, "(") {
            return None;
        }
        let close = (j + 1..j + 6).find(|&k| self.punct(k, ")"))?;
        let at = if self.is(close + 1, "on") {
            close + 2
        } else {
            close + 1
        };
        [self.weekday_expr(at), self.calendar_date(at)]
            .into_iter()
            .flatten()
            .find(|e| names_a_day(e, false))
    }

    /// "9 a.m.", "9:30", "noon", "midnight" -> a clock time and the index after it.
    fn clock(&self, i: usize) -> Option<(TimeOfDay, usize)> {
        // "noon EST Tuesday": a zone after it is part of it.
        if (self.is(i, "noon") || self.is(i, "midday")) && !(i > 0 && self.is(i - 1, "high")) {
            return Some((TimeOfDay::Clock(12, 0), self.time_zone(i + 1)));
        }
        if self.is(i, "midnight") {
            // "shortly after midnight on 28 July" is at that day's start (a bare "after
            // midnight" may close the evening told before it).
            let end = self.time_zone(i + 1);
            // (So is "shortly after midnight Friday".)
            let day_follows = self.is(end, "on")
                || self
                    .word(end)
                    .is_some_and(|w| lexicon::lookup(lexicon::WEEKDAYS, w).is_some());
            let hour = if i > 0 && self.is(i - 1, "after") && day_follows {
                0
            } else {
                24
            };
            return Some((TimeOfDay::Clock(hour, 0), end));
        }
        // "half past nine", "a quarter to six", "quarter past 10 p.m.".
        let k = if self.is(i, "a") && self.is(i + 1, "quarter") {
            i + 1
        } else {
            i
        };
        let past_or_to: Option<i32> = if self.is(k, "half") && self.is(k + 1, "past") {
            Some(30)
        } else if self.is(k, "quarter") && self.is(k + 1, "past") {
            Some(15)
        } else if self.is(k, "quarter") && self.is(k + 1, "to") {
            Some(-15)
        } else {
            None
        };
        if let Some(minutes) = past_or_to {
            let j = k + 2;
            // "half past midnight", "a quarter to noon".
            let named_hour = if self.is(j, "midnight") {
                Some(if minutes < 0 { 23 } else { 0 })
            } else if self.is_any(j, &["noon", "midday"]) {
                Some(if minutes < 0 { 11 } else { 12 })
            } else {
                None
            };
            if let Some(hour) = named_hour {
                let minute = if minutes < 0 {
                    45
                } else {
                    minutes.unsigned_abs()
                };
                return Some((TimeOfDay::Clock(hour, minute), self.time_zone(j + 1)));
            }
            let hour = match self.token(j) {
                Some(t) if t.kind == Kind::Number && t.plain && t.text.len() <= 2 => {
                    self.integer(j)?
                }
                Some(t) if t.kind == Kind::Word => lexicon::lookup(lexicon::NUMBER_WORDS, t.text)?,
                _ => return None,
            };
            if !(1..=12).contains(&hour) {
                return None;
            }
            let (hour, minute) = if minutes < 0 {
                (if hour == 1 { 12 } else { hour - 1 }, 45)
            } else {
                (hour, minutes.unsigned_abs())
            };
            let (hour, end) = self.half_of_day(j + 1, hour).unwrap_or((hour, j + 1));
            return Some((TimeOfDay::Clock(hour, minute), self.time_zone(end)));
        }
        // "0600 hours", "1430 hrs", "1430 GMT": the military clock, and wire copy's.
        let token = self.token(i)?;
        if token.kind == Kind::Number
            && token.plain
            && token.text.len() == 4
            && (self.is_any(i + 1, &["hours", "hrs"])
                || self.time_zone(i + 1) > i + 1
                // "met at 0900 on Monday": a leading zero is no count or year.
                || (token.text.starts_with('0') && i > 0 && self.is(i - 1, "at")))
        {
            let (hour, minute): (u32, u32) =
                (token.text[..2].parse().ok()?, token.text[2..].parse().ok()?);
            if hour > 24 || minute > 59 || (hour == 24 && minute > 0) {
                return None;
            }
            let end = if self.is_any(i + 1, &["hours", "hrs"]) {
                self.time_zone(i + 2)
            } else {
                self.time_zone(i + 1)
            };
            return Some((TimeOfDay::Clock(hour, minute), end));
        }
        // "10.30pm", "7.15 a.m.": British minutes after a dot, only with a.m. or p.m.
        if token.kind == Kind::Number && !token.plain {
            let (hour_text, minute_text) = token.text.split_once('.')?;
            if hour_text.len() > 2 || minute_text.len() != 2 {
                return None;
            }
            let (hour, minute): (u32, u32) = (hour_text.parse().ok()?, minute_text.parse().ok()?);
            if !(1..=12).contains(&hour) || minute > 59 {
                return None;
            }
            let (pm, after) = self.am_pm(i + 1)?;
            return Some((
                TimeOfDay::Clock(twenty_four_hour(hour, pm), minute),
                self.time_zone(after),
            ));
        }
        let o_clock = |j: usize| {
            self.is(j, "o")
                && (self.punct(j + 1, "'") || self.punct(j + 1, "’"))
                && self.is(j + 2, "clock")
        };
        // "one o'clock", "three o'clock in the afternoon": a spelled hour needs "o'clock".
        if token.kind == Kind::Word {
            let hour = lexicon::lookup(lexicon::NUMBER_WORDS, token.text)
                .filter(|hour| (1..=12).contains(hour))?;
            if !o_clock(i + 1) {
                // "at about nine in the morning", "until ten at night": a spelled hour with its
                // half of the day, after a word of time ("scored three in the afternoon" is a
                // count).
                let timed = i > 0
                    && self.is_any(
                        i - 1,
                        &[
                            "at", "about", "around", "until", "till", "by", "after", "before",
                            "past",
                        ],
                    );
                let at_night = self.sequence(i + 1, &["at", "night"]);
                if timed {
                    if let Some(end) = at_night {
                        let hour = if (6..12).contains(&hour) {
                            hour + 12
                        } else {
                            hour
                        };
                        return Some((TimeOfDay::Clock(hour, 0), end));
                    }
                    if self.is(i + 1, "in") {
                        if let Some((hour, end)) = self.half_of_day(i + 1, hour) {
                            return Some((TimeOfDay::Clock(hour, 0), end));
                        }
                    }
                }
                return None;
            }
            let (hour, end) = self.half_of_day(i + 4, hour).unwrap_or((hour, i + 4));
            return Some((TimeOfDay::Clock(hour, 0), self.time_zone(end)));
        }
        let hour = self.integer(i)?;
        if hour > 24 || token.text.len() > 2 {
            return None;
        }
        let mut minute = 0;
        let mut j = i + 1;
        let mut had_minutes = false;
        if self.punct(j, ":") && self.touches(j) && self.touches(j + 1) {
            let m = self.token(j + 1)?;
            if m.kind == Kind::Number && m.text.len() == 2 {
                minute = m.text.parse().ok()?;
                if minute > 59 {
                    return None;
                }
                j += 2;
                had_minutes = true;
            } else {
                return None;
            }
        }
        let mut hour = hour;
        if self.am_pm(j).is_some() && (hour == 0 || hour > 12) {
            return None;
        }
        if let Some((h, after)) = self.half_of_day(j, hour) {
            hour = h;
            j = after;
        } else if o_clock(j) {
            j += 3;
            if let Some((h, after)) = self.half_of_day(j, hour) {
                hour = h;
                j = after;
            }
        } else if !had_minutes {
            return None;
        }
        // "won in 2:25:07": a race time (a length, read by `duration`).
        if had_minutes && self.race_time(i).is_some() {
            return None;
        }
        // "with 6:12 to play", "4:30 remaining": a game clock.
        if self.sequence(j, &["to", "play"]).is_some()
            || self.sequence(j, &["to", "go"]).is_some()
            || self.is_any(j, &["remaining", "left"])
        {
            return None;
        }
        Some((TimeOfDay::Clock(hour, minute), self.time_zone(j)))
    }

    /// A race time at `i`, hours, minutes and seconds after "in" or "of" with no "a.m." or
    /// "p.m." ("won in 2:25:07", "a time of 2:08:24"): the length and the index after it.
    fn race_time(&self, i: usize) -> Option<(String, usize)> {
        if i == 0 || !self.is_any(i - 1, &["in", "of"]) {
            return None;
        }
        let mut parts = [0u32; 3];
        for (n, part) in parts.iter_mut().enumerate() {
            let at = i + 2 * n;
            if n > 0 && !(self.punct(at - 1, ":") && self.touches(at - 1) && self.touches(at)) {
                return None;
            }
            let token = self.token(at)?;
            if token.kind != Kind::Number || !token.plain || (n > 0 && token.text.len() != 2) {
                return None;
            }
            *part = self.integer(at)?;
        }
        let [hours, minutes, seconds] = parts;
        if hours > 99 || minutes > 59 || seconds > 59 || self.am_pm(i + 5).is_some() {
            return None;
        }
        let mut clock = String::new();
        for (n, letter) in [(hours, 'H'), (minutes, 'M'), (seconds, 'S')] {
            if n > 0 {
                clock.push_str(&format!("{n}{letter}"));
            }
        }
        (!clock.is_empty()).then(|| (format!("PT{clock}"), i + 5))
    }

    /// The 24-hour hour of a 12-hour `hour` by what follows at `j`: "a.m."/"p.m." or "in the
    /// morning/afternoon/evening" ("4 in the morning", "7 in the evening"); and the index after.
    fn half_of_day(&self, j: usize, hour: u32) -> Option<(u32, usize)> {
        if let Some((pm, after)) = self.am_pm(j) {
            return Some((twenty_four_hour(hour, pm), after));
        }
        if (1..=12).contains(&hour)
            && self.is(j, "in")
            && self.is(j + 1, "the")
            && self.is_any(j + 2, &["morning", "afternoon", "evening"])
        {
            let hour = if !self.is(j + 2, "morning") && hour < 12 {
                hour + 12
            } else {
                hour
            };
            return Some((hour, j + 3));
        }
        None
    }

    /// The index after a time zone at `j` ("EST", "GMT", "local time"), or `j`.
    fn time_zone(&self, j: usize) -> usize {
        // An abbreviation in capitals ("EST", "GMT", "IST", "CET", "MSK", "BST"), or a place's
        // time ("local time", "Moscow time", "British time").
        let abbreviation = self.token(j).is_some_and(|t| {
            t.kind == Kind::Word
                && (2..=4).contains(&t.text.len())
                && t.text.chars().all(|c| c.is_ascii_uppercase())
                && (t.text.ends_with('T') || matches!(t.text, "UTC" | "MSK" | "ET"))
        });
        if abbreviation {
            j + 1
        } else if self.is(j + 1, "time") && (self.is(j, "local") || self.capitalized(j)) {
            j + 2
        } else if self.capitalized(j)
            && self.capitalized(j + 1)
            && self.is(j + 2, "Time")
            && self.capitalized(j + 2)
        {
            // "Central European Time", "Eastern Standard Time".
            j + 3
        } else {
            j
        }
    }

    /// "a.m.", "am", "p.m.", "PM": whether it is p.m. and the index after it. A stop after
    /// "am" or "pm" ends the sentence ("at 3pm.") and is not part of the time.
    fn am_pm(&self, i: usize) -> Option<(bool, usize)> {
        let word = self.word(i)?;
        let pm = if word.eq_ignore_ascii_case("am") {
            return Some((false, i + 1));
        } else if word.eq_ignore_ascii_case("pm") {
            return Some((true, i + 1));
        } else if word.eq_ignore_ascii_case("a") {
            false
        } else if word.eq_ignore_ascii_case("p") {
            true
        } else {
            return None;
        };
        if self.punct(i + 1, ".")
            && self.touches(i + 1)
            && self.is(i + 2, "m")
            && self.touches(i + 2)
        {
            return Some((pm, self.skip_stop(i + 3)));
        }
        None
    }

    fn skip_stop(&self, i: usize) -> usize {
        if self.punct(i, ".") && self.touches(i) {
            i + 1
        } else {
            i
        }
    }

    /// Sets: "every year", "each season", "every two weeks", "weekly", "annually", "every
    /// Sunday".
    /// A day and month written without a year at `j` ("Nov. 22", "13 March"): the month, the
    /// day and the index after it.
    fn day_of_any_year(&self, j: usize) -> Option<(u32, u32, usize)> {
        match self.calendar_date(j)? {
            Expr {
                first,
                last,
                core:
                    Core::Calendar {
                        year: None,
                        month,
                        day: Some(day),
                    },
                ..
            } if first == j => Some((month, day, last)),
            _ => None,
        }
    }

    fn set(&self, i: usize) -> Option<Expr> {
        let word = self.word(i)?;
        // "Tuesday nights", "Sunday mornings".
        if self.capitalized(i) {
            if let Some(weekday) = lexicon::lookup(lexicon::WEEKDAYS, word) {
                // "every Tuesday and Friday": the second is every one too.
                let shared_every = i >= 3
                    && self.is_any(i - 1, &["and", "or"])
                    && self.weekday(i - 2, false).is_some()
                    && self.is_any(i - 3, &["every", "each"]);
                if shared_every {
                    // "every Wednesday and Thursday afternoon".
                    let part = self.word(i + 1).and_then(|w| {
                        lexicon::lookup(lexicon::PARTS_OF_DAY, w.strip_suffix('s').unwrap_or(w))
                    });
                    let (last, value) = match part {
                        Some(part) => (i + 2, format!("XXXX-WXX-{weekday}T{part}")),
                        None => (i + 1, format!("XXXX-WXX-{weekday}")),
                    };
                    return Some(Expr::fixed(i, last, TimexType::Set, value));
                }
                let part = self
                    .word(i + 1)
                    .filter(|w| w.len() > 1 && w.ends_with('s'))
                    .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, &w[..w.len() - 1]));
                if let Some(part) = part {
                    return Some(Expr::fixed(
                        i,
                        i + 2,
                        TimexType::Set,
                        format!("XXXX-WXX-{weekday}T{part}"),
                    ));
                }
            }
        }
        // "on Mondays", "Tuesday nights": a weekday in the plural is every such day.
        if self.capitalized(i) && word.len() > 1 && (word.ends_with('s') || word.ends_with('S')) {
            if let Some(weekday) = lexicon::lookup(lexicon::WEEKDAYS, &word[..word.len() - 1]) {
                let mut value = format!("XXXX-WXX-{weekday}");
                let mut last = i + 1;
                if let Some(part) = self
                    .word(i + 1)
                    .filter(|w| w.ends_with('s'))
                    .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, &w[..w.len() - 1]))
                {
                    value.push('T');
                    value.push_str(part);
                    last = i + 2;
                }
                return Some(Expr::fixed(i, last, TimexType::Set, value));
            }
        }
        // "open late on weekends": every weekend.
        if i > 0 && self.is_any(i - 1, &["on", "at"]) && self.is(i, "weekends") {
            return Some(Expr::fixed(i, i + 1, TimexType::Set, "XXXX-WXX-WE"));
        }
        // "twice daily", "once weekly": the adverb's set.
        if lexicon::contains(&["once", "twice", "thrice"], word) {
            if let Some(value) = self
                .word(i + 1)
                .and_then(|w| lexicon::lookup(lexicon::FREQUENCY_ADVERBS, w))
            {
                return Some(Expr::fixed(i, i + 2, TimexType::Set, value));
            }
        }
        if let Some(value) = lexicon::lookup(lexicon::FREQUENCY_ADVERBS, word) {
            // "a quarterly dividend", "the daily newspaper": adjectives before a noun are not
            // sets in TimeBank.
            let before_noun = word.eq_ignore_ascii_case("quarterly")
                && self.token(i + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && !lexicon::contains(lexicon::FUNCTION_WORDS, t.text)
                        && t.text.chars().next().is_some_and(char::is_lowercase)
                });
            // "The Daily Telegraph", "the Weekly Standard": a name.
            let name = self.capitalized(i) && self.capitalized(i + 1) && self.word(i + 1).is_some();
            if before_noun || name {
                return None;
            }
            return Some(Expr::fixed(i, i + 1, TimexType::Set, value));
        }
        if !(word.eq_ignore_ascii_case("every")
            || word.eq_ignore_ascii_case("each")
            || word.eq_ignore_ascii_case("per"))
        {
            return None;
        }
        let mut j = i + 1;
        let mut n = 1;
        if self.is(j, "other") {
            n = 2;
            j += 1;
        } else if self.is(j, "single") && word.eq_ignore_ascii_case("every") {
            // "every single day".
            j += 1;
        }
        // "every Nov. 22", "every November 22": a day of the year, month first.
        if n == 1 {
            if let Some((month, day, last)) = self.day_of_any_year(j) {
                return Some(Expr::every_year_on(i, last, month, day));
            }
        }
        // "every year in October", "each year in late January": that month of every year.
        if n == 1 && self.is(j, "year") && self.is(j + 1, "in") {
            let (modifier, m) = self.early_late_mid(j + 2);
            if let Some((month, after)) = self.month(m, false) {
                if self.year_after_date(after).is_none() {
                    let mut expr =
                        Expr::fixed(i, after, TimexType::Set, format!("XXXX-{month:02}"));
                    expr.modifier = modifier;
                    return Some(expr);
                }
            }
        }
        // "every year on 13 March", "each year on May 8": that day of every year.
        if n == 1 && self.is(j, "year") && self.is(j + 1, "on") {
            if let Some((month, day, last)) = self.day_of_any_year(j + 2) {
                return Some(Expr::every_year_on(i, last, month, day));
            }
        }
        // "every 17 November": a day of the year, day first.
        if let Some((day, after_day)) = self
            .token(j)
            .filter(|t| t.kind == Kind::Number)
            .and_then(|_| self.day(j))
        {
            if let Some(month) = self
                .word(after_day)
                .and_then(|w| lexicon::lookup(lexicon::MONTHS, w))
            {
                return Some(Expr::every_year_on(i, after_day + 1, month, day));
            }
        }
        let mut vague = false;
        match self.quantity(j, false) {
            Some((Quantity::Exact(value), after)) if value.fract() == 0.0 && value >= 1.0 => {
                n = value as u32;
                j = after;
                // "every four to five years": the shorter.
                if self.is_any(j, &["to", "or"]) {
                    if let Some((Quantity::Exact(_), after)) = self.quantity(j + 1, false) {
                        j = after;
                    }
                }
            }
            // "every few days", "every several weeks".
            Some((Quantity::Vague, after)) => {
                vague = true;
                j = after;
            }
            _ => {}
        }
        // "every fiscal year", "each calendar month".
        if (self.is(j, "calendar") || self.fiscal(j))
            && self.word(j + 1).and_then(lexicon::unit).is_some()
        {
            j += 1;
        }
        if let Some((unit, _)) = self.word(j).and_then(lexicon::unit) {
            let value = if vague {
                unit.duration(None)
            } else {
                unit.set_value(n)
            };
            return Some(Expr::fixed(i, j + 1, TimexType::Set, value));
        }
        if vague {
            return None;
        }
        if let Some((weekday, after)) = self.weekday(j, false) {
            // "each Friday night": that part of the day.
            let (end, value) = match self
                .word(after)
                .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
            {
                Some(part) => (after + 1, format!("XXXX-WXX-{weekday}T{part}")),
                None => (after, format!("XXXX-WXX-{weekday}")),
            };
            return Some(Expr::fixed(i, end, TimexType::Set, value));
        }
        if let Some(month) = self
            .word(j)
            .and_then(|w| lexicon::lookup(lexicon::MONTHS, w))
        {
            // "every December 7": a day of the year.
            if let Some((day, after)) = self
                .token(j + 1)
                .filter(|t| t.kind == Kind::Number)
                .and_then(|_| self.day(j + 1))
            {
                return Some(Expr::every_year_on(i, after, month, day));
            }
            return Some(Expr::fixed(
                i,
                j + 1,
                TimexType::Set,
                format!("XXXX-{month:02}"),
            ));
        }
        if let Some(code) = self
            .word(j)
            .and_then(|w| lexicon::lookup(lexicon::SEASONS, w))
            .filter(|_| !self.names_games(j + 1))
        {
            return Some(Expr::fixed(
                i,
                j + 1,
                TimexType::Set,
                format!("XXXX-{code}"),
            ));
        }
        if self.is(j, "season") {
            return Some(Expr::fixed(i, j + 1, TimexType::Set, "P1Y"));
        }
        if let Some(part) = self
            .word(j)
            .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
        {
            return Some(Expr::fixed(
                i,
                j + 1,
                TimexType::Set,
                format!("XXXX-XX-XXT{part}"),
            ));
        }
        None
    }

    /// A holiday, with the year written after a fixed-date one: "Christmas Day 1914",
    /// "New Year's Day, 1942".
    fn holiday(&self, i: usize) -> Option<Expr> {
        // "the Ides of March": the 15th of March, May, July and October, the 13th of the others.
        if self.is(i, "the") && self.is(i + 1, "Ides") && self.is(i + 2, "of") {
            let (month, end) = self.month(i + 3, false)?;
            let day = if matches!(month, 3 | 5 | 7 | 10) {
                15
            } else {
                13
            };
            return Some(Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Calendar {
                    year: None,
                    month,
                    day: Some(day),
                },
            ));
        }
        // (Also from a name's first word the lexicon knows: "as Independence Day".)
        let named = (i..i + 4)
            .take_while(|&k| self.capitalized(k))
            .find(|&k| self.word(k) == Some("Day"))
            .and_then(|k| self.named_day(k))
            .filter(|e| e.first == i);
        if let Some(expr) = named.or_else(|| self.named_day(i)) {
            return Some(expr);
        }
        let mut expr = self.holiday_core(i)?;
        // "on Christmas night", "New Year's Eve evening": that part of the holiday.
        if let Some(part) = self
            .word(expr.last)
            .and_then(|w| lexicon::lookup(lexicon::PARTS_OF_DAY, w))
        {
            if !self.is(expr.last + 1, "of") && expr.kind == TimexType::Date {
                expr.kind = TimexType::Time;
                expr.time = Some(TimeOfDay::Part(part));
                expr.last += 1;
                return Some(expr);
            }
        }
        // "Memorial Day 2014", "Thanksgiving Day 2003": that year's.
        if let Core::NthWeekday {
            month,
            weekday,
            nth,
        } = expr.core
        {
            if let Some((year, after)) = self
                .year_after_date(self.comma(expr.last))
                .or_else(|| self.of_year(expr.last))
            {
                if let Some(date) = nth_weekday_date(year, month, weekday, nth) {
                    expr.core = Core::Calendar {
                        year: Some(year),
                        month,
                        day: Some(chrono::Datelike::day(&date)),
                    };
                    expr.last = after;
                }
            }
        }
        if let Core::Holiday { month, day } = expr.core {
            if let Some((year, after)) = self
                .year_after_date(self.comma(expr.last))
                .or_else(|| self.of_year(expr.last))
            {
                expr.core = Core::Calendar {
                    year: Some(year),
                    month,
                    day: Some(day),
                };
                expr.last = after;
            }
        }
        // "the Columbus Day weekend in 1990", "on Christmas Day in 1914": that year's (the
        // year tagged on its own).
        let after = if self.is_any(expr.last, &["weekend", "holiday", "holidays"]) {
            expr.last + 1
        } else {
            expr.last
        };
        if let Some(year) = self
            .year_in_apposition(after)
            .filter(|_| self.is(after, "in"))
        {
            let date = match expr.core {
                Core::Holiday { month, day } => Some((month, day)),
                Core::NthWeekday {
                    month,
                    weekday,
                    nth,
                } => nth_weekday_date(year, month, weekday, nth)
                    .map(|d| (month, chrono::Datelike::day(&d))),
                _ => None,
            };
            if let Some((month, day)) = date {
                expr.core = Core::Calendar {
                    year: Some(year),
                    month,
                    day: Some(day),
                };
            }
        }
        Some(expr)
    }

    /// A holiday opening its sentence as the subject of a verb of the calendar ("Easter falls
    /// on March 31 this year").
    /// A day a sentence names as a holiday, at the "Day" that ends its name: "Since 1838, 25
    /// March has been celebrated as Independence Day", "In Kuwait, 26 February is Liberation
    /// Day" (`XXXX-03-25`, `XXXX-02-26`: that day every year).
    fn named_day(&self, i: usize) -> Option<Expr> {
        if self.word(i)? != "Day" {
            return None;
        }
        let mut j = i;
        while j > 0
            && i - j < 3
            && self.capitalized(j - 1)
            && self.word(j - 1).is_some_and(|w| {
                lexicon::lookup(lexicon::MONTHS, w).is_none()
                    && lexicon::lookup(lexicon::WEEKDAYS, w).is_none()
            })
        {
            j -= 1;
        }
        if j == i || j == 0 {
            return None;
        }
        // "The country celebrates Independence Day on 12 June": the day written after it.
        if self.is_any(j - 1, COMMEMORATES) && self.is(i + 1, "on") {
            if let Some(Core::Calendar {
                year: None,
                month,
                day: Some(day),
            }) = self.calendar_date(i + 2).map(|e| e.core)
            {
                return Some(Expr::fixed(
                    j,
                    i + 1,
                    TimexType::Date,
                    format!("XXXX-{month:02}-{day:02}"),
                ));
            }
        }
        if !self.is_any(j - 1, &["as", "is", "was"]) {
            return None;
        }
        let (month, day) = (j.saturating_sub(14)..j).rev().find_map(|k| {
            let date = self.calendar_date(k).filter(|e| e.last < j)?;
            match date.core {
                Core::Calendar {
                    month,
                    day: Some(day),
                    ..
                } => Some((month, day)),
                _ => None,
            }
        })?;
        Some(Expr::fixed(
            j,
            i + 1,
            TimexType::Date,
            format!("XXXX-{month:02}-{day:02}"),
        ))
    }

    fn holiday_subject(&self, i: usize) -> bool {
        i == 0 && self.is_any(i + 1, &["falls", "fell", "comes", "came"])
    }

    /// "of 1914" at `i`, after a holiday ("by Christmas of 1914"): the year and the index after it.
    fn of_year(&self, i: usize) -> Option<(i32, usize)> {
        if self.is(i, "of") {
            self.year(i + 1)
        } else {
            None
        }
    }

    /// "early", "late" or "mid" (with its hyphen) at `i`: the TimeML `mod` it gives and the index
    /// after it; no modifier and `i` itself otherwise.
    fn early_late_mid(&self, i: usize) -> (Option<&'static str>, usize) {
        let modifier = match self.word(i).map(str::to_ascii_lowercase).as_deref() {
            Some("early") => Some("START"),
            Some("late") => Some("END"),
            Some("mid") => Some("MID"),
            _ => None,
        };
        match modifier {
            Some(_) => (modifier, self.hyphen(i + 1).unwrap_or(i + 1)),
            None => (None, i),
        }
    }

    /// "each year", "every year" or "annually" at `j`: the index after it.
    fn every_year_at(&self, j: usize) -> Option<usize> {
        if self.is_any(j, &["each", "every"]) && self.is(j + 1, "year") {
            Some(j + 2)
        } else if self.is(j, "annually") {
            Some(j + 1)
        } else {
            None
        }
    }

    /// The year of a month and year set after a comma ("Easter Week, April 1916") or "in"
    /// ("Easter Week in April 1916"), or of a year alone there ("Easter Monday, 1916", "Easter
    /// Monday in 1917").
    fn year_in_apposition(&self, end: usize) -> Option<i32> {
        if !self.punct(end, ",") && !self.is(end, "in") {
            return None;
        }
        match self.month(end + 1, true) {
            Some((_, after)) => self.year_after_date(self.comma(after)).map(|(y, _)| y),
            None => self.year(end + 1).map(|(y, _)| y),
        }
    }

    /// Whether the holiday name from `i` to `end` names its break after a preposition ("for
    /// the Christmas holiday", "after the New Year's holiday").
    fn names_holiday_break(&self, i: usize, end: usize) -> bool {
        i >= 2
            && self.is(i - 1, "the")
            && self.is_any(i - 2, HOLIDAY_PREPOSITIONS)
            && self.is_any(end, &["holiday", "holidays", "break", "recess"])
    }

    /// Holidays with a fixed date or a fixed weekday rule.
    fn holiday_core(&self, i: usize) -> Option<Expr> {
        // "last Thanksgiving", "this Christmas": the nearest one is meant either way.
        if self.is_any(i, &["last", "next", "this", "past"]) && !self.capitalized(i + 1) {
            return None;
        }
        if self.is_any(i, &["last", "next", "this", "past"]) {
            let mut expr = self.holiday_core(i + 1)?;
            expr.first = i;
            return Some(expr);
        }
        let word = self.word(i)?;
        if !self.capitalized(i) {
            return None;
        }
        let lower = |w: &str| word.eq_ignore_ascii_case(w);
        let day_suffix = |j: usize| if self.is(j, "Day") { j + 1 } else { j };
        if lower("christmas") {
            if self.is(i + 1, "eve") {
                return Some(Expr::new(
                    i,
                    i + 2,
                    TimexType::Date,
                    Core::Holiday { month: 12, day: 24 },
                ));
            }
            if self.is(i + 1, "Day") {
                return Some(Expr::new(
                    i,
                    i + 2,
                    TimexType::Date,
                    Core::Holiday { month: 12, day: 25 },
                ));
            }
            // "Christmas" alone as a date only after a preposition or before a year ("spent
            // Christmas 1942 in the pocket"), or naming its break ("closed for the Christmas
            // holiday").
            if self.year(i + 1).is_some()
                || self.holiday_subject(i)
                || self.names_holiday_break(i, i + 1)
                || i > 0
                    && (self.is_any(i - 1, HOLIDAY_PREPOSITIONS)
                        // "ahead of Christmas", "spent Christmas in the trenches".
                        || (self.is(i - 1, "of") && i > 1 && self.is(i - 2, "ahead"))
                        || self.is_any(
                            i - 1,
                            &[
                                "spent", "spend", "spends", "spending", "celebrated", "celebrate",
                                "celebrates", "celebrating",
                            ],
                        ))
                    && (!self.word(i + 1).is_some_and(|w| {
                        w.chars().next().is_some_and(char::is_alphabetic)
                            && !lexicon::contains(lexicon::FUNCTION_WORDS, w)
                            && lexicon::lookup(lexicon::PARTS_OF_DAY, w).is_none()
                    }) || (self.is_any(i + 1, &["this", "last", "next", "that"])
                        && self.is(i + 2, "year")))
            {
                return Some(Expr::new(
                    i,
                    i + 1,
                    TimexType::Date,
                    Core::Holiday { month: 12, day: 25 },
                ));
            }
            return None;
        }
        if lower("new")
            && self.is(i + 1, "year")
            && (self.punct(i + 2, "'") || self.punct(i + 2, "’"))
            && self.is(i + 3, "s")
        {
            if self.is(i + 4, "eve") {
                return Some(Expr::new(
                    i,
                    i + 5,
                    TimexType::Date,
                    Core::Holiday { month: 12, day: 31 },
                ));
            }
            if self.is(i + 4, "day") {
                return Some(Expr::new(
                    i,
                    i + 5,
                    TimexType::Date,
                    Core::Holiday { month: 1, day: 1 },
                ));
            }
            // "after the New Year's holiday".
            if self.names_holiday_break(i, i + 4) {
                return Some(Expr::new(
                    i,
                    i + 4,
                    TimexType::Date,
                    Core::Holiday { month: 1, day: 1 },
                ));
            }
            return None;
        }
        // "at New Year 1915", "over the New Year": the first of January, not another
        // calendar's ("the Chinese New Year") nor a name ("the New Year Offensive").
        if lower("new")
            && self.is(i + 1, "year")
            && self.capitalized(i + 1)
            && !self.capitalized(i + 2)
            && !self.punct(i + 2, "'")
            && !self.punct(i + 2, "’")
            && !self.punct(i + 2, "-")
            && (self.year(i + 2).is_some()
                || i > 0
                    && self.is_any(
                        i - 1,
                        &[
                            "the", "at", "before", "after", "since", "until", "by", "over",
                        ],
                    ))
        {
            return Some(Expr::new(
                i,
                i + 2,
                TimexType::Date,
                Core::Holiday { month: 1, day: 1 },
            ));
        }
        if lower("thanksgiving") {
            return Some(Expr::new(
                i,
                day_suffix(i + 1),
                TimexType::Date,
                Core::NthWeekday {
                    month: 11,
                    weekday: 4,
                    nth: 4,
                },
            ));
        }
        // Easter and the days counted from it: "Good Friday", "Easter Monday", "at Easter
        // 1916" (not "the Easter Rising").
        let easter = if lower("good") && self.is(i + 1, "Friday") {
            Some((-2, i + 2))
        } else if lower("palm") && self.is(i + 1, "Sunday") {
            Some((-7, i + 2))
        } else if (lower("maundy") || lower("holy")) && self.is(i + 1, "Thursday") {
            Some((-3, i + 2))
        } else if lower("holy") && self.is(i + 1, "Saturday") {
            Some((-1, i + 2))
        } else if lower("passion") && self.is(i + 1, "Sunday") {
            Some((-14, i + 2))
        } else if lower("ash") && self.is(i + 1, "Wednesday") {
            Some((-46, i + 2))
        } else if lower("shrove") && self.is(i + 1, "Tuesday") {
            Some((-47, i + 2))
        } else if lower("whit") && self.is(i + 1, "Sunday") {
            Some((49, i + 2))
        } else if lower("easter") && self.is_any(i + 1, &["Sunday", "Day"]) {
            Some((0, i + 2))
        } else if lower("easter") && self.is(i + 1, "Monday") {
            Some((1, i + 2))
        } else if lower("easter") && self.year(i + 1).is_some() {
            // "spent Easter 1942 in the trenches"
            Some((0, i + 1))
        } else if lower("easter")
            && (self.holiday_subject(i)
                || i > 0 && (self.is_any(i - 1, HOLIDAY_PREPOSITIONS) || self.is(i - 1, "the")))
            && (self.holiday_subject(i)
                || self.is_any(
                    i + 1,
                    &["weekend", "holiday", "holidays", "break", "recess"],
                )
                || self.year(i + 1).is_some()
                || !self.word(i + 1).is_some_and(|w| {
                    w.chars().next().is_some_and(char::is_alphabetic)
                        && !lexicon::contains(lexicon::FUNCTION_WORDS, w)
                }))
        {
            Some((0, i + 1))
        } else {
            None
        };
        // "the Good Friday Agreement", "Easter Monday Rising": names.
        if let Some((offset, end)) = easter.filter(|&(_, end)| !self.capitalized(end)) {
            let (year, end) = match self.year(end).or_else(|| self.of_year(end)) {
                Some((year, after)) => (Some(year), after),
                None => (None, end),
            };
            // "Easter Monday, 24 April 1916": the date written after it says which.
            if year.is_none() && self.punct(end, ",") {
                if let Some(date) = self.calendar_date(end + 1).filter(|d| {
                    matches!(
                        d.core,
                        Core::Calendar {
                            year: Some(_),
                            day: Some(_),
                            ..
                        }
                    )
                }) {
                    return Some(Expr::new(i, date.last, TimexType::Date, date.core));
                }
            }
            let year = year.or_else(|| self.year_in_apposition(end));
            return Some(Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Easter { offset, year },
            ));
        }
        // "Easter week", "Easter Week 1916": the week of Easter Sunday, as US news uses it
        // ("as Easter week began, waving palm fronds"); the Irish Easter Week runs on from it.
        if lower("easter") && self.is(i + 1, "week") && !self.capitalized(i + 2) {
            let (year, end) = match self.year(i + 2) {
                Some((year, after)) => (Some(year), after),
                None => (self.year_in_apposition(i + 2), i + 2),
            };
            let mut expr = Expr::new(i, end, TimexType::Date, Core::Easter { offset: 0, year });
            expr.relative = Some(Relative::WeekOf);
            return Some(expr);
        }
        // The US "Election Day": the Tuesday after the first Monday of November.
        if lower("election") && self.is(i + 1, "Day") && self.capitalized(i + 1) {
            let mut expr = Expr::new(
                i,
                i + 2,
                TimexType::Date,
                Core::NthWeekday {
                    month: 11,
                    weekday: 1,
                    nth: 1,
                },
            );
            expr.relative = Some(Relative::Days(1));
            return Some(expr);
        }
        if lower("halloween") {
            return Some(Expr::new(
                i,
                i + 1,
                TimexType::Date,
                Core::Holiday { month: 10, day: 31 },
            ));
        }
        // The days the Second World War ended in Europe and in Asia, and in a history the day
        // of the Normandy landings ("D-Day" in news is any operation's first day).
        let hyphened = |letters: &[&str]| {
            (self.punct(i + 1, "-") && self.is_any(i + 2, letters) && self.is(i + 3, "Day"))
                .then_some(i + 4)
        };
        let victory = if lower("v") {
            hyphened(&["E"])
                .map(|end| (5, 8, end))
                .or_else(|| hyphened(&["J"]).map(|end| (8, 15, end)))
        } else if (lower("ve") || lower("vj")) && self.is(i + 1, "Day") {
            Some(if lower("ve") {
                (5, 8, i + 2)
            } else {
                (8, 15, i + 2)
            })
        } else if lower("d")
            && self.narrative
            && self.punct(i + 1, "-")
            && self.is(i + 2, "Day")
            // ("D-Day for the operation was 17 September": the first day of another.)
            && !self.is(i + 3, "for")
        {
            Some((6, 6, i + 3))
        } else {
            None
        };
        if let Some((month, day, end)) = victory.filter(|_| self.capitalized(i)) {
            let year = if month == 6 { 1944 } else { 1945 };
            return Some(Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Calendar {
                    year: Some(year),
                    month,
                    day: Some(day),
                },
            ));
        }
        // Saints' days: "St Andrew's Day", "St. George's Day", "Saint Bartholomew's Day", "St
        // John's Eve" (the day before).
        if let Some((month, day, end)) = self.saints_day(i) {
            return Some(Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Holiday { month, day },
            ));
        }
        // Days named for what they keep: "All Saints' Day", "Armistice Day".
        if let Some((month, day, end)) = NAMED_DAYS.iter().find_map(|(words, month, day)| {
            let end = words.iter().enumerate().try_fold(i, |_, (k, word)| {
                let fits = if *word == "'" {
                    self.punct(i + k, "'") || self.punct(i + k, "’")
                } else {
                    self.is(i + k, word)
                };
                fits.then_some(i + k + 1)
            })?;
            Some((*month, *day, end))
        }) {
            return Some(Expr::new(
                i,
                end,
                TimexType::Date,
                Core::Holiday { month, day },
            ));
        }
        // "Okinawa Memorial Day", "Ukrainian Independence Day": another country's day of that
        // name (not "On Memorial Day", "the U.S. Independence Day").
        let another_country = i >= 2
            && self.capitalized(i - 1)
            && !self.punct(i - 2, ".")
            && self.weekday(i - 1, false).is_none()
            && self.month(i - 1, false).is_none()
            && !self.is_any(i - 1, &["US", "American", "National", "Federal"]);
        if another_country && (lower("independence") || lower("memorial") || lower("labor")) {
            return None;
        }
        if lower("independence") && self.is(i + 1, "Day") {
            return Some(Expr::new(
                i,
                i + 2,
                TimexType::Date,
                Core::Holiday { month: 7, day: 4 },
            ));
        }
        // "Labor Day", "Columbus Day", "Memorial Day": a weekday counted in a month.
        if self.is(i + 1, "Day") {
            let rule = WEEKDAY_HOLIDAYS
                .iter()
                .find(|(word, ..)| lower(word))
                .map(|&(_, month, weekday, nth)| (month, weekday, nth));
            if let Some((month, weekday, nth)) = rule {
                return Some(Expr::new(
                    i,
                    i + 2,
                    TimexType::Date,
                    Core::NthWeekday {
                        month,
                        weekday,
                        nth,
                    },
                ));
            }
        }
        // "Presidents' Day", "Presidents Day", "President's Day": the third Monday of February.
        if lower("presidents") || lower("president") {
            let mut j = i + 1;
            if self.punct(j, "'") || self.punct(j, "’") {
                j += 1;
                if self.is(j, "s") && lower("president") {
                    j += 1;
                }
            } else if lower("president") {
                return None;
            }
            if self.is(j, "Day") {
                return Some(Expr::new(
                    i,
                    j + 1,
                    TimexType::Date,
                    Core::NthWeekday {
                        month: 2,
                        weekday: 1,
                        nth: 3,
                    },
                ));
            }
        }
        // Mother's Day and Father's Day: the second Sunday of May, the third of June.
        if (lower("mother") || lower("father"))
            && (self.punct(i + 1, "'") || self.punct(i + 1, "’"))
            && self.is(i + 2, "s")
            && self.is(i + 3, "Day")
        {
            let (month, nth) = if lower("mother") { (5, 2) } else { (6, 3) };
            return Some(Expr::new(
                i,
                i + 4,
                TimexType::Date,
                Core::NthWeekday {
                    month,
                    weekday: 7,
                    nth,
                },
            ));
        }
        if lower("valentine")
            && (self.punct(i + 1, "'") || self.punct(i + 1, "’"))
            && self.is(i + 2, "s")
            && self.is(i + 3, "Day")
        {
            return Some(Expr::new(
                i,
                i + 4,
                TimexType::Date,
                Core::Holiday { month: 2, day: 14 },
            ));
        }
        None
    }

    /// "St Andrew's Day", "St. James' Day", "Saint George's Day", "St John's Eve" at `i`: the
    /// month and day of the feast (an eve the day before) and the index after it.
    fn saints_day(&self, i: usize) -> Option<(u32, u32, usize)> {
        if !self.is_any(i, &["st", "saint"]) || !self.capitalized(i) {
            return None;
        }
        let k = if self.punct(i + 1, ".") { i + 2 } else { i + 1 };
        let name = self.word(k)?;
        let &(_, month, day) = SAINTS_DAYS
            .iter()
            .find(|(saint, _, _)| name.eq_ignore_ascii_case(saint))?;
        if !(self.punct(k + 1, "'") || self.punct(k + 1, "’")) {
            return None;
        }
        let k = if self.is(k + 2, "s") { k + 3 } else { k + 2 };
        if self.is(k, "day") {
            Some((month, day, k + 1))
        } else if self.is(k, "eve") {
            let eve = chrono::NaiveDate::from_ymd_opt(2001, month, day)?.pred_opt()?;
            Some((
                chrono::Datelike::month(&eve),
                chrono::Datelike::day(&eve),
                k + 1,
            ))
        } else {
            None
        }
    }
}

/// Lowercase full month names are accepted only for months that are not also common words.
fn is_unambiguous_month(word: &str) -> bool {
    lexicon::contains(
        &[
            "january",
            "february",
            "april",
            "june",
            "july",
            "september",
            "october",
            "november",
            "december",
        ],
        word,
    )
}

/// Abbreviated weekdays, taken only with a stop ("Fri.").
static WEEKDAY_ABBREVIATIONS: &[(&str, u32)] = &[
    ("mon", 1),
    ("tue", 2),
    ("tues", 2),
    ("wed", 3),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("fri", 5),
    ("sat", 6),
];

/// The `nth` `weekday` (1 = Monday) of `month` in `year`; `nth` -1 is the last.
pub fn nth_weekday_date(
    year: i32,
    month: u32,
    weekday: u32,
    nth: i32,
) -> Option<chrono::NaiveDate> {
    let day_of_week =
        chrono::Weekday::try_from(u8::try_from(weekday.checked_sub(1)?).ok()?).ok()?;
    if nth > 0 {
        return chrono::NaiveDate::from_weekday_of_month_opt(
            year,
            month,
            day_of_week,
            u8::try_from(nth).ok()?,
        );
    }
    let first = chrono::NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    let back = (7 + chrono::Datelike::weekday(&next).num_days_from_monday()
        - day_of_week.num_days_from_monday()
        - 1)
        % 7
        + 1;
    next.checked_sub_days(chrono::Days::new(u64::from(back)))
}

/// Days named for what they keep, as words (an apostrophe matches either kind), with their
/// month and day.
/// Holidays on a weekday counted in a month, named by the word before "Day": month, weekday
/// (1 = Monday) and which one (-1 the last). Columbus Day is the second Monday of October since
/// 1971.
static WEEKDAY_HOLIDAYS: &[(&str, u32, u32, i32)] = &[
    ("labor", 9, 1, 1),
    ("columbus", 10, 1, 2),
    ("memorial", 5, 1, -1),
];

/// Saints' feast days in the Western calendar: the saint, the month and the day.
static SAINTS_DAYS: &[(&str, u32, u32)] = &[
    ("agnes", 1, 21),
    ("valentine", 2, 14),
    ("david", 3, 1),
    ("patrick", 3, 17),
    ("joseph", 3, 19),
    ("george", 4, 23),
    ("mark", 4, 25),
    ("john", 6, 24),
    ("peter", 6, 29),
    ("swithin", 7, 15),
    ("james", 7, 25),
    ("lawrence", 8, 10),
    ("bartholomew", 8, 24),
    ("matthew", 9, 21),
    ("michael", 9, 29),
    ("luke", 10, 18),
    ("crispin", 10, 25),
    ("martin", 11, 11),
    ("andrew", 11, 30),
    ("nicholas", 12, 6),
    ("lucy", 12, 13),
    ("thomas", 12, 21),
    ("stephen", 12, 26),
];

static NAMED_DAYS: &[(&[&str], u32, u32)] = &[
    (&["all", "saints", "'", "day"], 11, 1),
    (&["all", "souls", "'", "day"], 11, 2),
    (&["armistice", "day"], 11, 11),
    (&["remembrance", "day"], 11, 11),
    (&["bastille", "day"], 7, 14),
    (&["boxing", "day"], 12, 26),
    (&["april", "fools", "'", "day"], 4, 1),
    (&["april", "fool", "'", "s", "day"], 4, 1),
    (&["epiphany"], 1, 6),
    (&["candlemas"], 2, 2),
    (&["lady", "day"], 3, 25),
    (&["may", "day"], 5, 1),
    (&["midsummer", "day"], 6, 24),
    (&["midsummer", "'", "s", "day"], 6, 24),
    (&["michaelmas"], 9, 29),
    (&["guy", "fawkes", "night"], 11, 5),
    (&["guy", "fawkes", "day"], 11, 5),
    (&["veterans", "day"], 11, 11),
    (&["veterans", "'", "day"], 11, 11),
    (&["veteran", "'", "s", "day"], 11, 11),
    (&["flag", "day"], 6, 14),
];

/// Nouns after a four-digit number that make it a count, not a year.
/// Words that open a noun phrase of their own after a year ("In the spring of 1811 both sides
/// prepared"), never an adjective of a count.
static QUANTIFIERS: &[&str] = &[
    "both", "many", "all", "most", "some", "several", "few", "other", "such", "each", "every",
    "no", "these", "those", "its", "their", "his", "her",
];

/// Endings of adjectives before a plural count ("2000 unarmed monitors"), of peoples' names
/// ("some 1800 Jordanian soldiers") and of singular words ending in "s".
static ADJECTIVE_ENDINGS: &[&str] = &["ed", "al", "ive", "ous", "ful", "less", "ble"];
static PEOPLE_ENDINGS: &[&str] = &["an", "ish", "ese", "i", "ch", "ic"];
static SINGULAR_ENDINGS: &[&str] = &["ss", "us", "is"];

/// Peoples' names that are not told by their endings ("some 1100 Allied soldiers").
static PEOPLES: &[&str] = &["Soviet", "Allied", "Yugoslav", "Union"];

/// Words before "Christmas" or "Easter" that make it the day ("until late November or even
/// Christmas", "before Easter").
static HOLIDAY_PREPOSITIONS: &[&str] = &[
    "on", "at", "before", "after", "since", "until", "till", "by", "over", "for", "through",
    "during", "around", "even",
];

/// Words of a sentence where "the 90s" are degrees, scores, prices or ages.
static NOT_DECADE_WORDS: &[&str] = &[
    "temperature",
    "temperatures",
    "degrees",
    "highs",
    "lows",
    "heat",
    "fahrenheit",
    "celsius",
    "thermometer",
    "mercury",
    "scored",
    "score",
    "scores",
    "points",
    "percent",
    "price",
    "prices",
    "priced",
    "cents",
    "traded",
    "trading",
    "mph",
    "aged",
    "ages",
];

static COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "soldiers",
    "men",
    "women",
    "children",
    "cases",
    "deaths",
    "dollars",
    "miles",
    "kilometers",
    "km",
    "feet",
    "meters",
    "metres",
    "tons",
    "tonnes",
    "votes",
    "shares",
    "members",
    "workers",
    "employees",
    "jobs",
    "homes",
    "houses",
    "cars",
    "points",
    "percent",
    "units",
    "acres",
    "pounds",
    "barrels",
    "yards",
    "students",
    "refugees",
    "civilians",
    "prisoners",
    "residents",
    "protesters",
    "hours",
    "days",
    "years",
    "victims",
    "copies",
    // Units written before their noun: "a 2000 kilometer journey".
    "kilometer",
    "kilometre",
    "kilometres",
    "mile",
    "meter",
    "metre",
    "foot",
    "ton",
    "tonne",
    "yard",
    "acre",
    "hectare",
    "hectares",
    "gallon",
    "gallons",
    "barrel",
    // The fallen and the armed: "left 2000 dead".
    "dead",
    "wounded",
    "killed",
    "casualties",
    "sailors",
    "marines",
    "fighters",
    "rebels",
    "guns",
    "tanks",
    "aircraft",
    "ships",
    "horses",
];

/// The 24-hour clock hour of `hour` (1-12) a.m. or p.m.: 12 a.m. is 0, 12 p.m. is 12.
fn twenty_four_hour(hour: u32, pm: bool) -> u32 {
    match (pm, hour) {
        (false, 12) => 0,
        (true, 1..=11) => hour + 12,
        _ => hour,
    }
}

/// The TimeML `mod` of a date counted from another with a length's modifier: "more than two
/// years ago" is `BEFORE` the date two years ago, "less than two days later" `BEFORE` the date two
/// days later; "about", "almost" and "nearly" are `APPROX`.
fn ago_modifier(words: &[&str], length_modifier: &'static str, later: bool) -> &'static str {
    if matches!(words, ["almost" | "nearly"]) {
        return "APPROX";
    }
    let (longer, shorter) = match length_modifier {
        "MORE_THAN" => ("BEFORE", "AFTER"),
        "EQUAL_OR_MORE" => ("ON_OR_BEFORE", "ON_OR_AFTER"),
        "LESS_THAN" => ("AFTER", "BEFORE"),
        "EQUAL_OR_LESS" => ("ON_OR_AFTER", "ON_OR_BEFORE"),
        _ => return "APPROX",
    };
    if later {
        shorter
    } else {
        longer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Tokens as `(start, end, kind)` by the plain definition, char by char: runs of
    /// alphabetic chars, runs of digits with inner `,`/`.` groups, any other char alone; white
    /// space separates.
    fn reference_tokens(text: &str) -> Vec<(usize, usize, Kind)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |i: usize| chars.get(i).map(|&(_, c)| c);
        let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
        let mut tokens = Vec::new();
        let mut i = 0;
        while let Some(c) = at(i) {
            let start = i;
            let kind = if c.is_whitespace() {
                i += 1;
                continue;
            } else if c.is_ascii_digit() {
                while at(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
                while matches!(at(i), Some(',' | '.'))
                    && at(i + 1).is_some_and(|c| c.is_ascii_digit())
                {
                    i += 1;
                    while at(i).is_some_and(|c| c.is_ascii_digit()) {
                        i += 1;
                    }
                }
                Kind::Number
            } else if c.is_alphabetic() {
                while at(i).is_some_and(char::is_alphabetic) {
                    i += 1;
                }
                Kind::Word
            } else {
                i += 1;
                Kind::Punct
            };
            tokens.push((offset(start), offset(i), kind));
        }
        tokens
    }

    proptest! {
        #[test]
        fn tokens_are_runs_of_letters_digits_or_one_other_char(
            text in "([a-zA-Z]{1,6}|[0-9]{1,4}|[,.'’ \t\n\u{b}\u{a0}\u{2003}-]|[éßİΩ日本]|\\PC){0,24}"
        ) {
            let tokens = tokenize(&text);
            let spans: Vec<(usize, usize, Kind)> =
                tokens.iter().map(|t| (t.start, t.end, t.kind)).collect();
            prop_assert_eq!(spans, reference_tokens(&text));
            for (i, token) in tokens.iter().enumerate() {
                let spaced = i == 0 || text[tokens[i - 1].end..token.start].chars().any(char::is_whitespace);
                prop_assert_eq!(token.space_before, spaced);
                prop_assert_eq!(token.class, if token.kind == Kind::Word { CLASSES.get(token.text) } else { 0 });
            }
        }
    }

    #[test]
    fn word_classes_ignore_ascii_case_and_know_plurals() {
        let class_of = |text: &str| tokenize(text).first().map_or(0, |t| t.class);
        for (word, bits) in [
            ("Monday", class::FIRST),
            ("MONDAYS", class::FIRST_PLURAL),
            ("said", class::REPORTING),
            ("expected", class::FUTURE),
            ("fell", class::PAST),
            ("zebra", 0),
            ("Mondaysss", 0),
            // Sixteen bytes and longer: never a prefix's classes.
            ("Mondaymondaymond", 0),
            ("Thanksgivingsday", 0),
            ("Christmasabcdefghij", 0),
            ("more", class::LEADING),
            ("That", class::LEADING),
        ] {
            assert_eq!(class_of(word) & bits, bits, "{word}");
            if bits == 0 {
                assert_eq!(class_of(word), 0, "{word}");
            }
        }
    }

    /// A word longer than a [`lexicon::WordClasses`] holds would silently have no classes.
    #[test]
    fn every_classified_word_fits_the_word_classes() {
        let lists = [LATER_WORDS, lexicon::FUTURE_WORDS, lexicon::PAST_WORDS]
            .into_iter()
            .chain([lexicon::REPORTING_WORDS, lexicon::BEFORE_PARTICIPLE_WORDS])
            .chain([lexicon::SCHEDULE_WORDS, LEADING_WORDS]);
        for word in first_words().chain(lists.flatten().copied()) {
            assert!(
                word.len() < lexicon::MAX_CLASS_WORD,
                "{word:?} (and its plural) must fit"
            );
            assert_ne!(CLASSES.get(word), 0, "{word:?}");
        }
    }

    /// Every word written in this file's patterns is either a possible first word or listed as
    /// never first: a new pattern word has to be placed in one of the two lists.
    #[test]
    fn every_grammar_word_is_classified() {
        let source = include_str!("rules.rs");
        let grammar: String = source
            .split("#[cfg(test)]")
            .next()
            .unwrap_or(source)
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect();
        // (An escaped quote inside a literal would shift every later literal out of step.)
        let grammar = grammar.replace("\\\"", "");
        let mut unclassified = Vec::new();
        for literal in grammar.split('"').skip(1).step_by(2) {
            if literal.is_empty() || !literal.chars().all(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let word = literal.to_ascii_lowercase();
            let known = CLASSES.get(&word) & class::FIRST != 0
                || LATER_WORDS.contains(&word.as_str())
                || COUNT_NOUNS.contains(&word.as_str())
                || NOT_DECADE_WORDS.contains(&word.as_str())
                || QUANTIFIERS.contains(&word.as_str())
                || PEOPLES.iter().any(|p| p.eq_ignore_ascii_case(&word))
                || SAINTS_DAYS.iter().any(|(saint, _, _)| *saint == word)
                || [ADJECTIVE_ENDINGS, PEOPLE_ENDINGS, SINGULAR_ENDINGS]
                    .iter()
                    .any(|list| list.contains(&word.as_str()));
            if !known && !unclassified.contains(&word) {
                unclassified.push(word);
            }
        }
        assert!(
            unclassified.is_empty(),
            "unclassified grammar words: {unclassified:?}"
        );
    }

    /// Skipping words that cannot begin an expression changes nothing: on varied text, the
    /// patterns tried at every token find exactly what [`parse`] finds.
    #[test]
    fn skipping_non_first_words_loses_nothing() {
        let texts = [
            include_str!("../../seeds/000_9e1ccc0db0abd50c.txt"),
            "He left at 9 a.m. on Friday, Feb. 6, 2014, on Mondays, two weeks after the end of last year; \
             in the 1990s and the '80s, some 20 years ago, about three weeks later, no more than \
             a decade, twice a year, every Sunday night, A.D. 70, 44 BC, Christmas Eve, New \
             Year's Day, mid-1996, the first half of 1998, fiscal 1999, year-end, nowadays.",
            "At the turn of the century, in the small hours, the same day, the corresponding \
             period, the closing days of the war, the end of the year, the middle of May, the \
             following week, the previous spring, a year ago, an hour later, the '90s, the \
             mid-1970s, the early 1980s, the late afternoon, the future, the company, a man, an \
             idea, the Sunday Times, the next day and a half.",
            // Leading words and counts before an ordinary word begin nothing; a year does.
            "That man paid more money, about $5 million and 5% more, in 1990 sales, for the \
             1861-65 war and the 1990-91 school year; some 20 people, all year, each day, \
             that night, every 10 days, more than 5, at least 3 hours, New Year's Day, up to \
             25 years, those days, in 85 days, at 5. That the company paid about $5 at \
             3:28 a.m. EDT, about a year after the new year, c. 1500, in the '90s, a 10-year \
             plan, at 5:30, on 5/12/90.",
        ];
        for text in texts {
            for span in crate::sentence::split(text) {
                let sentence = span.text(text);
                let tokens = tokenize(sentence);
                let parser = Parser {
                    tokens: &tokens,
                    narrative: false,
                };
                for (index, token) in tokens.iter().enumerate() {
                    if let Some(expr) = parser.best_at(index) {
                        assert!(
                            expr.last <= index || may_begin(&tokens, index),
                            "an expression begins at {:?} in {sentence:?}",
                            token.text
                        );
                    }
                }
            }
        }
    }
}
