//! The audit rows of reads, appended in groups.
//!
//! Every page of patient data writes its audit row before it is sent, so under load many rows
//! wait to be written at the same moment. Written one by one, each costs a statement and a
//! commit of its own; here one writer task takes every row waiting when it is free and appends
//! them with one statement ([`store::append_reads`]: half the database's work per row, measured
//! in BENCHMARKS.md). A request still waits until its own row is written: nothing is shown
//! unaudited, and what a crash can lose is what [`store::append_read`] says.
//!
//! The writer has a connection of its own, outside the pool: requests wait for it while holding
//! a pooled connection, so it must never wait for one of theirs.

use sqlx::PgPool;
use sqlx::pool::CloseEvent;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

use super::store::{self, AuditEntry};
use crate::error::AppError;
use crate::server::batched::next_group;
use crate::server::db::{OWN_STATEMENT_DEADLINE, OwnConnection, past_deadline};

/// The most rows appended with one statement.
pub const MAX_GROUP: usize = 256;

/// The queue of read rows to the writer task ([`ReadLog::start`]). Cheap to clone.
#[derive(Clone)]
pub struct ReadLog {
    queue: mpsc::Sender<Waiting>,
}

struct Waiting {
    entry: AuditEntry,
    written: oneshot::Sender<Result<(), Arc<sqlx::Error>>>,
}

impl ReadLog {
    /// Starts the writer task, connecting as `pool` does. It ends when every `ReadLog` handle
    /// is gone or the pool is closed.
    pub fn start(pool: &PgPool) -> ReadLog {
        let (queue, waiting) = mpsc::channel(4 * MAX_GROUP);
        tokio::spawn(write_groups(waiting, OwnConnection::like(pool), pool.close_event()));
        ReadLog { queue }
    }

    /// Appends `entry` (with the rows of other requests waiting at the same moment) and
    /// returns once it is written.
    pub async fn append(&self, entry: AuditEntry) -> Result<(), AppError> {
        let (written, answer) = oneshot::channel();
        self.queue
            .send(Waiting { entry, written })
            .await
            .map_err(|_| AppError::internal("the audit writer has stopped"))?;
        match answer.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(AppError::internal(error)),
            Err(_) => Err(AppError::internal("the audit writer stopped before writing the row")),
        }
    }
}

/// Appends `entry` through the process's [`ReadLog`] (kept in the app's state: a page's
/// resources rendered on the server did not always find it as a context of their own).
pub async fn append(entry: AuditEntry) -> Result<(), AppError> {
    crate::server::state::app_state()?.read_log.append(entry).await
}

async fn write_groups(
    mut waiting: mpsc::Receiver<Waiting>,
    mut connection: OwnConnection,
    mut closed: CloseEvent,
) {
    while let Some(group) = next_group(&mut waiting, MAX_GROUP, &mut closed).await {
        let entries: Vec<AuditEntry> = group.iter().map(|w| w.entry.clone()).collect();
        let bounded = tokio::time::timeout(OWN_STATEMENT_DEADLINE, async {
            let conn = connection.ready().await?;
            store::append_reads(conn, &entries).await
        });
        let result = bounded.await.unwrap_or_else(|_| Err(past_deadline()));
        connection.used(&result);
        if let Err(error) = &result {
            tracing::error!(%error, rows = entries.len(), "audit rows of reads not written");
        }
        let result = result.map_err(Arc::new);
        for waiting in group {
            let _ = waiting.written.send(result.clone());
        }
    }
    connection.close().await;
}
