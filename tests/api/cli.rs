//! The `chairside user add` command of the server binary.

use std::io::Write;
use std::process::{Command, Stdio};

use sqlx::PgPool;

use crate::helpers::spawn_app;

/// The URL of the test's own database (the server's DATABASE_URL with its database name).
pub fn database_url(pool: &PgPool) -> String {
    let mut url = url::Url::parse(&std::env::var("DATABASE_URL").unwrap()).unwrap();
    url.set_path(&format!("/{}", pool.connect_options().get_database().unwrap()));
    url.to_string()
}

fn user_add(
    pool: &PgPool,
    password_env: Option<&str>,
    stdin: &str,
    extra: &[&str],
) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_chairside"));
    command
        .args(["user", "add", "--email", "new.dentist@test.example", "--name", "Ann Lee"])
        .args(["--role", "dentist", "--clinic", "cli-clinic"])
        .args(extra)
        .env("DATABASE_URL", database_url(pool))
        .env("APP_ENV", "development")
        .env_remove("CHAIRSIDE_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(password) = password_env {
        command.env("CHAIRSIDE_PASSWORD", password);
    }
    let mut child = command.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

async fn add_clinic(pool: &PgPool) {
    sqlx::query("INSERT INTO clinic (name, slug, time_zone) VALUES ('CLI Clinic', 'cli-clinic', 'Europe/London')")
        .execute(pool)
        .await
        .unwrap();
}

#[sqlx::test]
async fn user_add_creates_an_account_that_can_sign_in(pool: PgPool) {
    add_clinic(&pool).await;
    let output = user_add(&pool, None, "a quiet lighthouse keeper\n", &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("saved as dentist"));

    let app = spawn_app(pool.clone()).await;
    let client = app.new_client();
    let response =
        app.sign_in(&client, "new.dentist@test.example", "a quiet lighthouse keeper").await;
    assert_eq!(response.status(), 200);
    assert_eq!(app.current_user(&client).await["clinics"][0]["name"], "CLI Clinic");
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'staff.saved_from_command_line'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

#[sqlx::test]
async fn user_add_resets_the_password_of_an_existing_account(pool: PgPool) {
    add_clinic(&pool).await;
    assert!(user_add(&pool, Some("the first long passphrase"), "", &[]).status.success());
    assert!(user_add(&pool, Some("the second long passphrase"), "", &[]).status.success());
    let app = spawn_app(pool).await;
    let old = app
        .sign_in(&app.new_client(), "new.dentist@test.example", "the first long passphrase")
        .await;
    assert_eq!(old.status(), 401);
    let new = app
        .sign_in(&app.new_client(), "new.dentist@test.example", "the second long passphrase")
        .await;
    assert_eq!(new.status(), 200);
}

#[sqlx::test]
async fn user_add_refuses_weak_passwords_and_unknown_clinics(pool: PgPool) {
    add_clinic(&pool).await;
    let weak = user_add(&pool, Some("short"), "", &[]);
    assert_eq!(weak.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 12"));

    let unknown = user_add(&pool, Some("a quiet lighthouse keeper"), "", &["--clinic", "atlantis"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("atlantis"));
    let accounts: i64 =
        sqlx::query_scalar("SELECT count(*) FROM staff").fetch_one(&pool).await.unwrap();
    assert_eq!(accounts, 0, "nothing is saved when a clinic is unknown");
}

fn audit_verify(pool: &PgPool) -> std::process::Output {
    audit_verify_under(pool, None)
}

/// `chairside audit verify`, under another APP_SECRET when one is given.
fn audit_verify_under(pool: &PgPool, app_secret: Option<&str>) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_chairside"));
    command
        .args(["audit", "verify"])
        .env("DATABASE_URL", database_url(pool))
        .env("APP_ENV", "development")
        .env_remove("APP_SECRET");
    if let Some(secret) = app_secret {
        command.env("APP_SECRET", secret);
    }
    command.output().unwrap()
}

#[sqlx::test]
async fn audit_verify_reports_an_intact_chain_and_names_a_broken_row(pool: PgPool) {
    add_clinic(&pool).await;
    assert!(user_add(&pool, Some("the first long passphrase"), "", &[]).status.success());
    assert!(user_add(&pool, Some("the second long passphrase"), "", &[]).status.success());
    // No server ran: the rows wait to be sealed, which is not an error.
    let intact = audit_verify(&pool);
    assert!(intact.status.success(), "{}", String::from_utf8_lossy(&intact.stderr));
    let stdout = String::from_utf8_lossy(&intact.stdout);
    assert!(stdout.contains("2 rows, chain unbroken"), "{stdout}");
    assert!(stdout.contains("2 rows written in the last moments are not sealed yet"), "{stdout}");

    let mut conn = pool.acquire().await.unwrap();
    assert_eq!(crate::audit::seal(&mut conn).await, 2);
    let intact = audit_verify(&pool);
    let stdout = String::from_utf8_lossy(&intact.stdout);
    assert!(
        stdout.contains("2 rows, chain unbroken") && !stdout.contains("not sealed"),
        "{stdout}"
    );

    sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query(
        "UPDATE audit_log SET details = '{}' WHERE id = (SELECT audit_id FROM audit_seal WHERE seq = 1)",
    )
    .execute(&pool)
    .await
    .unwrap();
    let broken = audit_verify(&pool);
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("broken at position 1"));
}

#[sqlx::test]
async fn audit_verify_names_a_row_rewritten_without_the_secret(pool: PgPool) {
    add_clinic(&pool).await;
    assert!(user_add(&pool, Some("the first long passphrase"), "", &[]).status.success());
    assert!(user_add(&pool, Some("the second long passphrase"), "", &[]).status.success());
    assert!(audit_verify(&pool).status.success());

    // The first row's details are emptied, its MAC and both seals recomputed with plain SHA-256.
    let mut conn = pool.acquire().await.unwrap();
    crate::audit::seal(&mut conn).await;
    let unkeyed = crate::audit::Forged::Unkeyed;
    crate::audit::rewrite_sealed(&mut conn, 1, "details = '{}'", &unkeyed).await;
    let broken = audit_verify(&pool);
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("broken at position 1"));
}

#[sqlx::test]
async fn audit_verify_under_another_app_secret_names_the_first_row_it_did_not_key(pool: PgPool) {
    add_clinic(&pool).await;
    assert!(user_add(&pool, Some("the first long passphrase"), "", &[]).status.success());
    let intact = audit_verify(&pool);
    assert!(String::from_utf8_lossy(&intact.stdout).contains("keyed by APP_SECRET"));
    // Waiting to be sealed, the row is named by its id; sealed, by its position.
    let rotated = audit_verify_under(&pool, Some("a new secret that is long enough to be used"));
    assert_eq!(rotated.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&rotated.stderr);
    assert!(stderr.contains("not sealed yet, does not match its MAC"), "{stderr}");
    assert!(stderr.contains("written under another APP_SECRET"), "{stderr}");
    let mut conn = pool.acquire().await.unwrap();
    crate::audit::seal(&mut conn).await;
    let rotated = audit_verify_under(&pool, Some("a new secret that is long enough to be used"));
    assert_eq!(rotated.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&rotated.stderr);
    assert!(stderr.contains("broken at position 1"), "{stderr}");
    assert!(stderr.contains("written under another APP_SECRET"), "{stderr}");
}
