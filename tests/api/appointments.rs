//! No double booking, guaranteed by the database: many bookings of one time at once, exactly
//! one wins and the others get a clear conflict; for providers, chairs, patients, and overlaps
//! that touch only the buffers.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;
use tokio::task::JoinSet;

use crate::helpers::{TestApp, spawn_app};

/// A clinic with `providers` providers, `patients` patients, one chair, and a 30-minute type
/// with 5 minutes of preparation and 10 of clean-up that every provider performs. Answers the
/// ids: (providers, patients, chair, type).
pub async fn clinic(
    pool: &PgPool,
    providers: i64,
    patients: i64,
    needs_chair: bool,
) -> (Vec<i64>, Vec<i64>, i64, i64) {
    let clinic: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(pool)
        .await
        .unwrap();
    let provider_ids: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO provider (clinic_id, name, kind, colour)
         SELECT $1, 'Dr ' || n, 'dentist', '#123456' FROM generate_series(1, $2) n RETURNING id",
    )
    .bind(clinic)
    .bind(providers)
    .fetch_all(pool)
    .await
    .unwrap();
    let patient_ids: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         SELECT $1, n, 'Pat', 'Number ' || n, '1990-01-01' FROM generate_series(1, $2) n RETURNING id",
    )
    .bind(clinic)
    .bind(patients)
    .fetch_all(pool)
    .await
    .unwrap();
    let chair: i64 = sqlx::query_scalar(
        "INSERT INTO chair (clinic_id, name) VALUES ($1, 'Surgery 1') RETURNING id",
    )
    .bind(clinic)
    .fetch_one(pool)
    .await
    .unwrap();
    let kind: i64 = sqlx::query_scalar(
        "INSERT INTO appointment_type (clinic_id, name, duration_minutes, buffer_before_minutes,
                                       buffer_after_minutes, colour, needs_chair)
         VALUES ($1, 'Check-up', 30, 5, 10, '#abcdef', $2) RETURNING id",
    )
    .bind(clinic)
    .bind(needs_chair)
    .fetch_one(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO appointment_type_provider (clinic_id, appointment_type_id, provider_id)
         SELECT $1, $2, unnest($3::bigint[])",
    )
    .bind(clinic)
    .bind(kind)
    .bind(&provider_ids)
    .execute(pool)
    .await
    .unwrap();
    (provider_ids, patient_ids, chair, kind)
}

/// Sends all the bookings at once; answers the statuses and the conflict messages.
async fn race(
    app: &TestApp,
    client: &reqwest::Client,
    bookings: Vec<Vec<(&'static str, String)>>,
) -> (usize, Vec<String>) {
    let mut tasks = JoinSet::new();
    for form in bookings {
        let (client, url) = (client.clone(), app.url("/api/appointments/book"));
        tasks.spawn(async move {
            let response = client
                .post(url)
                .header("accept", "application/json")
                .form(&form)
                .send()
                .await
                .unwrap();
            (response.status().as_u16(), response.json::<Value>().await.unwrap_or(Value::Null))
        });
    }
    let mut booked = 0;
    let mut conflicts = Vec::new();
    while let Some(result) = tasks.join_next().await {
        let (status, body) = result.unwrap();
        match status {
            200 => booked += 1,
            409 => conflicts.push(body["Conflict"].as_str().unwrap_or_default().to_string()),
            other => panic!("unexpected answer {other}: {body}"),
        }
    }
    (booked, conflicts)
}

/// Cancels every appointment directly in the database (as "other", now).
pub async fn cancel_all(pool: &PgPool) {
    sqlx::query(
        "UPDATE appointment a SET status = 'cancelled', cancelled_at = now(),
                cancel_reason_id = (SELECT r.id FROM cancel_reason r
                                    WHERE r.clinic_id = a.clinic_id AND r.kind = 'other')",
    )
    .execute(pool)
    .await
    .unwrap();
}

pub fn pairs<'a>(form: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    form.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

pub fn booking(
    patient: i64,
    provider: i64,
    chair: Option<i64>,
    kind: i64,
    at: &str,
) -> Vec<(&'static str, String)> {
    let mut form = vec![
        ("patient_id", patient.to_string()),
        ("appointment_type_id", kind.to_string()),
        ("provider_id", provider.to_string()),
        ("starts_at", at.to_string()),
    ];
    if let Some(chair) = chair {
        form.push(("chair_id", chair.to_string()));
    }
    form
}

#[sqlx::test]
async fn fifty_bookings_of_one_provider_at_one_time_give_one_appointment(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 50, false).await;
    let bookings = patients
        .iter()
        .map(|p| booking(*p, providers[0], None, kind, "2030-01-07T10:00"))
        .collect();
    let (booked, conflicts) = race(&app, &desk, bookings).await;
    assert_eq!((booked, conflicts.len()), (1, 49));
    assert!(conflicts.iter().all(|c| c == JUST_TAKEN_AT_10), "{conflicts:?}");
    let live: i64 =
        sqlx::query_scalar("SELECT count(*) FROM appointment").fetch_one(&pool).await.unwrap();
    assert_eq!(live, 1);
}

