//! Weekly working hours: days of the week, wall-clock times, the dates a rota is valid for, and
//! the rule that a provider's intervals never overlap.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// A day of the week, ISO numbered: 1 is Monday, 7 is Sunday (as stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Weekday(u8);

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday(1), Weekday(2), Weekday(3), Weekday(4), Weekday(5), Weekday(6), Weekday(7)];
    const NAMES: [&'static str; 7] =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    pub fn from_iso(number: i16) -> Option<Weekday> {
        (1..=7).contains(&number).then_some(Weekday(number as u8))
    }

    pub fn parse(input: &str) -> Result<Weekday, String> {
        input
            .trim()
            .parse::<i16>()
            .ok()
            .and_then(Weekday::from_iso)
            .ok_or_else(|| crate::t!("check-weekday"))
    }

    pub fn of(date: NaiveDate) -> Weekday {
        Weekday(date.weekday().number_from_monday() as u8)
    }

    pub fn iso(self) -> i16 {
        i16::from(self.0)
    }

    pub fn name(self) -> &'static str {
        Self::NAMES[usize::from(self.0) - 1]
    }

    pub fn short_name(self) -> &'static str {
        &self.name()[..3]
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A wall-clock time as a time input sends it (`09:30`, or `09:30:00`).
pub fn parse_time(input: &str, what: &str) -> Result<NaiveTime, String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(crate::t!("field-enter", what = what));
    }
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .map_err(|_| crate::t!("check-time-shape"))
}

/// A calendar date as a date input sends it (`2026-12-01`).
pub fn parse_date(input: &str, what: &str) -> Result<NaiveDate, String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(crate::t!("field-enter", what = what));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| crate::t!("check-date-shape"))
}

/// The dates something is valid for, both ends included; no end means "until changed".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

impl DateSpan {
    pub fn new(from: NaiveDate, until: Option<NaiveDate>) -> Result<DateSpan, String> {
        match until {
            Some(until) if until < from => Err(crate::t!("check-last-day-before-first")),
            _ => Ok(DateSpan { from, until }),
        }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && self.until.is_none_or(|until| date <= until)
    }

    pub fn overlaps(&self, other: &DateSpan) -> bool {
        let starts_before_other_ends = other.until.is_none_or(|until| self.from <= until);
        let ends_after_other_starts = self.until.is_none_or(|until| other.from <= until);
        starts_before_other_ends && ends_after_other_starts
    }

    /// What is left of `self` once `cut` is taken out: nothing, one span, or two (when `cut`
    /// lies strictly inside).
    pub fn minus(&self, cut: &DateSpan) -> Vec<DateSpan> {
        if !self.overlaps(cut) {
            return vec![*self];
        }
        let mut left = Vec::new();
        if self.from < cut.from {
            left.push(DateSpan { from: self.from, until: cut.from.pred_opt() });
        }
        if let Some(cut_until) = cut.until
            && self.until.is_none_or(|until| until > cut_until)
            && let Some(next) = cut_until.succ_opt()
        {
            left.push(DateSpan { from: next, until: self.until });
        }
        left
    }
}

/// One interval of a weekly rota: a day, a start and an end (same day), perhaps a chair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyInterval {
    pub weekday: Weekday,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
    pub chair_id: Option<i64>,
}

impl WeeklyInterval {
    pub fn new(
        weekday: Weekday,
        starts: NaiveTime,
        ends: NaiveTime,
        chair_id: Option<i64>,
    ) -> Result<WeeklyInterval, String> {
        if ends <= starts {
            return Err(crate::t!("check-end-before-start"));
        }
        Ok(WeeklyInterval { weekday, starts, ends, chair_id })
    }

    pub fn overlaps(&self, other: &WeeklyInterval) -> bool {
        self.weekday == other.weekday && self.starts < other.ends && other.starts < self.ends
    }
}

