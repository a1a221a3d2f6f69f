//! The tagger's word lists: months, weekdays, seasons, parts of the day, number words, ordinals,
//! units and modifier words. Every table is a `static` slice compared case-insensitively, so
//! looking a word up allocates nothing. The grammar in `rules` decides which context a word needs;
//! this module only says what a word means.

use rustc_hash::{FxHashMap, FxHashSet};

/// Month names and abbreviations with their number. Abbreviations are only taken by the grammar
/// next to a day or a year ("Feb. 6", "Sept. 1998").
pub static MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// Abbreviated month names (the grammar takes them only next to a day or a year).
pub static MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekdays, Monday = 1 as in ISO 8601.
pub static WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
];

/// Seasons with their TimeML code.
pub static SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"),
    ("summer", "SU"),
    ("autumn", "FA"),
    ("fall", "FA"),
    ("winter", "WI"),
    // The middle of one (`MID`): "cross the Balkans in midwinter".
    ("midwinter", "WI"),
    ("midsummer", "SU"),
];

/// Parts of the day with their TimeML code.
pub static PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
];

/// Number words below a hundred that stand alone.
pub static NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("dozen", 12),
];

/// Ordinal words with their number.
pub static ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("thirtieth", 30),
];

/// Calendar units of the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// One length of two or more units, each smaller than the one before ("2 hours, 26 minutes" is
/// `PT2H26M`, "two years and three months" `P2Y3M`, "a day and six hours" `P1DT6H`, "2 hours,
/// 8 minutes, 24 seconds" `PT2H8M24S`); `None` for other units or fractions.
pub fn compound_duration(parts: &[(Unit, f64)]) -> Option<String> {
    let mut date = String::new();
    let mut time = String::new();
    for (k, &(unit, n)) in parts.iter().enumerate() {
        // Whole counts of strictly smaller units (seconds may have a fraction: "2 minutes,
        // 2.19 seconds"); weeks do not mix with other units in ISO 8601.
        if (n.fract() != 0.0 && unit != Unit::Second)
            || !(1.0..=1.0e6).contains(&n)
            || unit == Unit::Week
            || parts
                .get(k.wrapping_sub(1))
                .is_some_and(|(bigger, _)| unit >= *bigger)
        {
            return None;
        }
        let (letter, is_time) = unit.letter()?;
        let out = if is_time { &mut time } else { &mut date };
        if n.fract() == 0.0 {
            out.push_str(&format!("{}{letter}", n as i64));
        } else {
            out.push_str(&format!("{n}{letter}"));
        }
    }
    if parts.len() < 2 {
        return None;
    }
    Some(if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    })
}

impl Unit {
    /// The duration value for `n` units ("P3D", "PT4H", "P20Y"); `None` means an unknown number
    /// ("PXY").
    pub fn duration(self, n: Option<f64>) -> String {
        let (time, letter, scale) = match self {
            Unit::Second => (true, "S", 1.0),
            Unit::Minute => (true, "M", 1.0),
            Unit::Hour => (true, "H", 1.0),
            Unit::Day => (false, "D", 1.0),
            Unit::Weekend => (false, "WE", 1.0),
            Unit::Week => (false, "W", 1.0),
            Unit::Month => (false, "M", 1.0),
            Unit::Quarter => (false, "Q", 1.0),
            Unit::Year => (false, "Y", 1.0),
            Unit::Decade => (false, "Y", 10.0),
            Unit::Century => (false, "Y", 100.0),
            Unit::Millennium => (false, "Y", 1000.0),
        };
        let prefix = if time { "PT" } else { "P" };
        match n {
            None => match self {
                Unit::Decade => "PXDE".to_string(),
                Unit::Century => "PXC".to_string(),
                Unit::Millennium => "PXL".to_string(),
                _ => format!("{prefix}X{letter}"),
            },
            Some(n) => {
                let n = n * scale;
                if n.fract() == 0.0 {
                    format!("{prefix}{}{letter}", n as i64)
                } else {
                    // Halves go down one unit where that is exact ("5 1/2 hours" -> PT5H30M).
                    match self {
                        // "half an hour" is PT30M, not PT0H30M.
                        Unit::Hour if n < 1.0 => format!("PT{}M", (n * 60.0).round()),
                        Unit::Hour => {
                            format!("PT{}H{}M", n.trunc() as i64, (n.fract() * 60.0).round())
                        }
                        Unit::Minute if n < 1.0 => format!("PT{}S", (n * 60.0).round()),
                        Unit::Minute => {
                            format!("PT{}M{}S", n.trunc() as i64, (n.fract() * 60.0).round())
                        }
                        Unit::Year | Unit::Decade | Unit::Century => {
                            let months = (n * 12.0).round() as i64;
                            if months >= 12 {
                                format!("P{}Y{}M", months / 12, months % 12)
                            } else {
                                format!("P{months}M")
                            }
                        }
                        Unit::Day => format!("PT{}H", (n * 24.0).round() as i64),
                        // "a week and a half" is ten and a half days.
                        Unit::Week => {
                            let hours = (n * 7.0 * 24.0).round() as i64;
                            match (hours / 24, hours % 24) {
                                (days, 0) => format!("P{days}D"),
                                (0, hours) => format!("PT{hours}H"),
                                (days, hours) => format!("P{days}DT{hours}H"),
                            }
                        }
                        _ => format!("{prefix}{n}{letter}"),
                    }
                }
            }
        }
    }

