//! The audit log: what sign-in writes, append-only, and the hash chain that shows tampering.

use chairside::audit::chain_key::ChainKey;
use chairside::audit::store::{self as audit, AuditEntry, Outcome, RequestOrigin};
use chairside::domain::Role;
use chairside::server::db;
use sqlx::migrate::Migrator;
use sqlx::{PgConnection, PgPool};

use crate::helpers::{PASSWORD, chain_key, spawn_app};

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
    chain_key();
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
    chain_key();
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
    assert_eq!(verify(&mut conn).await, None);
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(count, 40);
}

#[sqlx::test]
async fn tampering_with_a_row_breaks_the_chain_at_that_row(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 5).await;
    assert_eq!(verify(&mut conn).await, None);

    // Someone with the power to switch the guard off rewrites row 3.
    sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        .execute(&mut *conn)
        .await
        .unwrap();
    sqlx::query("UPDATE audit_log SET result = 'denied' WHERE seq = 3")
        .execute(&mut *conn)
        .await
        .unwrap();
    assert_eq!(verify(&mut conn).await, Some(3));
}

/// The chain as `chairside audit verify` checks it: the first broken row, if any.
async fn verify(conn: &mut PgConnection) -> Option<i64> {
    audit::verify_chain(conn, &chain_key()).await.unwrap()
}

/// Appends `count` rows the way the application does.
async fn append_rows(conn: &mut PgConnection, count: i64) {
    chain_key();
    for i in 0..count {
        let entry = AuditEntry::new("test.action", Outcome::Success, &RequestOrigin::default())
            .object("item", i);
        audit::append(conn, entry).await.unwrap();
    }
}

/// What someone with the owner's rights but without APP_SECRET can do: switch the guard off,
/// change row `seq`, and recompute the chain from it to the end, each row's hash being the SQL
/// expression `hash` over the row `a` (its prev_hash already relinked).
pub async fn rewrite(conn: &mut PgConnection, seq: i64, change: &str, hash: &str) {
    sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        .execute(&mut *conn)
        .await
        .unwrap();
    sqlx::query(&format!("UPDATE audit_log SET {change} WHERE seq = $1"))
        .bind(seq)
        .execute(&mut *conn)
        .await
        .unwrap();
    let last: i64 =
        sqlx::query_scalar("SELECT max(seq) FROM audit_log").fetch_one(&mut *conn).await.unwrap();
    for row in seq..=last {
        sqlx::query(
            "UPDATE audit_log a
             SET prev_hash = coalesce((SELECT hash FROM audit_log p WHERE p.seq = a.seq - 1), '\\x')
             WHERE seq = $1",
        )
        .bind(row)
        .execute(&mut *conn)
        .await
        .unwrap();
        sqlx::query(&format!("UPDATE audit_log a SET hash = {hash} WHERE seq = $1"))
            .bind(row)
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    sqlx::query("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
        .execute(&mut *conn)
        .await
        .unwrap();
}

#[sqlx::test]
async fn a_row_rewritten_with_a_recomputed_unkeyed_chain_is_detected(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 5).await;
    assert_eq!(verify(&mut conn).await, None);

    // Row 3 said "success"; the rewrite says "denied", with plain SHA-256 hashes recomputed
    // from there to the end, so every link and every unkeyed hash is consistent.
    rewrite(&mut conn, 3, "result = 'denied'", "audit_row_digest(a)").await;
    let links_hold: bool = sqlx::query_scalar(
        "SELECT bool_and(prev_hash = expected) FROM (
             SELECT prev_hash, coalesce(lag(hash) OVER (ORDER BY seq), '\\x') AS expected
             FROM audit_log) chain",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert!(links_hold, "the rewrite left every link consistent");
    assert_eq!(verify(&mut conn).await, Some(3));
}

#[sqlx::test]
async fn the_trigger_refuses_a_row_from_a_connection_without_the_key(pool: PgPool) {
    let refused =
        sqlx::query("INSERT INTO audit_log (action, result) VALUES ('forged', 'success')")
            .execute(&pool)
            .await
            .unwrap_err();
    assert!(refused.to_string().contains("no audit chain key"), "{refused}");
    let rows: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log").fetch_one(&pool).await.unwrap();
    assert_eq!(rows, 0);
}

#[sqlx::test]
async fn a_row_rewritten_under_a_guessed_key_is_detected(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 4).await;
    let guess = ChainKey::derive("a guess at the secret, long enough to be one");
    let keyed_by_guess = format!("audit_row_mac(a, '\\x{}')", guess.to_hex());
    rewrite(&mut conn, 2, "action = 'test.other'", &keyed_by_guess).await;
    assert_eq!(verify(&mut conn).await, Some(2));
    // Under the guessed key, the first row written under the real one is the broken one: what
    // verification after a change of APP_SECRET looks like.
    assert_eq!(audit::verify_chain(&mut conn, &guess).await.unwrap(), Some(1));
}

