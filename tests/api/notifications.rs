//! In-app notifications: a patient's online booking tells the clinic's front desk and admins
//! (not its clinicians, not another clinic), naming no patient and linking to the calendar;
//! each reaches its recipient's live stream at once; read one by one or all; another's cannot
//! be marked; a kind turned off is not sent again; an email given up on tells the admins; a
//! medical alert tells the clinician who sees the patient today.

use std::time::Duration;

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::{TestApp, spawn_app};
use crate::online::{ANN, book};
use crate::online_fixture::online_clinic;

async fn unread(app: &TestApp, client: &reqwest::Client) -> i64 {
    let (status, count) = app.call_json(client, "notifications/unread", &[]).await;
    assert_eq!(status, 200, "{count}");
    count.as_i64().unwrap()
}

async fn list(app: &TestApp, client: &reqwest::Client) -> Value {
    let (status, list) = app.call_json(client, "notifications/list", &[]).await;
    assert_eq!(status, 200, "{list}");
    list
}

#[sqlx::test]
async fn an_online_booking_tells_the_front_desk_at_once_and_each_reads_their_own(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let elsewhere = app.signed_in("desk@other.example", Role::Receptionist, "other-clinic").await;

    // The receptionist's page is open: its stream hears of it.
    let mut response =
        desk.get(app.url("/live")).header("accept", "text/event-stream").send().await.unwrap();
    assert_eq!(response.status(), 200);
    let id = book(&app, &clinic, "10:00", ANN).await;
    let mut heard = String::new();
    // With data: a browser drops an event without any.
    while !(heard.contains("event: notification") && heard.contains("data: new")) {
        let chunk = tokio::time::timeout(Duration::from_secs(10), response.chunk())
            .await
            .unwrap_or_else(|_| panic!("the notification within ten seconds; heard {heard:?}"))
            .unwrap()
            .expect("the stream goes on");
        heard.push_str(&String::from_utf8_lossy(&chunk));
    }

    assert_eq!((unread(&app, &desk).await, unread(&app, &admin).await), (1, 1));
    assert_eq!((unread(&app, &dentist).await, unread(&app, &elsewhere).await), (0, 0));
    let mine = list(&app, &desk).await;
    let item = &mine["items"][0];
    assert_eq!(item["kind"], "OnlineBooked");
    let message = item["message"].as_str().unwrap();
    assert!(message.starts_with("A patient booked online: Check-up, "), "{message}");
    assert!(!message.contains("Ann"), "no patient named: {message}");
    let day = clinic.day.format("%Y-%m-%d");
    assert_eq!(item["link"], format!("/calendar?clinic=test-clinic&date={day}&appointment={id}"));

    // The admin cannot mark the receptionist's as read: it stays unread.
    let desk_item = item["id"].as_i64().unwrap().to_string();
    let (status, _) =
        app.call_json(&admin, "notifications/mark-read", &[("id", desk_item.as_str())]).await;
    assert_eq!(status, 200);
    assert_eq!(unread(&app, &desk).await, 1);
    let (status, _) =
        app.call_json(&desk, "notifications/mark-read", &[("id", desk_item.as_str())]).await;
    assert_eq!(status, 200);
    assert_eq!(unread(&app, &desk).await, 0);
    assert_eq!(list(&app, &desk).await["items"][0]["read"], true);
    // All at once.
    app.call_json(&admin, "notifications/mark-read", &[]).await;
    assert_eq!(unread(&app, &admin).await, 0);

    // The receptionist turns online bookings off: the next one tells the admin only.
    let (status, body) =
        app.call_json(&desk, "notifications/choose", &[("wanted[]", "online_cancelled")]).await;
    assert_eq!(status, 200, "{body}");
    let choices = list(&app, &desk).await["choices"].clone();
    assert!(choices.as_array().unwrap().contains(&serde_json::json!(["OnlineBooked", false])));
    book(&app, &clinic, "11:00", ("Ben", "1979-05-02", "ben@example.com", "07700 900456")).await;
    assert_eq!((unread(&app, &desk).await, unread(&app, &admin).await), (0, 1));

    // Worded when read, in the reader's language (not the language of whoever caused it).
    let (status, _) = app.page(&desk, "/?lang=fr").await;
    assert_eq!(status, 200);
    let french = list(&app, &desk).await["items"][0]["message"].as_str().unwrap().to_string();
    assert!(french.starts_with("Un patient a réservé en ligne : Check-up, "), "{french}");
}

