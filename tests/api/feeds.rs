//! Calendar feeds, read by an iCalendar parser as a calendar app reads them: times in UTC that
//! stay right across a clock change, a UID per appointment that survives a move while its
//! SEQUENCE grows, cancelled appointments marked so, patients by initials only; the address
//! revoked or replaced stops working; only the provider's own person (or an admin) manages it.

use chairside::domain::Role;
use chrono::{Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use sqlx::PgPool;

use crate::confirmations::book_at;
use crate::helpers::{TestApp, spawn_app};
use crate::online_fixture::online_clinic;

/// The next day (after tomorrow, within the feed's reach) on which London's clocks change.
fn next_clock_change() -> NaiveDate {
    let today = Utc::now().with_timezone(&London).date_naive();
    let offset = |day: NaiveDate| {
        let noon = London.from_local_datetime(&day.and_hms_opt(12, 0, 0).unwrap()).unwrap();
        noon.naive_utc() - noon.naive_local()
    };
    (2..170)
        .map(|n| today + Days::new(n))
        .find(|day| offset(*day) != offset(*day - Days::new(1)))
        .expect("London changes its clocks twice a year")
}

/// `hour`:00 in London on `day`, as the feed writes it in UTC.
fn utc_at(day: NaiveDate, hour: u32) -> String {
    London
        .from_local_datetime(&day.and_hms_opt(hour, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc)
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// An event's properties by name (the first of each).
type Event = Vec<(String, String)>;

fn value<'a>(event: &'a Event, name: &str) -> &'a str {
    event.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or_default()
}

/// Fetches the feed at `address` (its path on the test server) and parses it.
async fn fetch(app: &TestApp, address: &str) -> (u16, Vec<Event>, String) {
    let path = &address[address.find("/feeds/").expect("a feed address")..];
    let response = app.new_client().get(app.url(path)).send().await.unwrap();
    let status = response.status().as_u16();
    if status != 200 {
        return (status, Vec::new(), String::new());
    }
    assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
    let text = response.text().await.unwrap();
    let calendar = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()))
        .next()
        .expect("one calendar")
        .expect("the feed parses as iCalendar");
    let events = calendar
        .events
        .into_iter()
        .map(|event| {
            event.properties.into_iter().map(|p| (p.name, p.value.unwrap_or_default())).collect()
        })
        .collect();
    (status, events, text)
}

async fn turn_on(app: &TestApp, client: &reqwest::Client, provider: i64) -> (u16, String) {
    let provider = provider.to_string();
    let (status, body) =
        app.call_json(client, "feeds/turn-on", &[("provider_id", provider.as_str())]).await;
    (status, body.as_str().unwrap_or_default().to_string())
}

