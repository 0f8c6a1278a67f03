//! Live events are kept for a day: long enough for any browser that lost its connection to
//! catch up, short enough that the table stays small. What is forgotten moves the horizon on.

use std::time::Duration;

use sqlx::PgPool;

/// Runs until the task is dropped, forgetting day-old events every ten minutes (instances
/// may do it side by side: each deletes what is left).
pub async fn run(pool: PgPool) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        if let Err(error) = forget_old(&pool).await {
            tracing::warn!(%error, "old live events could not be forgotten");
        }
    }
}

pub async fn forget_old(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let forgotten: i64 = sqlx::query_scalar(
        "WITH gone AS (DELETE FROM live_event WHERE at < now() - interval '1 day' RETURNING seq),
              moved AS (UPDATE live_event_horizon
                        SET seq = greatest(seq, (SELECT max(seq) FROM gone))
                        WHERE EXISTS (SELECT 1 FROM gone))
         SELECT count(*) FROM gone",
    )
    .fetch_one(pool)
    .await?;
    Ok(forgotten as u64)
}
