//! Anchoring: turns a matched [`Expr`] into a TimeML value, given the document creation time, the
//! tense of the sentence and the last date mentioned ("last Tuesday", "two weeks later", "in May"
//! -> a calendar value). It never reads the clock: every relative value comes from the
//! [`Context`].

use super::lexicon::Unit;
use super::rules::{Base, Core, Dir, Expr, Relative, TimeOfDay, YearSpec};
use super::{Anchor, Domain, TimexType};
use crate::when::Precision;
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// The tense of a sentence, as far as a few auxiliary verbs tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// How precise a remembered date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    /// "the 1860s": shifts by finer units stay inside it; "the following decade" leaves it.
    Decade,
}

/// A date mentioned earlier, which "the next day" and "that year" count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub date: NaiveDate,
    pub granularity: Granularity,
}

/// Everything resolution depends on besides the expression itself.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub anchor: Anchor,
    pub domain: Domain,
    pub reference: Option<Reference>,
    /// The last quarter mentioned, as (year, quarter).
    pub last_quarter: Option<(i32, u32)>,
    /// Whether the last quarter was talked about in the past tense.
    pub last_quarter_reported: bool,
    pub tense: Tense,
    /// Whether the expression is in the past perfect ("had been signed in April"): in a story,
    /// a look back, so a year-less date does not move on to the next year.
    pub flashback: bool,
    /// Whether the reference is a background date of this sentence, not the story's ("had
    /// left Libau on 15 October 1904 and had fired on trawlers on 21 October").
    pub in_background: bool,
    /// Whether a past verb governs the expression directly ("died Aug. 20", "died on Aug.
    /// 20"), not from farther off ("declared a dividend payable Dec. 15").
    pub past_verb: bool,
    /// Whether the reference is a winter at the end of its year ("that winter" after "the
    /// spring of 1811"): the months after it are the next year's.
    pub after_winter: bool,
    /// The years of the section heading a history is under: a year-less date does not roll
    /// on past them.
    pub heading: Option<(i32, i32)>,
    /// True when the reference was set by a date of the same sentence ("on Thursday, March 7,
    /// at 8 a.m. EST"): a clock time after it is that day's however far from the report's.
    pub reference_here: bool,
}

fn anchor_granularity(precision: Precision) -> Granularity {
    match precision {
        Precision::Day => Granularity::Day,
        Precision::Week => Granularity::Week,
        Precision::PartOfMonth | Precision::Month => Granularity::Month,
        Precision::Season | Precision::Quarter => Granularity::Quarter,
        _ => Granularity::Year,
    }
}

impl Context {
    /// The date relative expressions count from, with its granularity.
    fn base(&self, base: Base) -> Reference {
        let anchor = Reference {
            date: self.anchor.date,
            granularity: anchor_granularity(self.anchor.precision),
        };
        match (base, self.domain) {
            // "600 had been flown home by the end of the month" after "on February 18": in a
            // past sentence, "the month" is the story's month, not the report's.
            (Base::Current, Domain::News) => match self.reference {
                Some(reference)
                    if self.tense == Tense::Past
                        && reference.date < anchor.date
                        && reference.granularity <= Granularity::Month =>
                {
                    reference
                }
                _ => anchor,
            },
            (Base::Anchor, Domain::News) => anchor,
            _ => self.reference.unwrap_or(anchor),
        }
    }

    /// The date a year-less date is placed near: the anchor in news, the reference in narrative.
    fn near(&self) -> Reference {
        self.base(Base::Anchor)
    }
}

/// Formats `date` at `granularity`.
pub fn format_at(date: NaiveDate, granularity: Granularity) -> String {
    // Years before 1 AD in the TimeML way: year 0 is 1 BC ("BC0049-03" is March 49 BC).
    let bc = date.year() <= 0;
    match granularity {
        Granularity::Day if bc => {
            format!(
                "BC{:04}-{:02}-{:02}",
                1 - date.year(),
                date.month(),
                date.day()
            )
        }
        Granularity::Day => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        Granularity::Week => {
            let week = date.iso_week();
            format!("{:04}-W{:02}", week.year(), week.week())
        }
        Granularity::Month if bc => format!("BC{:04}-{:02}", 1 - date.year(), date.month()),
        Granularity::Month => format!("{:04}-{:02}", date.year(), date.month()),
        Granularity::Quarter => format!(
            "{}-Q{}",
            year_label(date.year()),
            (date.month() - 1) / 3 + 1
        ),
        Granularity::Year if bc => format!("BC{:04}", 1 - date.year()),
        Granularity::Year => format!("{:04}", date.year()),
        Granularity::Decade => format!("{:03}", date.year().div_euclid(10)),
    }
}

/// About how many days a unit lasts, to compare a shift with a period.
fn unit_days(unit: Unit) -> u64 {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => 0,
        Unit::Day => 1,
        Unit::Weekend | Unit::Week => 7,
        Unit::Month => 30,
        Unit::Quarter => 91,
        Unit::Year => 365,
        Unit::Decade => 3652,
        Unit::Century | Unit::Millennium => 36524,
    }
}

/// About how many days a period of `granularity` lasts, at most.
fn period_days(granularity: Granularity) -> u64 {
    match granularity {
        Granularity::Day => 1,
        Granularity::Week => 7,
        Granularity::Month => 31,
        Granularity::Quarter => 92,
        Granularity::Year => 366,
        Granularity::Decade => 3653,
    }
}

/// A year as TimeML writes it: `0049`, or `BC0049` for 49 BC (year 0 is 1 BC).
fn year_label(year: i32) -> String {
    if year <= 0 {
        format!("BC{:04}", 1 - year)
    } else {
        format!("{year:04}")
    }
}

fn weekday_of(number: u32) -> Weekday {
    match number {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

fn add_months(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    let n32 = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        date.checked_add_months(Months::new(n32))
    } else {
        date.checked_sub_months(Months::new(n32))
    }
}

fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(n)?)
}

