//! The audit log: what sign-in writes, append-only, appends that do not wait for each other,
//! the sealing of rows into the keyed chain, and verification that shows tampering.

use std::path::Path;

use chairside::audit::chain_key::ChainKey;
use chairside::audit::sealer as audit_sealer;
use chairside::audit::store::{self as audit, AuditEntry, ChainBreak, Outcome, RequestOrigin};
use chairside::domain::Role;
use chairside::server::db;
use sqlx::migrate::Migrator;
use sqlx::postgres::PgPoolOptions;
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
        "SELECT action, result, actor_staff_id, host(ip) FROM audit_log ORDER BY id",
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
async fn audit_rows_and_their_seals_cannot_be_changed_or_deleted(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 1).await;
    assert_eq!(seal(&mut conn).await, 1);
    for (sql, message) in [
        ("UPDATE audit_log SET action = 'other'", "audit_log is append-only"),
        ("DELETE FROM audit_log", "audit_log is append-only"),
        ("TRUNCATE audit_log", "audit_log is append-only"),
        ("UPDATE audit_seal SET seq = 2", "audit_seal is append-only"),
        ("DELETE FROM audit_seal", "audit_seal is append-only"),
        ("TRUNCATE audit_seal", "audit_seal is append-only"),
    ] {
        let refused = sqlx::query(sql).execute(&mut *conn).await.unwrap_err();
        assert!(refused.to_string().contains(message), "{sql}: {refused}");
    }
}

/// Only rows with their own MAC and without the legacy chain's columns go in, and a statement
/// with one row that does not leaves nothing behind.
#[sqlx::test]
async fn the_database_refuses_rows_without_a_mac_or_with_chain_columns(pool: PgPool) {
    let mac = "'\\x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'::bytea";
    for (what, insert) in [
        (
            "no MAC",
            "INSERT INTO audit_log (action, result) VALUES ('forged', 'success')".to_string(),
        ),
        (
            "a short MAC",
            "INSERT INTO audit_log (action, result, row_mac) VALUES ('forged', 'success', '\\x01')"
                .to_string(),
        ),
        (
            "a legacy position",
            format!(
                "INSERT INTO audit_log (action, result, row_mac, seq) \
                 VALUES ('forged', 'success', {mac}, 1)"
            ),
        ),
        (
            "one good row and one without a MAC",
            format!(
                "INSERT INTO audit_log (action, result, row_mac) \
                 VALUES ('fine', 'success', {mac}), ('forged', 'success', NULL)"
            ),
        ),
    ] {
        let refused = sqlx::query(&insert).execute(&pool).await.expect_err(what);
        assert!(refused.to_string().contains("needs its own 32-byte MAC"), "{what}: {refused}");
    }
    let rows: (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM audit_unsealed)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(rows, (0, 0));
}

