//! The audit log for admins (src/audit/viewer.rs): who saw or changed which record, filtered,
//! a page at a time, only of the admin's clinics, and itself audited.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::{book_one, clinic};
use crate::helpers::{TestApp, spawn_app};

async fn staff_id(pool: &PgPool, email: &str) -> String {
    let id: i64 = sqlx::query_scalar("SELECT id FROM staff WHERE email = $1::citext")
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap();
    id.to_string()
}

async fn log(app: &TestApp, admin: &reqwest::Client, filter: &[(&str, &str)]) -> Value {
    let (status, body) = app.call_json(admin, "audit/log", filter).await;
    assert_eq!(status, 200, "{body}");
    body
}

fn actions(page: &Value) -> Vec<String> {
    page["rows"].as_array().unwrap().iter().map(|r| r["action"].as_str().unwrap().into()).collect()
}

#[sqlx::test]
async fn an_admin_sees_who_looked_at_a_patient_and_reading_the_log_is_audited(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;
    // The receptionist opens the patient's record, then the calendar that shows them.
    let patient = patients[0].to_string();
    let (status, body) = app.call_json(&desk, "patients/get", &[("id", &patient)]).await;
    assert_eq!(status, 200, "{body}");
    let page = desk.get(app.url("/calendar?date=2030-01-07")).send().await.unwrap();
    assert_eq!(page.status(), 200);

    let desk_id = staff_id(&pool, "desk@test.example").await;
    let history = log(&app, &admin, &[("patient_id", &patient)]).await;
    let seen = actions(&history);
    assert!(seen.contains(&"calendar.viewed".to_string()), "a list naming them: {seen:?}");
    assert!(seen.contains(&"appointment.booked".to_string()), "{seen:?}");
    assert!(seen.iter().any(|a| a.starts_with("patient.")), "their record: {seen:?}");
    for row in history["rows"].as_array().unwrap() {
        let about_them = row["patient_id"] == patients[0]
            || row["details"]["patients"]
                .as_array()
                .is_some_and(|p| p.contains(&patients[0].into()));
        assert!(about_them, "only entries about the patient: {row}");
        assert_eq!(row["actor_role"], "receptionist", "{row}");
        assert_eq!(row["clinic"], "Test Clinic", "{row}");
    }
    // Not the other patient's.
    let other = log(&app, &admin, &[("patient_id", &patients[1].to_string())]).await;
    assert!(!actions(&other).contains(&"calendar.viewed".to_string()), "{other}");

    // By staff member and by a family of actions.
    let calendars = log(&app, &admin, &[("staff_id", &desk_id), ("action", "calendar.")]).await;
    assert_eq!(actions(&calendars), ["calendar.viewed"]);
    // Dates: today (UTC) has them, yesterday has none.
    let today = chrono::Utc::now().date_naive();
    let yesterday = (today - chrono::Days::new(1)).to_string();
    let none = log(&app, &admin, &[("from", &yesterday), ("to", &yesterday)]).await;
    assert_eq!(none["rows"], serde_json::json!([]));

    // Reading the log is itself in the log, with what was asked and shown.
    let readings = log(&app, &admin, &[("action", "audit_log.viewed")]).await;
    let first = readings["rows"].as_array().unwrap().last().unwrap();
    assert_eq!(first["details"]["filter"]["patient_id"], patients[0]);
    assert_eq!(first["actor_role"], "admin");
}

#[sqlx::test]
async fn the_log_is_for_admins_and_shows_only_their_clinics(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let elsewhere = app.signed_in("admin@other.example", Role::Admin, "other-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;

    let (status, _) = app.call_json(&desk, "audit/log", &[]).await;
    assert_eq!(status, 403, "a receptionist may not read the log");
    let theirs = log(&app, &elsewhere, &[("action", "appointment.")]).await;
    assert_eq!(theirs["rows"], serde_json::json!([]), "another clinic's admin sees none of it");
    let ours = log(&app, &admin, &[("action", "appointment.")]).await;
    assert_eq!(actions(&ours), ["appointment.booked"]);
    // Sign-ins carry no clinic: an admin sees their own clinics' staff's only.
    let sign_ins = log(&app, &elsewhere, &[("action", "auth.")]).await;
    for row in sign_ins["rows"].as_array().unwrap() {
        assert_ne!(row["actor_role"], "receptionist", "not the other clinic's staff: {row}");
    }

    let (status, body) = app.call_json(&admin, "audit/log", &[("action", "DROP TABLE")]).await;
    assert_eq!(status, 400, "{body}");
    assert!(body["Validation"]["fields"]["action"].is_string(), "{body}");
    let (status, body) =
        app.call_json(&admin, "audit/log", &[("from", "2026-12-02"), ("to", "2026-12-01")]).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Validation"]["fields"]["to"], "The last day is before the first.");
}

#[sqlx::test]
async fn the_log_comes_a_page_at_a_time_newest_first(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    clinic(&pool, 1, 1, false).await;
    for _ in 0..60 {
        let page = desk.get(app.url("/calendar?date=2030-01-07")).send().await.unwrap();
        assert_eq!(page.status(), 200);
    }
    let first = log(&app, &admin, &[("action", "calendar.viewed")]).await;
    let rows = first["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 50);
    let ids: Vec<i64> = rows.iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first");
    let next = first["next"].as_i64().expect("a next page");
    let second =
        log(&app, &admin, &[("action", "calendar.viewed"), ("before", &next.to_string())]).await;
    let rest = second["rows"].as_array().unwrap();
    assert_eq!(rest.len(), 10);
    assert!(rest.iter().all(|r| r["id"].as_i64().unwrap() < next));
    assert_eq!(second["next"], Value::Null);
}

#[sqlx::test]
async fn the_audit_page_lists_the_entries_for_an_admin_and_nothing_for_a_receptionist(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;

    let page = admin.get(app.url("/admin/audit?action=appointment.")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("<code>appointment.booked"), "{html}");
    assert!(html.contains("Test Person (Receptionist)"), "who did it: {html}");
    assert!(html.contains("value=\"appointment.\""), "the filter as asked: {html}");

    let refused = desk.get(app.url("/admin/audit")).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    assert!(!refused.text().await.unwrap().contains("appointment.booked"));
}
