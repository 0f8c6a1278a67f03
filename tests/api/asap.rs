//! The ASAP list: a cancelled time is offered by email to the waiting patients it suits, a few
//! at a time; the first to take it from the email books it, the others are told it was taken
//! and stay on the list; offers run out; a patient with a later appointment of the type has it
//! moved, not doubled; and patients booking online can ask to be told of an earlier time.

use chairside::asap::offers::{BATCH, BATCH_EVERY_MINUTES, offer_due};
use chairside::domain::Role;
use chairside::email::delivery::{Delivery, RetryPolicy, Sink};
use chrono::{Duration, Utc};
use serde_json::Value;
use sqlx::PgPool;
use url::Url;

use crate::confirmations::book_at;
use crate::helpers::{TestApp, spawn_app};
use crate::online_fixture::{Clinic, online_clinic};
use crate::smtp::SmtpReceiver;

fn site() -> Url {
    "https://clinic.example".parse().unwrap()
}

/// A patient of the clinic with an email address.
async fn patient(pool: &PgPool, clinic: &Clinic, first_name: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email,
                              email_reminders)
         VALUES ($1, (SELECT count(*) + 1000 FROM patient), $2, 'Waiting', '1980-02-03',
                 lower($2) || '@example.com', true)
         RETURNING id",
    )
    .bind(clinic.id)
    .bind(first_name)
    .fetch_one(pool)
    .await
    .unwrap()
}

/// Puts `patient` on the ASAP list for the clinic's type through the patient page's form;
/// `extra` adds fields (days, hours).
async fn add_to_list(
    app: &TestApp,
    desk: &reqwest::Client,
    clinic: &Clinic,
    patient: i64,
    extra: &[(&str, &str)],
) {
    let (patient, kind) = (patient.to_string(), clinic.type_id.to_string());
    let until = (clinic.day + chrono::Days::new(30)).to_string();
    let mut form = vec![
        ("patient_id", patient.as_str()),
        ("form[asap_type]", kind.as_str()),
        ("form[asap_until]", until.as_str()),
    ];
    form.extend_from_slice(extra);
    let (status, body) = app.call_json(desk, "asap/add", &form).await;
    assert_eq!(status, 200, "{body}");
}

/// Books `patient` at `time` on the clinic's day through the calendar, as the front desk does.
async fn booked_by_desk(
    app: &TestApp,
    desk: &reqwest::Client,
    clinic: &Clinic,
    patient: i64,
    time: &str,
) -> i64 {
    let at = format!("{}T{time}", clinic.day);
    book_at(app, desk, patient, clinic.providers[0], clinic.type_id, at).await
}

/// Cancels `appointment` from the calendar, with one of the clinic's reasons.
async fn cancel(app: &TestApp, desk: &reqwest::Client, appointment: i64) {
    let (reason, version): (i64, i32) = sqlx::query_as(
        "SELECT r.id, a.version FROM appointment a
         JOIN cancel_reason r ON r.clinic_id = a.clinic_id AND r.kind = 'custom'
         WHERE a.id = $1 ORDER BY r.id LIMIT 1",
    )
    .bind(appointment)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let (id, version, reason) = (appointment.to_string(), version.to_string(), reason.to_string());
    let form = [
        ("id", id.as_str()),
        ("version", version.as_str()),
        ("status", "cancelled"),
        ("reason_code", reason.as_str()),
        ("reason", "Called to cancel"),
    ];
    let (status, body) = app.call_json(desk, "appointments/set-status", &form).await;
    assert_eq!(status, 200, "{body}");
}

/// Sends what the outbox holds over SMTP; answers each offer email's addressee and the token of
/// its link, as they arrive (the outbox holds only the marker).
async fn delivered_offers(pool: &PgPool) -> Vec<(String, String)> {
    let receiver = SmtpReceiver::start().await;
    let worker = Delivery {
        pool: pool.clone(),
        sink: Sink::smtp(&receiver.url()).unwrap(),
        from: "Chairside <no-reply@clinic.example>".parse().unwrap(),
        policy: RetryPolicy::default(),
    };
    while worker.run_once().await.unwrap() > 0 {}
    receiver
        .received()
        .into_iter()
        .map(|m| m.replace("=\r\n", "").replace("=3D", "="))
        .filter_map(|m| {
            let start = m.find("/book/offer/")? + "/book/offer/".len();
            let to = m.lines().find(|l| l.starts_with("To:"))?.to_lowercase();
            Some((to, m[start..start + 43].to_string()))
        })
        .collect()
}