/// The server computes each row's MAC (`audit::row_mac`) and the database recomputes it when it
/// verifies: for random rows (every field, any text, nested details with numbers of every
/// kind, both kinds of address), the database's canonical text of the stored row is the
/// server's, byte for byte, and the chain verifies before and after sealing.
#[sqlx::test]
async fn random_rows_get_the_same_mac_from_the_server_as_from_the_database(pool: PgPool) {
    use chairside::audit::row_mac;
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;

    chain_key();
    let mut runner = TestRunner::default();
    let entries: Vec<AuditEntry> =
        (0..300).map(|_| random_entry().new_tree(&mut runner).unwrap().current()).collect();
    let mut conn = pool.acquire().await.unwrap();
    for group in entries.chunks(7) {
        if group.len() == 7 {
            audit::append_reads(&mut conn, group).await.unwrap();
        } else {
            for entry in group {
                audit::append(&mut conn, entry.clone()).await.unwrap();
            }
        }
    }
    let stored: Vec<(i64, chrono::DateTime<chrono::Utc>, String)> = sqlx::query_as(
        "SELECT id, at, convert_from(audit_row_content(a), 'UTF8') FROM audit_log a ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    assert_eq!(stored.len(), entries.len());
    for ((id, at, database), entry) in stored.iter().zip(&entries) {
        assert_eq!(&row_mac::canonical_content(*id, *at, entry), database, "{entry:?}");
    }
    assert_eq!(verify(&mut conn).await, None);
    assert_eq!(seal(&mut conn).await, entries.len() as i32);
    assert_eq!(verify(&mut conn).await, None);
}

/// Any audit row the application could append.
fn random_entry() -> impl proptest::strategy::Strategy<Value = AuditEntry> {
    use proptest::prelude::*;
    let text = || "[^\\x00]{0,12}";
    let role = prop::sample::select(Role::ALL.to_vec());
    let outcome = prop::sample::select(vec![Outcome::Success, Outcome::Denied, Outcome::Failed]);
    let action = prop::sample::select(vec!["calendar.viewed", "patient.updated", "é\"\\"]);
    let kind = prop::sample::select(vec!["patient", "appointment", "clinic"]);
    (
        (action, outcome, proptest::option::of((any::<i64>(), role)), any::<Option<i64>>()),
        (proptest::option::of((kind, text())), any::<Option<i64>>()),
        (
            proptest::option::of(random_address()),
            proptest::option::of(text()),
            proptest::option::of(text()),
        ),
        random_details(),
    )
        .prop_map(
            |(
                (action, outcome, actor, clinic),
                (object, patient),
                (ip, agent, request),
                details,
            )| {
                let origin = RequestOrigin { ip, user_agent: agent, request_id: request };
                let mut entry = AuditEntry::new(action, outcome, &origin).details(details);
                entry.actor = actor;
                entry.clinic_id = clinic;
                entry.object = object;
                entry.patient_id = patient;
                entry
            },
        )
}

/// Any address, IPv6 ones often with runs of zeros (where their text forms differ most).
fn random_address() -> impl proptest::strategy::Strategy<Value = std::net::IpAddr> {
    use proptest::prelude::*;
    let segment = prop_oneof![Just(0u16), Just(0xffff), any::<u16>()];
    prop_oneof![
        any::<std::net::IpAddr>(),
        prop::array::uniform8(segment).prop_map(|s| std::net::Ipv6Addr::from(s).into()),
        any::<[u8; 4]>().prop_map(|[a, b, c, d]| std::net::Ipv6Addr::from([
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, a, b, c, d
        ])
        .into()),
        any::<std::net::Ipv4Addr>().prop_map(|v4| v4.to_ipv6_mapped().into()),
    ]
}

/// Details as the application writes them: an object of anything JSON holds, nested.
fn random_details() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
    use proptest::prelude::*;
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        "[^\\x00]{0,8}".prop_map(Value::from),
    ];
    let value = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[^\\x00]{0,6}", inner, 0..4)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    });
    prop::collection::btree_map("[^\\x00]{0,6}", value, 0..5)
        .prop_map(|fields| Value::Object(fields.into_iter().collect()))
}

#[sqlx::test]
async fn appends_do_not_wait_for_each_other(pool: PgPool) {
    chain_key();
    // One request has appended its audit row and is still busy with its change.
    let mut first = pool.begin().await.unwrap();
    let entry = AuditEntry::new("test.slow", Outcome::Success, &RequestOrigin::default());
    audit::append(&mut first, entry).await.unwrap();

    // Another one, meanwhile, appends and commits without waiting for it (before sealing,
    // every append waited here for the first one's commit, on the chain lock).
    let mut second = pool.begin().await.unwrap();
    sqlx::query("SET LOCAL lock_timeout = '2s'").execute(&mut *second).await.unwrap();
    let entry = AuditEntry::new("test.fast", Outcome::Success, &RequestOrigin::default());
    audit::append(&mut second, entry).await.expect("the second append does not wait for the first");
    second.commit().await.unwrap();

    // A sealer meanwhile seals what has committed and does not wait for the open one either.
    let mut conn = pool.acquire().await.unwrap();
    sqlx::query("SET lock_timeout = '2s'").execute(&mut *conn).await.unwrap();
    assert_eq!(audit::seal_pending(&mut conn, &chain_key(), 100).await.unwrap(), 1);

    first.commit().await.unwrap();
    assert_eq!(seal(&mut conn).await, 1);
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT a.action FROM audit_seal s JOIN audit_log a ON a.id = s.audit_id ORDER BY s.seq",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    assert_eq!(actions, ["test.fast", "test.slow"], "sealed in the order they committed");
    assert_eq!(verify(&mut conn).await, None);
}