/// The value of `expr` and the date it names (for the narrative reference), or `None` when the
/// expression cannot be anchored.
pub fn resolve(expr: &Expr, context: &Context) -> Option<(String, Option<Reference>)> {
    let coarse = |reference: Reference, wanted: Granularity| wanted.max(reference.granularity);
    let (value, named) = match &expr.core {
        Core::Fixed(value) => {
            let named = parse_value(value);
            (value.clone(), named)
        }
        Core::Calendar { year, month, day } => {
            let year = match year {
                Some(year) => *year,
                None => {
                    let year = year_for_month(*month, *day, context);
                    // "Monday, Feb. 24": of the year the tense picks and the neighbour the tense
                    // allows (the year before in a past sentence, after in a future one), the
                    // one where that day is a Monday.
                    // (A story runs forward: the year after first. The weekday is the writer's
                    // evidence, so it also takes a story back a year it had wrongly moved on.)
                    let neighbours = match context.tense {
                        _ if context.domain == Domain::Narrative => [year, year + 1, year - 1],
                        Tense::Past => [year, year - 1, year - 1],
                        Tense::Future => [year, year + 1, year + 1],
                        Tense::Present => [year, year - 1, year + 1],
                    };
                    match (expr.weekday, day) {
                        (Some(weekday), Some(day)) => neighbours
                            .into_iter()
                            .find(|y| {
                                weekday_as_written(*y, *month, *day)
                                    .is_some_and(|d| d == weekday_of(weekday))
                            })
                            .unwrap_or(year),
                        _ => year,
                    }
                }
            };
            match day {
                Some(day) => {
                    let date = NaiveDate::from_ymd_opt(year, *month, *day)?;
                    (
                        format_at(date, Granularity::Day),
                        Some(Reference {
                            date,
                            granularity: Granularity::Day,
                        }),
                    )
                }
                None => {
                    let date = NaiveDate::from_ymd_opt(year, *month, 1)?;
                    (
                        format_at(date, Granularity::Month),
                        Some(Reference {
                            date,
                            granularity: Granularity::Month,
                        }),
                    )
                }
            }
        }
        Core::MonthOfYear {
            month,
            day,
            years,
            base,
        } => {
            let year = context.base(*base).date.year().checked_add(*years)?;
            let granularity = if day.is_some() {
                Granularity::Day
            } else {
                Granularity::Month
            };
            let date = NaiveDate::from_ymd_opt(year, *month, day.unwrap_or(1))?;
            (
                format_at(date, granularity),
                Some(Reference { date, granularity }),
            )
        }
        Core::Month { month, dir } => {
            let near = context.near();
            let anchor_month = near.date.month();
            let year = near.date.year();
            let year = match dir {
                Dir::Last => {
                    if *month < anchor_month {
                        year
                    } else {
                        year - 1
                    }
                }
                Dir::Next => {
                    if *month > anchor_month {
                        year
                    } else {
                        year + 1
                    }
                }
                Dir::This => year,
                // Only weekdays are read with a week ("Monday last week").
                Dir::Tense | Dir::InWeek(_) => year_for_month(*month, None, context),
                // "the following March", "the previous November": counted from the date last
                // mentioned.
                // After a whole year ("neutral in 1805, but crushed at Jena the following
                // October"), the next year's.
                Dir::AfterReference | Dir::BeforeReference => {
                    let base = context.base(Base::Reference);
                    let reference = base.date;
                    let (year, current) = (reference.year(), reference.month());
                    let whole_year = base.granularity >= Granularity::Year;
                    match dir {
                        Dir::AfterReference if whole_year => year + 1,
                        Dir::BeforeReference if whole_year => year - 1,
                        Dir::AfterReference if *month > current => year,
                        Dir::AfterReference => year + 1,
                        _ if *month < current => year,
                        _ => year - 1,
                    }
                }
            };
            let date = NaiveDate::from_ymd_opt(year, *month, 1)?;
            (
                format_at(date, Granularity::Month),
                Some(Reference {
                    date,
                    granularity: Granularity::Month,
                }),
            )
        }
        Core::Weekday { weekday, dir } => {
            let near = match dir {
                Dir::AfterReference | Dir::BeforeReference => context.base(Base::Reference),
                _ => context.near(),
            };
            let target = weekday_of(*weekday);
            let date = near.date;
            let back =
                (date.weekday().num_days_from_monday() + 7 - target.num_days_from_monday()) % 7;
            let forward =
                (target.num_days_from_monday() + 7 - date.weekday().num_days_from_monday()) % 7;
            let offset: i64 = match dir {
                Dir::Last | Dir::BeforeReference => -(if back == 0 { 7 } else { i64::from(back) }),
                Dir::Next | Dir::AfterReference => {
                    if forward == 0 {
                        7
                    } else {
                        i64::from(forward)
                    }
                }
                Dir::This => {
                    let offset = i64::from(target.num_days_from_monday())
                        - i64::from(date.weekday().num_days_from_monday());
                    // "will meet the governor this Tuesday", told on a Friday: the coming one.
                    if offset < 0 && context.tense == Tense::Future {
                        offset + 7
                    } else {
                        offset
                    }
                }
                Dir::InWeek(weeks) => {
                    weeks.checked_mul(7)? + i64::from(target.num_days_from_monday())
                        - i64::from(date.weekday().num_days_from_monday())
                }
                // In a story, the nearest such day, the next one on a tie (a story runs
                // forward): "By Friday" after Wednesday 17 October is the 19th, "On Tuesday"
                // after Thursday 21 December the 19th.
                Dir::Tense
                    if context.domain == Domain::Narrative && context.reference.is_some() =>
                {
                    if forward <= back {
                        i64::from(forward)
                    } else {
                        -i64::from(back)
                    }
                }
                Dir::Tense => match context.tense {
                    Tense::Past => -i64::from(back),
                    // No tense word: the nearest such day, the past one on a tie.
                    Tense::Present => {
                        if forward < back {
                            i64::from(forward)
                        } else {
                            -i64::from(back)
                        }
                    }
                    Tense::Future => i64::from(forward),
                },
            };
            // A month anchor cannot tell which Friday: the anchor's own period is the answer.
            let day = if near.granularity > Granularity::Day {
                date
            } else {
                add_days(date, offset)?
            };
            let granularity = coarse(near, Granularity::Day);
            let mut value = format_at(day, granularity);
            // "On Monday" after "May 1940": some day of that month (TimeML's `1940-05-XX`),
            // not the month itself; after "In 1916", some day of that year (`1916-XX-XX`).
            if !value.starts_with("BC") {
                match granularity {
                    Granularity::Month => value.push_str("-XX"),
                    Granularity::Year => value.push_str("-XX-XX"),
                    _ => {}
                }
            }
            (
                value,
                Some(Reference {
                    date: day,
                    granularity,
                }),
            )
        }
        Core::Season { code, year } => {
            let year_spec = year;
            let near = context.near();
            let season_month = match *code {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            };
            let year = match year {
                YearSpec::Explicit(year) => *year,
                YearSpec::Shift(n) => near.date.year() + n,
                YearSpec::Reference => near.date.year(),
                YearSpec::Mentioned => context.base(Base::Reference).date.year(),
                YearSpec::MentionedShift(n) => context.base(Base::Reference).date.year() + n,
                YearSpec::Latest => {
                    // "last summer" said in July is the summer before this one.
                    let in_season = (season_month..=season_month + 2).contains(&near.date.month());
                    if season_month <= near.date.month() && !in_season {
                        near.date.year()
                    } else {
                        near.date.year() - 1
                    }
                }
                YearSpec::AfterReference | YearSpec::BeforeReference => {
                    let reference = context.base(Base::Reference);
                    let (year, month) = (reference.date.year(), reference.date.month());
                    // After a year alone ("In 1863 ... The following spring"), the season is
                    // in the year after (or before) it. (A season's reference is its year too,
                    // but dated at the season's first month, never January.)
                    let whole_year =
                        reference.granularity >= Granularity::Year && reference.date.month() == 1;
                    if whole_year {
                        if matches!(
                            expr.core,
                            Core::Season {
                                year: YearSpec::AfterReference,
                                ..
                            }
                        ) {
                            year + 1
                        } else {
                            year - 1
                        }
                    } else if matches!(
                        expr.core,
                        Core::Season {
                            year: YearSpec::AfterReference,
                            ..
                        }
                    ) {
                        if season_month > month {
                            year
                        } else {
                            year + 1
                        }
                    } else if season_month < month {
                        year
                    } else {
                        year - 1
                    }
                }
                YearSpec::Tense => {
                    let year = near.date.year();
                    // A story runs forward: "in the spring" told at December is the next year's.
                    let story_ahead = context.domain == Domain::Narrative
                        && context.reference.is_some()
                        && !context.flashback
                        // (Counted in days as for a month: "the summer" after "6 December
                        // 1421" is 1422's.)
                        && story_month(near).is_some_and(|(near_month, near_day)| {
                            (i64::from(season_month) * 31 + 1)
                                - (i64::from(near_month) * 31 + i64::from(near_day))
                                < -6 * 31
                        });
                    // (After a winter at its year's end, "through the winter and spring":
                    // the next year's.)
                    let after_winter = context.domain == Domain::Narrative
                        && context.after_winter
                        && season_month < 12
                        && near.date.month() == 12;
                    match context.tense {
                        _ if story_ahead || after_winter => year + 1,
                        Tense::Past
                            if season_month > near.date.month()
                                && context.domain == Domain::News =>
                        {
                            year - 1
                        }
                        // "The trial will begin in the spring", written in December: a season
                        // already over this year is next year's.
                        Tense::Future
                            if season_month < 12
                                && near.date.month() > season_month + 2
                                && context.domain == Domain::News =>
                        {
                            year + 1
                        }
                        _ => year,
                    }
                }
            };
            // "signed on 6 February 1778. The army spent the winter at Valley Forge": in a
            // history at January to March, the winter is the one it is in, begun the year
            // before.
            let year = if *code == "WI"
                && context.domain == Domain::Narrative
                && context.reference.is_some()
                && near.granularity <= Granularity::Month
                && near.date.month() <= 3
                && matches!(
                    year_spec,
                    YearSpec::Reference | YearSpec::Tense | YearSpec::Mentioned
                ) {
                year - 1
            } else {
                year
            };
            // "in 1564 ... the following year. Over the winter he strengthened the forts", "In
            // the winter of 1942 the Germans froze": a winter read from a whole year, or named
            // by its year alone (not "the winter of 1811–12"), may be that year's first
            // months, so the story stays at the year rather than going on past the winter.
            let whole_year = near.granularity >= Granularity::Year && near.date.month() == 1;
            let season_month = if *code == "WI"
                && ((matches!(year_spec, YearSpec::Explicit(_)) && !expr.into_next_year)
                    || (matches!(year_spec, YearSpec::Tense) && whole_year))
            {
                1
            } else {
                season_month
            };
            let date = NaiveDate::from_ymd_opt(year, season_month, 1)?;
            (
                format!("{}-{code}", year_label(year)),
                Some(Reference {
                    date,
                    granularity: Granularity::Year,
                }),
            )
        }
        Core::Quarter { code, number, year } => {
            let near = context.near();
            let year = match year {
                YearSpec::Explicit(year) => *year,
                YearSpec::Shift(n) => near.date.year() + n,
                YearSpec::Mentioned => context.base(Base::Reference).date.year(),
                YearSpec::MentionedShift(n) => context.base(Base::Reference).date.year() + n,
                YearSpec::Reference
                | YearSpec::Latest
                | YearSpec::AfterReference
                | YearSpec::BeforeReference => near.date.year(),
                YearSpec::Tense => {
                    let anchor_quarter = (near.date.month() - 1) / 3 + 1;
                    let anchor_half = (near.date.month() - 1) / 6 + 1;
                    let current = if *code == 'Q' {
                        anchor_quarter
                    } else {
                        anchor_half
                    };
                    if *number > current
                        && context.tense == Tense::Past
                        && context.domain == Domain::News
                    {
                        near.date.year() - 1
                    } else if *number + 1 < current
                        && context.tense == Tense::Future
                        && context.domain == Domain::News
                    {
                        // "will launch it in the first quarter", written in December; but the
                        // quarter just over is the one figures are for ("expects to post a loss
                        // in the third quarter", written in October).
                        near.date.year() + 1
                    } else {
                        near.date.year()
                    }
                }
            };
            let month = if *code == 'Q' {
                (number - 1) * 3 + 1
            } else {
                (number - 1) * 6 + 1
            };
            let date = NaiveDate::from_ymd_opt(year, month, 1)?;
            let granularity = if *code == 'Q' {
                Granularity::Quarter
            } else {
                Granularity::Year
            };
            (
                format!("{}-{code}{number}", year_label(year)),
                Some(Reference { date, granularity }),
            )
        }
        Core::QuarterOfYear { year } => match context.last_quarter {
            Some((_, quarter)) => (format!("{}-Q{quarter}", year_label(*year)), None),
            None => (year_label(*year), None),
        },
        Core::ThisQuarter {
            years_back,
            current,
            latest,
        } => {
            // The quarter before the one the report is written in.
            let completed = || {
                let date = add_months(context.near().date, -3)?;
                Some((date.year(), (date.month() - 1) / 3 + 1))
            };
            let (year, quarter) = match context.last_quarter {
                // "the latest quarter" is one already over: after "a fourth-quarter charge" is
                // expected, it is the third; after "reported fourth-quarter earnings", the
                // fourth (a fiscal quarter).
                Some(last) if *latest && !context.last_quarter_reported => match completed() {
                    Some(done) if last > done => done,
                    _ => last,
                },
                Some(last) if !current => last,
                // "will close the deal by the end of the quarter": with no quarter named
                // before, a quarter still ahead is the one the report is written in.
                _ if *current || (context.tense == Tense::Future && *years_back == 0) => {
                    let date = context.near().date;
                    (date.year(), (date.month() - 1) / 3 + 1)
                }
                _ => completed()?,
            };
            let year = year - years_back;
            let date = NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)?;
            let reference = if *years_back == 0 {
                Some(Reference {
                    date,
                    granularity: Granularity::Quarter,
                })
            } else {
                None
            };
            (format!("{}-Q{quarter}", year_label(year)), reference)
        }
        // "Today, Vietnam is a trading partner": in a narrative (a history read long after it
        // was written), "today" is the writer's present, not a day of the story.
        Core::Shift {
            unit: Unit::Day,
            n: 0,
            base: Base::Anchor,
        } if context.domain == Domain::Narrative
            && expr.kind == TimexType::Date
            && expr.time.is_none() =>
        {
            ("PRESENT_REF".to_string(), None)
        }
        // "the previous quarter" after "the third quarter": counted from the quarter talked
        // about.
        Core::Shift {
            unit: Unit::Quarter,
            n,
            base: Base::Reference,
        } if context.last_quarter.is_some() => {
            let (year, quarter) = context.last_quarter?;
            let index = i64::from(year)
                .checked_mul(4)?
                .checked_add(i64::from(quarter) - 1)?
                .checked_add(*n)?;
            let year = i32::try_from(index.div_euclid(4)).ok()?;
            let quarter = index.rem_euclid(4) + 1;
            (format!("{}-Q{quarter}", year_label(year)), None)
        }
        Core::Shift { unit, n, base } => {
            // "today", "this year" name the writer's present even in a narrative.
            let mut reference = if expr.core.names_writers_present() {
                Reference {
                    date: context.anchor.date,
                    granularity: anchor_granularity(context.anchor.precision),
                }
            } else {
                context.base(*base)
            };
            // A clock time in news that is not told in the past is the day being reported on:
            // not a date a week or more away ("Ivan hit on Sept. 16, 2004. The next advisory is
            // at 5 p.m."); but "He stepped onto the moon on July 20, 1969, at 10:56 p.m.",
            // "That evening", "The next morning" are that day's (a clock time told in the past
            // is not on a day still ahead).
            let far_from_report = context.domain == Domain::News
                && (reference.date - context.anchor.date).num_days().abs() > 7
                && *n == 0
                && matches!(expr.time, Some(TimeOfDay::Clock(..)))
                && !expr.that_day
                && !context.reference_here;
            // "Pre-orders begin Friday. The event began at 10 a.m.": a time told in the past is
            // not on a day still ahead.
            let ahead_of_past = context.domain == Domain::News
                && *n == 0
                && context.tense == Tense::Past
                && reference.date > context.anchor.date;
            if (reference.granularity != Granularity::Day || far_from_report || ahead_of_past)
                && expr.kind == TimexType::Time
            {
                reference = context.base(Base::Anchor);
            }
            let date = reference.date;
            let (day, granularity) = match unit {
                // "100 hours later" is four days on (the hour of the start is not known).
                Unit::Hour => (add_days(date, n / 24)?, Granularity::Day),
                Unit::Second | Unit::Minute => (date, Granularity::Day),
                Unit::Day => (add_days(date, *n)?, Granularity::Day),
                // "at Lule Burgas a week later", counted from a day of a story, is a day.
                Unit::Week
                    if expr.ago
                        && context.domain == Domain::Narrative
                        && *base == Base::Reference
                        && reference.granularity == Granularity::Day =>
                {
                    (add_days(date, n.checked_mul(7)?)?, Granularity::Day)
                }
                Unit::Week => (add_days(date, n.checked_mul(7)?)?, Granularity::Week),
                // "the weekend" told in the past on a weekday is the one just gone.
                Unit::Weekend => {
                    let weekday = date.weekday().num_days_from_monday();
                    // (A story runs forward: its "by the weekend" is the coming one.)
                    // "this weekend" told on a Thursday or a Friday is the coming one, even
                    // in a past sentence ("She urged families who gather this weekend").
                    let back = *n == 0
                        && context.tense != Tense::Future
                        && weekday < 5
                        && !(expr.coming && weekday >= 3)
                        && context.domain == Domain::News;
                    let weeks = if back { -1 } else { *n };
                    (add_days(date, weeks.checked_mul(7)?)?, Granularity::Week)
                }
                Unit::Month => (add_months(date, *n)?, Granularity::Month),
                Unit::Quarter => (add_months(date, n.checked_mul(3)?)?, Granularity::Quarter),
                Unit::Year => (add_months(date, n.checked_mul(12)?)?, Granularity::Year),
                // "a decade ago this month": that month ten years back.
                Unit::Decade if expr.to_period.is_some() => {
                    (add_months(date, n.checked_mul(120)?)?, Granularity::Year)
                }
                Unit::Decade => {
                    let year = date
                        .year()
                        .checked_add(i32::try_from(*n).ok()?.checked_mul(10)?)?;
                    // "a decade later" after 2011 is 2021: counted from a year (or a finer
                    // date) it is a year (BC too: "Two decades later" after 100 BC is 80 BC);
                    // from a decade, or named as one ("the following decade", "the previous
                    // decade"), a decade.
                    if *n != 0 && expr.ago && reference.granularity <= Granularity::Year {
                        let date = NaiveDate::from_ymd_opt(year, 1, 1)?;
                        return Some((
                            format_at(date, Granularity::Year),
                            Some(Reference {
                                date,
                                granularity: Granularity::Year,
                            }),
                        ));
                    }
                    if year < 0 {
                        return None;
                    }
                    let date = NaiveDate::from_ymd_opt(year - year.rem_euclid(10), 1, 1)?;
                    return Some((
                        format!("{:03}", year.div_euclid(10)),
                        Some(Reference {
                            date,
                            granularity: Granularity::Decade,
                        }),
                    ));
                }
                Unit::Century | Unit::Millennium => {
                    let year = date
                        .year()
                        .checked_add(i32::try_from(*n).ok()?.checked_mul(100)?)?;
                    if year < 0 {
                        return None;
                    }
                    return Some((format!("{:02}", year.div_euclid(100)), None));
                }
            };
            // "Ten years ago today": the anchor's day that many years back.
            if let Some(period) = expr
                .to_period
                .filter(|_| reference.granularity == Granularity::Day)
            {
                let granularity = match period {
                    Unit::Week => Granularity::Week,
                    Unit::Month => Granularity::Month,
                    _ => Granularity::Day,
                };
                let mut value = format_at(day, granularity);
                if let (Granularity::Day, Some(TimeOfDay::Part(part))) = (granularity, expr.time) {
                    value.push('T');
                    value.push_str(part);
                }
                return Some((
                    value,
                    Some(Reference {
                        date: day,
                        granularity,
                    }),
                ));
            }
            // Shifting a coarse anchor by a finer unit ("yesterday" against a month) stays in
            // the anchor's period rather than guessing across its edge, unless the shift is as
            // long as that period ("18 months later" after 1999 is 2000).
            let whole_periods = n.unsigned_abs().saturating_mul(unit_days(*unit))
                >= period_days(reference.granularity);
            let day = if granularity < reference.granularity && !whole_periods {
                date
            } else {
                day
            };
            let granularity = coarse(reference, granularity);
            // "a year ago" in a text about quarterly results is that quarter a year before,
            // unless a month or a week was talked about since the quarter ("jobs rose in
            // February"). A day after it is mostly the quarter's end ("ended Sept. 30").
            let finer_since = context
                .reference
                .is_some_and(|r| matches!(r.granularity, Granularity::Month | Granularity::Week));
            if *unit == Unit::Year && *n != 0 && expr.ago && !finer_since {
                if let Some((year, quarter)) = context.last_quarter {
                    let year = year.checked_add(i32::try_from(*n).ok()?)?;
                    return Some((format!("{}-Q{quarter}", year_label(year)), None));
                }
            }
            let mut value = format_at(day, granularity);
            // A day counted from a month ("that same day" after "last October") is a day of
            // that month, which one unknown: TimeML's `1998-10-XX`.
            if *unit == Unit::Day && granularity == Granularity::Month {
                value.push_str("-XX");
            }
            if *unit == Unit::Weekend && granularity == Granularity::Week {
                value.push_str("-WE");
            }
            (
                value,
                Some(Reference {
                    date: day,
                    granularity,
                }),
            )
        }
        Core::DayOfMonth { day } => {
            let date = day_of_month(*day, context)?;
            (
                format_at(date, Granularity::Day),
                Some(Reference {
                    date,
                    granularity: Granularity::Day,
                }),
            )
        }
        Core::Holiday { month, day } => {
            let year = nearest_year(*month, *day, context);
            let date = NaiveDate::from_ymd_opt(year, *month, *day)?;
            (
                format_at(date, Granularity::Day),
                Some(Reference {
                    date,
                    granularity: Granularity::Day,
                }),
            )
        }
        Core::CenturyTurn {
            century,
            millennium,
        } => {
            let span = if *millennium { 1000 } else { 100 };
            let year = match century {
                Some(century) => (century - 1) * 100,
                None => (context.near().date.year() + span / 2).div_euclid(span) * span,
            };
            let date = NaiveDate::from_ymd_opt(year, 1, 1)?;
            (
                format_at(date, Granularity::Year),
                Some(Reference {
                    date,
                    granularity: Granularity::Year,
                }),
            )
        }
        Core::Easter { offset, year } => {
            // (The year is picked by this year's day of it: "Parliament was in recess for
            // Easter", written two days after Easter Sunday, is that Easter.)
            let year = match year {
                Some(year) => *year,
                None => {
                    // (Easter week begins with Palm Sunday: "as Easter week began".)
                    let week = if expr.relative == Some(Relative::WeekOf) {
                        -7
                    } else {
                        0
                    };
                    let this =
                        add_days(easter_sunday(context.near().date.year())?, *offset + week)?;
                    nearest_year(this.month(), this.day(), context)
                }
            };
            let date = add_days(easter_sunday(year)?, *offset)?;
            (
                format_at(date, Granularity::Day),
                Some(Reference {
                    date,
                    granularity: Granularity::Day,
                }),
            )
        }
        Core::NthWeekday {
            month,
            weekday,
            nth,
        } => {
            let in_year = |year: i32| {
                if *nth > 0 {
                    NaiveDate::from_weekday_of_month_opt(
                        year,
                        *month,
                        weekday_of(*weekday),
                        u8::try_from(*nth).ok()?,
                    )
                } else {
                    let mut last = NaiveDate::from_ymd_opt(year, *month, 1)?
                        .checked_add_months(chrono::Months::new(1))?
                        - Duration::days(1);
                    while last.weekday() != weekday_of(*weekday) {
                        last -= Duration::days(1);
                    }
                    Some(last)
                }
            };
            // The year is chosen with the holiday's own day of that year: Memorial Day 2012 is
            // 28 May, still ahead on 24 May.
            let guess = in_year(nearest_year(*month, 20, context))?;
            let date = in_year(nearest_year(*month, guess.day(), context))?;
            (
                format_at(date, Granularity::Day),
                Some(Reference {
                    date,
                    granularity: Granularity::Day,
                }),
            )
        }
    };
    let (mut value, named) = match expr.relative {
        None => (value, named),
        Some(relative) => {
            // The grammar only relates to cores that name a day (or, for a week of a month, a
            // month); anything else is dropped rather than given a wrong date.
            let (date, granularity) = match relative {
                Relative::Days(n) => {
                    let day = named.filter(|r| r.granularity == Granularity::Day)?.date;
                    (add_days(day, n)?, Granularity::Day)
                }
                Relative::WeekOf => (
                    named.filter(|r| r.granularity == Granularity::Day)?.date,
                    Granularity::Week,
                ),
                Relative::Weeks(n) => {
                    let day = named.filter(|r| r.granularity == Granularity::Day)?.date;
                    (add_days(day, n.checked_mul(7)?)?, Granularity::Week)
                }
                Relative::WeekOfMonth(day) => {
                    let month = named.filter(|r| r.granularity == Granularity::Month)?.date;
                    (month.with_day(day)?, Granularity::Week)
                }
                Relative::EdgeDay(last) => {
                    let period = named.filter(|r| {
                        matches!(r.granularity, Granularity::Month | Granularity::Year)
                    })?;
                    let date = match (period.granularity, last) {
                        (Granularity::Month, false) => period.date.with_day(1)?,
                        (Granularity::Month, true) => {
                            add_months(period.date.with_day(1)?, 1)?.pred_opt()?
                        }
                        (_, false) => NaiveDate::from_ymd_opt(period.date.year(), 1, 1)?,
                        (_, true) => NaiveDate::from_ymd_opt(period.date.year(), 12, 31)?,
                    };
                    (date, Granularity::Day)
                }
                // The nearest New Year's Day to the report, whatever the tense: "through
                // Christmas and the new year" on 24 December is the next year's.
                Relative::YearOf => {
                    let report = context.anchor.date;
                    let year = report.year() + i32::from(report.month() >= 7);
                    (NaiveDate::from_ymd_opt(year, 1, 1)?, Granularity::Year)
                }
                Relative::WeekendOfMonth(nth) => {
                    let month = named.filter(|r| r.granularity == Granularity::Month)?.date;
                    let saturday =
                        super::rules::nth_weekday_date(month.year(), month.month(), 6, nth)?;
                    let value = format!("{}-WE", format_at(saturday, Granularity::Week));
                    return Some((
                        value,
                        Some(Reference {
                            date: saturday,
                            granularity: Granularity::Week,
                        }),
                    ));
                }
            };
            (
                format_at(date, granularity),
                Some(Reference { date, granularity }),
            )
        }
    };
    if let Some(time) = expr.time {
        // (Before Christ too: "By the evening" after "On 2 August 216 BC" is
        // `BC0216-08-02TEV`.)
        let era = if value.starts_with("BC") { "BC" } else { "" };
        let date_len = value.len() - era.len();
        // "every morning at 9 a.m." after "In 2014": a time on a day the text does not give.
        // The parts of the date it does give stay ("1937-XX-XXTNI").
        if date_len != 10
            && expr.kind == TimexType::Time
            && value[era.len()..].starts_with(|c: char| c.is_ascii_digit())
        {
            let date = &value[era.len()..];
            value = match date.len() {
                4 if date.bytes().all(|b| b.is_ascii_digit()) => format!("{value}-XX-XX"),
                7 if date.as_bytes()[4] == b'-' => format!("{value}-XX"),
                _ => "XXXX-XX-XX".to_owned(),
            };
        }
        if value.len() - era.len() == 10 && expr.kind == TimexType::Time {
            match time {
                TimeOfDay::Part(code) => {
                    value.push('T');
                    value.push_str(code);
                }
                // "The game ended shortly after midnight", told in the past in a report of
                // that day: the night just gone, the start of the report's day (its end is
                // still to come).
                TimeOfDay::Clock(24, 0)
                    if context.domain == Domain::News
                        && context.tense == Tense::Past
                        && value == format_at(context.anchor.date, Granularity::Day) =>
                {
                    value.push_str("T00:00")
                }
                TimeOfDay::Clock(hour, minute) => {
                    value.push_str(&format!("T{hour:02}:{minute:02}"))
                }
            }
        }
    }
    Some((value, named))
}

