//! Where the session layer keeps its records: tower-sessions' PostgreSQL store, with the loads
//! of requests waiting at the same moment made with one statement ([`Batched`]).
//!
//! Every request with a session cookie loads its record before anything else. Through the pool
//! a load is three round trips (the pool tests a connection when it hands it out and when it
//! comes back) for one small read, and for a page answered from memory it was half of what the
//! request asked of the database. Each load is still made after its request arrived, so a
//! record deleted (sign-out, a new id at sign-in) is never found afterwards. Writes go to the
//! store unchanged.

use std::fmt;

use async_trait::async_trait;
use sqlx::{PgConnection, PgPool};
use tower_sessions::SessionStore;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store;
use tower_sessions_sqlx_store::PostgresStore;

use crate::server::batched::{Batched, GroupRead};

/// The session store of the session layer ([`super::session::layer`]).
#[derive(Clone)]
pub struct SessionRecords {
    store: PostgresStore,
    loads: Batched<RecordLoads>,
}

impl SessionRecords {
    /// The store in tower-sessions' default table (`"tower_sessions"."session"`), and the task
    /// that loads its records in groups.
    pub fn new(pool: &PgPool) -> Self {
        SessionRecords {
            store: PostgresStore::new(pool.clone()),
            loads: Batched::start(pool, RecordLoads),
        }
    }
}

impl fmt::Debug for SessionRecords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionRecords").field("store", &self.store).finish_non_exhaustive()
    }
}

/// Unexpired records' encoded data, by session id.
struct RecordLoads;

impl GroupRead for RecordLoads {
    type Key = String;
    type Value = Vec<u8>;

    async fn read(
        &self,
        conn: &mut PgConnection,
        ids: Vec<String>,
    ) -> Result<Vec<(String, Vec<u8>)>, sqlx::Error> {
        sqlx::query_as(
            r#"SELECT id, data FROM "tower_sessions"."session"
               WHERE id = ANY($1) AND expiry_date > now()"#,
        )
        .bind(&ids)
        .fetch_all(conn)
        .await
    }
}

#[async_trait]
impl SessionStore for SessionRecords {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        self.store.create(record).await
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.store.save(record).await
    }

    async fn load(&self, session_id: &Id) -> session_store::Result<Option<Record>> {
        let data = self
            .loads
            .get(session_id.to_string())
            .await
            .map_err(|error| session_store::Error::Backend(error.to_string()))?;
        data.map(|data| {
            rmp_serde::from_slice(&data)
                .map_err(|error| session_store::Error::Decode(error.to_string()))
        })
        .transpose()
    }

    async fn delete(&self, session_id: &Id) -> session_store::Result<()> {
        self.store.delete(session_id).await
    }
}