    /// The ISO letter of a unit that can be combined with another in one length, and whether it
    /// counts time of day (after the `T`).
    fn letter(self) -> Option<(&'static str, bool)> {
        match self {
            Unit::Second => Some(("S", true)),
            Unit::Minute => Some(("M", true)),
            Unit::Hour => Some(("H", true)),
            Unit::Day => Some(("D", false)),
            Unit::Week => Some(("W", false)),
            Unit::Month => Some(("M", false)),
            Unit::Year => Some(("Y", false)),
            _ => None,
        }
    }

    /// The SET value for "every `n` units".
    pub fn set_value(self, n: u32) -> String {
        self.duration(Some(f64::from(n.max(1))))
    }
}

/// Unit words, singular and plural (the bool says plural).
pub static UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("min", Unit::Minute, false),
    ("mins", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("hr", Unit::Hour, false),
    ("hrs", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    // Counted as two weeks by the grammar.
    ("fortnight", Unit::Week, false),
    ("fortnights", Unit::Week, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("yr", Unit::Year, false),
    ("yrs", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
    ("millennium", Unit::Millennium, false),
    ("millennia", Unit::Millennium, true),
];

/// Words before a bare season that make it a date ("in the spring", "into the summer").
pub static SEASON_PREPOSITIONS: &[&str] = &[
    "in",
    // "worried about the summer".
    "about",
    "into",
    "during",
    "by",
    "until",
    "since",
    "through",
    "throughout",
    "that",
    "of",
    "last",
    "early",
    "late",
    "mid",
    "before",
    "after",
    "over",
    "this",
    "from",
    "till",
];

/// Words allowed between a number and its unit ("two more weeks", "eight trading days").
pub static UNIT_ADJECTIVES: &[&str] = &[
    "more",
    "additional",
    "extra",
    "straight",
    "consecutive",
    "full",
    "long",
    "trading",
    "business",
    "working",
    "calendar",
];

/// Words for an unknown number of units ("several weeks" -> PXW).
pub static VAGUE_QUANTITIES: &[&str] = &["several", "many", "few", "some", "numerous", "multiple"];

/// Adverbs that make a set of a unit ("weekly" -> P1W).
pub static FREQUENCY_ADVERBS: &[(&str, &str)] = &[
    ("hourly", "PT1H"),
    ("daily", "P1D"),
    ("nightly", "P1D"),
    ("weekly", "P1W"),
    ("biweekly", "P2W"),
    ("monthly", "P1M"),
    ("quarterly", "P1Q"),
    ("yearly", "P1Y"),
    ("annually", "P1Y"),
];

/// Modifiers before a duration or an "ago" date, longest first, with their TimeML `mod`.
pub static DURATION_MODIFIERS: &[(&[&str], &str)] = &[
    (&["a", "little", "more", "than"], "MORE_THAN"),
    (&["a", "little", "less", "than"], "LESS_THAN"),
    (&["slightly", "more", "than"], "MORE_THAN"),
    (&["slightly", "less", "than"], "LESS_THAN"),
    (&["a", "little", "over"], "MORE_THAN"),
    (&["a", "little", "under"], "LESS_THAN"),
    (&["no", "more", "than"], "EQUAL_OR_LESS"),
    (&["not", "more", "than"], "EQUAL_OR_LESS"),
    (&["no", "less", "than"], "EQUAL_OR_MORE"),
    (&["more", "than"], "MORE_THAN"),
    (&["longer", "than"], "MORE_THAN"),
    (&["less", "than"], "LESS_THAN"),
    (&["fewer", "than"], "LESS_THAN"),
    (&["shorter", "than"], "LESS_THAN"),
    (&["a", "minimum", "of"], "EQUAL_OR_MORE"),
    (&["a", "maximum", "of"], "EQUAL_OR_LESS"),
    (&["at", "least"], "EQUAL_OR_MORE"),
    (&["at", "most"], "EQUAL_OR_LESS"),
    (&["up", "to"], "EQUAL_OR_LESS"),
    (&["well", "over"], "MORE_THAN"),
    (&["just", "over"], "MORE_THAN"),
    (&["just", "under"], "LESS_THAN"),
    (&["well", "under"], "LESS_THAN"),
    (&["slightly", "over"], "MORE_THAN"),
    (&["slightly", "under"], "LESS_THAN"),
    (&["over"], "MORE_THAN"),
    (&["under"], "LESS_THAN"),
    (&["almost", "exactly"], "APPROX"),
    (&["nearly"], "APPROX"),
    (&["almost"], "LESS_THAN"),
    (&["about"], "APPROX"),
    (&["around"], "APPROX"),
    (&["approximately"], "APPROX"),
    (&["roughly"], "APPROX"),
    (&["some"], "APPROX"),
    (&["circa"], "APPROX"),
];

/// Nouns of events a history tells, which a year before them dates ("the 1910 election", "the
/// 1916 offensive"), unlike a thing it names ("the 1967 ceasefire line").
pub static EVENT_NOUNS: &[&str] = &[
    "election",
    "elections",
    "campaign",
    "revolution",
    "uprising",
    "offensive",
    "invasion",
    "coup",
    "rebellion",
    "revolt",
    "insurrection",
    "referendum",
    "crisis",
    "siege",
    "battle",
    "mutiny",
    "massacre",
    "raid",
    "landings",
    "retreat",
    "evacuation",
];

/// Words that say a sentence tells of a game, whose quarters, halves and clock are no dates.
pub static GAME_WORDS: &[&str] = &[
    "trailed",
    "halftime",
    "scored",
    "foul",
    "touchdown",
    "touchdowns",
    "rebounds",
    "overtime",
    "game",
    "innings",
    "quarterback",
    "buzzer",
    "layup",
    "jumper",
    "free-throw",
];

/// Words that point the nearest time expression to the future ("will open in May").
pub static FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "would",
    "tomorrow",
    "upcoming",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "expects",
    "expect",
    "expected",
    "intends",
    "wants",
    "hopes",
    "aims",
    "due",
    "might",
    "planning",
    "scheduling",
    "expecting",
    "slated",
    "payable",
    "effective",
    "anticipate",
    "anticipates",
    "await",
    "awaits",
    "awaiting",
    "soon",
];

/// Present-tense verbs of things on a calendar: in news, "The summit opens Tuesday", "The
/// trial resumes in March", "The law takes effect Jan. 1" tell a schedule, still ahead.
pub static SCHEDULE_WORDS: &[&str] = &[
    "opens",
    "begins",
    "starts",
    "resumes",
    "reopens",
    "convenes",
    "expires",
    "closes",
    "ends",
    "meets",
    "visits",
    "arrives",
    "departs",
    "travels",
    "heads",
    "returns",
    "faces",
    "hosts",
    "plays",
    "testifies",
    "kicks",
    "debuts",
    "premieres",
    "takes",
    "goes",
    "reports",
    "launches",
    "turns",
    "steps",
    "moves",
    "retires",
    "calls",
    "runs",
];

/// Past participles that do not end like one ("-ed", "-en", "-wn", "-ght"): what "had" before
/// them makes a past perfect ("had left", "had met").
pub static IRREGULAR_PARTICIPLES: &[&str] = &[
    "been",
    "made",
    "left",
    "lost",
    "held",
    "led",
    "met",
    "sent",
    "set",
    "put",
    "run",
    "come",
    "become",
    "struck",
    "told",
    "said",
    "kept",
    "found",
    "fled",
    "laid",
    "paid",
    "dealt",
    "felt",
    "meant",
    "stood",
    "understood",
    "sunk",
    "shot",
    "cut",
    "hit",
    "quit",
    "spread",
    "cast",
    "burst",
    "let",
    "built",
    "spent",
    "lent",
    "bent",
    "dug",
    "hung",
    "slain",
    "won",
    "heard",
    "sold",
    "read",
    "fed",
    "bled",
    "sped",
    "swept",
    "slept",
    "crept",
    "wept",
    "begun",
    "done",
    "gone",
    "borne",
    "spun",
    "sat",
    "got",
    "stuck",
    "woven",
    "shut",
];

/// Words of a military unit's or a body's name after an ordinal ("the 11th Armoured
/// Division", "the 7th Cavalry", "the 3rd Battalion"): the ordinal is no day of the month.
pub static MILITARY_UNIT_WORDS: &[&str] = &[
    "air",
    "airborne",
    "armored",
    "armoured",
    "army",
    "artillery",
    "battalion",
    "battalions",
    "battery",
    "brigade",
    "brigades",
    "cavalry",
    "chasseurs",
    "colonial",
    "commandos",
    "company",
    "congress",
    "corps",
    "cossacks",
    "division",
    "divisions",
    "dragoons",
    "engineers",
    "field",
    "fleet",
    "flotilla",
    "fusiliers",
    "grenadiers",
    "group",
    "guards",
    "highlanders",
    "hussars",
    "infantry",
    "lancers",
    "legion",
    "light",
    "marine",
    "marines",
    "mechanised",
    "mechanized",
    "militia",
    "motorised",
    "motorized",
    "mountain",
    "panzer",
    "parachute",
    "rangers",
    "regiment",
    "regiments",
    "rifle",
    "rifles",
    "squadron",
    "ss",
    "tank",
    "volunteer",
    "volunteers",
    "wing",
    "zouaves",
];

/// Words that point the nearest time expression to the past.
pub static PAST_WORDS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "ago",
    "yesterday",
    "earlier",
    "last",
    "came",
    "went",
    "took",
    "made",
    "began",
    "saw",
    "got",
    "gave",
    "left",
    "met",
    "won",
    "lost",
    "fell",
    "rose",
    "died",
    "wrote",
    "led",
    "held",
    "became",
    "knew",
    "thought",
    "found",
    "sent",
    "has",
    "have",
    "been",
    "since",
    "paid",
    "sold",
    "bought",
    "ran",
    "struck",
    "hit",
    "shot",
    "killed",
    "broke",
    "spent",
    "brought",
    "caught",
    "built",
    "fought",
    "sought",
    "kept",
    "stood",
    "grew",
    "flew",
    "drove",
    "spoke",
    "chose",
    "withdrew",
    "sank",
    "swept",
    "fled",
    "overthrew",
    "felt",
    "meant",
    "wore",
    "threw",
    "forgot",
    "hid",
    "bore",
    "beat",
    "bit",
    "lay",
    "laid",
    "sat",
    "slept",
    "drew",
    "heard",
    "taught",
    "overtook",
    "undertook",
    "arose",
    "swore",
    "shook",
    "stole",
    "understood",
    "woke",
    // Irregular past forms that are not also present or participle forms of common verbs.
    "shrank",
    "slid",
    "swung",
    "froze",
    "upheld",
    "underwent",
    "oversaw",
    "sped",
    "stuck",
    "tore",
    "dealt",
    "lent",
    "leapt",
    "forgave",
    "forbade",
    "sprang",
    "swam",
    "drank",
    "rang",
    "sang",
    "blew",
    "slew",
    "rode",
    "strode",
    "strove",
    "spun",
    "hung",
    "clung",
    "flung",
    "stung",
    "dug",
    "shone",
    "lit",
    "bled",
    "fed",
    "bent",
    "crept",
    "wept",
    "knelt",
    "spat",
    "overcame",
    "foresaw",
    "withheld",
    "misled",
    "mistook",
    "outgrew",
    "overran",
    "retook",
    "rewrote",
    "withstood",
    "ate",
    "stank",
    "wrung",
    "beheld",
    "befell",
    "foretold",
    "overheard",
    "overshot",
    "overslept",
    "undid",
    "unwound",
];

/// Verbs and nouns of commitment or intent whose infinitive is still ahead of them: "agreed to
/// purchase the line in February", "a decision to admit them in early March", "hoped to finish
/// before the August recess". The date belongs to the infinitive, so it points forward even
/// though the commitment is past.
pub static COMMITMENT_WORDS: &[&str] = &[
    "agreed",
    "decided",
    "voted",
    "promised",
    "pledged",
    "vowed",
    "offered",
    "threatened",
    "hoped",
    "hopes",
    "hoping",
    "aimed",
    "aims",
    "aiming",
    "wanted",
    "wants",
    "sought",
    "seeks",
    // "were prepared to pass another bill by Wednesday".
    "prepared",
    "agreement",
    "decision",
    "deal",
    "bid",
    "offer",
    "proposal",
    "pact",
    "accord",
    "contract",
];

/// Nouns that, right after a month, make it the period some figures cover ("February retail
/// sales", "the September jobs report"): a month already over.
/// Words after a quarter that name a company's results for it ("fourth-quarter earnings",
/// "the third quarter results"); with [`FIGURES_WORDS`], what says a quarter names figures.
pub static RESULTS_WORDS: &[&str] = &[
    "results", "earnings", "profit", "profits", "loss", "losses", "revenue", "income", "net",
    "report",
];

pub static FIGURES_WORDS: &[&str] = &[
    "sales",
    "retail",
    "data",
    "figures",
    "jobs",
    "payrolls",
    "payroll",
    "employment",
    "unemployment",
    "jobless",
    "inflation",
    "consumer",
    "producer",
    "output",
    "production",
    "exports",
    "imports",
    "trade",
    "statistics",
    "numbers",
    "orders",
    "factory",
    "manufacturing",
    "industrial",
    "housing",
    "home",
    "auto",
    "car",
    "traffic",
    "readings",
];

/// Verbs that move something to a later date: "postponed until Tuesday", "adjourned to Friday".
pub static POSTPONING_WORDS: &[&str] = &[
    "postponed",
    "delayed",
    "deferred",
    "adjourned",
    "rescheduled",
    "extended",
    "moved",
    "pushed",
    "put",
];

/// Reporting verbs: past, but they date the report, not the event; used only when nothing else
/// gives the tense.
pub static REPORTING_WORDS: &[&str] = &["said", "told", "reported", "announced", "added", "noted"];

/// Function words that may follow a bare season ("in the spring he left") without making it the
/// first half of a compound noun ("the spring revolution").
pub static FUNCTION_WORDS: &[&str] = &[
    "of", "and", "or", "but", "when", "while", "with", "as", "to", "in", "at", "on", "after",
    "before", "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
    "its", "was", "were", "is", "are", "will", "would", "had", "has", "have", "that", "this",
    "for", "from", "by", "until", "till", "since", "through", "there", "then", "because", "if",
    "so", "than", "season", "term", "session", "semester", "months",
];

/// A word list for the hot paths: hashed once, looked up ignoring ASCII case without
/// allocating. Words are stored in lower case.
#[derive(Debug)]
pub struct WordSet {
    words: FxHashSet<&'static [u8]>,
}

/// Longest word a [`WordSet`] can hold and look up.
pub const MAX_SET_WORD: usize = 24;

impl WordSet {
    /// The set of `words`, which must be lower-case ASCII of at most [`MAX_SET_WORD`] bytes.
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        let words = words
            .into_iter()
            .map(str::as_bytes)
            .collect::<FxHashSet<_>>();
        debug_assert!(words
            .iter()
            .all(|w| w.len() <= MAX_SET_WORD && !w.iter().any(u8::is_ascii_uppercase)));
        WordSet { words }
    }

    /// True when `word` is in the set, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.len() > MAX_SET_WORD {
            return false;
        }
        let mut lower = [0u8; MAX_SET_WORD];
        let lower = &mut lower[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        self.words.contains(&*lower)
    }
}

