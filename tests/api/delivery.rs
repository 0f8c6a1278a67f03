//! Delivering the outbox over real SMTP (a server on loopback): the email arrives as rendered;
//! a mail server that is down delays it, never loses it; a worker that dies mid-send is
//! covered by its lease; two workers never send one email twice; a stale reminder is not sent.

use std::collections::HashSet;
use std::time::Duration;

use chairside::domain::Role;
use chairside::email::delivery::{Delivery, RetryPolicy, Sink};
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::spawn_app;
use crate::smtp::SmtpReceiver;

fn worker(pool: &PgPool, url: &str) -> Delivery {
    Delivery {
        pool: pool.clone(),
        sink: Sink::smtp(url).unwrap(),
        from: "Chairside <no-reply@clinic.example>".parse().unwrap(),
        policy: RetryPolicy { batch: 25, ..RetryPolicy::default() },
    }
}

async fn queue(pool: &PgPool, count: i64) {
    sqlx::query(
        "INSERT INTO email_outbox (kind, to_address, to_name, subject, text_body, html_body)
         SELECT 'booking_confirmation', 'p' || n || '@example.com', 'Pat ' || n, 'Email ' || n,
                'Hello', '<p>Hello</p>'
         FROM generate_series(1, $1) n",
    )
    .bind(count)
    .execute(pool)
    .await
    .unwrap();
}

