//! Patients confirming from a reminder's link, and the front desk's confirmation list: the next
//! two working days' unconfirmed appointments, with each call recorded.

use chairside::domain::Role;
use chairside::email::reminders::enqueue_due;
use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::{TestApp, spawn_app};
use crate::online::{ANN, book, manage_token};
use crate::online_fixture::online_clinic;

async fn status_of(pool: &PgPool, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM appointment WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test]
async fn a_patient_confirms_from_the_reminder_once_and_a_second_time_changes_nothing(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let id = book(&app, &clinic, "10:00", ANN).await;
    let start: DateTime<Utc> =
        sqlx::query_scalar("SELECT lower(visit) FROM appointment WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    let site = "https://clinic.example".parse().unwrap();
    let queued = enqueue_due(&pool, &site, start - Duration::hours(48) + Duration::minutes(1));
    assert_eq!(queued.await.unwrap(), 1);

    // The reminder offers Confirm, Move and Cancel, each on the patient's own link.
    let stored: String = sqlx::query_scalar(
        "SELECT html_body FROM email_outbox WHERE appointment_id = $1 AND kind = 'reminder'",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    for (key, action) in [
        ("email-reminder-confirm", "confirm"),
        ("email-reminder-move", "reschedule"),
        ("email-reminder-cancel", "cancel"),
    ] {
        let label = chairside::i18n::text_in(chairside::i18n::Language::ENGLISH, key, None);
        let link = format!("book&#x2f;manage&#x2f;LINK-CREATED-WHEN-SENT?{action}=1\">{label}</a>");
        assert!(stored.contains(&link), "{link} in {stored}");
    }
    let token = manage_token(&pool, id, "reminder").await;
    let client = app.new_client();
    let form = [("token", token.as_str())];
    let (status, view) = app.call_json(&client, "book/manage", &form).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(
        (&view["status"], &view["confirmable"]),
        (&Value::from("scheduled"), &Value::from(true))
    );

    // Twice (a second click, or the link of the next reminder): confirmed once.
    for _ in 0..2 {
        let (status, body) = app.call_json(&client, "book/manage/confirm", &form).await;
        assert!(status < 400, "{status} {body}");
    }
    assert_eq!(status_of(&pool, id).await, "confirmed");
    let (_, view) = app.call_json(&client, "book/manage", &form).await;
    assert_eq!(
        (&view["status"], &view["confirmable"]),
        (&Value::from("confirmed"), &Value::from(false))
    );
    let changes: Vec<(String, Option<i64>)> = sqlx::query_as(
        "SELECT from_status, changed_by FROM appointment_status_change
         WHERE appointment_id = $1 AND to_status = 'confirmed'",
    )
    .bind(id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(changes, [("scheduled".to_string(), None)], "one change, by no staff member");
    let audited: Vec<(Option<i64>, bool)> = sqlx::query_as(
        "SELECT actor_staff_id, details->'after'->>'status' = 'confirmed' FROM audit_log
         WHERE action = 'online.confirmed' AND patient_id IS NOT NULL AND ip IS NOT NULL",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(audited, [(None, true)]);

    // The calendar shows it confirmed.
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let day = clinic.day.to_string();
    let (status, calendar) = app
        .call_json(
            &desk,
            "appointments/calendar",
            &[("clinic", "test-clinic"), ("date", day.as_str())],
        )
        .await;
    assert_eq!(status, 200, "{calendar}");
    let shown: Vec<&Value> = calendar["columns"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["appointments"].as_array().unwrap())
        .map(|p| &p["appointment"])
        .filter(|a| a["id"] == id)
        .collect();
    assert_eq!(shown.len(), 1, "{calendar}");
    assert_eq!(shown[0]["status"], "confirmed");
}

#[sqlx::test]
async fn a_cancelled_or_begun_appointment_cannot_be_confirmed_online(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let client = app.new_client();
    let cancelled = book(&app, &clinic, "10:00", ANN).await;
    let token = manage_token(&pool, cancelled, "booking_confirmation").await;
    let form = [("token", token.as_str())];
    assert!(app.call_json(&client, "book/manage/cancel", &form).await.0 < 400);
    let (status, body) = app.call_json(&client, "book/manage/confirm", &form).await;
    assert_eq!(status, 409, "{body}");
    assert!(body.to_string().contains("can no longer be confirmed online"), "{body}");
    assert_eq!(status_of(&pool, cancelled).await, "cancelled");

    let begun = book(&app, &clinic, "11:00", ANN).await;
    let token = manage_token(&pool, begun, "booking_confirmation").await;
    sqlx::query(
        "UPDATE appointment SET visit = tstzrange(now() - interval '10 minutes', now() + interval '20 minutes'),
                blocked = tstzrange(now() - interval '10 minutes', now() + interval '30 minutes')
         WHERE id = $1",
    )
    .bind(begun)
    .execute(&pool)
    .await
    .unwrap();
    let form = [("token", token.as_str())];
    assert_eq!(app.call_json(&client, "book/manage/confirm", &form).await.0, 409);
    assert_eq!(status_of(&pool, begun).await, "scheduled");
}

/// Today in London, where the test clinic is.
pub fn london_today() -> NaiveDate {
    Utc::now().with_timezone(&chrono_tz::Europe::London).date_naive()
}

pub async fn book_at(
    app: &TestApp,
    desk: &reqwest::Client,
    patient: i64,
    provider: i64,
    kind: i64,
    at: String,
) -> i64 {
    let form = booking(patient, provider, None, kind, &at);
    let (status, id) = app.call_json(desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 200, "{id}");
    id.as_i64().unwrap()
}

async fn record(
    app: &TestApp,
    desk: &reqwest::Client,
    id: i64,
    outcome: &str,
    note: &str,
) -> (u16, Value) {
    let id = id.to_string();
    let form = [("id", id.as_str()), ("version", "1"), ("outcome", outcome), ("note", note)];
    app.call_json(desk, "appointments/confirmations/record", &form).await
}

/// The patients listed on each day of the list, by the time shown.
fn listed(list: &Value) -> Vec<Vec<(String, String)>> {
    list["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|day| {
            day["appointments"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| {
                    (
                        a["time"].as_str().unwrap().to_string(),
                        a["patient"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

#[sqlx::test]
async fn the_front_desk_calls_the_next_two_working_days_unconfirmed_patients(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 4, false).await;
    // Open every day, but tomorrow is a holiday: the two working days are the two after it.
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
         SELECT p.clinic_id, p.id, d, '08:00', '18:00', current_date - 7
         FROM provider p, generate_series(1, 7) d WHERE p.id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    let today = london_today();
    let day = |n: u64| today + Days::new(n);
    sqlx::query(
        "INSERT INTO time_off (clinic_id, period, reason)
         SELECT id, tstzrange($1::date::timestamp AT TIME ZONE 'Europe/London',
                              ($1::date + 1)::timestamp AT TIME ZONE 'Europe/London'), 'Holiday'
         FROM clinic WHERE slug = 'test-clinic'",
    )
    .bind(day(1))
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "UPDATE patient SET mobile_phone = '+4477009000' || number,
                email = CASE WHEN number <> 2 THEN 'p' || number || '@example.com' END,
                email_reminders = true
         WHERE id = ANY($1)",
    )
    .bind(&patients)
    .execute(&pool)
    .await
    .unwrap();
    let provider = providers[0];
    let first =
        book_at(&app, &desk, patients[0], provider, kind, format!("{}T10:00", day(2))).await;
    let second =
        book_at(&app, &desk, patients[1], provider, kind, format!("{}T11:00", day(2))).await;
    let confirmed =
        book_at(&app, &desk, patients[2], provider, kind, format!("{}T09:00", day(3))).await;
    book_at(&app, &desk, patients[3], provider, kind, format!("{}T10:00", day(4))).await;
    let id = confirmed.to_string();
    let form = [("id", id.as_str()), ("version", "1"), ("status", "confirmed")];
    assert_eq!(app.call_json(&desk, "appointments/set-status", &form).await.0, 200);

    let list = || async {
        let (status, list) =
            app.call_json(&desk, "appointments/confirmations", &[("clinic", "test-clinic")]).await;
        assert_eq!(status, 200, "{list}");
        list
    };
    let shown = list().await;
    let labels: Vec<&str> =
        shown["days"].as_array().unwrap().iter().map(|d| d["label"].as_str().unwrap()).collect();
    let expected: Vec<String> =
        [day(2), day(3)].iter().map(|d| d.format("%A %-d %B").to_string()).collect();
    assert_eq!(labels, expected, "the holiday is skipped");
    let pat = |n: usize| format!("Pat Number {n}");
    assert_eq!(
        listed(&shown),
        [vec![("10:00".to_string(), pat(1)), ("11:00".to_string(), pat(2))], vec![]],
        "the confirmed one and the one after the two days are not listed"
    );
    let rows = shown["days"][0]["appointments"].as_array().unwrap();
    assert_eq!(rows[0]["phone"], "+44770090001");
    assert_eq!(
        (&rows[0]["emailable"], &rows[1]["emailable"]),
        (&Value::from(true), &Value::from(false))
    );
    assert!(rows.iter().all(|r| r["last_call"].is_null()));
    assert_eq!(shown["can_record"], true);

    // No answer from the second patient, then an email they cannot get.
    let (status, body) = record(&app, &desk, second, "no_answer", "Try after 5").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = record(&app, &desk, second, "emailed", "").await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("no email address"), "{body}");
    // A call without an outcome is refused beside it, with the note as typed.
    let (status, body) = record(&app, &desk, second, "", "Rang twice").await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Validation"]["fields"]["outcome"], "Choose what happened.", "{body}");
    assert_eq!(body["Validation"]["input"]["note"], "Rang twice", "{body}");

    // The first patient is emailed a reminder (once), then confirms on the phone.
    let (status, body) = record(&app, &desk, first, "emailed", "").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = record(&app, &desk, first, "emailed", "").await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("already emailed"), "{body}");
    let reminders: Vec<i32> = sqlx::query_scalar(
        "SELECT reminder_minutes FROM email_outbox WHERE appointment_id = $1 AND kind = 'reminder'",
    )
    .bind(first)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(reminders, [0], "one reminder, sent by hand");
    let (status, body) = record(&app, &desk, first, "confirmed", "Said yes").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(status_of(&pool, first).await, "confirmed");

    let shown = list().await;
    assert_eq!(listed(&shown), [vec![("11:00".to_string(), pat(2))], vec![]]);
    let last = shown["days"][0]["appointments"][0]["last_call"].as_str().unwrap().to_string();
    assert!(last.starts_with("No answer · ") && last.ends_with(" · Try after 5"), "{last}");

    // Every call is audited, and so is each look at the list.
    let calls: Vec<String> = sqlx::query_scalar(
        "SELECT details->>'outcome' FROM audit_log WHERE action = 'appointment.confirmation_call'
         ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(calls, ["no_answer", "emailed", "confirmed"]);
    let views: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'confirmations.viewed'
           AND details->'patients' @> to_jsonb($1::bigint)",
    )
    .bind(patients[1])
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(views, 2);

    // A dentist sees the list but records nothing.
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (status, shown) =
        app.call_json(&dentist, "appointments/confirmations", &[("clinic", "test-clinic")]).await;
    assert_eq!((status, &shown["can_record"]), (200, &Value::from(false)));
    assert_eq!(record(&app, &dentist, second, "no_answer", "").await.0, 403);
}