#[sqlx::test]
async fn concurrent_writers_across_clinics_are_each_sealed_once_in_one_chain(pool: PgPool) {
    chain_key();
    let clinics: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO clinic (name, slug, time_zone)
         SELECT 'Clinic ' || n, 'clinic-' || n, 'Europe/London' FROM generate_series(1, 8) n
         RETURNING id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(clinics.len(), 8);
    // More connections than the test pool's five, so that many transactions are open at once.
    let writers = wider_pool(&pool, 17).await;

    // A sealer runs all along, as each instance's does.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sealer = tokio::spawn({
        let (pool, done) = (writers.clone(), done.clone());
        async move {
            let mut sealed = 0;
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                let mut conn = pool.acquire().await.unwrap();
                sealed += audit::seal_pending(&mut conn, &chain_key(), 7).await.unwrap();
                drop(conn);
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
            sealed
        }
    });

    // 8 clinics x 10 transactions, each appending three rows with pauses between them, so they
    // overlap and commit in another order than their rows' ids.
    let mut tasks = Vec::new();
    for (c, clinic) in clinics.iter().copied().enumerate() {
        for t in 0..10u64 {
            let pool = writers.clone();
            tasks.push(tokio::spawn(async move {
                let mut tx = pool.begin().await.unwrap();
                for row in 0..3u64 {
                    let entry = AuditEntry::new(
                        "test.concurrent",
                        Outcome::Success,
                        &RequestOrigin::default(),
                    )
                    .clinic(clinic)
                    .object("item", format!("{t}-{row}"));
                    audit::append(&mut tx, entry).await.unwrap();
                    let pause = (c as u64 * 7 + t * 3 + row * 5) % 11;
                    tokio::time::sleep(std::time::Duration::from_millis(pause)).await;
                }
                tx.commit().await.unwrap();
            }));
        }
    }
    for task in tasks {
        task.await.unwrap();
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let sealed_meanwhile = sealer.await.unwrap();
    let mut conn = writers.acquire().await.unwrap();
    let sealed_after = seal(&mut conn).await;
    assert_eq!(sealed_meanwhile + sealed_after, 240);

    assert_eq!(verify(&mut conn).await, None);
    assert_eq!(audit::pending(&mut conn).await.unwrap(), 0);
    let chain: (i64, i64, i64, i64, i64) = sqlx::query_as(
        "SELECT count(*), count(DISTINCT audit_id), min(seq), max(seq),
                (SELECT count(*) FROM audit_log)
         FROM audit_seal",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert_eq!(chain, (240, 240, 1, 240, 240), "every row sealed once, positions 1 to 240");
    let per_clinic: Vec<i64> = sqlx::query_scalar(
        "SELECT count(*) FROM audit_seal s JOIN audit_log a ON a.id = s.audit_id
         GROUP BY a.clinic_id ORDER BY a.clinic_id",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    assert_eq!(per_clinic, [30; 8]);
}

#[sqlx::test]
async fn a_committed_row_waits_until_it_is_sealed_and_is_never_lost(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 1).await;
    // A row whose change rolls back leaves nothing behind.
    let mut rolled_back = pool.begin().await.unwrap();
    let entry = AuditEntry::new("test.rolled_back", Outcome::Success, &RequestOrigin::default());
    audit::append(&mut rolled_back, entry).await.unwrap();
    rolled_back.rollback().await.unwrap();
    // One still open is not sealed: a sealer sees only committed rows.
    let mut open = pool.begin().await.unwrap();
    let entry = AuditEntry::new("test.open", Outcome::Success, &RequestOrigin::default());
    audit::append(&mut open, entry).await.unwrap();

    // Committed, waiting, and not an error.
    assert_eq!(audit::pending(&mut conn).await.unwrap(), 1);
    assert_eq!(verify(&mut conn).await, None);

    // A sealer that fails before committing (a crash, a lost connection: its transaction rolls
    // back) leaves it waiting.
    let mut crashed = pool.begin().await.unwrap();
    assert_eq!(audit::seal_pending(&mut crashed, &chain_key(), 100).await.unwrap(), 1);
    crashed.rollback().await.unwrap();
    assert_eq!(audit::pending(&mut conn).await.unwrap(), 1);

    // The open one commits; a server started afresh (its own connections) seals both.
    open.commit().await.unwrap();
    drop(conn);
    let restarted = wider_pool(&pool, 2).await;
    let mut conn = restarted.acquire().await.unwrap();
    assert_eq!(audit::pending(&mut conn).await.unwrap(), 2);
    assert_eq!(seal(&mut conn).await, 2);
    assert_eq!(audit::pending(&mut conn).await.unwrap(), 0);
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT a.action FROM audit_seal s JOIN audit_log a ON a.id = s.audit_id ORDER BY s.seq",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    assert_eq!(actions, ["test.action", "test.open"]);
    assert_eq!(verify(&mut conn).await, None);
}

/// Read rows written together (one statement) keep their order and each its own fields and
/// MAC: the chain verifies, and a group of requests' rows waiting at once goes out as one.
#[sqlx::test]
async fn reads_appended_together_keep_their_order_fields_and_chain(pool: PgPool) {
    chain_key();
    let mut conn = pool.acquire().await.unwrap();
    let origin = |n: u8| RequestOrigin {
        ip: Some(std::net::IpAddr::from([192, 0, 2, n])),
        user_agent: Some(format!("agent {n}")),
        request_id: None,
    };
    let rows: Vec<AuditEntry> = (1..=5)
        .map(|n| {
            AuditEntry::new("test.viewed", Outcome::Success, &origin(n))
                .details(serde_json::json!({ "n": n, "text": "it's \"quoted\"" }))
        })
        .collect();
    audit::append_reads(&mut conn, &rows).await.unwrap();
    let written: Vec<(String, String, serde_json::Value)> =
        sqlx::query_as("SELECT host(ip), user_agent, details FROM audit_log ORDER BY id")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    for (n, (ip, agent, details)) in (1..=5).zip(&written) {
        assert_eq!(ip, &format!("192.0.2.{n}"));
        assert_eq!(agent, &format!("agent {n}"));
        assert_eq!(details["n"], n);
    }
    assert_eq!(seal(&mut conn).await, 5);
    assert_eq!(verify(&mut conn).await, None);

    // Through the writer task: many requests at once, each answered once its row is written.
    let log = chairside::audit::reads::ReadLog::start(&pool);
    let appends: Vec<_> = (0..40)
        .map(|n| {
            let log = log.clone();
            let entry =
                AuditEntry::new("test.read_log", Outcome::Success, &RequestOrigin::default())
                    .details(serde_json::json!({ "n": n }));
            tokio::spawn(async move { log.append(entry).await })
        })
        .collect();
    for append in appends {
        append.await.unwrap().unwrap();
    }
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'test.read_log'")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(count, 40);
    assert_eq!(seal(&mut conn).await, 40);
    assert_eq!(verify(&mut conn).await, None);
}

#[sqlx::test]
async fn a_read_is_appended_on_its_own_and_sealed_like_any_other_row(pool: PgPool) {
    chain_key();
    let mut conn = pool.acquire().await.unwrap();
    let read = || AuditEntry::new("test.viewed", Outcome::Success, &RequestOrigin::default());
    audit::append_read(&mut conn, read()).await.unwrap();
    // The asynchronous commit was that statement's alone: the connection goes back to the pool
    // as it came.
    let after: String =
        sqlx::query_scalar("SHOW synchronous_commit").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(after, "on");

    // Inside a transaction it is refused, so it can never make a change's commit asynchronous.
    let mut change = pool.begin().await.unwrap();
    let refused = audit::append_read(&mut change, read()).await.unwrap_err();
    assert!(refused.to_string().contains("outside a transaction"), "{refused}");
    change.rollback().await.unwrap();

    assert_eq!(seal(&mut conn).await, 1);
    assert_eq!(verify(&mut conn).await, None);
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log").fetch_all(&mut *conn).await.unwrap();
    assert_eq!(actions, ["test.viewed"]);
}

#[sqlx::test]
async fn the_background_sealer_seals_what_is_appended(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 3).await;
    let sealer = tokio::spawn(audit_sealer::run_sealer(pool.clone()));
    // Not a timing check: a generous bound, so that a sealer that never seals fails the test
    // rather than hanging it.
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(60);
    while audit::pending(&mut conn).await.unwrap() > 0 {
        assert!(tokio::time::Instant::now() < deadline, "the sealer sealed nothing");
        tokio::time::sleep(audit_sealer::SEAL_EVERY).await;
    }
    sealer.abort();
    let sealed: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_seal").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(sealed, 3);
    assert_eq!(verify(&mut conn).await, None);
}

