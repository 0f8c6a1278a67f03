//! What a "live" appointment is: one that takes its time from its provider, chair and patient.
//! Not cancelled, not a no-show, and not an online hold that has run out. This is the one
//! definition; every query that asks what blocks time (the free-time search, the automatic
//! chair, the series check, the calendar's shading of holds, the time-off list, the limit on
//! holds per address, the sweeper) uses [`LIVE`].
//!
//! The exclusion constraints cannot say the same: an index predicate may not call `now()`, so
//! they count every held row until it is deleted. Writes therefore first delete the expired
//! holds in their way ([`ssr::clear_expired_holds`], in their own transaction), so a time the
//! search offers is never refused because of a hold that has run out but was not yet swept.

/// The condition on an `appointment` row aliased `a` that makes it live. Parenthesised, so it
/// can be negated or combined as it is: `format!("... WHERE a.clinic_id = $1 AND {LIVE}")`.
pub const LIVE: &str = "(a.status NOT IN ('cancelled', 'no_show') \
                        AND (a.status <> 'held' OR a.hold_expires_at > now()))";

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, Utc};
    use sqlx::PgConnection;

    use super::LIVE;

    /// Deletes the expired holds (never appointments: a hold has no patient yet) whose time
    /// overlaps `blocked` for `provider_id` or `chair_id`, inside the caller's transaction,
    /// just before it writes there. Two writers clearing one hold wait for each other's row
    /// lock; the second finds it gone.
    pub async fn clear_expired_holds(
        conn: &mut PgConnection,
        provider_id: i64,
        chair_id: Option<i64>,
        blocked: (DateTime<Utc>, DateTime<Utc>),
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&format!(
            "DELETE FROM appointment a
             WHERE a.status = 'held' AND NOT {LIVE}
               AND (a.provider_id = $1 OR a.chair_id = $2) AND a.blocked && tstzrange($3, $4)"
        ))
        .bind(provider_id)
        .bind(chair_id)
        .bind(blocked.0)
        .bind(blocked.1)
        .execute(conn)
        .await?;
        Ok(())
    }
}
