//! Server-rendered pages: content, status codes, and the Content-Security-Policy that allows
//! each page's own inline scripts by their hashes.

use base64::Engine;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::helpers::spawn_app;

/// The hash sources of the `script-src` directive.
fn hashes_in(policy: &str) -> Vec<String> {
    policy.split('\'').filter(|source| source.starts_with("sha256-")).map(str::to_string).collect()
}

/// The hash sources of a page's inline scripts, computed here from the page as received.
fn inline_scripts_of(html: &str) -> Vec<String> {
    html.split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (tag, after) = rest.split_once('>')?;
            if tag.contains("src=") {
                return None;
            }
            let content = after.split("</script>").next()?;
            let digest = Sha256::digest(content.as_bytes());
            Some(format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest)))
        })
        .collect()
}

#[sqlx::test]
async fn a_page_s_policy_allows_exactly_its_inline_scripts_by_their_hashes(pool: PgPool) {
    let app = spawn_app(pool).await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    let policy = response.headers()["content-security-policy"].to_str().unwrap().to_string();
    let html = response.text().await.unwrap();
    assert!(html.contains("<h1>Chairside</h1>"), "{html}");
    let scripts = inline_scripts_of(&html);
    assert!(!scripts.is_empty(), "the hydration scripts are inline: {html}");
    assert_eq!(hashes_in(&policy), scripts, "{policy}");
    assert!(!policy.contains("nonce") && !policy.contains("unsafe-inline"), "{policy}");
    assert!(!html.contains("nonce="), "the render's nonce is removed from the page: {html}");
}

#[sqlx::test]
async fn the_same_page_is_the_same_bytes_and_policy_for_every_request(pool: PgPool) {
    let app = spawn_app(pool).await;
    let mut answers = Vec::new();
    for _ in 0..2 {
        let response = app.get("/sign-in").await;
        assert_eq!(response.status(), 200);
        let policy = response.headers()["content-security-policy"].to_str().unwrap().to_string();
        answers.push((policy, response.text().await.unwrap()));
    }
    let ((first_policy, first), (second_policy, second)) = (&answers[0], &answers[1]);
    assert_eq!(first_policy, second_policy);
    if let Some(at) = first.bytes().zip(second.bytes()).position(|(a, b)| a != b) {
        let around =
            |page: &str| page[at.saturating_sub(80)..(at + 80).min(page.len())].to_string();
        panic!("the pages differ at byte {at}: {:?} / {:?}", around(first), around(second));
    }
    assert_eq!(first.len(), second.len());
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