#[sqlx::test]
async fn sealers_take_turns_and_form_one_chain(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 3).await;

    // While one sealer is at work (its transaction still open), another gives up its turn at
    // once instead of waiting.
    let mut busy = pool.begin().await.unwrap();
    assert_eq!(audit::seal_pending(&mut busy, &chain_key(), 2).await.unwrap(), 2);
    sqlx::query("SET lock_timeout = '2s'").execute(&mut *conn).await.unwrap();
    assert_eq!(audit::seal_pending(&mut conn, &chain_key(), 100).await.unwrap(), 0);
    busy.commit().await.unwrap();
    assert_eq!(audit::seal_pending(&mut conn, &chain_key(), 100).await.unwrap(), 1);
    drop(conn);

    // Two sealers racing while rows are appended: still one chain, each row in it once.
    let pool = wider_pool(&pool, 6).await;
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sealers: Vec<_> = (0..2)
        .map(|_| {
            let (pool, done) = (pool.clone(), done.clone());
            tokio::spawn(async move {
                let mut conn = pool.acquire().await.unwrap();
                let mut sealed = 0;
                while !done.load(std::sync::atomic::Ordering::SeqCst) {
                    sealed += audit::seal_pending(&mut conn, &chain_key(), 3).await.unwrap();
                    tokio::task::yield_now().await;
                }
                sealed
            })
        })
        .collect();
    let appenders: Vec<_> = (0..3)
        .map(|_| {
            let pool = pool.clone();
            tokio::spawn(async move {
                let mut conn = pool.acquire().await.unwrap();
                append_rows(&mut conn, 20).await;
            })
        })
        .collect();
    for appender in appenders {
        appender.await.unwrap();
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut sealed = 0;
    for sealer in sealers {
        sealed += sealer.await.unwrap();
    }
    let mut conn = pool.acquire().await.unwrap();
    sealed += seal(&mut conn).await;
    assert_eq!(sealed, 60);
    assert_eq!(verify(&mut conn).await, None);
    let chain: (i64, i64, i64) =
        sqlx::query_as("SELECT count(*), count(DISTINCT audit_id), max(seq) FROM audit_seal")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(chain, (63, 63, 63));
}

