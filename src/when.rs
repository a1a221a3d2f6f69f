//! When: a calendar date that keeps its precision and uncertainty.
//!
//! Every date Annals shows or sorts by is a [`When`]: an EDTF string (ISO 8601-2, e.g. `2023-06-19`,
//! `2023-05`, `2021`, `2020-22` for summer 2020, `2023-06-01/2023-06-10` for early June), an
//! inclusive first and last day for sorting and drawing, a [`Precision`] and a display text
//! ("19 June 2023", "early June 2023", "summer 2020"). The temporal tagger produces TimeML values;
//! [`When::from_timeml`] is the one place that turns them into calendar spans, so the tagger, the
//! events and the web pages share one source of truth.
//!
//! This module does not parse text and never reads the clock.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

/// How precise a date is. Serialised in kebab case (`part-of-month`), the granularity names of the
/// gold timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    Day,
    Week,
    PartOfMonth,
    Month,
    Season,
    Quarter,
    Half,
    PartOfYear,
    Year,
    Decade,
    Century,
    Interval,
}

impl Precision {
    /// The kebab-case name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::PartOfMonth => "part-of-month",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Half => "half",
            Precision::PartOfYear => "part-of-year",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
            Precision::Interval => "interval",
        }
    }
}

/// A part of a period named by a modifier: "early June", "mid-2021", "the end of last year".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// "early", "the first half of": roughly the first third.
    Early,
    /// "the beginning of", "the start of": the first small part (first month of a year).
    Beginning,
    /// "mid", "the middle of".
    Mid,
    /// "late": roughly the last third.
    Late,
    /// "the end of", "the close of": the last small part (last month of a year).
    End,
}

/// A calendar span with its precision: the date of an event or of a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct When {
    /// EDTF (ISO 8601-2) form.
    pub edtf: String,
    /// First day, inclusive.
    pub start: NaiveDate,
    /// Last day, inclusive. For an open interval ("since 2011") this is the last day known to
    /// hold: the anchor (document date) when there is one, else the end of the onset.
    pub end: NaiveDate,
    pub precision: Precision,
    /// Human text: "19 June 2023", "early June 2023", "summer 2020", "since October 2021".
    pub display: String,
    /// True for an interval whose end is open ("since October 2021": `2021-10/..`).
    #[serde(skip)]
    pub open_end: bool,
}

/// The English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A year as a reader writes it: "2023", or "44 BC" for the astronomical year -43.
pub fn year_label(year: i32) -> String {
    if year <= 0 {
        format!("{} BC", 1 - i64::from(year))
    } else {
        year.to_string()
    }
}

/// The English name of a month, 1..=12.
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1).map(|d| d - Duration::days(1))
}

fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A year in EDTF: four digits, with a minus sign before 1 AD ("-0043" is 44 BC).
fn edtf_year(year: i32) -> String {
    if year < 0 {
        format!("-{:04}", -i64::from(year))
    } else {
        format!("{year:04}")
    }
}

fn edtf_day(date: NaiveDate) -> String {
    format!(
        "{}-{:02}-{:02}",
        edtf_year(date.year()),
        date.month(),
        date.day()
    )
}

fn edtf_month(year: i32, month: u32) -> String {
    format!("{}-{month:02}", edtf_year(year))
}

