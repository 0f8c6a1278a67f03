//! A provider suddenly unavailable: the appointments booked in their new time off, with free
//! times of eligible providers suggested, moved or cancelled in one transaction.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::spawn_app;

#[sqlx::test]
async fn appointments_in_a_new_time_off_are_moved_or_cancelled_together(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 2, 3, false).await;
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
         SELECT clinic_id, id, 1, '09:00', '17:00', '2029-01-01' FROM provider WHERE id = ANY($1)",
    )
    .bind(&providers)
    .execute(&pool)
    .await
    .unwrap();
    let mut ids = Vec::new();
    for (patient, at) in patients.iter().zip(["10:00", "11:00", "14:00"]) {
        let form = booking(*patient, providers[0], None, kind, &format!("2030-01-07T{at}"));
        let (status, id) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
        assert_eq!(status, 200, "{id}");
        ids.push(id.as_i64().unwrap());
    }
    // Dr 1 is off sick all morning (London is on UTC in January).
    let time_off: i64 = sqlx::query_scalar(
        "INSERT INTO time_off (clinic_id, provider_id, period, reason)
         SELECT clinic_id, id, tstzrange('2030-01-07 09:00Z', '2030-01-07 13:00Z'), 'Sick'
         FROM provider WHERE id = $1 RETURNING id",
    )
    .bind(providers[0])
    .fetch_one(&pool)
    .await
    .unwrap();
    let (_, listed) = app.call_json(&desk, "setup/time-off", &[("clinic", "test-clinic")]).await;
    assert_eq!(listed["data"]["entries"][0]["affected"], 2);

    let time_off_id = time_off.to_string();
    let (status, view) = app
        .call_json(&desk, "appointments/affected", &[("time_off_id", time_off_id.as_str())])
        .await;
    assert_eq!(status, 200, "{view}");
    let items = view["items"].as_array().unwrap();
    let affected: Vec<i64> =
        items.iter().map(|i| i["appointment"]["id"].as_i64().unwrap()).collect();
    assert_eq!(affected, ids[..2], "the 14:00 appointment is after the time off");
    let first_choice = items[0]["suggestions"][0]["choice"].as_str().unwrap().to_string();
    // The defaults never offer one time to two appointments.
    assert_ne!(items[0]["suggestions"][0]["choice"], items[1]["suggestions"][0]["choice"]);
    // Only free times: none with Dr 1 during the time off.
    for item in items {
        for suggestion in item["suggestions"].as_array().unwrap() {
            let label = suggestion["label"].as_str().unwrap();
            assert!(!(label.contains("Dr 1") && label.contains("Mon 7 Jan 1")), "{label}");
        }
    }

    // A stale version refuses the whole batch: nothing changes.
    let (first, second) = (ids[0].to_string(), ids[1].to_string());
    let stale = [
        ("time_off_id", time_off_id.as_str()),
        ("choices[0][id]", first.as_str()),
        ("choices[0][version]", "1"),
        ("choices[0][action]", first_choice.as_str()),
        ("choices[1][id]", second.as_str()),
        ("choices[1][version]", "7"),
        ("choices[1][action]", "cancel"),
    ];
    let (status, body) = app.call_json(&desk, "appointments/affected/apply", &stale).await;
    assert_eq!(status, 409, "{body}");
    assert!(body["Conflict"].as_str().unwrap().starts_with("Nothing was changed."));
    let unchanged: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment WHERE version = 1 AND status = 'scheduled'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(unchanged, 3);

    let mut fresh = stale;
    fresh[5].1 = "1";
    let (status, outcome) = app.call_json(&desk, "appointments/affected/apply", &fresh).await;
    assert_eq!(status, 200, "{outcome}");
    assert_eq!(outcome, serde_json::json!({ "moved": 1, "cancelled": 1, "kept": 0 }));
    let (status, reason, kind): (String, Option<String>, String) = sqlx::query_as(
        "SELECT a.status, a.cancel_reason, r.kind
         FROM appointment a JOIN cancel_reason r ON r.id = a.cancel_reason_id WHERE a.id = $1",
    )
    .bind(ids[1])
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (status.as_str(), reason.as_deref(), kind.as_str()),
        ("cancelled", Some("Dr 1 unavailable: Sick"), "time_off")
    );
    let (_, listed) = app.call_json(&desk, "setup/time-off", &[("clinic", "test-clinic")]).await;
    assert_eq!(listed["data"]["entries"][0]["affected"], 0);

    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (status, _) = app
        .call_json(&dentist, "appointments/affected", &[("time_off_id", time_off_id.as_str())])
        .await;
    assert_eq!(status, 403);
}
