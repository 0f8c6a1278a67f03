//! Keeping the public booking pages for people: rate limits counted in PostgreSQL (so every
//! server instance sees the same counts), a honeypot field, and a proof-of-work that the
//! browser solves while the patient types. Without JavaScript the proof is replaced by time:
//! the details may be sent no sooner than a few seconds after the time was held, which no
//! person notices and which slows a script to the pace of a person.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

use super::model::proof_is_valid;
use crate::error::AppError;

/// One limit: at most `count` attempts in `window` per key.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub bucket: &'static str,
    pub count: i64,
    pub window: Duration,
}

/// Holding a time, per IP address: a family booking together fits, a script emptying the
/// calendar does not.
pub const HOLDS_PER_IP: Limit =
    Limit { bucket: "hold:ip", count: 20, window: Duration::from_secs(3600) };
/// Sending details, per IP address and per email address.
pub const DETAILS_PER_IP: Limit =
    Limit { bucket: "details:ip", count: 20, window: Duration::from_secs(3600) };
pub const DETAILS_PER_EMAIL: Limit =
    Limit { bucket: "details:email", count: 5, window: Duration::from_secs(3600) };
/// Actions through manage links (cancel, move), per IP address.
pub const MANAGE_PER_IP: Limit =
    Limit { bucket: "manage:ip", count: 30, window: Duration::from_secs(3600) };

/// How long after the hold the details may be sent without a proof-of-work.
pub const NO_SCRIPT_MIN_SECONDS: i64 = 4;

/// Counts an attempt under `limit` for `key`, in a transaction of its own (an attempt counts
/// whether or not what it asked for then succeeds). Call it before the request takes any
/// other connection: it takes one from the pool for its own transaction.
pub async fn count_attempt(pool: &PgPool, limit: Limit, key: &str) -> Result<(), AppError> {
    let mut tx = pool.begin().await?;
    count_in(&mut tx, limit, key).await?;
    tx.commit().await?;
    Ok(())
}

/// Counts an attempt inside the caller's transaction (it counts only if that commits);
/// refuses it, uncounted, when the window is full, saying when the oldest attempt leaves the
/// window. Attempts for one key are serialised until the transaction ends, so a burst cannot
/// slip past the count together.
pub async fn count_in(conn: &mut PgConnection, limit: Limit, key: &str) -> Result<(), AppError> {
    let key = key.to_lowercase();
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1 || ':' || $2))")
        .bind(limit.bucket)
        .bind(&key)
        .execute(&mut *conn)
        .await?;
    let window_secs = limit.window.as_secs_f64();
    let (count, oldest): (i64, Option<f64>) = sqlx::query_as(
        "SELECT count(*), extract(epoch FROM min(at) + make_interval(secs => $3) - now())::float8
         FROM public_attempt
         WHERE bucket = $1 AND key = $2 AND at > now() - make_interval(secs => $3)",
    )
    .bind(limit.bucket)
    .bind(&key)
    .bind(window_secs)
    .fetch_one(&mut *conn)
    .await?;
    if count >= limit.count {
        let wait = oldest.unwrap_or(window_secs).ceil().max(1.0) as u64;
        return Err(AppError::RateLimited { retry_after_secs: wait });
    }
    sqlx::query("INSERT INTO public_attempt (bucket, key) VALUES ($1, $2)")
        .bind(limit.bucket)
        .bind(&key)
        .execute(&mut *conn)
        .await?;
    // Nothing older than the longest window is ever read.
    sqlx::query("DELETE FROM public_attempt WHERE at < now() - interval '1 day'")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The key of an attempt from an unknown address (no peer address: a test harness).
pub fn ip_key(ip: Option<std::net::IpAddr>) -> String {
    ip.map(|ip| ip.to_string()).unwrap_or_else(|| "unknown".into())
}

/// Why a submission looks like a script's; the message is deliberately the same for all.
pub fn refused_as_automated() -> AppError {
    AppError::Conflict(
        "We could not accept this booking online. Please wait a moment and try again, or call \
         the clinic."
            .into(),
    )
}

/// The honeypot (a field people never see) must be empty, and either the proof-of-work must
/// solve the booking's challenge or, without JavaScript, enough time must have passed.
pub fn check_person(
    honeypot: &str,
    challenge: &str,
    proof: &str,
    held_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if !honeypot.trim().is_empty() {
        return Err(refused_as_automated());
    }
    if proof_is_valid(challenge, proof.trim()) {
        return Ok(());
    }
    if proof.trim().is_empty() && (now - held_at).num_seconds() >= NO_SCRIPT_MIN_SECONDS {
        return Ok(());
    }
    Err(refused_as_automated())
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::online::model::solve;

    #[test]
    fn a_person_without_javascript_passes_after_a_few_seconds() {
        let held = Utc::now();
        let soon = held + Duration::seconds(1);
        let later = held + Duration::seconds(NO_SCRIPT_MIN_SECONDS);
        assert!(check_person("", "c", "", held, soon).is_err());
        assert!(check_person("", "c", "", held, later).is_ok());
    }

    #[test]
    fn a_solved_proof_passes_at_once_and_a_wrong_one_never() {
        let held = Utc::now();
        assert!(check_person("", "c", &solve("c"), held, held).is_ok());
        let later = held + Duration::seconds(60);
        // `solve` answers the first valid nonce, so the one before it is wrong.
        let wrong = (solve("c").parse::<u64>().unwrap() - 1).to_string();
        assert!(check_person("", "c", &wrong, held, later).is_err());
    }

    #[test]
    fn a_filled_honeypot_is_refused_even_with_a_proof() {
        let held = Utc::now();
        let later = held + Duration::seconds(60);
        assert!(check_person("http://spam", "c", &solve("c"), held, later).is_err());
    }
}
