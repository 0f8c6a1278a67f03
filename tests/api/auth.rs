//! Sign-in, sessions (rotation, sign-out, idle and absolute expiry, deactivation), throttling
//! and the cross-site refusal, over HTTP with real cookies.

use chairside::domain::Role;
use serde_json::{Value, json};
use sqlx::PgPool;

use crate::helpers::{PASSWORD, session_cookie, spawn_app, spawn_app_with};

#[sqlx::test]
async fn the_right_password_signs_in_and_the_session_knows_who_it_is(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("reception@test.example", Role::Receptionist).await;
    let client = app.new_client();
    assert_eq!(app.current_user(&client).await, Value::Null);

    let response = app.sign_in(&client, "RECEPTION@test.example", PASSWORD).await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    let user = app.current_user(&client).await;
    assert_eq!(user["email"], "reception@test.example");
    assert_eq!(user["role"], "receptionist");
    assert_eq!(user["clinics"][0]["name"], "Test Clinic");
}

#[sqlx::test]
async fn the_session_cookie_is_http_only_and_same_site_lax(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let response = app.sign_in(&app.new_client(), "dentist@test.example", PASSWORD).await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("chairside_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    // Plain-http development: not Secure (production and https get it; see config tests).
    assert!(!cookie.contains("Secure"), "{cookie}");
}

#[sqlx::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let wrong_password =
        app.sign_in(&app.new_client(), "admin@test.example", "not the password").await;
    let unknown_email = app.sign_in(&app.new_client(), "nobody@test.example", PASSWORD).await;
    assert_eq!(wrong_password.status(), 401);
    assert_eq!(unknown_email.status(), 401);
    // The same refusal, carrying back only what each caller typed (for the form to show it).
    let wrong_password: Value = wrong_password.json().await.unwrap();
    let unknown_email: Value = unknown_email.json().await.unwrap();
    assert_eq!(wrong_password, json!({ "SignInFailed": { "email": "admin@test.example" } }));
    assert_eq!(unknown_email, json!({ "SignInFailed": { "email": "nobody@test.example" } }));
}

/// Who the server thinks a bare `cookie` (replayed by hand, no cookie jar) belongs to.
async fn current_user_with_cookie(app: &crate::helpers::TestApp, cookie: &str) -> Value {
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/current-user"))
        .header("accept", "application/json")
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    response.json().await.unwrap()
}

#[sqlx::test]
async fn signing_in_rotates_the_session_id(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("hygienist@test.example", Role::Hygienist).await;
    let client = app.new_client();
    let first = session_cookie(&app.sign_in(&client, "hygienist@test.example", PASSWORD).await)
        .expect("a session cookie");
    let second = session_cookie(&app.sign_in(&client, "hygienist@test.example", PASSWORD).await)
        .expect("a new session cookie");
    assert_ne!(first, second);

    // The earlier id no longer opens anything.
    assert_eq!(current_user_with_cookie(&app, &first).await, Value::Null);
}

#[sqlx::test]
async fn signing_out_ends_the_session_on_the_server(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("reception@test.example", Role::Receptionist).await;
    let client = app.new_client();
    let cookie =
        session_cookie(&app.sign_in(&client, "reception@test.example", PASSWORD).await).unwrap();
    let response = app.call(&client, "auth/sign-out", &[]).await;
    assert!(response.status().is_success() || response.status().is_redirection());

    // Replaying the old cookie does not bring the session back.
    assert_eq!(current_user_with_cookie(&app, &cookie).await, Value::Null);
    let reason: String =
        sqlx::query_scalar("SELECT end_reason FROM staff_session").fetch_one(&pool).await.unwrap();
    assert_eq!(reason, "signed_out");
}

/// Moves the one session's clock back instead of waiting.
async fn age_session(pool: &PgPool, idle: &str, since_sign_in: &str) {
    sqlx::query(&format!(
        "UPDATE staff_session SET last_seen_at = now() - interval '{idle}',
                                  signed_in_at = now() - interval '{since_sign_in}'"
    ))
    .execute(pool)
    .await
    .unwrap();
}

#[sqlx::test]
async fn a_session_idle_for_30_minutes_ends(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let client = app.new_client();
    app.sign_in(&client, "dentist@test.example", PASSWORD).await;
    age_session(&pool, "31 minutes", "31 minutes").await;
    assert_eq!(app.current_user(&client).await, Value::Null);
    let reason: String =
        sqlx::query_scalar("SELECT end_reason FROM staff_session").fetch_one(&pool).await.unwrap();
    assert_eq!(reason, "expired");
}

