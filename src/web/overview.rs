//! The overview axis above the timeline: a server-rendered SVG of the whole date range (or of the
//! zoomed `from`/`to` range) in which every event is a mark — a point for a day, a bar for a span
//! the date is known to within (a month, a season, a week), a solid bar for a lasting state, an
//! open bar for a state that still holds ("since October 2021") — stacked in lanes so they do not
//! overlap, over a strip of event density and labelled ticks that are links zooming to their year,
//! month or days.
//!
//! Positions are percentages of the axis width, so the SVG needs no `viewBox` and never stretches
//! text or points at any screen width. Over more than two years the scale gives each year a width
//! that grows with the events starting in it, so a decade with one busy year does not squeeze that
//! year into a sliver; the knots of this piecewise-linear scale are printed in `data-scale` for the
//! page's script, which turns a drag into dates. It is layout only: which events match is the
//! query's business, and the handler passes that in.

use crate::event::Event;
use crate::when::{year_label, Precision};
use chrono::{Datelike, Duration, NaiveDate};

/// At most this many lanes; a mark that finds no free lane goes where it overlaps least.
const MAX_LANES: usize = 10;
/// At most this many events are drawn as marks; the density strip counts all of them.
const MAX_MARKS: usize = 300;
/// Height of a lane, in pixels.
const LANE_HEIGHT: usize = 11;
/// Height of the density strip's tallest bar, in pixels.
const DENSITY_HEIGHT: usize = 14;
/// Room kept clear to the right of a mark in its lane, in percent of the width.
const LANE_GAP: f64 = 0.8;
/// At most about this many year ticks and knots of the scale: over a longer range they fall
/// every 2, 5, 10, 20, 50, ... years, so a corpus that mentions the year 1206 does not draw eight
/// centuries of ticks.
const MAX_YEAR_TICKS: i64 = 60;
/// At most about this many density bars: over a longer range a bar counts a month, then 1, 2, 5,
/// 10, ... years.
const MAX_DENSITY_BINS: i64 = 400;

/// How an event is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A single day.
    Point,
    /// A span the date is known to within: it happened some time in it.
    Uncertain,
    /// A span the event or state lasted.
    Span,
    /// A state that began and still holds: drawn to the right edge, fading.
    Open,
}

impl Shape {
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Point => "point",
            Shape::Uncertain => "uncertain",
            Shape::Span => "span",
            Shape::Open => "open",
        }
    }
}

/// One event on the axis.
pub struct Mark {
    pub id: String,
    pub shape: Shape,
    /// Left edge (or centre, for a point), percent.
    pub x: String,
    /// Width, percent (zero for a point).
    pub width: String,
    /// Top of the lane, pixels.
    pub y: usize,
    /// The event passes the current filters.
    pub matching: bool,
    /// Tooltip: date and a short headline.
    pub title: String,
}

impl Mark {
    pub fn is_point(&self) -> bool {
        self.shape == Shape::Point
    }
}

/// A bar of the density strip.
pub struct DensityBar {
    pub x: String,
    pub width: String,
    pub y: usize,
    pub height: usize,
}

/// A labelled tick; its label is a link that zooms to the interval it starts.
pub struct Tick {
    pub x: String,
    pub label: String,
    /// Hidden first on narrow screens.
    pub minor: bool,
    /// `from=…&to=…` of the interval.
    pub from: String,
    pub to: String,
    /// For screen readers: "Zoom to June 2023".
    pub zoom_label: String,
}

/// The rendered axis.
pub struct Overview {
    pub height: usize,
    /// Pixel y of the baseline under the density strip.
    pub baseline: usize,
    pub label_y: usize,
    pub marks: Vec<Mark>,
    pub density: Vec<DensityBar>,
    pub ticks: Vec<Tick>,
    /// Tick lines: x positions, percent.
    pub gridlines: Vec<String>,
    /// `date:percent` knots, comma-separated, for the script.
    pub scale: String,
    /// The unit a click zooms to: `year`, `month` or `day`.
    pub unit: &'static str,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// Readable range, for the caption: "January 2011 to September 2023".
    pub range_label: String,
    pub zoomed: bool,
}