/// The token of the offer to `first_name`, among `offers`.
fn token_of(offers: &[(String, String)], first_name: &str) -> String {
    let address = format!("{}@example.com", first_name.to_lowercase());
    offers
        .iter()
        .find(|(to, _)| to.contains(&address))
        .map(|(_, token)| token.clone())
        .unwrap_or_else(|| panic!("no offer to {address} in {offers:?}"))
}

async fn offer_page(app: &TestApp, token: &str) -> Value {
    let (status, offer) = app.call_json(&app.new_client(), "book/offer", &[("token", token)]).await;
    assert_eq!(status, 200, "{offer}");
    offer
}

async fn claim(app: &TestApp, token: &str) -> (u16, Value) {
    app.call_json(&app.new_client(), "book/offer/claim", &[("token", token)]).await
}

/// Why a patient's request ended, if it has.
async fn request_ended(pool: &PgPool, patient: i64) -> Option<String> {
    sqlx::query_scalar(
        "SELECT end_reason FROM asap_request WHERE patient_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(patient)
    .fetch_one(pool)
    .await
    .unwrap()
}

/// The starts (clinic time, `10:00`) of a patient's live appointments.
async fn live_times(pool: &PgPool, patient: i64) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT to_char(lower(visit) AT TIME ZONE 'Europe/London', 'HH24:MI') FROM appointment
         WHERE patient_id = $1 AND status IN ('scheduled', 'confirmed') ORDER BY lower(visit)",
    )
    .bind(patient)
    .fetch_all(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn a_cancelled_time_goes_to_two_waiting_patients_and_only_the_first_to_claim_gets_it(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (zed, ann, bea) = (
        patient(&pool, &clinic, "Zed").await,
        patient(&pool, &clinic, "Ann").await,
        patient(&pool, &clinic, "Bea").await,
    );
    let freed = booked_by_desk(&app, &desk, &clinic, zed, "10:00").await;
    add_to_list(&app, &desk, &clinic, ann, &[]).await;
    add_to_list(&app, &desk, &clinic, bea, &[]).await;
    // Nothing is freed yet: nothing goes.
    assert_eq!(offer_due(&pool, &site(), Utc::now()).await.unwrap(), 0);
    cancel(&app, &desk, freed).await;
    assert_eq!(offer_due(&pool, &site(), Utc::now()).await.unwrap(), 2);
    let offers = delivered_offers(&pool).await;
    assert_eq!(offers.len(), 2, "{offers:?}");
    let (ann_token, bea_token) = (token_of(&offers, "Ann"), token_of(&offers, "Bea"));
    let shown = offer_page(&app, &ann_token).await;
    assert_eq!(shown["type_name"], "Check-up");
    assert!(shown["when"].as_str().unwrap().ends_with("at 10:00"), "{shown}");
    assert!(shown["state"]["Open"].is_object(), "{shown}");

    // Both take it at once: exactly one books it.
    let (first, second) = tokio::join!(claim(&app, &ann_token), claim(&app, &bea_token));
    let answers = [(first, ann, &ann_token), (second, bea, &bea_token)];
    let winners: Vec<_> = answers.iter().filter(|((status, _), ..)| *status < 400).collect();
    let losers: Vec<_> = answers.iter().filter(|((status, _), ..)| *status >= 400).collect();
    assert_eq!((winners.len(), losers.len()), (1, 1), "{answers:?}");
    let ((_, _), winner, _) = winners[0];
    let ((status, refusal), loser, loser_token) = losers[0];
    assert_eq!(*status, 409, "{refusal}");
    assert!(
        refusal.to_string().contains("taken by another patient. You are still on the list"),
        "{refusal}"
    );
    assert_eq!(live_times(&pool, *winner).await, ["10:00"]);
    assert_eq!(live_times(&pool, *loser).await, Vec::<String>::new());
    assert_eq!(request_ended(&pool, *winner).await.as_deref(), Some("booked"));
    assert_eq!(request_ended(&pool, *loser).await, None, "the loser stays on the list");
    // Opened later, the loser's offer says it was taken; the winner's that it is theirs.
    assert_eq!(offer_page(&app, loser_token).await["state"], "Taken");
    let winner_token = if *winner == ann { &ann_token } else { &bea_token };
    assert_eq!(offer_page(&app, winner_token).await["state"], "Claimed");
    // Claimed twice (a double click), it is still one booking.
    assert!(claim(&app, winner_token).await.0 < 400);
    assert_eq!(live_times(&pool, *winner).await, ["10:00"]);
    let (claims, confirmations): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM audit_log WHERE action = 'asap.claimed' AND patient_id = $1),
                (SELECT count(*) FROM email_outbox e JOIN appointment a ON a.id = e.appointment_id
                 WHERE e.kind = 'booking_confirmation' AND a.patient_id = $1)",
    )
    .bind(*winner)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((claims, confirmations), (1, 1));
}

