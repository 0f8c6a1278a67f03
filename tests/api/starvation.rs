//! Anonymous traffic cannot starve the pool: a burst of online holds and failed sign-ins on a
//! five-connection pool leaves the staff calendar and `/readyz` answering, and every anonymous
//! request gets a real answer (done, taken, or "too many"), never a 500 from a pool timeout.
//! (The latencies under this load are a benchmark, `benches/anonymous_load.rs`.)

use std::time::Duration;

use chairside::domain::Role;
use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use tokio::task::JoinSet;

use crate::helpers::spawn_app_with;
use crate::online_fixture::{hold_proved, key, online_clinic, proof_for};

const POOL_SIZE: u32 = 5;

#[sqlx::test]
async fn a_burst_of_anonymous_requests_leaves_staff_pages_and_readiness_answering(
    pool_options: PgPoolOptions,
    connect_options: PgConnectOptions,
) {
    // The pool as the server makes it (src/server/db.rs), at five connections.
    let pool: PgPool = pool_options
        .max_connections(POOL_SIZE)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(connect_options)
        .await
        .unwrap();
    let app = std::sync::Arc::new(
        spawn_app_with(pool.clone(), &[("DATABASE_MAX_CONNECTIONS", "5")]).await,
    );
    let clinic = std::sync::Arc::new(online_clinic(&pool, 4).await);
    let desk = app.signed_in("desk@example.com", Role::Receptionist, "test-clinic").await;
    let calendar = format!("/calendar?clinic=test-clinic&date={}", clinic.day);

    // Each patient's browser has solved its key's proof before it asks for a time, so the
    // holds arrive together.
    let mut solving = JoinSet::new();
    for _ in 0..200 {
        solving.spawn(async {
            let key = key();
            let proof = proof_for(&key).await;
            (key, proof)
        });
    }
    let keys = solving.join_all().await;

    let mut anonymous = JoinSet::new();
    for (n, (key, proof)) in keys.into_iter().enumerate() {
        let (app, clinic) = (app.clone(), clinic.clone());
        anonymous.spawn(async move {
            // Many patients after few times: most ask for a time someone else asks for too.
            let time = format!("{:02}:{:02}", 9 + n % 4, (n / 4 % 4) * 15);
            let provider = clinic.providers[n % clinic.providers.len()];
            let (status, body) = hold_proved(&app, &clinic, (&key, &proof), provider, &time).await;
            ("hold", status, body.to_string())
        });
    }
    for n in 0..50usize {
        let app = app.clone();
        anonymous.spawn(async move {
            let email = format!("guess{}@example.com", n % 10);
            let response = app.sign_in(&app.new_client(), &email, "wrong password").await;
            ("sign-in", response.status().as_u16(), response.text().await.unwrap_or_default())
        });
    }

    // While the burst runs: the front desk reloads its calendar and a balancer polls readiness.
    let staff_and_readiness = {
        let app = app.clone();
        async move {
            let mut seen = Vec::new();
            for _ in 0..20 {
                let page = desk
                    .get(app.url(&calendar))
                    .header("accept", "text/html")
                    .send()
                    .await
                    .unwrap();
                seen.push(("calendar", page.status().as_u16()));
                let ready = app.get("/readyz").await;
                seen.push(("readyz", ready.status().as_u16()));
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            seen
        }
    };
    let (staff_seen, answers) = tokio::join!(staff_and_readiness, anonymous.join_all());

    for (what, status) in &staff_seen {
        assert_eq!(*status, 200, "{what} answered {status} during the burst: {staff_seen:?}");
    }
    let mut by_status = std::collections::BTreeMap::<(&str, u16), usize>::new();
    for (what, status, _) in &answers {
        *by_status.entry((what, *status)).or_default() += 1;
    }
    for (what, status, body) in &answers {
        let allowed = match *what {
            "hold" => matches!(status, 200..=399 | 409 | 429),
            _ => matches!(status, 401 | 429),
        };
        assert!(allowed, "{what} answered {status}: {body}\nall answers: {by_status:?}");
    }
    // The burst did real work: some patients hold a time, and the rest were told why not.
    let held = answers.iter().filter(|(what, status, _)| *what == "hold" && *status < 400).count();
    assert!(held >= 1, "nobody got a time: {by_status:?}");
    // The server's tasks end with the pool, so the test's database can be dropped.
    pool.close().await;
}

/// The rule under the test above: a request never waits for a second pooled connection while
/// it holds one. On a pool of one connection, a request that did would wait for itself until
/// the acquire timeout and answer 500; so every flow here must succeed on one connection.
#[sqlx::test]
async fn every_flow_runs_on_a_pool_of_one_connection(
    pool_options: PgPoolOptions,
    connect_options: PgConnectOptions,
) {
    let pool: PgPool = pool_options
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(3))
        .connect_with(connect_options)
        .await
        .unwrap();
    let app = spawn_app_with(pool.clone(), &[("DATABASE_MAX_CONNECTIONS", "1")]).await;
    let clinic = online_clinic(&pool, 1).await;
    // Staff: sign in, the calendar page, a patient search, the outbox, sign out; a wrong
    // password; signing in again on the same browser.
    let admin = app.signed_in("admin@example.com", Role::Admin, "test-clinic").await;
    let calendar = format!("/calendar?clinic=test-clinic&date={}", clinic.day);
    let page = admin.get(app.url(&calendar)).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    let (status, body) = app.call_json(&admin, "patients/search", &[("q", "Ann")]).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app.call_json(&admin, "email/outbox", &[]).await;
    assert_eq!(status, 200, "{body}");
    let wrong = app.sign_in(&app.new_client(), "admin@example.com", "not the password").await;
    assert_eq!(wrong.status(), 401);
    let again = app.sign_in(&admin, "admin@example.com", crate::helpers::PASSWORD).await;
    assert_eq!(again.status(), 200);
    // A patient: hold, details, confirm; the manage page from the delivered email.
    let who = ("Ann", "1985-03-07", "ann@example.com", "07700 900123");
    let appointment = crate::online::book(&app, &clinic, "10:00", who).await;
    let token = crate::online::manage_token(&pool, appointment, "booking_confirmation").await;
    let (status, body) =
        app.call_json(&app.new_client(), "book/manage", &[("token", &token)]).await;
    assert_eq!(status, 200, "{body}");
    // The front desk sees it, then signs out.
    let (status, body) =
        app.call_json(&admin, "appointments/calendar", &[("clinic", "test-clinic")]).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(app.call(&admin, "auth/sign-out", &[]).await.status(), 200);
    pool.close().await;
}
