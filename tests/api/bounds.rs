//! Every list a server function takes is bounded, with a clear message past the bound (the
//! work done and the locks held for one request stay small whatever is posted).

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::clinic;
use crate::helpers::{TestApp, spawn_app};

/// Posts `form` as `client`; answers the status and the message of `field`.
async fn refused_field(
    app: &TestApp,
    client: &reqwest::Client,
    endpoint: &str,
    form: &[(String, String)],
    field: &str,
) -> (u16, Value) {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, body) = app.call_json(client, endpoint, &pairs).await;
    (status, body["Validation"]["fields"][field].clone())
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[sqlx::test]
async fn a_batch_changes_at_most_200_appointments(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, _, _, _) = clinic(&pool, 1, 1, false).await;
    let time_off: i64 = sqlx::query_scalar(
        "INSERT INTO time_off (clinic_id, provider_id, period, reason)
         SELECT clinic_id, id, tstzrange('2030-01-07 09:00Z', '2030-01-07 13:00Z'), 'Sick'
         FROM provider WHERE id = $1 RETURNING id",
    )
    .bind(providers[0])
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut form = owned(&[("time_off_id", &time_off.to_string())]);
    for i in 0..201 {
        form.push((format!("choices[{i}][id]"), (i + 1).to_string()));
        form.push((format!("choices[{i}][version]"), "1".into()));
        form.push((format!("choices[{i}][action]"), "keep".into()));
    }
    let refused = refused_field(&app, &desk, "appointments/affected/apply", &form, "choices").await;
    assert_eq!(refused, (400, Value::from("Change at most 200 appointments at once.")));
}

#[sqlx::test]
async fn a_staff_member_is_given_at_most_200_clinics(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let colleague = app.add_staff("colleague@test.example", Role::Receptionist).await;
    let clinic_id: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(&pool)
        .await
        .unwrap();
    // The same ticked box 201 times: the bound is on what is posted.
    let mut form = owned(&[("staff_id", &colleague.to_string())]);
    form.extend((0..201).map(|_| ("clinic_ids[]".to_string(), clinic_id.to_string())));
    let refused = refused_field(&app, &admin, "staff/set-clinics", &form, "clinic_ids").await;
    assert_eq!(refused, (400, Value::from("Choose at most 200 clinics.")));
    let mut form = owned(&[
        ("form[display_name]", "New Person"),
        ("form[email]", "new@test.example"),
        ("form[role]", "receptionist"),
    ]);
    form.extend((0..201).map(|_| ("form[clinic_ids][]".to_string(), clinic_id.to_string())));
    let refused = refused_field(&app, &admin, "staff/create", &form, "clinic_ids").await;
    assert_eq!(refused, (400, Value::from("Choose at most 200 clinics.")));
}

#[sqlx::test]
async fn an_appointment_type_names_at_most_200_providers(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (providers, _, _, _) = clinic(&pool, 1, 1, false).await;
    let mut form = owned(&[
        ("clinic", "test-clinic"),
        ("form[name]", "Exam"),
        ("form[duration_minutes]", "30"),
        ("form[colour]", "#123456"),
    ]);
    form.extend((0..201).map(|_| ("form[provider_ids][]".to_string(), providers[0].to_string())));
    let refused = refused_field(&app, &admin, "setup/types/save", &form, "provider_ids").await;
    assert_eq!(refused, (400, Value::from("Choose at most 200 providers.")));
}

#[sqlx::test]
async fn a_merge_takes_only_the_fields_it_lists(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (_, patients, _, _) = clinic(&pool, 1, 2, false).await;
    let mut form = owned(&[
        ("survivor", &patients[0].to_string()),
        ("merged", &patients[1].to_string()),
        ("confirm", "on"),
    ]);
    form.extend((0..200).map(|i| (format!("take[field{i}]"), "merged".to_string())));
    let refused = refused_field(&app, &admin, "patients/merge", &form, "take").await;
    assert_eq!(
        refused,
        (400, Value::from("Choose, for each field listed, the record whose value is kept."))
    );
    let merged: bool =
        sqlx::query_scalar("SELECT merged_into IS NOT NULL FROM patient WHERE id = $1")
            .bind(patients[1])
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(!merged);
}