#[sqlx::test]
async fn an_email_given_up_on_tells_the_admins(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let email: i64 = sqlx::query_scalar(
        "INSERT INTO email_outbox (clinic_id, kind, to_address, subject, text_body, html_body, status)
         SELECT id, 'staff_invitation', 'someone@example.com', 'Hello', 'Hi', '<p>Hi</p>', 'sending'
         FROM clinic WHERE slug = 'test-clinic' RETURNING id",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE email_outbox SET status = 'failed' WHERE id = $1")
        .bind(email)
        .execute(&pool)
        .await
        .unwrap();
    let item = list(&app, &admin).await["items"][0].clone();
    assert_eq!(
        item["message"],
        "An email (Staff invitation) to someone@example.com could not be sent."
    );
    assert_eq!(item["link"], "/admin/outbox");
    // Not about an appointment: nothing for the front desk to do.
    assert_eq!(unread(&app, &desk).await, 0);
}

#[sqlx::test]
async fn a_medical_alert_tells_the_clinician_who_sees_the_patient_today(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let other_dentist = app.signed_in("other@test.example", Role::Dentist, "test-clinic").await;
    // The dentist's provider has the patient today (at 00:01 in the clinic's day: today's
    // schedule whatever the hour the test runs).
    let patient: i64 = sqlx::query_scalar(
        "WITH c AS (SELECT id, time_zone FROM clinic WHERE slug = 'test-clinic'),
              d AS (INSERT INTO provider (clinic_id, name, kind, colour, staff_id)
                    SELECT c.id, 'Dr Today', 'dentist', '#123456', s.id
                    FROM c, staff s WHERE s.email = 'dentist@test.example' RETURNING id, clinic_id),
              t AS (INSERT INTO appointment_type (clinic_id, name, duration_minutes, colour, needs_chair)
                    SELECT id, 'Check-up', 30, '#abcdef', false FROM c RETURNING id),
              p AS (INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
                    SELECT id, 4242, 'Alma', 'Alert', '1970-01-01' FROM c RETURNING id),
              s AS (SELECT (date_trunc('day', now() AT TIME ZONE c.time_zone) + interval '1 minute')
                           AT TIME ZONE c.time_zone AS at FROM c),
              a AS (INSERT INTO appointment (clinic_id, patient_id, provider_id, appointment_type_id, visit, blocked)
                    SELECT d.clinic_id, p.id, d.id, t.id,
                           tstzrange(s.at, s.at + interval '30 minutes'),
                           tstzrange(s.at, s.at + interval '30 minutes')
                    FROM d, t, p, s RETURNING patient_id)
         SELECT patient_id FROM a",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let (status, body) = app
        .call_json(
            &desk,
            "patients/medical/save",
            &[
                ("patient_id", patient.to_string().as_str()),
                ("form[kind]", "alert"),
                ("form[label]", "Anticoagulants"),
                ("form[severity]", ""),
                ("form[details]", ""),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let item = list(&app, &dentist).await["items"][0].clone();
    assert_eq!(item["kind"], "MedicalAlert");
    assert_eq!(item["link"], format!("/patients/{patient}"));
    assert!(
        item["message"]
            .as_str()
            .unwrap()
            .starts_with("A medical alert was added for your patient of ")
    );
    assert_eq!((unread(&app, &other_dentist).await, unread(&app, &desk).await), (0, 0));
}
