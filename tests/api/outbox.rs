//! The outbox: an email is written in the same transaction as the change that causes it,
//! rendered with the clinic's time zone and escaped, never for a change that was refused.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::spawn_app;

type Row = (String, String, String, String, String, String);

async fn outbox(pool: &PgPool) -> Vec<Row> {
    sqlx::query_as(
        "SELECT kind, status, to_address, subject, text_body, html_body FROM email_outbox ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn booking_moving_and_cancelling_each_queue_their_email_in_the_same_transaction(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 3, false).await;
    sqlx::query(
        "UPDATE patient SET email = 'pat' || number || '@example.com', email_reminders = true,
                first_name = CASE WHEN number = 1 THEN '<script>x</script>' ELSE first_name END
         WHERE id = ANY($1) AND number < 3",
    )
    .bind(&patients)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE clinic SET name = 'Smile & Co', phone = '+44 20 7946 0000'")
        .execute(&pool)
        .await
        .unwrap();

    // 1 July 2030, 10:00 in London is 09:00 UTC: the email says 10:00.
    let form = booking(patients[0], providers[0], None, kind, "2030-07-01T10:00");
    let (status, id) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 200, "{id}");
    let rows = outbox(&pool).await;
    assert_eq!(rows.len(), 1);
    let (kind_sent, state, to, subject, text, html) = &rows[0];
    assert_eq!(
        (kind_sent.as_str(), state.as_str(), to.as_str()),
        ("booking_confirmation", "queued", "pat1@example.com")
    );
    assert_eq!(subject, "Your appointment on Monday 1 July 2030 at 10:00");
    assert!(text.contains("Hello <script>x</script>,"), "{text}");
    assert!(text.contains("(Europe/London time)"), "{text}");
    assert!(html.contains("&lt;script&gt;x&lt;&#x2f;script&gt;"), "{html}");
    assert!(html.contains("Smile &amp; Co"), "{html}");
    assert!(!html.contains("<script>"), "{html}");

    // A refused booking (the same time) leaves no email behind.
    let clash = booking(patients[1], providers[0], None, kind, "2030-07-01T10:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&clash)).await.0, 409);
    assert_eq!(outbox(&pool).await.len(), 1);

    // A patient without an email address gets none.
    let no_email = booking(patients[2], providers[0], None, kind, "2030-07-01T15:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&no_email)).await.0, 200);
    assert_eq!(outbox(&pool).await.len(), 1);

    // Moving sends the new time; cancelling says so.
    let id = id.as_i64().unwrap().to_string();
    let (status, body) = app
        .call_json(
            &desk,
            "appointments/reschedule",
            &[
                ("id", &id),
                ("version", "1"),
                ("provider_id", &providers[0].to_string()),
                ("starts_at", "2030-07-02T11:15"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = app
        .call_json(
            &desk,
            "appointments/set-status",
            &[("id", &id), ("version", "2"), ("status", "cancelled"), ("reason", "Unwell")],
        )
        .await;
    assert_eq!(status, 200);
    let rows = outbox(&pool).await;
    let kinds: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(kinds, ["booking_confirmation", "rescheduled", "cancelled"]);
    assert_eq!(rows[1].3, "Your appointment has moved to Tuesday 2 July 2030 at 11:15");
    assert_eq!(rows[2].3, "Your appointment on Tuesday 2 July 2030 is cancelled");
}
