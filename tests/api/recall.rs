//! Recall: a completed visit of a type with a recall rule sets the patient's due date, staff set
//! or postpone one by hand with a reason, and the front desk's list shows who is due (without
//! those already booked) and records each contact.

use chairside::domain::Role;
use chrono::{Days, Months, NaiveDate, Utc};
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::clinic;
use crate::confirmations::{book_at, london_today};
use crate::helpers::{TestApp, spawn_app};

async fn list(app: &TestApp, desk: &reqwest::Client, query: &[(&str, &str)]) -> Value {
    let mut form = vec![("clinic", "test-clinic")];
    form.extend_from_slice(query);
    let (status, list) = app.call_json(desk, "recall/list", &form).await;
    assert_eq!(status, 200, "{list}");
    list
}

/// (patient, kind, due, booked) of each row.
fn rows(list: &Value) -> Vec<(String, String, String, bool)> {
    list["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["patient"].as_str().unwrap().to_string(),
                r["kind"].as_str().unwrap().to_string(),
                r["due"].as_str().unwrap().to_string(),
                !r["booked"].is_null(),
            )
        })
        .collect()
}

fn shown(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

#[sqlx::test]
async fn a_completed_visit_sets_the_due_date_and_the_list_shows_who_is_due(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 3, false).await;
    sqlx::query(
        "UPDATE appointment_type SET recall_kind = 'Hygiene', recall_months = 6 WHERE id = $1",
    )
    .bind(kind)
    .execute(&pool)
    .await
    .unwrap();
    let today = london_today();

    // Patient 1's cleaning, six months ago less ten days, completed: due again in ten days.
    let visit_day = today.checked_sub_months(Months::new(6)).unwrap() + Days::new(10);
    let visit =
        book_at(&app, &desk, patients[0], providers[0], kind, format!("{visit_day}T10:00")).await;
    let id = visit.to_string();
    for (version, status) in [("1", "arrived"), ("2", "in_chair"), ("3", "completed")] {
        let form = [("id", id.as_str()), ("version", version), ("status", status)];
        let (code, body) = app.call_json(&desk, "appointments/set-status", &form).await;
        assert_eq!(code, 200, "{status}: {body}");
    }
    let due_again = visit_day.checked_add_months(Months::new(6)).unwrap();
    let recall: (String, NaiveDate, Option<NaiveDate>) = sqlx::query_as(
        "SELECT kind, due_on, last_visit_on FROM patient_recall WHERE patient_id = $1",
    )
    .bind(patients[0])
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(recall, ("Hygiene".to_string(), due_again, Some(visit_day)));
    let audited: String = sqlx::query_scalar(
        "SELECT details->'recall'->>'due_on' FROM audit_log
         WHERE action = 'appointment.status_changed' AND details->'after'->>'status' = 'completed'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited, due_again.to_string());

    // Patient 2: set by hand, five days overdue; a reason is required, and what was typed
    // comes back with the refusal.
    let overdue = today - Days::new(5);
    let patient = patients[1].to_string();
    let set_due = |due: String, reason: &'static str| {
        let patient = patient.clone();
        let desk = &desk;
        let app = &app;
        async move {
            let form = [
                ("patient_id", patient.as_str()),
                ("form[recall_kind]", "Hygiene"),
                ("form[recall_due_on]", due.as_str()),
                ("form[recall_reason]", reason),
            ];
            app.call_json(desk, "recall/set-due", &form).await
        }
    };
    let (status, body) = set_due(overdue.to_string(), "").await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        body["Validation"]["fields"]["recall_reason"], "Enter why the date is set by hand.",
        "{body}"
    );
    assert_eq!(body["Validation"]["input"]["recall_kind"], "Hygiene", "{body}");
    let (status, body) = set_due(overdue.to_string(), "Came for a cleaning elsewhere").await;
    assert_eq!(status, 200, "{body}");

    // Patient 3: due in twenty days but already booked for a cleaning in fifteen.
    let third = patients[2].to_string();
    let due = (today + Days::new(20)).to_string();
    let form = [
        ("patient_id", third.as_str()),
        ("form[recall_kind]", "hygiene"),
        ("form[recall_due_on]", due.as_str()),
        ("form[recall_reason]", "Asked"),
    ];
    assert_eq!(app.call_json(&desk, "recall/set-due", &form).await.0, 200);
    book_at(
        &app,
        &desk,
        patients[2],
        providers[0],
        kind,
        format!("{}T09:00", today + Days::new(15)),
    )
    .await;

    let pat = |n: usize| format!("Pat Number {n}");
    let hygiene = || "Hygiene".to_string();
    let shown_list = list(&app, &desk, &[]).await;
    assert_eq!(
        rows(&shown_list),
        [(pat(2), hygiene(), shown(overdue), false), (pat(1), hygiene(), shown(due_again), false)],
        "the overdue first; the booked one left out"
    );
    assert_eq!(shown_list["rows"][0]["overdue"], true);
    assert_eq!(shown_list["rows"][0]["reason"], "Came for a cleaning elsewhere");
    assert_eq!(shown_list["rows"][1]["last_visit"], shown(visit_day));
    assert_eq!(rows(&list(&app, &desk, &[("window", "overdue")]).await).len(), 1);
    let with_booked = rows(&list(&app, &desk, &[("booked", "show"), ("sort", "name")]).await);
    assert_eq!(
        with_booked.iter().map(|r| (r.0.clone(), r.3)).collect::<Vec<_>>(),
        [(pat(1), false), (pat(2), false), (pat(3), true)]
    );
    assert!(rows(&list(&app, &desk, &[("kind", "Exam")]).await).is_empty());
    let (status, body) =
        app.call_json(&desk, "recall/list", &[("clinic", "test-clinic"), ("window", "7")]).await;
    assert_eq!(
        (status, &body["Validation"]["fields"]["window"]),
        (400, &Value::from("Choose a window from the list."))
    );

    // A call is recorded against the overdue patient's recall; one without an outcome is
    // refused, with the note as typed.
    let recall_id = shown_list["rows"][0]["recall_id"].as_i64().unwrap().to_string();
    let contact = |outcome: &'static str, note: &'static str| {
        let recall_id = recall_id.clone();
        let (app, desk) = (&app, &desk);
        async move {
            let form = [("recall_id", recall_id.as_str()), ("outcome", outcome), ("note", note)];
            app.call_json(desk, "recall/contact", &form).await
        }
    };
    let (status, body) = contact("", "Rang twice").await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Validation"]["input"]["note"], "Rang twice", "{body}");
    let (status, body) = contact("left_message", "Call back after 5").await;
    assert_eq!(status, 200, "{body}");
    let last =
        list(&app, &desk, &[]).await["rows"][0]["last_contact"].as_str().unwrap().to_string();
    assert!(
        last.starts_with("Left a message · ") && last.ends_with(" · Call back after 5"),
        "{last}"
    );

    // The patient page lists the due date.
    let (status, record) =
        app.call_json(&desk, "patients/get", &[("id", patients[0].to_string().as_str())]).await;
    assert_eq!(status, 200, "{record}");
    assert_eq!(record["recalls"][0]["kind"], "Hygiene");
    assert_eq!(record["recalls"][0]["due_on"], due_again.to_string());

    // Every look and change is audited; the list is the front desk's.
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT action FROM audit_log WHERE action LIKE 'recall.%' ORDER BY action",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(actions, ["recall.contacted", "recall.due_set", "recall.viewed"]);
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    assert_eq!(app.call_json(&dentist, "recall/list", &[("clinic", "test-clinic")]).await.0, 403);
}

