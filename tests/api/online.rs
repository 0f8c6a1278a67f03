//! Online booking by patients: holds (the race for one time, expiry), matching a returning
//! patient without saying so, idempotent submits, rate limits, the person checks, and manage
//! links (cancel, move, forged and expired tokens).

use chairside::domain::Role;
use chairside::online::model::solve;
use serde_json::Value;
use sqlx::PgPool;
use tokio::task::JoinSet;

use chairside::email::delivery::{Delivery, RetryPolicy, Sink};

use crate::helpers::{TestApp, spawn_app, spawn_app_with};
use crate::online_fixture::{Clinic, hold, key, online_clinic};
use crate::smtp::SmtpReceiver;

pub async fn progress(app: &TestApp, key: &str) -> (u16, Value) {
    let form = [("clinic", "test-clinic"), ("key", key)];
    app.call_json(&app.new_client(), "book/progress", &form).await
}

/// The details of a patient, with the proof-of-work solved for the booking.
async fn send_details(app: &TestApp, key: &str, who: (&str, &str, &str, &str)) -> (u16, Value) {
    send_details_with(app, key, who, &[]).await
}

/// Like [`send_details`], with more fields (`form[earlier]`).
async fn send_details_with(
    app: &TestApp,
    key: &str,
    (first, dob, email, phone): (&str, &str, &str, &str),
    extra: &[(&str, &str)],
) -> (u16, Value) {
    let (status, held) = progress(app, key).await;
    assert_eq!(status, 200, "{held}");
    let proof = solve(held["challenge"].as_str().unwrap());
    let mut form = vec![
        ("clinic", "test-clinic"),
        ("key", key),
        ("form[first_name]", first),
        ("form[last_name]", "Online"),
        ("form[date_of_birth]", dob),
        ("form[email]", email),
        ("form[phone]", phone),
        ("form[reason]", "A loose filling"),
        ("form[returning]", "new"),
        ("form[reminders]", "on"),
        ("website", ""),
        ("proof", proof.as_str()),
    ];
    form.extend_from_slice(extra);
    app.call_json(&app.new_client(), "book/details", &form).await
}

async fn confirm(app: &TestApp, key: &str) -> (u16, Value) {
    let form = [("clinic", "test-clinic"), ("key", key)];
    app.call_json(&app.new_client(), "book/confirm", &form).await
}

/// Holds, sends the details and confirms; answers the appointment's id.
pub async fn book(
    app: &TestApp,
    clinic: &Clinic,
    time: &str,
    who: (&str, &str, &str, &str),
) -> i64 {
    let key = key();
    let (status, body) = hold(app, clinic, &key, clinic.providers[0], time).await;
    assert!(status < 400, "{status} {body}");
    let (status, body) = send_details(app, &key, who).await;
    assert!(status < 400, "{status} {body}");
    let (status, body) = confirm(app, &key).await;
    assert!(status < 400, "{status} {body}");
    appointment_of(&app.pool, &key).await
}

/// Like [`book`], ticking "tell me if an earlier time frees up".
pub async fn book_wanting_earlier(
    app: &TestApp,
    clinic: &Clinic,
    time: &str,
    who: (&str, &str, &str, &str),
) -> i64 {
    let key = key();
    let (status, body) = hold(app, clinic, &key, clinic.providers[0], time).await;
    assert!(status < 400, "{status} {body}");
    let (status, body) = send_details_with(app, &key, who, &[("form[earlier]", "on")]).await;
    assert!(status < 400, "{status} {body}");
    let (status, body) = confirm(app, &key).await;
    assert!(status < 400, "{status} {body}");
    appointment_of(&app.pool, &key).await
}

async fn appointment_of(pool: &PgPool, key: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT appointment_id FROM online_booking WHERE key_hash = sha256($1::bytea)",
    )
    .bind(key.as_bytes())
    .fetch_one(pool)
    .await
    .unwrap()
}

fn ok(status: u16) -> bool {
    status < 400
}

pub const ANN: (&str, &str, &str, &str) = ("Ann", "1985-03-07", "ann@example.com", "07700 900123");