/// The date of "the 25th": a day of the month last mentioned in a narrative (the next month's
/// when that day is already past), of the anchor's month in news, moved a month back in a past
/// sentence or forward in a future one when the day has not come or has gone. None when the
/// month is not known.
fn day_of_month(day: u32, context: &Context) -> Option<NaiveDate> {
    let (base, shift) = match context.domain {
        Domain::Narrative => {
            let reference = context.reference?;
            if reference.granularity > Granularity::Month {
                return None;
            }
            // The nearer of this month's and next month's: "the 8th" told on the 9th is the day
            // before, "the 2nd" told on the 25th next month's.
            let today = reference.date.day();
            let passed = reference.granularity == Granularity::Day && day + 15 < today;
            (reference.date, i64::from(passed))
        }
        Domain::News => {
            let anchor = context.anchor.date;
            let shift = match context.tense {
                Tense::Past if day > anchor.day() => -1,
                Tense::Future if day < anchor.day() => 1,
                _ => 0,
            };
            (anchor, shift)
        }
    };
    let first = add_months(base.with_day(1)?, shift)?;
    NaiveDate::from_ymd_opt(first.year(), first.month(), day)
}

/// The year of a year-less month (and day): from the tense in news ("in May" written in March
/// of a past event is last May), the reference year in narrative.
/// The month and day a story is at, when it is at a day, a week, a month or a season: a
/// season's reference is dated at its first month with a year's granularity, and the story is
/// at its last month ("In the autumn of 1919 ... until the spring" is 1920's spring).
fn story_month(near: Reference) -> Option<(u32, u32)> {
    if near.granularity <= Granularity::Month {
        return Some((near.date.month(), near.date.day()));
    }
    let season = near.granularity == Granularity::Year
        && near.date.day() == 1
        && matches!(near.date.month(), 3 | 6 | 9);
    season.then(|| (near.date.month() + 2, 1))
}