#[sqlx::test]
async fn tampering_with_a_sealed_row_breaks_the_chain_at_its_position(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 5).await;
    seal(&mut conn).await;
    assert_eq!(verify(&mut conn).await, None);

    // Someone with the power to switch the guard off rewrites the row at position 3.
    guard_off(&mut conn, "audit_log").await;
    sqlx::query(
        "UPDATE audit_log SET result = 'denied'
         WHERE id = (SELECT audit_id FROM audit_seal WHERE seq = 3)",
    )
    .execute(&mut *conn)
    .await
    .unwrap();
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::At(3)));
}

#[sqlx::test]
async fn a_sealed_row_rewritten_with_a_recomputed_unkeyed_chain_is_detected(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 5).await;
    seal(&mut conn).await;

    // The row at position 3 said "success"; the rewrite says "denied", with its MAC and every
    // seal from there to the end recomputed with plain SHA-256, so every link is consistent.
    rewrite_sealed(&mut conn, 3, "result = 'denied'", &Forged::Unkeyed).await;
    let links_hold: bool = sqlx::query_scalar(
        "SELECT bool_and(prev_hash = expected) FROM (
             SELECT prev_hash, coalesce(lag(hash) OVER (ORDER BY seq), '\\x') AS expected
             FROM audit_seal) chain",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert!(links_hold, "the rewrite left every link consistent");
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::At(3)));
}

#[sqlx::test]
async fn a_sealed_row_rewritten_under_a_guessed_key_is_detected(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 4).await;
    seal(&mut conn).await;
    let guess = ChainKey::derive("a guess at the secret, long enough to be one");
    rewrite_sealed(&mut conn, 2, "action = 'test.other'", &Forged::Guessed(guess.clone())).await;
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::At(2)));
    // Under the guessed key, the first row written under the real one is the broken one: what
    // verification after a change of APP_SECRET looks like.
    assert_eq!(audit::verify_chain(&mut conn, &guess).await.unwrap(), Some(ChainBreak::At(1)));
}

