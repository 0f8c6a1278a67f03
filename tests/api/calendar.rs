//! The calendar and My day: appointments placed on their day's time axis in the right column,
//! with working hours, time off and the patient's alerts; cancelled ones listed apart; clinic
//! isolation; a provider's own day; and booking from a plain HTML form.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::{book_one, booking, clinic, pairs};
use crate::helpers::spawn_app;

async fn clinic_id(pool: &PgPool) -> i64 {
    sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Monday 09:00 to 17:00 from 2029 on, in `chair`.
async fn works_mondays(pool: &PgPool, provider: i64, chair: Option<i64>) {
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, chair_id, valid_from)
         SELECT clinic_id, id, 1, '09:00', '17:00', $2, '2029-01-01' FROM provider WHERE id = $1",
    )
    .bind(provider)
    .bind(chair)
    .execute(pool)
    .await
    .unwrap();
}

async fn add_alert(pool: &PgPool, patient: i64, kind: &str, label: &str) {
    sqlx::query(
        "INSERT INTO medical_item (clinic_id, patient_id, kind, label, severity)
         SELECT clinic_id, id, $2, $3, CASE WHEN $2 = 'allergy' THEN 'severe' END
         FROM patient WHERE id = $1",
    )
    .bind(patient)
    .bind(kind)
    .bind(label)
    .execute(pool)
    .await
    .unwrap();
}

fn column<'a>(view: &'a Value, title: &str) -> &'a Value {
    view["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["title"] == title)
        .unwrap_or_else(|| panic!("no column {title} in {view}"))
}

#[sqlx::test]
async fn the_day_by_provider_places_each_appointment_in_its_column_with_the_alerts(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 2, 2, false).await;
    works_mondays(&pool, providers[0], None).await;
    add_alert(&pool, patients[0], "allergy", "Penicillin").await;
    add_alert(&pool, patients[0], "alert", "Anxious patient").await;
    add_alert(&pool, patients[1], "condition", "Asthma").await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;
    let form = booking(patients[1], providers[1], None, kind, "2030-01-07T11:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);

    let (status, view) = app
        .call_json(
            &desk,
            "appointments/calendar",
            &[("clinic", "test-clinic"), ("date", "2030-01-07")],
        )
        .await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["layout"], "providers");
    let titles: Vec<&str> =
        view["columns"].as_array().unwrap().iter().map(|c| c["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Dr 1", "Dr 2"]);
    let first = column(&view, "Dr 1");
    // January in London is UTC: minutes since midnight. 10:00 for 30 minutes, with 5 of
    // preparation and 10 of clean-up.
    assert_eq!(
        first["working"],
        serde_json::json!([{ "from": 540, "to": 1020, "chair_id": null }])
    );
    let placed = &first["appointments"][0];
    assert_eq!(placed["visit"], serde_json::json!([600, 630]));
    assert_eq!(placed["blocked"], serde_json::json!([595, 640]));
    assert_eq!(placed["appointment"]["patient"], "Pat Number 1");
    assert_eq!(placed["appointment"]["time"], "10:00–10:30");
    assert_eq!(
        placed["appointment"]["warnings"],
        serde_json::json!(["Alert: Anxious patient", "Allergy: Penicillin (severe)"])
    );
    let second = column(&view, "Dr 2");
    assert_eq!(second["working"], serde_json::json!([]));
    assert_eq!(second["appointments"][0]["visit"], serde_json::json!([660, 690]));
    // A condition is not a warning.
    assert_eq!(second["appointments"][0]["appointment"]["warnings"], serde_json::json!([]));
    assert!(view["shown"][0].as_i64().unwrap() <= 540);
    assert!(view["shown"][1].as_i64().unwrap() >= 1020);

    // Showing names and alerts is a read of patient data: audited with the patients.
    let audited: Value = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'calendar.viewed' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut expected = patients.clone();
    expected.sort_unstable();
    assert_eq!(audited["patients"], serde_json::json!(expected));
}

#[sqlx::test]
async fn chairs_and_a_providers_week_have_their_own_columns(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, chair, kind) = clinic(&pool, 1, 2, true).await;
    let form = booking(patients[0], providers[0], Some(chair), kind, "2030-01-09T14:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);

    let (_, by_chair) = app
        .call_json(
            &desk,
            "appointments/calendar",
            &[("clinic", "test-clinic"), ("date", "2030-01-09"), ("layout", "chairs")],
        )
        .await;
    let surgery = column(&by_chair, "Surgery 1");
    assert_eq!(surgery["appointments"][0]["appointment"]["chair"], "Surgery 1");

    let provider = providers[0].to_string();
    let (_, week) = app
        .call_json(
            &desk,
            "appointments/calendar",
            &[
                ("clinic", "test-clinic"),
                ("date", "2030-01-09"),
                ("layout", "week"),
                ("provider_id", provider.as_str()),
            ],
        )
        .await;
    let days: Vec<&str> =
        week["columns"].as_array().unwrap().iter().map(|c| c["title"].as_str().unwrap()).collect();
    assert_eq!(
        days,
        [
            "Mon 7 Jan",
            "Tue 8 Jan",
            "Wed 9 Jan",
            "Thu 10 Jan",
            "Fri 11 Jan",
            "Sat 12 Jan",
            "Sun 13 Jan"
        ]
    );
    assert_eq!(week["columns"][2]["appointments"][0]["visit"], serde_json::json!([840, 870]));
    assert_eq!(week["columns"][0]["appointments"], serde_json::json!([]));
}