#[sqlx::test]
async fn an_offer_runs_out_and_then_books_nothing(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (zed, ann) = (patient(&pool, &clinic, "Zed").await, patient(&pool, &clinic, "Ann").await);
    let freed = booked_by_desk(&app, &desk, &clinic, zed, "11:00").await;
    add_to_list(&app, &desk, &clinic, ann, &[]).await;
    cancel(&app, &desk, freed).await;
    assert_eq!(offer_due(&pool, &site(), Utc::now()).await.unwrap(), 1);
    let token = token_of(&delivered_offers(&pool).await, "Ann");
    let until: chrono::DateTime<Utc> =
        sqlx::query_scalar("SELECT expires_at FROM asap_offer").fetch_one(&pool).await.unwrap();
    assert!(until <= Utc::now() + Duration::hours(24) && until > Utc::now(), "{until}");
    // A day later, say: the offer has run out.
    sqlx::query("UPDATE asap_offer SET expires_at = now() - interval '1 minute'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(offer_page(&app, &token).await["state"], "Closed");
    let (status, refusal) = claim(&app, &token).await;
    assert_eq!(status, 409, "{refusal}");
    assert!(refusal.to_string().contains("This offer has run out"), "{refusal}");
    assert_eq!(live_times(&pool, ann).await, Vec::<String>::new());
    assert_eq!(request_ended(&pool, ann).await, None, "still on the list");
    // A forged token is not found, like any unknown link.
    let forged = "A".repeat(43);
    let (status, _) = app.call_json(&app.new_client(), "book/offer", &[("token", &forged)]).await;
    assert_eq!(status, 404);
    assert_eq!(claim(&app, &forged).await.0, 404);
}

#[sqlx::test]
async fn a_patient_booked_later_who_asked_online_has_the_appointment_moved_not_doubled(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let zed = patient(&pool, &clinic, "Zed").await;
    let freed = booked_by_desk(&app, &desk, &clinic, zed, "10:00").await;
    // Ann books 15:00 online and ticks "tell me if an earlier time frees up".
    let later =
        crate::online::book_wanting_earlier(&app, &clinic, "15:00", crate::online::ANN).await;
    let ann: i64 = sqlx::query_scalar("SELECT patient_id FROM appointment WHERE id = $1")
        .bind(later)
        .fetch_one(&pool)
        .await
        .unwrap();
    let (source, until): (String, chrono::NaiveDate) =
        sqlx::query_as("SELECT source, expires_on FROM asap_request WHERE patient_id = $1")
            .bind(ann)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((source.as_str(), until), ("online", clinic.day - chrono::Days::new(1)));
    cancel(&app, &desk, freed).await;
    assert_eq!(offer_due(&pool, &site(), Utc::now()).await.unwrap(), 1);
    let token = token_of(&delivered_offers(&pool).await, "Ann");
    let shown = offer_page(&app, &token).await;
    assert!(shown["state"]["Open"]["moves"].as_str().unwrap().ends_with("at 15:00"), "{shown}");
    let (status, body) = claim(&app, &token).await;
    assert!(status < 400, "{status} {body}");
    // The same appointment, now at 10:00; no second one.
    assert_eq!(live_times(&pool, ann).await, ["10:00"]);
    let moved: String = sqlx::query_scalar(
        "SELECT to_char(lower(visit) AT TIME ZONE 'Europe/London', 'HH24:MI') FROM appointment
         WHERE id = $1",
    )
    .bind(later)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(moved, "10:00");
    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM email_outbox WHERE appointment_id = $1 ORDER BY id")
            .bind(later)
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(kinds, ["booking_confirmation", "rescheduled"]);
    // Ann's old time is freed in turn (for whoever else waits).
    let freed_again: Vec<String> = sqlx::query_scalar(
        "SELECT to_char(starts_at AT TIME ZONE 'Europe/London', 'HH24:MI') FROM asap_opening
         WHERE claimed_at IS NULL",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(freed_again, ["15:00"]);
}

#[sqlx::test]
async fn offers_go_in_batches_to_the_earliest_waiting_whose_days_and_hours_suit(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let zed = patient(&pool, &clinic, "Zed").await;
    let freed = booked_by_desk(&app, &desk, &clinic, zed, "10:00").await;
    // Mornings only but not that early; a day of the week that is not the day; then five who
    // would take any time, in the order they asked.
    let early = patient(&pool, &clinic, "Early").await;
    add_to_list(&app, &desk, &clinic, early, &[("form[asap_latest]", "09:30")]).await;
    let other_day = patient(&pool, &clinic, "Otherday").await;
    let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let not_the_day =
        weekday[(chrono::Datelike::weekday(&clinic.day).num_days_from_monday() as usize + 1) % 7];
    let field = format!("form[asap_{not_the_day}]");
    add_to_list(&app, &desk, &clinic, other_day, &[(field.as_str(), "on")]).await;
    let names = ["Una", "Dos", "Tres", "Cuatro", "Cinco"];
    for name in names {
        let id = patient(&pool, &clinic, name).await;
        add_to_list(&app, &desk, &clinic, id, &[]).await;
    }
    cancel(&app, &desk, freed).await;
    let now = Utc::now();
    assert_eq!(offer_due(&pool, &site(), now).await.unwrap(), BATCH);
    let offered = |pool: PgPool| async move {
        sqlx::query_scalar::<_, String>(
            "SELECT p.first_name FROM asap_offer f JOIN asap_request r ON r.id = f.request_id
             JOIN patient p ON p.id = r.patient_id ORDER BY f.id",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
    };
    assert_eq!(offered(pool.clone()).await, ["Una", "Dos", "Tres"]);
    // Not before the next batch is due; then the rest.
    assert_eq!(offer_due(&pool, &site(), now).await.unwrap(), 0);
    let next = now + Duration::minutes(BATCH_EVERY_MINUTES) + Duration::seconds(1);
    assert_eq!(offer_due(&pool, &site(), next).await.unwrap(), 2);
    assert_eq!(offered(pool.clone()).await, ["Una", "Dos", "Tres", "Cuatro", "Cinco"]);
    // Nobody else suits it: no more batches.
    let later = next + Duration::minutes(BATCH_EVERY_MINUTES) + Duration::seconds(1);
    assert_eq!(offer_due(&pool, &site(), later).await.unwrap(), 0);
    let reason: Option<String> = sqlx::query_scalar("SELECT closed_reason FROM asap_opening")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(reason.as_deref(), Some("nobody waiting fits"));

    // The front desk sees the freed time and who waits, and may still offer it by hand, once.
    let (status, list) = app.call_json(&desk, "asap/list", &[("clinic", "test-clinic")]).await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(list["waiting"].as_array().unwrap().len(), 7);
    assert_eq!(list["freed"][0]["offers"], 5);
    let opening = list["freed"][0]["opening_id"].as_i64().unwrap().to_string();
    let early_request = list["waiting"][0]["request_id"].as_i64().unwrap().to_string();
    let unas_request = list["waiting"][2]["request_id"].as_i64().unwrap().to_string();
    let by_hand = [("opening_id", opening.as_str()), ("request_id", early_request.as_str())];
    let (status, refusal) = app.call_json(&desk, "asap/offer", &by_hand).await;
    assert_eq!(status, 409, "outside Early's hours: {refusal}");
    let again = [("opening_id", opening.as_str()), ("request_id", unas_request.as_str())];
    let (status, refusal) = app.call_json(&desk, "asap/offer", &again).await;
    assert_eq!(status, 409, "Una has had it: {refusal}");
    assert!(refusal.to_string().contains("offered it already"), "{refusal}");
}

#[sqlx::test]
async fn a_refused_request_says_why_beside_each_field_and_removing_ends_it(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let ann = patient(&pool, &clinic, "Ann").await;
    let ann_id = ann.to_string();
    let form = [
        ("patient_id", ann_id.as_str()),
        ("form[asap_type]", ""),
        ("form[asap_earliest]", "14:00"),
        ("form[asap_latest]", "10:00"),
        ("form[asap_until]", "2020-01-01"),
    ];
    let (status, refusal) = app.call_json(&desk, "asap/add", &form).await;
    assert_eq!(status, 400, "{refusal}");
    let text = refusal.to_string();
    for message in [
        "Choose what the patient is waiting for.",
        "The latest start must be after the earliest.",
        "The last day cannot be in the past.",
    ] {
        assert!(text.contains(message), "{message}: {text}");
    }
    add_to_list(&app, &desk, &clinic, ann, &[]).await;
    // Added again, the request is replaced, not doubled.
    add_to_list(&app, &desk, &clinic, ann, &[("form[asap_earliest]", "13:00")]).await;
    let (status, shown) = app.call_json(&desk, "patients/get", &[("id", ann_id.as_str())]).await;
    assert_eq!(status, 200, "{shown}");
    let requests = shown["asap"]["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 1, "{shown}");
    assert_eq!(requests[0]["when"], "Any day · from 13:00");
    let request = requests[0]["request_id"].as_i64().unwrap().to_string();
    let (status, _) = app.call_json(&desk, "asap/remove", &[("request_id", &request)]).await;
    assert_eq!(status, 200);
    assert_eq!(request_ended(&pool, ann).await.as_deref(), Some("removed"));
    // A dentist may look at patients but does not work the list.
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (status, _) = app.call_json(&dentist, "asap/list", &[("clinic", "test-clinic")]).await;
    assert_eq!(status, 403);
    let (status, shown) = app.call_json(&dentist, "patients/get", &[("id", ann_id.as_str())]).await;
    assert_eq!((status, &shown["asap"]), (200, &Value::Null), "{shown}");
}

#[sqlx::test]
async fn the_running_worker_offers_a_time_as_soon_as_it_is_freed(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (zed, ann) = (patient(&pool, &clinic, "Zed").await, patient(&pool, &clinic, "Ann").await);
    let freed = booked_by_desk(&app, &desk, &clinic, zed, "14:00").await;
    add_to_list(&app, &desk, &clinic, ann, &[]).await;
    let worker = tokio::spawn(chairside::asap::offers::run(pool.clone(), site()));
    // Once it listens (its round at start found nothing freed), the next round is a minute
    // away: only the freed time's notice can bring the offer before that.
    let listening = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND query LIKE 'LISTEN%'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let offers = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM asap_offer")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let mut waited = 0;
    while listening().await == 0 {
        assert!(waited < 200, "the worker never listened");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        waited += 1;
    }
    assert_eq!(offers().await, 0);
    cancel(&app, &desk, freed).await;
    let mut waited = 0;
    while offers().await == 0 {
        assert!(waited < 400, "no offer within 20 seconds of the cancellation");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        waited += 1;
    }
    worker.abort();
    let to: String =
        sqlx::query_scalar("SELECT to_address FROM email_outbox WHERE kind = 'asap_offer'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(to, "ann@example.com");
}
