//! Reads that many requests wait for at the same moment, made together with one statement.
//!
//! Most requests for a kept page need nothing from the database but a check: the viewer's
//! session and their clinics' data versions, or a clinic's version for the page of times.
//! Through the pool such a check costs three round trips (sqlx tests a connection when it hands
//! it out and again when it comes back) besides its statement's own work. Here one task with a
//! connection of its own ([`OwnConnection`]) takes every check waiting when it is free and
//! makes them all with one statement, for the distinct keys among them.
//!
//! A check is still made after its request asked for it: the task takes a request's key from
//! the queue before it sends the statement that answers it, so what a kept page is checked
//! against is never older than the last change committed before the request.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use sqlx::pool::CloseEvent;
use sqlx::{PgConnection, PgPool};
use tokio::sync::{mpsc, oneshot};

use super::db::{OWN_STATEMENT_DEADLINE, OwnConnection, past_deadline};

/// The most requests answered by one statement.
const MAX_GROUP: usize = 256;

/// A statement by key, made for many keys at once: a read, or a write that may safely be made
/// twice (a failed statement is made once more).
pub trait GroupRead: Send + Sync + 'static {
    type Key: Clone + Eq + Hash + Send + Sync + 'static;
    type Value: Clone + Send + 'static;

    /// The values of those of `keys` that have one (each key once; any order).
    fn read(
        &self,
        conn: &mut PgConnection,
        keys: Vec<Self::Key>,
    ) -> impl Future<Output = Result<Rows<Self>, sqlx::Error>> + Send;
}

/// What a [`GroupRead`] found: each key that has a value, with it.
pub type Rows<R> = Vec<(<R as GroupRead>::Key, <R as GroupRead>::Value)>;

/// The queue to a read's task ([`Batched::start`]). Cheap to clone.
pub struct Batched<R: GroupRead> {
    queue: mpsc::Sender<Waiting<R>>,
}

impl<R: GroupRead> Clone for Batched<R> {
    fn clone(&self) -> Self {
        Batched { queue: self.queue.clone() }
    }
}

type Answer<R> = Result<Option<<R as GroupRead>::Value>, Arc<sqlx::Error>>;

struct Waiting<R: GroupRead> {
    key: R::Key,
    answer: oneshot::Sender<Answer<R>>,
}

/// Why a batched read gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("{0}")]
    Database(Arc<sqlx::Error>),
    #[error("the batched read's task has stopped")]
    Stopped,
}

impl<R: GroupRead> Batched<R> {
    /// Starts the read's task, connecting as `pool` does. It ends when every handle is gone or
    /// the pool is closed.
    pub fn start(pool: &PgPool, read: R) -> Self {
        let (queue, waiting) = mpsc::channel(4 * MAX_GROUP);
        tokio::spawn(read_groups(read, waiting, OwnConnection::like(pool), pool.close_event()));
        Batched { queue }
    }

    /// The value of `key` (read with the keys of other requests waiting at the same moment).
    pub async fn get(&self, key: R::Key) -> Result<Option<R::Value>, BatchError> {
        let (answer, answered) = oneshot::channel();
        self.queue.send(Waiting { key, answer }).await.map_err(|_| BatchError::Stopped)?;
        answered.await.map_err(|_| BatchError::Stopped)?.map_err(BatchError::Database)
    }
}

async fn read_groups<R: GroupRead>(
    read: R,
    mut waiting: mpsc::Receiver<Waiting<R>>,
    mut connection: OwnConnection,
    mut closed: CloseEvent,
) {
    while let Some(group) = next_group(&mut waiting, MAX_GROUP, &mut closed).await {
        let mut keys: Vec<R::Key> = Vec::with_capacity(group.len());
        for waiting in &group {
            if !keys.contains(&waiting.key) {
                keys.push(waiting.key.clone());
            }
        }
        // A read that fails is made once more on a new connection: the first may have gone
        // down a connection PostgreSQL closed (a restart), which the pool would have tested
        // before handing it out, or one that stopped answering (past its deadline).
        let result = match read_once(&read, &mut connection, keys.clone()).await {
            Ok(rows) => Ok(rows),
            Err(_) => read_once(&read, &mut connection, keys).await,
        };
        match result {
            Ok(rows) => {
                let values: HashMap<R::Key, R::Value> = rows.into_iter().collect();
                for waiting in group {
                    let _ = waiting.answer.send(Ok(values.get(&waiting.key).cloned()));
                }
            }
            Err(error) => {
                tracing::warn!(%error, requests = group.len(), "a batched read failed");
                let error = Arc::new(error);
                for waiting in group {
                    let _ = waiting.answer.send(Err(error.clone()));
                }
            }
        }
    }
    connection.close().await;
}

/// The next group: the first to arrive (waited for), and up to `max` in all of those already
/// waiting behind it. `None` once every sender is gone or the pool is `closed` (a task's own
/// connection must not outlive the pool: a test's database is dropped when its pool closes).
pub async fn next_group<T>(
    waiting: &mut mpsc::Receiver<T>,
    max: usize,
    closed: &mut CloseEvent,
) -> Option<Vec<T>> {
    let first = closed.do_until(waiting.recv()).await.ok()??;
    let mut group = vec![first];
    while group.len() < max {
        match waiting.try_recv() {
            Ok(next) => group.push(next),
            Err(_) => break,
        }
    }
    Some(group)
}

async fn read_once<R: GroupRead>(
    read: &R,
    connection: &mut OwnConnection,
    keys: Vec<R::Key>,
) -> Result<Rows<R>, sqlx::Error> {
    let bounded = tokio::time::timeout(OWN_STATEMENT_DEADLINE, async {
        let conn = connection.ready().await?;
        read.read(conn, keys).await
    });
    let result = bounded.await.unwrap_or_else(|_| Err(past_deadline()));
    connection.used(&result);
    result
}
