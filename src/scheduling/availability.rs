//! The availability engine: which start times can be offered for an appointment type, with
//! which provider and chair. Pure: everything it needs is passed in (rotas, busy ranges,
//! closures, the policy, "now" and the clinic's time zone), so it runs and is tested without a
//! database, and compiles for the browser as well as the server.
//!
//! Time rules:
//! - Working hours are local wall-clock intervals. On each date, an interval's start and end
//!   are turned into instants in the clinic's zone; a start time on the slot grid is offered
//!   when its instant exists.
//! - Clocks going forward: a wall-clock time that does not exist that day is skipped (no slot
//!   at 01:30 in London on the last Sunday of March).
//! - Clocks going back: a wall-clock time that occurs twice is offered once, at its first
//!   occurrence. A working interval spanning the change lasts its real length (one hour
//!   longer), but the grid is of wall-clock times, so the repeated hour is not offered twice.
//! - All comparisons (busy ranges, notice, horizon) are between instants.
//!
//! Ranges are half-open, `[start, end)`: an appointment ending at 10:00 does not clash with
//! one starting at 10:00.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{DateSpan, Weekday, WeeklyInterval};

/// A span of time between two instants, `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Busy {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Busy {
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Busy {
        Busy { start, end }
    }

    pub fn overlaps(&self, other: &Busy) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Busy ranges sorted by start, for quick "is anything in the way" questions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BusyList {
    ranges: Vec<Busy>,
    /// `longest` bounds how far back an overlapping range can start.
    longest: Duration,
}

impl BusyList {
    pub fn new(mut ranges: Vec<Busy>) -> BusyList {
        ranges.retain(|r| r.start < r.end);
        ranges.sort();
        let longest = ranges.iter().map(|r| r.end - r.start).max().unwrap_or_default();
        BusyList { ranges, longest }
    }

    /// Whether any range overlaps `span`.
    pub fn blocks(&self, span: &Busy) -> bool {
        // Only ranges starting after `span.start - longest` can reach into the span.
        let from = self.ranges.partition_point(|r| r.start < span.start - self.longest);
        self.ranges[from..].iter().take_while(|r| r.start < span.end).any(|r| r.overlaps(span))
    }
}

/// One interval of a provider's weekly rota, with the dates it is valid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotaInterval {
    pub interval: WeeklyInterval,
    pub span: DateSpan,
}

/// A provider as the engine sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderCalendar {
    pub provider_id: i64,
    pub rota: Vec<RotaInterval>,
    /// Their appointments' blocked ranges (visit plus buffers) and their time off.
    pub busy: BusyList,
}

/// A chair and when it is taken (appointments, blockouts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChairCalendar {
    pub chair_id: i64,
    pub busy: BusyList,
}

/// What is being booked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitKind {
    pub duration: Duration,
    pub buffer_before: Duration,
    pub buffer_after: Duration,
    pub needs_chair: bool,
    /// Providers who may perform it.
    pub providers: Vec<i64>,
}

/// The clinic's booking policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookingPolicy {
    /// The grid of start times, from the start of each working interval.
    pub slot_step: Duration,
    /// How far ahead of now a slot must start.
    pub min_notice: Duration,
    /// How far ahead of now a slot may start.
    pub horizon: Duration,
}

/// The question: which dates (local, inclusive) and which provider (`None`: any eligible).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotQuery {
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub provider: Option<i64>,
}

/// An offer: the visit's start, the provider, the chair (when the type needs one), and the
/// range it would block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub provider_id: i64,
    pub chair_id: Option<i64>,
    pub blocked: Busy,
}

/// Everything the engine needs about the clinic.
#[derive(Debug, Clone)]
pub struct ClinicCalendar<'a, Z: TimeZone> {
    pub zone: &'a Z,
    pub providers: &'a [ProviderCalendar],
    /// In display order: the first free one is assigned.
    pub chairs: &'a [ChairCalendar],
    /// Whole-clinic closures (holidays).
    pub closures: &'a BusyList,
}

