//! Webhooks against a receiver on loopback: an event written with the change that causes it,
//! delivered signed (the receiver checks the signature with the secret it was shown once),
//! retried after failing twice, logged per attempt; a test event; a disabled endpoint gets
//! nothing; and only an admin of the clinic manages endpoints.

use std::sync::{Arc, Mutex};

use axum::http::{HeaderMap, StatusCode};
use chairside::domain::Role;
use chairside::webhooks::delivery::WebhookWorker;
use chairside::webhooks::signing::signature;
use chrono::{Duration, Utc};
use serde_json::Value;
use sqlx::PgPool;

use crate::confirmations::book_at;
use crate::helpers::{TestApp, spawn_app};
use crate::online_fixture::online_clinic;

/// What the receiver was sent: the signature header, the event header and the body.
type Received = Arc<Mutex<Vec<(String, String, String)>>>;

/// A receiver on loopback answering each request with the next of `answers` (then 200).
async fn receiver(answers: Vec<u16>) -> (String, Received) {
    let received: Received = Arc::default();
    let answers = Arc::new(Mutex::new(answers));
    let (seen, left) = (received.clone(), answers.clone());
    let app = axum::Router::new().route(
        "/hooks",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let (seen, left) = (seen.clone(), left.clone());
            async move {
                let header = |name: &str| {
                    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
                };
                seen.lock().unwrap().push((
                    header("chairside-signature"),
                    header("chairside-event"),
                    body,
                ));
                let mut left = left.lock().unwrap();
                let code = if left.is_empty() { 200 } else { left.remove(0) };
                StatusCode::from_u16(code).unwrap()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (address, received)
}

fn worker(pool: &PgPool) -> WebhookWorker {
    WebhookWorker {
        pool: pool.clone(),
        app_secret: chairside::server::config::DEVELOPMENT_SECRET.to_string(),
        allow_private: true,
    }
}

async fn create(
    app: &TestApp,
    admin: &reqwest::Client,
    url: &str,
    events: &[&str],
) -> (u16, Value) {
    let mut form = vec![("clinic", "test-clinic"), ("form[webhook_url]", url)];
    form.extend(events.iter().map(|e| ("form[webhook_events][]", *e)));
    app.call_json(admin, "webhooks/create", &form).await
}

/// Whether `header` (`t=…,v1=…`) signs `body` under `secret`.
fn signed(header: &str, secret: &str, body: &str) -> bool {
    let t: i64 = header
        .split(',')
        .find_map(|part| part.strip_prefix("t="))
        .and_then(|t| t.parse().ok())
        .unwrap_or_default();
    signature(secret, t, body) == header
}

#[sqlx::test]
async fn a_booking_is_delivered_signed_and_retried_after_failing_twice(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (url, received) = receiver(vec![500, 503]).await;
    let (status, made) = create(&app, &admin, &url, &["appointment.booked"]).await;
    assert_eq!(status, 200, "{made}");
    let secret = made["secret"].as_str().unwrap().to_string();

    let patient: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         VALUES ($1, 900, 'Web', 'Hook', '1970-01-01') RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let at = format!("{}T10:00", clinic.day);
    let appointment = book_at(&app, &desk, patient, clinic.providers[0], clinic.type_id, at).await;
    // Written with the booking: one event (the endpoint did not ask for patient events).
    let events: Vec<String> =
        sqlx::query_scalar("SELECT event FROM webhook_event").fetch_all(&pool).await.unwrap();
    assert_eq!(events, ["appointment.booked"]);

    let now = Utc::now();
    let worker = worker(&pool);
    assert_eq!(worker.run_once(now).await.unwrap(), 1);
    // Not before its wait is over; then again, and again.
    assert_eq!(worker.run_once(now).await.unwrap(), 0);
    assert_eq!(worker.run_once(now + Duration::minutes(1)).await.unwrap(), 1);
    assert_eq!(worker.run_once(now + Duration::minutes(10)).await.unwrap(), 1);
    assert_eq!(worker.run_once(now + Duration::hours(1)).await.unwrap(), 0);
    let (state, attempts): (String, i32) =
        sqlx::query_as("SELECT status, attempts FROM webhook_event")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((state.as_str(), attempts), ("delivered", 3));
    let log: Vec<Option<i32>> =
        sqlx::query_scalar("SELECT status_code FROM webhook_delivery ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(log, [Some(500), Some(503), Some(200)]);

    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 3);
    let (header, event, body) = &received[2];
    assert_eq!(event, "appointment.booked");
    assert!(signed(header, &secret, body), "{header}");
    assert!(!signed(header, "whsec_another", body));
    let body: Value = serde_json::from_str(body).unwrap();
    assert_eq!(body["type"], "appointment.booked");
    assert_eq!(body["data"]["appointment_id"], appointment);
    assert_eq!(body["data"]["status"], "scheduled");
    assert!(body["data"].get("first_name").is_none(), "no patient details: {body}");

    // The admin's list shows the log.
    let (_, listed) = app.call_json(&admin, "webhooks/list", &[("clinic", "test-clinic")]).await;
    assert_eq!(listed["endpoints"][0]["deliveries"].as_array().unwrap().len(), 3, "{listed}");
}

#[sqlx::test]
async fn a_test_event_is_sent_and_a_disabled_endpoint_gets_nothing_more(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (url, received) = receiver(vec![]).await;
    let (_, made) = create(&app, &admin, &url, &["patient.created"]).await;
    let id = made["id"].as_i64().unwrap().to_string();
    assert_eq!(app.call_json(&admin, "webhooks/test", &[("endpoint_id", &id)]).await.0, 200);
    assert_eq!(worker(&pool).run_once(Utc::now()).await.unwrap(), 1);
    assert_eq!(received.lock().unwrap()[0].1, "ping");

    assert_eq!(app.call_json(&admin, "webhooks/disable", &[("endpoint_id", &id)]).await.0, 200);
    sqlx::query(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         SELECT id, 901, 'New', 'Person', '1990-01-01' FROM clinic WHERE slug = 'test-clinic'",
    )
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(worker(&pool).run_once(Utc::now()).await.unwrap(), 0);
    let (status, refusal) = app.call_json(&admin, "webhooks/test", &[("endpoint_id", &id)]).await;
    assert_eq!(status, 409, "{refusal}");
    assert_eq!(received.lock().unwrap().len(), 1);
}

#[sqlx::test]
async fn endpoints_are_checked_and_only_for_admins(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (status, refusal) = create(&app, &admin, "ftp://example.com/x", &["nonsense"]).await;
    assert_eq!(status, 400);
    let text = refusal.to_string();
    assert!(
        text.contains("Use an https:// address.") && text.contains("Choose events from the list."),
        "{text}"
    );
    let (status, _) = create(&app, &desk, "https://example.com/x", &["patient.created"]).await;
    assert_eq!(status, 403);
}