#[sqlx::test]
async fn two_patients_racing_for_one_time_exactly_one_gets_it(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let mut tasks = JoinSet::new();
    for _ in 0..2 {
        let (address, provider) = (app.address.clone(), clinic.providers[0]);
        let key = key();
        let form = vec![
            ("clinic", "test-clinic".to_string()),
            ("proof", solve(&key)),
            ("key", key),
            ("appointment_type_id", clinic.type_id.to_string()),
            ("provider_id", provider.to_string()),
            ("starts_at", format!("{}T10:00", clinic.day)),
        ];
        tasks.spawn(async move {
            let response = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap()
                .post(format!("{address}/api/book/hold"))
                .header("accept", "application/json")
                .form(&form)
                .send()
                .await
                .unwrap();
            (response.status().as_u16(), response.json::<Value>().await.unwrap_or(Value::Null))
        });
    }
    let answers: Vec<(u16, Value)> = tasks.join_all().await;
    let held = answers.iter().filter(|(status, _)| ok(*status)).count();
    assert_eq!(held, 1, "{answers:?}");
    let (status, refusal) = answers.iter().find(|(status, _)| !ok(*status)).unwrap();
    assert_eq!(*status, 409);
    let message = refusal.to_string();
    assert!(message.contains("has just been taken by someone else"), "{message}");
    assert!(message.contains("Here are the times still free"), "{message}");

    // The fresh times no longer offer it (nor the times its buffers cover).
    let form = [
        ("clinic", "test-clinic"),
        ("appointment_type", &clinic.type_id.to_string()),
        ("provider", "any"),
        ("date", &clinic.day.to_string()),
    ];
    let (status, step) = app.call_json(&app.new_client(), "book/step", &form).await;
    assert_eq!(status, 200, "{step}");
    let times: Vec<&str> = step["picker"]["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["label"].as_str().unwrap())
        .collect();
    // 10:00-10:30 takes 09:55-10:40 of the dentist: 09:30 (ends 10:10) and 10:30 (starts
    // 10:25 with its preparation) would overlap it.
    assert!(times.contains(&"09:15") && times.contains(&"10:45"), "{times:?}");
    for gone in ["09:30", "09:45", "10:00", "10:15", "10:30"] {
        assert!(!times.contains(&gone), "{gone} in {times:?}");
    }
}

#[sqlx::test]
async fn an_expired_hold_lets_the_time_go_and_its_pages_say_so(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let first = key();
    assert!(ok(hold(&app, &clinic, &first, clinic.providers[0], "10:00").await.0));
    // A second patient cannot have it while it is held.
    assert_eq!(hold(&app, &clinic, &key(), clinic.providers[0], "10:00").await.0, 409);

    sqlx::query("UPDATE appointment SET hold_expires_at = now() - interval '1 second' WHERE status = 'held'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(progress(&app, &first).await.0, 404);
    let form = [
        ("clinic", "test-clinic"),
        ("key", first.as_str()),
        ("form[first_name]", "Ann"),
        ("form[last_name]", "Late"),
        ("form[date_of_birth]", "1985-03-07"),
        ("form[email]", "ann@example.com"),
        ("form[phone]", "07700 900123"),
        ("form[reason]", ""),
        ("form[returning]", "new"),
    ];
    let (status, body) = app.call_json(&app.new_client(), "book/details", &form).await;
    assert_eq!(status, 409, "{body}");
    assert!(body.to_string().contains("has run out"), "{body}");

    // The next patient gets the time, and the expired hold is gone.
    let second = key();
    let (status, body) = hold(&app, &clinic, &second, clinic.providers[0], "10:00").await;
    assert!(ok(status), "{status} {body}");
    let holds: i64 = sqlx::query_scalar("SELECT count(*) FROM appointment WHERE status = 'held'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(holds, 1);
    assert_eq!(progress(&app, &second).await.0, 200);
    // The first patient's page, sent again, does not bring the expired hold back: the time is
    // the second patient's now, and another time is held afresh under the same key.
    assert_eq!(hold(&app, &clinic, &first, clinic.providers[0], "10:00").await.0, 409);
    assert!(ok(hold(&app, &clinic, &first, clinic.providers[0], "11:00").await.0));
    assert_eq!(progress(&app, &first).await.0, 200);
}

#[sqlx::test]
async fn asking_again_after_the_hold_ran_out_holds_the_time_afresh(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let key = key();
    assert!(ok(hold(&app, &clinic, &key, clinic.providers[0], "10:00").await.0));
    sqlx::query("UPDATE appointment SET hold_expires_at = now() - interval '1 second' WHERE status = 'held'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(progress(&app, &key).await.0, 404);
    // The back button and the same time again, before anything swept the old hold.
    let (status, body) = hold(&app, &clinic, &key, clinic.providers[0], "10:00").await;
    assert!(ok(status), "{status} {body}");
    let (status, held) = progress(&app, &key).await;
    assert_eq!(status, 200, "{held}");
    assert!(held["seconds_left"].as_i64().unwrap() > 500, "{held}");
}

#[sqlx::test]
async fn a_returning_patient_is_matched_and_the_answers_do_not_say_so(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let existing: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email)
         VALUES ($1, 1, 'Annabel', 'Secretname', '1985-03-07', 'ANN@example.com') RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE clinic SET next_patient_number = 2 WHERE id = $1")
        .bind(clinic.id)
        .execute(&pool)
        .await
        .unwrap();

    // Same date of birth and email: the existing record.
    let mut answers = Vec::new();
    for (time, who) in
        [("10:00", ANN), ("11:00", ("Bea", "1990-01-01", "bea@example.com", "07700 900456"))]
    {
        let key = key();
        let mut seen = vec![hold(&app, &clinic, &key, clinic.providers[0], time).await];
        seen.push(send_details(&app, &key, who).await);
        seen.push(confirm(&app, &key).await);
        seen.push(progress(&app, &key).await);
        for (_, body) in &seen {
            assert!(!body.to_string().contains("Secretname"), "{body}");
            assert!(!body.to_string().contains("Annabel"), "{body}");
        }
        let statuses: Vec<u16> = seen.iter().map(|(s, _)| *s).collect();
        answers.push((statuses, appointment_of(&pool, &key).await));
    }
    // Matched or not, the patient sees the same answers.
    assert_eq!(answers[0].0, answers[1].0);
    let patient_of = |appointment: i64| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT patient_id FROM appointment WHERE id = $1")
                .bind(appointment)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(patient_of(answers[0].1).await, existing);
    let new_patient = patient_of(answers[1].1).await;
    assert_ne!(new_patient, existing);
    let (name, number, reminders): (String, i64, bool) = sqlx::query_as(
        "SELECT first_name || ' ' || last_name, number, email_reminders FROM patient WHERE id = $1",
    )
    .bind(new_patient)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((name.as_str(), number, reminders), ("Bea Online", 2, true));
    // The matched record is left as it was; the audit says it matched (for the staff).
    let matched: Vec<bool> = sqlx::query_scalar(
        "SELECT (details->>'matched_existing_patient')::boolean FROM audit_log
         WHERE action = 'online.booked' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(matched, vec![true, false]);
}

#[sqlx::test]
async fn submitting_twice_books_once_and_sends_one_email(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let key = key();
    // A double click on the time: one hold.
    let (a, b) = tokio::join!(
        hold(&app, &clinic, &key, clinic.providers[0], "10:00"),
        hold(&app, &clinic, &key, clinic.providers[0], "10:00")
    );
    assert!(ok(a.0) && ok(b.0), "{a:?} {b:?}");
    assert!(ok(send_details(&app, &key, ANN).await.0));
    // A double click on "Confirm", and the back button's resubmission later.
    let (a, b) = tokio::join!(confirm(&app, &key), confirm(&app, &key));
    assert!(ok(a.0) && ok(b.0), "{a:?} {b:?}");
    assert!(ok(confirm(&app, &key).await.0));
    let (appointments, patients, emails): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM appointment), (SELECT count(*) FROM patient),
                (SELECT count(*) FROM email_outbox WHERE kind = 'booking_confirmation')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((appointments, patients, emails), (1, 1, 1));
    let (status, online): (String, bool) =
        sqlx::query_as("SELECT status, booked_online FROM appointment")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), online), ("scheduled", true));
}

