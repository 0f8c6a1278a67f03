//! Forms posted without JavaScript: a refusal goes back to the form through the session, once,
//! and never through the address (where patient data would stay in the browser's history,
//! proxies and access logs). A link carrying an error of its own shows nothing of it.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE;
use chairside::domain::Role;
use chairside::online::model::solve;
use serde_json::json;
use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::helpers::{PASSWORD, TestApp, spawn_app, spawn_app_with};
use crate::online::progress;
use crate::online_fixture::{hold, key, online_clinic};

/// What a browser sends for a page it navigates to.
const HTML: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/// Posts `form` to a server function the way a browser without JavaScript does: a plain form
/// post from the page at `page`.
async fn post_form(
    app: &TestApp,
    client: &reqwest::Client,
    endpoint: &str,
    page: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(app.url(&format!("/api/{endpoint}")))
        .header("accept", HTML)
        .header("referer", app.url(page))
        .header("origin", &app.address)
        .form(form)
        .send()
        .await
        .expect("request failed")
}

/// The `Location` of a redirect.
fn location(response: &reqwest::Response) -> String {
    assert!(response.status().is_redirection(), "not a redirect: {}", response.status());
    response.headers()["location"].to_str().unwrap().to_string()
}

/// The address as anyone reading it could: with each query value also decoded as base64,
/// the way Leptos writes an error into it.
fn readable(address: &str) -> String {
    let url = url::Url::parse("http://localhost").unwrap().join(address).unwrap();
    let mut text = address.to_string();
    for (_, value) in url.query_pairs() {
        if let Ok(bytes) = URL_SAFE.decode(value.as_bytes()) {
            text.push(' ');
            text.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    text
}

/// Loads the page at `address` as a browser does, following redirects; answers the address
/// it ends at and the page.
async fn open(app: &TestApp, client: &reqwest::Client, address: &str) -> (String, String) {
    let mut address = address.to_string();
    for _ in 0..5 {
        let response = client.get(app.url(&address)).header("accept", HTML).send().await.unwrap();
        if response.status().is_redirection() {
            address = location(&response);
            continue;
        }
        assert_eq!(response.status(), 200, "{address}");
        return (address, response.text().await.unwrap());
    }
    panic!("too many redirects from {address}");
}

#[sqlx::test]
async fn a_refused_plain_form_comes_back_filled_in_once_without_the_patient_in_the_address(
    pool: PgPool,
) {
    let app = spawn_app(pool).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let page = "/patients/new?clinic=test-clinic";
    // A name, a birth date and a phone that are fine, notes, and an email that is not one.
    let form = [
        ("clinic", "test-clinic"),
        ("form[first_name]", "Zebedee"),
        ("form[last_name]", "Quartermaine"),
        ("form[date_of_birth]", "21/11/1984"),
        ("form[mobile_phone]", "07700 900456"),
        ("form[email]", "zebedee-at-example"),
        ("form[preferred_contact]", "phone"),
        ("form[notes]", "Allergic to penicillin"),
    ];
    let typed = ["Zebedee", "Quartermaine", "21/11/1984", "900456", "penicillin", "zebedee-at"];
    let response = post_form(&app, &desk, "patients/create", page, &form).await;
    let to = location(&response);
    let body = response.text().await.unwrap();
    let seen = readable(&to);
    for text in typed.iter().chain(&["__err", "__path", "Validation"]) {
        assert!(!seen.contains(text), "{text:?} in the address: {seen}");
        assert!(!body.contains(text), "{text:?} in the redirect's body: {body}");
    }
    assert_eq!(to, page);

    // Following it (same cookies): the form with the message and what was typed.
    let (at, html) = open(&app, &desk, &to).await;
    assert_eq!(at, page);
    assert!(html.contains("Enter an email address like name@example.com."), "{html}");
    for value in ["Zebedee", "Quartermaine", "21/11/1984", "07700 900456", "zebedee-at-example"] {
        assert!(html.contains(&format!("value=\"{value}\"")), "{value}: {html}");
    }
    assert!(html.contains(">Allergic to penicillin</textarea>"), "{html}");

    // Shown once: the same page again is a clean form.
    let (_, html) = open(&app, &desk, page).await;
    assert!(html.contains("New patient"), "{html}");
    for text in typed.iter().chain(&["Enter an email address like"]) {
        assert!(!html.contains(text), "{text:?} shown again: {html}");
    }
    let patients: i64 =
        sqlx::query_scalar("SELECT count(*) FROM patient").fetch_one(&app.pool).await.unwrap();
    assert_eq!(patients, 0);
}

#[sqlx::test]
async fn a_link_carrying_an_error_of_its_own_shows_none_of_it(pool: PgPool) {
    let app = spawn_app(pool).await;
    let encode = |error: serde_json::Value| URL_SAFE.encode(error.to_string());
    let scam = "Your account is locked. Call +44 909 879 0000 to unlock it.";

    // Anonymous: the sign-in page, with an error that would read as ours.
    let visitor = app.new_client();
    let error = encode(json!({ "Conflict": scam }));
    let link = format!("/sign-in?next=%2Fpatients&__path=%2Fapi%2Fauth%2Fsign-in&__err={error}");
    let (at, html) = open(&app, &visitor, &link).await;
    assert!(html.contains("Staff of the practice sign in"), "{html}");
    assert!(!html.contains("+44 909 879"), "{html}");
    assert!(!at.contains("__err") && !at.contains("__path"), "{at}");
    assert_eq!(at, "/sign-in?next=%2Fpatients");

    // Signed in: a form filled in and annotated by the link.
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let error = encode(json!({ "Validation": {
        "fields": { "first_name": scam },
        "input": { "first_name": "Mallory", "notes": "No allergies" },
    }}));
    let link =
        format!("/patients/new?clinic=test-clinic&__path=%2Fapi%2Fpatients%2Fcreate&__err={error}");
    let (at, html) = open(&app, &desk, &link).await;
    assert!(html.contains("New patient"), "{html}");
    for text in ["+44 909 879", "Mallory", "No allergies"] {
        assert!(!html.contains(text), "{text:?}: {html}");
    }
    assert_eq!(at, "/patients/new?clinic=test-clinic");
}

#[sqlx::test]
async fn a_wrong_password_without_javascript_is_said_on_the_sign_in_page_once(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let visitor = app.new_client();
    let page = "/sign-in?next=%2Fpatients";
    let form = [
        ("email", "dentist@test.example"),
        ("password", "not the password"),
        ("next", "/patients"),
    ];
    let response = post_form(&app, &visitor, "auth/sign-in", page, &form).await;
    let to = location(&response);
    assert_eq!(to, page, "{}", readable(&to));
    // A session just for the message, living no longer than it waits to be read.
    let expires_within: f64 = sqlx::query_scalar(
        "SELECT extract(epoch FROM max(expiry_date) - now())::float8 FROM tower_sessions.session",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!((60.0..=120.0).contains(&expires_within), "{expires_within}");

    let message = "The email address or password is not right.";
    let (_, html) = open(&app, &visitor, &to).await;
    assert!(html.contains(message), "{html}");
    // The session that carried the message was only for it: gone once it is read.
    let sessions: i64 = sqlx::query_scalar("SELECT count(*) FROM tower_sessions.session")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(sessions, 0);
    let (_, html) = open(&app, &visitor, page).await;
    assert!(!html.contains(message), "{html}");

    // The right password still signs in and goes on.
    let form = [("email", "dentist@test.example"), ("password", PASSWORD), ("next", "/patients")];
    let response = post_form(&app, &visitor, "auth/sign-in", page, &form).await;
    assert_eq!(location(&response), "/patients");
}

#[sqlx::test]
async fn refused_booking_details_without_javascript_come_back_on_the_details_page(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let key = key();
    let (status, body) = hold(&app, &clinic, &key, clinic.providers[0], "10:00").await;
    assert!((200..300).contains(&status), "{status} {body}");
    let (_, held) = progress(&app, &key).await;
    let proof = solve(held["challenge"].as_str().unwrap());
    let page = format!("/book/test-clinic/details?booking={key}");
    let form = [
        ("clinic", "test-clinic"),
        ("key", key.as_str()),
        ("form[first_name]", ""),
        ("form[last_name]", "Villanueva"),
        ("form[date_of_birth]", "1984-11-21"),
        ("form[email]", "not an email"),
        ("form[phone]", "07700 900789"),
        ("form[reason]", "A loose filling"),
        ("form[returning]", "returning"),
        ("website", ""),
        ("proof", proof.as_str()),
    ];
    let patient = app.new_client();
    let response = post_form(&app, &patient, "book/details", &page, &form).await;
    let to = location(&response);
    let seen = readable(&to);
    for text in ["Villanueva", "1984-11-21", "900789", "loose filling", "__err"] {
        assert!(!seen.contains(text), "{text:?} in the address: {seen}");
    }
    assert_eq!(to, page);

    let (_, html) = open(&app, &patient, &to).await;
    assert!(html.contains("Enter an email address like name@example.com."), "{html}");
    for value in ["Villanueva", "1984-11-21", "07700 900789", "not an email"] {
        assert!(html.contains(&format!("value=\"{value}\"")), "{value}: {html}");
    }
    assert!(html.contains(">A loose filling</textarea>"), "{html}");
    assert!(html.contains(r#"value="returning" checked"#), "{html}");
    let (_, html) = open(&app, &patient, &page).await;
    assert!(!html.contains("Villanueva"), "{html}");
}

#[sqlx::test]
async fn keeping_and_showing_a_refusal_needs_one_pooled_connection_at_a_time(
    pool_options: PgPoolOptions,
    connect_options: PgConnectOptions,
) {
    // One connection: a request holding it while the session store waits for another would
    // time out (and the refusal would be lost or the page fail) instead of answering.
    let pool: PgPool = pool_options
        .max_connections(1)
        .acquire_timeout(std::time::Duration::from_secs(3))
        .connect_with(connect_options)
        .await
        .unwrap();
    let app = spawn_app_with(pool, &[("DATABASE_MAX_CONNECTIONS", "1")]).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let page = "/patients/new?clinic=test-clinic";
    let form = [
        ("clinic", "test-clinic"),
        ("form[first_name]", "Zebedee"),
        ("form[last_name]", "Quartermaine"),
        ("form[date_of_birth]", "21/11/1984"),
        ("form[email]", "zebedee-at-example"),
        ("form[preferred_contact]", "phone"),
    ];
    let response = post_form(&app, &desk, "patients/create", page, &form).await;
    assert_eq!(location(&response), page);
    let (_, html) = open(&app, &desk, page).await;
    assert!(html.contains("value=\"Quartermaine\""), "{html}");

    let visitor = app.new_client();
    let form = [("email", "desk@test.example"), ("password", "not it"), ("next", "")];
    let response = post_form(&app, &visitor, "auth/sign-in", "/sign-in", &form).await;
    assert_eq!(location(&response), "/sign-in");
    let (_, html) = open(&app, &visitor, "/sign-in").await;
    assert!(html.contains("The email address or password is not right."), "{html}");
    // The server's tasks end with the pool, so the test's database can be dropped.
    app.pool.close().await;
}
