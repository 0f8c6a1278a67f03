//! `chairside migrate` and `MIGRATE_ON_START`: the schema is changed by its owner, and a server
//! that does not migrate refuses a database that lacks migrations.

use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use chairside::server::db;
use sqlx::PgPool;

use crate::cli::database_url;

/// A URL nothing answers at: what the server would use, here only to show it is not used.
const UNUSED_URL: &str = "postgres://nobody@127.0.0.1:9/nowhere";

fn migrate(pool: &PgPool) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chairside"))
        .arg("migrate")
        .env("APP_ENV", "development")
        .env("DATABASE_URL", UNUSED_URL)
        .env("DATABASE_OWNER_URL", database_url(pool))
        .output()
        .unwrap()
}

#[sqlx::test(migrations = false)]
async fn migrate_applies_the_migrations_through_the_owner_url(pool: PgPool) {
    assert!(!db::unapplied_migrations(&pool).await.unwrap().is_empty());

    let first = migrate(&pool);
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(first.status.success(), "{stdout}{}", String::from_utf8_lossy(&first.stderr));
    let count = db::MIGRATOR.iter().filter(|m| m.migration_type.is_up_migration()).count();
    assert!(stdout.contains(&format!("applied {count} migrations")), "{stdout}");
    assert_eq!(db::unapplied_migrations(&pool).await.unwrap(), Vec::<i64>::new());

    let again = migrate(&pool);
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    assert!(String::from_utf8_lossy(&again.stdout).contains("already up to date"));
}

/// Runs the server binary until it exits (at most 30 s; then it is killed and the test fails).
fn run_server(pool: &PgPool, migrate_on_start: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chairside"))
        .env("APP_ENV", "development")
        .env("DATABASE_URL", database_url(pool))
        .env("MIGRATE_ON_START", migrate_on_start)
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            let output = child.wait_with_output().unwrap();
            panic!(
                "the server did not stop by itself:\n{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().unwrap()
}

#[sqlx::test(migrations = false)]
async fn a_server_that_does_not_migrate_refuses_a_database_without_its_migrations(pool: PgPool) {
    let output = run_server(&pool, "false");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!output.status.success(), "{text}");
    assert!(text.contains("run `chairside migrate`"), "{text}");
    assert!(!text.contains("listening"), "{text}");
    // Nothing was applied behind the operator's back.
    let unapplied = db::unapplied_migrations(&pool).await.unwrap();
    let count = db::MIGRATOR.iter().filter(|m| m.migration_type.is_up_migration()).count();
    assert_eq!(unapplied.len(), count, "{unapplied:?}");
}
