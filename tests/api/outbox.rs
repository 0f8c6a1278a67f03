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

async fn queue_for(pool: &PgPool, clinic_slug: &str, status: &str, subject: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO email_outbox (clinic_id, kind, to_address, subject, text_body, html_body, status)
         SELECT id, 'booking_confirmation', 'pat@example.com', $3, 'text', '<p>html</p>', $2
         FROM clinic WHERE slug = $1 RETURNING id",
    )
    .bind(clinic_slug)
    .bind(status)
    .bind(subject)
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn admins_see_their_clinics_emails_and_retry_or_cancel_them(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let other = app.signed_in("other@test.example", Role::Admin, "other-clinic").await;
    let failed = queue_for(&pool, "test-clinic", "failed", "Failed one").await;
    let queued = queue_for(&pool, "test-clinic", "queued", "Queued one").await;
    let elsewhere = queue_for(&pool, "other-clinic", "queued", "Not yours").await;

    let (status, page) = app.call_json(&admin, "email/outbox", &[]).await;
    assert_eq!(status, 200, "{page}");
    let subjects: Vec<&str> =
        page["rows"].as_array().unwrap().iter().map(|r| r["subject"].as_str().unwrap()).collect();
    assert_eq!(subjects, ["Queued one", "Failed one"]);
    assert_eq!((page["queued"].as_i64(), page["failed"].as_i64()), (Some(1), Some(1)));
    let (_, only_failed) = app.call_json(&admin, "email/outbox", &[("status", "failed")]).await;
    assert_eq!(only_failed["rows"].as_array().unwrap().len(), 1);
    let (_, theirs) = app.call_json(&other, "email/outbox", &[]).await;
    assert_eq!(theirs["rows"][0]["subject"], "Not yours");
    let not_mine = elsewhere.to_string();
    assert_eq!(app.call_json(&admin, "email/outbox/get", &[("id", &not_mine)]).await.0, 404);

    let (failed, queued) = (failed.to_string(), queued.to_string());
    let (_, email) = app.call_json(&admin, "email/outbox/get", &[("id", &failed)]).await;
    assert_eq!(email["html_body"], "<p>html</p>");
    assert_eq!(app.call_json(&admin, "email/outbox/retry", &[("id", &failed)]).await.0, 200);
    // Only a failed email is retried: it is queued now.
    assert_eq!(app.call_json(&admin, "email/outbox/retry", &[("id", &failed)]).await.0, 409);
    assert_eq!(app.call_json(&admin, "email/outbox/cancel", &[("id", &queued)]).await.0, 200);
    let statuses: Vec<String> = sqlx::query_scalar("SELECT status FROM email_outbox ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(statuses, ["queued", "cancelled", "queued"]);
    let audited: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'outbox.%'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(audited, 6, "views, reads and changes are audited");
}

#[sqlx::test]
async fn a_new_staff_member_is_emailed_their_invitation(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let clinic: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let clinic = clinic.to_string();
    let form = [
        ("form[display_name]", "Casey <Ng>"),
        ("form[email]", "casey@test.example"),
        ("form[role]", "hygienist"),
        ("form[clinic_ids][]", clinic.as_str()),
    ];
    let (status, invited) = app.call_json(&admin, "staff/create", &form).await;
    assert_eq!(status, 200, "{invited}");
    let (kind, to, text, html): (String, String, String, String) =
        sqlx::query_as("SELECT kind, to_address, text_body, html_body FROM email_outbox")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((kind.as_str(), to.as_str()), ("staff_invitation", "casey@test.example"));
    // The link shown to the admin is theirs alone: the email's is created when it is sent.
    assert!(!text.contains(invited["link"].as_str().unwrap()), "{text}");
    assert!(text.contains("/welcome?token=LINK-CREATED-WHEN-SENT"), "{text}");
    assert!(html.contains("Hello Casey &lt;Ng&gt;,"), "{html}");
}

#[sqlx::test]
async fn a_retry_or_a_cancel_and_its_audit_row_are_written_in_one_transaction(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let failed = queue_for(&pool, "test-clinic", "failed", "Failed one").await;
    let queued = queue_for(&pool, "test-clinic", "queued", "Queued one").await;
    for (endpoint, id) in [("email/outbox/retry", failed), ("email/outbox/cancel", queued)] {
        let (status, body) = app.call_json(&admin, endpoint, &[("id", &id.to_string())]).await;
        assert_eq!(status, 200, "{endpoint}: {body}");
        // A row's xmin is the transaction that wrote it: the change and its audit row share
        // one, so neither can exist without the other.
        let same: bool = sqlx::query_scalar(
            "SELECT o.xmin::text = a.xmin::text FROM email_outbox o, audit_log a
             WHERE o.id = $1 AND a.action = 'outbox.email_changed'
               AND (a.details->>'email')::bigint = $1",
        )
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert!(same, "{endpoint}: the change and its audit row were committed apart");
    }
}
