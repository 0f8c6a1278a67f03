//! Clinical notes: a draft written from a clinic's template, saved with its version, signed by
//! the appointment's provider alone, final once signed (the database refuses a change too),
//! added to with addenda; read and written by clinicians only, and never across clinics; a
//! note left unsigned is listed on its provider's My day.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::confirmations::book_at;
use crate::helpers::{TestApp, spawn_app};
use crate::online_fixture::{Clinic, online_clinic};

/// A clinic with a booked appointment, and its provider's dentist signed in: (clinic, the
/// appointment, the provider's client).
async fn visit(app: &TestApp, pool: &PgPool) -> (Clinic, i64, reqwest::Client) {
    let clinic = online_clinic(pool, 2).await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    sqlx::query(
        "UPDATE provider SET staff_id = (SELECT id FROM staff WHERE email = 'dentist@test.example')
         WHERE id = $1",
    )
    .bind(clinic.providers[0])
    .execute(pool)
    .await
    .unwrap();
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         VALUES ($1, 950, 'Nora', 'Note', '1975-03-04') RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(pool)
    .await
    .unwrap();
    let at = format!("{}T10:00", clinic.day);
    let id = book_at(app, &desk, patient, clinic.providers[0], clinic.type_id, at).await;
    (clinic, id, dentist)
}

async fn save(
    app: &TestApp,
    who: &reqwest::Client,
    id: i64,
    version: i32,
    body: &str,
) -> (u16, Value) {
    let (id, version) = (id.to_string(), version.to_string());
    app.call_json(
        who,
        "notes/save",
        &[("appointment_id", id.as_str()), ("version", &version), ("body", body)],
    )
    .await
}

async fn sign(app: &TestApp, who: &reqwest::Client, id: i64, version: i32) -> (u16, Value) {
    let (id, version) = (id.to_string(), version.to_string());
    app.call_json(who, "notes/sign", &[("appointment_id", id.as_str()), ("version", &version)])
        .await
}

async fn get(app: &TestApp, who: &reqwest::Client, id: i64) -> (u16, Value) {
    app.call_json(who, "notes/get", &[("appointment_id", &id.to_string())]).await
}

