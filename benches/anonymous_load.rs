//! The staff calendar's latency while anonymous traffic bursts (the hardening issue's
//! starvation scenario, measured rather than asserted): the server on a five-connection pool,
//! a receptionist reloading the day view, first idle, then while 200 patients hold times at
//! once and 50 sign-ins fail, each from its own address (behind a trusted proxy), so every one
//! of them does its full work instead of stopping at a rate limit.
//!
//! `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --features ssr --bench anonymous_load`
//! (the URL of a role that may create databases; a fresh one is made and dropped).

#[path = "../tests/api/helpers.rs"]
#[allow(dead_code)]
mod helpers;
#[path = "../tests/api/online_fixture.rs"]
#[allow(dead_code)]
mod online_fixture;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chairside::domain::Role;
use chairside::online::model::solve;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection};
use tokio::task::JoinSet;

use helpers::{TestApp, spawn_app_with};
use online_fixture::{key, online_clinic};

const POOL_SIZE: u32 = 5;
const ROUNDS: usize = 5;

fn main() {
    let url =
        std::env::var("DATABASE_URL").expect("DATABASE_URL: a role that may create databases");
    tokio::runtime::Runtime::new().unwrap().block_on(run(&url));
}

async fn run(admin_url: &str) {
    let name = format!("chairside_bench_anonymous_{}", std::process::id());
    let mut admin = PgConnection::connect(admin_url).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
    let url = with_database(admin_url, &name);
    let pool = PgPoolOptions::new()
        .max_connections(POOL_SIZE)
        .acquire_timeout(Duration::from_secs(5))
        .connect(&url)
        .await
        .unwrap();
    chairside::server::db::MIGRATOR.run(&pool).await.unwrap();

    let settings = [("DATABASE_MAX_CONNECTIONS", "5"), ("TRUST_FORWARDED_FOR", "true")];
    let app = Arc::new(spawn_app_with(pool.clone(), &settings).await);
    let clinic = online_clinic(&pool, 4).await;
    let desk = app.signed_in("desk@example.com", Role::Receptionist, "test-clinic").await;
    let calendar = app.url(&format!("/calendar?clinic=test-clinic&date={}", clinic.day));
    let load_calendar = || async {
        let started = Instant::now();
        let page = desk.get(&calendar).header("accept", "text/html").send().await.unwrap();
        let status = page.status().as_u16();
        page.bytes().await.unwrap();
        (started.elapsed(), status)
    };
    // Warm-up, then idle.
    for _ in 0..10 {
        load_calendar().await;
    }
    let mut idle = Vec::new();
    for _ in 0..100 {
        idle.push(load_calendar().await.0);
    }

    let mut loaded = Vec::new();
    let mut answers = BTreeMap::<(&str, u16), usize>::new();
    let mut burst_times = Vec::new();
    for round in 0..ROUNDS {
        // Proofs solved before the burst, as browsers would have while patients looked.
        let holds: Vec<(String, String)> = (0..200)
            .map(|_| {
                let key = key();
                let proof = solve(&key);
                (key, proof)
            })
            .collect();
        let started = Instant::now();
        let mut burst = JoinSet::new();
        for (n, (key, proof)) in holds.into_iter().enumerate() {
            let app = app.clone();
            let (type_id, provider) = (clinic.type_id, clinic.providers[n % 4]);
            let starts_at = format!("{}T{:02}:{:02}", clinic.day, 9 + n % 8, (n / 8 % 4) * 15);
            let from = format!("10.{round}.{}.{}", n / 250, n % 250 + 1);
            burst.spawn(async move {
                let form = [
                    ("clinic", "test-clinic".to_string()),
                    ("key", key),
                    ("appointment_type_id", type_id.to_string()),
                    ("provider_id", provider.to_string()),
                    ("starts_at", starts_at),
                    ("proof", proof),
                ];
                ("hold", post(&app, "/api/book/hold", &form, &from).await)
            });
        }
        for n in 0..50 {
            let app = app.clone();
            let from = format!("10.{}.{}.{}", 100 + round, n / 250, n % 250 + 1);
            burst.spawn(async move {
                let form = [
                    ("email", format!("guess{n}@example.com")),
                    ("password", "wrong password".to_string()),
                ];
                ("sign-in", post(&app, "/api/auth/sign-in", &form, &from).await)
            });
        }
        while !burst.is_empty() {
            let (elapsed, status) = load_calendar().await;
            assert_eq!(status, 200);
            loaded.push(elapsed);
            while let Some(done) = burst.try_join_next() {
                let (what, status) = done.unwrap();
                *answers.entry((what, status)).or_default() += 1;
            }
        }
        burst_times.push(started.elapsed());
        // The holds of this round are let go, so the next round finds the times free.
        sqlx::query("DELETE FROM appointment WHERE status = 'held'").execute(&pool).await.unwrap();
    }
    let (idle_p50, loaded_p50) = (percentile(&mut idle, 50), percentile(&mut loaded, 50));
    println!("staff calendar day view, pool of {POOL_SIZE} connections:");
    println!("| | loads | p50 | p95 | max |");
    println!("|---|---|---|---|---|");
    for (label, samples) in [("idle", &mut idle), ("during the bursts", &mut loaded)] {
        println!(
            "| {label} | {} | {} | {} | {} |",
            samples.len(),
            ms(percentile(samples, 50)),
            ms(percentile(samples, 95)),
            ms(percentile(samples, 100)),
        );
    }
    println!(
        "p50 during the bursts / idle: {:.2}",
        loaded_p50.as_secs_f64() / idle_p50.as_secs_f64()
    );
    println!(
        "bursts ({ROUNDS}) took: {:?}",
        burst_times.iter().map(|d| ms(*d)).collect::<Vec<_>>()
    );
    println!("anonymous answers: {answers:?}");

    pool.close().await;
    drop(app);
    sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)")).execute(&mut admin).await.unwrap();
}

async fn post(app: &TestApp, path: &str, form: &[(&str, String)], from: &str) -> u16 {
    app.new_client()
        .post(app.url(path))
        .header("accept", "application/json")
        .header("x-forwarded-for", from)
        .form(form)
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

fn percentile(samples: &mut [Duration], p: usize) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) * p) / 100]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn with_database(url: &str, name: &str) -> String {
    let mut url = url::Url::parse(url).unwrap();
    url.set_path(&format!("/{name}"));
    url.to_string()
}
