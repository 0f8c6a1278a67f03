//! `/healthz`, `/readyz` and the headers every response carries.

use chairside::server::config::Config;
use chairside::server::db;
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::spawn_app;

#[sqlx::test]
async fn healthz_answers_while_the_process_runs(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

#[sqlx::test]
async fn readyz_is_ready_when_the_database_answers_and_migrations_are_applied(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ready");
}

#[sqlx::test(migrations = false)]
async fn readyz_is_not_ready_before_migrations_are_applied(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 503);
    let body: Value = response.json().await.unwrap();
    assert!(body["reason"].as_str().unwrap().contains("migrations not applied"), "{body}");
}

#[sqlx::test]
async fn readyz_is_not_ready_when_the_database_is_gone(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    pool.close().await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 503);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["reason"], "database unavailable");
}

#[sqlx::test]
async fn every_response_carries_the_security_headers(pool: PgPool) {
    let app = spawn_app(pool).await;
    for path in ["/healthz", "/", "/no-such-page"] {
        let response = app.get(path).await;
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(headers["referrer-policy"], "same-origin", "{path}");
        assert_eq!(headers["cache-control"], "no-store", "{path}");
        let policy = headers["content-security-policy"].to_str().unwrap();
        for directive in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"] {
            assert!(policy.contains(directive), "{path}: {policy}");
        }
        // Plain http: no HSTS (it would pin browsers to https on localhost).
        assert!(headers.get("strict-transport-security").is_none(), "{path}");
    }
}

#[sqlx::test]
async fn request_ids_are_echoed_or_generated(pool: PgPool) {
    let app = spawn_app(pool).await;
    let echoed =
        app.client.get(app.url("/healthz")).header("x-request-id", "abc-123").send().await.unwrap();
    assert_eq!(echoed.headers()["x-request-id"], "abc-123");

    // Anything unusual (here: a line break attempt and spaces) is replaced, not logged.
    let replaced = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "bad id; drop")
        .send()
        .await
        .unwrap();
    let generated = replaced.headers()["x-request-id"].to_str().unwrap();
    assert_ne!(generated, "bad id; drop");
    assert_eq!(generated.len(), 36, "a UUID: {generated}");
}

#[sqlx::test]
async fn responses_are_compressed_when_the_client_accepts_it(pool: PgPool) {
    let app = spawn_app(pool).await;
    // Chromium's and Firefox's header gets zstd, the cheapest to make per page; Safari's br.
    for (accept, expected) in [
        ("br", "br"),
        ("gzip", "gzip"),
        ("gzip, deflate, br, zstd", "zstd"),
        ("gzip, deflate, br", "br"),
    ] {
        let response =
            app.client.get(app.url("/")).header("accept-encoding", accept).send().await.unwrap();
        assert_eq!(response.headers()["content-encoding"], expected);
    }
}

#[sqlx::test]
async fn a_request_body_past_the_bound_is_refused_before_it_is_read(pool: sqlx::PgPool) {
    let app = crate::helpers::spawn_app(pool).await;
    // Past the bound: 413, whatever the endpoint (here a public one, no session needed).
    let big = "x".repeat(1024 * 1024 + 1);
    let response = app
        .client
        .post(app.url("/api/auth/sign-in"))
        .header("accept", "application/json")
        .form(&[("email", "a@example.com"), ("password", big.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    // Within it, the request is read and answered as usual.
    let response = app
        .client
        .post(app.url("/api/auth/sign-in"))
        .header("accept", "application/json")
        .form(&[("email", "a@example.com"), ("password", "x".repeat(1000).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
}

#[sqlx::test]
async fn the_app_pool_plans_each_statement_once_and_reuses_the_plan(pool: PgPool) {
    use sqlx::ConnectOptions;
    let url = pool.connect_options().to_url_lossy().to_string();
    let config = Config::from_lookup(|key| match key {
        "DATABASE_URL" => Some(url.clone()),
        _ => None,
    })
    .unwrap();
    let app_pool = db::pool(&config).unwrap();
    let mode: String =
        sqlx::query_scalar("SHOW plan_cache_mode").fetch_one(&app_pool).await.unwrap();
    assert_eq!(mode, "force_generic_plan");
    app_pool.close().await;
}
