//! The REST API under /api/v1 with API keys: a key is shown once and stored hashed; its scopes
//! decide what it may do; it sees its own clinic only; a revoked key is refused; booking
//! through the API is the calendar's booking (checks, email, audit with the key as actor);
//! writes with an Idempotency-Key are made once; each key has its own rate limit; browser
//! origins follow the clinic's list; and the OpenAPI document is served.

use chairside::domain::Role;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::helpers::{TestApp, spawn_app};
use crate::online_fixture::{Clinic, online_clinic};

/// Makes a key for test-clinic through the admin's server function; answers (id, key).
async fn make_key(
    app: &TestApp,
    admin: &reqwest::Client,
    name: &str,
    scopes: &[&str],
) -> (i64, String) {
    make_key_limited(app, admin, name, scopes, "").await
}

async fn make_key_limited(
    app: &TestApp,
    admin: &reqwest::Client,
    name: &str,
    scopes: &[&str],
    per_minute: &str,
) -> (i64, String) {
    let mut form = vec![
        ("clinic", "test-clinic".to_string()),
        ("form[key_name]", name.to_string()),
        ("form[key_per_minute]", per_minute.to_string()),
    ];
    for scope in scopes {
        form.push((
            if *scope == "write" { "form[key_write]" } else { "form[key_patients]" },
            "on".into(),
        ));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, made) = app.call_json(admin, "api-keys/create", &pairs).await;
    assert_eq!(status, 200, "{made}");
    (made["id"].as_i64().unwrap(), made["key"].as_str().unwrap().to_string())
}

/// An API call with `key`; answers the status, the headers and the body as JSON.
async fn call(
    app: &TestApp,
    key: Option<&str>,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
    headers: &[(&str, &str)],
) -> (u16, HeaderMap, Value) {
    let mut request = reqwest::Client::new().request(method, app.url(path));
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap();
    (status, headers, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

async fn get(app: &TestApp, key: &str, path: &str) -> (u16, Value) {
    let (status, _, body) = call(app, Some(key), reqwest::Method::GET, path, None, &[]).await;
    (status, body)
}

async fn post(app: &TestApp, key: &str, path: &str, body: Value) -> (u16, HeaderMap, Value) {
    call(app, Some(key), reqwest::Method::POST, path, Some(body), &[]).await
}

async fn patient(pool: &PgPool, clinic: i64, number: i32, name: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth, email)
         VALUES ($1, $2, $3, 'Api', '1980-04-02', lower($3) || '@example.com') RETURNING id",
    )
    .bind(clinic)
    // Past the numbers the clinic gives new patients.
    .bind(900 + number)
    .bind(name)
    .fetch_one(pool)
    .await
    .unwrap()
}

/// Another clinic's patient "Stranger", provider, and appointment (tomorrow).
struct Stranger {
    patient: i64,
    provider: i64,
    appointment: i64,
}

