//! Bench data for the calendar: `chairside appointments generate --count N [--clinics C]
//! [--seed S]` makes C clinics (40 by default) named "Bench Clinic 1", "Bench Clinic 2", ...
//! (slugs `bench-clinic-1`, ...), in a few time zones, each with four dentists and two
//! hygienists working Monday to Friday in their own chairs, six appointment types, one made-up
//! patient for every five appointments, and its share of the N appointments on as many working
//! days as that fills to about 70% (two years for a million in 40 clinics): about four fifths
//! before today (mostly completed, some cancelled or no-shows), the rest ahead (scheduled or
//! confirmed, a few cancelled).
//!
//! Fast because set-based: Rust draws the plan of each provider's day (one of a few dozen day
//! templates, each a list of visits that do not overlap) and one `INSERT ... SELECT` per clinic
//! expands the plans into rows. Nothing overlaps by construction: every type takes whole
//! half-hour cells of the day (buffers included), a provider works in one chair only, and no
//! patient is seen twice on one day. The exclusion constraints still check every row.
//!
//! Idempotent: a bench clinic that exists (by slug) is left as it is, so a second run adds
//! nothing. Each clinic is made in one transaction, so an interrupted run leaves only whole
//! clinics, and running again completes the set. No status history (`appointment_status_change`)
//! is written: the calendar does not read it. Refused in production.

use std::time::Instant;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::{ConnectOptions, PgConnection};

use super::config::Config;
use super::db;

/// What to make, as the command line asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub count: u64,
    pub clinics: u32,
    pub seed: u64,
}

