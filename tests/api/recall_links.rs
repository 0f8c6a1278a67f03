//! The link of a recall email books for its patient: the online booking opens with the type
//! chosen and the patient known, so they hold a time and confirm it, typing nothing. The link
//! books once; opened again (or in a second tab) it is a plain booking link.

use chairside::email::delivery::{Delivery, RetryPolicy, Sink};
use chrono::Utc;
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::{TestApp, spawn_app};
use crate::online::progress;
use crate::online_fixture::{Clinic, key, online_clinic, proof_for};
use crate::smtp::SmtpReceiver;

/// A patient due for a check-up in ten days who agreed to emails, in a clinic that sends recall
/// emails; answers the patient.
async fn due_patient(pool: &PgPool, clinic: &Clinic, first_name: &str, email: &str) -> i64 {
    sqlx::query(
        "UPDATE appointment_type SET recall_kind = 'Check-up', recall_months = 12 WHERE id = $1",
    )
    .bind(clinic.type_id)
    .execute(pool)
    .await
    .unwrap();
    let patient: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email,
                              email_reminders)
         VALUES ($1, (SELECT count(*) + 1 FROM patient), $2, 'Recalled', '1970-05-06', $3, true)
         RETURNING id",
    )
    .bind(clinic.id)
    .bind(first_name)
    .bind(email)
    .fetch_one(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO patient_recall (clinic_id, patient_id, kind, due_on)
         VALUES ($1, $2, 'Check-up', current_date + 10)",
    )
    .bind(clinic.id)
    .bind(patient)
    .execute(pool)
    .await
    .unwrap();
    patient
}

/// Queues the recall emails and delivers them over SMTP; answers the booking link's token in
/// the email to `to`, as it arrives (the outbox holds only the marker).
async fn emailed_invite(pool: &PgPool, to: &str) -> String {
    let site = "https://clinic.example".parse().unwrap();
    assert!(chairside::recall::emails::enqueue_due(pool, &site, Utc::now()).await.unwrap() >= 1);
    let stored: String =
        sqlx::query_scalar("SELECT text_body FROM email_outbox WHERE to_address = $1")
            .bind(to)
            .fetch_one(pool)
            .await
            .unwrap();
    assert!(stored.contains("&invite=LINK-CREATED-WHEN-SENT"), "{stored}");
    let receiver = SmtpReceiver::start().await;
    let worker = Delivery {
        pool: pool.clone(),
        sink: Sink::smtp(&receiver.url()).unwrap(),
        from: "Chairside <no-reply@clinic.example>".parse().unwrap(),
        policy: RetryPolicy::default(),
    };
    worker.run_once().await.unwrap();
    let message = receiver
        .received()
        .into_iter()
        // Quoted-printable: joined lines, and the link's `=` written as `=3D`.
        .map(|m| m.replace("=\r\n", "").replace("=3D", "="))
        .find(|m| m.contains(to))
        .expect("the email was delivered");
    let start = message.find("invite=").expect("a booking link") + "invite=".len();
    message[start..start + 43].to_string()
}

/// The booking step `/book/test-clinic?type=…&provider=…&date=…&invite=…` as the page loads it.
async fn step(app: &TestApp, clinic: &Clinic, invite: &str) -> Value {
    let (type_id, provider) = (clinic.type_id.to_string(), clinic.providers[0].to_string());
    let date = clinic.day.to_string();
    let form = [
        ("clinic", "test-clinic"),
        ("appointment_type", type_id.as_str()),
        ("provider", provider.as_str()),
        ("date", date.as_str()),
        ("invite", invite),
    ];
    let (status, step) = app.call_json(&app.new_client(), "book/step", &form).await;
    assert_eq!(status, 200, "{step}");
    step
}

/// Holds `time` on the clinic's day through the link `invite`; answers the booking's key and
/// the path the patient is sent on to.
async fn hold_with(app: &TestApp, clinic: &Clinic, invite: &str, time: &str) -> (String, String) {
    let key = key();
    let proof = proof_for(&key).await;
    let (type_id, provider) = (clinic.type_id.to_string(), clinic.providers[0].to_string());
    let starts_at = format!("{}T{time}", clinic.day);
    let form = [
        ("clinic", "test-clinic"),
        ("key", key.as_str()),
        ("appointment_type_id", type_id.as_str()),
        ("provider_id", provider.as_str()),
        ("starts_at", starts_at.as_str()),
        ("proof", proof.as_str()),
        ("invite", invite),
    ];
    let (status, path) = app.call_json(&app.new_client(), "book/hold", &form).await;
    assert_eq!(status, 200, "{path}");
    (key, path.as_str().unwrap().to_string())
}

async fn confirm(app: &TestApp, key: &str) {
    let form = [("clinic", "test-clinic"), ("key", key)];
    let (status, body) = app.call_json(&app.new_client(), "book/confirm", &form).await;
    assert!(status < 400, "{status} {body}");
}