/// A piecewise-linear map from days to percent of the width.
struct Scale {
    /// (day, percent), increasing; the last knot is the day after the domain.
    knots: Vec<(NaiveDate, f64)>,
}

impl Scale {
    fn x(&self, day: NaiveDate) -> f64 {
        let Some(&(first, _)) = self.knots.first() else {
            return 0.0;
        };
        if day <= first {
            return 0.0;
        }
        for pair in self.knots.windows(2) {
            let ((a, xa), (b, xb)) = (pair[0], pair[1]);
            if day < b {
                let span = (b - a).num_days().max(1) as f64;
                return xa + (xb - xa) * (day - a).num_days() as f64 / span;
            }
        }
        100.0
    }
}

fn year_start(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn next_month(day: NaiveDate) -> NaiveDate {
    let first = month_start(day);
    if first.month() == 12 {
        year_start(first.year() + 1)
    } else {
        first.with_month(first.month() + 1).unwrap_or(first)
    }
}

/// The smallest of 1, 2, 5, 10, 20, 50, ... years that cuts `n_years` into at most `max_parts`.
fn year_step(n_years: i64, max_parts: i64) -> i32 {
    let mut magnitude: i64 = 1;
    loop {
        for step in [magnitude, 2 * magnitude, 5 * magnitude] {
            if n_years <= max_parts.saturating_mul(step) {
                return i32::try_from(step).unwrap_or(i32::MAX);
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// Starts of the years that are multiples of `step` after `first`, up to `end_exclusive`,
/// preceded by the start of `first`'s year.
fn year_starts(first: NaiveDate, end_exclusive: NaiveDate, step: i32) -> Vec<NaiveDate> {
    let mut starts = vec![year_start(first.year())];
    let mut year = (first.year().div_euclid(step) + 1) * step;
    while year_start(year) < end_exclusive {
        starts.push(year_start(year));
        year += step;
    }
    starts
}

fn n_years(first: NaiveDate, end_exclusive: NaiveDate) -> i64 {
    i64::from(end_exclusive.year() - first.year()) + 1
}

/// The index of the interval of sorted `bounds` (interval `i` is `bounds[i]..bounds[i + 1]`)
/// that holds `day`, if any.
fn interval_of(bounds: &[NaiveDate], day: NaiveDate) -> Option<usize> {
    let after = bounds.partition_point(|bound| *bound <= day);
    (after > 0 && after < bounds.len()).then(|| after - 1)
}

fn percent(x: f64) -> String {
    format!("{:.1}%", x.clamp(0.0, 100.0))
}

/// Over more than two years, each year (or each step of years between ticks, over a long range)
/// weighs its share of days times one plus twice the events starting in it; otherwise the scale
/// is linear.
fn scale(events: &[Event], first: NaiveDate, end_exclusive: NaiveDate) -> Scale {
    let n_days = (end_exclusive - first).num_days();
    if n_days <= 2 * 366 {
        return Scale {
            knots: vec![(first, 0.0), (end_exclusive, 100.0)],
        };
    }
    let step = year_step(n_years(first, end_exclusive), MAX_YEAR_TICKS);
    let mut bounds = year_starts(first, end_exclusive, step);
    bounds[0] = first;
    bounds.push(end_exclusive);
    let mut n_starting = vec![0usize; bounds.len() - 1];
    for event in events {
        if let Some(interval) = interval_of(&bounds, event.when.start) {
            n_starting[interval] += 1;
        }
    }
    let weights: Vec<f64> = bounds
        .windows(2)
        .zip(&n_starting)
        .map(|(pair, &n_starting)| {
            (pair[1] - pair[0]).num_days() as f64 / 365.25 * (1.0 + 2.0 * n_starting as f64)
        })
        .collect();
    let total: f64 = weights.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    let mut knots = Vec::with_capacity(bounds.len());
    let mut x = 0.0;
    for (idx, bound) in bounds.iter().enumerate() {
        knots.push((*bound, x));
        if let Some(weight) = weights.get(idx) {
            x += 100.0 * weight / total;
        }
    }
    if let Some(last) = knots.last_mut() {
        last.1 = 100.0;
    }
    Scale { knots }
}

fn shape(event: &Event) -> Shape {
    if event.when.open_end {
        Shape::Open
    } else if event.when.n_days() <= 1 {
        Shape::Point
    } else if event.when.precision == Precision::Interval {
        Shape::Span
    } else {
        Shape::Uncertain
    }
}

fn short_title(event: &Event) -> String {
    const MAX_CHARS: usize = 48;
    let headline: String = event.headline.chars().take(MAX_CHARS).collect();
    let ellipsis = if event.headline.chars().count() > MAX_CHARS && !headline.ends_with('…') {
        "…"
    } else {
        ""
    };
    format!("{}: {headline}{ellipsis}", event.when.display)
}

/// Ticks at the start of each year (or every 2, 5, 10, ... years over a long range), month or
/// tenth of a month in the domain, whichever gives a readable number of them; each zooms to its
/// interval.
fn ticks(
    first: NaiveDate,
    end_exclusive: NaiveDate,
) -> (&'static str, Vec<(NaiveDate, NaiveDate)>) {
    let n_days = (end_exclusive - first).num_days();
    let mut starts = Vec::new();
    let mut step = 1;
    let unit = if n_days > 3 * 366 {
        step = year_step(n_years(first, end_exclusive), MAX_YEAR_TICKS);
        starts = year_starts(first, end_exclusive, step);
        "year"
    } else if n_days > 62 {
        let mut day = month_start(first);
        while day < end_exclusive {
            starts.push(day);
            day = next_month(day);
        }
        "month"
    } else {
        let mut day = month_start(first);
        while day < end_exclusive {
            for start_day in [1, 11, 21] {
                if let Some(tick) = day.with_day(start_day) {
                    starts.push(tick);
                }
            }
            day = next_month(day);
        }
        "day"
    };
    let mut intervals: Vec<(NaiveDate, NaiveDate)> = starts
        .iter()
        .enumerate()
        .map(|(idx, start)| {
            let next = starts.get(idx + 1).copied().unwrap_or(match unit {
                "year" => year_start((start.year().div_euclid(step) + 1) * step),
                _ => next_month(*start),
            });
            (*start, next - Duration::days(1))
        })
        .filter(|(start, last)| *last >= first && *start < end_exclusive)
        .collect();
    // A first interval that starts before the domain is clipped to it.
    if let Some(interval) = intervals.first_mut() {
        interval.0 = interval.0.max(first);
    }
    (unit, intervals)
}

fn tick_label(unit: &str, start: NaiveDate, first_label: bool) -> (String, String) {
    let month = crate::when::month_name(start.month());
    let short_month = month.get(..3).unwrap_or(month);
    match unit {
        "year" => (year_label(start.year()), year_label(start.year())),
        "month" => {
            let label = if first_label || start.month() == 1 {
                format!("{short_month} {}", year_label(start.year()))
            } else {
                short_month.to_string()
            };
            (label, format!("{month} {}", year_label(start.year())))
        }
        _ => {
            let label = if first_label || start.day() == 1 {
                format!("{} {short_month}", start.day())
            } else {
                start.day().to_string()
            };
            (
                label,
                format!("{} {month} {}", start.day(), year_label(start.year())),
            )
        }
    }
}

/// Lays out the axis for `events` (all of them, in date order) between `from` and `to` (the
/// query's bounds, if any); `matching` tells which events pass the filters. None when there
/// are no events.
pub fn overview(
    events: &[Event],
    matching: impl Fn(&Event) -> bool,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Option<Overview> {
    let earliest = events.iter().map(|e| e.when.start).min()?;
    // Long and open spans would stretch the range past the last dated happening; cap them.
    let latest_start = events.iter().map(|e| e.when.start).max()?;
    let latest = events
        .iter()
        .map(|e| e.when.end.min(e.when.start.max(latest_start)))
        .max()?;
    let first = from.unwrap_or(earliest);
    let last = to.unwrap_or(latest).max(first);
    let end_exclusive = last + Duration::days(1);
    let scale = scale(events, first, end_exclusive);

    // Marks, in lanes: each goes to the first lane whose last mark ends before it starts. A
    // large range draws an even sample of at most MAX_MARKS marks (the density strip below
    // still counts every event), so the page stays small whatever the corpus.
    let n_in_range = events
        .iter()
        .filter(|e| e.when.end >= first && e.when.start <= last)
        .count();
    let stride = n_in_range.div_ceil(MAX_MARKS).max(1);
    let mut lane_ends: Vec<f64> = Vec::new();
    let mut marks = Vec::new();
    let in_range = events
        .iter()
        .filter(|e| e.when.end >= first && e.when.start <= last)
        .step_by(stride);
    for event in in_range {
        let shape = shape(event);
        let x0 = scale.x(event.when.start);
        let x1 = match shape {
            Shape::Open => 100.0,
            _ => scale.x(event.when.end + Duration::days(1)),
        };
        let (x, width, left, right) = if shape == Shape::Point {
            let centre = (x0 + x1) / 2.0;
            (centre, 0.0, centre - 0.8, centre + 0.8)
        } else {
            let width = (x1 - x0).max(0.5);
            (x0, width, x0, x0 + width)
        };
        let lane = match lane_ends.iter().position(|end| *end < left) {
            Some(free) => free,
            None if lane_ends.len() < MAX_LANES => lane_ends.len(),
            None => (0..lane_ends.len())
                .min_by(|a, b| lane_ends[*a].total_cmp(&lane_ends[*b]))
                .unwrap_or(0),
        };
        if lane == lane_ends.len() {
            lane_ends.push(right + LANE_GAP);
        } else {
            lane_ends[lane] = lane_ends[lane].max(right + LANE_GAP);
        }
        marks.push(Mark {
            id: event.id.clone(),
            shape,
            x: percent(x),
            width: percent(width),
            y: 4 + lane * LANE_HEIGHT,
            matching: matching(event),
            title: short_title(event),
        });
    }
    let n_lanes = lane_ends.len().max(1);
    let density_top = 4 + n_lanes * LANE_HEIGHT + 4;
    let baseline = density_top + DENSITY_HEIGHT;

    // Density of matching events that are known to a month or better: per month over more than
    // a year (per 1, 2, 5, ... years when that would make more than MAX_DENSITY_BINS bars), per
    // week down to two months, per day below.
    let n_days = (end_exclusive - first).num_days();
    let mut bounds: Vec<NaiveDate> = if n_days / 30 > MAX_DENSITY_BINS {
        let step = year_step(n_years(first, end_exclusive), MAX_DENSITY_BINS);
        year_starts(first, end_exclusive, step)
    } else {
        let mut bounds = Vec::new();
        let mut bin_start = if n_days > 366 {
            month_start(first)
        } else {
            first
        };
        while bin_start < end_exclusive {
            bounds.push(bin_start);
            bin_start = if n_days > 366 {
                next_month(bin_start)
            } else if n_days > 62 {
                bin_start + Duration::days(7)
            } else {
                bin_start + Duration::days(1)
            };
        }
        bounds
    };
    if let Some(bound) = bounds.first_mut() {
        *bound = (*bound).max(first);
    }
    bounds.push(end_exclusive);
    let mut counts = vec![0usize; bounds.len() - 1];
    for event in events.iter().filter(|e| matching(e)) {
        if event.when.n_days() > 31 {
            continue;
        }
        if let Some(interval) = interval_of(&bounds, event.when.start) {
            counts[interval] += 1;
        }
    }
    let max_count = counts.iter().copied().max().unwrap_or(0).max(1);
    let density = bounds
        .windows(2)
        .zip(counts)
        .filter(|(_, count)| *count > 0)
        .map(|(pair, count)| {
            let (a, b) = (&pair[0], &pair[1]);
            let height = 3 + count * (DENSITY_HEIGHT - 3) / max_count;
            let (xa, xb) = (scale.x(*a), scale.x(*b));
            // A small gap keeps neighbouring bars apart.
            let width = ((xb - xa) * 0.8).max(0.3);
            DensityBar {
                x: percent(xa + (xb - xa - width) / 2.0),
                width: percent(width),
                y: baseline - height,
                height,
            }
        })
        .collect();

    // Ticks, with labels thinned so they do not collide.
    let (unit, intervals) = ticks(first, end_exclusive);
    let mut ticks = Vec::new();
    let mut gridlines = Vec::new();
    let mut last_label_x = f64::NEG_INFINITY;
    let mut n_labels = 0;
    for (start, interval_last) in intervals {
        let x = scale.x(start);
        gridlines.push(percent(x));
        if x - last_label_x < 5.5 || x > 96.0 {
            continue;
        }
        let (label, long_label) = tick_label(unit, start, n_labels == 0);
        last_label_x = x;
        ticks.push(Tick {
            x: percent(x),
            label,
            minor: n_labels % 2 == 1,
            from: start.to_string(),
            to: interval_last.min(last).to_string(),
            zoom_label: format!("Zoom to {long_label}"),
        });
        n_labels += 1;
    }

    let knots: Vec<String> = scale
        .knots
        .iter()
        .map(|(day, x)| format!("{day}:{x:.2}"))
        .collect();
    let month_year = |day: NaiveDate| {
        format!(
            "{} {}",
            crate::when::month_name(day.month()),
            year_label(day.year())
        )
    };
    Some(Overview {
        height: baseline + 20,
        baseline,
        label_y: baseline + 15,
        marks,
        density,
        ticks,
        gridlines,
        scale: knots.join(","),
        unit,
        first_day: first,
        last_day: last,
        range_label: if n_days > 62 {
            format!("{} to {}", month_year(first), month_year(last))
        } else {
            format!("{first} to {last}")
        },
        zoomed: from.is_some() || to.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    #[test]
    fn a_short_range_is_linear() {
        let scale = scale(&[], day("2023-06-01"), day("2023-07-01"));
        assert_eq!(scale.x(day("2023-06-01")), 0.0);
        assert!((scale.x(day("2023-06-16")) - 50.0).abs() < 0.01);
        assert_eq!(scale.x(day("2023-07-01")), 100.0);
        assert_eq!(scale.x(day("2024-01-01")), 100.0);
    }

    #[test]
    fn a_range_of_centuries_keeps_ticks_knots_and_bars_few() {
        assert_eq!(year_step(13, MAX_YEAR_TICKS), 1);
        assert_eq!(year_step(821, MAX_YEAR_TICKS), 20);
        assert_eq!(year_step(821, MAX_DENSITY_BINS), 5);
        let (first, end) = (day("1206-03-01"), day("2026-01-01"));
        let (unit, intervals) = ticks(first, end);
        assert_eq!(unit, "year");
        assert_eq!(intervals.len(), 42);
        assert_eq!(intervals[0], (first, day("1219-12-31")));
        assert_eq!(intervals[41], (day("2020-01-01"), day("2039-12-31")));
        let scale = scale(&[], first, end);
        assert_eq!(scale.knots.len(), 43);
        assert_eq!(scale.knots[1].0, day("1220-01-01"));
    }

    #[test]
    fn ticks_pick_a_unit_from_the_range() {
        let (unit, years) = ticks(day("2011-03-01"), day("2023-09-08"));
        assert_eq!(unit, "year");
        assert_eq!(years.first(), Some(&(day("2011-03-01"), day("2011-12-31"))));
        assert_eq!(years.len(), 13);
        let (unit, months) = ticks(day("2023-01-01"), day("2023-10-01"));
        assert_eq!(unit, "month");
        assert_eq!(months[5], (day("2023-06-01"), day("2023-06-30")));
        let (unit, days) = ticks(day("2023-06-01"), day("2023-07-01"));
        assert_eq!(unit, "day");
        assert_eq!(
            days,
            [
                (day("2023-06-01"), day("2023-06-10")),
                (day("2023-06-11"), day("2023-06-20")),
                (day("2023-06-21"), day("2023-06-30")),
            ]
        );
    }
}
