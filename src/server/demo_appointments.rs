//! A fortnight of demo appointments around today (the week before and the week after) for a
//! clinic that has none yet, so the calendar has a past and a future to show.
//!
//! The free times come from the availability engine, asked once per appointment type before
//! anything is booked, so the clinic's rotas, holidays, time off and clock changes are respected
//! the same way as for real bookings. Each provider's fortnight is then walked in time order:
//! at each free moment either some time is left free (about a third of the working time ends up
//! free) or the next free time of a popular type is taken, by a patient not yet seen that day.
//!
//! Statuses follow the clock: the past is completed, with a few no-shows and cancellations;
//! today, what has ended is completed, what is under way is in the chair and who is due within a
//! quarter of an hour has arrived; the future is scheduled or confirmed, with a few
//! cancellations. Every status reached is recorded in `appointment_status_change`, step by step
//! along the transitions the application allows, at plausible times.
//!
//! The layout (times, types, patients) depends only on the clinic and the day: one random
//! generator draws it, and another draws the statuses, so the hour of the load changes only
//! the statuses. The database stays the judge of clashes: rows it refuses are skipped.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::PgConnection;

use crate::domain::AppointmentStatus::{self, *};
use crate::error::AppError;
use crate::scheduling::slots::ssr::{Asker, compute};

/// Days before and after today that get appointments.
const DAYS_AROUND: u64 = 7;

/// At each free moment of a provider's day, the chance of leaving time free instead of booking.
const GAP_CHANCE: f64 = 0.33;

/// How often each type is booked, by name; types not listed weigh 5.
const POPULARITY: &[(&str, u32)] = &[
    ("Check-up", 30),
    ("Hygiene cleaning", 30),
    ("Filling", 16),
    ("New patient exam", 10),
    ("Extraction", 6),
    ("Crown preparation", 6),
    ("Emergency visit", 4),
    ("Whitening consultation", 3),
];

/// Entries of every clinic's starting list of cancellation reasons (the migration that made
/// the list adds them).
const CANCEL_REASONS: &[&str] = &[
    "Patient unwell",
    "Work or family commitment",
    "Transport problems",
    "Patient asked for a later date",
    "Cost of treatment",
];

const NOTES: &[&str] = &[
    "Nervous patient: explain each step.",
    "Sensitive upper left molar.",
    "Prefers morning appointments.",
    "Asked about whitening options.",
    "Bring the X-rays from the previous dentist.",
    "Needs a receipt for insurance.",
];

/// An appointment type as the planner needs it.
#[derive(Debug, Clone)]
struct Kind {
    id: i64,
    minutes: i64,
    before: i64,
    after: i64,
    online: bool,
    weight: u32,
}

/// A free time the engine offered (before any demo appointment existed).
#[derive(Debug, Clone, Copy)]
struct Offer {
    start: DateTime<Utc>,
    provider_id: i64,
    chair_id: Option<i64>,
}

/// Who makes a status change: the front desk, or the provider (seating and completing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    FrontDesk,
    Provider,
}

#[derive(Debug, Clone)]
struct Change {
    from: AppointmentStatus,
    to: AppointmentStatus,
    at: DateTime<Utc>,
    by: By,
    reason: Option<&'static str>,
}

/// Where and when: drawn by the layout generator.
#[derive(Debug, Clone)]
struct Slot {
    kind: usize,
    provider_id: i64,
    chair_id: Option<i64>,
    patient_id: i64,
    visit: (DateTime<Utc>, DateTime<Utc>),
    blocked: (DateTime<Utc>, DateTime<Utc>),
}

/// What happened to it: drawn by the story generator.
#[derive(Debug, Clone)]
struct Story {
    status: AppointmentStatus,
    cancel_reason: Option<&'static str>,
    online: bool,
    notes: &'static str,
    created_at: DateTime<Utc>,
    changes: Vec<Change>,
}