#[sqlx::test]
async fn a_row_appended_under_a_guessed_key_is_reported_before_and_after_sealing(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 2).await;
    // The database cannot tell a MAC under a guessed key from a genuine one: it takes any
    // 32-byte MAC, and only verification under the real key tells them apart.
    let guess = ChainKey::derive("a guess at the secret, long enough to be one");
    let forged: i64 = sqlx::query_scalar("SELECT nextval('audit_log_id_seq')")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    let at = chrono::DateTime::from_timestamp_micros(1_900_000_000_000_000).unwrap();
    let entry = AuditEntry::new("forged", Outcome::Success, &RequestOrigin::default());
    let mac = chairside::audit::row_mac::compute(&guess, forged, at, &entry);
    sqlx::query(
        "INSERT INTO audit_log (id, at, action, result, row_mac) OVERRIDING SYSTEM VALUE
         VALUES ($1, $2, 'forged', 'success', $3)",
    )
    .bind(forged)
    .bind(at)
    .bind(mac.to_vec())
    .execute(&mut *conn)
    .await
    .unwrap();
    append_rows(&mut conn, 1).await;
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::UnsealedMismatch(forged)));

    // Sealing does not stop at it (sealing checks no row), and the chain names its position.
    assert_eq!(seal(&mut conn).await, 4);
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::At(3)));
}

#[sqlx::test]
async fn a_row_taken_out_of_the_sealing_queue_is_reported(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 3).await;
    let ids = audit_ids(&mut conn).await;
    sqlx::query("DELETE FROM audit_unsealed WHERE audit_id = $1")
        .bind(ids[1])
        .execute(&mut *conn)
        .await
        .unwrap();
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::Unaccounted(ids[1])));
    // The others are sealed; it stays outside the chain, and reported.
    assert_eq!(seal(&mut conn).await, 2);
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::Unaccounted(ids[1])));
}

#[sqlx::test]
async fn a_row_deleted_before_it_was_sealed_is_reported_and_sealing_goes_on(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 3).await;
    let ids = audit_ids(&mut conn).await;
    guard_off(&mut conn, "audit_log").await;
    sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(ids[1])
        .execute(&mut *conn)
        .await
        .unwrap();
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::UnsealedMissing(ids[1])));
    assert_eq!(seal(&mut conn).await, 2, "the queue entry left behind does not stop sealing");
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::UnsealedMissing(ids[1])));
}

#[sqlx::test]
async fn a_row_changed_while_it_waits_is_reported_before_it_is_sealed(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 3).await;
    let ids = audit_ids(&mut conn).await;
    guard_off(&mut conn, "audit_log").await;
    sqlx::query("UPDATE audit_log SET result = 'denied' WHERE id = $1")
        .bind(ids[1])
        .execute(&mut *conn)
        .await
        .unwrap();
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::UnsealedMismatch(ids[1])));
    assert_eq!(seal(&mut conn).await, 3);
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::At(2)));
}

#[sqlx::test]
async fn seals_cut_from_the_end_leave_their_rows_unaccounted(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    append_rows(&mut conn, 3).await;
    seal(&mut conn).await;
    guard_off(&mut conn, "audit_seal").await;
    let cut: i64 = sqlx::query_scalar("DELETE FROM audit_seal WHERE seq = 3 RETURNING audit_id")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::Unaccounted(cut)));
}

#[sqlx::test(migrations = false)]
async fn rows_written_before_the_chain_was_keyed_keep_their_hashes_and_are_still_checked(
    pool: PgPool,
) {
    // The schema as it was before the keying, and three rows hashed with SHA-256 by it.
    let keying = 20261129000002;
    migrate_before(&pool, keying).await;
    let mut conn = pool.acquire().await.unwrap();
    append_as_older_servers(&mut conn, 3).await;
    let legacy: Vec<Vec<u8>> = sqlx::query_scalar("SELECT hash FROM audit_log ORDER BY seq")
        .fetch_all(&mut *conn)
        .await
        .unwrap();

    // The keying migration (and those after it, up to the sealing), then two keyed rows.
    migrate_before(&pool, SEALING).await;
    assert_eq!(audit::keyed_from(&mut conn).await.unwrap(), Some(4));
    append_as_older_servers(&mut conn, 2).await;
    db::MIGRATOR.run(&pool).await.unwrap();
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
    rewrite_legacy(&mut conn, 2, "result = 'denied'", "audit_row_digest(a)").await;
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::At(4)));
    // Nor can the record of where the keying starts be moved to cover the rewrite, short of
    // switching its own guard off (which takes the owner's rights; the app's role may only
    // read it).
    let moved = sqlx::query("UPDATE audit_chain_keying SET keyed_from_seq = 6")
        .execute(&mut *conn)
        .await
        .unwrap_err();
    assert!(moved.to_string().contains("append-only"), "{moved}");
}