#[sqlx::test]
async fn a_note_is_drafted_from_a_template_signed_by_its_provider_and_final_after(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let (_, id, dentist) = visit(&app, &pool).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (status, template) = app
        .call_json(
            &admin,
            "note-templates/save",
            &[
                ("clinic", "test-clinic"),
                ("form[template_name]", "Check-up"),
                ("form[template_body]", "Complaint:\nFindings:\nTreatment:"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{template}");
    let template = template.as_i64().unwrap().to_string();
    let (status, note) = app
        .call_json(
            &dentist,
            "notes/get",
            &[("appointment_id", &id.to_string()), ("template", &template)],
        )
        .await;
    assert_eq!(status, 200, "{note}");
    assert_eq!(note["state"], "missing");
    assert_eq!(note["from_template"], "Complaint:\nFindings:\nTreatment:");
    assert_eq!(note["can_sign"], true);

    assert_eq!(
        save(&app, &dentist, id, 0, "Complaint: pain 36\nFindings:").await,
        (200, Value::from(1))
    );
    assert_eq!(
        save(&app, &dentist, id, 1, "Complaint: pain 36\nFindings: caries").await,
        (200, Value::from(2))
    );
    // A save over a newer draft is refused with the text kept for the form.
    let (status, stale) = save(&app, &dentist, id, 1, "an older tab").await;
    assert_eq!(status, 400, "{stale}");
    assert_eq!(stale["Validation"]["input"]["body"], "an older tab", "{stale}");

    // Another clinician may write, but only the provider signs.
    let colleague = app.signed_in("hygienist@test.example", Role::Hygienist, "test-clinic").await;
    let (_, seen) = get(&app, &colleague, id).await;
    assert_eq!(seen["can_sign"], false);
    let (status, refusal) = sign(&app, &colleague, id, 2).await;
    assert_eq!(status, 409);
    assert!(refusal.to_string().contains("Only Dr 1 signs this note"), "{refusal}");
    let (status, refusal) = sign(&app, &dentist, id, 1).await;
    assert_eq!(status, 409, "an older version is not signed: {refusal}");
    assert_eq!(sign(&app, &dentist, id, 2).await.0, 200);

    // Final: refused by the app, and by the database whatever writes to it.
    let (status, refusal) = save(&app, &dentist, id, 2, "changed my mind").await;
    assert_eq!(status, 400);
    assert!(refusal.to_string().contains("signed"), "{refusal}");
    let direct =
        sqlx::query("UPDATE clinical_note SET body = 'tampered' WHERE appointment_id = $1")
            .bind(id)
            .execute(&pool)
            .await
            .unwrap_err();
    assert!(direct.to_string().contains("a signed clinical note cannot change"), "{direct}");
    let deleted = sqlx::query("DELETE FROM clinical_note WHERE appointment_id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap_err();
    assert!(deleted.to_string().contains("never deleted"), "{deleted}");

    // Addenda follow, with who and when.
    let (status, _) = app
        .call_json(
            &colleague,
            "notes/addendum",
            &[("appointment_id", &id.to_string()), ("addendum", "X-ray taken after.")],
        )
        .await;
    assert_eq!(status, 200);
    let (_, note) = get(&app, &dentist, id).await;
    assert_eq!(note["state"], "signed");
    assert_eq!(note["body"], "Complaint: pain 36\nFindings: caries");
    assert!(note["signed"].as_str().unwrap().ends_with("by Test Person"), "{note}");
    assert_eq!(note["addenda"][0]["body"], "X-ray taken after.");
    assert!(note["addenda"][0]["written"].as_str().unwrap().contains(" by "), "{note}");
    let direct = sqlx::query("UPDATE clinical_note_addendum SET body = 'x'")
        .execute(&pool)
        .await
        .unwrap_err();
    assert!(direct.to_string().contains("never changed"), "{direct}");

    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT action FROM audit_log WHERE action LIKE 'clinical_note.%' ORDER BY action",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            "clinical_note.addendum_added",
            "clinical_note.saved",
            "clinical_note.signed",
            "clinical_note.viewed"
        ]
    );

    // The patient's page lists it for clinicians, and not for the front desk.
    let patient: i64 = sqlx::query_scalar("SELECT patient_id FROM appointment WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    let (_, record) =
        app.call_json(&dentist, "patients/get", &[("id", &patient.to_string())]).await;
    assert_eq!(record["clinical_notes"][0]["state"], "signed", "{record}");
    assert_eq!(record["clinical_notes"][0]["addenda"], 1);
    let desk = app.signed_in("desk2@test.example", Role::Receptionist, "test-clinic").await;
    let (_, record) = app.call_json(&desk, "patients/get", &[("id", &patient.to_string())]).await;
    assert!(record["clinical_notes"].is_null(), "{record}");
}

#[sqlx::test]
async fn only_clinicians_of_the_clinic_reach_a_note(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let (_, id, _) = visit(&app, &pool).await;
    for (email, role) in
        [("desk2@test.example", Role::Receptionist), ("admin@test.example", Role::Admin)]
    {
        let client = app.signed_in(email, role, "test-clinic").await;
        assert_eq!(get(&app, &client, id).await.0, 403, "{role:?}");
        assert_eq!(save(&app, &client, id, 0, "x").await.0, 403, "{role:?}");
    }
    let elsewhere = app.signed_in("dentist@elsewhere.example", Role::Dentist, "elsewhere").await;
    assert_eq!(get(&app, &elsewhere, id).await.0, 404);
    assert_eq!(save(&app, &elsewhere, id, 0, "x").await.0, 404);
    assert_eq!(sign(&app, &elsewhere, id, 1).await.0, 404);
    let (status, _) = app
        .call_json(
            &elsewhere,
            "notes/addendum",
            &[("appointment_id", &id.to_string()), ("addendum", "x")],
        )
        .await;
    assert_eq!(status, 404);
    let notes: i64 =
        sqlx::query_scalar("SELECT count(*) FROM clinical_note").fetch_one(&pool).await.unwrap();
    assert_eq!(notes, 0);
}

#[sqlx::test]
async fn an_unsigned_note_waits_on_its_provider_s_day_past_the_clinic_s_days(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let (clinic, id, dentist) = visit(&app, &pool).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (status, _) = app
        .call_json(
            &admin,
            "note-templates/unsigned-days",
            &[("clinic", "test-clinic"), ("unsigned_note_days", "3")],
        )
        .await;
    assert_eq!(status, 200);
    let (status, refusal) = app
        .call_json(
            &admin,
            "note-templates/unsigned-days",
            &[("clinic", "test-clinic"), ("unsigned_note_days", "99")],
        )
        .await;
    assert_eq!(status, 400, "{refusal}");
    assert_eq!(save(&app, &dentist, id, 0, "Findings: fine").await.0, 200);

    let day = clinic.day.to_string();
    let (_, schedule) =
        app.call_json(&dentist, "appointments/my-day", &[("date", day.as_str())]).await;
    assert_eq!(schedule["days"][0]["notes"][0], serde_json::json!([id, "draft"]), "{schedule}");
    assert_eq!(schedule["notes_to_sign"], serde_json::json!([]));
    // Two days old: not yet; four: listed.
    for (age, listed) in [(2, false), (4, true)] {
        sqlx::query("UPDATE clinical_note SET created_at = now() - make_interval(days => $1)")
            .bind(age)
            .execute(&pool)
            .await
            .unwrap();
        let (_, schedule) =
            app.call_json(&dentist, "appointments/my-day", &[("date", day.as_str())]).await;
        let waiting = schedule["notes_to_sign"].as_array().unwrap();
        assert_eq!(!waiting.is_empty(), listed, "{age} days: {schedule}");
        if listed {
            assert_eq!(waiting[0]["appointment_id"], id);
            assert_eq!(waiting[0]["patient"], "Nora Note");
        }
    }
    assert_eq!(sign(&app, &dentist, id, 1).await.0, 200);
    let (_, schedule) =
        app.call_json(&dentist, "appointments/my-day", &[("date", day.as_str())]).await;
    assert_eq!(schedule["notes_to_sign"], serde_json::json!([]));
    assert_eq!(schedule["days"][0]["notes"][0], serde_json::json!([id, "signed"]));
}