/// The first instant of a local wall-clock time, or none when the clocks skip it.
fn first_instant<Z: TimeZone>(zone: &Z, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earlier, _) => Some(earlier.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

/// The last instant of a local wall-clock time; a skipped time ends at the first instant
/// after the gap (an interval ending inside a gap ends when the clocks resume).
fn last_instant<Z: TimeZone>(zone: &Z, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(_, later) => Some(later.with_timezone(&Utc)),
        LocalResult::None => {
            // Walk forward to the end of the gap (gaps are at most a few hours).
            (1..=24 * 4)
                .find_map(|quarter| first_instant(zone, local + Duration::minutes(15 * quarter)))
        }
    }
}

/// The instants a weekly interval covers on `date`, by the time rules above (none when its
/// start is skipped by the clocks).
pub fn working_window<Z: TimeZone>(
    zone: &Z,
    date: NaiveDate,
    interval: &WeeklyInterval,
) -> Option<Busy> {
    let start = first_instant(zone, date.and_time(interval.starts))?;
    let end = last_instant(zone, date.and_time(interval.ends))?;
    (start < end).then(|| Busy::new(start, end))
}

/// The bookable slots, by start time, then provider.
pub fn available_slots<Z: TimeZone>(
    clinic: &ClinicCalendar<'_, Z>,
    kind: &VisitKind,
    policy: &BookingPolicy,
    query: &SlotQuery,
    now: DateTime<Utc>,
) -> Vec<Slot> {
    let earliest = now + policy.min_notice;
    let latest = now + policy.horizon;
    let step = policy.slot_step.max(Duration::minutes(1));
    let mut slots = Vec::new();
    let providers = clinic.providers.iter().filter(|p| {
        kind.providers.contains(&p.provider_id)
            && query.provider.is_none_or(|id| id == p.provider_id)
    });
    for provider in providers {
        let mut date = query.from;
        while date <= query.until {
            let weekday = Weekday::of(date);
            for rule in provider
                .rota
                .iter()
                .filter(|r| r.interval.weekday == weekday && r.span.contains(date))
            {
                let Some(window) = working_window(clinic.zone, date, &rule.interval) else {
                    continue;
                };
                // The grid of wall-clock start times, from the interval's start.
                let mut local = date.and_time(rule.interval.starts);
                let local_end = date.and_time(rule.interval.ends);
                let mut previous: Option<DateTime<Utc>> = None;
                while local < local_end {
                    let this = local;
                    local += step;
                    let Some(start) = first_instant(clinic.zone, this) else {
                        continue; // skipped by the clocks going forward
                    };
                    if previous.is_some_and(|p| start <= p) {
                        continue; // a repeated wall-clock time: offered once
                    }
                    previous = Some(start);
                    if start < earliest || start > latest {
                        continue;
                    }
                    let visit = Busy::new(start, start + kind.duration);
                    let blocked =
                        Busy::new(start - kind.buffer_before, visit.end + kind.buffer_after);
                    if blocked.start < window.start || blocked.end > window.end {
                        continue;
                    }
                    if provider.busy.blocks(&blocked) || clinic.closures.blocks(&blocked) {
                        continue;
                    }
                    let chair_id = if kind.needs_chair {
                        let free = |chair: &&ChairCalendar| !chair.busy.blocks(&blocked);
                        let chair = match rule.interval.chair_id {
                            // Working in a given chair: that chair or nothing.
                            Some(id) => {
                                clinic.chairs.iter().find(|c| c.chair_id == id).filter(free)
                            }
                            None => clinic.chairs.iter().find(free),
                        };
                        match chair {
                            Some(chair) => Some(chair.chair_id),
                            None => continue,
                        }
                    } else {
                        None
                    };
                    slots.push(Slot {
                        start,
                        provider_id: provider.provider_id,
                        chair_id,
                        blocked,
                    });
                }
            }
            let Some(next) = date.succ_opt() else { break };
            date = next;
        }
    }
    slots.sort_by_key(|s| (s.start, s.provider_id));
    slots.dedup_by_key(|s| (s.start, s.provider_id));
    slots
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveTime, Timelike};

    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn time(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn rota(days: &[i16], starts: &str, ends: &str, chair: Option<i64>) -> Vec<RotaInterval> {
        days.iter()
            .map(|d| RotaInterval {
                interval: WeeklyInterval::new(
                    Weekday::from_iso(*d).unwrap(),
                    time(starts),
                    time(ends),
                    chair,
                )
                .unwrap(),
                span: DateSpan::new(date("2026-01-01"), None).unwrap(),
            })
            .collect()
    }

    fn provider(id: i64, rota: Vec<RotaInterval>, busy: Vec<Busy>) -> ProviderCalendar {
        ProviderCalendar { provider_id: id, rota, busy: BusyList::new(busy) }
    }

    fn kind(minutes: i64, before: i64, after: i64, providers: &[i64]) -> VisitKind {
        VisitKind {
            duration: Duration::minutes(minutes),
            buffer_before: Duration::minutes(before),
            buffer_after: Duration::minutes(after),
            needs_chair: false,
            providers: providers.to_vec(),
        }
    }

    const POLICY: BookingPolicy = BookingPolicy {
        slot_step: Duration::minutes(30),
        min_notice: Duration::zero(),
        horizon: Duration::days(365),
    };

    fn one_day(day: &str) -> SlotQuery {
        SlotQuery { from: date(day), until: date(day), provider: None }
    }

    #[test]
    fn slots_fill_the_working_hours_on_the_grid_and_leave_room_for_buffers() {
        let providers = [provider(1, rota(&[1], "09:00", "11:00", None), vec![])];
        let clinic = ClinicCalendar {
            zone: &Utc,
            providers: &providers,
            chairs: &[],
            closures: &BusyList::default(),
        };
        // Monday 2026-11-30; a 30-minute visit with 10 minutes of clean-up.
        let slots = available_slots(
            &clinic,
            &kind(30, 0, 10, &[1]),
            &POLICY,
            &one_day("2026-11-30"),
            utc("2026-11-01T00:00:00Z"),
        );
        let starts: Vec<String> =
            slots.iter().map(|s| s.start.format("%H:%M").to_string()).collect();
        // 10:30 would end its clean-up at 11:10, after the working day.
        assert_eq!(starts, ["09:00", "09:30", "10:00"]);
        assert_eq!(
            slots[0].blocked,
            Busy::new(utc("2026-11-30T09:00:00Z"), utc("2026-11-30T09:40:00Z"))
        );
    }

    #[test]
    fn busy_ranges_closures_notice_and_horizon_remove_slots() {
        let appointment = Busy::new(utc("2026-11-30T09:30:00Z"), utc("2026-11-30T10:00:00Z"));
        let providers = [provider(1, rota(&[1], "09:00", "12:00", None), vec![appointment])];
        let closures = BusyList::new(vec![Busy::new(
            utc("2026-11-30T11:00:00Z"),
            utc("2026-12-01T00:00:00Z"),
        )]);
        let clinic =
            ClinicCalendar { zone: &Utc, providers: &providers, chairs: &[], closures: &closures };
        let slots = available_slots(
            &clinic,
            &kind(30, 5, 0, &[1]),
            &POLICY,
            &one_day("2026-11-30"),
            utc("2026-11-01T00:00:00Z"),
        );
        let starts: Vec<String> =
            slots.iter().map(|s| s.start.format("%H:%M").to_string()).collect();
        // 09:00 would need its preparation from 08:55, before the working day; 09:30 overlaps
        // the appointment; 10:00 needs preparation from 09:55; 10:30 ends as the clinic
        // closes (touching is not overlapping).
        assert_eq!(starts, ["10:30"]);

        let now = utc("2026-11-30T09:10:00Z");
        let policy = BookingPolicy { min_notice: Duration::hours(1), ..POLICY };
        let later =
            available_slots(&clinic, &kind(30, 5, 0, &[1]), &policy, &one_day("2026-11-30"), now);
        assert_eq!(later.iter().map(|s| s.start.hour()).collect::<Vec<_>>(), [10]);
        let near = BookingPolicy { horizon: Duration::minutes(10), ..POLICY };
        assert!(
            available_slots(&clinic, &kind(30, 5, 0, &[1]), &near, &one_day("2026-11-30"), now)
                .is_empty()
        );
    }

    #[test]
    fn any_eligible_provider_and_a_free_chair_are_assigned() {
        let providers = [
            provider(1, rota(&[1], "09:00", "10:00", None), vec![]),
            provider(2, rota(&[1], "09:00", "10:00", Some(20)), vec![]),
            provider(3, rota(&[1], "09:00", "10:00", None), vec![]),
        ];
        let chairs = [
            ChairCalendar {
                chair_id: 10,
                busy: BusyList::new(vec![Busy::new(
                    utc("2026-11-30T09:00:00Z"),
                    utc("2026-11-30T09:30:00Z"),
                )]),
            },
            ChairCalendar { chair_id: 20, busy: BusyList::default() },
        ];
        let clinic = ClinicCalendar {
            zone: &Utc,
            providers: &providers,
            chairs: &chairs,
            closures: &BusyList::default(),
        };
        let visit = VisitKind { needs_chair: true, ..kind(30, 0, 0, &[1, 2]) };
        let slots = available_slots(
            &clinic,
            &visit,
            &POLICY,
            &one_day("2026-11-30"),
            utc("2026-11-01T00:00:00Z"),
        );
        let seen: Vec<(u32, i64, Option<i64>)> =
            slots.iter().map(|s| (s.start.minute(), s.provider_id, s.chair_id)).collect();
        // Provider 3 cannot perform it; provider 1 gets a free chair (chair 10 is taken at 09:00,
        // so chair 20); provider 2 works in chair 20.
        assert_eq!(
            seen,
            [(0, 1, Some(20)), (0, 2, Some(20)), (30, 1, Some(10)), (30, 2, Some(20))]
        );
        let only_two = SlotQuery { provider: Some(2), ..one_day("2026-11-30") };
        assert!(
            available_slots(&clinic, &visit, &POLICY, &only_two, utc("2026-11-01T00:00:00Z"))
                .iter()
                .all(|s| s.provider_id == 2)
        );
    }

    #[test]
    fn a_rota_applies_only_on_its_dates() {
        let mut rules = rota(&[1], "09:00", "10:00", None);
        rules[0].span = DateSpan::new(date("2026-12-07"), None).unwrap();
        let providers = [provider(1, rules, vec![])];
        let clinic = ClinicCalendar {
            zone: &Utc,
            providers: &providers,
            chairs: &[],
            closures: &BusyList::default(),
        };
        let week =
            SlotQuery { from: date("2026-11-30"), until: date("2026-12-07"), provider: None };
        let slots = available_slots(
            &clinic,
            &kind(30, 0, 0, &[1]),
            &POLICY,
            &week,
            utc("2026-11-01T00:00:00Z"),
        );
        assert!(slots.iter().all(|s| s.start.date_naive() == date("2026-12-07")), "{slots:?}");
        assert_eq!(slots.len(), 2);
    }

    #[test]
    fn the_busy_list_finds_long_ranges_that_started_long_before() {
        let list = BusyList::new(vec![
            Busy::new(utc("2026-11-01T00:00:00Z"), utc("2026-12-31T00:00:00Z")),
            Busy::new(utc("2026-11-30T10:00:00Z"), utc("2026-11-30T10:30:00Z")),
        ]);
        assert!(list.blocks(&Busy::new(utc("2026-11-30T09:00:00Z"), utc("2026-11-30T09:30:00Z"))));
        let short = BusyList::new(vec![Busy::new(
            utc("2026-11-30T10:00:00Z"),
            utc("2026-11-30T10:30:00Z"),
        )]);
        assert!(
            !short.blocks(&Busy::new(utc("2026-11-30T09:30:00Z"), utc("2026-11-30T10:00:00Z")))
        );
        assert!(short.blocks(&Busy::new(utc("2026-11-30T09:30:00Z"), utc("2026-11-30T10:01:00Z"))));
    }

    /// Real clock changes, with the IANA database (server builds only).
    #[cfg(feature = "ssr")]
    mod clock_changes {
        use super::*;

        fn local_starts(
            zone: chrono_tz::Tz,
            day: &str,
            starts: &str,
            ends: &str,
            step: i64,
        ) -> Vec<String> {
            let weekday = Weekday::of(date(day)).iso();
            let providers = [provider(1, rota(&[weekday], starts, ends, None), vec![])];
            let clinic = ClinicCalendar {
                zone: &zone,
                providers: &providers,
                chairs: &[],
                closures: &BusyList::default(),
            };
            let policy = BookingPolicy { slot_step: Duration::minutes(step), ..POLICY };
            available_slots(
                &clinic,
                &kind(step, 0, 0, &[1]),
                &policy,
                &one_day(day),
                utc("2026-01-01T00:00:00Z"),
            )
            .iter()
            .map(|s| s.start.with_timezone(&zone).format("%H:%M %Z").to_string())
            .collect()
        }

        #[test]
        fn london_skips_the_hour_that_does_not_exist_in_march() {
            assert_eq!(
                local_starts(chrono_tz::Europe::London, "2026-03-29", "00:00", "03:00", 30),
                ["00:00 GMT", "00:30 GMT", "02:00 BST", "02:30 BST"]
            );
        }

        #[test]
        fn london_offers_the_repeated_hour_once_in_october() {
            assert_eq!(
                local_starts(chrono_tz::Europe::London, "2026-10-25", "00:00", "03:00", 30),
                ["00:00 BST", "00:30 BST", "01:00 BST", "01:30 BST", "02:00 GMT", "02:30 GMT"]
            );
        }

        #[test]
        fn new_york_changes_at_two_in_the_morning() {
            assert_eq!(
                local_starts(chrono_tz::America::New_York, "2026-03-08", "01:00", "04:00", 60),
                ["01:00 EST", "03:00 EDT"]
            );
            assert_eq!(
                local_starts(chrono_tz::America::New_York, "2026-11-01", "00:00", "03:00", 60),
                ["00:00 EDT", "01:00 EDT", "02:00 EST"]
            );
        }

        #[test]
        fn lord_howe_shifts_by_half_an_hour() {
            // 2026-10-04: at 02:00 the clocks go forward to 02:30.
            assert_eq!(
                local_starts(chrono_tz::Australia::Lord_Howe, "2026-10-04", "01:00", "03:30", 30),
                ["01:00 +1030", "01:30 +1030", "02:30 +11", "03:00 +11"]
            );
            // 2026-04-05: at 02:00 the clocks go back to 01:30; 01:30 is offered once.
            assert_eq!(
                local_starts(chrono_tz::Australia::Lord_Howe, "2026-04-05", "01:00", "03:00", 30),
                ["01:00 +11", "01:30 +11", "02:00 +1030", "02:30 +1030"]
            );
        }

        #[test]
        fn a_working_day_across_the_autumn_change_lasts_its_real_length() {
            // 00:00-03:00 local on the day the clocks go back is four real hours: a four-hour
            // visit fits only then.
            let zone = chrono_tz::Europe::London;
            let providers = [provider(1, rota(&[7], "00:00", "03:00", None), vec![])];
            let clinic = ClinicCalendar {
                zone: &zone,
                providers: &providers,
                chairs: &[],
                closures: &BusyList::default(),
            };
            let long = kind(240, 0, 0, &[1]);
            let autumn = available_slots(
                &clinic,
                &long,
                &POLICY,
                &one_day("2026-10-25"),
                utc("2026-01-01T00:00:00Z"),
            );
            assert_eq!(autumn.len(), 1);
            let ordinary = available_slots(
                &clinic,
                &long,
                &POLICY,
                &one_day("2026-11-01"),
                utc("2026-01-01T00:00:00Z"),
            );
            assert!(ordinary.is_empty());
        }
    }

    /// Invariants over generated calendars: whatever the rota, busy ranges and policy, no slot
    /// overlaps a busy range (buffers included), every slot lies inside working hours and
    /// outside closures, and every slot respects the notice and the horizon.
    mod invariants {
        use proptest::prelude::*;

        use super::*;

        fn at(minutes: i64) -> DateTime<Utc> {
            utc("2026-11-30T00:00:00Z") + Duration::minutes(minutes)
        }

        prop_compose! {
            fn busy_range()(start in 0i64..(7 * 24 * 60), length in 5i64..240) -> Busy {
                Busy::new(at(start), at(start + length))
            }
        }

        prop_compose! {
            fn calendar()(
                starts in 6u32..12, hours in 1u32..9, days in proptest::collection::vec(1i16..=7, 1..5),
                busy in proptest::collection::vec(busy_range(), 0..30),
                closures in proptest::collection::vec(busy_range(), 0..3),
            ) -> (Vec<RotaInterval>, Vec<Busy>, Vec<Busy>) {
                let start = format!("{starts:02}:00");
                let end = format!("{:02}:00", (starts + hours).min(23));
                let mut days = days;
                days.sort_unstable();
                days.dedup();
                (rota(&days, &start, &end, None), busy, closures)
            }
        }

        proptest! {
            #[test]
            fn slots_never_clash_and_stay_inside_the_rules(
                (rules, busy, closures) in calendar(),
                duration in 5i64..120, before in 0i64..30, after in 0i64..30,
                step in prop::sample::select(vec![5i64, 10, 15, 20, 30, 60]),
                notice in 0i64..(3 * 24 * 60), horizon in 60i64..(6 * 24 * 60),
                now_offset in -(24 * 60i64)..(24 * 60),
            ) {
                let providers = [provider(1, rules.clone(), busy.clone())];
                let closure_list = BusyList::new(closures.clone());
                let clinic = ClinicCalendar { zone: &Utc, providers: &providers, chairs: &[], closures: &closure_list };
                let policy = BookingPolicy {
                    slot_step: Duration::minutes(step),
                    min_notice: Duration::minutes(notice),
                    horizon: Duration::minutes(horizon),
                };
                let visit = kind(duration, before, after, &[1]);
                let now = at(now_offset);
                let week = SlotQuery { from: date("2026-11-30"), until: date("2026-12-06"), provider: None };
                for slot in available_slots(&clinic, &visit, &policy, &week, now) {
                    prop_assert_eq!(slot.blocked.start, slot.start - visit.buffer_before);
                    prop_assert_eq!(slot.blocked.end, slot.start + visit.duration + visit.buffer_after);
                    prop_assert!(busy.iter().all(|b| !b.overlaps(&slot.blocked)), "clash: {:?}", slot);
                    prop_assert!(closures.iter().all(|c| !c.overlaps(&slot.blocked)), "closed: {:?}", slot);
                    prop_assert!(slot.start >= now + policy.min_notice);
                    prop_assert!(slot.start <= now + policy.horizon);
                    let day = slot.start.date_naive();
                    let inside = rules.iter().any(|r| {
                        r.interval.weekday == Weekday::of(day)
                            && day.and_time(r.interval.starts).and_utc() <= slot.blocked.start
                            && slot.blocked.end <= day.and_time(r.interval.ends).and_utc()
                    });
                    prop_assert!(inside, "outside working hours: {:?}", slot);
                }
            }
        }
    }
}