/// What words are to the grammar, as bits ([`class`]): hashed once, looked up ignoring ASCII
/// case without allocating. [`rules::tokenize`](super::rules::tokenize) looks every word up
/// once and keeps the bits in [`Token::class`](super::rules::Token::class), so the patterns and
/// the tense reading test bits instead of hashing the word again.
#[derive(Debug, Default)]
pub struct WordClasses {
    /// Keyed by the lower-cased bytes of a word packed into an integer ([`word_key`]).
    words: FxHashMap<u128, u16>,
}

/// Bits of a [`WordClasses`] entry.
pub mod class {
    /// A word that may begin a time expression.
    pub const FIRST: u16 = 1;
    /// The plural of such a word ("Mondays", "nights").
    pub const FIRST_PLURAL: u16 = 1 << 1;
    /// A word of [`FUTURE_WORDS`](super::FUTURE_WORDS).
    pub const FUTURE: u16 = 1 << 2;
    /// A word of [`PAST_WORDS`](super::PAST_WORDS).
    pub const PAST: u16 = 1 << 3;
    /// A word of [`REPORTING_WORDS`](super::REPORTING_WORDS).
    pub const REPORTING: u16 = 1 << 4;
    /// A word of [`BEFORE_PARTICIPLE_WORDS`](super::BEFORE_PARTICIPLE_WORDS).
    pub const BEFORE_PARTICIPLE: u16 = 1 << 5;
    /// A word of [`SCHEDULE_WORDS`](super::SCHEDULE_WORDS).
    pub const SCHEDULE: u16 = 1 << 6;
    /// A word the grammar reads that never begins an expression ("end", "ago", "turn"): a
    /// determiner before it may begin one.
    pub const LATER: u16 = 1 << 7;
    /// A first word that is never an expression by itself, only the start of a longer one: a
    /// modifier ("more than", "at least"), a unit adjective ("trading day"), a quantifier
    /// ("several weeks") or a determiner ("that day", "each year"). It begins one only
    /// before a word the grammar reads, a number or a sign.
    pub const LEADING: u16 = 1 << 8;
}

