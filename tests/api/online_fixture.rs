//! A clinic that books online, and the hold step as a browser sends it: shared by the online
//! booking tests, the starvation test and the anonymous-load benchmark.

use chairside::auth::invitation::new_token;
use chairside::online::model::solve;
use chrono::{Days, NaiveDate, Utc};
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::TestApp;

/// A clinic that books online: one type (30 minutes, 5 before, 10 after), `providers`
/// dentists working 09:00-17:00 every day, and the first day (a week ahead) to book on.
pub struct Clinic {
    pub id: i64,
    pub type_id: i64,
    pub providers: Vec<i64>,
    pub day: NaiveDate,
}

pub async fn online_clinic(pool: &PgPool, providers: i64) -> Clinic {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO clinic (name, slug, time_zone, phone) VALUES ('Test Clinic', 'test-clinic',
             'Europe/London', '+44 20 7946 0000')
         ON CONFLICT (slug) DO UPDATE SET phone = EXCLUDED.phone RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let provider_ids: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO provider (clinic_id, name, kind, colour)
         SELECT $1, 'Dr ' || n, 'dentist', '#123456' FROM generate_series(1, $2) n RETURNING id",
    )
    .bind(id)
    .bind(providers)
    .fetch_all(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
         SELECT $1, p, d, '09:00', '17:00', current_date - 1
         FROM unnest($2::bigint[]) p CROSS JOIN generate_series(1, 7) d",
    )
    .bind(id)
    .bind(&provider_ids)
    .execute(pool)
    .await
    .unwrap();
    let type_id: i64 = sqlx::query_scalar(
        "INSERT INTO appointment_type (clinic_id, name, duration_minutes, buffer_before_minutes,
             buffer_after_minutes, colour, needs_chair, online_bookable)
         VALUES ($1, 'Check-up', 30, 5, 10, '#abcdef', false, true) RETURNING id",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO appointment_type_provider (clinic_id, appointment_type_id, provider_id)
         SELECT $1, $2, unnest($3::bigint[])",
    )
    .bind(id)
    .bind(type_id)
    .bind(&provider_ids)
    .execute(pool)
    .await
    .unwrap();
    let day = Utc::now().date_naive() + Days::new(7);
    Clinic { id, type_id, providers: provider_ids, day }
}

pub fn key() -> String {
    new_token().0
}

/// Holds `time` (`10:00`) on the clinic's day with `provider`, solving the key's proof first.
pub async fn hold(
    app: &TestApp,
    clinic: &Clinic,
    key: &str,
    provider: i64,
    time: &str,
) -> (u16, Value) {
    let proof = proof_for(key).await;
    hold_proved(app, clinic, (key, &proof), provider, time).await
}

/// The proof-of-work for `key`, solved on a blocking thread: a test's server runs on the test's
/// own runtime thread, and a solve takes tens of milliseconds in a debug build, so solving there
/// would hold up every request the server has meanwhile.
pub async fn proof_for(key: &str) -> String {
    let key = key.to_string();
    tokio::task::spawn_blocking(move || solve(&key)).await.expect("the proof is solved")
}

/// Holds `time` with a key whose proof is already solved (`(key, proof)`), as a browser sends it.
pub async fn hold_proved(
    app: &TestApp,
    clinic: &Clinic,
    (key, proof): (&str, &str),
    provider: i64,
    time: &str,
) -> (u16, Value) {
    let client = app.new_client();
    let starts_at = format!("{}T{time}", clinic.day);
    let (type_id, provider) = (clinic.type_id.to_string(), provider.to_string());
    let form = [
        ("clinic", "test-clinic"),
        ("key", key),
        ("appointment_type_id", type_id.as_str()),
        ("provider_id", provider.as_str()),
        ("starts_at", starts_at.as_str()),
        ("proof", proof),
    ];
    app.call_json(&client, "book/hold", &form).await
}