async fn another_clinic(pool: &PgPool) -> Stranger {
    let other: i64 = sqlx::query_scalar(
        "INSERT INTO clinic (name, slug, time_zone) VALUES ('Other', 'other', 'Europe/London') RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let stranger = patient(pool, other, 7, "Stranger").await;
    let provider: i64 = sqlx::query_scalar(
        "INSERT INTO provider (clinic_id, name, kind, colour) VALUES ($1, 'Dr Other', 'dentist', '#000000') RETURNING id",
    )
    .bind(other)
    .fetch_one(pool)
    .await
    .unwrap();
    let kind: i64 = sqlx::query_scalar(
        "INSERT INTO appointment_type (clinic_id, name, duration_minutes, colour) VALUES ($1, 'Other', 30, '#000000') RETURNING id",
    )
    .bind(other)
    .fetch_one(pool)
    .await
    .unwrap();
    let appointment: i64 = sqlx::query_scalar(
        "INSERT INTO appointment (clinic_id, patient_id, provider_id, appointment_type_id, visit, blocked)
         VALUES ($1, $2, $3, $4, tstzrange(now() + interval '1 day', now() + interval '1 day 30 minutes'),
                 tstzrange(now() + interval '1 day', now() + interval '1 day 30 minutes')) RETURNING id",
    )
    .bind(other)
    .bind(stranger)
    .bind(provider)
    .bind(kind)
    .fetch_one(pool)
    .await
    .unwrap();
    Stranger { patient: stranger, provider, appointment }
}

fn booking(clinic: &Clinic, patient: i64, time: &str) -> Value {
    json!({
        "patient_id": patient,
        "appointment_type_id": clinic.type_id,
        "provider_id": clinic.providers[0],
        "local_start": format!("{}T{time}", clinic.day),
    })
}

#[sqlx::test]
async fn a_key_is_shown_once_stored_hashed_and_its_use_is_listed(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (id, key) = make_key(&app, &admin, "Phone system", &[]).await;
    assert!(key.starts_with("csk_") && key.len() > 40, "{key}");
    let stored: Vec<u8> = sqlx::query_scalar("SELECT secret_sha256 FROM api_key WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stored, Sha256::digest(key.as_bytes()).to_vec());
    let (_, listed) = app.call_json(&admin, "api-keys/list", &[("clinic", "test-clinic")]).await;
    let listed_key = &listed["keys"][0];
    assert_eq!(listed_key["shown_prefix"].as_str().unwrap(), &key[..12]);
    assert!(!listed.to_string().contains(&key), "the key is never shown again: {listed}");
    assert!(listed_key["last_used"].is_null());

    let (status, clinic) = get(&app, &key, "/api/v1/clinic").await;
    assert_eq!(status, 200, "{clinic}");
    assert_eq!(clinic["slug"], "test-clinic");
    assert_eq!(clinic["scopes"], json!(["read"]));
    let (_, listed) = app.call_json(&admin, "api-keys/list", &[("clinic", "test-clinic")]).await;
    assert!(listed["keys"][0]["last_used"].is_string(), "{listed}");

    // The key's own account is nobody's to sign in with or to manage as staff.
    let (_, staff) = app.call_json(&admin, "staff/list", &[]).await;
    assert!(!staff.to_string().contains("Phone system"), "{staff}");
    let account: i64 = sqlx::query_scalar("SELECT staff_id FROM api_key WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    let account = account.to_string();
    let (status, _) = app
        .call_json(&admin, "staff/set-role", &[("staff_id", account.as_str()), ("role", "admin")])
        .await;
    assert_eq!(status, 404);
}

#[sqlx::test]
async fn a_revoked_unknown_or_missing_key_is_refused(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (id, key) = make_key(&app, &admin, "Old CRM", &[]).await;
    assert_eq!(get(&app, &key, "/api/v1/providers").await.0, 200);

    let (status, _) =
        app.call_json(&admin, "api-keys/revoke", &[("key_id", &id.to_string())]).await;
    assert_eq!(status, 200);
    let (status, headers, problem) =
        call(&app, Some(&key), reqwest::Method::GET, "/api/v1/providers", None, &[]).await;
    assert_eq!(status, 401, "{problem}");
    assert_eq!(headers["content-type"], "application/problem+json");
    assert_eq!(headers["www-authenticate"], "Bearer");
    assert_eq!(problem["type"], "/api/v1/docs#problem-unauthorized");
    assert_eq!(problem["status"], 401);

    let (status, _, _) =
        call(&app, None, reqwest::Method::GET, "/api/v1/providers", None, &[]).await;
    assert_eq!(status, 401);
    let forged = format!("{}x", &key[..key.len() - 1]);
    assert_eq!(get(&app, &forged, "/api/v1/providers").await.0, 401);
    // A session cookie is no key: the API reads none.
    let (status, _, _) = {
        let response = admin.get(app.url("/api/v1/providers")).send().await.unwrap();
        (response.status().as_u16(), (), ())
    };
    assert_eq!(status, 401);
}

#[sqlx::test]
async fn scopes_decide_what_a_key_may_do(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (_, reader) = make_key(&app, &admin, "Reader", &[]).await;
    let (_, booker) = make_key(&app, &admin, "Booker", &["write"]).await;
    let (_, everything) = make_key(&app, &admin, "Everything", &["write", "patients"]).await;
    let rosa = patient(&pool, clinic.id, 1, "Rosa").await;

    let (status, _, refusal) =
        post(&app, &reader, "/api/v1/appointments", booking(&clinic, rosa, "10:00")).await;
    assert_eq!(status, 403, "{refusal}");
    assert_eq!(refusal["type"], "/api/v1/docs#problem-forbidden");
    assert_eq!(get(&app, &reader, "/api/v1/patients?q=Rosa").await.0, 403);
    assert_eq!(get(&app, &booker, &format!("/api/v1/patients/{rosa}")).await.0, 403);
    // Refusals are audited with the key as the actor.
    let denied: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log l JOIN api_key k ON k.staff_id = l.actor_staff_id
         WHERE l.action = 'authorization.denied' AND k.name IN ('Reader', 'Booker')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(denied, 3);

    let (status, _, booked) =
        post(&app, &booker, "/api/v1/appointments", booking(&clinic, rosa, "10:00")).await;
    assert_eq!(status, 201, "{booked}");
    let (status, found) = get(&app, &everything, "/api/v1/patients?q=Rosa").await;
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["items"][0]["id"], rosa);

    let new_patient = json!({ "first_name": "Ines", "last_name": "Api", "date_of_birth": "1991-05-06",
                              "email": "ines@example.com" });
    let (status, _, refusal) = post(&app, &booker, "/api/v1/patients", new_patient.clone()).await;
    assert_eq!(status, 403, "{refusal}");
    let (status, headers, made) = post(&app, &everything, "/api/v1/patients", new_patient).await;
    assert_eq!(status, 201, "{made}");
    let id = made["id"].as_i64().unwrap();
    assert_eq!(headers["location"], format!("/api/v1/patients/{id}").as_str());
    assert_eq!(made["email"], "ines@example.com");

    let update = |version: i64| {
        json!({ "version": version, "patient": { "first_name": "Inés", "last_name": "Api",
                 "date_of_birth": "1991-05-06", "email": "ines@example.com" } })
    };
    let (status, _, updated) = call(
        &app,
        Some(&everything),
        reqwest::Method::PUT,
        &format!("/api/v1/patients/{id}"),
        Some(update(made["version"].as_i64().unwrap())),
        &[],
    )
    .await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!(updated["first_name"], "Inés");
    let (status, _, stale) = call(
        &app,
        Some(&everything),
        reqwest::Method::PUT,
        &format!("/api/v1/patients/{id}"),
        Some(update(made["version"].as_i64().unwrap())),
        &[],
    )
    .await;
    assert_eq!(status, 409, "{stale}");
    assert_eq!(stale["type"], "/api/v1/docs#problem-conflict");

    let (status, _, refusal) = post(
        &app,
        &everything,
        "/api/v1/patients",
        json!({ "first_name": "", "last_name": "Api", "date_of_birth": "not a date" }),
    )
    .await;
    assert_eq!(status, 422, "{refusal}");
    assert!(
        refusal["errors"]["first_name"].is_string()
            && refusal["errors"]["date_of_birth"].is_string(),
        "{refusal}"
    );
}

#[sqlx::test]
async fn a_key_sees_and_changes_only_its_own_clinic(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (_, key) = make_key(&app, &admin, "Everything", &["write", "patients"]).await;
    let Stranger { patient: stranger, provider: other_provider, appointment: foreign } =
        another_clinic(&pool).await;
    assert_eq!(get(&app, &key, &format!("/api/v1/appointments/{foreign}")).await.0, 404);
    assert_eq!(get(&app, &key, &format!("/api/v1/patients/{stranger}")).await.0, 404);
    let (_, found) = get(&app, &key, "/api/v1/patients?q=Stranger").await;
    assert_eq!(found["items"], json!([]));
    let from = chrono::Utc::now().format("%Y-%m-%dT00:00:00Z");
    let to = (chrono::Utc::now() + chrono::Duration::days(30)).format("%Y-%m-%dT00:00:00Z");
    let (status, listed) =
        get(&app, &key, &format!("/api/v1/appointments?from={from}&to={to}")).await;
    assert_eq!(status, 200, "{listed}");
    assert_eq!(listed["items"], json!([]));
    let (status, _, refusal) = post(
        &app,
        &key,
        &format!("/api/v1/appointments/{foreign}/cancel"),
        json!({ "version": 1 }),
    )
    .await;
    assert_eq!(status, 404, "{refusal}");
    let mut theirs = booking(&clinic, stranger, "10:00");
    theirs["provider_id"] = json!(other_provider);
    let (status, _, refusal) = post(&app, &key, "/api/v1/appointments", theirs).await;
    assert_eq!(status, 404, "{refusal}");
    let status: String = sqlx::query_scalar("SELECT status FROM appointment WHERE id = $1")
        .bind(foreign)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(status, "scheduled");
}

#[sqlx::test]
async fn booking_through_the_api_is_the_calendar_s_booking(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (key_id, key) = make_key(&app, &admin, "Phone system", &["write"]).await;
    let rosa = patient(&pool, clinic.id, 1, "Rosa").await;
    let tom = patient(&pool, clinic.id, 2, "Tom").await;

    let (status, free) = get(
        &app,
        &key,
        &format!(
            "/api/v1/free-times?appointment_type_id={}&from={}&days=1",
            clinic.type_id, clinic.day
        ),
    )
    .await;
    assert_eq!(status, 200, "{free}");
    // The first: 09:15, as the type's five minutes of preparation must fit in the day.
    let first = &free["items"][0];
    assert_eq!(first["local_start"], format!("{}T09:15", clinic.day).as_str(), "{free}");

    let (status, headers, booked) =
        post(&app, &key, "/api/v1/appointments", booking(&clinic, rosa, "09:15")).await;
    assert_eq!(status, 201, "{booked}");
    let id = booked["id"].as_i64().unwrap();
    assert_eq!(headers["location"], format!("/api/v1/appointments/{id}").as_str());
    assert_eq!(booked["status"], "scheduled");
    assert_eq!(booked["start"], first["start"]);
    // Booked by the key, audited with the key as the actor, the patient emailed.
    let (booked_by, actor): (i64, i64) = sqlx::query_as(
        "SELECT a.booked_by, l.actor_staff_id FROM appointment a
         JOIN audit_log l ON l.object_id = a.id::text AND l.action = 'appointment.booked'
         WHERE a.id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let key_account: i64 = sqlx::query_scalar("SELECT staff_id FROM api_key WHERE id = $1")
        .bind(key_id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!((booked_by, actor), (key_account, key_account));
    let emails: i64 =
        sqlx::query_scalar("SELECT count(*) FROM email_outbox WHERE appointment_id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(emails >= 1);

    // The same time for another patient: the database's no-double-booking, as a problem.
    let (status, _, clash) =
        post(&app, &key, "/api/v1/appointments", booking(&clinic, tom, "09:15")).await;
    assert_eq!(status, 409, "{clash}");
    assert!(clash["detail"].as_str().unwrap().contains("just taken"), "{clash}");
    let (status, _, refusal) =
        post(&app, &key, "/api/v1/appointments", booking(&clinic, tom, "25:00")).await;
    assert_eq!(status, 422, "{refusal}");
    assert!(refusal["errors"]["local_start"].is_string(), "{refusal}");

    let (status, _, second) =
        post(&app, &key, "/api/v1/appointments", booking(&clinic, tom, "11:00")).await;
    assert_eq!(status, 201, "{second}");

    // Listed a page at a time.
    let from = format!("{}T00:00:00Z", clinic.day);
    let to = format!("{}T00:00:00Z", clinic.day + chrono::Days::new(1));
    let (status, page) =
        get(&app, &key, &format!("/api/v1/appointments?from={from}&to={to}&limit=1")).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["items"][0]["id"], id);
    let cursor = page["next_cursor"].as_str().unwrap();
    let (_, next) = get(
        &app,
        &key,
        &format!("/api/v1/appointments?from={from}&to={to}&limit=1&cursor={cursor}"),
    )
    .await;
    assert_eq!(next["items"][0]["id"], second["id"]);
    assert!(next.get("next_cursor").is_none(), "{next}");
    let (status, _) =
        get(&app, &key, &format!("/api/v1/appointments?from={from}&to={to}&cursor=nonsense")).await;
    assert_eq!(status, 422);

    // Moved, given a status, cancelled: each with the version it was read at.
    let (status, _, moved) = post(
        &app,
        &key,
        &format!("/api/v1/appointments/{id}/move"),
        json!({ "version": 1, "local_start": format!("{}T14:00", clinic.day) }),
    )
    .await;
    assert_eq!(status, 200, "{moved}");
    assert_eq!(moved["local_start"], format!("{}T14:00", clinic.day).as_str());
    let (status, _, stale) = post(
        &app,
        &key,
        &format!("/api/v1/appointments/{id}/status"),
        json!({ "version": 1, "status": "confirmed" }),
    )
    .await;
    assert_eq!(status, 409, "{stale}");
    let version = moved["version"].as_i64().unwrap();
    let (status, _, confirmed) = post(
        &app,
        &key,
        &format!("/api/v1/appointments/{id}/status"),
        json!({ "version": version, "status": "confirmed" }),
    )
    .await;
    assert_eq!((status, confirmed["status"].as_str()), (200, Some("confirmed")), "{confirmed}");
    let (status, _, cancelled) = post(
        &app,
        &key,
        &format!("/api/v1/appointments/{id}/cancel"),
        json!({ "version": confirmed["version"], "reason": "Phoned to cancel" }),
    )
    .await;
    assert_eq!((status, cancelled["status"].as_str()), (200, Some("cancelled")), "{cancelled}");
}

#[sqlx::test]
async fn a_write_sent_again_with_its_idempotency_key_is_made_once(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (_, key) = make_key(&app, &admin, "Phone system", &["write"]).await;
    let rosa = patient(&pool, clinic.id, 1, "Rosa").await;
    let once = [("Idempotency-Key", "booking-rosa-1")];
    let body = booking(&clinic, rosa, "10:00");

    let (status, headers, first) = call(
        &app,
        Some(&key),
        reqwest::Method::POST,
        "/api/v1/appointments",
        Some(body.clone()),
        &once,
    )
    .await;
    assert_eq!(status, 201, "{first}");
    assert!(headers.get("idempotent-replayed").is_none());
    let (status, headers, again) = call(
        &app,
        Some(&key),
        reqwest::Method::POST,
        "/api/v1/appointments",
        Some(body.clone()),
        &once,
    )
    .await;
    assert_eq!(status, 201, "{again}");
    assert_eq!(again, first);
    assert_eq!(headers["idempotent-replayed"], "true");
    assert_eq!(headers["location"], format!("/api/v1/appointments/{}", first["id"]).as_str());
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM appointment").fetch_one(&pool).await.unwrap();
    assert_eq!(count, 1);

    // The same key with another request is refused; a new key books again (and clashes).
    let (status, _, reused) = call(
        &app,
        Some(&key),
        reqwest::Method::POST,
        "/api/v1/appointments",
        Some(booking(&clinic, rosa, "12:00")),
        &once,
    )
    .await;
    assert_eq!(status, 422, "{reused}");
    assert_eq!(reused["type"], "/api/v1/docs#problem-idempotency-key-reused");
    let (status, _, clash) = call(
        &app,
        Some(&key),
        reqwest::Method::POST,
        "/api/v1/appointments",
        Some(body.clone()),
        &[("Idempotency-Key", "booking-rosa-2")],
    )
    .await;
    assert_eq!(status, 409, "{clash}");
    // A refusal is kept too: sent again, the same refusal, replayed.
    let (status, headers, _) = call(
        &app,
        Some(&key),
        reqwest::Method::POST,
        "/api/v1/appointments",
        Some(body),
        &[("Idempotency-Key", "booking-rosa-2")],
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(headers["idempotent-replayed"], "true");
    assert_eq!(headers["content-type"], "application/problem+json");
}

#[sqlx::test]
async fn each_key_has_its_own_rate_limit(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (_, small) = make_key_limited(&app, &admin, "Small", &[], "2").await;
    let (_, other) = make_key(&app, &admin, "Other", &[]).await;
    // Two requests a minute; the third in the same minute is refused. (A minute turning over
    // between them would let it through: the key's count starts again.)
    let minute = || chrono::Utc::now().timestamp() / 60;
    loop {
        let start = minute();
        let (_, headers, _) =
            call(&app, Some(&small), reqwest::Method::GET, "/api/v1/clinic", None, &[]).await;
        let first_remaining = headers["ratelimit-remaining"].to_str().unwrap().to_string();
        let (s2, _) = get(&app, &small, "/api/v1/clinic").await;
        let (s3, h3, problem) =
            call(&app, Some(&small), reqwest::Method::GET, "/api/v1/clinic", None, &[]).await;
        if minute() != start {
            sqlx::query("DELETE FROM api_key_use").execute(&pool).await.unwrap();
            continue;
        }
        assert_eq!(first_remaining, "1");
        assert_eq!(s2, 200);
        assert_eq!(s3, 429, "{problem}");
        assert_eq!(problem["type"], "/api/v1/docs#problem-rate-limited");
        let wait: u64 = h3["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=60).contains(&wait), "{wait}");
        break;
    }
    assert_eq!(get(&app, &other, "/api/v1/clinic").await.0, 200);
}

#[sqlx::test]
async fn browsers_reach_the_api_only_from_the_clinic_s_origins(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (_, key) = make_key(&app, &admin, "CRM", &[]).await;
    let (status, refusal) = app
        .call_json(
            &admin,
            "api-keys/origins",
            &[("clinic", "test-clinic"), ("form[api_origins]", "crm.example.com")],
        )
        .await;
    assert_eq!(status, 400, "{refusal}");
    let (status, _) = app
        .call_json(
            &admin,
            "api-keys/origins",
            &[("clinic", "test-clinic"), ("form[api_origins]", "https://crm.example.com/\n")],
        )
        .await;
    assert_eq!(status, 200);

    let preflight = |origin: &'static str| {
        reqwest::Client::new()
            .request(reqwest::Method::OPTIONS, app.url("/api/v1/appointments"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization, content-type")
            .send()
    };
    let allowed = preflight("https://crm.example.com").await.unwrap();
    assert_eq!(allowed.status(), 204);
    assert_eq!(allowed.headers()["access-control-allow-origin"], "https://crm.example.com");
    assert!(
        allowed.headers()["access-control-allow-headers"]
            .to_str()
            .unwrap()
            .contains("authorization")
    );
    assert_eq!(preflight("https://evil.example").await.unwrap().status(), 403);

    let (status, headers, _) = call(
        &app,
        Some(&key),
        reqwest::Method::GET,
        "/api/v1/clinic",
        None,
        &[("origin", "https://crm.example.com")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        headers["access-control-allow-origin"],
        HeaderValue::from_static("https://crm.example.com")
    );
    let (status, headers, _) = call(
        &app,
        Some(&key),
        reqwest::Method::GET,
        "/api/v1/clinic",
        None,
        &[("origin", "https://evil.example")],
    )
    .await;
    assert_eq!(status, 403);
    assert!(headers.get("access-control-allow-origin").is_none());

    // The pages' server functions still refuse other sites, whatever the API allows.
    let response = admin
        .post(app.url("/api/setup/clinics"))
        .header("origin", "https://crm.example.com")
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
}

#[sqlx::test]
async fn the_openapi_document_and_its_reference_are_served(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status(), 200);
    let document: Value = response.json().await.unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"), "{}", document["openapi"]);
    assert!(document["paths"]["/api/v1/appointments"]["post"].is_object());
    let page = app.get("/api/v1/docs").await;
    assert_eq!(page.status(), 200);
    let text = page.text().await.unwrap();
    assert!(text.contains("POST /api/v1/appointments"), "{text}");
    // Anything else under /api/v1 needs a key, and an unknown address is a problem too.
    let (status, headers, _) =
        call(&app, None, reqwest::Method::GET, "/api/v1/nothing", None, &[]).await;
    assert_eq!(status, 401);
    assert_eq!(headers["content-type"], "application/problem+json");
}

#[sqlx::test]
async fn an_operator_makes_a_key_on_the_command_line(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    online_clinic(&pool, 1).await;
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_chairside"))
            .args(["api-key", "create", "--clinic", "test-clinic"])
            .args(extra)
            .env("DATABASE_URL", crate::cli::database_url(&pool))
            .env("APP_ENV", "development")
            .output()
            .unwrap()
    };
    let made = run(&["--name", "Contract test", "--scope", "write", "--scope", "patients"]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    // Standard output is the key alone (the log goes to standard error), for scripts.
    let out = String::from_utf8(made.stdout).unwrap();
    let key = out.trim().to_string();
    assert!(key.starts_with("csk_") && !key.contains(char::is_whitespace), "{out}");
    let (status, clinic) = get(&app, &key, "/api/v1/clinic").await;
    assert_eq!(status, 200, "{clinic}");
    assert_eq!(clinic["scopes"], json!(["read", "write", "patients"]));

    let again = run(&["--name", "Contract test"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("live key named"));
    let bad = run(&["--name", "x", "--scope", "admin"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown scope admin"));
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'api_key.created_from_command_line'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

/// Every operation the OpenAPI document lists, called without a key, with a revoked one, with a
/// key lacking the scopes the document names for it, and on another clinic's records: refused
/// each time, as the document says (so the document and the checks cannot drift apart).
#[sqlx::test]
async fn every_operation_refuses_missing_revoked_and_narrow_keys_and_other_clinics(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (_, reader) = make_key(&app, &admin, "Reader", &[]).await;
    let (_, everything) = make_key(&app, &admin, "Everything", &["write", "patients"]).await;
    let (revoked_id, revoked) = make_key(&app, &admin, "Revoked", &["write", "patients"]).await;
    app.call_json(&admin, "api-keys/revoke", &[("key_id", &revoked_id.to_string())]).await;
    // Another clinic's patient and appointment, named by every {id}.
    let Stranger { patient: stranger, appointment: foreign, .. } = another_clinic(&pool).await;

    let document: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let mut checked = 0;
    for (template, item) in document["paths"].as_object().unwrap() {
        let id = if template.contains("patients") { stranger } else { foreign };
        let path = template.replace("{id}", &id.to_string());
        // Well-formed requests, so only the authorization decides.
        let query = match template.as_str() {
            "/api/v1/free-times" => {
                format!("?appointment_type_id={}&from={}&days=1", clinic.type_id, clinic.day)
            }
            "/api/v1/appointments" => {
                "?from=2030-01-01T00:00:00Z&to=2030-01-02T00:00:00Z".to_string()
            }
            "/api/v1/patients" => "?q=Stranger".to_string(),
            _ => String::new(),
        };
        for (method, operation) in item.as_object().unwrap() {
            let method: reqwest::Method = method.to_uppercase().parse().unwrap();
            let body = match (method.as_str(), template.as_str()) {
                ("POST", "/api/v1/appointments") => Some(booking(&clinic, stranger, "10:00")),
                ("POST", "/api/v1/patients") => Some(
                    json!({ "first_name": "New", "last_name": "Person", "date_of_birth": "1990-01-01" }),
                ),
                ("PUT", _) => Some(
                    json!({ "version": 1, "patient": { "first_name": "New", "last_name": "Person", "date_of_birth": "1990-01-01" } }),
                ),
                ("POST", t) if t.ends_with("/move") => {
                    Some(json!({ "version": 1, "local_start": "2030-01-07T10:00" }))
                }
                ("POST", t) if t.ends_with("/cancel") => Some(json!({ "version": 1 })),
                ("POST", t) if t.ends_with("/status") => {
                    Some(json!({ "version": 1, "status": "confirmed" }))
                }
                _ => None,
            };
            let target = format!("{path}{query}");
            let send = async |key: Option<&str>| {
                call(&app, key, method.clone(), &target, body.clone(), &[]).await
            };
            let what = format!("{method} {template}");
            assert_eq!(send(None).await.0, 401, "{what} without a key");
            assert_eq!(send(Some(&revoked)).await.0, 401, "{what} with a revoked key");
            let scopes: Vec<&str> = operation["security"][0]["api_key"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect();
            let (status, _, answer) = send(Some(&reader)).await;
            if scopes.iter().any(|s| *s != "read") {
                assert_eq!(status, 403, "{what} with a read-only key: {answer}");
            } else {
                assert!(
                    ![401, 403].contains(&status),
                    "{what} with a read-only key: {status} {answer}"
                );
            }
            let (status, _, answer) = send(Some(&everything)).await;
            if template.contains("{id}") || method == reqwest::Method::PUT {
                assert_eq!(status, 404, "{what} on another clinic's record: {answer}");
            } else if template == "/api/v1/appointments" && method == reqwest::Method::POST {
                assert_eq!(status, 404, "{what} for another clinic's patient: {answer}");
            } else {
                assert!(status < 300, "{what}: {status} {answer}");
                assert!(
                    !answer.to_string().contains("Stranger"),
                    "{what} shows another clinic: {answer}"
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 14, "every operation of the document");
    // Nothing of the other clinic changed.
    let (status, version): (String, i32) =
        sqlx::query_as("SELECT status, version FROM appointment WHERE id = $1")
            .bind(foreign)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), version), ("scheduled", 1));
}