/// Lays out appointments on the offered free times: `offers[k]` are the free times of
/// `kinds[k]`, by start. No provider is double booked (each one's time is walked forwards) and
/// no patient comes twice on one local day.
fn lay_out(
    kinds: &[Kind],
    offers: &[Vec<Offer>],
    patients: &[i64],
    zone: Tz,
    rng: &mut StdRng,
) -> Vec<Slot> {
    // provider -> kind -> free times (still by start); ordered maps keep the walk deterministic.
    let mut by_provider: BTreeMap<i64, BTreeMap<usize, Vec<Offer>>> = BTreeMap::new();
    for (kind, list) in offers.iter().enumerate() {
        for offer in list {
            by_provider.entry(offer.provider_id).or_default().entry(kind).or_default().push(*offer);
        }
    }
    let mut slots = Vec::new();
    let mut seen_on: HashMap<NaiveDate, HashSet<i64>> = HashMap::new();
    for (provider_id, lists) in &by_provider {
        // Nothing of this provider may start its preparation before the cursor.
        let mut cursor = DateTime::<Utc>::MIN_UTC;
        loop {
            let candidates: Vec<(usize, Offer)> = lists
                .iter()
                .filter_map(|(&kind, list)| {
                    let before = Duration::minutes(kinds[kind].before);
                    let next = list.partition_point(|o| o.start - before < cursor);
                    list.get(next).map(|offer| (kind, *offer))
                })
                .collect();
            let prepares = |(kind, offer): &(usize, Offer)| {
                offer.start - Duration::minutes(kinds[*kind].before)
            };
            let Some(earliest) = candidates.iter().map(prepares).min() else {
                break;
            };
            if rng.random_bool(GAP_CHANCE) {
                cursor = earliest + Duration::minutes(15 * rng.random_range(1..=2));
                continue;
            }
            // Among the types that can start soon (not only the shortest), a popular one.
            let soon: Vec<(usize, Offer)> = candidates
                .into_iter()
                .filter(|c| prepares(c) <= earliest + Duration::minutes(20))
                .collect();
            let total: u32 = soon.iter().map(|(kind, _)| kinds[*kind].weight).sum();
            let mut pick = rng.random_range(0..total);
            let (kind, offer) = *soon
                .iter()
                .find(|(kind, _)| {
                    let weight = kinds[*kind].weight;
                    pick < weight || {
                        pick -= weight;
                        false
                    }
                })
                .expect("the pick is below the total weight");
            let k = &kinds[kind];
            let visit = (offer.start, offer.start + Duration::minutes(k.minutes));
            let blocked =
                (visit.0 - Duration::minutes(k.before), visit.1 + Duration::minutes(k.after));
            cursor = blocked.1;
            let seen = seen_on.entry(offer.start.with_timezone(&zone).date_naive()).or_default();
            // A few tries find someone free that day (there are far more patients than visits).
            let Some(patient_id) = (0..20)
                .map(|_| patients[rng.random_range(0..patients.len())])
                .find(|p| !seen.contains(p))
            else {
                continue;
            };
            seen.insert(patient_id);
            slots.push(Slot {
                kind,
                provider_id: *provider_id,
                chair_id: offer.chair_id,
                patient_id,
                visit,
                blocked,
            });
        }
    }
    slots
}

/// The status of a visit at `now`; `unreached`: its patient has not confirmed yet, however
/// near it is.
fn status_at(
    rng: &mut StdRng,
    visit: (DateTime<Utc>, DateTime<Utc>),
    now: DateTime<Utc>,
    unreached: bool,
) -> AppointmentStatus {
    let (start, end) = visit;
    if end <= now {
        match rng.random_range(0..100) {
            0..5 => NoShow,
            5..12 => Cancelled,
            _ => Completed,
        }
    } else if start <= now {
        InChair
    } else if start - now <= Duration::minutes(15) {
        Arrived
    } else if rng.random_bool(0.06) {
        Cancelled
    } else if start - now < Duration::days(2) {
        // Reminders go out two days ahead: most near appointments are confirmed.
        if !unreached && rng.random_bool(0.75) { Confirmed } else { Scheduled }
    } else if rng.random_bool(0.3) {
        Confirmed
    } else {
        Scheduled
    }
}

/// The steps from `scheduled` to `status`, each along an allowed transition, at plausible
/// times after `created` and never after `now`.
fn history(
    rng: &mut StdRng,
    status: AppointmentStatus,
    visit: (DateTime<Utc>, DateTime<Utc>),
    created: DateTime<Utc>,
    now: DateTime<Utc>,
    reason: Option<&'static str>,
) -> Vec<Change> {
    let (start, end) = visit;
    let mut changes: Vec<Change> = Vec::new();
    let mut step = |to: AppointmentStatus, at: DateTime<Utc>, by: By| {
        let (from, last) = changes.last().map_or((Scheduled, created), |c| (c.to, c.at));
        let at = at.max(last + Duration::minutes(1)).min(now);
        let reason = if to == Cancelled { reason } else { None };
        changes.push(Change { from, to, at, by, reason });
    };
    if status == Confirmed || (status != Scheduled && rng.random_bool(0.7)) {
        step(Confirmed, start - Duration::hours(rng.random_range(20..72)), By::FrontDesk);
    }
    match status {
        Arrived | InChair | Completed => {
            step(Arrived, start - Duration::minutes(rng.random_range(3..15)), By::FrontDesk);
            if status != Arrived {
                step(InChair, start + Duration::minutes(rng.random_range(0..5)), By::Provider);
            }
            if status == Completed {
                step(Completed, end + Duration::minutes(rng.random_range(0..8)), By::Provider);
            }
        }
        NoShow => step(NoShow, start + Duration::minutes(rng.random_range(15..30)), By::FrontDesk),
        Cancelled => {
            step(Cancelled, start - Duration::hours(rng.random_range(2..72)), By::FrontDesk)
        }
        Held | Scheduled | Confirmed => {}
    }
    changes
}

