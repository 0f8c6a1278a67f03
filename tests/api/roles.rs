//! The application as the least-privilege role of `deploy/app-role.sql`: the server starts
//! without migrating, its flows work over HTTP (staff and public), its workers run, and the
//! role can neither change nor remove audit rows or their seals nor touch the schema.

use chairside::audit::store as audit;
use chairside::domain::Role;
use chairside::email::delivery::{Delivery, RetryPolicy, Sink};
use chairside::server::config::Config;
use chairside::server::db;
use sha2::{Digest, Sha256};
use sqlx::postgres::PgPoolOptions;
use sqlx::{PgConnection, PgPool};

use crate::appointments::{booking, pairs};
use crate::helpers::{chain_key, spawn_app};
use crate::online::book;
use crate::online_fixture::online_clinic;
use crate::patients::create;

/// A role made by `deploy/app-role.sql` in the test's database, and a pool connected as it.
struct AppRole {
    name: String,
    pool: PgPool,
}

impl AppRole {
    /// Runs the operator's script (as the owner: the test's superuser) for a role named after
    /// the test's database: roles belong to the whole cluster, and each test has its own
    /// database (the same name on every run, so a rerun after a failure finds the role and
    /// grants it afresh).
    async fn create(owner: &PgPool) -> AppRole {
        let database = owner.connect_options().get_database().unwrap().to_string();
        // Short (role names have at most 63 bytes) and plain.
        let digest = Sha256::digest(database.as_bytes());
        let name =
            format!("chairside_app_{:016x}", u64::from_be_bytes(digest[..8].try_into().unwrap()));
        let script =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/app-role.sql"))
                .expect("deploy/app-role.sql");
        // What psql does with `-v app_role=...`.
        let script = script.replace(":'app_role'", &format!("'{name}'"));
        sqlx::raw_sql(&script).execute(owner).await.expect("deploy/app-role.sql runs");
        // The machine's PostgreSQL trusts local TCP logins: no password.
        let options = (*owner.connect_options()).clone().username(&name);
        let pool = PgPoolOptions::new().max_connections(10).connect_with(options).await.unwrap();
        AppRole { name, pool }
    }

    /// Closes the role's connections, then takes back everything it was granted and drops it,
    /// so nothing is left in the cluster.
    async fn drop_role(self, owner: &PgPool) {
        self.pool.close().await;
        for statement in [
            format!("REASSIGN OWNED BY \"{}\" TO CURRENT_USER", self.name),
            format!("DROP OWNED BY \"{}\"", self.name),
            format!("DROP ROLE \"{}\"", self.name),
        ] {
            sqlx::query(&statement).execute(owner).await.unwrap();
        }
    }
}

fn config(migrate_on_start: &str) -> Config {
    Config::from_lookup(|key| match key {
        "DATABASE_URL" => Some("postgres://unused-in-tests".to_string()),
        "MIGRATE_ON_START" => Some(migrate_on_start.to_string()),
        _ => None,
    })
    .unwrap()
}

/// Runs `sql` as the role and answers PostgreSQL's refusal, which must be a privilege error.
async fn refused(conn: &mut PgConnection, sql: &str) -> String {
    let error = sqlx::query(sql).execute(&mut *conn).await.expect_err(sql);
    let error = error.as_database_error().unwrap_or_else(|| panic!("{sql}: {error}"));
    assert_eq!(error.code().as_deref(), Some("42501"), "{sql}: {error}");
    error.message().to_string()
}