#[sqlx::test]
async fn fifty_bookings_of_one_chair_at_one_time_give_one_appointment(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, chair, kind) = clinic(&pool, 50, 50, true).await;
    let bookings = providers
        .iter()
        .zip(&patients)
        .map(|(provider, patient)| {
            booking(*patient, *provider, Some(chair), kind, "2030-01-07T10:00")
        })
        .collect();
    let (booked, conflicts) = race(&app, &desk, bookings).await;
    assert_eq!((booked, conflicts.len()), (1, 49));
    assert!(conflicts.iter().all(|c| c == JUST_TAKEN_AT_10), "{conflicts:?}");
}

/// The answer to a lost race for 10:00 on 7 January 2030, whatever took the time.
pub const JUST_TAKEN_AT_10: &str =
    "That time was just taken: Mon 7 Jan at 10:00 is no longer free. Choose another time.";

#[sqlx::test]
async fn a_time_lost_in_a_race_is_just_taken_whatever_took_it(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    // One chair, chosen by the booking: some lose the provider, some the chair, and some find
    // no chair free any more.
    let (providers, patients, _, kind) = clinic(&pool, 25, 50, true).await;
    let bookings = patients
        .iter()
        .enumerate()
        .map(|(i, patient)| {
            let provider = if i % 2 == 0 { providers[0] } else { providers[i / 2] };
            booking(*patient, provider, None, kind, "2030-01-07T10:00")
        })
        .collect();
    let (booked, conflicts) = race(&app, &desk, bookings).await;
    assert_eq!((booked, conflicts.len()), (1, 49));
    assert!(conflicts.iter().all(|c| c == JUST_TAKEN_AT_10), "{conflicts:?}");
    // Asked again afterwards, with every chair taken: the same answer.
    let late = booking(patients[1], providers[1], None, kind, "2030-01-07T10:15");
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs(&late)).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(
        body["Conflict"],
        "That time was just taken: Mon 7 Jan at 10:15 is no longer free. Choose another time."
    );
}

#[sqlx::test]
async fn fifty_bookings_of_one_patient_at_one_time_give_one_appointment(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 50, 1, false).await;
    let bookings = providers
        .iter()
        .map(|provider| booking(patients[0], *provider, None, kind, "2030-01-07T10:00"))
        .collect();
    let (booked, conflicts) = race(&app, &desk, bookings).await;
    assert_eq!((booked, conflicts.len()), (1, 49));
    assert!(
        conflicts.iter().all(|c| c.starts_with("The patient already has an appointment")),
        "{conflicts:?}"
    );
}

