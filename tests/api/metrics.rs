//! `/metrics`, scraped and parsed as Prometheus does: requests by route with their latency,
//! the pool, the outbox by kind, holds live and sign-in failures move with what the app does;
//! and only an allowed address, or the token, may read them. (The counters belong to the test
//! process, which runs many tests at once: each check is on what this test itself did.)

use chairside::domain::Role;
use prometheus_parse::{Scrape, Value};
use sqlx::PgPool;

use crate::confirmations::book_at;
use crate::helpers::{PASSWORD, TestApp, spawn_app, spawn_app_with};
use crate::online_fixture::{hold, key, online_clinic};

async fn scrape(app: &TestApp, token: Option<&str>) -> (u16, Option<Scrape>) {
    let mut request = app.new_client().get(app.url("/metrics"));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    if status != 200 {
        return (status, None);
    }
    assert_eq!(response.headers()["content-type"], "text/plain; version=0.0.4; charset=utf-8");
    let text = response.text().await.unwrap();
    let scrape = Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).expect("parses");
    (status, Some(scrape))
}

/// The value of `metric` with `labels` (a counter, gauge or untyped sample; a histogram's count).
fn sample(scrape: &Scrape, metric: &str, labels: &[(&str, &str)]) -> Option<f64> {
    scrape
        .samples
        .iter()
        .filter(|s| s.metric == metric)
        .find(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .map(|s| match &s.value {
            Value::Counter(v) | Value::Gauge(v) | Value::Untyped(v) => *v,
            Value::Histogram(buckets) => buckets.last().map_or(0.0, |b| b.count),
            Value::Summary(_) => f64::NAN,
        })
}

#[sqlx::test]
async fn the_metrics_follow_requests_sign_ins_the_outbox_and_holds(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (_, before) = scrape(&app, None).await;
    let before = before.unwrap();
    let failures = |s: &Scrape| sample(s, "chairside_sign_in_failures_total", &[]).unwrap_or(0.0);

    // A wrong password, a page, a hold, and a booking whose confirmation waits in the outbox.
    let wrong = app.new_client();
    let refused = app.sign_in(&wrong, "desk@test.example", &format!("{PASSWORD}x")).await;
    assert_eq!(refused.status(), 401);
    let (status, _) = app.page(&desk, "/patients").await;
    assert_eq!(status, 200);
    let (status, body) = hold(&app, &clinic, &key(), clinic.providers[0], "11:00").await;
    assert!(status < 400, "{body}");
    let patient: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email)
         VALUES ($1, 700, 'Mia', 'Stone', '1990-04-05', 'mia@example.com') RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let at = format!("{}T14:00", clinic.day);
    book_at(&app, &desk, patient, clinic.providers[0], clinic.type_id, at).await;

    let (status, after) = scrape(&app, None).await;
    assert_eq!(status, 200);
    let after = after.unwrap();
    assert!(failures(&after) >= failures(&before) + 1.0);
    let page = [("route", "/patients"), ("method", "GET"), ("status", "2xx")];
    assert!(sample(&after, "chairside_http_requests_total", &page).unwrap() >= 1.0);
    let server_fn = [("route", "/api/appointments/book"), ("method", "POST")];
    assert!(sample(&after, "chairside_http_request_duration_seconds", &server_fn).unwrap() >= 1.0);
    let refused = [("route", "/api/auth/sign-in"), ("status", "4xx")];
    assert!(sample(&after, "chairside_http_requests_total", &refused).unwrap() >= 1.0);
    // What the database knows is this test's own database.
    assert_eq!(sample(&after, "chairside_holds_live", &[]), Some(1.0));
    let confirmations = [("kind", "booking_confirmation")];
    assert_eq!(sample(&after, "chairside_outbox_waiting", &confirmations), Some(1.0));
    assert!(sample(&after, "chairside_outbox_oldest_seconds", &confirmations).unwrap() >= 0.0);
    assert!(sample(&after, "chairside_db_pool_connections", &[("state", "max")]).unwrap() >= 1.0);
    assert!(sample(&after, "chairside_db_pool_acquire_seconds", &[]).is_some());
    // An address that names nothing is counted as unmatched, not under its own name.
    assert_eq!(app.get("/no-such-page-at-all").await.status(), 404);
    let (_, last) = scrape(&app, None).await;
    let last = last.unwrap();
    assert!(last.samples.iter().all(|s| s.labels.get("route") != Some("/no-such-page-at-all")));
}

#[sqlx::test]
async fn only_an_allowed_address_or_the_token_reads_the_metrics(pool: PgPool) {
    let token = "a-long-enough-metrics-token-0123";
    let app =
        spawn_app_with(pool, &[("METRICS_ALLOW", "10.9.8.7"), ("METRICS_TOKEN", token)]).await;
    assert_eq!(scrape(&app, None).await.0, 404);
    assert_eq!(scrape(&app, Some("not-the-token-not-the-token-x")).await.0, 404);
    let (status, scraped) = scrape(&app, Some(token)).await;
    assert_eq!(status, 200);
    assert!(!scraped.unwrap().samples.is_empty());
}
