//! The live stream (`GET /live`), between two server instances on one database: a booking made
//! through one reaches a stream opened on the other; a clinic's stream never carries another
//! clinic's changes; a stream reconnecting after its last number is told exactly what it
//! missed (or to read everything again, once that is forgotten); a session that ends closes its
//! streams; and nobody else opens one.

use std::time::Duration;

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::{PASSWORD, spawn_app};

/// One server-sent event.
#[derive(Debug, Clone, PartialEq)]
struct Sent {
    event: String,
    id: Option<String>,
    data: String,
}

/// A stream being read, event by event.
struct Stream {
    response: reqwest::Response,
    buffer: String,
}

impl Stream {
    async fn open(client: &reqwest::Client, url: String, last_event_id: Option<i64>) -> Stream {
        let mut request = client.get(url).header("accept", "text/event-stream");
        if let Some(id) = last_event_id {
            request = request.header("last-event-id", id.to_string());
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 200, "the stream opens");
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        Stream { response, buffer: String::new() }
    }

    /// The next event (keep-alive comments skipped); None when the stream ended. Waits at most
    /// ten seconds (a bound on a broken test, not a measure).
    async fn next(&mut self) -> Option<Sent> {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut sent = Sent { event: "message".into(), id: None, data: String::new() };
                let mut any = false;
                for line in block.lines() {
                    if let Some(value) = line.strip_prefix("event:") {
                        sent.event = value.trim().to_string();
                        any = true;
                    } else if let Some(value) = line.strip_prefix("id:") {
                        sent.id = Some(value.trim().to_string());
                        any = true;
                    } else if let Some(value) = line.strip_prefix("data:") {
                        sent.data.push_str(value.trim_start());
                        any = true;
                    }
                }
                if any {
                    return Some(sent);
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(10), self.response.chunk())
                .await
                .expect("an event within ten seconds")
                .unwrap()?;
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// The next appointment change, as sent.
    async fn change(&mut self) -> Value {
        let sent = self.next().await.expect("a change");
        assert_eq!(sent.event, "appointment", "{sent:?}");
        let change: Value = serde_json::from_str(&sent.data).unwrap();
        assert_eq!(sent.id.as_deref(), Some(change["seq"].to_string().as_str()));
        change
    }
}

/// An appointment of `clinic` written straight into the database (the triggers announce it
/// whatever writes it).
async fn insert_appointment(pool: &PgPool, clinic: &str, hour: u32) -> i64 {
    sqlx::query_scalar(&format!(
        "WITH c AS (INSERT INTO clinic (name, slug, time_zone)
                    VALUES (initcap(replace('{clinic}', '-', ' ')), '{clinic}', 'Europe/London')
                    ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id),
              p AS (INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
                    SELECT id, 7000 + {hour}, 'Live', 'Patient', '1990-01-01' FROM c RETURNING id, clinic_id),
              d AS (INSERT INTO provider (clinic_id, name, kind, colour)
                    SELECT id, 'Dr Live {hour}', 'dentist', '#123456' FROM c RETURNING id),
              t AS (INSERT INTO appointment_type (clinic_id, name, duration_minutes, colour, needs_chair)
                    SELECT id, 'Live {hour}', 30, '#abcdef', false FROM c RETURNING id)
         INSERT INTO appointment (clinic_id, patient_id, provider_id, appointment_type_id, visit, blocked)
         SELECT p.clinic_id, p.id, d.id, t.id,
                tstzrange('2030-01-07 {hour}:00+00', '2030-01-07 {hour}:30+00'),
                tstzrange('2030-01-07 {hour}:00+00', '2030-01-07 {hour}:30+00')
         FROM p, d, t RETURNING id"
    ))
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn a_booking_through_one_instance_reaches_a_stream_opened_on_another(pool: PgPool) {
    let first = spawn_app(pool.clone()).await;
    let second = spawn_app(pool.clone()).await;
    let desk = first.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    // The same browser (its cookie), on the second instance.
    let mut stream =
        Stream::open(&desk, second.url("/live?clinic=test-clinic&after=0"), None).await;

    let form = booking(patients[0], providers[0], None, kind, "2030-01-07T10:00");
    let (status, id) = first.call_json(&desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 200, "{id}");
    let change = stream.change().await;
    assert_eq!(change["appointment_id"], id);
    assert_eq!(change["kind"], "booked");
    assert_eq!(change["provider_id"], providers[0]);
    assert_eq!(change["starts_at"], "2030-01-07T10:00:00Z");
    // Ids and times only: nothing of the patient.
    let keys: Vec<&str> = change.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "appointment_id",
            "chair_id",
            "ends_at",
            "kind",
            "previous_starts_at",
            "provider_id",
            "seq",
            "starts_at"
        ]
    );

    // Moved, then cancelled, through the first instance: both reach the second, in order.
    let (status, body) = first
        .call_json(
            &desk,
            "appointments/reschedule",
            &[
                ("id", &id.to_string()),
                ("version", "1"),
                ("provider_id", &providers[0].to_string()),
                ("starts_at", "2030-01-07T11:00"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let moved = stream.change().await;
    assert_eq!(
        (&moved["kind"], &moved["previous_starts_at"], &moved["starts_at"]),
        (
            &Value::from("moved"),
            &Value::from("2030-01-07T10:00:00Z"),
            &Value::from("2030-01-07T11:00:00Z")
        )
    );
    assert!(moved["seq"].as_i64() > change["seq"].as_i64());
}

#[sqlx::test]
async fn a_clinic_s_stream_never_carries_another_clinic_s_changes(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let mut stream = Stream::open(&desk, app.url("/live?clinic=test-clinic"), None).await;
    insert_appointment(&pool, "other-clinic", 9).await;
    let ours = insert_appointment(&pool, "test-clinic", 10).await;
    let change = stream.change().await;
    assert_eq!(change["appointment_id"], ours, "the other clinic's came first and was not sent");

    // Another clinic's stream, or one of a clinic that does not exist: the same 404.
    for slug in ["other-clinic", "no-such-clinic"] {
        let response = desk.get(app.url(&format!("/live?clinic={slug}"))).send().await.unwrap();
        assert_eq!(response.status(), 404, "{slug}");
    }
    // Nobody signed in: 401.
    let response = app.client.get(app.url("/live?clinic=test-clinic")).send().await.unwrap();
    assert_eq!(response.status(), 401);
}

#[sqlx::test]
async fn a_stream_reconnecting_after_its_last_number_gets_exactly_what_it_missed(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let mut stream = Stream::open(&desk, app.url("/live?clinic=test-clinic"), None).await;
    insert_appointment(&pool, "test-clinic", 8).await;
    let seen = stream.change().await["seq"].as_i64().unwrap();
    drop(stream);

    // While away: two of ours and one of another clinic's.
    let missed = [insert_appointment(&pool, "test-clinic", 9).await, {
        insert_appointment(&pool, "other-clinic", 9).await;
        insert_appointment(&pool, "test-clinic", 10).await
    }];
    // The browser reconnects saying the last number it saw (and an older `after` from the
    // page's address, which the header overrides).
    let mut again =
        Stream::open(&desk, app.url("/live?clinic=test-clinic&after=0"), Some(seen)).await;
    for id in missed {
        assert_eq!(again.change().await["appointment_id"], id);
    }
    // Then live again.
    let after = insert_appointment(&pool, "test-clinic", 11).await;
    assert_eq!(again.change().await["appointment_id"], after);
    drop(again);

    // Once the day's events are forgotten, a browser that last saw one of them is told to read
    // everything again, and goes on from the clinic's last number.
    sqlx::query("UPDATE live_event SET at = now() - interval '2 days'")
        .execute(&pool)
        .await
        .unwrap();
    chairside::live::retention::forget_old(&pool).await.unwrap();
    let mut stale = Stream::open(&desk, app.url("/live?clinic=test-clinic"), Some(seen)).await;
    let reset = stale.next().await.unwrap();
    assert_eq!(reset.event, "reset", "{reset:?}");
    assert!(!reset.data.is_empty(), "a browser drops an event without data");
    let next = insert_appointment(&pool, "test-clinic", 12).await;
    assert_eq!(stale.change().await["appointment_id"], next);
}

#[sqlx::test]
async fn a_stream_ends_when_its_session_is_revoked_elsewhere(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let phone = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let laptop = app.new_client();
    assert_eq!(app.sign_in(&laptop, "desk@test.example", PASSWORD).await.status(), 200);
    let mut stream = Stream::open(&phone, app.url("/live?clinic=test-clinic"), None).await;
    let mut own = Stream::open(&laptop, app.url("/live"), None).await;

    // The laptop signs the phone out ("Sign out everywhere else").
    let (status, body) = app.call_json(&laptop, "account/sessions/revoke-others", &[]).await;
    assert_eq!(status, 200, "{body}");
    let last = stream.next().await.unwrap();
    assert_eq!(last.event, "signed-out");
    assert!(!last.data.is_empty(), "a browser drops an event without data");
    assert_eq!(stream.next().await, None, "the stream ended");
    // The laptop's own stream (its notifications, no clinic) goes on, and carries no
    // appointment changes.
    let ours = insert_appointment(&pool, "test-clinic", 10).await;
    let answered = tokio::time::timeout(Duration::from_millis(500), own.next()).await;
    assert!(answered.is_err(), "a stream without a clinic carries no appointment ({ours})");
    // And the phone cannot open another.
    let response = phone.get(app.url("/live?clinic=test-clinic")).send().await.unwrap();
    assert_eq!(response.status(), 401);
}