/// Words after which a participle is not a past verb: present and modal auxiliaries ("is
/// heard", "would be held", "to be completed"), link verbs ("will remain closed", "get this
/// done") and conjunctions ("if elected in November", "once approved").
pub static BEFORE_PARTICIPLE_WORDS: &[&str] = &[
    "is", "are", "am", "be", "being", "will", "would", "to", "can", "could", "may", "must",
    "should", "remain", "remains", "stay", "stays", "get", "gets", "become", "becomes", "if",
    "unless", "once",
];

/// Longest word a [`WordClasses`] can hold and look up: the bytes of one `u128`.
pub const MAX_CLASS_WORD: usize = 16;

/// The bytes of `word`, ASCII lower-cased, packed into an integer (the first byte lowest):
/// one hashing step and one comparison per lookup, whatever the word's length. None for a
/// word longer than [`MAX_CLASS_WORD`]. A word has no zero bytes, so no two words share a key.
fn word_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_CLASS_WORD {
        return None;
    }
    // Two halves of eight bytes: shifts within a machine word.
    let half = |bytes: &[u8]| {
        bytes.iter().rev().fold(0u64, |key, byte| {
            key << 8 | u64::from(byte.to_ascii_lowercase())
        })
    };
    let (low, high) = bytes.split_at(bytes.len().min(8));
    Some(u128::from(half(high)) << 64 | u128::from(half(low)))
}

impl WordClasses {
    /// Adds `bits` to the classes of `word` (ASCII case ignored; words longer than
    /// [`MAX_CLASS_WORD`] bytes are never found, so they are not stored).
    pub fn add(&mut self, word: &str, bits: u16) {
        if let Some(key) = word_key(word) {
            *self.words.entry(key).or_default() |= bits;
        }
    }

    /// The classes of `word`, ignoring ASCII case; 0 for a word of none.
    pub fn get(&self, word: &str) -> u16 {
        word_key(word)
            .and_then(|key| self.words.get(&key).copied())
            .unwrap_or(0)
    }
}

/// Looks `word` up in a table, ignoring ASCII case.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, value)| *value)
}

/// True when `word` is in `list`, ignoring ASCII case.
pub fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|item| item.eq_ignore_ascii_case(word))
}

/// The unit named by `word` and whether it is plural.
pub fn unit(word: &str) -> Option<(Unit, bool)> {
    UNITS
        .iter()
        .find(|(name, _, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, unit, plural)| (*unit, *plural))
}