/// Time zones (with the country calling code of the patients' phones), taken in turn.
const ZONES: [(&str, i16); 5] = [
    ("Europe/London", 44),
    ("America/New_York", 1),
    ("Europe/Berlin", 49),
    ("Australia/Sydney", 61),
    ("America/Chicago", 1),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Staffing {
    Dentist,
    Hygienist,
}

/// The providers of every bench clinic: name, kind, colour, and the chair they work in.
const PROVIDERS: [(&str, Staffing, &str, &str); 6] = [
    ("Dentist 1", Staffing::Dentist, "#1f7a8c", "Surgery 1"),
    ("Dentist 2", Staffing::Dentist, "#8e44ad", "Surgery 2"),
    ("Dentist 3", Staffing::Dentist, "#c0392b", "Surgery 3"),
    ("Dentist 4", Staffing::Dentist, "#d35400", "Surgery 4"),
    ("Hygienist 1", Staffing::Hygienist, "#27ae60", "Hygiene 1"),
    ("Hygienist 2", Staffing::Hygienist, "#16a085", "Hygiene 2"),
];

struct BenchType {
    name: &'static str,
    minutes: i32,
    after: i32,
    colour: &'static str,
    online: bool,
    /// Who performs it, and how often it is booked.
    by: &'static [Staffing],
    weight: u32,
}

const DENTISTS: &[Staffing] = &[Staffing::Dentist];
const HYGIENISTS: &[Staffing] = &[Staffing::Hygienist];
const BOTH: &[Staffing] = &[Staffing::Dentist, Staffing::Hygienist];

/// Each takes whole half-hour cells, clean-up included (no preparation before: visits start
/// on the half hour, as the clinic's grid offers them).
const TYPES: [BenchType; 6] = [
    BenchType {
        name: "Check-up",
        minutes: 25,
        after: 5,
        colour: "#5dade2",
        online: true,
        by: DENTISTS,
        weight: 30,
    },
    BenchType {
        name: "Filling",
        minutes: 50,
        after: 10,
        colour: "#f5b041",
        online: false,
        by: DENTISTS,
        weight: 20,
    },
    BenchType {
        name: "Crown preparation",
        minutes: 80,
        after: 10,
        colour: "#af7ac5",
        online: false,
        by: DENTISTS,
        weight: 7,
    },
    BenchType {
        name: "Emergency visit",
        minutes: 20,
        after: 10,
        colour: "#e74c3c",
        online: false,
        by: BOTH,
        weight: 5,
    },
    BenchType {
        name: "Hygiene cleaning",
        minutes: 45,
        after: 15,
        colour: "#48c9b0",
        online: true,
        by: HYGIENISTS,
        weight: 30,
    },
    BenchType {
        name: "Deep cleaning",
        minutes: 75,
        after: 15,
        colour: "#1abc9c",
        online: false,
        by: HYGIENISTS,
        weight: 8,
    },
];

const CELL_MINUTES: i32 = 30;
/// The working day's sessions, in cells from 08:00: 08:00-12:00 and 13:00-17:00.
const SESSIONS: [(i32, i32); 2] = [(0, 8), (10, 18)];
/// Day templates per kind of provider.
const TEMPLATES: usize = 48;
/// At each free cell of a template, the chance of leaving it free.
const GAP_CHANCE: f64 = 0.3;
/// The share of the working days that lie ahead of today.
const FUTURE_SHARE: f64 = 0.2;

fn cells(kind: &BenchType) -> i32 {
    (kind.minutes + kind.after) / CELL_MINUTES
}

fn day_start() -> NaiveTime {
    NaiveTime::from_hms_opt(8, 0, 0).expect("a time")
}

/// One visit of a day template: its first cell, its type (index into TYPES), and two random
/// numbers that, mixed with the day's, decide its status and details.
#[derive(Debug, Clone, Copy)]
struct Visit {
    cell: i32,
    type_index: usize,
    rolls: (f64, f64),
}

/// A day of one kind of provider: visits in order, about 70% of the cells taken.
fn day_template(rng: &mut StdRng, staffing: Staffing) -> Vec<Visit> {
    let mut visits = Vec::new();
    for (first, end) in SESSIONS {
        let mut cell = first;
        while cell < end {
            let fitting: Vec<usize> = (0..TYPES.len())
                .filter(|&i| TYPES[i].by.contains(&staffing) && cell + cells(&TYPES[i]) <= end)
                .collect();
            if fitting.is_empty() || rng.random_bool(GAP_CHANCE) {
                cell += 1;
                continue;
            }
            let total: u32 = fitting.iter().map(|&i| TYPES[i].weight).sum();
            let mut pick = rng.random_range(0..total);
            let type_index = *fitting
                .iter()
                .find(|&&i| {
                    pick < TYPES[i].weight || {
                        pick -= TYPES[i].weight;
                        false
                    }
                })
                .expect("the pick is below the total weight");
            visits.push(Visit { cell, type_index, rolls: (rng.random(), rng.random()) });
            cell += cells(&TYPES[type_index]);
        }
    }
    visits
}

/// The day templates of both kinds of provider; a template's number is its index here.
struct Templates {
    days: Vec<(Staffing, Vec<Visit>)>,
}

impl Templates {
    fn draw(rng: &mut StdRng) -> Templates {
        let days = [Staffing::Dentist, Staffing::Hygienist]
            .into_iter()
            .flat_map(|staffing| (0..TEMPLATES).map(move |_| staffing))
            .map(|staffing| (staffing, day_template(rng, staffing)))
            .collect();
        Templates { days }
    }

    /// A random template for this kind of provider.
    fn pick(&self, rng: &mut StdRng, staffing: Staffing) -> i32 {
        let first = self.days.iter().position(|(s, _)| *s == staffing).expect("templates");
        (first + rng.random_range(0..TEMPLATES)) as i32
    }

    /// Appointments in a clinic's average working day.
    fn per_clinic_day(&self) -> f64 {
        PROVIDERS
            .iter()
            .map(|(_, staffing, _, _)| {
                let (count, total) = self
                    .days
                    .iter()
                    .filter(|(s, _)| s == staffing)
                    .fold((0, 0), |(n, sum), (_, visits)| (n + 1, sum + visits.len()));
                total as f64 / count as f64
            })
            .sum()
    }
}

/// The working days (Monday to Friday) that hold `quota` appointments at `per_day` a day,
/// with a little to spare (the furthest are cut), a fifth of them after `today`.
fn working_days(today: NaiveDate, quota: u64, per_day: f64) -> Vec<NaiveDate> {
    let needed = (quota as f64 / per_day * 1.05).ceil() as usize + 1;
    let ahead = (needed as f64 * FUTURE_SHARE).round() as usize;
    let weekday = |d: &NaiveDate| d.weekday().number_from_monday() <= 5;
    let mut days: Vec<NaiveDate> = std::iter::successors(Some(today), |d| d.pred_opt())
        .filter(weekday)
        .take(needed - ahead)
        .collect();
    days.reverse();
    days.extend(
        std::iter::successors(today.succ_opt(), |d| d.succ_opt()).filter(weekday).take(ahead),
    );
    days
}

/// Whether the request is safe to run with this configuration.
pub fn refuse_in_production(config: &Config) -> Result<(), String> {
    if config.is_production() {
        Err("appointments generate makes made-up clinics and patients: refused in production \
             (APP_ENV=production)"
            .into())
    } else {
        Ok(())
    }
}

/// What one clinic got.
struct Made {
    patients: usize,
    appointments: u64,
}

/// Makes bench clinic `number` with `quota` appointments, unless it exists (then `None`).
async fn make_clinic(
    conn: &mut PgConnection,
    number: u32,
    quota: u64,
    templates: &Templates,
    seed: u64,
    now: DateTime<Utc>,
) -> Result<Option<Made>, sqlx::Error> {
    let (zone_name, calling_code) = ZONES[(number as usize - 1) % ZONES.len()];
    let clinic_id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO clinic (name, slug, time_zone, calling_code)
         VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(format!("Bench Clinic {number}"))
    .bind(format!("bench-clinic-{number}"))
    .bind(zone_name)
    .bind(calling_code)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(clinic_id) = clinic_id else {
        return Ok(None);
    };
    let zone: Tz = zone_name.parse().expect("a known time zone");
    let mut rng = StdRng::seed_from_u64(seed ^ u64::from(number));
    let days =
        working_days(now.with_timezone(&zone).date_naive(), quota, templates.per_clinic_day());

    let mut providers: Vec<(i64, i64, Staffing)> = Vec::new();
    let session_times =
        |cell: i32| day_start() + chrono::Duration::minutes((cell * CELL_MINUTES).into());
    let starts: Vec<NaiveTime> = SESSIONS.iter().map(|(first, _)| session_times(*first)).collect();
    let ends: Vec<NaiveTime> = SESSIONS.iter().map(|(_, end)| session_times(*end)).collect();
    for (order, &(name, staffing, colour, chair)) in PROVIDERS.iter().enumerate() {
        let chair_id: i64 = sqlx::query_scalar(
            "INSERT INTO chair (clinic_id, name, display_order) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(clinic_id)
        .bind(chair)
        .bind(order as i32 + 1)
        .fetch_one(&mut *conn)
        .await?;
        let kind = match staffing {
            Staffing::Dentist => "dentist",
            Staffing::Hygienist => "hygienist",
        };
        let provider_id: i64 = sqlx::query_scalar(
            "INSERT INTO provider (clinic_id, name, kind, colour) VALUES ($1, $2, $3, $4)
             RETURNING id",
        )
        .bind(clinic_id)
        .bind(name)
        .bind(kind)
        .bind(colour)
        .fetch_one(&mut *conn)
        .await?;
        // Valid from the first generated day, so the whole history has its rota.
        sqlx::query(
            "INSERT INTO working_hours
                 (clinic_id, provider_id, chair_id, weekday, starts, ends, valid_from)
             SELECT $1, $2, $3, day, s.starts, s.ends, $4
             FROM generate_series(1, 5) AS day, unnest($5::time[], $6::time[]) AS s (starts, ends)",
        )
        .bind(clinic_id)
        .bind(provider_id)
        .bind(chair_id)
        .bind(days[0])
        .bind(&starts)
        .bind(&ends)
        .execute(&mut *conn)
        .await?;
        providers.push((provider_id, chair_id, staffing));
    }
    let mut type_ids = Vec::new();
    for kind in &TYPES {
        let type_id: i64 = sqlx::query_scalar(
            "INSERT INTO appointment_type (clinic_id, name, duration_minutes,
                 buffer_after_minutes, colour, online_bookable, needs_chair)
             VALUES ($1, $2, $3, $4, $5, $6, true) RETURNING id",
        )
        .bind(clinic_id)
        .bind(kind.name)
        .bind(kind.minutes)
        .bind(kind.after)
        .bind(kind.colour)
        .bind(kind.online)
        .fetch_one(&mut *conn)
        .await?;
        let performers: Vec<i64> =
            providers.iter().filter(|p| kind.by.contains(&p.2)).map(|p| p.0).collect();
        sqlx::query(
            "INSERT INTO appointment_type_provider (clinic_id, appointment_type_id, provider_id)
             SELECT $1, $2, unnest($3::bigint[])",
        )
        .bind(clinic_id)
        .bind(type_id)
        .bind(&performers)
        .execute(&mut *conn)
        .await?;
        type_ids.push(type_id);
    }

    let patients = (quota / 5).clamp(500, 50_000) as usize;
    super::patient_generator::generate(conn, clinic_id, patients, seed ^ u64::from(number)).await?;

    // The day plans: which template each provider works to each day, who comes first, and
    // the day's random numbers. Each day, patients are taken in runs from a random point of
    // the list, each provider's run starting a sixth of the list further on: runs are shorter
    // than that, so nobody is booked twice on one day. The positions are then shuffled by
    // multiplying by a prime that does not divide the count (one-to-one modulo the count), so
    // a day's patients are not neighbours in the list.
    let stride = patients / providers.len();
    let shuffle: i64 =
        [7919, 7927].into_iter().find(|p| patients as i64 % p != 0).expect("a prime");
    let mut plan = DayPlans::default();
    for day in &days {
        let first = rng.random_range(0..patients);
        for (order, (provider_id, chair_id, staffing)) in providers.iter().enumerate() {
            plan.provider.push(*provider_id);
            plan.chair.push(*chair_id);
            plan.day.push(*day);
            plan.template.push(templates.pick(&mut rng, *staffing));
            plan.first_patient.push(((first + order * stride) % patients) as i32);
            plan.rolls.0.push(rng.random::<f64>());
            plan.rolls.1.push(rng.random::<f64>());
        }
    }
    let mut rows = TemplateRows::default();
    for (template, (_, visits)) in templates.days.iter().enumerate() {
        for (seq, visit) in visits.iter().enumerate() {
            rows.template.push(template as i32);
            rows.seq.push(seq as i32);
            rows.minutes.push(visit.cell * CELL_MINUTES);
            rows.type_id.push(type_ids[visit.type_index]);
            rows.rolls.0.push(visit.rolls.0);
            rows.rolls.1.push(visit.rolls.1);
        }
    }
    let appointments = sqlx::query(
        "WITH day_plan AS (
             SELECT * FROM unnest($2::bigint[], $3::bigint[], $4::date[], $5::int[], $6::int[],
                                  $7::float8[], $8::float8[])
                  AS t (provider_id, chair_id, day, template, first_patient, roll_a, roll_b)),
         template_visit AS (
             SELECT * FROM unnest($9::int[], $10::int[], $11::int[], $12::bigint[],
                                  $13::float8[], $14::float8[])
                  AS t (template, seq, minutes, type_id, roll_a, roll_b)),
         patients AS (SELECT array_agg(id ORDER BY id) AS ids FROM patient WHERE clinic_id = $1),
         visit AS (
             SELECT d.day, d.provider_id, d.chair_id, t.seq, t.type_id, ty.online_bookable,
                    make_interval(mins => ty.buffer_before_minutes) AS preparation,
                    make_interval(mins => ty.buffer_after_minutes) AS clean_up,
                    make_interval(mins => ty.duration_minutes) AS duration,
                    (d.day + time '08:00' + make_interval(mins => t.minutes + ty.buffer_before_minutes))
                        AT TIME ZONE $15::text AS starts,
                    p.ids[1 + ((d.first_patient + t.seq) % cardinality(p.ids))::bigint * $18
                              % cardinality(p.ids)] AS patient_id,
                    -- Two numbers in [0, 1) per appointment, from the day's and the template's.
                    (d.roll_a + t.roll_a) - floor(d.roll_a + t.roll_a) AS roll,
                    (d.roll_b + t.roll_b) - floor(d.roll_b + t.roll_b) AS detail
             FROM day_plan d JOIN template_visit t USING (template)
             JOIN appointment_type ty ON ty.id = t.type_id
             CROSS JOIN patients p),
         decided AS (
             SELECT v.*, v.starts + v.duration AS ends,
                    CASE WHEN v.starts + v.duration <= $16 THEN
                              CASE WHEN roll < 0.04 THEN 'no_show'
                                   WHEN roll < 0.10 THEN 'cancelled'
                                   ELSE 'completed' END
                         WHEN v.starts <= $16 THEN 'in_chair'
                         WHEN roll < 0.05 THEN 'cancelled'
                         WHEN v.starts < $16 + interval '2 days' THEN
                              CASE WHEN roll < 0.80 THEN 'confirmed' ELSE 'scheduled' END
                         WHEN roll < 0.40 THEN 'confirmed'
                         ELSE 'scheduled' END AS status,
                    -- Booked a day to six weeks ahead, and in any case before now.
                    least(v.starts - make_interval(days => 1 + floor(detail * 42)::int,
                                                   mins => floor(detail * 9973)::int % 600),
                          $16 - interval '1 hour') AS created_at
             FROM visit v)
         INSERT INTO appointment (clinic_id, patient_id, provider_id, chair_id,
             appointment_type_id, visit, blocked, status, cancel_reason, booked_online,
             created_at, updated_at, cancel_reason_id, cancelled_at)
         SELECT $1, patient_id, provider_id, chair_id, type_id, tstzrange(starts, ends),
                tstzrange(starts - preparation, ends + clean_up), status, r.label,
                online_bookable AND detail < 0.12,
                created_at,
                CASE WHEN status = 'scheduled' THEN created_at
                     ELSE greatest(created_at, least(ends, $16)) END,
                r.id,
                -- Somewhere between booking and the visit (some inside the notice, some not).
                CASE WHEN status = 'cancelled' THEN
                     least($16, created_at + (starts - created_at) * (0.3 + 0.7 * detail)) END
         FROM decided
         -- One of the four first entries of the clinic's cancellation reasons.
         LEFT JOIN LATERAL (
             SELECT id, label FROM cancel_reason
             WHERE clinic_id = $1 AND kind = 'custom' AND decided.status = 'cancelled'
             ORDER BY display_order, id
             OFFSET floor(decided.detail * 4)::int LIMIT 1) r ON true
         ORDER BY day, provider_id, seq
         LIMIT $17",
    )
    .bind(clinic_id)
    .bind(&plan.provider)
    .bind(&plan.chair)
    .bind(&plan.day)
    .bind(&plan.template)
    .bind(&plan.first_patient)
    .bind(&plan.rolls.0)
    .bind(&plan.rolls.1)
    .bind(&rows.template)
    .bind(&rows.seq)
    .bind(&rows.minutes)
    .bind(&rows.type_id)
    .bind(&rows.rolls.0)
    .bind(&rows.rolls.1)
    .bind(zone_name)
    .bind(now)
    .bind(quota as i64)
    .bind(shuffle)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(Some(Made { patients, appointments }))
}