#[sqlx::test]
async fn an_older_visit_completed_late_does_not_move_the_due_date_back(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    sqlx::query(
        "UPDATE appointment_type SET recall_kind = 'Exam', recall_months = 12 WHERE id = $1",
    )
    .bind(kind)
    .execute(&pool)
    .await
    .unwrap();
    let newer =
        book_at(&app, &desk, patients[0], providers[0], kind, "2030-03-01T10:00".into()).await;
    let older =
        book_at(&app, &desk, patients[0], providers[0], kind, "2029-09-01T10:00".into()).await;
    for id in [newer, older] {
        let id = id.to_string();
        for (version, status) in [("1", "arrived"), ("2", "in_chair"), ("3", "completed")] {
            let form = [("id", id.as_str()), ("version", version), ("status", status)];
            assert_eq!(app.call_json(&desk, "appointments/set-status", &form).await.0, 200);
        }
    }
    let due: NaiveDate =
        sqlx::query_scalar("SELECT due_on FROM patient_recall WHERE patient_id = $1")
            .bind(patients[0])
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(due, NaiveDate::from_ymd_opt(2031, 3, 1).unwrap());
}

#[sqlx::test]
async fn recall_emails_go_once_per_due_date_and_stage_to_consenting_patients_not_yet_booked(
    pool: PgPool,
) {
    use chairside::recall::emails::enqueue_due;
    use chrono::Duration;

    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 4, false).await;
    sqlx::query(
        "UPDATE appointment_type SET recall_kind = 'Hygiene', recall_months = 6,
                online_bookable = true WHERE id = $1",
    )
    .bind(kind)
    .execute(&pool)
    .await
    .unwrap();
    // 1 agreed to emails; 2 did not; 3 agreed but is booked already; 4 has no address.
    sqlx::query(
        "UPDATE patient SET email = CASE WHEN number <> 4 THEN 'p' || number || '@example.com' END,
                email_reminders = (number <> 2)
         WHERE id = ANY($1)",
    )
    .bind(&patients)
    .execute(&pool)
    .await
    .unwrap();
    let today = london_today();
    let due = today + Days::new(10);
    sqlx::query(
        "INSERT INTO patient_recall (clinic_id, patient_id, kind, due_on)
         SELECT clinic_id, id, 'Hygiene', $2 FROM patient WHERE id = ANY($1)",
    )
    .bind(&patients)
    .bind(due)
    .execute(&pool)
    .await
    .unwrap();
    // Booked for well after every moment this test asks about.
    book_at(
        &app,
        &desk,
        patients[2],
        providers[0],
        kind,
        format!("{}T09:00", today + Days::new(400)),
    )
    .await;

    let site = "https://clinic.example".parse().unwrap();
    let now = Utc::now();
    // Due in ten days, emailed fourteen before: at once, to the first patient only, and once.
    assert_eq!(enqueue_due(&pool, &site, now).await.unwrap(), 1);
    assert_eq!(enqueue_due(&pool, &site, now).await.unwrap(), 0);
    let (to, subject, text, stage): (String, String, String, String) = sqlx::query_as(
        "SELECT to_address, subject, text_body, recall_stage FROM email_outbox WHERE kind = 'recall'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((to.as_str(), stage.as_str()), ("p1@example.com", "first"));
    assert!(subject.starts_with("Time to book your Hygiene visit at "), "{subject}");
    assert!(text.contains(&format!("due on {}", due.format("%A %-d %B %Y"))), "{text}");
    assert!(
        text.contains(&format!("https://clinic.example/book/test-clinic?type={kind}")),
        "{text}"
    );
    // The recall list shows it as the app's contact.
    let shown = list(&app, &desk, &[]).await;
    let first =
        shown["rows"].as_array().unwrap().iter().find(|r| r["patient"] == "Pat Number 1").unwrap();
    assert!(first["last_contact"].as_str().unwrap().starts_with("Emailed · "), "{first}");
    assert!(first["last_contact"].as_str().unwrap().ends_with(" · Recall email"), "{first}");

    // Still not booked fourteen days later: once more, and only once.
    assert_eq!(enqueue_due(&pool, &site, now + Duration::days(13)).await.unwrap(), 0);
    assert_eq!(enqueue_due(&pool, &site, now + Duration::days(15)).await.unwrap(), 1);
    assert_eq!(enqueue_due(&pool, &site, now + Duration::days(16)).await.unwrap(), 0);
    let stages: Vec<String> = sqlx::query_scalar(
        "SELECT recall_stage FROM email_outbox WHERE kind = 'recall' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(stages, ["first", "second"]);

    // A new due date is a new first email; a clinic that turned them off sends none.
    sqlx::query("UPDATE patient_recall SET due_on = due_on + 180 WHERE patient_id = $1")
        .bind(patients[0])
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(enqueue_due(&pool, &site, now + Duration::days(180)).await.unwrap(), 1);
    sqlx::query("UPDATE patient_recall SET due_on = due_on + 180 WHERE patient_id = $1")
        .bind(patients[0])
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE clinic SET recall_email_days_before = NULL WHERE slug = 'test-clinic'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(enqueue_due(&pool, &site, now + Duration::days(360)).await.unwrap(), 0);
}