/// (patient, status) of the appointment a booking key holds.
async fn booked(pool: &PgPool, key: &str) -> (Option<i64>, String) {
    sqlx::query_as(
        "SELECT a.patient_id, a.status FROM online_booking b
         JOIN appointment a ON a.id = b.appointment_id WHERE b.key_hash = sha256($1::bytea)",
    )
    .bind(key.as_bytes())
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn the_recall_link_books_with_one_confirmation_step_and_only_once(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let rosa = due_patient(&pool, &clinic, "Rosa", "rosa@example.com").await;
    let token = emailed_invite(&pool, "rosa@example.com").await;
    let stored: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM patient_booking_link
         WHERE token_hash = sha256($1::bytea) AND patient_id = $2",
    )
    .bind(token.as_bytes())
    .bind(rosa)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(stored, 1, "only the hash is stored, for the recall's patient");

    // The page greets her by first name and nothing more.
    let shown = step(&app, &clinic, &token).await;
    assert_eq!(shown["invite"], serde_json::json!({ "For": "Rosa" }), "{shown}");
    assert!(!shown.to_string().contains("Recalled"), "no more than the first name: {shown}");

    // The email opened twice: two times held through the one link, before either is confirmed.
    let (first, path) = hold_with(&app, &clinic, &token, "10:00").await;
    assert_eq!(path, format!("/book/test-clinic/review?booking={first}"), "no details step");
    let (second, _) = hold_with(&app, &clinic, &token, "11:00").await;
    let (status, held) = progress(&app, &first).await;
    assert_eq!(status, 200, "{held}");
    assert_eq!(held["for_patient"], "Rosa", "{held}");

    // One confirmation books it for her, and tells her by email at her record's address.
    confirm(&app, &first).await;
    assert_eq!(booked(&pool, &first).await, (Some(rosa), "scheduled".to_string()));
    let to: Vec<String> = sqlx::query_scalar(
        "SELECT to_address FROM email_outbox WHERE kind = 'booking_confirmation'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(to, ["rosa@example.com"]);
    let audited: (Option<i64>, Value) =
        sqlx::query_as("SELECT patient_id, details FROM audit_log WHERE action = 'online.booked'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(audited.0, Some(rosa));
    assert!(audited.1["booking_link"].is_i64(), "{}", audited.1);

    // The second tab's time is not booked for her: the link has booked; it asks for details.
    confirm(&app, &second).await;
    assert_eq!(booked(&pool, &second).await, (None, "held".to_string()));
    let (_, held) = progress(&app, &second).await;
    assert!(held["for_patient"].is_null(), "{held}");

    // Opened again, the link is a plain booking link: whoever holds a time types their details.
    let shown = step(&app, &clinic, &token).await;
    assert_eq!(shown["invite"], "Spent", "{shown}");
    let (third, path) = hold_with(&app, &clinic, &token, "12:00").await;
    assert_eq!(path, format!("/book/test-clinic/details?booking={third}"));
    confirm(&app, &third).await;
    assert_eq!(booked(&pool, &third).await, (None, "held".to_string()));
}

#[sqlx::test]
async fn a_recall_link_that_has_run_out_or_was_forged_books_for_nobody(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    due_patient(&pool, &clinic, "Tomas", "tomas@example.com").await;
    let token = emailed_invite(&pool, "tomas@example.com").await;
    // The last letter changed (to one it is not: a token may end in A).
    let last = if token.ends_with('A') { 'B' } else { 'A' };
    let forged = format!("{}{last}", &token[..42]);
    assert_eq!(step(&app, &clinic, &forged).await["invite"], "Spent");

    sqlx::query("UPDATE patient_booking_link SET expires_at = now() - interval '1 second'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(step(&app, &clinic, &token).await["invite"], "Spent");
    let (key, path) = hold_with(&app, &clinic, &token, "10:00").await;
    assert_eq!(path, format!("/book/test-clinic/details?booking={key}"));
    let linked: Option<i64> = sqlx::query_scalar(
        "SELECT booking_link_id FROM online_booking WHERE key_hash = sha256($1::bytea)",
    )
    .bind(key.as_bytes())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(linked, None);
}

#[sqlx::test]
async fn a_recall_link_books_only_in_its_own_clinic(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    due_patient(&pool, &clinic, "Ines", "ines@example.com").await;
    let token = emailed_invite(&pool, "ines@example.com").await;
    sqlx::query(
        "WITH c AS (INSERT INTO clinic (name, slug, time_zone, phone)
                    VALUES ('Other Clinic', 'other-clinic', 'Europe/London', '+44 20 7946 0001')
                    RETURNING id)
         INSERT INTO appointment_type (clinic_id, name, duration_minutes, colour, online_bookable)
         SELECT id, 'Check-up', 30, '#abcdef', true FROM c",
    )
    .execute(&pool)
    .await
    .unwrap();
    let form = [("clinic", "other-clinic"), ("invite", token.as_str())];
    let (status, shown) = app.call_json(&app.new_client(), "book/step", &form).await;
    assert_eq!(status, 200, "{shown}");
    assert_eq!(shown["invite"], "Spent", "{shown}");
    assert_eq!(step(&app, &clinic, &token).await["invite"], serde_json::json!({ "For": "Ines" }));
}