#[sqlx::test]
async fn a_hundred_rapid_attempts_from_one_address_are_refused_after_the_limit(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let mut statuses = Vec::new();
    let mut last = Value::Null;
    for n in 0..100 {
        // Every attempt at another time of the day (some outside the hours: refused as taken).
        let time = format!("{:02}:{:02}", 7 + n / 8, (n % 4) * 15);
        let (status, body) = hold(&app, &clinic, &key(), clinic.providers[0], &time).await;
        statuses.push(status);
        last = body;
    }
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(limited, 80, "{statuses:?}");
    assert!(statuses[..20].iter().all(|s| *s != 429), "{statuses:?}");
    assert_eq!(
        last["RateLimited"]["retry_after_secs"].as_u64().map(|s| s > 3500),
        Some(true),
        "{last}"
    );
    // Refusals are audited, with the address and no staff actor.
    let (refused, anonymous): (i64, bool) = sqlx::query_as(
        "SELECT count(*), bool_and(actor_staff_id IS NULL AND ip IS NOT NULL) FROM audit_log
         WHERE action = 'online.time_held' AND result = 'denied'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((refused, anonymous), (80, true));
}

#[sqlx::test]
async fn scripts_are_refused_by_the_honeypot_and_the_missing_proof(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let key = key();
    assert!(ok(hold(&app, &clinic, &key, clinic.providers[0], "10:00").await.0));
    let challenge = progress(&app, &key).await.1["challenge"].as_str().unwrap().to_string();
    let proof = solve(&challenge);
    let details = |website: &'static str, proof: String| {
        let key = key.clone();
        let app = &app;
        async move {
            let form = [
                ("clinic", "test-clinic"),
                ("key", key.as_str()),
                ("form[first_name]", "Ann"),
                ("form[last_name]", "Online"),
                ("form[date_of_birth]", "1985-03-07"),
                ("form[email]", "ann@example.com"),
                ("form[phone]", "07700 900123"),
                ("form[reason]", ""),
                ("form[returning]", "new"),
                ("website", website),
                ("proof", proof.as_str()),
            ];
            app.call_json(&app.new_client(), "book/details", &form).await
        }
    };
    let (status, body) = details("http://cheap-pills.example", proof.clone()).await;
    assert_eq!(status, 409, "{body}");
    assert!(body.to_string().contains("could not accept this booking online"), "{body}");
    // No proof, straight after the hold: a script's speed.
    assert_eq!(details("", String::new()).await.0, 409);
    assert_eq!(details("", "12345".into()).await.0, 409);
    let (status, body) = details("", proof).await;
    assert!(ok(status), "{status} {body}");
    // Bad input is refused field by field and keeps what was typed.
    let form = [
        ("clinic", "test-clinic"),
        ("key", key.as_str()),
        ("form[first_name]", ""),
        ("form[last_name]", "Online"),
        ("form[date_of_birth]", "2999-01-01"),
        ("form[email]", "not an email"),
        ("form[phone]", ""),
        ("form[reason]", ""),
        ("form[returning]", "maybe"),
        ("proof", &solve(&challenge)),
    ];
    let (status, body) = app.call_json(&app.new_client(), "book/details", &form).await;
    assert_eq!(status, 400, "{body}");
    let text = body.to_string();
    for field in ["first_name", "date_of_birth", "email", "phone", "returning"] {
        assert!(text.contains(field), "{field}: {text}");
    }
}