fn year_for_month(month: u32, day: Option<u32>, context: &Context) -> i32 {
    let near = context.near();
    let year = near.date.year();
    if context.domain == Domain::Narrative && context.reference.is_some() {
        // A story at a winter ("spent the winter assembling an army. The army crossed the
        // Neman in June") goes on into the next year: the winter's own January and February
        // and the months after it are the next year's.
        let winter = context.after_winter && near.date.month() == 12;
        if winter && !context.flashback {
            return if month == 12 { year } else { year + 1 };
        }
        // A day two weeks or less before the story's, across the new year, is that day: "Santa
        // Clara fell on 31 December 1958, and the garrison surrendered the following day.
        // Yaguajay fell on 31 December" is 1958's, not a year on.
        let just_before = day
            .filter(|_| {
                near.granularity == Granularity::Day && month == 12 && near.date.month() == 1
            })
            .and_then(|d| NaiveDate::from_ymd_opt(year - 1, month, d))
            .is_some_and(|d| (near.date - d).num_days() <= 14);
        if just_before {
            return year - 1;
        }
        // A story runs forward: "30 April" told after "16 December 1944" is in 1945. Only a
        // date more than half a year before the reference moves on; nearer ones are flashbacks.
        if let Some((near_month, near_day)) = story_month(near) {
            let ahead = (i64::from(month) * 31 + i64::from(day.unwrap_or(1)))
                - (i64::from(near_month) * 31 + i64::from(near_day));
            // Inside a flashback's own sentence, the flashback runs forward from its date.
            // Not past the years of the section's heading ("1917 ... on 7 November ... The
            // offensive in April ended in failure"), unless it is within a quarter ahead
            // ("On 16 December ... defeated by the end of January").
            let past_heading = ahead > -9 * 31
                && context
                    .heading
                    .is_some_and(|(first, last)| (first..=last).contains(&year) && year + 1 > last);
            if ahead < -6 * 31 && (!context.flashback || context.in_background) && !past_heading {
                return year + 1;
            }
            // "The GDR followed on 7 October. The treaty had been signed in April.": before.
            // "By January rations had been cut. Buller, who had landed on 31 October": before
            // the month too. But a date less than a month after the story's ("landed on 15
            // September. Seoul had been recaptured on 28 September") says the story has moved
            // on, not that a year went back.
            // A month's story spans it, so the month counts from its end: "After the breakout
            // in August, armies had advanced. Brussels had been liberated on 3 September" is
            // the story's year still.
            let moved_on = if near.granularity == Granularity::Day {
                31
            } else {
                2 * 31
            };
            if ahead > moved_on && context.flashback && !context.in_background {
                return year - 1;
            }
        }
        return year;
    }
    // Months from the anchor's month to the named one, -6..=5 (nearest first).
    let anchor_index = i64::from(near.date.month()) * 31 + i64::from(near.date.day());
    let index = i64::from(month) * 31
        + i64::from(day.unwrap_or(if context.tense == Tense::Past { 1 } else { 31 }));
    let ahead = index - anchor_index;
    match context.tense {
        // A past event in a later month is last year's; a day up to two months ahead is more
        // likely a date set in the past for the near future ("payable Dec. 15"), unless a past
        // verb governs it ("He died on Aug. 20").
        Tense::Past if day.is_none() && month > near.date.month() => year - 1,
        Tense::Past if ahead > 2 * 31 || (context.past_verb && day.is_some() && ahead > 0) => {
            year - 1
        }
        Tense::Past => year,
        Tense::Future if day.is_none() && month < near.date.month() => year + 1,
        Tense::Future if ahead < -31 => year + 1,
        Tense::Future => year,
        // No tense word: news mostly reports what has happened, so the window leans back.
        Tense::Present => {
            if ahead > 4 * 31 {
                year - 1
            } else if ahead < -8 * 31 {
                year + 1
            } else {
                year
            }
        }
    }
}