#[sqlx::test]
async fn bookings_that_only_touch_each_others_buffers_still_clash(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 50, false).await;
    // 10:00 blocks 09:55-10:40; 10:35 blocks 10:30-11:15: the visits do not overlap, the
    // clean-up of one and the preparation of the other do.
    let bookings = patients
        .iter()
        .enumerate()
        .map(|(i, p)| {
            booking(
                *p,
                providers[0],
                None,
                kind,
                if i % 2 == 0 { "2030-01-07T10:00" } else { "2030-01-07T10:35" },
            )
        })
        .collect();
    let (booked, conflicts) = race(&app, &desk, bookings).await;
    assert_eq!((booked, conflicts.len()), (1, 49));
    // A visit whose preparation starts as the winner's clean-up ends is fine (the winner ends
    // its clean-up at 10:40 or 11:15; 11:20 prepares from 11:15).
    let (status, body) = app
        .call_json(
            &desk,
            "appointments/book",
            &booking(patients[0], providers[0], None, kind, "2030-01-07T11:20")
                .iter()
                .map(|(k, v)| (*k, v.as_str()))
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(status, 200, "{body}");
}

#[sqlx::test]
async fn cancelled_appointments_block_nothing_and_dentists_do_not_book(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    let form = |patient: i64| booking(patient, providers[0], None, kind, "2030-01-07T10:00");
    assert_eq!(
        app.call_json(&dentist, "appointments/book", &pairs(&form(patients[0]))).await.0,
        403
    );
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form(patients[0]))).await.0, 200);
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form(patients[1]))).await.0, 409);
    cancel_all(&pool).await;
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form(patients[1]))).await.0, 200);
    let audited: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'appointment.booked'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(audited, 2);
}

#[sqlx::test]
async fn a_local_time_the_clocks_skip_cannot_be_booked(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    // Europe/London, the last Sunday of March 2030.
    let form = booking(patients[0], providers[0], None, kind, "2030-03-31T01:30");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs).await;
    assert_eq!(status, 400);
    assert!(body["Validation"]["fields"]["starts_at"].as_str().unwrap().contains("does not exist"));
}

/// Books patient `patient` with provider `provider` at 10:00 on 7 January 2030; answers the id.
pub async fn book_one(
    app: &TestApp,
    client: &reqwest::Client,
    patient: i64,
    provider: i64,
    kind: i64,
) -> String {
    let form = booking(patient, provider, None, kind, "2030-01-07T10:00");
    let (status, body) = app.call_json(client, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 200, "{body}");
    body.as_i64().unwrap().to_string()
}

#[sqlx::test]
async fn an_appointment_moves_forward_through_its_day_and_each_step_is_recorded(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let id = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let set = |version: &'static str, status: &'static str| {
        let (app, dentist, id) = (&app, &dentist, id.clone());
        async move {
            app.call_json(
                dentist,
                "appointments/set-status",
                &[("id", &id), ("version", version), ("status", status)],
            )
            .await
        }
    };
    assert_eq!(set("1", "arrived").await.0, 200);
    // A copy opened before that change is stale.
    let (status, body) = set("1", "in_chair").await;
    assert_eq!(status, 409);
    assert!(body["Conflict"].as_str().unwrap().contains("changed by someone else"));
    assert_eq!(set("2", "in_chair").await.0, 200);
    assert_eq!(set("3", "completed").await.0, 200);
    let (status, body) = set("4", "scheduled").await;
    assert_eq!(status, 409);
    assert_eq!(body["Conflict"], "This appointment is completed: it cannot change any more.");
    let steps: Vec<(String, String)> =
        sqlx::query_as("SELECT from_status, to_status FROM appointment_status_change ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    let steps: Vec<(&str, &str)> = steps.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        steps,
        [("scheduled", "arrived"), ("arrived", "in_chair"), ("in_chair", "completed")]
    );
}

#[sqlx::test]
async fn cancelling_needs_the_front_desk_and_a_reason_and_frees_the_time(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    let id = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let cancel = [
        ("id", id.as_str()),
        ("version", "1"),
        ("status", "cancelled"),
        ("reason", "Patient is unwell"),
    ];
    assert_eq!(app.call_json(&dentist, "appointments/set-status", &cancel).await.0, 403);
    let (status, body) = app.call_json(&desk, "appointments/set-status", &cancel[..3]).await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["reason"], "Say why the appointment is cancelled.");
    assert_eq!(app.call_json(&desk, "appointments/set-status", &cancel).await.0, 200);
    let reason: Option<String> =
        sqlx::query_scalar("SELECT cancel_reason FROM appointment").fetch_one(&pool).await.unwrap();
    assert_eq!(reason.as_deref(), Some("Patient is unwell"));
    // The time is free again.
    book_one(&app, &desk, patients[1], providers[0], kind).await;
}