#[sqlx::test(migrations = false)]
async fn rows_written_before_the_chain_was_keyed_keep_their_hashes_and_are_still_checked(
    pool: PgPool,
) {
    // The schema as it was before the keying, and three rows hashed with SHA-256 by it.
    let keying = 20261129000002;
    let earlier = std::env::temp_dir().join(format!(
        "chairside-before-keying-{}",
        pool.connect_options().get_database().unwrap()
    ));
    std::fs::create_dir_all(&earlier).unwrap();
    for migration in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations")).unwrap()
    {
        let path = migration.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name[..14].parse::<i64>().unwrap() < keying {
            std::fs::copy(&path, earlier.join(name)).unwrap();
        }
    }
    Migrator::new(earlier.as_path()).await.unwrap().run(&pool).await.unwrap();
    std::fs::remove_dir_all(&earlier).unwrap();
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 3).await;
    let legacy: Vec<Vec<u8>> = sqlx::query_scalar("SELECT hash FROM audit_log ORDER BY seq")
        .fetch_all(&mut *conn)
        .await
        .unwrap();

    // The keying migration, then two keyed rows.
    db::MIGRATOR.run(&pool).await.unwrap();
    assert_eq!(audit::keyed_from(&mut conn).await.unwrap(), Some(4));
    append_rows(&mut conn, 2).await;
    let hashes: Vec<(Vec<u8>, bool, bool)> = sqlx::query_as(
        "SELECT hash, hash = audit_row_digest(a), hash = audit_row_mac(a, $1)
         FROM audit_log a ORDER BY seq",
    )
    .bind(chain_key().as_bytes())
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    let kinds: Vec<(bool, bool)> = hashes.iter().map(|(_, sha, mac)| (*sha, *mac)).collect();
    assert_eq!(kinds, [(true, false), (true, false), (true, false), (false, true), (false, true)]);
    let kept: Vec<Vec<u8>> = hashes.iter().take(3).map(|(hash, _, _)| hash.clone()).collect();
    assert_eq!(kept, legacy, "the older rows keep the hashes they were written with");
    assert_eq!(verify(&mut conn).await, None);

    // An older row rewritten with SHA-256 throughout: it and the next one still look fine, but
    // the first keyed row's HMAC covers the old chain's end, and it cannot be recomputed.
    rewrite(&mut conn, 2, "result = 'denied'", "audit_row_digest(a)").await;
    assert_eq!(verify(&mut conn).await, Some(4));
    // Nor can the record of where the keying starts be moved to cover the rewrite, short of
    // switching its own guard off (which takes the owner's rights; the app's role may only
    // read it).
    let moved = sqlx::query("UPDATE audit_chain_keying SET keyed_from_seq = 6")
        .execute(&mut *conn)
        .await
        .unwrap_err();
    assert!(moved.to_string().contains("append-only"), "{moved}");
}