/// The year of a holiday on `month`/`day`: the one the sentence's tense points to in news ("He
/// met on Thanksgiving" in November before the 4th Thursday is last year's), the year of a
/// story at a whole year ("In 1914 ... at Christmas"), else the one nearest the anchor
/// ("Thanksgiving" in January is last November's).
fn nearest_year(month: u32, day: u32, context: &Context) -> i32 {
    let near = context.near();
    let year = near.date.year();
    if near.granularity >= Granularity::Year {
        return year;
    }
    let ahead = (i64::from(month) * 31 + i64::from(day))
        - (i64::from(near.date.month()) * 31 + i64::from(near.date.day()));
    // A story runs forward like its other year-less dates ("appointed Protector in March 1454,
    // but Henry recovered at Christmas" is Christmas 1454), unless the holiday was only weeks
    // before ("left on 9 January 1916, two weeks after Christmas").
    if context.domain == Domain::Narrative && context.reference.is_some() {
        if ahead > 0 && 12 * 31 - ahead <= 2 * 31 {
            return year - 1;
        }
        return year_for_month(month, Some(day), context);
    }
    if context.domain == Domain::News {
        match context.tense {
            Tense::Past if ahead > 0 => return year - 1,
            Tense::Future if ahead < 0 => return year + 1,
            Tense::Past | Tense::Future => return year,
            Tense::Present => {}
        }
    }
    if ahead > 6 * 31 {
        year - 1
    } else if ahead < -6 * 31 {
        year + 1
    } else {
        year
    }
}

