//! The calendar's day view on a large data set: everything `calendar::ssr::load` asks of the
//! database for one clinic's day by provider (set-up, rotas, time off, and the day's
//! appointments with their patients and alerts), for random clinic-days that have
//! appointments.
//!
//! Needs a database filled by the generator (see BENCHMARKS.md):
//! `chairside appointments generate --count 1000000`, then
//! `DATABASE_URL=postgres://…/chairside_bench cargo bench --features ssr --bench day_view`

use chrono::{NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use sqlx::PgPool;
use uuid::Uuid;

use chairside::auth::clinic_access::ClinicAccess;
use chairside::auth::session::Actor;
use chairside::domain::Role;
use chairside::scheduling::calendar::ssr::load;
use chairside::scheduling::model::Layout;
use chairside::setup::model::ClinicRef;

/// Clinic-days sampled (each measured in turn).
const DAYS: i64 = 200;

fn day_view(c: &mut Criterion) {
    let url = std::env::var("DATABASE_URL")
        .expect("DATABASE_URL: a database filled by `chairside appointments generate`");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // The connection is dropped at the end inside the runtime (sqlx returns it to the pool
    // from a task).
    let _inside = runtime.enter();
    let pool = runtime.block_on(PgPool::connect(&url)).unwrap();
    let total: i64 = runtime
        .block_on(sqlx::query_scalar("SELECT count(*) FROM appointment").fetch_one(&pool))
        .unwrap();
    let days: Vec<(i64, String, String, String, NaiveDate)> = runtime
        .block_on(
            sqlx::query_as(
                "SELECT c.id, c.slug, c.name, c.time_zone,
                        (lower(a.visit) AT TIME ZONE c.time_zone)::date
                 FROM appointment a JOIN clinic c ON c.id = a.clinic_id
                 ORDER BY random() LIMIT $1",
            )
            .bind(DAYS)
            .fetch_all(&pool),
        )
        .unwrap();
    assert!(!days.is_empty(), "no appointments: run `chairside appointments generate` first");
    let actor = Actor {
        staff_id: 0,
        role: Role::Admin,
        display_name: "benchmark".into(),
        email: "benchmark@localhost".into(),
        session_id: Uuid::nil(),
    };
    let clinic_days: Vec<(ClinicAccess, chrono_tz::Tz, NaiveDate)> = days
        .into_iter()
        .map(|(id, slug, name, time_zone, date)| {
            let zone = time_zone.parse().unwrap();
            let clinic = ClinicRef {
                id,
                slug,
                name,
                time_zone,
                region: chairside::i18n::Region::GB,
                week_starts: 1,
            };
            (ClinicAccess { actor: actor.clone(), clinic }, zone, date)
        })
        .collect();
    let mut conn = runtime.block_on(pool.acquire()).unwrap();
    let now = Utc::now();
    let mut next = 0;
    c.bench_function(&format!("day view of one clinic ({total} appointments in all)"), |b| {
        b.iter(|| {
            let (access, zone, date) = &clinic_days[next % clinic_days.len()];
            next += 1;
            runtime
                .block_on(load(&mut conn, access, *zone, *date, Layout::Providers, None, now))
                .unwrap()
        })
    });
}

criterion_group!(benches, day_view);
criterion_main!(benches);
