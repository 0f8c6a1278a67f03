//! The time axis of one local day as the calendar draws it: minutes elapsed since the day's
//! first instant. A day is 24 hours of wall clock but 23 or 25 hours of real time when the
//! clocks change; drawing by elapsed time keeps every appointment its real length and never
//! stacks the repeated hour on itself, and the labels come from the wall clock at each minute.
//!
//! Built on the server (where the time zone database lives) and sent to the browser, which
//! uses the same `local_at` to turn a click or a drop back into a wall-clock time.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// One local day's axis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayAxis {
    pub date: NaiveDate,
    /// The day's first instant (local midnight, or the end of a gap that swallows midnight).
    pub start: DateTime<Utc>,
    /// Its real length in minutes: 1440, or less or more on a day the clocks change.
    pub length: u32,
    /// The offset from UTC in minutes from each elapsed minute on: the first entry is at 0,
    /// and there is one more for each change of the clocks during the day.
    pub offsets: Vec<(u32, i32)>,
}

/// How finely a day is searched for a change of the clocks (every zone changes on a quarter
/// hour).
const PROBE_MINUTES: u32 = 15;

impl DayAxis {
    /// The axis of `date` in `zone`.
    pub fn new<Z: TimeZone>(zone: &Z, date: NaiveDate) -> DayAxis {
        let start = day_start(zone, date);
        let end = day_start(zone, date.succ_opt().unwrap_or(date));
        let length = u32::try_from((end - start).num_minutes()).unwrap_or(24 * 60).max(1);
        let offset_at = |minute: u32| -> i32 {
            let instant = start + Duration::minutes(i64::from(minute));
            zone.offset_from_utc_datetime(&instant.naive_utc()).fix().local_minus_utc() / 60
        };
        let mut offsets = vec![(0, offset_at(0))];
        let mut minute = PROBE_MINUTES;
        while minute < length {
            let offset = offset_at(minute);
            if offsets.last().is_some_and(|(_, last)| *last != offset) {
                offsets.push((minute, offset));
            }
            minute += PROBE_MINUTES;
        }
        DayAxis { date, start, length, offsets }
    }

    /// The elapsed minute of an instant (negative before the day, beyond `length` after it).
    pub fn minute_of(&self, instant: DateTime<Utc>) -> i64 {
        (instant - self.start).num_minutes()
    }

    /// The instant at an elapsed minute.
    pub fn instant_at(&self, minute: i64) -> DateTime<Utc> {
        self.start + Duration::minutes(minute)
    }

    /// The wall-clock time at an elapsed minute.
    pub fn local_at(&self, minute: i64) -> NaiveDateTime {
        let offset = self
            .offsets
            .iter()
            .take_while(|(from, _)| i64::from(*from) <= minute)
            .last()
            .or(self.offsets.first())
            .map_or(0, |(_, offset)| *offset);
        (self.instant_at(minute) + Duration::minutes(i64::from(offset))).naive_utc()
    }

    /// The wall-clock time at an elapsed minute, snapped down to a grid of `step` minutes of
    /// the wall clock (a click at 10:37 on a 15-minute grid means 10:30).
    pub fn slot_at(&self, minute: i64, step: u32) -> NaiveDateTime {
        let local = self.local_at(minute);
        let step = i64::from(step.max(1));
        let of_day = (local.time() - NaiveTime::MIN).num_minutes();
        local - Duration::minutes(of_day.rem_euclid(step))
    }

    /// Whether the clocks change during the day.
    pub fn clocks_change(&self) -> bool {
        self.offsets.len() > 1
    }
}

/// The first instant of a local date: midnight, or the first instant after a gap that
/// swallows it.
fn day_start<Z: TimeZone>(zone: &Z, date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_time(NaiveTime::MIN);
    (0..=24 * 4)
        .find_map(|quarter| {
            zone.from_local_datetime(&(midnight + Duration::minutes(15 * quarter)))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        })
        .unwrap_or_else(|| midnight.and_utc())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use chrono_tz::{America::New_York, Australia::Lord_Howe, Europe::London};

    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn an_ordinary_day_is_24_hours_of_wall_clock() {
        let axis = DayAxis::new(&London, date("2026-12-01"));
        assert_eq!(axis.length, 1440);
        assert!(!axis.clocks_change());
        assert_eq!(axis.local_at(10 * 60 + 30), local("2026-12-01 10:30"));
        assert_eq!(axis.minute_of(axis.instant_at(600)), 600);
        // Summer time: the axis starts at 23:00 UTC the evening before.
        let summer = DayAxis::new(&London, date("2026-07-01"));
        assert_eq!(summer.start.to_rfc3339(), "2026-06-30T23:00:00+00:00");
        assert_eq!(summer.local_at(9 * 60), local("2026-07-01 09:00"));
    }

    #[test]
    fn the_day_the_clocks_go_forward_is_23_hours_and_skips_an_hour_of_labels() {
        let axis = DayAxis::new(&London, date("2026-03-29"));
        assert_eq!(axis.length, 23 * 60);
        assert_eq!(axis.offsets, vec![(0, 0), (60, 60)]);
        assert_eq!(axis.local_at(59), local("2026-03-29 00:59"));
        assert_eq!(axis.local_at(60), local("2026-03-29 02:00"));
        assert_eq!(axis.local_at(9 * 60), local("2026-03-29 10:00"));
    }

    #[test]
    fn the_day_the_clocks_go_back_is_25_hours_and_repeats_an_hour_of_labels() {
        let axis = DayAxis::new(&New_York, date("2026-11-01"));
        assert_eq!(axis.length, 25 * 60);
        assert_eq!(axis.local_at(90), local("2026-11-01 01:30"));
        assert_eq!(axis.local_at(150), local("2026-11-01 01:30"));
        assert_eq!(axis.local_at(11 * 60), local("2026-11-01 10:00"));
    }

    #[test]
    fn lord_howe_shifts_by_half_an_hour() {
        let axis = DayAxis::new(&Lord_Howe, date("2026-10-04"));
        assert_eq!(axis.length, 23 * 60 + 30);
        assert_eq!(axis.local_at(120), local("2026-10-04 02:30"));
        let back = DayAxis::new(&Lord_Howe, date("2026-04-05"));
        assert_eq!(back.length, 24 * 60 + 30);
    }

    #[test]
    fn a_click_snaps_down_to_the_wall_clock_grid() {
        let axis = DayAxis::new(&London, date("2026-12-01"));
        assert_eq!(axis.slot_at(10 * 60 + 37, 15), local("2026-12-01 10:30"));
        assert_eq!(axis.slot_at(10 * 60 + 45, 15), local("2026-12-01 10:45"));
        assert_eq!(axis.slot_at(10 * 60 + 9, 10), local("2026-12-01 10:00"));
    }
}