/// The weekday of a day as a text of its time writes it: by the Julian calendar before the
/// Gregorian reform of October 1582 (25 October 1415, Agincourt, was a Friday), by the Gregorian
/// calendar after.
fn weekday_as_written(year: i32, month: u32, day: u32) -> Option<Weekday> {
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    if date >= NaiveDate::from_ymd_opt(1582, 10, 15)? {
        return Some(date.weekday());
    }
    // The Julian day number of a Julian calendar date; day 0 was a Monday.
    let (year, month, day) = (i64::from(year), i64::from(month), i64::from(day));
    let a = (14 - month) / 12;
    let y = year + 4800 - a;
    let m = month + 12 * a - 3;
    let julian_day = day + (153 * m + 2) / 5 + 365 * y + y.div_euclid(4) - 32083;
    let from_monday = u32::try_from(julian_day.rem_euclid(7)).ok()?;
    Some(weekday_of(from_monday + 1))
}

/// Easter Sunday of a year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher", from 1583;
/// the Julian one before).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if year < 1 {
        return None;
    }
    // Before the Gregorian reform, the Julian computus, and the day as the Julian calendar
    // (which histories of the time use) writes it: Easter 1461 is 5 April.
    if year < 1583 {
        let d = (19 * (year % 19) + 15) % 30;
        let e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
        let month = (d + e + 114) / 31;
        let day = (d + e + 114) % 31 + 1;
        return NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?);
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// True when `date` falls inside the period `reference` names.
pub fn contains(reference: Reference, date: NaiveDate) -> bool {
    let start = reference.date;
    match reference.granularity {
        Granularity::Day => date == start,
        Granularity::Week => date.iso_week() == start.iso_week(),
        Granularity::Month => date.year() == start.year() && date.month() == start.month(),
        Granularity::Quarter => {
            date.year() == start.year() && (date.month() - 1) / 3 == (start.month() - 1) / 3
        }
        Granularity::Year => date.year() == start.year(),
        Granularity::Decade => date.year().div_euclid(10) == start.year().div_euclid(10),
    }
}

