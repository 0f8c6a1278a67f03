//! Reminders at the clinic's offsets: exactly once per appointment and offset, only to patients
//! who agreed, never for a cancelled appointment, and again for a moved one's new time.

use chairside::domain::Role;
use chairside::email::reminders::enqueue_due;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::spawn_app;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

async fn reminders(pool: &PgPool) -> Vec<(i64, i32, String)> {
    sqlx::query_as(
        "SELECT appointment_id, reminder_minutes, status FROM email_outbox
         WHERE kind = 'reminder' ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn reminders_are_queued_once_at_each_offset_for_consenting_patients(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 3, false).await;
    sqlx::query(
        "UPDATE patient SET email = 'p' || number || '@example.com',
                email_reminders = (number <> 2)
         WHERE id = ANY($1)",
    )
    .bind(&patients)
    .execute(&pool)
    .await
    .unwrap();
    let mut ids = Vec::new();
    // 10:00, 11:00 and 12:00 London time on 1 July 2030 (UTC+1).
    for (patient, hour) in patients.iter().zip(["10", "11", "12"]) {
        let form = booking(*patient, providers[0], None, kind, &format!("2030-07-01T{hour}:00"));
        let (status, id) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
        assert_eq!(status, 200, "{id}");
        ids.push(id.as_i64().unwrap());
    }
    // The third is cancelled: no reminders.
    let third = ids[2].to_string();
    let cancel =
        [("id", third.as_str()), ("version", "1"), ("status", "cancelled"), ("reason", "x")];
    assert_eq!(app.call_json(&desk, "appointments/set-status", &cancel).await.0, 200);

    let first_start = at("2030-07-01T09:00:00Z");
    // Before the 48-hour mark: nothing.
    assert_eq!(
        enqueue_due(&pool, &site(), first_start - Duration::hours(48) - Duration::minutes(1))
            .await
            .unwrap(),
        0
    );
    // At it: the first patient's (the second did not agree; the third is cancelled).
    let now = first_start - Duration::hours(48) + Duration::minutes(1);
    assert_eq!(enqueue_due(&pool, &site(), now).await.unwrap(), 1);
    // Asked again, and by a second server at the same moment: still one.
    let link_site = site();
    let (a, b) =
        tokio::join!(enqueue_due(&pool, &link_site, now), enqueue_due(&pool, &link_site, now));
    assert_eq!(a.unwrap() + b.unwrap(), 0);
    assert_eq!(reminders(&pool).await, [(ids[0], 2880, "queued".to_string())]);

    // Two hours before: the second reminder.
    assert_eq!(enqueue_due(&pool, &site(), first_start - Duration::minutes(119)).await.unwrap(), 1);
    assert_eq!(reminders(&pool).await.len(), 2);

    // Moving the appointment cancels its waiting reminders; the new time gets its own.
    let first = ids[0].to_string();
    let provider = providers[0].to_string();
    let moved = [
        ("id", first.as_str()),
        ("version", "1"),
        ("provider_id", provider.as_str()),
        ("starts_at", "2030-07-08T10:00"),
    ];
    assert_eq!(app.call_json(&desk, "appointments/reschedule", &moved).await.0, 200);
    let statuses: Vec<String> = reminders(&pool).await.into_iter().map(|r| r.2).collect();
    assert_eq!(statuses, ["cancelled", "cancelled"]);
    let new_start = at("2030-07-08T09:00:00Z");
    assert_eq!(enqueue_due(&pool, &site(), new_start - Duration::hours(48)).await.unwrap(), 1);

    // A reminder missed by more than an hour (no server ran) is not sent late.
    assert_eq!(enqueue_due(&pool, &site(), new_start - Duration::minutes(50)).await.unwrap(), 0);
}

fn site() -> url::Url {
    url::Url::parse("http://clinic.test").unwrap()
}