/// The manage link's token in the latest email of `kind` about `appointment`, as it arrives
/// (delivered over SMTP to a receiver on loopback): the outbox itself holds no usable link.
pub async fn manage_token(pool: &PgPool, appointment: i64, kind: &str) -> String {
    let (id, stored): (i64, String) = sqlx::query_as(
        "SELECT id, text_body FROM email_outbox WHERE appointment_id = $1 AND kind = $2
         ORDER BY id DESC LIMIT 1",
    )
    .bind(appointment)
    .bind(kind)
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(stored.contains("/book/manage/LINK-CREATED-WHEN-SENT"), "{stored}");
    let receiver = SmtpReceiver::start().await;
    let worker = Delivery {
        pool: pool.clone(),
        sink: Sink::smtp(&receiver.url()).unwrap(),
        from: "Chairside <no-reply@clinic.example>".parse().unwrap(),
        policy: RetryPolicy::default(),
    };
    worker.run_once().await.unwrap();
    let message = receiver
        .received()
        .into_iter()
        .map(|m| m.replace("=\r\n", ""))
        .find(|m| m.contains(&format!("Message-ID: <outbox-{id}@")))
        .expect("the email was delivered");
    let start = message.find("/book/manage/").expect("a manage link") + "/book/manage/".len();
    // The token, without a link's own question (a reminder's `?confirm=1`).
    message[start..].split(|c: char| c.is_whitespace() || c == '?').next().unwrap().to_string()
}