/// The first pair of intervals (by position) that overlap, if any: a provider cannot be in two
/// places at once.
pub fn first_overlap(intervals: &[WeeklyInterval]) -> Option<(usize, usize)> {
    intervals
        .iter()
        .enumerate()
        .find_map(|(i, a)| intervals[..i].iter().position(|b| a.overlaps(b)).map(|j| (j, i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        parse_date(s, "a date").unwrap()
    }

    fn span(from: &str, until: Option<&str>) -> DateSpan {
        DateSpan::new(date(from), until.map(date)).unwrap()
    }

    fn interval(day: i16, starts: &str, ends: &str) -> WeeklyInterval {
        WeeklyInterval::new(
            Weekday::from_iso(day).unwrap(),
            parse_time(starts, "a start").unwrap(),
            parse_time(ends, "an end").unwrap(),
            None,
        )
        .unwrap()
    }

    #[test]
    fn weekdays_are_iso_numbered() {
        assert_eq!(Weekday::of(date("2026-11-30")).name(), "Monday");
        assert_eq!(Weekday::of(date("2026-11-29")).iso(), 7);
        assert_eq!(Weekday::parse("3").unwrap().short_name(), "Wed");
        assert!(Weekday::parse("0").is_err());
        assert!(Weekday::parse("8").is_err());
    }

    #[test]
    fn times_and_dates_parse_as_their_inputs_send_them() {
        assert_eq!(parse_time("09:30", "x").unwrap().to_string(), "09:30:00");
        assert_eq!(parse_time("17:45:00", "x").unwrap().to_string(), "17:45:00");
        assert!(parse_time("25:00", "x").is_err());
        assert_eq!(parse_time("", "a start time"), Err("Enter a start time.".into()));
        assert!(parse_date("2026-02-30", "x").is_err());
        assert!(DateSpan::new(date("2026-12-02"), Some(date("2026-12-01"))).is_err());
    }

    #[test]
    fn an_interval_ends_after_it_starts() {
        let nine = parse_time("09:00", "x").unwrap();
        assert!(WeeklyInterval::new(Weekday::ALL[0], nine, nine, None).is_err());
    }

    #[test]
    fn overlapping_intervals_on_the_same_day_are_found() {
        let rota = [interval(1, "09:00", "12:00"), interval(1, "13:00", "17:00")];
        assert_eq!(first_overlap(&rota), None);
        // Touching is not overlapping: one ends when the next starts.
        let touching = [interval(2, "09:00", "12:00"), interval(2, "12:00", "13:00")];
        assert_eq!(first_overlap(&touching), None);
        let other_day = [interval(1, "09:00", "12:00"), interval(2, "09:00", "12:00")];
        assert_eq!(first_overlap(&other_day), None);
        let clash = [
            interval(1, "09:00", "12:00"),
            interval(3, "09:00", "12:00"),
            interval(1, "11:30", "14:00"),
        ];
        assert_eq!(first_overlap(&clash), Some((0, 2)));
    }

    #[test]
    fn spans_overlap_when_they_share_a_day() {
        let december = span("2026-12-01", Some("2026-12-31"));
        assert!(december.overlaps(&span("2026-12-31", None)));
        assert!(!december.overlaps(&span("2027-01-01", None)));
        assert!(span("2026-01-01", None).overlaps(&span("2030-01-01", None)));
        assert!(december.contains(date("2026-12-31")));
        assert!(!december.contains(date("2027-01-01")));
    }

    #[test]
    fn cutting_a_span_keeps_what_lies_outside_the_cut() {
        let open = span("2026-01-01", None);
        // A new rota from March: the old one ends the day before.
        assert_eq!(
            open.minus(&span("2026-03-01", None)),
            vec![span("2026-01-01", Some("2026-02-28"))]
        );
        // A rota for March only: the old one resumes in April.
        assert_eq!(
            open.minus(&span("2026-03-01", Some("2026-03-31"))),
            vec![span("2026-01-01", Some("2026-02-28")), span("2026-04-01", None)]
        );
        // Replacing from the first day leaves nothing.
        assert_eq!(open.minus(&span("2026-01-01", None)), vec![]);
        // A later rota replaced from before it started leaves nothing either.
        assert_eq!(span("2026-06-01", None).minus(&span("2026-03-01", None)), vec![]);
        // No overlap: unchanged.
        let june = span("2026-06-01", Some("2026-06-30"));
        assert_eq!(june.minus(&span("2026-07-01", None)), vec![june]);
    }
}
