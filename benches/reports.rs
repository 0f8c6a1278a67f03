//! The practice report on the bench data: everything `reports::api::ssr::compute` does (the
//! reads, the available time from the rotas, the tables), for one clinic's year and for all
//! 40 clinics' year (each beside the year before), as the page asks for "the last 12 months".
//!
//! Needs a database filled by the generator (see BENCHMARKS.md):
//! `chairside appointments generate --count 1000000`, then
//! `DATABASE_URL=postgres://…/chairside_bench cargo bench --features ssr --bench reports`

use std::collections::HashMap;
use std::time::Duration;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use sqlx::PgPool;

use chairside::reports::api::ssr::compute;
use chairside::reports::period::Period;
use chairside::reports::rollup::rebuild_all;

fn reports(c: &mut Criterion) {
    let url = std::env::var("DATABASE_URL")
        .expect("DATABASE_URL: a database filled by `chairside appointments generate`");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let _inside = runtime.enter();
    let pool = runtime.block_on(PgPool::connect(&url)).unwrap();
    let clinics: Vec<(i64, String, i64)> = runtime
        .block_on(
            sqlx::query_as(
                "SELECT c.id, c.name, count(a.id) FROM clinic c
                 JOIN appointment a ON a.clinic_id = c.id
                 WHERE c.slug LIKE 'bench-clinic-%' GROUP BY c.id ORDER BY c.id",
            )
            .fetch_all(&pool),
        )
        .unwrap();
    assert!(!clinics.is_empty(), "no bench clinics: run `chairside appointments generate` first");
    let total: i64 = clinics.iter().map(|c| c.2).sum();
    let period = Period::parse("last_12_months", "", "", Utc::now().date_naive()).unwrap();
    let mut conn = runtime.block_on(pool.acquire()).unwrap();
    // The daily roll-ups as a running server keeps them (every day built).
    runtime.block_on(rebuild_all(&mut conn)).unwrap();
    let mut group = c.benchmark_group("report");
    group.sample_size(20).measurement_time(Duration::from_secs(20));
    let one: HashMap<i64, String> = [(clinics[0].0, clinics[0].1.clone())].into();
    group.bench_function(
        format!("one clinic's last 12 months ({} appointments in the clinic)", clinics[0].2),
        |b| b.iter(|| runtime.block_on(compute(&mut conn, one.clone(), period, None)).unwrap()),
    );
    let all: HashMap<i64, String> = clinics.iter().map(|c| (c.0, c.1.clone())).collect();
    group.bench_function(
        format!("all {} clinics' last 12 months ({total} appointments)", clinics.len()),
        |b| b.iter(|| runtime.block_on(compute(&mut conn, all.clone(), period, None)).unwrap()),
    );
    group.finish();
}

criterion_group!(benches, reports);
criterion_main!(benches);