async fn statuses(pool: &PgPool) -> Vec<(String, i32)> {
    sqlx::query_as("SELECT status, attempts FROM email_outbox ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
}

#[sqlx::test]
async fn a_booking_confirmation_arrives_as_rendered(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    sqlx::query("UPDATE patient SET email = 'ann@example.com', first_name = '<b>Ann</b>'")
        .execute(&pool)
        .await
        .unwrap();
    let form = booking(patients[0], providers[0], None, kind, "2030-07-01T10:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);

    let receiver = SmtpReceiver::start().await;
    assert_eq!(worker(&pool, &receiver.url()).run_once().await.unwrap(), 1);
    let received = receiver.received();
    assert_eq!(received.len(), 1);
    let message = &received[0];
    assert!(
        message.contains("Subject: Your appointment on Monday 1 July 2030 at 10:00"),
        "{message}"
    );
    // The name has characters a header cannot carry as they are: encoded, with the address.
    let to = message.lines().find(|l| l.starts_with("To: ")).unwrap();
    assert!(to.ends_with(" <ann@example.com>"), "{to}");
    assert!(message.contains("&lt;b&gt;Ann&lt;&#x2f;b&gt;"), "{message}");
    // The text part is quoted-printable: its soft line breaks undone, the clinic's zone shows.
    assert!(message.replace("=\r\n", "").contains("(Europe/London time)"), "{message}");
    let (status, response, message_id): (String, String, String) =
        sqlx::query_as("SELECT status, smtp_response, message_id FROM email_outbox")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(status, "sent");
    assert!(response.starts_with("250 2.0.0 queued as 1"), "{response}");
    assert!(message.contains(&format!("Message-ID: {message_id}")), "{message}");
}

#[sqlx::test]
async fn while_the_mail_server_is_down_the_email_waits_and_goes_when_it_is_back(pool: PgPool) {
    // A port nothing listens on (yet).
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    queue(&pool, 1).await;
    let delivery = worker(&pool, &format!("smtp://127.0.0.1:{port}"));
    assert_eq!(delivery.run_once().await.unwrap(), 1);
    assert_eq!(statuses(&pool).await, [("queued".to_string(), 1)]);
    let (error, waits): (Option<String>, bool) = sqlx::query_as(
        "SELECT last_error, not_before > now() + interval '20 seconds' FROM email_outbox",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(error.is_some());
    assert!(waits, "the retry waits");
    // Not due yet: nothing is claimed.
    assert_eq!(delivery.run_once().await.unwrap(), 0);

    let receiver = SmtpReceiver::on(port).await;
    sqlx::query("UPDATE email_outbox SET not_before = now()").execute(&pool).await.unwrap();
    assert_eq!(delivery.run_once().await.unwrap(), 1);
    assert_eq!(statuses(&pool).await, [("sent".to_string(), 2)]);
    assert_eq!(receiver.received().len(), 1);
}

#[sqlx::test]
async fn an_email_held_by_a_worker_that_died_is_sent_once_its_lease_runs_out(pool: PgPool) {
    queue(&pool, 1).await;
    // A worker claimed it, then died before recording anything.
    sqlx::query(
        "UPDATE email_outbox SET status = 'sending', attempts = 1,
                lease_until = now() + interval '1 hour'",
    )
    .execute(&pool)
    .await
    .unwrap();
    let receiver = SmtpReceiver::start().await;
    let delivery = worker(&pool, &receiver.url());
    assert_eq!(delivery.run_once().await.unwrap(), 0, "still leased");
    sqlx::query("UPDATE email_outbox SET lease_until = now() - interval '1 second'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(delivery.run_once().await.unwrap(), 1);
    assert_eq!(statuses(&pool).await, [("sent".to_string(), 2)]);
    assert_eq!(receiver.received().len(), 1);
}

#[sqlx::test]
async fn two_workers_never_send_the_same_email_twice(pool: PgPool) {
    queue(&pool, 1000).await;
    let receiver = SmtpReceiver::start().await;
    let run = |delivery: Delivery| async move {
        let mut claimed = 0;
        loop {
            match delivery.run_once().await.unwrap() {
                0 => break claimed,
                n => claimed += n,
            }
        }
    };
    let (a, b) =
        tokio::join!(run(worker(&pool, &receiver.url())), run(worker(&pool, &receiver.url())));
    assert_eq!(a + b, 1000);
    assert!(a > 0 && b > 0, "both workers took part ({a} and {b})");
    let received = receiver.received();
    assert_eq!(received.len(), 1000);
    let ids: HashSet<String> = received
        .iter()
        .filter_map(|m| m.lines().find(|l| l.starts_with("Message-ID:")).map(str::to_string))
        .collect();
    assert_eq!(ids.len(), 1000, "every email once");
    let sent: i64 = sqlx::query_scalar("SELECT count(*) FROM email_outbox WHERE status = 'sent'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(sent, 1000);
}

#[sqlx::test]
async fn two_workers_never_send_an_email_twice_when_a_batch_outlasts_the_lease(pool: PgPool) {
    // 16 emails at 0.4 s each: one worker's batch takes about twice its 3-second lease.
    queue(&pool, 16).await;
    let receiver = SmtpReceiver::slow(Duration::from_millis(400)).await;
    let policy = RetryPolicy { batch: 25, lease: Duration::from_secs(3), ..RetryPolicy::default() };
    let started = std::time::Instant::now();
    let run = |delivery: Delivery| {
        let pool = pool.clone();
        async move {
            // Keeps asking (as the real worker does) until every email is sent.
            loop {
                if delivery.run_once().await.unwrap() == 0 {
                    let left: i64 = sqlx::query_scalar(
                        "SELECT count(*) FROM email_outbox WHERE status <> 'sent'",
                    )
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                    if left == 0 {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
    };
    let worker = |policy: RetryPolicy| Delivery { policy, ..worker(&pool, &receiver.url()) };
    let both = async { tokio::join!(run(worker(policy)), run(worker(policy))) };
    tokio::time::timeout(Duration::from_secs(60), both).await.expect("all sent within a minute");
    assert!(started.elapsed() > Duration::from_secs(3), "a batch outlasted the lease");
    let ids: Vec<String> = receiver
        .received()
        .iter()
        .filter_map(|m| m.lines().find(|l| l.starts_with("Message-ID:")).map(str::to_string))
        .collect();
    let distinct: HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), distinct.len()), (16, 16), "every email exactly once: {ids:?}");
}

#[sqlx::test]
async fn a_reminder_for_a_moved_appointment_is_not_sent(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let form = booking(patients[0], providers[0], None, kind, "2030-07-01T10:00");
    let (_, id) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
    // A reminder written for another start (the appointment has moved since).
    sqlx::query(
        "INSERT INTO email_outbox (kind, appointment_id, reminder_minutes, for_start, to_address,
                                   subject, text_body, html_body)
         VALUES ('reminder', $1, 120, '2030-06-30 09:00Z', 'ann@example.com', 's', 't', 'h')",
    )
    .bind(id.as_i64().unwrap())
    .execute(&pool)
    .await
    .unwrap();
    let receiver = SmtpReceiver::start().await;
    tokio::time::timeout(Duration::from_secs(10), worker(&pool, &receiver.url()).run_once())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(statuses(&pool).await, [("cancelled".to_string(), 1)]);
    assert!(receiver.received().is_empty());
}