/// Reads a calendar value back into a reference date: "1998", "1998-08", "1998-08-07",
/// "1998-Q3", "1998-W32".
pub fn parse_value(value: &str) -> Option<Reference> {
    // "BC0049": 49 BC, the astronomical year -48.
    if let Some(digits) = value.strip_prefix("BC") {
        if digits.len() == 4 {
            let year: i32 = digits.parse().ok()?;
            return Some(Reference {
                date: NaiveDate::from_ymd_opt(1 - year, 1, 1)?,
                granularity: Granularity::Year,
            });
        }
        return None;
    }
    // "186": the 1860s.
    if value.len() == 3 {
        let decade: i32 = value.parse().ok()?;
        return Some(Reference {
            date: NaiveDate::from_ymd_opt(decade * 10, 1, 1)?,
            granularity: Granularity::Decade,
        });
    }
    let year: i32 = value.get(..4)?.parse().ok()?;
    if value.len() == 4 {
        return Some(Reference {
            date: NaiveDate::from_ymd_opt(year, 1, 1)?,
            granularity: Granularity::Year,
        });
    }
    let rest = value.get(4..)?;
    if let Some(quarter) = rest.strip_prefix("-Q") {
        let quarter: u32 = quarter.parse().ok()?;
        return Some(Reference {
            date: NaiveDate::from_ymd_opt(year, (quarter.clamp(1, 4) - 1) * 3 + 1, 1)?,
            granularity: Granularity::Quarter,
        });
    }
    let month: u32 = rest.get(1..3)?.parse().ok()?;
    if value.len() == 7 {
        return Some(Reference {
            date: NaiveDate::from_ymd_opt(year, month, 1)?,
            granularity: Granularity::Month,
        });
    }
    let day: u32 = value.get(8..10)?.parse().ok()?;
    Some(Reference {
        date: NaiveDate::from_ymd_opt(year, month, day)?,
        granularity: Granularity::Day,
    })
}