#[sqlx::test]
async fn a_patient_moves_then_cancels_through_the_manage_link(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let id = book(&app, &clinic, "10:00", ANN).await;
    let token = manage_token(&pool, id, "booking_confirmation").await;
    assert_eq!(token.len(), 43, "256 random bits, URL-safe: {token}");
    let stored: i64 =
        sqlx::query_scalar("SELECT count(*) FROM manage_link WHERE token_hash = sha256($1::bytea)")
            .bind(token.as_bytes())
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(stored, 1, "only the hash is stored");
    let client = app.new_client();
    let (status, view) = app.call_json(&client, "book/manage", &[("token", token.as_str())]).await;
    assert_eq!(status, 200, "{view}");
    // Reached without an account: nothing from the patient's record.
    assert!(view.get("patient_first_name").is_none(), "{view}");
    assert_eq!(view["changeable"], true);

    // Moving offers times that overlap the appointment's own (the move replaces it).
    let date = clinic.day.to_string();
    let form = [("token", token.as_str()), ("reschedule", "true"), ("date", date.as_str())];
    let (status, view) = app.call_json(&client, "book/manage", &form).await;
    assert_eq!(status, 200, "{view}");
    let offered: Vec<&str> = view["picker"]["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["label"].as_str().unwrap())
        .collect();
    assert!(offered.contains(&"09:45") && offered.contains(&"10:15"), "{offered:?}");

    // Move to 14:00: atomically, so 10:00 is free again only now.
    let provider = clinic.providers[0].to_string();
    let to = format!("{}T14:00", clinic.day);
    let form =
        [("token", token.as_str()), ("provider_id", provider.as_str()), ("starts_at", to.as_str())];
    let (status, body) = app.call_json(&client, "book/manage/reschedule", &form).await;
    assert!(ok(status), "{status} {body}");
    assert!(ok(hold(&app, &clinic, &key(), clinic.providers[0], "10:00").await.0));
    // A time that is not offered (taken by that new hold) is refused; the appointment stays.
    let back = format!("{}T10:00", clinic.day);
    let form = [
        ("token", token.as_str()),
        ("provider_id", provider.as_str()),
        ("starts_at", back.as_str()),
    ];
    assert_eq!(app.call_json(&client, "book/manage/reschedule", &form).await.0, 409);
    let start: String = sqlx::query_scalar(
        "SELECT to_char(lower(visit) AT TIME ZONE 'Europe/London', 'HH24:MI') FROM appointment WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(start, "14:00");

    // The link of the moved email works too; cancelling sends its email.
    let moved_token = manage_token(&pool, id, "rescheduled").await;
    let (status, body) =
        app.call_json(&client, "book/manage/cancel", &[("token", moved_token.as_str())]).await;
    assert!(ok(status), "{status} {body}");
    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM email_outbox WHERE appointment_id = $1 ORDER BY id")
            .bind(id)
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(kinds, ["booking_confirmation", "rescheduled", "cancelled"]);
    let (_, view) = app.call_json(&client, "book/manage", &[("token", token.as_str())]).await;
    assert_eq!(view["status"], "cancelled");
    let (reason, kind): (String, String) = sqlx::query_as(
        "SELECT a.cancel_reason, r.kind FROM appointment a
         JOIN cancel_reason r ON r.id = a.cancel_reason_id WHERE a.status = 'cancelled'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (reason.as_str(), kind.as_str()),
        ("Cancelled online by the patient", "patient_online")
    );

    // Each public action is audited with the address and browser, and no staff actor.
    let actions: Vec<(String, bool)> = sqlx::query_as(
        "SELECT action, actor_staff_id IS NULL AND ip IS NOT NULL FROM audit_log
         WHERE action LIKE 'online.%' AND result = 'success' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let names: Vec<&str> = actions.iter().map(|(a, _)| a.as_str()).collect();
    for expected in [
        "online.time_held",
        "online.details_entered",
        "online.booked",
        "online.manage_viewed",
        "online.rescheduled",
        "online.cancelled",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    assert!(actions.iter().all(|(_, anonymous)| *anonymous), "{actions:?}");
}

#[sqlx::test]
async fn forged_and_expired_manage_links_are_refused_and_late_changes_go_to_the_phone(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let client = app.new_client();
    let forged = key();
    for endpoint in ["book/manage", "book/manage/cancel"] {
        assert_eq!(app.call_json(&client, endpoint, &[("token", forged.as_str())]).await.0, 404);
    }
    let id = book(&app, &clinic, "10:00", ANN).await;
    let token = manage_token(&pool, id, "booking_confirmation").await;

    // Inside the clinic's notice (24 hours by default): shown, but not changed online.
    sqlx::query(
        "UPDATE appointment SET visit = tstzrange(now() + interval '3 hours', now() + interval '210 minutes'),
                blocked = tstzrange(now() + interval '3 hours', now() + interval '220 minutes')
         WHERE id = $1",
    )
    .bind(id)
    .execute(&pool)
    .await
    .unwrap();
    let (status, view) = app.call_json(&client, "book/manage", &[("token", token.as_str())]).await;
    assert_eq!((status, &view["changeable"]), (200, &Value::Bool(false)), "{view}");
    let (status, body) =
        app.call_json(&client, "book/manage/cancel", &[("token", token.as_str())]).await;
    assert_eq!(status, 409, "{body}");
    assert!(body.to_string().contains("+44 20 7946 0000"), "the clinic's phone: {body}");

    // After the appointment has ended, the link no longer opens it.
    sqlx::query(
        "UPDATE appointment SET visit = tstzrange(now() - interval '2 hours', now() - interval '90 minutes'),
                blocked = tstzrange(now() - interval '2 hours', now() - interval '80 minutes')
         WHERE id = $1",
    )
    .bind(id)
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(app.call_json(&client, "book/manage", &[("token", token.as_str())]).await.0, 404);
}

#[sqlx::test]
async fn the_front_desk_sees_new_online_bookings_until_it_marks_them_seen(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app
        .signed_in("desk@test.example", chairside::domain::Role::Receptionist, "test-clinic")
        .await;
    let clinic = online_clinic(&pool, 1).await;
    let id = book(&app, &clinic, "10:00", ANN).await;
    let date = clinic.day.to_string();
    let calendar = |app: &TestApp| {
        let (desk, date) = (desk.clone(), date.clone());
        let address = app.address.clone();
        async move {
            let form = [("clinic", "test-clinic"), ("date", date.as_str())];
            let response = desk
                .post(format!("{address}/api/appointments/calendar"))
                .header("accept", "application/json")
                .form(&form)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            response.json::<Value>().await.unwrap()
        }
    };
    let view = calendar(&app).await;
    let new = view["new_online"].as_array().unwrap();
    assert_eq!(new.len(), 1, "{view}");
    assert_eq!(new[0]["id"], id);
    assert!(new[0]["summary"].as_str().unwrap().contains("Ann Online · Check-up"), "{new:?}");
    let card = &view["columns"][0]["appointments"][0]["appointment"];
    assert_eq!(
        (&card["id"], &card["booked_online"], &card["new_online"]),
        (&Value::from(id), &Value::Bool(true), &Value::Bool(true))
    );

    // The patient page lists it as booked online.
    let patient: i64 = sqlx::query_scalar("SELECT patient_id FROM appointment WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    let (status, record) =
        app.call_json(&desk, "patients/get", &[("id", patient.to_string().as_str())]).await;
    assert_eq!(status, 200, "{record}");
    assert_eq!(record["appointments"][0]["booked_online"], true);
    assert_eq!(record["appointments"][0]["status"], "Scheduled");

    // A time held by a patient still booking is shaded in the calendar, like time off.
    assert!(ok(hold(&app, &clinic, &key(), clinic.providers[0], "14:00").await.0));
    let view = calendar(&app).await;
    let away: Vec<&str> = view["columns"][0]["away"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["reason"].as_str().unwrap())
        .collect();
    assert_eq!(away, ["Held for a patient booking online"], "{view}");

    assert_eq!(app.call_json(&desk, "book/staff/seen", &[]).await.0, 200);
    let view = calendar(&app).await;
    assert_eq!(view["new_online"].as_array().unwrap().len(), 0, "{view}");
    assert_eq!(view["columns"][0]["appointments"][0]["appointment"]["new_online"], false);
}

/// A hold sent as a browser without JavaScript sends it: the page's key and stamp, no proof;
/// `from` is the client's address as a trusted proxy reports it.
async fn hold_as(
    app: &TestApp,
    clinic: &Clinic,
    (key, proof, stamp): (&str, &str, &str),
    time: &str,
    from: &str,
) -> (u16, Value) {
    let starts_at = format!("{}T{time}", clinic.day);
    let (type_id, provider) = (clinic.type_id.to_string(), clinic.providers[0].to_string());
    let form = [
        ("clinic", "test-clinic"),
        ("key", key),
        ("appointment_type_id", type_id.as_str()),
        ("provider_id", provider.as_str()),
        ("starts_at", starts_at.as_str()),
        ("proof", proof),
        ("stamp", stamp),
    ];
    let response = app
        .new_client()
        .post(app.url("/api/book/hold"))
        .header("accept", "application/json")
        .header("x-forwarded-for", from)
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[sqlx::test]
async fn a_hold_needs_the_proof_of_work_or_without_javascript_a_page_shown_a_moment_ago(
    pool: PgPool,
) {
    let app = spawn_app_with(pool.clone(), &[("TRUST_FORWARDED_FOR", "true")]).await;
    let clinic = online_clinic(&pool, 1).await;
    let (type_id, day) = (clinic.type_id.to_string(), clinic.day.to_string());
    let form = [
        ("clinic", "test-clinic"),
        ("appointment_type", &type_id),
        ("provider", "any"),
        ("date", &day),
    ];
    let (status, step) = app.call_json(&app.new_client(), "book/step", &form).await;
    assert_eq!(status, 200, "{step}");
    let (key, stamp) = (step["hold_key"].as_str().unwrap(), step["hold_stamp"].as_str().unwrap());
    let from = "192.0.2.1";

    let (status, body) = hold_as(&app, &clinic, (key, "", ""), "10:00", from).await;
    assert_eq!(status, 409, "neither proof nor stamp: {body}");
    assert!(body.to_string().contains("could not accept this booking online"), "{body}");
    let wrong = (solve(key).parse::<u64>().unwrap() - 1).to_string();
    assert_eq!(hold_as(&app, &clinic, (key, &wrong, ""), "10:00", from).await.0, 409);
    assert_eq!(hold_as(&app, &clinic, (key, "", stamp), "10:00", from).await.0, 409, "too soon");
    // Another key's stamp does not fit this key.
    let other = self::key();
    assert_eq!(hold_as(&app, &clinic, (&other, "", stamp), "10:00", from).await.0, 409);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let (status, body) = hold_as(&app, &clinic, (key, "", stamp), "10:00", from).await;
    assert!(ok(status), "a person without JavaScript: {status} {body}");
    let (status, body) = hold_as(&app, &clinic, (&other, &solve(&other), ""), "11:00", from).await;
    assert!(ok(status), "a browser with the proof: {status} {body}");
}

#[sqlx::test]
async fn one_address_block_holds_at_most_four_times_at_once(pool: PgPool) {
    let app = spawn_app_with(pool.clone(), &[("TRUST_FORWARDED_FOR", "true")]).await;
    let clinic = online_clinic(&pool, 1).await;
    let mut answers = Vec::new();
    for (n, time) in ["10:00", "11:00", "12:00", "13:00", "14:00"].into_iter().enumerate() {
        let key = key();
        // Addresses of one /64: one household, one server.
        let from = format!("2001:db8:1:2::{}", n + 1);
        answers.push(hold_as(&app, &clinic, (&key, &solve(&key), ""), time, &from).await);
    }
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    assert!(statuses[..4].iter().all(|s| ok(*s)), "{answers:?}");
    assert_eq!(statuses[4], 429, "{answers:?}");
    let wait = answers[4].1["RateLimited"]["retry_after_secs"].as_u64().unwrap();
    assert!((540..=600).contains(&wait), "until the first hold runs out: {wait}");
    // Another block is not held back by this one.
    let key = key();
    let (status, body) =
        hold_as(&app, &clinic, (&key, &solve(&key), ""), "15:00", "2001:db8:1:3::1").await;
    assert!(ok(status), "{status} {body}");
}

#[sqlx::test]
async fn the_hold_limit_counts_an_ipv6_client_by_its_64(pool: PgPool) {
    let app = spawn_app_with(pool.clone(), &[("TRUST_FORWARDED_FOR", "true")]).await;
    let clinic = online_clinic(&pool, 1).await;
    let mut statuses = Vec::new();
    for n in 0..21 {
        // A new address of the same /64 each time, asking for a time outside the hours (refused
        // as taken, so no hold stays and only the rate limit can refuse).
        let key = key();
        let from = format!("2001:db8:1:2:{n:x}::{n:x}");
        statuses.push(hold_as(&app, &clinic, (&key, &solve(&key), ""), "07:00", &from).await.0);
    }
    assert_eq!(statuses[..20], [409; 20], "{statuses:?}");
    assert_eq!(statuses[20], 429, "{statuses:?}");
    let key = key();
    let proof = solve(&key);
    let elsewhere = hold_as(&app, &clinic, (&key, &proof, ""), "07:00", "2001:db8:9::1").await;
    assert_eq!(elsewhere.0, 409, "another /64 has its own count");
}

#[sqlx::test]
async fn weaker_evidence_never_writes_to_a_record_and_the_public_side_shows_only_what_was_typed(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 2).await;
    let existing: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email,
                              mobile_phone)
         VALUES ($1, 1, 'Annabel', 'Secretname', '1985-03-07', 'ann@example.com', '+447700900123')
         RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE clinic SET next_patient_number = 2 WHERE id = $1")
        .bind(clinic.id)
        .execute(&pool)
        .await
        .unwrap();
    // Annabel is booked at 12:00 already (by the front desk).
    sqlx::query(
        "INSERT INTO appointment (clinic_id, patient_id, provider_id, appointment_type_id, visit,
                                  blocked)
         VALUES ($1, $2, $3, $4, tstzrange($5::timestamptz, $5::timestamptz + interval '30 minutes'),
                 tstzrange($5::timestamptz, $5::timestamptz + interval '30 minutes'))",
    )
    .bind(clinic.id)
    .bind(existing)
    .bind(clinic.providers[0])
    .bind(clinic.type_id)
    .bind(format!("{} 12:00 Europe/London", clinic.day))
    .execute(&pool)
    .await
    .unwrap();

    let stranger = ("Mallory", "1985-03-07", "mallory@example.com", "07700 900123");
    let ann_again = ("Ann", "1985-03-07", "ann@example.com", "07700 900999");
    let nobody = ("Cleo", "1970-05-05", "cleo@example.com", "07700 900555");
    let mut answers = Vec::new();
    for (time, who) in [("10:00", stranger), ("12:00", ann_again), ("14:00", nobody)] {
        let key = key();
        let held = hold(&app, &clinic, &key, clinic.providers[1], time).await;
        assert!(ok(held.0), "{held:?}");
        let mut seen = vec![held];
        seen.push(send_details(&app, &key, who).await);
        seen.push(confirm(&app, &key).await);
        let (status, after) = progress(&app, &key).await;
        // Once confirmed, the key opens nothing more than that.
        assert_eq!(after["progress"], "Confirmed", "{after}");
        assert_eq!((after["details"].clone(), after["when"].clone()), (Value::Null, "".into()));
        seen.push((status, after));
        let appointment = appointment_of(&pool, &key).await;
        let token = manage_token(&pool, appointment, "booking_confirmation").await;
        seen.push(app.call_json(&app.new_client(), "book/manage", &[("token", &token)]).await);
        let email: String = sqlx::query_scalar(
            "SELECT to_address || subject || text_body || html_body FROM email_outbox
             WHERE appointment_id = $1",
        )
        .bind(appointment)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert!(email.contains(who.0), "the name typed: {email}");
        for (_, body) in seen.iter().map(|(s, b)| (s, b.to_string())).chain([(&0, email)]) {
            assert!(!body.contains("Secretname") && !body.contains("Annabel"), "{body}");
        }
        let details: Option<Value> =
            sqlx::query_scalar("SELECT details FROM online_booking WHERE appointment_id = $1")
                .bind(appointment)
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(details, None, "what was typed is purged once confirmed");
        let statuses: Vec<u16> = seen.iter().map(|(s, _)| *s).collect();
        answers.push((statuses, appointment));
    }
    // Matched weakly, matched but busy, or not at all: the same answers.
    assert_eq!(answers[0].0, answers[1].0);
    assert_eq!(answers[0].0, answers[2].0);
    // None of them was written to Annabel's record: each has a new one, two flagged for staff.
    let owners: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT a.patient_id, b.possible_match_id FROM online_booking b
         JOIN appointment a ON a.id = b.appointment_id ORDER BY b.id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(owners.iter().all(|(patient, _)| *patient != existing), "{owners:?}");
    let flagged: Vec<Option<i64>> = owners.iter().map(|(_, m)| *m).collect();
    assert_eq!(flagged, [Some(existing), Some(existing), None]);

    // The front desk sees both questions beside the new bookings, and dismisses one.
    let desk = app.signed_in("desk@example.com", Role::Receptionist, "test-clinic").await;
    let day = clinic.day.to_string();
    let calendar = [("clinic", "test-clinic"), ("date", day.as_str())];
    let (status, view) = app.call_json(&desk, "appointments/calendar", &calendar).await;
    assert_eq!(status, 200, "{view}");
    let questions: Vec<Value> = view["new_online"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["possible_match"].as_object().map(|m| Value::Object(m.clone())))
        .collect();
    assert_eq!(questions.len(), 2, "{view}");
    assert!(
        questions.iter().all(|q| q["existing"] == "Annabel Secretname (P-000001)"),
        "{questions:?}"
    );
    let booking = questions[0]["booking_id"].to_string();
    let (status, body) =
        app.call_json(&desk, "book/staff/not-same-person", &[("booking_id", &booking)]).await;
    assert_eq!(status, 200, "{body}");
    let (_, view) = app.call_json(&desk, "appointments/calendar", &calendar).await;
    let open = view["new_online"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| !b["possible_match"].is_null())
        .count();
    assert_eq!(open, 1, "{view}");
    let (status, _) =
        app.call_json(&desk, "book/staff/not-same-person", &[("booking_id", &booking)]).await;
    assert_eq!(status, 404, "already dismissed");
}

#[sqlx::test]
async fn staff_cannot_change_the_status_of_a_time_a_patient_is_holding(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let key = key();
    assert!(ok(hold(&app, &clinic, &key, clinic.providers[0], "10:00").await.0));
    let held = appointment_of(&pool, &key).await.to_string();
    let desk = app.signed_in("desk@example.com", Role::Receptionist, "test-clinic").await;
    for status in ["confirmed", "cancelled"] {
        let form =
            [("id", held.as_str()), ("version", "1"), ("status", status), ("reason", "Phoned")];
        let (answer, body) = app.call_json(&desk, "appointments/set-status", &form).await;
        assert_eq!(
            (answer, body.clone()),
            (404, serde_json::json!("NotFound")),
            "{status}: {body}"
        );
    }
}
