//! The background step that seals appended audit rows into the chain.
//!
//! Every server instance runs one ([`run_sealer`], spawned at start-up). About twice a second
//! it seals the rows committed since its last turn ([`super::store::seal_pending`]), a batch at
//! a time until none is left. Instances take turns: one that finds another sealing skips its
//! turn. A failure is logged and the next turn tries again; rows wait in the queue meanwhile,
//! and their changes are committed whatever happens here.

use std::time::Duration;

use sqlx::PgPool;

use super::chain_key;
use super::store::seal_pending;

/// How often an instance seals.
pub const SEAL_EVERY: Duration = Duration::from_millis(500);

/// The most rows sealed in one transaction; a full batch is followed by the next at once.
pub const BATCH: i32 = 1000;

/// Seals pending audit rows every [`SEAL_EVERY`], for as long as the process runs. Needs the
/// chain key installed ([`chain_key::install`]); without it, logs an error and returns.
pub async fn run_sealer(pool: PgPool) {
    let Some(key) = chain_key::installed() else {
        tracing::error!("no audit chain key installed: audit rows will not be sealed");
        return;
    };
    let mut tick = tokio::time::interval(SEAL_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        loop {
            let sealed = match pool.acquire().await {
                Ok(mut conn) => seal_pending(&mut conn, key, BATCH).await,
                Err(error) => Err(error),
            };
            match sealed {
                Ok(BATCH) => continue,
                Ok(_) => break,
                Err(error) => {
                    tracing::error!(%error, "audit rows could not be sealed; trying again shortly");
                    break;
                }
            }
        }
    }
}