#[sqlx::test]
async fn a_providers_feed_is_in_utc_across_a_clock_change_and_follows_moves_and_cancellations(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let provider = clinic.providers[0];
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("sam@test.example", Role::Dentist, "test-clinic").await;
    sqlx::query(
        "UPDATE provider SET staff_id = (SELECT id FROM staff WHERE email = 'sam@test.example')
         WHERE id = $1",
    )
    .bind(provider)
    .execute(&pool)
    .await
    .unwrap();
    let ann: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         VALUES ($1, 500, 'Ann', 'Wilson', '1980-01-01') RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let change = next_clock_change();
    let (before, after) = (change - Days::new(1), change + Days::new(1));
    let at = |day: NaiveDate| format!("{day}T10:00");
    let first = book_at(&app, &desk, ann, provider, clinic.type_id, at(before)).await;
    let second = book_at(&app, &desk, ann, provider, clinic.type_id, at(after)).await;

    let (status, address) = turn_on(&app, &dentist, provider).await;
    assert_eq!(status, 200, "{address}");
    let (status, events, text) = fetch(&app, &address).await;
    assert_eq!(status, 200);
    assert_eq!(events.len(), 2, "{text}");
    // The same wall-clock time either side of the change, an hour apart in UTC.
    assert_ne!(utc_at(before, 10)[9..], utc_at(after, 10)[9..]);
    assert_eq!(value(&events[0], "DTSTART"), utc_at(before, 10));
    assert_eq!(value(&events[1], "DTSTART"), utc_at(after, 10));
    assert_eq!(value(&events[0], "SUMMARY"), "Check-up · A. W.");
    assert!(!text.contains("Wilson") && !text.contains("Ann"), "only initials: {text}");
    assert_eq!(value(&events[0], "STATUS"), "CONFIRMED");
    // The clinic decides how much of the patient shows.
    for (detail, title) in [("none", "Check-up"), ("name", "Check-up · Ann Wilson")] {
        sqlx::query("UPDATE clinic SET feed_patient_detail = $2 WHERE id = $1")
            .bind(clinic.id)
            .bind(detail)
            .execute(&pool)
            .await
            .unwrap();
        assert_eq!(value(&fetch(&app, &address).await.1[0], "SUMMARY"), title);
    }
    sqlx::query("UPDATE clinic SET feed_patient_detail = 'initials' WHERE id = $1")
        .bind(clinic.id)
        .execute(&pool)
        .await
        .unwrap();
    let uid = value(&events[0], "UID").to_string();
    let sequence: u32 = value(&events[0], "SEQUENCE").parse().unwrap();

    // Moved to 11:00 the same day: the same UID, a higher SEQUENCE.
    let (id, version) = (first.to_string(), "1".to_string());
    let moved_to = format!("{before}T11:00");
    let form = [
        ("id", id.as_str()),
        ("version", version.as_str()),
        ("provider_id", &provider.to_string()),
        ("starts_at", moved_to.as_str()),
    ];
    let (status, body) = app.call_json(&desk, "appointments/reschedule", &form).await;
    assert_eq!(status, 200, "{body}");
    // Cancelled: still in the feed, marked cancelled (so calendars remove it).
    let reason: i64 = sqlx::query_scalar(
        "SELECT id FROM cancel_reason WHERE clinic_id = $1 AND kind = 'custom' ORDER BY id LIMIT 1",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let (second_id, reason) = (second.to_string(), reason.to_string());
    let cancel = [
        ("id", second_id.as_str()),
        ("version", "1"),
        ("status", "cancelled"),
        ("reason_code", reason.as_str()),
        ("reason", "Called"),
    ];
    assert_eq!(app.call_json(&desk, "appointments/set-status", &cancel).await.0, 200);
    let (_, events, text) = fetch(&app, &address).await;
    let moved = events.iter().find(|e| value(e, "UID") == uid).expect("the same UID");
    assert!(value(moved, "SEQUENCE").parse::<u32>().unwrap() > sequence, "{text}");
    assert_eq!(value(moved, "DTSTART"), utc_at(before, 11));
    let cancelled = events.iter().find(|e| value(e, "UID") != uid).unwrap();
    assert_eq!(value(cancelled, "STATUS"), "CANCELLED");

    // Each fetch is an audited read of the patients it shows.
    let fetched: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'feed.fetched'
           AND details->'patients' @> to_jsonb($1)",
    )
    .bind(vec![ann])
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(fetched, 4);

    // A new address replaces the old; turned off, none works.
    let (_, replacement) = turn_on(&app, &dentist, provider).await;
    assert_ne!(replacement, address);
    assert_eq!(fetch(&app, &address).await.0, 404);
    assert_eq!(fetch(&app, &replacement).await.0, 200);
    let provider_field = provider.to_string();
    let off = [("provider_id", provider_field.as_str())];
    assert_eq!(app.call_json(&dentist, "feeds/turn-off", &off).await.0, 200);
    assert_eq!(fetch(&app, &replacement).await.0, 404);
    assert_eq!(fetch(&app, "/feeds/not-a-token.ics").await.0, 404);
}

#[sqlx::test]
async fn only_the_providers_own_person_or_an_admin_manages_its_feed(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let provider = clinic.providers[0];
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let other = app.signed_in("other@test.example", Role::Dentist, "test-clinic").await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    assert_eq!(turn_on(&app, &desk, provider).await.0, 404);
    assert_eq!(turn_on(&app, &other, provider).await.0, 404);
    let (status, mine) = app.call_json(&other, "feeds/mine", &[]).await;
    assert_eq!((status, mine), (200, serde_json::json!([])));
    let (status, address) = turn_on(&app, &admin, provider).await;
    assert_eq!(status, 200);
    assert_eq!(fetch(&app, &address).await.0, 200);
}

#[sqlx::test]
async fn a_confirmation_email_carries_the_appointment_as_a_calendar_file(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let bea: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email)
         VALUES ($1, 501, 'Bea', 'Lund', '1981-02-03', 'bea@example.com') RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let day = clinic.day;
    book_at(&app, &desk, bea, clinic.providers[0], clinic.type_id, format!("{day}T10:00")).await;
    let receiver = crate::smtp::SmtpReceiver::start().await;
    let worker = chairside::email::delivery::Delivery {
        pool: pool.clone(),
        sink: chairside::email::delivery::Sink::smtp(&receiver.url()).unwrap(),
        from: "Chairside <no-reply@clinic.example>".parse().unwrap(),
        policy: chairside::email::delivery::RetryPolicy::default(),
    };
    worker.run_once().await.unwrap();
    let message = receiver.received().into_iter().find(|m| m.contains("bea@example.com")).unwrap();
    for part in [
        "text/calendar; charset=utf-8; method=PUBLISH",
        "appointment.ics",
        "BEGIN:VCALENDAR",
        "METHOD:PUBLISH",
        "SUMMARY:Check-up at Test Clinic",
        &format!("DTSTART:{}", utc_at(day, 10)),
    ] {
        assert!(message.contains(part), "{part} in {message}");
    }

    // Worded in the patient's language, as the email is.
    let eva: i64 = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email,
                              language)
         VALUES ($1, 502, 'Eva', 'Ruiz', '1985-04-05', 'eva@example.com', 'es') RETURNING id",
    )
    .bind(clinic.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    book_at(&app, &desk, eva, clinic.providers[0], clinic.type_id, format!("{day}T11:00")).await;
    worker.run_once().await.unwrap();
    let message = receiver.received().into_iter().find(|m| m.contains("eva@example.com")).unwrap();
    for part in ["SUMMARY:Check-up en Test Clinic", "DESCRIPTION:Con "] {
        assert!(message.contains(part), "{part} in {message}");
    }
}
