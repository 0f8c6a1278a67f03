//! The time providers and chairs were available, day by day: the weekly rota's intervals on
//! each date (turned into instants by the clinic's zone, by the engine's rules for days when
//! the clocks change), less time off and whole-clinic closures. A provider's time off takes
//! their time; a chair's, or the rota provider's, takes the chair's.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::period::Period;
use crate::domain::{Weekday, WeeklyInterval};
use crate::scheduling::availability::{Busy, working_window};

/// One interval of a provider's weekly rota and the dates it holds for.
#[derive(Debug, Clone)]
pub struct RotaRow {
    pub provider_id: i64,
    pub chair_id: Option<i64>,
    pub weekday: i16,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
}

/// A period of time off: of a provider, of a chair, or (neither) of the whole clinic.
#[derive(Debug, Clone)]
pub struct TimeOffRow {
    pub provider_id: Option<i64>,
    pub chair_id: Option<i64>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// Available minutes by (provider, local date) and by (chair, local date).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Available {
    pub providers: HashMap<(i64, NaiveDate), i64>,
    pub chairs: HashMap<(i64, NaiveDate), i64>,
}

/// The minutes of `window` that none of `off` covers.
fn minutes_left(window: Busy, off: &mut [Busy]) -> i64 {
    off.sort();
    let mut covered = 0;
    let mut reached = window.start;
    for span in off.iter() {
        let (start, end) = (span.start.max(reached), span.end.min(window.end));
        if start < end {
            covered += (end - start).num_seconds();
            reached = end;
        }
    }
    ((window.end - window.start).num_seconds() - covered) / 60
}

/// Adds one clinic's available time over `period` (in the clinic's `zone`) to `into`.
pub fn add_clinic(
    into: &mut Available,
    zone: &Tz,
    period: Period,
    rota: &[RotaRow],
    time_off: &[TimeOffRow],
) {
    let mut off = Vec::new();
    for date in period.dates() {
        let weekday = Weekday::of(date).iso();
        for row in rota.iter().filter(|r| r.weekday == weekday) {
            if date < row.valid_from || row.valid_until.is_some_and(|until| date > until) {
                continue;
            }
            let Some(interval) = Weekday::from_iso(row.weekday).and_then(|weekday| {
                WeeklyInterval::new(weekday, row.starts, row.ends, row.chair_id).ok()
            }) else {
                continue;
            };
            let Some(window) = working_window(zone, date, &interval) else { continue };
            let touching = |o: &&TimeOffRow| o.start < window.end && window.start < o.end;
            let closure = |o: &TimeOffRow| o.provider_id.is_none() && o.chair_id.is_none();
            off.clear();
            off.extend(
                time_off
                    .iter()
                    .filter(touching)
                    .filter(|o| closure(o) || o.provider_id == Some(row.provider_id))
                    .map(|o| Busy::new(o.start, o.end)),
            );
            *into.providers.entry((row.provider_id, date)).or_default() +=
                minutes_left(window, &mut off);
            if let Some(chair_id) = row.chair_id {
                off.extend(
                    time_off
                        .iter()
                        .filter(touching)
                        .filter(|o| o.chair_id == Some(chair_id))
                        .map(|o| Busy::new(o.start, o.end)),
                );
                *into.chairs.entry((chair_id, date)).or_default() += minutes_left(window, &mut off);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn time(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    fn at(text: &str) -> DateTime<Utc> {
        Utc.from_utc_datetime(
            &chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap(),
        )
    }

    /// Provider 1 on Sundays and Mondays, 09:00 to 17:00 in chair 7, from 2026-01-01.
    fn rota() -> Vec<RotaRow> {
        [7, 1]
            .into_iter()
            .map(|weekday| RotaRow {
                provider_id: 1,
                chair_id: Some(7),
                weekday,
                starts: time("09:00"),
                ends: time("17:00"),
                valid_from: date("2026-01-01"),
                valid_until: None,
            })
            .collect()
    }

    #[test]
    fn a_day_is_its_rota_less_time_off_counted_once_where_it_overlaps() {
        let zone: Tz = "Europe/London".parse().unwrap();
        let period = Period { from: date("2026-03-02"), to: date("2026-03-03") };
        let off = [
            // Two overlapping spans (10:00-12:00 in all), and one outside the rota.
            TimeOffRow {
                provider_id: Some(1),
                chair_id: None,
                start: at("2026-03-02 10:00"),
                end: at("2026-03-02 11:30"),
            },
            TimeOffRow {
                provider_id: None,
                chair_id: None,
                start: at("2026-03-02 11:00"),
                end: at("2026-03-02 12:00"),
            },
            TimeOffRow {
                provider_id: Some(1),
                chair_id: None,
                start: at("2026-03-02 18:00"),
                end: at("2026-03-02 19:00"),
            },
            // The chair only: the provider is still available.
            TimeOffRow {
                provider_id: None,
                chair_id: Some(7),
                start: at("2026-03-02 16:00"),
                end: at("2026-03-02 17:00"),
            },
        ];
        let mut available = Available::default();
        add_clinic(&mut available, &zone, period, &rota(), &off);
        assert_eq!(available.providers, [((1, date("2026-03-02")), 360)].into());
        assert_eq!(available.chairs, [((7, date("2026-03-02")), 300)].into());
    }

    #[test]
    fn the_day_the_clocks_go_back_has_an_hour_more() {
        // Sunday 25 October 2026, London: 01:00-02:00 happens twice; a rota across it is 9 h.
        let zone: Tz = "Europe/London".parse().unwrap();
        let mut rota = rota();
        rota[0].starts = time("00:30");
        rota[0].ends = time("08:30");
        let period = Period { from: date("2026-10-25"), to: date("2026-10-25") };
        let mut available = Available::default();
        add_clinic(&mut available, &zone, period, &rota, &[]);
        assert_eq!(available.providers[&(1, date("2026-10-25"))], 9 * 60);
    }

    #[test]
    fn dates_outside_the_rota_s_validity_count_nothing() {
        let zone: Tz = "Europe/London".parse().unwrap();
        let mut rota = rota();
        rota[1].valid_until = Some(date("2026-03-01"));
        let period = Period { from: date("2026-03-02"), to: date("2026-03-02") };
        let mut available = Available::default();
        add_clinic(&mut available, &zone, period, &rota, &[]);
        assert!(available.providers.is_empty());
    }
}
