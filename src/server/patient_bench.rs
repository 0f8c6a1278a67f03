//! The command-line side of patient benchmarks: filling a clinic with made-up patients, and
//! timing the search query against them (the same query the search page runs).

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::config::Config;
use super::db;
use crate::domain::patient::{PatientQuery, PhoneNumber};
use crate::patients::search::ssr::find;

/// `--name value` pairs.
fn options(args: &[String]) -> Result<Vec<(String, String)>, String> {
    args.chunks(2)
        .map(|pair| match pair {
            [name, value] if name.starts_with("--") => Ok((name.clone(), value.clone())),
            _ => Err(format!("options come in pairs, like --clinic london (got {pair:?})")),
        })
        .collect()
}

fn option<'a>(options: &'a [(String, String)], name: &str) -> Option<&'a str> {
    options.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

async fn clinic_id(pool: &sqlx::PgPool, slug: &str) -> Result<(i64, i16), String> {
    sqlx::query_as("SELECT id, calling_code FROM clinic WHERE slug = $1")
        .bind(slug)
        .fetch_optional(pool)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no clinic with the slug {slug:?}"))
}

pub async fn generate(args: &[String], config: &Config) -> Result<String, String> {
    let options = options(args)?;
    let slug = option(&options, "--clinic").ok_or("--clinic is required")?;
    let count: usize = option(&options, "--count")
        .ok_or("--count is required")?
        .parse()
        .map_err(|_| "--count must be a whole number")?;
    let seed: u64 =
        option(&options, "--seed").unwrap_or("1").parse().map_err(|_| "--seed must be a number")?;
    let pool = db::pool(config).map_err(|e| e.to_string())?;
    db::ensure_schema(&pool, config).await.map_err(|e| e.to_string())?;
    let (clinic, _) = clinic_id(&pool, slug).await?;
    let started = Instant::now();
    let mut tx = pool.begin().await.map_err(|e| e.to_string())?;
    let made = super::patient_generator::generate(&mut tx, clinic, count, seed)
        .await
        .map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    sqlx::query("ANALYZE patient").execute(&pool).await.map_err(|e| e.to_string())?;
    Ok(format!("{made} patients added to {slug} in {:.1} s", started.elapsed().as_secs_f64()))
}

/// A name with one typing slip: a letter dropped or two swapped.
fn misspelt(rng: &mut StdRng, name: &str) -> String {
    let mut chars: Vec<char> = name.chars().collect();
    if chars.len() > 3 {
        let at = rng.random_range(1..chars.len() - 1);
        if rng.random_bool(0.5) {
            chars.remove(at);
        } else {
            chars.swap(at, at + 1);
        }
    }
    chars.into_iter().collect()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

pub async fn bench_search(args: &[String], config: &Config) -> Result<String, String> {
    let options = options(args)?;
    let slug = option(&options, "--clinic").ok_or("--clinic is required")?;
    let runs: usize = option(&options, "--runs")
        .unwrap_or("200")
        .parse()
        .map_err(|_| "--runs must be a number")?;
    let pool = db::pool(config).map_err(|e| e.to_string())?;
    let (clinic, calling_code) = clinic_id(&pool, slug).await?;
    let patients: i64 = sqlx::query_scalar("SELECT count(*) FROM patient WHERE clinic_id = $1")
        .bind(clinic)
        .fetch_one(&pool)
        .await
        .map_err(|e| e.to_string())?;
    let sample: Vec<(String, String, NaiveDate, Option<String>)> = sqlx::query_as(
        "SELECT first_name, last_name, date_of_birth, mobile_phone FROM patient
         WHERE clinic_id = $1 ORDER BY random() LIMIT $2",
    )
    .bind(clinic)
    .bind(runs as i64)
    .fetch_all(&pool)
    .await
    .map_err(|e| e.to_string())?;
    if sample.is_empty() {
        return Err(format!("{slug} has no patients; add some with `chairside patients generate`"));
    }
    let mut rng = StdRng::seed_from_u64(7);
    let today = chrono::Utc::now().date_naive();
    let mut conn = pool.acquire().await.map_err(|e| e.to_string())?;
    let kinds = ["full name", "misspelt name", "surname start", "phone", "birth date"];
    let mut timings: Vec<Vec<Duration>> = vec![Vec::new(); kinds.len()];
    for (first, last, born, mobile) in &sample {
        let local_phone = mobile
            .as_ref()
            .map(|p| PhoneNumber::from_e164(p.clone()).readable())
            .unwrap_or_else(|| "07700 900000".into());
        let typed = [
            format!("{first} {last}"),
            format!("{} {}", misspelt(&mut rng, first), misspelt(&mut rng, last)),
            last.chars().take(3).collect(),
            local_phone,
            born.format("%d/%m/%Y").to_string(),
        ];
        for (kind, text) in typed.iter().enumerate() {
            let query = PatientQuery::read(text, calling_code as u16);
            let started = Instant::now();
            find(&mut conn, clinic, &query, false, 0, today).await.map_err(|e| e.to_string())?;
            timings[kind].push(started.elapsed());
        }
    }
    let mut report = format!(
        "patient search on {slug}: {patients} patients, {} queries of each kind (time of the \
         database query, one connection)\n{:<15} {:>8} {:>8} {:>8}\n",
        sample.len(),
        "kind",
        "p50 ms",
        "p95 ms",
        "max ms"
    );
    let mut all = Vec::new();
    for (kind, mut times) in kinds.iter().zip(timings) {
        times.sort();
        report.push_str(&format!(
            "{kind:<15} {:>8.2} {:>8.2} {:>8.2}\n",
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            percentile(&times, 1.0)
        ));
        all.extend(times);
    }
    all.sort();
    report.push_str(&format!(
        "{:<15} {:>8.2} {:>8.2} {:>8.2}",
        "all",
        percentile(&all, 0.5),
        percentile(&all, 0.95),
        percentile(&all, 1.0)
    ));
    Ok(report)
}
