//! Reads made in groups (`server::batched`): each request gets its own key's value, from a
//! statement made after it asked, and a read that went down a cut connection is made again on a
//! new one.

use std::sync::{Arc, Mutex};

use chairside::server::batched::{Batched, GroupRead};
use sqlx::{PgConnection, PgPool};

/// The `value` of each key's row of `test_value`, recording the keys of every statement.
#[derive(Clone, Default)]
struct Values {
    groups: Arc<Mutex<Vec<Vec<i32>>>>,
}

impl GroupRead for Values {
    type Key = i32;
    type Value = String;

    async fn read(
        &self,
        conn: &mut PgConnection,
        keys: Vec<i32>,
    ) -> Result<Vec<(i32, String)>, sqlx::Error> {
        self.groups.lock().unwrap().push(keys.clone());
        sqlx::query_as("SELECT key, value FROM test_value WHERE key = ANY($1)")
            .bind(&keys)
            .fetch_all(conn)
            .await
    }
}

async fn table_of_values(pool: &PgPool, keys: i32) {
    sqlx::query("CREATE TABLE test_value (key int PRIMARY KEY, value text NOT NULL)")
        .execute(pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO test_value SELECT k, 'value ' || k FROM generate_series(1, $1) k")
        .bind(keys)
        .execute(pool)
        .await
        .unwrap();
}

#[sqlx::test]
async fn each_request_gets_its_own_keys_value_and_a_statement_reads_each_key_once(pool: PgPool) {
    table_of_values(&pool, 20).await;
    let values = Values::default();
    let batched = Batched::start(&pool, values.clone());
    // Keys 1 to 25, each asked for by four requests at once; 21 to 25 have no row.
    let asks: Vec<_> = (0..100)
        .map(|n| {
            let batched = batched.clone();
            let key = n % 25 + 1;
            tokio::spawn(async move { (key, batched.get(key).await.unwrap()) })
        })
        .collect();
    for ask in asks {
        let (key, value) = ask.await.unwrap();
        let expected = (key <= 20).then(|| format!("value {key}"));
        assert_eq!(value, expected, "key {key}");
    }
    for group in values.groups.lock().unwrap().iter() {
        let mut distinct = group.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), group.len(), "a key read twice by one statement: {group:?}");
    }
}

#[sqlx::test]
async fn a_read_sees_every_change_committed_before_it_was_asked_for(pool: PgPool) {
    table_of_values(&pool, 1).await;
    let batched = Batched::start(&pool, Values::default());
    for round in 0..20 {
        let written = format!("round {round}");
        sqlx::query("UPDATE test_value SET value = $1 WHERE key = 1")
            .bind(&written)
            .execute(&pool)
            .await
            .unwrap();
        assert_eq!(batched.get(1).await.unwrap(), Some(written));
    }
    sqlx::query("DELETE FROM test_value").execute(&pool).await.unwrap();
    assert_eq!(batched.get(1).await.unwrap(), None);
}

#[sqlx::test]
async fn a_read_down_a_cut_connection_is_made_again_on_a_new_one(pool: PgPool) {
    table_of_values(&pool, 1).await;
    let batched = Batched::start(&pool, Values::default());
    assert_eq!(batched.get(1).await.unwrap().as_deref(), Some("value 1"));
    let cut: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()) terminated",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(cut >= 1, "the task's connection was not found");
    // The read goes down the cut connection, fails, and is made again on a new one.
    assert_eq!(batched.get(1).await.unwrap().as_deref(), Some("value 1"));
}

/// Waits longer than a task's deadline (5 s) on its first statement, as a connection that
/// stopped answering would; reads like [`Values`] afterwards.
#[derive(Clone, Default)]
struct FirstHangs {
    statements: Arc<Mutex<u32>>,
}

impl GroupRead for FirstHangs {
    type Key = i32;
    type Value = String;

    async fn read(
        &self,
        conn: &mut PgConnection,
        keys: Vec<i32>,
    ) -> Result<Vec<(i32, String)>, sqlx::Error> {
        let first = {
            let mut statements = self.statements.lock().unwrap();
            *statements += 1;
            *statements == 1
        };
        if first {
            sqlx::query("SELECT pg_sleep(8)").execute(&mut *conn).await?;
        }
        sqlx::query_as("SELECT key, value FROM test_value WHERE key = ANY($1)")
            .bind(&keys)
            .fetch_all(conn)
            .await
    }
}

#[sqlx::test]
async fn a_read_on_a_connection_that_stops_answering_is_given_up_and_made_on_a_new_one(
    pool: PgPool,
) {
    table_of_values(&pool, 1).await;
    let reads = FirstHangs::default();
    let batched = Batched::start(&pool, reads.clone());
    // Answered (by the second statement, after the first's deadline), not held up for good.
    assert_eq!(batched.get(1).await.unwrap().as_deref(), Some("value 1"));
    assert_eq!(*reads.statements.lock().unwrap(), 2);
}
