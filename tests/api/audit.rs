//! The audit log: what sign-in writes, append-only, and the hash chain that shows tampering.

use chairside::audit::store::{self as audit, AuditEntry, Outcome, RequestOrigin};
use chairside::domain::Role;
use sqlx::PgPool;

use crate::helpers::{PASSWORD, spawn_app};

#[sqlx::test]
async fn sign_in_success_failure_and_sign_out_are_audited(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let staff_id = app.add_staff("admin@test.example", Role::Admin).await;
    let client = app.new_client();
    app.sign_in(&client, "admin@test.example", "wrong wrong wrong").await;
    app.sign_in(&client, "admin@test.example", PASSWORD).await;
    app.call(&client, "auth/sign-out", &[]).await;

    let rows: Vec<(String, String, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT action, result, actor_staff_id, host(ip) FROM audit_log ORDER BY seq",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![
            ("auth.sign_in".into(), "failed".into(), None, Some("127.0.0.1".into())),
            ("auth.sign_in".into(), "success".into(), Some(staff_id), Some("127.0.0.1".into())),
            ("auth.sign_out".into(), "success".into(), Some(staff_id), Some("127.0.0.1".into())),
        ]
    );
}

#[sqlx::test]
async fn audit_rows_cannot_be_changed_or_deleted(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    audit::append(
        &mut conn,
        AuditEntry::new("test.action", Outcome::Success, &RequestOrigin::default()),
    )
    .await
    .unwrap();
    let update = sqlx::query("UPDATE audit_log SET action = 'other'").execute(&mut *conn).await;
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = sqlx::query("DELETE FROM audit_log").execute(&mut *conn).await;
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    let truncate = sqlx::query("TRUNCATE audit_log").execute(&mut *conn).await;
    assert!(truncate.unwrap_err().to_string().contains("append-only"));
}

#[sqlx::test]
async fn concurrent_appends_form_one_unbroken_chain(pool: PgPool) {
    let mut tasks = Vec::new();
    for i in 0..40 {
        let pool = pool.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = pool.begin().await.unwrap();
            let entry =
                AuditEntry::new("test.concurrent", Outcome::Success, &RequestOrigin::default())
                    .object("item", i);
            audit::append(&mut tx, entry).await.unwrap();
            tx.commit().await.unwrap();
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let mut conn = pool.acquire().await.unwrap();
    assert_eq!(audit::verify_chain(&mut conn).await.unwrap(), None);
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(count, 40);
}

#[sqlx::test]
async fn tampering_with_a_row_breaks_the_chain_at_that_row(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    for i in 0..5 {
        let entry = AuditEntry::new("test.action", Outcome::Success, &RequestOrigin::default())
            .object("item", i);
        audit::append(&mut conn, entry).await.unwrap();
    }
    assert_eq!(audit::verify_chain(&mut conn).await.unwrap(), None);

    // Someone with the power to switch the guard off rewrites row 3.
    sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        .execute(&mut *conn)
        .await
        .unwrap();
    sqlx::query("UPDATE audit_log SET result = 'denied' WHERE seq = 3")
        .execute(&mut *conn)
        .await
        .unwrap();
    assert_eq!(audit::verify_chain(&mut conn).await.unwrap(), Some(3));
}
