//! Recurring appointments: every occurrence checked before anything is booked, alternatives
//! offered for those that clash, and the series booked whole or not at all.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::spawn_app;

fn series_form<'a>(
    patient: &'a str,
    provider: &'a str,
    kind: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("form[patient_id]", patient),
        ("form[appointment_type_id]", kind),
        ("form[provider_id]", provider),
        ("form[chair_id]", ""),
        ("form[starts_at]", "2030-01-07T10:00"),
        ("form[every]", "1"),
        ("form[unit]", "weeks"),
        ("form[occurrences]", "3"),
    ]
}

#[sqlx::test]
async fn a_series_is_checked_first_and_booked_whole_or_not_at_all(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
         SELECT clinic_id, id, 1, '09:00', '12:00', '2029-01-01' FROM provider WHERE id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    // Someone else already has the provider at 10:00 on the second Monday.
    let taken = booking(patients[1], providers[0], None, kind, "2030-01-14T10:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&taken)).await.0, 200);

    let (patient, provider, kind) =
        (patients[0].to_string(), providers[0].to_string(), kind.to_string());
    let form = series_form(&patient, &provider, &kind);
    let (status, plan) = app.call_json(&desk, "appointments/series/plan", &form).await;
    assert_eq!(status, 200, "{plan}");
    let occurrences = plan["occurrences"].as_array().unwrap();
    let starts: Vec<&str> = occurrences.iter().map(|o| o["starts_at"].as_str().unwrap()).collect();
    assert_eq!(starts, ["2030-01-07T10:00", "2030-01-14T10:00", "2030-01-21T10:00"]);
    assert_eq!(occurrences[0]["problem"], Value::Null);
    assert_eq!(occurrences[1]["problem"], "The provider is booked then.");
    assert_eq!(occurrences[2]["problem"], Value::Null);
    let alternatives: Vec<&str> = occurrences[1]["alternatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    // Free times that day nearest to 10:00, clear of the other visit and its buffers.
    assert!(!alternatives.is_empty());
    for time in &alternatives {
        assert!(time.starts_with("2030-01-14T"), "{time}");
        assert!(!("2030-01-14T09:20".."2030-01-14T10:45").contains(time), "{time} overlaps");
    }
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM appointment")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert_eq!(count().await, 1, "planning books nothing");

    // Booking the plan as it is: the clash refuses the whole series.
    let (status, body) = app.call_json(&desk, "appointments/series/book", &form).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(
        body["Conflict"],
        "That time was just taken: Mon 14 Jan at 10:00 is no longer free. Choose another time."
    );
    assert_eq!(count().await, 1);
    let series: i64 = sqlx::query_scalar("SELECT count(*) FROM appointment_series")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(series, 0, "nothing of a refused series stays");

    // With the alternative chosen, all three are booked, in one series.
    let mut chosen = form.clone();
    chosen.extend([
        ("times[0]", "2030-01-07T10:00"),
        ("times[1]", alternatives[0]),
        ("times[2]", "2030-01-21T10:00"),
    ]);
    let (status, ids) = app.call_json(&desk, "appointments/series/book", &chosen).await;
    assert_eq!(status, 200, "{ids}");
    assert_eq!(ids.as_array().unwrap().len(), 3);
    let in_series: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT count(*), min(series_id) FROM appointment WHERE series_id IS NOT NULL",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(in_series[0].0, 3);

    // The front desk's job: clinicians may not book series.
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    assert_eq!(app.call_json(&dentist, "appointments/series/plan", &form).await.0, 403);
}
