//! "Your sessions": the device list, ending one session, ending all the others.

use chairside::auth::session_store::SessionRecords;
use chairside::auth::store;
use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;
use tower_sessions::SessionStore;
use tower_sessions::session::{Id, Record};

use crate::helpers::{PASSWORD, spawn_app};

const FIREFOX_WINDOWS: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

#[sqlx::test]
async fn the_list_shows_each_device_and_marks_the_current_one(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let laptop = app.new_client();
    app.sign_in(&laptop, "dentist@test.example", PASSWORD).await;
    let other =
        reqwest::Client::builder().cookie_store(true).user_agent(FIREFOX_WINDOWS).build().unwrap();
    app.sign_in(&other, "dentist@test.example", PASSWORD).await;

    let response = app.call(&laptop, "account/sessions", &[]).await;
    assert_eq!(response.status(), 200);
    let sessions: Vec<Value> = response.json().await.unwrap();
    assert_eq!(sessions.len(), 2);
    let firefox =
        sessions.iter().find(|s| s["device"] == "Firefox on Windows 10").expect("{sessions:?}");
    assert_eq!(firefox["current"], false);
    assert_eq!(firefox["ip"], "127.0.0.1");
    assert_eq!(sessions.iter().filter(|s| s["current"] == true).count(), 1);
}

#[sqlx::test]
async fn ending_a_session_signs_that_device_out(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let (laptop, phone) = (app.new_client(), app.new_client());
    app.sign_in(&laptop, "dentist@test.example", PASSWORD).await;
    app.sign_in(&phone, "dentist@test.example", PASSWORD).await;

    let sessions: Vec<Value> =
        app.call(&laptop, "account/sessions", &[]).await.json().await.unwrap();
    let phone_session = sessions.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let response = app.call(&laptop, "account/sessions/revoke", &[("id", &phone_session)]).await;
    assert_eq!(response.status(), 200);

    assert_eq!(app.current_user(&phone).await, Value::Null);
    assert_eq!(app.current_user(&laptop).await["email"], "dentist@test.example");
}

#[sqlx::test]
async fn nobody_can_end_another_persons_session(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    app.add_staff("hygienist@test.example", Role::Hygienist).await;
    let (dentist, hygienist) = (app.new_client(), app.new_client());
    app.sign_in(&dentist, "dentist@test.example", PASSWORD).await;
    app.sign_in(&hygienist, "hygienist@test.example", PASSWORD).await;
    let sessions: Vec<Value> =
        app.call(&dentist, "account/sessions", &[]).await.json().await.unwrap();
    let dentist_session = sessions[0]["id"].as_str().unwrap().to_string();

    let response =
        app.call(&hygienist, "account/sessions/revoke", &[("id", &dentist_session)]).await;
    assert_eq!(response.status(), 404);
    assert_eq!(app.current_user(&dentist).await["email"], "dentist@test.example");
}

#[sqlx::test]
async fn signing_out_everywhere_else_keeps_only_this_device(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let clients: Vec<_> = (0..3).map(|_| app.new_client()).collect();
    for client in &clients {
        app.sign_in(client, "admin@test.example", PASSWORD).await;
    }
    let response = app.call(&clients[0], "account/sessions/revoke-others", &[]).await;
    assert_eq!(response.json::<Value>().await.unwrap(), 2);
    assert_eq!(app.current_user(&clients[0]).await["email"], "admin@test.example");
    assert_eq!(app.current_user(&clients[1]).await, Value::Null);
    assert_eq!(app.current_user(&clients[2]).await, Value::Null);
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'auth.other_sessions_revoked'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

#[sqlx::test]
async fn the_session_list_needs_a_signed_in_caller(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app.call(&app.new_client(), "account/sessions", &[]).await;
    assert_eq!(response.status(), 401);
}

#[sqlx::test]
async fn expired_rows_of_the_session_store_are_swept_and_live_ones_kept(pool: PgPool) {
    sqlx::query(
        "INSERT INTO tower_sessions.session (id, data, expiry_date)
         SELECT 'old-' || n, '\\x80'::bytea, now() - interval '1 second' * n
         FROM generate_series(1, 3) n
         UNION ALL SELECT 'live', '\\x80'::bytea, now() + interval '2 minutes'",
    )
    .execute(&pool)
    .await
    .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    assert_eq!(store::sweep_expired_http_sessions(&mut conn).await.unwrap(), 3);
    assert_eq!(store::sweep_expired_http_sessions(&mut conn).await.unwrap(), 0);
    let left: Vec<String> = sqlx::query_scalar("SELECT id FROM tower_sessions.session")
        .fetch_all(&mut *conn)
        .await
        .unwrap();
    assert_eq!(left, ["live"]);
}

#[sqlx::test]
async fn the_session_store_loads_live_records_at_once_and_never_a_deleted_or_expired_one(
    pool: PgPool,
) {
    let records = SessionRecords::new(&pool);
    let mut saved = Vec::new();
    for n in 0..30 {
        let mut record = Record {
            id: Id::default(),
            data: [("n".to_string(), serde_json::json!(n))].into(),
            expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(5),
        };
        records.create(&mut record).await.unwrap();
        saved.push(record);
    }
    // Loaded all at once (so in groups), each gets its own record.
    let loads: Vec<_> = saved
        .iter()
        .map(|record| {
            let (records, id) = (records.clone(), record.id);
            tokio::spawn(async move { records.load(&id).await.unwrap() })
        })
        .collect();
    for (load, record) in loads.into_iter().zip(&saved) {
        assert_eq!(load.await.unwrap().as_ref(), Some(record));
    }
    assert_eq!(records.load(&Id::default()).await.unwrap(), None, "an unknown id");

    records.delete(&saved[0].id).await.unwrap();
    assert_eq!(records.load(&saved[0].id).await.unwrap(), None, "deleted");
    sqlx::query(
        "UPDATE tower_sessions.session SET expiry_date = now() - interval '1 second' WHERE id = $1",
    )
    .bind(saved[1].id.to_string())
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(records.load(&saved[1].id).await.unwrap(), None, "expired");
    assert_eq!(records.load(&saved[2].id).await.unwrap().as_ref(), Some(&saved[2]));
}
