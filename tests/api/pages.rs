//! Server-rendered pages: content, status codes, and the per-response CSP nonce.

use sqlx::PgPool;

use crate::helpers::spawn_app;

/// The nonce of the `script-src` directive.
fn nonce_of(policy: &str) -> String {
    let start = policy.find("'nonce-").expect("a nonce in the policy") + "'nonce-".len();
    policy[start..].split('\'').next().unwrap().to_string()
}

#[sqlx::test]
async fn the_home_page_is_rendered_with_scripts_carrying_the_csp_nonce(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    let policy = response.headers()["content-security-policy"].to_str().unwrap().to_string();
    let nonce = nonce_of(&policy);
    assert!(nonce.len() >= 16, "{nonce}");
    let html = response.text().await.unwrap();
    assert!(html.contains("<h1>Chairside</h1>"), "{html}");
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "hydration scripts carry the nonce");
}

#[sqlx::test]
async fn each_page_response_gets_a_fresh_nonce(pool: PgPool) {
    let app = spawn_app(pool).await;
    let first =
        app.get("/").await.headers()["content-security-policy"].to_str().unwrap().to_string();
    let second =
        app.get("/").await.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert_ne!(nonce_of(&first), nonce_of(&second));
}

#[sqlx::test]
async fn an_unknown_address_gets_the_friendly_404_page(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), 404);
    let html = response.text().await.unwrap();
    assert!(html.contains("Page not found"), "{html}");
    assert!(html.contains("Go to the home page"));
}

#[sqlx::test]
async fn the_connection_check_reaches_the_database(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app
        .client
        .post(app.url("/api/system/connection"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body("")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["server_version"], env!("CARGO_PKG_VERSION"));
    assert!(body["database_round_trip_micros"].is_u64(), "{body}");
}

#[sqlx::test]
async fn patient_pages_ship_their_small_script_and_no_webassembly_or_hydration_data(pool: PgPool) {
    crate::online_fixture::online_clinic(&pool, 1).await;
    let app = spawn_app(pool).await;
    // Each page draws its clinic's detail once, and does not write it again as hydration data.
    for (path, drawn_once) in [("/book", "Test Clinic"), ("/book/test-clinic", "+44 20 7946 0000")]
    {
        let html = app.get(path).await.text().await.unwrap();
        assert!(html.contains(r#"<script src="/book.js" defer"#), "{path}: {html}");
        assert!(!html.contains("modulepreload") && !html.contains(".wasm"), "{path}: {html}");
        assert_eq!(html.matches(drawn_once).count(), 1, "{path}: {html}");
    }
    // A staff page (the sign-in form) hydrates: the application's script and wasm are there.
    let html = app.get("/sign-in").await.text().await.unwrap();
    assert!(html.contains("modulepreload") && html.contains(".wasm"), "{html}");
    assert!(!html.contains("/book.js"), "{html}");
}
