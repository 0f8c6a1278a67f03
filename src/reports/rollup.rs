//! Keeps the daily roll-ups (`report_day`) built: the days that changes marked stale are
//! rebuilt from `report_day_computed` (the migration `report_days` explains why the report is
//! exact whether or not this has run). One instance at a time does it (an advisory lock), a
//! batch of days per transaction.

use std::time::Duration;

use chrono::NaiveDate;
use sqlx::{PgConnection, PgPool};

/// The advisory lock the rebuilding instance holds (any number, the same everywhere).
const REBUILDING: i64 = 0x7265_706f_7274_7331;

/// Days rebuilt per transaction.
pub const BATCH: i64 = 500;

/// How often the task looks for stale days.
const EVERY: Duration = Duration::from_secs(2);

/// Rebuilds up to `limit` stale clinic-days; answers how many (0 when none are stale, or
/// another instance is rebuilding).
pub async fn rebuild_stale(conn: &mut PgConnection, limit: i64) -> Result<u64, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let mine: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
        .bind(REBUILDING)
        .fetch_one(&mut *tx)
        .await?;
    if !mine {
        return Ok(0);
    }
    let days: Vec<(i64, NaiveDate)> = sqlx::query_as(
        "SELECT DISTINCT clinic_id, day FROM (
             SELECT clinic_id, day FROM report_day_stale ORDER BY id LIMIT $1) oldest",
    )
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    if days.is_empty() {
        return Ok(0);
    }
    let (clinics, dates): (Vec<i64>, Vec<NaiveDate>) = days.iter().copied().unzip();
    // Every committed mark of these days goes; a change committing meanwhile leaves its own
    // mark (invisible to this statement), and the computation below, a later statement, sees
    // every change whose mark was deleted here.
    sqlx::query(
        "DELETE FROM report_day_stale s USING unnest($1::bigint[], $2::date[]) AS d (clinic_id, day)
         WHERE s.clinic_id = d.clinic_id AND s.day = d.day",
    )
    .bind(&clinics)
    .bind(&dates)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM report_day r USING unnest($1::bigint[], $2::date[]) AS d (clinic_id, day)
         WHERE r.clinic_id = d.clinic_id AND r.day = d.day",
    )
    .bind(&clinics)
    .bind(&dates)
    .execute(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO report_day SELECT * FROM report_day_computed($1, $2)")
        .bind(&clinics)
        .bind(&dates)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(days.len() as u64)
}

/// Rebuilds every stale day (for tools and tests); answers how many.
pub async fn rebuild_all(conn: &mut PgConnection) -> Result<u64, sqlx::Error> {
    let mut total = 0;
    loop {
        match rebuild_stale(conn, BATCH).await? {
            0 => return Ok(total),
            n => total += n,
        }
    }
}

/// The server's task: rebuilds stale days every few seconds, until the pool closes.
pub async fn run(pool: PgPool) {
    let mut tick = tokio::time::interval(EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    while !pool.is_closed() {
        tick.tick().await;
        loop {
            let rebuilt = match pool.acquire().await {
                Ok(mut conn) => rebuild_stale(&mut conn, BATCH).await,
                Err(error) => Err(error),
            };
            match rebuilt {
                Ok(n) if n > 0 => continue,
                Ok(_) => break,
                Err(error) => {
                    tracing::error!(%error, "report days could not be rebuilt; trying again shortly");
                    break;
                }
            }
        }
    }
}