/// Day plans as columns, for `unnest`.
#[derive(Default)]
struct DayPlans {
    provider: Vec<i64>,
    chair: Vec<i64>,
    day: Vec<NaiveDate>,
    template: Vec<i32>,
    first_patient: Vec<i32>,
    rolls: (Vec<f64>, Vec<f64>),
}

/// Template visits as columns, for `unnest`.
#[derive(Default)]
struct TemplateRows {
    template: Vec<i32>,
    seq: Vec<i32>,
    minutes: Vec<i32>,
    type_id: Vec<i64>,
    rolls: (Vec<f64>, Vec<f64>),
}

pub async fn generate(request: Request, config: &Config) -> Result<String, String> {
    refuse_in_production(config)?;
    let pool = db::pool(config).map_err(|e| e.to_string())?;
    // Each clinic's insert takes a second or more by design: no slow-statement warnings.
    pool.set_connect_options((*pool.connect_options()).clone().disable_statement_logging());
    db::ensure_schema(&pool, config).await.map_err(|e| e.to_string())?;
    let started = Instant::now();
    let now = Utc::now();
    let templates = Templates::draw(&mut StdRng::seed_from_u64(request.seed));
    let (mut made, mut patients, mut appointments, mut existing) = (0, 0, 0, 0);
    for number in 1..=request.clinics {
        // The count shared out evenly, the first clinics taking the remainder.
        let quota = request.count / u64::from(request.clinics)
            + u64::from(u64::from(number) <= request.count % u64::from(request.clinics));
        let clinic_started = Instant::now();
        let mut tx = pool.begin().await.map_err(|e| e.to_string())?;
        // Generated history is not announced to live calendars (`live_event`).
        sqlx::query("SELECT set_config('chairside.live_quiet', 'on', true)")
            .execute(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
        let result = make_clinic(&mut tx, number, quota, &templates, request.seed, now)
            .await
            .map_err(|e| format!("bench-clinic-{number}: {e}"))?;
        tx.commit().await.map_err(|e| e.to_string())?;
        match result {
            None => existing += 1,
            Some(clinic) => {
                made += 1;
                patients += clinic.patients;
                appointments += clinic.appointments;
                eprintln!(
                    "bench-clinic-{number}: {} appointments, {} patients ({:.1} s)",
                    clinic.appointments,
                    clinic.patients,
                    clinic_started.elapsed().as_secs_f64()
                );
            }
        }
    }
    for table in ["appointment", "patient", "medical_item", "working_hours"] {
        sqlx::query(&format!("ANALYZE {table}")).execute(&pool).await.map_err(|e| e.to_string())?;
    }
    let statuses: Vec<(String, i64)> = sqlx::query_as(
        "SELECT a.status, count(*) FROM appointment a JOIN clinic c ON c.id = a.clinic_id
         WHERE c.slug LIKE 'bench-clinic-%' GROUP BY a.status ORDER BY count(*) DESC",
    )
    .fetch_all(&pool)
    .await
    .map_err(|e| e.to_string())?;
    let statuses: Vec<String> = statuses.iter().map(|(s, n)| format!("{s} {n}")).collect();
    Ok(format!(
        "{made} bench clinics made ({existing} already there): {patients} patients, \
         {appointments} appointments in {:.1} s\nbench appointments by status: {}",
        started.elapsed().as_secs_f64(),
        statuses.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_fills_whole_cells_and_templates_never_overlap() {
        for kind in &TYPES {
            assert_eq!((kind.minutes + kind.after) % CELL_MINUTES, 0, "{}", kind.name);
        }
        let templates = Templates::draw(&mut StdRng::seed_from_u64(1));
        for (staffing, visits) in &templates.days {
            let mut free_from = 0;
            for visit in visits {
                let kind = &TYPES[visit.type_index];
                assert!(kind.by.contains(staffing));
                assert!(visit.cell >= free_from);
                free_from = visit.cell + cells(kind);
                assert!(
                    SESSIONS.iter().any(|(first, end)| visit.cell >= *first && free_from <= *end)
                );
            }
        }
        // About 70% of the 16 cells of a day are taken.
        let per_day = templates.per_clinic_day();
        assert!((30.0..50.0).contains(&per_day), "{per_day}");
    }

    #[test]
    fn working_days_skip_weekends_and_lie_mostly_behind_today() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let days = working_days(today, 25_000, 40.0);
        assert!(days.iter().all(|d| d.weekday().number_from_monday() <= 5));
        assert!(days.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(days.len(), 658);
        let ahead = days.iter().filter(|d| **d > today).count();
        assert_eq!(ahead, 132);
    }
}