#[sqlx::test]
async fn activity_keeps_a_session_alive(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let client = app.new_client();
    app.sign_in(&client, "dentist@test.example", PASSWORD).await;
    age_session(&pool, "29 minutes", "5 hours").await;
    assert_eq!(app.current_user(&client).await["email"], "dentist@test.example");
    let idle_seconds: f64 = sqlx::query_scalar(
        "SELECT extract(epoch FROM now() - last_seen_at)::float8 FROM staff_session",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(idle_seconds < 60.0, "last seen moved on: {idle_seconds}");
}

#[sqlx::test]
async fn a_session_ends_after_12_hours_even_when_active(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let client = app.new_client();
    app.sign_in(&client, "admin@test.example", PASSWORD).await;
    age_session(&pool, "1 minute", "12 hours 1 minute").await;
    assert_eq!(app.current_user(&client).await, Value::Null);
}

#[sqlx::test]
async fn deactivating_a_member_ends_their_sessions(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let staff_id = app.add_staff("reception@test.example", Role::Receptionist).await;
    let client = app.new_client();
    app.sign_in(&client, "reception@test.example", PASSWORD).await;
    sqlx::query("UPDATE staff SET active = false WHERE id = $1")
        .bind(staff_id)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(app.current_user(&client).await, Value::Null);
    // And they cannot sign in again.
    assert_eq!(
        app.sign_in(&app.new_client(), "reception@test.example", PASSWORD).await.status(),
        401
    );
}

#[sqlx::test]
async fn repeated_failures_make_the_next_attempt_wait(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let client = app.new_client();
    for _ in 0..3 {
        assert_eq!(
            app.sign_in(&client, "admin@test.example", "guess guess guess").await.status(),
            401
        );
    }
    // Even the right password waits now: the answer says for how long.
    let throttled = app.sign_in(&client, "admin@test.example", PASSWORD).await;
    assert_eq!(throttled.status(), 429);
    let body: Value = throttled.json().await.unwrap();
    assert!(body["RateLimited"]["retry_after_secs"].as_u64().unwrap() >= 1, "{body}");
}

#[sqlx::test]
async fn cross_site_posts_are_refused(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let form = [("email", "admin@test.example"), ("password", PASSWORD)];
    let post = |headers: &'static [(&'static str, &'static str)]| {
        let mut request = reqwest::Client::new()
            .post(app.url("/api/auth/sign-in"))
            .header("accept", "application/json")
            .form(&form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send()
    };
    assert_eq!(post(&[("origin", "https://evil.example")]).await.unwrap().status(), 403);
    assert_eq!(post(&[("sec-fetch-site", "cross-site")]).await.unwrap().status(), 403);
    assert_eq!(post(&[("sec-fetch-site", "same-site")]).await.unwrap().status(), 403);
    assert_eq!(post(&[("origin", "null")]).await.unwrap().status(), 403);

    let host = app.address.trim_start_matches("http://").to_string();
    let same_origin = reqwest::Client::new()
        .post(app.url("/api/auth/sign-in"))
        .header("accept", "application/json")
        .header("origin", format!("http://{host}"))
        .header("sec-fetch-site", "same-origin")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(same_origin.status(), 200);
}

#[sqlx::test]
async fn many_failures_from_one_address_slow_down_that_address(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    // Twenty different (unknown) accounts from one IP: each account stays under its own limit.
    for n in 0..20 {
        let email = format!("guess{n}@test.example");
        assert_eq!(app.sign_in(&app.new_client(), &email, "guess guess guess").await.status(), 401);
    }
    // Now even a real account with its right password waits, because the address is throttled.
    let throttled = app.sign_in(&app.new_client(), "admin@test.example", PASSWORD).await;
    assert_eq!(throttled.status(), 429);
}

/// Signs in with an `X-Forwarded-For` header and answers the address the session recorded.
async fn recorded_address(app: &crate::helpers::TestApp, forwarded_for: &str) -> String {
    app.add_staff("admin@test.example", Role::Admin).await;
    let response = app
        .new_client()
        .post(app.url("/api/auth/sign-in"))
        .header("accept", "application/json")
        .header("x-forwarded-for", forwarded_for)
        .form(&[("email", "admin@test.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    sqlx::query_scalar("SELECT host(ip) FROM staff_session").fetch_one(&app.pool).await.unwrap()
}

#[sqlx::test]
async fn the_forwarded_address_is_ignored_unless_the_proxy_is_trusted(pool: PgPool) {
    let app = spawn_app(pool).await;
    // A client cannot choose the address that is recorded.
    assert_eq!(recorded_address(&app, "203.0.113.9").await, "127.0.0.1");
}

#[sqlx::test]
async fn behind_a_trusted_proxy_the_last_forwarded_address_is_recorded(pool: PgPool) {
    let app = spawn_app_with(pool, &[("TRUST_FORWARDED_FOR", "true")]).await;
    assert_eq!(recorded_address(&app, "198.51.100.1, 203.0.113.9").await, "203.0.113.9");
}

/// Records `count` failed sign-ins for `email` from an address the owner never used.
async fn failures_from_elsewhere(pool: &PgPool, email: &str, count: i64) {
    sqlx::query(
        "INSERT INTO login_failure (email, ip) SELECT $1, '198.51.100.7'::inet FROM generate_series(1, $2)",
    )
    .bind(email)
    .bind(count)
    .execute(pool)
    .await
    .unwrap();
}

#[sqlx::test]
async fn a_flood_of_guesses_elsewhere_stops_new_addresses_but_not_the_owners(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("owner@test.example", Role::Dentist).await;
    app.add_staff("newcomer@test.example", Role::Dentist).await;
    // The owner has signed in from here before; the newcomer never has.
    let client = app.new_client();
    assert_eq!(app.sign_in(&client, "owner@test.example", PASSWORD).await.status(), 200);
    app.call(&client, "auth/sign-out", &[]).await;
    failures_from_elsewhere(&pool, "owner@test.example", 100).await;
    failures_from_elsewhere(&pool, "newcomer@test.example", 100).await;

    assert_eq!(app.sign_in(&app.new_client(), "owner@test.example", PASSWORD).await.status(), 200);
    let stranger = app.sign_in(&app.new_client(), "newcomer@test.example", PASSWORD).await;
    assert_eq!(stranger.status(), 429, "100 failures an hour: unfamiliar addresses wait");
}

#[sqlx::test]
async fn guesses_from_another_address_do_not_slow_the_owner_down(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("owner@test.example", Role::Dentist).await;
    failures_from_elsewhere(&pool, "owner@test.example", 10).await;
    assert_eq!(app.sign_in(&app.new_client(), "owner@test.example", PASSWORD).await.status(), 200);
}