#[sqlx::test(migrations = false)]
async fn rows_written_before_sealing_keep_their_chain_and_the_seals_continue_from_its_end(
    pool: PgPool,
) {
    // Three rows chained one by one by the keyed trigger, as before sealing.
    migrate_before(&pool, SEALING).await;
    let mut conn = pool.acquire().await.unwrap();
    append_as_older_servers(&mut conn, 3).await;
    let before: Vec<(i64, i64, Vec<u8>)> =
        sqlx::query_as("SELECT id, seq, hash FROM audit_log ORDER BY seq")
            .fetch_all(&mut *conn)
            .await
            .unwrap();

    // The sealing migration, two rows appended by servers whose rows got their MAC from a
    // trigger, then the rest of the migrations and two rows with their MAC from the server:
    // all four sealed after the old chain's end.
    migrate_before(&pool, MAC_FROM_SERVER).await;
    append_as_older_servers(&mut conn, 2).await;
    db::MIGRATOR.run(&pool).await.unwrap();
    append_rows(&mut conn, 2).await;
    assert_eq!(verify(&mut conn).await, None, "rows waiting to be sealed are not an error");
    assert_eq!(seal(&mut conn).await, 4);
    let after: Vec<(i64, i64, Vec<u8>)> =
        sqlx::query_as("SELECT id, seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    assert_eq!(after, before, "the older rows keep their positions and hashes");
    let seals: Vec<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT seq, prev_hash FROM audit_seal ORDER BY seq")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    assert_eq!(seals.iter().map(|(seq, _)| *seq).collect::<Vec<_>>(), [4, 5, 6, 7]);
    assert_eq!(seals[0].1, before[2].2, "the first seal links to the older chain's last hash");
    assert_eq!(verify(&mut conn).await, None);

    // An older row changed: still caught, at its own position.
    guard_off(&mut conn, "audit_log").await;
    sqlx::query("UPDATE audit_log SET result = 'denied' WHERE seq = 2")
        .execute(&mut *conn)
        .await
        .unwrap();
    assert_eq!(verify(&mut conn).await, Some(ChainBreak::At(2)));
}

/// The version of the migration that introduced sealing.
const SEALING: i64 = 20261130000001;

/// The version of the migration from which the server computes each row's MAC.
const MAC_FROM_SERVER: i64 = 20261201000003;

/// Applies the migrations older than `version`, as a database of an earlier release has them.
async fn migrate_before(pool: &PgPool, version: i64) {
    let earlier = std::env::temp_dir().join(format!(
        "chairside-before-{version}-{}",
        pool.connect_options().get_database().unwrap()
    ));
    std::fs::create_dir_all(&earlier).unwrap();
    let all = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    for migration in std::fs::read_dir(all).unwrap() {
        let path = migration.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name[..14].parse::<i64>().unwrap() < version {
            std::fs::copy(&path, earlier.join(name)).unwrap();
        }
    }
    Migrator::new(earlier.as_path()).await.unwrap().run(pool).await.unwrap();
    std::fs::remove_dir_all(&earlier).unwrap();
}

/// A pool of `connections` on the test's database, beyond the test pool's own limit.
async fn wider_pool(pool: &PgPool, connections: u32) -> PgPool {
    PgPoolOptions::new()
        .max_connections(connections)
        .connect_with((*pool.connect_options()).clone())
        .await
        .unwrap()
}

/// What only the owner can do: switch `table`'s append-only guard off (`audit_log` or
/// `audit_seal`).
pub async fn guard_off(conn: &mut PgConnection, table: &str) {
    sqlx::query(&format!("ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))
        .execute(conn)
        .await
        .unwrap();
}

/// The chain as `chairside audit verify` checks it: the first problem, if any.
async fn verify(conn: &mut PgConnection) -> Option<ChainBreak> {
    audit::verify_chain(conn, &chain_key()).await.unwrap()
}

/// Seals every committed row waiting to be sealed, as the background sealer does; answers how
/// many.
pub async fn seal(conn: &mut PgConnection) -> i32 {
    let mut sealed = 0;
    loop {
        match audit::seal_pending(conn, &chain_key(), 100).await.unwrap() {
            0 => return sealed,
            batch => sealed += batch,
        }
    }
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

/// Appends `count` rows as servers did before they computed the MAC themselves: the row without
/// id or MAC, and the chain key set on the transaction for the trigger (which ignored it before
/// the chain was keyed).
async fn append_as_older_servers(conn: &mut PgConnection, count: i64) {
    for i in 0..count {
        sqlx::query(
            "INSERT INTO audit_log (action, result, object_type, object_id)
             SELECT 'test.action', 'success', 'item', $2
             WHERE set_config('chairside.audit_key', $1, true) IS NOT NULL",
        )
        .bind(chain_key().to_hex())
        .bind(i.to_string())
        .execute(&mut *conn)
        .await
        .unwrap();
    }
}

/// Every audit row's id, oldest first.
async fn audit_ids(conn: &mut PgConnection) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM audit_log ORDER BY id").fetch_all(conn).await.unwrap()
}

/// How someone without APP_SECRET recomputes what it keys.
pub enum Forged {
    /// Plain SHA-256.
    Unkeyed,
    /// HMAC-SHA256 under a guessed key.
    Guessed(ChainKey),
}

impl Forged {
    /// The SQL for the MAC of `bytes` (an SQL bytea expression).
    fn mac(&self, bytes: &str) -> String {
        match self {
            Forged::Unkeyed => format!("sha256({bytes})"),
            Forged::Guessed(key) => {
                format!("hmac({bytes}, '\\x{}'::bytea, 'sha256')", key.to_hex())
            }
        }
    }
}

/// What someone with the owner's rights but without APP_SECRET can do to a sealed row: switch
/// the guards off, change the row at chain `position`, give it a new MAC, and recompute every
/// seal from there to the end, each with `forged`.
pub async fn rewrite_sealed(conn: &mut PgConnection, position: i64, change: &str, forged: &Forged) {
    for guard in [
        "audit_log DISABLE TRIGGER audit_log_append_only",
        "audit_seal DISABLE TRIGGER audit_seal_append_only",
    ] {
        sqlx::query(&format!("ALTER TABLE {guard}")).execute(&mut *conn).await.unwrap();
    }
    let row = "(SELECT audit_id FROM audit_seal WHERE seq = $1)";
    sqlx::query(&format!("UPDATE audit_log a SET {change} WHERE id = {row}"))
        .bind(position)
        .execute(&mut *conn)
        .await
        .unwrap();
    let mac = forged.mac("audit_row_content(a)");
    sqlx::query(&format!("UPDATE audit_log a SET row_mac = {mac} WHERE id = {row}"))
        .bind(position)
        .execute(&mut *conn)
        .await
        .unwrap();
    let last: i64 =
        sqlx::query_scalar("SELECT max(seq) FROM audit_seal").fetch_one(&mut *conn).await.unwrap();
    let link =
        forged.mac("s.prev_hash || (SELECT row_mac FROM audit_log a WHERE a.id = s.audit_id)");
    for seq in position..=last {
        sqlx::query(
            "UPDATE audit_seal s
             SET prev_hash = coalesce((SELECT hash FROM audit_seal p WHERE p.seq = s.seq - 1),
                                      s.prev_hash)
             WHERE seq = $1",
        )
        .bind(seq)
        .execute(&mut *conn)
        .await
        .unwrap();
        sqlx::query(&format!("UPDATE audit_seal s SET hash = {link} WHERE seq = $1"))
            .bind(seq)
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    for guard in [
        "audit_log ENABLE TRIGGER audit_log_append_only",
        "audit_seal ENABLE TRIGGER audit_seal_append_only",
    ] {
        sqlx::query(&format!("ALTER TABLE {guard}")).execute(&mut *conn).await.unwrap();
    }
}

/// The same for a row written before sealing: change row `seq` and recompute the old chain from
/// it to its end, each row's hash being the SQL expression `hash` over the row `a` (its
/// prev_hash already relinked).
async fn rewrite_legacy(conn: &mut PgConnection, seq: i64, change: &str, hash: &str) {
    guard_off(&mut *conn, "audit_log").await;
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
