//! Booking from where the patient is: the next free times of a chosen type as a list, one
//! button each, back to the patient's page, which lists the appointment.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::helpers::spawn_app;
use crate::online_fixture::online_clinic;

async fn a_patient(pool: &PgPool, clinic_id: i64) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         VALUES ($1, 7, 'Nora', 'Quill', '1984-02-02') RETURNING id",
    )
    .bind(clinic_id)
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn the_front_desk_books_one_of_the_next_free_times_and_the_patient_page_lists_it(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let clinic = online_clinic(&pool, 1).await;
    let patient = a_patient(&pool, clinic.id).await.to_string();

    let (status, list) =
        app.call_json(&desk, "appointments/next-free", &[("patient_id", &patient)]).await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(list["patient"], "Nora Quill (P-000007)");
    assert_eq!(list["type_id"], clinic.type_id);
    let times = list["times"].as_array().unwrap();
    assert!(!times.is_empty() && times.len() <= 24, "{list}");
    let first = &times[0];
    let starts_at = first["local"].as_str().unwrap().replace(' ', "T");

    // Booked as the page's plain form posts it: back to the patient's page.
    let then = format!("/patients/{patient}");
    let response = desk
        .post(app.url("/api/appointments/book"))
        .header("accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .form(&[
            ("patient_id", patient.as_str()),
            ("appointment_type_id", &clinic.type_id.to_string()),
            ("provider_id", &first["provider_id"].to_string()),
            ("starts_at", &starts_at),
            ("then", &then),
        ])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(response.headers()["location"], then.as_str());
    let (_, page) = app.page(&desk, &then).await;
    assert!(page.contains("Check-up"), "the patient's page lists the appointment");
    assert!(page.contains(&format!("/patients/{patient}/book")), "and offers to book again");
    // That time is no longer offered.
    let (_, again) =
        app.call_json(&desk, "appointments/next-free", &[("patient_id", &patient)]).await;
    assert_ne!(again["times"][0]["local"], first["local"]);
}

#[sqlx::test]
async fn only_the_front_desk_of_the_patient_s_clinic_may_ask_and_the_type_must_be_theirs(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let elsewhere = app.signed_in("desk@other.example", Role::Receptionist, "other-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let clinic = online_clinic(&pool, 1).await;
    let patient = a_patient(&pool, clinic.id).await.to_string();
    let ask = [("patient_id", patient.as_str())];
    assert_eq!(app.call_json(&dentist, "appointments/next-free", &ask).await.0, 403);
    assert_eq!(app.call_json(&elsewhere, "appointments/next-free", &ask).await.0, 404);
    let (status, body) = app
        .call_json(
            &desk,
            "appointments/next-free",
            &[("patient_id", &patient), ("appointment_type_id", "999999")],
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["Validation"]["fields"]["appointment_type_id"],
        "Choose an appointment type from the list."
    );
    // Seeing the list names the patient: it is audited.
    let opened: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'patient.booking_opened'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(opened, 0, "a refused request opens nothing");
}
