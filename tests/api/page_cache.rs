//! Kept pages (src/server/page_cache.rs): the calendar and My day are answered from the cache
//! while their clinic's data version stands, every answer is audited, and every table those
//! pages read raises the version of its clinic, and of that clinic only.
//!
//! To see that an answer came from the cache, a test changes a row with the database's
//! triggers switched off for its transaction (`session_replication_role = replica`): a change the
//! version does not learn of. A kept page still shows the old value; a change made the ordinary
//! way shows at once.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::appointments::{book_one, clinic};
use crate::helpers::{TestApp, spawn_app};
use crate::online_fixture::online_clinic;

const DAY: &str = "/calendar?date=2030-01-07";

/// Sets a patient's last name or a provider's name (`statement`, binding the id and the text),
/// without raising the clinic's data version when `unseen`.
async fn change(pool: &PgPool, statement: &str, id: i64, text: &str, unseen: bool) {
    let mut tx = pool.begin().await.unwrap();
    if unseen {
        sqlx::query("SET LOCAL session_replication_role = replica")
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    sqlx::query(statement).bind(id).bind(text).execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
}

const RENAME_PATIENT: &str = "UPDATE patient SET last_name = $2 WHERE id = $1";
const RENAME_PROVIDER: &str = "UPDATE provider SET name = $2 WHERE id = $1";

async fn rename_unseen(pool: &PgPool, patient: i64, last_name: &str) {
    change(pool, RENAME_PATIENT, patient, last_name, true).await;
}

async fn rename(pool: &PgPool, patient: i64, last_name: &str) {
    change(pool, RENAME_PATIENT, patient, last_name, false).await;
}

async fn rename_provider(pool: &PgPool, provider: i64, name: &str, unseen: bool) {
    change(pool, RENAME_PROVIDER, provider, name, unseen).await;
}

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

async fn audited(pool: &PgPool, action: &str) -> Vec<serde_json::Value> {
    sqlx::query_scalar("SELECT details FROM audit_log WHERE action = $1 ORDER BY id")
        .bind(action)
        .fetch_all(pool)
        .await
        .unwrap()
}

async fn version(pool: &PgPool, clinic: i64) -> i64 {
    sqlx::query_scalar("SELECT sum(version)::bigint FROM clinic_data_version WHERE clinic_id = $1")
        .bind(clinic)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Waits, when the minute is about to turn, until it has: a page is kept within its minute, so
/// a test comparing two answers must not straddle the turn.
async fn clear_of_the_minute_s_turn() {
    let second = chrono::Utc::now().timestamp().rem_euclid(60);
    if second >= 55 {
        tokio::time::sleep(std::time::Duration::from_secs((61 - second) as u64)).await;
    }
}

#[sqlx::test]
async fn a_kept_calendar_is_answered_until_its_clinic_s_data_changes_and_audited_each_time(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;

    clear_of_the_minute_s_turn().await;
    let first = page(&app, &desk, DAY).await;
    assert!(first.contains("Number 1"), "the booked patient is on the calendar");

    rename_unseen(&pool, patients[0], "Unseen").await;
    let second = page(&app, &desk, DAY).await;
    assert_eq!(second, first, "answered from the kept page: the same bytes");

    rename(&pool, patients[0], "Renamed").await;
    let third = page(&app, &desk, DAY).await;
    assert!(third.contains("Renamed"), "a committed change shows on the next request");
    assert!(!third.contains("Number 1"));

    // Another page of the same calendar (another address) is a page of its own.
    let week = page(&app, &desk, &format!("{DAY}&layout=week")).await;
    assert!(week.contains("Renamed"));

    // Every answer wrote the view's audit row, the kept one included, naming the patient.
    let views = audited(&pool, "calendar.viewed").await;
    assert_eq!(views.len(), 4, "{views:?}");
    for view in &views {
        assert_eq!(view["patients"], serde_json::json!([patients[0]]), "{view}");
    }
}

#[sqlx::test]
async fn a_session_due_to_be_touched_is_touched_and_still_answered_from_the_kept_page(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;
    clear_of_the_minute_s_turn().await;
    let first = page(&app, &desk, DAY).await;
    rename_unseen(&pool, patients[0], "Unseen").await;

    // Last seen two minutes ago (due to be touched), its cookie session's record near expiry.
    sqlx::query("UPDATE staff_session SET last_seen_at = now() - interval '2 minutes'")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query(
        r#"UPDATE "tower_sessions"."session" SET expiry_date = now() + interval '1 minute'"#,
    )
    .execute(&pool)
    .await
    .unwrap();
    let asks: Vec<_> = (0..10)
        .map(|_| {
            let (desk, url) = (desk.clone(), app.url(DAY));
            tokio::spawn(async move { desk.get(url).send().await.unwrap().text().await.unwrap() })
        })
        .collect();
    for ask in asks {
        assert_eq!(ask.await.unwrap(), first, "answered from the kept page, not rendered anew");
    }

    let seen_ago: f64 = sqlx::query_scalar(
        "SELECT extract(epoch FROM now() - last_seen_at)::float8 FROM staff_session",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(seen_ago < 30.0, "last seen moved on: {seen_ago} s ago");
    let expires_in: f64 = sqlx::query_scalar(
        r#"SELECT extract(epoch FROM expiry_date - now())::float8 FROM "tower_sessions"."session""#,
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(expires_in > 120.0, "the cookie session's expiry moved on: in {expires_in} s");
    assert_eq!(audited(&pool, "calendar.viewed").await.len(), 11, "each answer audited");
}

#[sqlx::test]
async fn a_page_asked_for_by_many_at_once_answers_each_with_it_and_audits_each(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;

    // Nothing kept yet: one of them renders it, the others answer from what it kept (or render
    // it themselves when it could not be kept); each gets the page and its own audit row.
    let asks: Vec<_> = (0..20)
        .map(|_| {
            let (desk, url) = (desk.clone(), app.url(DAY));
            tokio::spawn(async move {
                let response = desk.get(url).send().await.unwrap();
                (response.status(), response.text().await.unwrap())
            })
        })
        .collect();
    for ask in asks {
        let (status, body) = ask.await.unwrap();
        assert_eq!(status, 200);
        assert!(body.contains("Number 1"), "the booked patient is on every answer");
    }
    let views = audited(&pool, "calendar.viewed").await;
    assert_eq!(views.len(), 20, "one audit row per answer: {views:?}");
    for view in &views {
        assert_eq!(view["patients"], serde_json::json!([patients[0]]), "{view}");
    }
}

#[sqlx::test]
async fn another_viewer_gets_a_page_of_their_own(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let other = app.signed_in("other@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;

    page(&app, &desk, DAY).await;
    rename_unseen(&pool, patients[0], "Unseen").await;
    let theirs = page(&app, &other, DAY).await;
    assert!(theirs.contains("Unseen"), "rendered for them, not taken from the desk's page");
    assert!(theirs.contains("other@test.example"));
    assert!(!theirs.contains("desk@test.example"));
}

#[sqlx::test]
async fn my_day_is_kept_like_the_calendar(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;
    sqlx::query(
        "UPDATE provider SET staff_id = (SELECT id FROM staff WHERE email = 'dentist@test.example')
         WHERE id = $1",
    )
    .bind(providers[0])
    .execute(&pool)
    .await
    .unwrap();

    let path = "/my-day?date=2030-01-07";
    clear_of_the_minute_s_turn().await;
    let first = page(&app, &dentist, path).await;
    assert!(first.contains("Number 1"));
    rename_unseen(&pool, patients[0], "Unseen").await;
    assert_eq!(page(&app, &dentist, path).await, first);
    rename(&pool, patients[0], "Renamed").await;
    assert!(page(&app, &dentist, path).await.contains("Renamed"));
    assert_eq!(audited(&pool, "my_day.viewed").await.len(), 3);
}

#[sqlx::test]
async fn a_calendar_showing_an_online_hold_is_not_kept(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    book_one(&app, &desk, patients[0], providers[0], kind).await;
    let held: i64 = sqlx::query_scalar(
        "INSERT INTO appointment (clinic_id, patient_id, appointment_type_id, provider_id, status,
                                  hold_expires_at, visit, blocked)
         SELECT clinic_id, NULL, appointment_type_id, provider_id, 'held',
                now() + interval '10 minutes',
                tstzrange(upper(visit) + interval '1 hour', upper(visit) + interval '90 minutes'),
                tstzrange(upper(visit) + interval '1 hour', upper(visit) + interval '90 minutes')
         FROM appointment WHERE patient_id = $1 RETURNING id",
    )
    .bind(patients[0])
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(held > 0);

    let first = page(&app, &desk, DAY).await;
    assert!(first.contains("Held for a patient booking online"));
    rename_unseen(&pool, patients[0], "Unseen").await;
    assert!(page(&app, &desk, DAY).await.contains("Unseen"), "rendered again, not kept");
}

/// Each table the kept pages read, changed in one row of one clinic: that clinic's version goes
/// up by one, the other clinic's stays.
#[sqlx::test]
async fn every_table_the_kept_pages_read_raises_its_clinic_s_version_only(pool: PgPool) {
    chairside::server::demo::load(&pool).await.unwrap();
    let clinics: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM clinic ORDER BY id").fetch_all(&pool).await.unwrap();
    let (changed, untouched) = (clinics[0], clinics[1]);
    // The demo data has no online booking: one of the first clinic's appointments was booked
    // online.
    sqlx::query(
        "INSERT INTO online_booking (clinic_id, appointment_id, key_hash, challenge)
         SELECT clinic_id, id, sha256(id::text::bytea), 'challenge' FROM appointment
         WHERE clinic_id = $1 LIMIT 1",
    )
    .bind(changed)
    .execute(&pool)
    .await
    .unwrap();
    for table in [
        "appointment",
        "appointment_type",
        "appointment_type_provider",
        "chair",
        "medical_item",
        "online_booking",
        "patient",
        "provider",
        "staff_clinic",
        "time_off",
        "working_hours",
    ] {
        let before = (version(&pool, changed).await, version(&pool, untouched).await);
        let updated = sqlx::query(&format!(
            "UPDATE {table} SET clinic_id = clinic_id
             WHERE ctid = (SELECT ctid FROM {table} WHERE clinic_id = $1 LIMIT 1)"
        ))
        .bind(changed)
        .execute(&pool)
        .await
        .unwrap();
        assert_eq!(updated.rows_affected(), 1, "the demo data has a row of {table}");
        let after = (version(&pool, changed).await, version(&pool, untouched).await);
        assert_eq!(after, (before.0 + 1, before.1), "{table}");
    }

    // Inserting and deleting raise it too; so does changing the clinic itself.
    let before = version(&pool, changed).await;
    sqlx::query(
        "INSERT INTO time_off (clinic_id, period, reason)
         VALUES ($1, tstzrange('2031-01-01', '2031-01-02'), 'Closed')",
    )
    .bind(changed)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("DELETE FROM time_off WHERE clinic_id = $1 AND reason = 'Closed'")
        .bind(changed)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE clinic SET name = name || ' (new name)' WHERE id = $1")
        .bind(changed)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(version(&pool, changed).await, before + 3);

    // A new clinic has a version from the start.
    let new_clinic: i64 = sqlx::query_scalar(
        "INSERT INTO clinic (slug, name, time_zone) VALUES ('new', 'New', 'UTC') RETURNING id",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(version(&pool, new_clinic).await, 0);
}

/// The value of the first `name="{name}"` field of a page.
fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no field {name}")) + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

#[sqlx::test]
async fn the_page_of_times_is_kept_for_anyone_with_a_fresh_key_and_stamp_in_each_answer(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let path =
        format!("/book/test-clinic?type={}&provider=any&date={}", clinic.type_id, clinic.day);
    let get = || async {
        let response = app.new_client().get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let policy = response.headers()["content-security-policy"].to_str().unwrap().to_string();
        (response.text().await.unwrap(), policy)
    };

    let (first, first_policy) = get().await;
    assert!(first.contains("10:00 · Dr 1"), "the times, with who");
    rename_provider(&pool, clinic.providers[0], "Dr Unseen", true).await;
    let (second, second_policy) = get().await;
    assert!(second.contains("10:00 · Dr 1"), "answered from the kept page");
    assert_eq!(second_policy, first_policy, "the same scripts, the same policy");
    // A signed-in staff member's page shows their name: never answered from the kept one.
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let theirs = page(&app, &desk, &path).await;
    assert!(theirs.contains("10:00 · Dr Unseen"), "rendered for them");
    assert!(theirs.contains("Test Person") && !theirs.contains("sign-in-link"), "their name");
    assert!(second.contains("sign-in-link") && !second.contains("Test Person"));

    // Each answer has a booking key of its own, and a stamp that is genuine for that key.
    let (first_key, second_key) = (field(&first, "key"), field(&second, "key"));
    assert_ne!(first_key, second_key);
    assert_eq!(second.matches(&first_key).count(), 0);
    assert_eq!(second.matches(&second_key).count(), first.matches(&first_key).count());
    let stamp = field(&second, "stamp");
    let shown_at: i64 = stamp.split('.').next().unwrap().parse().unwrap();
    let later = chrono::DateTime::from_timestamp(shown_at + 3, 0).unwrap();
    let secret = chairside::server::config::DEVELOPMENT_SECRET;
    assert!(chairside::online::abuse::check_hold(secret, &second_key, ("", &stamp), later).is_ok());
    assert!(chairside::online::abuse::check_hold(secret, &first_key, ("", &stamp), later).is_err());

    // A change made the ordinary way shows at once.
    rename_provider(&pool, clinic.providers[0], "Dr Renamed", false).await;
    assert!(get().await.0.contains("10:00 · Dr Renamed"));
}

/// A hold runs out by the clock, which raises no version: a page rendered while one was live is
/// answered only until it runs out.
#[sqlx::test]
async fn the_page_of_times_is_kept_only_until_its_clinic_s_first_hold_runs_out(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let key = crate::online_fixture::key();
    let (status, body) =
        crate::online_fixture::hold(&app, &clinic, &key, clinic.providers[0], "15:00").await;
    assert!(status < 300, "{status} {body}");
    sqlx::query(
        "UPDATE appointment SET hold_expires_at = now() + interval '1500 milliseconds'
         WHERE status = 'held'",
    )
    .execute(&pool)
    .await
    .unwrap();
    let path =
        format!("/book/test-clinic?type={}&provider=any&date={}", clinic.type_id, clinic.day);
    let first = page(&app, &app.new_client(), &path).await;
    assert!(first.contains("10:00 · Dr 1") && !first.contains("15:00 · Dr 1"), "held: not free");

    rename_provider(&pool, clinic.providers[0], "Dr Unseen", true).await;
    tokio::time::sleep(std::time::Duration::from_millis(1600)).await;
    let after = page(&app, &app.new_client(), &path).await;
    assert!(
        after.contains("15:00 · Dr Unseen"),
        "rendered again: the hold ran out, its time is free"
    );
}