#[sqlx::test]
async fn cancelled_appointments_and_time_off_show_apart_from_the_booked_time(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let id = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let (status, _) = app
        .call_json(
            &desk,
            "appointments/set-status",
            &[("id", &id), ("version", "1"), ("status", "cancelled"), ("reason", "Unwell")],
        )
        .await;
    assert_eq!(status, 200);
    sqlx::query(
        "INSERT INTO time_off (clinic_id, provider_id, period, reason)
         VALUES ($1, $2, tstzrange('2030-01-07 13:00Z', '2030-01-07 15:00Z'), 'Course')",
    )
    .bind(clinic_id(&pool).await)
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    let (_, view) = app
        .call_json(
            &desk,
            "appointments/calendar",
            &[("clinic", "test-clinic"), ("date", "2030-01-07")],
        )
        .await;
    let dr = column(&view, "Dr 1");
    assert_eq!(dr["appointments"], serde_json::json!([]));
    assert_eq!(
        dr["away"],
        serde_json::json!([{ "from": 780, "to": 900, "reason": "Course", "held": false }])
    );
    assert_eq!(view["released"][0]["status"], "cancelled");
    assert_eq!(view["released"][0]["cancel_reason"], "Unwell");
}

#[sqlx::test]
async fn the_day_the_clocks_go_forward_is_drawn_in_real_minutes(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    // 31 March 2030: London goes from 01:00 GMT to 02:00 BST.
    let form = booking(patients[0], providers[0], None, kind, "2030-03-31T10:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);
    let (_, view) = app
        .call_json(
            &desk,
            "appointments/calendar",
            &[("clinic", "test-clinic"), ("date", "2030-03-31")],
        )
        .await;
    let dr = column(&view, "Dr 1");
    assert_eq!(dr["axis"]["length"], 23 * 60);
    // 10:00 BST is 09:00 UTC, nine real hours after midnight.
    assert_eq!(dr["appointments"][0]["visit"], serde_json::json!([540, 570]));
    assert_eq!(dr["appointments"][0]["appointment"]["time"], "10:00–10:30");
}

#[sqlx::test]
async fn another_clinics_calendar_does_not_exist_for_the_viewer(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    app.add_staff_in("other@test.example", Role::Admin, "other-clinic").await;
    let (status, _) =
        app.call_json(&desk, "appointments/calendar", &[("clinic", "other-clinic")]).await;
    assert_eq!(status, 404);
    let (status, _) =
        app.call_json(&desk, "appointments/calendar", &[("date", "31/31/2030")]).await;
    assert_eq!(status, 400);
}

#[sqlx::test]
async fn my_day_lists_the_linked_providers_patients_with_their_alerts(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 2, 3, false).await;
    add_alert(&pool, patients[1], "alert", "Bleeding disorder").await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;
    let later = booking(patients[1], providers[0], None, kind, "2030-01-07T11:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&later)).await.0, 200);
    let other = booking(patients[2], providers[1], None, kind, "2030-01-07T11:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&other)).await.0, 200);

    // Not linked yet: nothing to show, and no error.
    let (status, day) =
        app.call_json(&dentist, "appointments/my-day", &[("date", "2030-01-07")]).await;
    assert_eq!(status, 200, "{day}");
    assert_eq!(day["days"], serde_json::json!([]));

    sqlx::query(
        "UPDATE provider SET staff_id = (SELECT id FROM staff WHERE email = 'dentist@test.example')
         WHERE id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    let (_, day) = app.call_json(&dentist, "appointments/my-day", &[("date", "2030-01-07")]).await;
    let mine = &day["days"][0];
    assert_eq!(mine["provider"], "Dr 1");
    let names: Vec<&str> = mine["appointments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["patient"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Pat Number 1", "Pat Number 2"]);
    assert_eq!(
        mine["appointments"][1]["warnings"],
        serde_json::json!(["Alert: Bleeding disorder"])
    );
    // A day ahead: the first appointment is next.
    assert_eq!(mine["next"], mine["appointments"][0]["id"]);

    // The front desk has the calendar, not a day of their own.
    let (status, _) = app.call_json(&desk, "appointments/my-day", &[]).await;
    assert_eq!(status, 403);
}

#[sqlx::test]
async fn a_plain_form_booking_goes_to_the_calendar_with_the_appointment_open(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let (patient, provider, kind) =
        (patients[0].to_string(), providers[0].to_string(), kind.to_string());
    // What the dialog's form sends without JavaScript: an empty chair and notes.
    let response = desk
        .post(app.url("/api/appointments/book"))
        .header("accept", "text/html")
        .header("referer", app.url("/calendar?book=1"))
        .form(&[
            ("patient_id", patient.as_str()),
            ("appointment_type_id", kind.as_str()),
            ("provider_id", provider.as_str()),
            ("chair_id", ""),
            ("starts_at", "2030-01-07T10:00"),
            ("notes", ""),
            ("show_in", "providers"),
        ])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    let id: i64 = sqlx::query_scalar("SELECT id FROM appointment").fetch_one(&pool).await.unwrap();
    assert_eq!(
        response.headers()["location"],
        format!("/calendar?clinic=test-clinic&date=2030-01-07&appointment={id}").as_str()
    );
}