/// What happened to one appointment by `now`.
fn story(rng: &mut StdRng, slot: &Slot, kind: &Kind, now: DateTime<Utc>, unreached: bool) -> Story {
    let status = status_at(rng, slot.visit, now, unreached);
    let cancel_reason =
        (status == Cancelled).then(|| CANCEL_REASONS[rng.random_range(0..CANCEL_REASONS.len())]);
    // Booked a day to a month ahead, and in any case before now.
    let created_at = (slot.visit.0
        - Duration::days(rng.random_range(1..=30))
        - Duration::minutes(rng.random_range(0..600)))
    .min(now - Duration::minutes(rng.random_range(10..600)));
    let changes = history(rng, status, slot.visit, created_at, now, cancel_reason);
    let online = kind.online && rng.random_bool(0.15);
    let notes = if rng.random_bool(0.1) { NOTES[rng.random_range(0..NOTES.len())] } else { "" };
    Story { status, cancel_reason, online, notes, created_at, changes }
}

/// Fills the demo fortnight around today for `clinic_id`: every day of it without
/// appointments gets its share (on a first load, all of them; later, the days the calendar
/// has moved on to since), so the demo always shows working days; answers how many were
/// added. Days that have appointments are left as they are. For providers linked to a staff
/// account (who see their own day), at least one of today's patients gets an active alert or
/// allergy to show.
pub async fn add(
    conn: &mut PgConnection,
    clinic_id: i64,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let time_zone: String = sqlx::query_scalar("SELECT time_zone FROM clinic WHERE id = $1")
        .bind(clinic_id)
        .fetch_one(&mut *conn)
        .await?;
    let zone: Tz = time_zone.parse().map_err(AppError::internal)?;
    let today = now.with_timezone(&zone).date_naive();
    let (from, until) = (today - Days::new(DAYS_AROUND), today + Days::new(DAYS_AROUND));
    let booked_days: HashSet<NaiveDate> = sqlx::query_scalar(
        "SELECT DISTINCT (lower(visit) AT TIME ZONE $2)::date FROM appointment
         WHERE clinic_id = $1 AND (lower(visit) AT TIME ZONE $2)::date BETWEEN $3 AND $4",
    )
    .bind(clinic_id)
    .bind(&time_zone)
    .bind(from)
    .bind(until)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .collect();
    let open_day =
        |start: DateTime<Utc>| !booked_days.contains(&start.with_timezone(&zone).date_naive());
    if from.iter_days().take_while(|d| *d <= until).all(|d| booked_days.contains(&d)) {
        return Ok(0);
    }
    // The engine leaves out times before its "now": asking as of the day before the window
    // gets the past week's free times too.
    let engine_now = (from - Days::new(1)).and_time(NaiveTime::MIN).and_utc();

    let rows: Vec<(i64, String, i32, i32, i32, bool)> = sqlx::query_as(
        "SELECT id, name, duration_minutes, buffer_before_minutes, buffer_after_minutes,
                online_bookable
         FROM appointment_type WHERE clinic_id = $1 AND active ORDER BY id",
    )
    .bind(clinic_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut kinds = Vec::new();
    let mut offers: Vec<Vec<Offer>> = Vec::new();
    for (id, name, minutes, before, after, online) in rows {
        let free =
            compute(conn, clinic_id, zone, id, None, from, until, engine_now, Asker::Staff).await?;
        offers.push(
            free.into_iter()
                .filter(|f| open_day(f.start))
                .map(|f| Offer { start: f.start, provider_id: f.provider_id, chair_id: f.chair_id })
                .collect(),
        );
        let weight = POPULARITY.iter().find(|(n, _)| *n == name).map_or(5, |(_, w)| *w);
        kinds.push(Kind {
            id,
            minutes: minutes.into(),
            before: before.into(),
            after: after.into(),
            online,
            weight,
        });
    }
    let patients: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM patient
         WHERE clinic_id = $1 AND archived_at IS NULL AND merged_into IS NULL ORDER BY id",
    )
    .bind(clinic_id)
    .fetch_all(&mut *conn)
    .await?;
    if patients.is_empty() {
        return Ok(0);
    }
    let seed = ((clinic_id as u64) << 32) | today.num_days_from_ce() as u64;
    let slots = lay_out(&kinds, &offers, &patients, zone, &mut StdRng::seed_from_u64(seed));
    let mut story_rng = StdRng::seed_from_u64(!seed);
    // Every third visit of the next two days waits for its patient to confirm, so the front
    // desk's confirmation list always has calls to make (by chance alone, some days had none).
    let mut near = 0;
    let stories: Vec<Story> = slots
        .iter()
        .map(|slot| {
            let (start, _) = slot.visit;
            let is_near = start - now > Duration::minutes(15) && start - now < Duration::days(2);
            near += usize::from(is_near);
            let unreached = is_near && near % 3 == 0;
            story(&mut story_rng, slot, &kinds[slot.kind], now, unreached)
        })
        .collect();

    // Bookings and status changes are made by the front desk (a receptionist, else an
    // admin); seating and completing by the provider's own account when there is one.
    let front_desk: Option<i64> = sqlx::query_scalar(
        "SELECT s.id FROM staff s JOIN staff_clinic sc ON sc.staff_id = s.id
         WHERE sc.clinic_id = $1 AND s.role IN ('receptionist', 'admin') AND s.active
         ORDER BY s.role = 'receptionist' DESC, s.id LIMIT 1",
    )
    .bind(clinic_id)
    .fetch_optional(&mut *conn)
    .await?;
    let provider_staff: HashMap<i64, Option<i64>> =
        sqlx::query_as("SELECT id, staff_id FROM provider WHERE clinic_id = $1")
            .bind(clinic_id)
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .collect();

    let inserted: Vec<(i64, i64, DateTime<Utc>)> = sqlx::query_as(
        "INSERT INTO appointment (clinic_id, patient_id, provider_id, chair_id,
             appointment_type_id, visit, blocked, status, notes, cancel_reason, booked_online,
             booked_by, version, created_at, updated_at, cancel_reason_id, cancelled_at)
         SELECT $1, patient, provider, chair, kind, tstzrange(visit_start, visit_end),
                tstzrange(blocked_start, blocked_end), status, notes, cancel_reason, online,
                booked_by, version, created, updated,
                (SELECT r.id FROM cancel_reason r
                 WHERE r.clinic_id = $1 AND r.label = t.cancel_reason),
                CASE WHEN status = 'cancelled' THEN updated END
         FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[],
                     $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[],
                     $10::text[], $11::text[], $12::text[], $13::bool[], $14::bigint[],
                     $15::int[], $16::timestamptz[], $17::timestamptz[])
              AS t (patient, provider, chair, kind, visit_start, visit_end, blocked_start,
                    blocked_end, status, notes, cancel_reason, online, booked_by, version,
                    created, updated)
         -- The exclusion constraints have the last word: a row they refuse is skipped.
         ON CONFLICT DO NOTHING
         RETURNING id, provider_id, lower(visit)",
    )
    .bind(clinic_id)
    .bind(slots.iter().map(|s| s.patient_id).collect::<Vec<_>>())
    .bind(slots.iter().map(|s| s.provider_id).collect::<Vec<_>>())
    .bind(slots.iter().map(|s| s.chair_id).collect::<Vec<_>>())
    .bind(slots.iter().map(|s| kinds[s.kind].id).collect::<Vec<_>>())
    .bind(slots.iter().map(|s| s.visit.0).collect::<Vec<_>>())
    .bind(slots.iter().map(|s| s.visit.1).collect::<Vec<_>>())
    .bind(slots.iter().map(|s| s.blocked.0).collect::<Vec<_>>())
    .bind(slots.iter().map(|s| s.blocked.1).collect::<Vec<_>>())
    .bind(stories.iter().map(|s| s.status.as_str()).collect::<Vec<_>>())
    .bind(stories.iter().map(|s| s.notes).collect::<Vec<_>>())
    .bind(stories.iter().map(|s| s.cancel_reason).collect::<Vec<_>>())
    .bind(stories.iter().map(|s| s.online).collect::<Vec<_>>())
    .bind(stories.iter().map(|s| if s.online { None } else { front_desk }).collect::<Vec<_>>())
    .bind(stories.iter().map(|s| 1 + s.changes.len() as i32).collect::<Vec<_>>())
    .bind(stories.iter().map(|s| s.created_at).collect::<Vec<_>>())
    .bind(
        stories.iter().map(|s| s.changes.last().map_or(s.created_at, |c| c.at)).collect::<Vec<_>>(),
    )
    .fetch_all(&mut *conn)
    .await?;
    // A provider's appointments start at different times, so (provider, start) finds the row.
    let ids: HashMap<(i64, DateTime<Utc>), i64> =
        inserted.iter().map(|&(id, provider, start)| ((provider, start), id)).collect();

    let (mut change_ids, mut froms, mut tos, mut reasons, mut bys, mut ats) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (slot, story) in slots.iter().zip(&stories) {
        let Some(&id) = ids.get(&(slot.provider_id, slot.visit.0)) else {
            continue;
        };
        for change in &story.changes {
            change_ids.push(id);
            froms.push(change.from.as_str());
            tos.push(change.to.as_str());
            reasons.push(change.reason);
            bys.push(
                match change.by {
                    By::Provider => provider_staff.get(&slot.provider_id).copied().flatten(),
                    By::FrontDesk => None,
                }
                .or(front_desk),
            );
            ats.push(change.at);
        }
    }
    sqlx::query(
        "INSERT INTO appointment_status_change
             (appointment_id, from_status, to_status, reason, changed_by, changed_at)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[],
                              $6::timestamptz[])",
    )
    .bind(&change_ids)
    .bind(&froms)
    .bind(&tos)
    .bind(&reasons)
    .bind(&bys)
    .bind(&ats)
    .execute(&mut *conn)
    .await?;

    // Today's list of each provider who signs in shows at least one medical alert.
    for (provider_id, staff_id) in &provider_staff {
        if staff_id.is_none() {
            continue;
        }
        let mut todays: Vec<&Slot> = slots
            .iter()
            .zip(&stories)
            .filter(|(slot, story)| {
                slot.provider_id == *provider_id
                    && story.status.is_live()
                    && slot.visit.0.with_timezone(&zone).date_naive() == today
                    && ids.contains_key(&(slot.provider_id, slot.visit.0))
            })
            .map(|(slot, _)| slot)
            .collect();
        // The next patient first, so the alert is on a visit still to come when there is one.
        todays.sort_by_key(|s| (s.visit.1 <= now, s.visit.0));
        let Some(first) = todays.first() else {
            continue;
        };
        let patient_ids: Vec<i64> = todays.iter().map(|s| s.patient_id).collect();
        let alerted: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM medical_item
                            WHERE patient_id = ANY($1) AND active AND kind IN ('alert', 'allergy'))",
        )
        .bind(&patient_ids)
        .fetch_one(&mut *conn)
        .await?;
        if !alerted {
            sqlx::query(
                "INSERT INTO medical_item (clinic_id, patient_id, kind, label, severity, details)
                 VALUES ($1, $2, 'allergy', 'Penicillin', 'severe', 'Hives and swelling in 2019.')",
            )
            .bind(clinic_id)
            .bind(first.patient_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(inserted.len())
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Weekday};

    use super::*;

    fn kind(id: i64, minutes: i64, before: i64, after: i64, weight: u32) -> Kind {
        Kind { id, minutes, before, after, online: true, weight }
    }

    /// Free times every 15 minutes from 09:00 to 17:00 (London), weekdays, for two providers
    /// who each perform both kinds, over the fortnight around `today`.
    fn fortnight(today: NaiveDate, kinds: &[Kind]) -> Vec<Vec<Offer>> {
        let zone = chrono_tz::Europe::London;
        kinds
            .iter()
            .map(|k| {
                let mut list = Vec::new();
                for day in (today - Days::new(7)).iter_days().take(15) {
                    if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                        continue;
                    }
                    let opens = zone
                        .from_local_datetime(&day.and_hms_opt(9, 0, 0).unwrap())
                        .unwrap()
                        .with_timezone(&Utc);
                    let mut start = opens + Duration::minutes(k.before);
                    while start + Duration::minutes(k.minutes + k.after)
                        <= opens + Duration::hours(8)
                    {
                        for provider_id in [1, 2] {
                            list.push(Offer { start, provider_id, chair_id: Some(provider_id) });
                        }
                        start += Duration::minutes(15);
                    }
                }
                list
            })
            .collect()
    }

    #[test]
    fn a_fortnight_fills_most_of_the_time_without_clashes() {
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 11, 2, 0).unwrap(); // a Wednesday
        let today = now.date_naive();
        let kinds = [kind(10, 30, 0, 5, 30), kind(11, 60, 10, 10, 15), kind(12, 90, 10, 15, 5)];
        let patients: Vec<i64> = (1000..1500).collect();
        let zone = chrono_tz::Europe::London;
        let slots = lay_out(
            &kinds,
            &fortnight(today, &kinds),
            &patients,
            zone,
            &mut StdRng::seed_from_u64(1),
        );

        let mut booked = Duration::zero();
        for (i, a) in slots.iter().enumerate() {
            booked += a.blocked.1 - a.blocked.0;
            for b in &slots[i + 1..] {
                let same_day = a.visit.0.date_naive() == b.visit.0.date_naive();
                assert!(!(same_day && a.patient_id == b.patient_id), "{a:?} and {b:?}");
                let overlap = a.blocked.0 < b.blocked.1 && b.blocked.0 < a.blocked.1;
                assert!(!(overlap && a.provider_id == b.provider_id), "{a:?} and {b:?}");
            }
        }
        // Eleven weekdays of eight hours for two providers.
        let fill = booked.num_minutes() as f64 / (11.0 * 8.0 * 60.0 * 2.0);
        assert!((0.55..=0.8).contains(&fill), "{fill:.2} of the time booked");
        // The same clinic and day lay out the same calendar.
        let again = lay_out(
            &kinds,
            &fortnight(today, &kinds),
            &patients,
            zone,
            &mut StdRng::seed_from_u64(1),
        );
        assert_eq!(format!("{slots:?}"), format!("{again:?}"));

        let mut rng = StdRng::seed_from_u64(2);
        let stories: Vec<Story> =
            slots.iter().map(|s| story(&mut rng, s, &kinds[s.kind], now, false)).collect();
        for status in [Scheduled, Confirmed, Completed, Cancelled, NoShow] {
            assert!(stories.iter().any(|s| s.status == status), "no {status:?}");
        }
        for (slot, story) in slots.iter().zip(&stories) {
            assert_eq!(story.cancel_reason.is_some(), story.status == Cancelled);
            if story.status == Completed {
                assert!(slot.visit.1 <= now);
            }
            if matches!(story.status, Scheduled | Confirmed) {
                assert!(slot.visit.0 > now);
            }
            // The recorded steps run from scheduled to the status, along allowed transitions,
            // in order, between the booking and now.
            let mut current = Scheduled;
            let mut last = story.created_at;
            assert!(story.created_at < slot.visit.0 && story.created_at < now);
            for change in &story.changes {
                assert_eq!(change.from, current);
                assert_eq!(current.becomes(change.to), Ok(change.to));
                assert!(change.at >= last && change.at <= now, "{story:?}");
                current = change.to;
                last = change.at;
            }
            assert_eq!(current, story.status);
        }
    }

    #[test]
    fn today_runs_by_the_clock() {
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 11, 0, 0).unwrap();
        let mut rng = StdRng::seed_from_u64(3);
        let at = |minutes: i64| now + Duration::minutes(minutes);
        for _ in 0..50 {
            assert!(matches!(
                status_at(&mut rng, (at(-90), at(-30)), now, false),
                Completed | Cancelled | NoShow
            ));
            assert_eq!(status_at(&mut rng, (at(-10), at(20)), now, false), InChair);
            assert_eq!(status_at(&mut rng, (at(10), at(40)), now, false), Arrived);
            assert!(matches!(
                status_at(&mut rng, (at(120), at(150)), now, false),
                Scheduled | Confirmed | Cancelled
            ));
            // A patient not reached yet has not confirmed, however near the visit.
            assert!(matches!(
                status_at(&mut rng, (at(120), at(150)), now, true),
                Scheduled | Cancelled
            ));
        }
        // An appointment seated a few minutes ago has arrived, then been seated, in that order.
        let created = at(-3 * 24 * 60);
        let steps = history(&mut rng, InChair, (at(-5), at(25)), created, now, None);
        let path: Vec<_> = steps.iter().map(|c| c.to).collect();
        assert!(path.ends_with(&[Arrived, InChair]), "{path:?}");
        assert_eq!(steps.last().unwrap().by, By::Provider);
    }
}