/// Parses the leading decimal digits of `text` when it has exactly `len` of them.
fn digits<T: std::str::FromStr>(text: &str, len: usize) -> Option<T> {
    if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

impl When {
    /// A single day.
    pub fn day(date: NaiveDate) -> When {
        When {
            edtf: edtf_day(date),
            start: date,
            end: date,
            precision: Precision::Day,
            display: format!(
                "{} {} {}",
                date.day(),
                month_name(date.month()),
                date.year()
            ),
            open_end: false,
        }
    }

    /// A calendar month.
    pub fn month(year: i32, month: u32) -> Option<When> {
        Some(When {
            edtf: edtf_month(year, month),
            start: ymd(year, month, 1)?,
            end: last_day_of_month(year, month)?,
            precision: Precision::Month,
            display: format!("{} {year}", month_name(month)),
            open_end: false,
        })
    }

    /// A calendar year.
    pub fn year(year: i32) -> Option<When> {
        Some(When {
            edtf: edtf_year(year),
            start: ymd(year, 1, 1)?,
            end: ymd(year, 12, 31)?,
            precision: Precision::Year,
            display: year.to_string(),
            open_end: false,
        })
    }

    /// A TimeML year, decade or century before Christ: "0044" (44 BC, astronomical year -43),
    /// "042" (the 420s BC), "00" (the 1st century BC, 100 BC to 1 BC).
    fn before_christ(value: &str) -> Option<When> {
        // "0049-03", "0049-01-10": a month or day of a year before Christ; a season or quarter
        // ("0218-FA") is shown as its year.
        if let Some((year, rest)) = value.split_once('-') {
            if !rest.starts_with(|c: char| c.is_ascii_digit()) {
                return When::before_christ(year);
            }
            let year = digits::<i32>(year, 4).filter(|y| *y > 0)?;
            let astronomical = 1 - year;
            let (month, day) = match rest.split_once('-') {
                Some((month, day)) => (digits::<u32>(month, 2)?, Some(digits::<u32>(day, 2)?)),
                None => (digits::<u32>(rest, 2)?, None),
            };
            let name = month_name(month);
            return Some(match day {
                Some(day) => {
                    let date = ymd(astronomical, month, day)?;
                    When {
                        edtf: format!("{}-{month:02}-{day:02}", edtf_year(astronomical)),
                        start: date,
                        end: date,
                        precision: Precision::Day,
                        display: format!("{day} {name} {year} BC"),
                        open_end: false,
                    }
                }
                None => When {
                    edtf: format!("{}-{month:02}", edtf_year(astronomical)),
                    start: ymd(astronomical, month, 1)?,
                    end: last_day_of_month(astronomical, month)?,
                    precision: Precision::Month,
                    display: format!("{name} {year} BC"),
                    open_end: false,
                },
            });
        }
        if let Some(year) = digits::<i32>(value, 4).filter(|y| *y > 0) {
            let astronomical = 1 - year;
            return Some(When {
                edtf: edtf_year(astronomical),
                start: ymd(astronomical, 1, 1)?,
                end: ymd(astronomical, 12, 31)?,
                precision: Precision::Year,
                display: format!("{year} BC"),
                open_end: false,
            });
        }
        // "042": the 420s BC, 429 BC to 420 BC.
        if let Some(decade) = digits::<i32>(value, 3).filter(|d| *d > 0) {
            let (first, last) = (1 - (decade * 10 + 9), 1 - decade * 10);
            return Some(When {
                edtf: format!("{}/{}", edtf_year(first), edtf_year(last)),
                start: ymd(first, 1, 1)?,
                end: ymd(last, 12, 31)?,
                precision: Precision::Decade,
                display: format!("the {}s BC", decade * 10),
                open_end: false,
            });
        }
        let century = digits::<i32>(value, 2)?;
        let (first, last) = (1 - (century * 100 + 100), -(century * 100));
        let number = century + 1;
        let suffix = match (number % 10, number % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        Some(When {
            edtf: format!("{}/{}", edtf_year(first), edtf_year(last)),
            start: ymd(first, 1, 1)?,
            end: ymd(last, 12, 31)?,
            precision: Precision::Century,
            display: format!("the {number}{suffix} century BC"),
            open_end: false,
        })
    }

    /// A closed range of days with its own display text.
    pub fn range(start: NaiveDate, end: NaiveDate, precision: Precision, display: String) -> When {
        let (start, end) = if end < start {
            (end, start)
        } else {
            (start, end)
        };
        When {
            edtf: format!("{}/{}", edtf_day(start), edtf_day(end)),
            start,
            end,
            precision,
            display,
            open_end: false,
        }
    }

    /// A state that began at `onset` and still holds: EDTF `onset/..` ("since October 2021").
    /// `known_until` is the last day it is known to hold (usually the document date).
    pub fn since(onset: &When, known_until: Option<NaiveDate>) -> When {
        let onset_edtf = onset.edtf.split('/').next().unwrap_or(&onset.edtf);
        let end = known_until
            .filter(|day| *day >= onset.start)
            .unwrap_or(onset.end);
        When {
            edtf: format!("{onset_edtf}/.."),
            start: onset.start,
            end,
            precision: Precision::Interval,
            display: format!("since {}", onset.display),
            open_end: true,
        }
    }

    /// Narrows this span to a part of it: "early June 2023", "the end of 2022", "mid-2021".
    pub fn part(&self, part: Part) -> When {
        match self.precision {
            Precision::Year => {
                let year = self.start.year();
                let (from, to, label) = match part {
                    Part::Beginning => (1, 1, "beginning of"),
                    Part::Early => (1, 4, "early"),
                    Part::Mid => (5, 8, "mid"),
                    Part::Late => (9, 12, "late"),
                    Part::End => (12, 12, "end of"),
                };
                let display = if label == "mid" {
                    format!("mid-{year}")
                } else {
                    format!("{label} {year}")
                };
                let Some(start) = ymd(year, from, 1) else {
                    return self.clone();
                };
                let Some(end) = last_day_of_month(year, to) else {
                    return self.clone();
                };
                if from == to {
                    // A single month, known only approximately: EDTF's `~` qualifier.
                    When {
                        edtf: format!("{}~", edtf_month(year, from)),
                        start,
                        end,
                        precision: Precision::PartOfYear,
                        display,
                        open_end: false,
                    }
                } else {
                    When::range(start, end, Precision::PartOfYear, display)
                }
            }
            Precision::Month => {
                let (year, month) = (self.start.year(), self.start.month());
                let last = self.end.day();
                let (from, to, label) = match part {
                    Part::Beginning | Part::Early => (1, 10, "early"),
                    Part::Mid => (11, 20, "mid"),
                    Part::Late | Part::End => (21, last, "late"),
                };
                let display = if label == "mid" {
                    format!("mid-{} {year}", month_name(month))
                } else {
                    format!("{label} {} {year}", month_name(month))
                };
                match (ymd(year, month, from), ymd(year, month, to)) {
                    (Some(start), Some(end)) => {
                        When::range(start, end, Precision::PartOfMonth, display)
                    }
                    _ => self.clone(),
                }
            }
            _ => self.clone(),
        }
    }

    /// The number of days covered, inclusive.
    pub fn n_days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Converts a TimeML TIMEX3 value (with its `mod` attribute, if any) of type DATE or TIME to a
    /// calendar span. Returns `None` for values that name no calendar span: references such as
    /// `PRESENT_REF`, unanchored values such as `XXXX-06`, durations and sets.
    ///
    /// ```
    /// use annals::when::When;
    /// assert_eq!(When::from_timeml("2023-06-19", None).unwrap().display, "19 June 2023");
    /// assert_eq!(When::from_timeml("2020-SU", None).unwrap().edtf, "2020-22");
    /// assert_eq!(When::from_timeml("2023-06", Some("START")).unwrap().edtf, "2023-06-01/2023-06-10");
    /// assert_eq!(When::from_timeml("2023-Q1", None).unwrap().end.to_string(), "2023-03-31");
    /// assert_eq!(When::from_timeml("199", None).unwrap().display, "the 1990s");
    /// assert!(When::from_timeml("PRESENT_REF", None).is_none());
    /// assert_eq!(When::from_timeml("2021", Some("APPROX")).unwrap().edtf, "2021~");
    /// ```
    pub fn from_timeml(value: &str, modifier: Option<&str>) -> Option<When> {
        let base = When::from_timeml_value(value)?;
        let part = match modifier {
            Some("START") => Some(Part::Early),
            Some("MID") => Some(Part::Mid),
            Some("END") => Some(Part::Late),
            _ => None,
        };
        let mut when = match part {
            Some(part) => base.part(part),
            None => base,
        };
        // "about two years ago": EDTF's `~` qualifier, and "around" in the display.
        if modifier == Some("APPROX") {
            if !when.edtf.contains('/') && !when.edtf.ends_with('~') {
                when.edtf.push('~');
            }
            if !when.display.starts_with("around ") {
                when.display = format!("around {}", when.display);
            }
        }
        Some(when)
    }

    fn from_timeml_value(value: &str) -> Option<When> {
        let value = value.trim();
        // Times: keep the calendar day; the display carries the time of day when there is one.
        if let Some((date, time)) = value.split_once('T') {
            let mut when = When::from_timeml_value(date)?;
            if when.precision == Precision::Day {
                let part_of_day = match time {
                    "MO" => Some("morning"),
                    "AF" => Some("afternoon"),
                    "EV" => Some("evening"),
                    "NI" => Some("night"),
                    "DT" => Some("daytime"),
                    _ => None,
                };
                match part_of_day {
                    Some(label) => when.display = format!("{}, {label}", when.display),
                    None if time.len() >= 5 && time.as_bytes().get(2) == Some(&b':') => {
                        when.display = format!("{}, {}", when.display, &time[..5]);
                    }
                    None => {}
                }
            }
            return Some(when);
        }
        if let Some(before_christ) = value.strip_prefix("BC") {
            return When::before_christ(before_christ);
        }
        let parts: Vec<&str> = value.split('-').collect();
        match parts.as_slice() {
            [year] => {
                if let Some(year) = digits::<i32>(year, 4) {
                    return When::year(year);
                }
                if let Some(decade) = digits::<i32>(year, 3) {
                    let start = ymd(decade * 10, 1, 1)?;
                    let end = ymd(decade * 10 + 9, 12, 31)?;
                    return Some(When {
                        edtf: format!("{decade:03}X"),
                        start,
                        end,
                        precision: Precision::Decade,
                        display: format!("the {}s", decade * 10),
                        open_end: false,
                    });
                }
                if let Some(century) = digits::<i32>(year, 2) {
                    let start = ymd(century * 100, 1, 1)?;
                    let end = ymd(century * 100 + 99, 12, 31)?;
                    return Some(When {
                        edtf: format!("{century:02}XX"),
                        start,
                        end,
                        precision: Precision::Century,
                        display: format!("the {}s", century * 100),
                        open_end: false,
                    });
                }
                None
            }
            [year, second] => {
                let year = digits::<i32>(year, 4)?;
                if let Some(month) = digits::<u32>(second, 2) {
                    return When::month(year, month);
                }
                let (code, display, start, end) = match *second {
                    "SP" => (
                        21,
                        format!("spring {year}"),
                        ymd(year, 3, 1)?,
                        ymd(year, 5, 31)?,
                    ),
                    "SU" => (
                        22,
                        format!("summer {year}"),
                        ymd(year, 6, 1)?,
                        ymd(year, 8, 31)?,
                    ),
                    "FA" => (
                        23,
                        format!("autumn {year}"),
                        ymd(year, 9, 1)?,
                        ymd(year, 11, 30)?,
                    ),
                    "WI" => (
                        24,
                        format!("winter {year}–{}", year + 1),
                        ymd(year, 12, 1)?,
                        last_day_of_month(year + 1, 2)?,
                    ),
                    "Q1" => (
                        33,
                        format!("Q1 {year}"),
                        ymd(year, 1, 1)?,
                        ymd(year, 3, 31)?,
                    ),
                    "Q2" => (
                        34,
                        format!("Q2 {year}"),
                        ymd(year, 4, 1)?,
                        ymd(year, 6, 30)?,
                    ),
                    "Q3" => (
                        35,
                        format!("Q3 {year}"),
                        ymd(year, 7, 1)?,
                        ymd(year, 9, 30)?,
                    ),
                    "Q4" => (
                        36,
                        format!("Q4 {year}"),
                        ymd(year, 10, 1)?,
                        ymd(year, 12, 31)?,
                    ),
                    "H1" => (
                        40,
                        format!("first half of {year}"),
                        ymd(year, 1, 1)?,
                        ymd(year, 6, 30)?,
                    ),
                    "H2" => (
                        41,
                        format!("second half of {year}"),
                        ymd(year, 7, 1)?,
                        ymd(year, 12, 31)?,
                    ),
                    week if week.starts_with('W') => {
                        let number = digits::<u32>(&week[1..], 2)?;
                        let monday =
                            NaiveDate::from_isoywd_opt(year, number, chrono::Weekday::Mon)?;
                        let sunday = monday + Duration::days(6);
                        return Some(When::range(
                            monday,
                            sunday,
                            Precision::Week,
                            format!("week of {}", When::day(monday).display),
                        ));
                    }
                    _ => return None,
                };
                let precision = match code {
                    21..=24 => Precision::Season,
                    33..=36 => Precision::Quarter,
                    _ => Precision::Half,
                };
                Some(When {
                    edtf: format!("{}-{code}", edtf_year(year)),
                    start,
                    end,
                    precision,
                    display,
                    open_end: false,
                })
            }
            // A day of a known month ("that same day" after "last October"), of a known year
            // ("On Saturday" after "In 1916").
            [year, month, "XX"] if *month != "XX" => {
                When::month(digits::<i32>(year, 4)?, digits::<u32>(month, 2)?)
            }
            [year, "XX", "XX"] => When::year(digits::<i32>(year, 4)?),
            [year, month, day] => {
                let year = digits::<i32>(year, 4)?;
                let month = digits::<u32>(month, 2)?;
                let day = digits::<u32>(day, 2)?;
                ymd(year, month, day).map(When::day)
            }
            _ => None,
        }
    }

    /// Parses an EDTF date as written in a sidecar (`published = "2023-07"`): a day, a month, a
    /// year, a season or quarter code, or an interval `A/B` of those.
    ///
    /// ```
    /// use annals::when::When;
    /// assert_eq!(When::parse_edtf("2023-07").unwrap().display, "July 2023");
    /// assert_eq!(When::parse_edtf("2020-22").unwrap().display, "summer 2020");
    /// assert!(When::parse_edtf("July").is_none());
    /// ```
    pub fn parse_edtf(text: &str) -> Option<When> {
        let text = text.trim().trim_end_matches(['~', '?', '%']);
        if let Some((from, to)) = text.split_once('/') {
            let from = When::parse_edtf(from)?;
            if to == ".." || to.is_empty() {
                return Some(When::since(&from, None));
            }
            let to = When::parse_edtf(to)?;
            return Some(When::range(
                from.start,
                to.end,
                Precision::Interval,
                format!("{} – {}", from.display, to.display),
            ));
        }
        let timeml = match text.split_once('-') {
            Some((year, code)) if code.len() == 2 => match code {
                "21" => format!("{year}-SP"),
                "22" => format!("{year}-SU"),
                "23" => format!("{year}-FA"),
                "24" => format!("{year}-WI"),
                "33" => format!("{year}-Q1"),
                "34" => format!("{year}-Q2"),
                "35" => format!("{year}-Q3"),
                "36" => format!("{year}-Q4"),
                "40" => format!("{year}-H1"),
                "41" => format!("{year}-H2"),
                _ => text.to_string(),
            },
            _ => text.to_string(),
        };
        When::from_timeml_value(&timeml)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(value: &str, modifier: Option<&str>, expected: &str) {
        let found = match When::from_timeml(value, modifier) {
            Some(when) => format!(
                "{} {}..{} {} {}",
                when.edtf,
                when.start,
                when.end,
                when.precision.as_str(),
                when.display
            ),
            None => "none".to_string(),
        };
        assert_eq!(found, expected, "value: {value:?} mod: {modifier:?}");
    }

    #[test]
    fn years_and_centuries_before_christ() {
        check("BC0044", None, "-0043 -0043-01-01..-0043-12-31 year 44 BC");
        check(
            "BC0049-03",
            None,
            "-0048-03 -0048-03-01..-0048-03-31 month March 49 BC",
        );
        check(
            "BC0049-03-15",
            None,
            "-0048-03-15 -0048-03-15..-0048-03-15 day 15 March 49 BC",
        );
        check(
            "BC00",
            None,
            "-0099/0000 -0099-01-01..0000-12-31 century the 1st century BC",
        );
        check(
            "BC02",
            None,
            "-0299/-0200 -0299-01-01..-0200-12-31 century the 3rd century BC",
        );
        // The 420s BC: 429 BC (astronomical -428) to 420 BC (-419).
        check(
            "BC042",
            None,
            "-0428/-0419 -0428-01-01..-0419-12-31 decade the 420s BC",
        );
        check("BC000", None, "none");
        check("BC0000", None, "none");
        check(
            "1998-10-XX",
            None,
            "1998-10 1998-10-01..1998-10-31 month October 1998",
        );
        check("1916-XX-XX", None, "1916 1916-01-01..1916-12-31 year 1916");
        check(
            "BC0218-FA",
            None,
            "-0217 -0217-01-01..-0217-12-31 year 218 BC",
        );
    }

    #[test]
    fn timeml_values_become_calendar_spans() {
        check(
            "2023-06-19",
            None,
            "2023-06-19 2023-06-19..2023-06-19 day 19 June 2023",
        );
        check(
            "2023-05",
            None,
            "2023-05 2023-05-01..2023-05-31 month May 2023",
        );
        check("2021", None, "2021 2021-01-01..2021-12-31 year 2021");
        check(
            "2020-SU",
            None,
            "2020-22 2020-06-01..2020-08-31 season summer 2020",
        );
        check(
            "2023-WI",
            None,
            "2023-24 2023-12-01..2024-02-29 season winter 2023–2024",
        );
        check(
            "2023-Q1",
            None,
            "2023-33 2023-01-01..2023-03-31 quarter Q1 2023",
        );
        check(
            "2013-W11",
            None,
            "2013-03-11/2013-03-17 2013-03-11..2013-03-17 week week of 11 March 2013",
        );
        check("199", None, "199X 1990-01-01..1999-12-31 decade the 1990s");
        check(
            "2023-06-19T09:00",
            None,
            "2023-06-19 2023-06-19..2023-06-19 day 19 June 2023, 09:00",
        );
    }

    #[test]
    fn modifiers_narrow_the_span() {
        check(
            "2023-06",
            Some("START"),
            "2023-06-01/2023-06-10 2023-06-01..2023-06-10 part-of-month early June 2023",
        );
        check(
            "2023-02",
            Some("END"),
            "2023-02-21/2023-02-28 2023-02-21..2023-02-28 part-of-month late February 2023",
        );
        check(
            "2023",
            Some("START"),
            "2023-01-01/2023-04-30 2023-01-01..2023-04-30 part-of-year early 2023",
        );
        check(
            "2023",
            Some("APPROX"),
            "2023~ 2023-01-01..2023-12-31 year around 2023",
        );
        // A range stays a range; the display still says it is approximate.
        check(
            "202",
            Some("APPROX"),
            "202X~ 2020-01-01..2029-12-31 decade around the 2020s",
        );
    }

    #[test]
    fn references_and_unanchored_values_are_not_calendar_spans() {
        check("PRESENT_REF", None, "none");
        check("XXXX-06", None, "none");
        check("P2W", None, "none");
        check("2023-13", None, "none");
        check("2023-02-30", None, "none");
    }

    #[test]
    fn end_of_year_is_an_approximate_december() {
        let year = When::year(2022).expect("valid year");
        let end = year.part(Part::End);
        assert_eq!(end.edtf, "2022-12~");
        assert_eq!(end.display, "end of 2022");
        let since = When::since(&end, NaiveDate::from_ymd_opt(2023, 7, 1));
        assert_eq!(since.edtf, "2022-12~/..");
        assert_eq!(since.display, "since end of 2022");
        assert_eq!(since.end.to_string(), "2023-07-01");
    }

    #[test]
    fn sidecar_edtf_parses() {
        assert_eq!(
            When::parse_edtf("2023-07").map(|w| w.precision),
            Some(Precision::Month)
        );
        assert_eq!(
            When::parse_edtf("2021-10/..").map(|w| w.edtf),
            Some("2021-10/..".to_string())
        );
        assert!(When::parse_edtf("not a date").is_none());
    }
}
