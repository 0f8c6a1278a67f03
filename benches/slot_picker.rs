//! The online booking's slot picker on a large data set: everything `/book/{clinic}` asks of
//! the database and the availability engine for a week of "first available" free times of one
//! appointment type (rotas, busy times of every eligible provider and chair, time off, and the
//! engine under the clinic's online policy), for random clinic-days that have appointments.
//!
//! Needs a database filled by the generator (see BENCHMARKS.md):
//! `chairside appointments generate --count 1000000`, then
//! `DATABASE_URL=postgres://…/chairside_bench cargo bench --features ssr --bench slot_picker`

use chrono::{NaiveDate, TimeZone};
use criterion::{Criterion, criterion_group, criterion_main};
use sqlx::PgPool;

use chairside::online::picker::{PickerQuery, build};

/// Clinic-days sampled (each measured in turn).
const DAYS: i64 = 200;

fn slot_picker(c: &mut Criterion) {
    let url = std::env::var("DATABASE_URL")
        .expect("DATABASE_URL: a database filled by `chairside appointments generate`");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let _inside = runtime.enter();
    let pool = runtime.block_on(PgPool::connect(&url)).unwrap();
    let total: i64 = runtime
        .block_on(sqlx::query_scalar("SELECT count(*) FROM appointment").fetch_one(&pool))
        .unwrap();
    // A clinic, one of its online types, and a day with appointments (the week from it is
    // what the patient sees, as if today were that day).
    let days: Vec<(i64, String, i64, NaiveDate)> = runtime
        .block_on(
            sqlx::query_as(
                "SELECT c.id, c.time_zone,
                        (SELECT t.id FROM appointment_type t
                         WHERE t.clinic_id = c.id AND t.online_bookable AND t.active
                         ORDER BY random() LIMIT 1),
                        (lower(a.visit) AT TIME ZONE c.time_zone)::date
                 FROM appointment a JOIN clinic c ON c.id = a.clinic_id
                 ORDER BY random() LIMIT $1",
            )
            .bind(DAYS)
            .fetch_all(&pool),
        )
        .unwrap();
    assert!(!days.is_empty(), "no appointments: run `chairside appointments generate` first");
    let queries: Vec<(PickerQuery, chrono::DateTime<chrono::Utc>)> = days
        .into_iter()
        .map(|(clinic_id, time_zone, type_id, date)| {
            let zone: chrono_tz::Tz = time_zone.parse().unwrap();
            let morning = zone
                .from_local_datetime(&date.and_hms_opt(6, 0, 0).unwrap())
                .earliest()
                .unwrap()
                .with_timezone(&chrono::Utc);
            let query = PickerQuery {
                clinic_id,
                zone,
                locale: chairside::i18n::Locale::default(),
                type_id,
                provider_id: None,
                from: None,
                date: None,
                horizon_days: 90,
                moving: None,
            };
            (query, morning)
        })
        .collect();
    let mut conn = runtime.block_on(pool.acquire()).unwrap();
    let mut next = 0;
    c.bench_function(
        &format!("a week of free times, first available ({total} appointments in all)"),
        |b| {
            b.iter(|| {
                let (query, now) = &queries[next % queries.len()];
                next += 1;
                runtime.block_on(build(&mut conn, query, *now)).unwrap()
            })
        },
    );
}

criterion_group!(benches, slot_picker);
criterion_main!(benches);