#[sqlx::test]
async fn the_app_runs_as_a_role_that_cannot_change_audit_rows_or_the_schema(owner: PgPool) {
    let role = AppRole::create(&owner).await;

    // Start-up: with MIGRATE_ON_START=false the role only checks the migrations, and it could
    // not apply them if it tried.
    db::ensure_schema(&role.pool, &config("false")).await.expect("the schema check passes");
    let migrating = db::ensure_schema(&role.pool, &config("true")).await.unwrap_err();
    assert!(migrating.to_string().contains("permission denied"), "{migrating}");

    // The staff side over HTTP: sign in, register a patient, book, cancel, sign out.
    let app = spawn_app(role.pool.clone()).await;
    let clinic = online_clinic(&owner, 1).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient =
        create(&app, &desk, "test-clinic", "Ann", "Lee", "1980-02-03", "07700 900123").await;
    let at = format!("{}T10:00", clinic.day);
    let form = booking(patient, clinic.providers[0], None, clinic.type_id, &at);
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 200, "{body}");
    let id = body.as_i64().unwrap().to_string();
    let cancel =
        [("id", id.as_str()), ("version", "1"), ("status", "cancelled"), ("reason", "Unwell")];
    let (status, body) = app.call_json(&desk, "appointments/set-status", &cancel).await;
    assert_eq!(status, 200, "{body}");

    // The public side: hold, details, confirm (with a confirmation email queued).
    let online =
        book(&app, &clinic, "11:00", ("Bo", "1990-04-05", "bo@example.com", "07700 900456")).await;

    // The workers, as the role: reminders queued, emails delivered, expired holds swept.
    let before: chrono::DateTime<chrono::Utc> = sqlx::query_scalar(
        "SELECT lower(visit) - interval '47 hours 30 minutes' FROM appointment WHERE id = $1",
    )
    .bind(online)
    .fetch_one(&owner)
    .await
    .unwrap();
    let site = url::Url::parse("http://127.0.0.1:3000").unwrap();
    let reminders = chairside::email::reminders::enqueue_due(&role.pool, &site, before).await;
    assert_eq!(reminders.unwrap(), 1);
    let mail = std::env::temp_dir().join(format!("{}-mail", role.name));
    let delivery = Delivery {
        pool: role.pool.clone(),
        sink: Sink::files(mail.clone()).unwrap(),
        from: "Chairside <no-reply@clinic.example>".parse().unwrap(),
        policy: RetryPolicy::default(),
    };
    assert_eq!(delivery.run_once().await.unwrap(), 2, "the confirmation and the reminder");
    let _ = std::fs::remove_dir_all(&mail);
    let mut conn = role.pool.acquire().await.unwrap();
    chairside::online::holds::sweep(&mut conn).await.unwrap();

    assert_eq!(app.call(&desk, "auth/sign-out", &[]).await.status(), 200);
    let actions: Vec<String> = sqlx::query_scalar("SELECT DISTINCT action FROM audit_log")
        .fetch_all(&owner)
        .await
        .unwrap();
    for action in ["auth.sign_in", "patient.created", "appointment.booked", "auth.sign_out"] {
        assert!(actions.iter().any(|a| a == action), "{action} missing from {actions:?}");
    }
    // Every row the role appended is keyed and waits to be sealed; the role's sealer seals them
    // all (it runs audit_seal_pending and removes the rows from the queue), and the chain holds.
    let mut check = owner.acquire().await.unwrap();
    let appended = audit::pending(&mut check).await.unwrap();
    assert!(appended >= 4, "{appended}");
    assert_eq!(audit::verify_chain(&mut check, &chain_key()).await.unwrap(), None);
    let mut sealed = 0;
    loop {
        match audit::seal_pending(&mut conn, &chain_key(), 3).await.unwrap() {
            0 => break,
            batch => sealed += i64::from(batch),
        }
    }
    assert_eq!(sealed, appended);
    assert_eq!(audit::pending(&mut check).await.unwrap(), 0);
    assert_eq!(audit::verify_chain(&mut check, &chain_key()).await.unwrap(), None);
    drop(check);

    // What the role cannot do, by privilege (not by the triggers, which an owner can switch off).
    for table in ["audit_log", "audit_seal"] {
        for sql in [
            format!("UPDATE {table} SET hash = NULL"),
            format!("DELETE FROM {table}"),
            format!("TRUNCATE {table}"),
        ] {
            let message = refused(&mut conn, &sql).await;
            assert_eq!(message, format!("permission denied for table {table}"), "{sql}");
        }
    }
    for sql in ["UPDATE audit_unsealed SET audit_id = 0", "TRUNCATE audit_unsealed"] {
        assert_eq!(refused(&mut conn, sql).await, "permission denied for table audit_unsealed");
    }
    for sql in [
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
        "DROP TRIGGER audit_log_append_only ON audit_log",
        "ALTER TABLE audit_log DROP COLUMN hash",
    ] {
        let message = refused(&mut conn, sql).await;
        // "must be owner of table audit_log" (DROP TRIGGER says "relation").
        assert!(
            message.starts_with("must be owner of ") && message.ends_with(" audit_log"),
            "{sql}: {message}"
        );
    }
    assert_eq!(
        refused(&mut conn, "DELETE FROM appointment_status_change").await,
        "permission denied for table appointment_status_change"
    );
    assert_eq!(
        refused(&mut conn, "UPDATE _sqlx_migrations SET success = false").await,
        "permission denied for table _sqlx_migrations"
    );
    assert_eq!(
        refused(&mut conn, "UPDATE audit_chain_keying SET keyed_from_seq = 1000").await,
        "permission denied for table audit_chain_keying"
    );
    assert_eq!(
        refused(&mut conn, "CREATE TABLE audit_log_copy (id bigint)").await,
        "permission denied for schema public"
    );
    drop(conn);
    drop(app);
    role.drop_role(&owner).await;
}