#[sqlx::test]
async fn a_no_show_is_the_front_desks_call_once_the_appointment_has_started(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    let id = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let no_show = [("id", id.as_str()), ("version", "1"), ("status", "no_show")];
    let status = || async {
        sqlx::query_scalar::<_, String>("SELECT status FROM appointment WHERE id = $1")
            .bind(id.parse::<i64>().unwrap())
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    // A role that may not cancel may not give the time away as a no-show either.
    let (code, body) = app.call_json(&dentist, "appointments/set-status", &no_show).await;
    assert_eq!((code, body), (403, Value::from("Forbidden")));
    // A future appointment's time is freed only by cancelling (a reason, the patient's email).
    let (code, body) = app.call_json(&desk, "appointments/set-status", &no_show).await;
    assert_eq!(code, 409, "{body}");
    assert_eq!(
        body["Conflict"],
        "An appointment becomes a no-show only once it has started. To free the time before \
         then, cancel it with a reason."
    );
    assert_eq!(status().await, "scheduled");
    let other = booking(patients[1], providers[0], None, kind, "2030-01-07T10:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&other)).await.0, 409);

    // Once it has started, the front desk marks it (the clinician still may not).
    sqlx::query(
        "UPDATE appointment SET visit = tstzrange(now() - interval '10 minutes', now() + interval '20 minutes'),
                blocked = tstzrange(now() - interval '15 minutes', now() + interval '30 minutes')",
    )
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(app.call_json(&dentist, "appointments/set-status", &no_show).await.0, 403);
    let (code, body) = app.call_json(&desk, "appointments/set-status", &no_show).await;
    assert_eq!(code, 200, "{body}");
    assert_eq!(status().await, "no_show");
    let step: (String, String) =
        sqlx::query_as("SELECT from_status, to_status FROM appointment_status_change")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(step, ("scheduled".to_string(), "no_show".to_string()));
}

/// The free times of 7 January 2030 for the type, as local times.
async fn free_on_7_january(app: &TestApp, client: &reqwest::Client, kind: i64) -> Vec<String> {
    let kind = kind.to_string();
    let form = [
        ("clinic", "test-clinic"),
        ("appointment_type_id", kind.as_str()),
        ("from", "2030-01-07"),
        ("days", "1"),
    ];
    let (status, body) = app.call_json(client, "appointments/availability", &form).await;
    assert_eq!(status, 200, "{body}");
    body.as_array().unwrap().iter().map(|s| s["local"].as_str().unwrap().to_string()).collect()
}

#[sqlx::test]
async fn free_times_leave_out_booked_time_and_time_off(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    // Mondays 09:00-10:30, from 2030; a 30-minute visit with 5 + 10 minutes of buffers.
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
         SELECT clinic_id, id, 1, '09:00', '10:30', '2030-01-01' FROM provider WHERE id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    // The clinic's slot step is 15 minutes; preparation needs 5 minutes inside the day.
    assert_eq!(
        free_on_7_january(&app, &desk, kind).await,
        ["2030-01-07 09:15", "2030-01-07 09:30", "2030-01-07 09:45"]
    );
    let form = booking(patients[0], providers[0], None, kind, "2030-01-07T09:15");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);
    assert!(
        free_on_7_january(&app, &desk, kind).await.is_empty(),
        "09:15 blocks 09:10-09:55, leaving no room"
    );
    cancel_all(&pool).await;
    sqlx::query(
        "INSERT INTO time_off (clinic_id, provider_id, period, reason)
         SELECT clinic_id, id, tstzrange('2030-01-07 09:00+00', '2030-01-07 09:35+00'), 'Training'
         FROM provider WHERE id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(free_on_7_january(&app, &desk, kind).await, ["2030-01-07 09:45"]);
}

/// Holds `provider`'s and `chair`'s time from `from` to `to` (UTC, 7 January 2030) for a patient
/// booking online, as if chosen `minutes_left` minutes before it runs out (negative: already
/// run out, not yet swept).
async fn hold_directly(
    pool: &PgPool,
    (provider, chair, kind): (i64, i64, i64),
    (from, to): (&str, &str),
    minutes_left: i32,
) {
    sqlx::query(
        "INSERT INTO appointment (clinic_id, provider_id, chair_id, appointment_type_id, visit,
             blocked, status, booked_online, hold_expires_at)
         SELECT clinic_id, $1, $2, $3,
                tstzrange(('2030-01-07 ' || $4 || 'Z')::timestamptz, ('2030-01-07 ' || $5 || 'Z')::timestamptz),
                tstzrange(('2030-01-07 ' || $4 || 'Z')::timestamptz - interval '5 minutes',
                          ('2030-01-07 ' || $5 || 'Z')::timestamptz + interval '10 minutes'),
                'held', true, now() + make_interval(mins => $6)
         FROM provider WHERE id = $1",
    )
    .bind(provider)
    .bind(chair)
    .bind(kind)
    .bind(from)
    .bind(to)
    .bind(minutes_left)
    .execute(pool)
    .await
    .unwrap();
}

#[sqlx::test]
async fn a_hold_that_has_run_out_blocks_nothing_even_before_it_is_swept(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    // One chair, chosen by the booking.
    let (providers, patients, chair, kind) = clinic(&pool, 1, 1, true).await;
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
         SELECT clinic_id, id, 1, '09:00', '10:30', '2030-01-01' FROM provider WHERE id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    let ours = (providers[0], chair, kind);
    // Patients booking online chose 09:15 and 11:00, and ran out of time a minute ago; the
    // sweeper has not been round yet. Someone else holds 12:00 for a few more minutes.
    hold_directly(&pool, ours, ("09:15", "09:45"), -1).await;
    hold_directly(&pool, ours, ("11:00", "11:30"), -1).await;
    hold_directly(&pool, ours, ("12:00", "12:30"), 5).await;

    assert!(free_on_7_january(&app, &desk, kind).await.contains(&"2030-01-07 09:15".to_string()));
    let form = booking(patients[0], providers[0], None, kind, "2030-01-07T09:15");
    let (status, id) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 200, "{id}");
    let id = id.as_i64().unwrap().to_string();
    let chosen: Option<i64> = sqlx::query_scalar("SELECT chair_id FROM appointment WHERE id = $1")
        .bind(id.parse::<i64>().unwrap())
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(chosen, Some(chair));
    // A move onto the other expired hold's time is not refused either.
    let provider = providers[0].to_string();
    let chair_id = chair.to_string();
    let moved = |at: &'static str, version: &'static str| {
        let (app, desk, id, provider, chair_id) =
            (&app, &desk, id.clone(), provider.clone(), chair_id.clone());
        async move {
            let form = [
                ("id", id.as_str()),
                ("version", version),
                ("provider_id", provider.as_str()),
                ("chair_id", chair_id.as_str()),
                ("starts_at", at),
            ];
            app.call_json(desk, "appointments/reschedule", &form).await
        }
    };
    let (status, body) = moved("2030-01-07T11:00", "1").await;
    assert_eq!(status, 200, "{body}");
    // A hold that has not run out still takes its time.
    let (status, body) = moved("2030-01-07T12:00", "2").await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(
        body["Conflict"],
        "That time was just taken: Mon 7 Jan at 12:00 is no longer free. Choose another time."
    );
    let holds: Vec<String> = sqlx::query_scalar(
        "SELECT to_char(lower(visit) AT TIME ZONE 'UTC', 'HH24:MI') FROM appointment
         WHERE status = 'held' ORDER BY lower(visit)",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(holds, ["12:00"], "the expired holds in the way were let go");
}

#[sqlx::test]
async fn a_move_gives_up_the_old_time_only_when_the_new_one_is_secured(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    let first = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let form = booking(patients[1], providers[0], None, kind, "2030-01-07T11:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);
    let provider = providers[0].to_string();
    let reschedule = |version: &'static str, at: &'static str| {
        let (app, desk, first, provider) = (&app, &desk, first.clone(), provider.clone());
        async move {
            app.call_json(
                desk,
                "appointments/reschedule",
                &[
                    ("id", &first),
                    ("version", version),
                    ("provider_id", &provider),
                    ("starts_at", at),
                ],
            )
            .await
        }
    };
    // 10:50 would overlap the 11:00 appointment's preparation: refused, and nothing moved.
    let (status, body) = reschedule("1", "2030-01-07T10:50").await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(
        body["Conflict"],
        "That time was just taken: Mon 7 Jan at 10:50 is no longer free. Choose another time."
    );
    let start: String = sqlx::query_scalar(
        "SELECT to_char(lower(visit) AT TIME ZONE 'UTC', 'HH24:MI') FROM appointment WHERE id = $1",
    )
    .bind(first.parse::<i64>().unwrap())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(start, "10:00");
    // Moving a little later, overlapping its own old time, is fine.
    assert_eq!(reschedule("1", "2030-01-07T10:15").await.0, 200);
    // A copy opened before that move is stale.
    assert_eq!(reschedule("1", "2030-01-07T09:00").await.0, 409);
    let audited: Value = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'appointment.rescheduled'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited["after"]["start"], "2030-01-07T10:15:00Z");
}

#[sqlx::test]
async fn time_off_cannot_be_booked_but_outside_the_rota_can(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    sqlx::query(
        "INSERT INTO time_off (clinic_id, provider_id, period, reason)
         SELECT clinic_id, id, tstzrange('2030-01-07 12:00Z', '2030-01-07 13:00Z'), 'Dentist appointment'
         FROM provider WHERE id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();
    // 11:30 to 12:00 plus 10 minutes of clean-up reaches into the time off.
    let form = booking(patients[0], providers[0], None, kind, "2030-01-07T11:30");
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 409, "{body}");
    assert!(body["Conflict"].as_str().unwrap().contains("Dentist appointment"), "{body}");
    // No working hours at all: the front desk may still book (overtime, emergencies).
    let form = booking(patients[1], providers[0], None, kind, "2030-01-07T19:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);
}

#[sqlx::test]
async fn an_archived_or_merged_record_is_not_booked(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 3, false).await;
    // The second record was merged into the first; the third is archived.
    sqlx::query(
        "UPDATE patient SET archived_at = now(),
                merged_into = CASE WHEN id = $2 THEN $1 END
         WHERE id IN ($2, $3)",
    )
    .bind(patients[0])
    .bind(patients[1])
    .bind(patients[2])
    .execute(&pool)
    .await
    .unwrap();
    let number: i64 = sqlx::query_scalar("SELECT number FROM patient WHERE id = $1")
        .bind(patients[0])
        .fetch_one(&pool)
        .await
        .unwrap();
    let merged = booking(patients[1], providers[0], None, kind, "2030-07-01T10:00");
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs(&merged)).await;
    assert_eq!(status, 409, "{body}");
    let expected = format!("This record was merged into P-{number:06}: book on that one.");
    assert_eq!(body["Conflict"], expected.as_str());
    let archived = booking(patients[2], providers[0], None, kind, "2030-07-01T11:00");
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs(&archived)).await;
    assert_eq!(status, 409, "{body}");
    assert!(body["Conflict"].as_str().unwrap().starts_with("This record is archived"), "{body}");
    let live = booking(patients[0], providers[0], None, kind, "2030-07-01T12:00");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&live)).await.0, 200);
    let booked: i64 =
        sqlx::query_scalar("SELECT count(*) FROM appointment").fetch_one(&pool).await.unwrap();
    assert_eq!(booked, 1);
}

#[sqlx::test]
async fn every_exclusion_constraint_is_named_and_keyed_by_clinic(pool: PgPool) {
    let constraints: Vec<(String, String)> = sqlx::query_as(
        "SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint
         WHERE contype = 'x' ORDER BY conname",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let names: Vec<&str> = constraints.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "appointment_chair_free",
            "appointment_patient_free",
            "appointment_provider_free",
            "working_hours_chair_free",
            "working_hours_provider_free",
        ]
    );
    for (name, definition) in &constraints {
        assert!(definition.contains("clinic_id WITH ="), "{name}: {definition}");
    }
}
