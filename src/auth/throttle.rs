//! Sign-in throttling, kept in PostgreSQL so every app instance sees the same counts.
//!
//! Failures in the last hour are counted three ways:
//! - per email *and* IP: three are free, then each attempt waits twice as long as the one
//!   before, up to a minute. This slows a guesser without touching the real user elsewhere.
//! - per IP (any email): twenty are free (offices share an address), then the same back-off.
//! - per account (any IP): at 100 failures in an hour, addresses the account has never
//!   signed in from must wait until the hour has passed. So an account never takes more than
//!   about 100 wrong guesses an hour, while its owner, at an address they have used before,
//!   is never locked out by someone else's guessing.
//!
//! Callers take [`lock_account`] first, so parallel attempts at one account are counted one
//! after another rather than all slipping past the check together.

use std::net::IpAddr;
use std::time::Duration;

use sqlx::PgConnection;

const FREE_PER_PAIR: i64 = 3;
const FREE_PER_IP: i64 = 20;
const ACCOUNT_LIMIT_PER_HOUR: i64 = 100;
const CEILING: Duration = Duration::from_secs(60);

/// How long to wait after the latest of `failures` recent failures.
pub fn backoff(failures: i64, free: i64) -> Duration {
    if failures < free {
        return Duration::ZERO;
    }
    let exponent = u32::try_from((failures - free).min(16)).unwrap_or(16);
    Duration::from_secs(1u64 << exponent).min(CEILING)
}

/// Serialises sign-in attempts for one email until the caller's transaction ends.
pub async fn lock_account(conn: &mut PgConnection, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext('sign-in:' || lower($1)))")
        .bind(email)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Counts {
    pair_failures: i64,
    pair_since_last: Option<f64>,
    ip_failures: i64,
    ip_since_last: Option<f64>,
    account_failures: i64,
    account_window_left: Option<f64>,
    known_address: bool,
}

/// Seconds until another attempt for `email` from `ip` is allowed, or `None` when it is now.
pub async fn retry_after(
    conn: &mut PgConnection,
    email: &str,
    ip: Option<IpAddr>,
) -> Result<Option<u64>, sqlx::Error> {
    let counts: Counts = sqlx::query_as(
        "WITH recent AS (
             SELECT email = $1::citext AS same_email, ip IS NOT DISTINCT FROM $2::inet AS same_ip, failed_at
             FROM login_failure
             WHERE failed_at > now() - interval '1 hour' AND (email = $1::citext OR ip = $2::inet)
         )
         SELECT count(*) FILTER (WHERE same_email AND same_ip) AS pair_failures,
                extract(epoch FROM now() - max(failed_at) FILTER (WHERE same_email AND same_ip))::float8
                    AS pair_since_last,
                count(*) FILTER (WHERE same_ip) AS ip_failures,
                extract(epoch FROM now() - max(failed_at) FILTER (WHERE same_ip))::float8 AS ip_since_last,
                count(*) FILTER (WHERE same_email) AS account_failures,
                extract(epoch FROM min(failed_at) FILTER (WHERE same_email) + interval '1 hour' - now())::float8
                    AS account_window_left,
                EXISTS (SELECT 1 FROM staff_session s JOIN staff st ON st.id = s.staff_id
                        WHERE st.email = $1::citext AND s.ip = $2::inet
                          AND s.signed_in_at > now() - interval '90 days') AS known_address
         FROM recent",
    )
    .bind(email)
    .bind(ip.map(|ip| ip.to_string()))
    .fetch_one(conn)
    .await?;

    let wait = |failures: i64, free: i64, since_last: Option<f64>| {
        backoff(failures, free).as_secs_f64() - since_last.unwrap_or(f64::MAX)
    };
    let mut longest = wait(counts.pair_failures, FREE_PER_PAIR, counts.pair_since_last).max(wait(
        counts.ip_failures,
        FREE_PER_IP,
        counts.ip_since_last,
    ));
    if counts.account_failures >= ACCOUNT_LIMIT_PER_HOUR && !counts.known_address {
        longest = longest.max(counts.account_window_left.unwrap_or(0.0));
    }
    Ok((longest > 0.0).then(|| longest.ceil() as u64))
}

pub async fn record_failure(
    conn: &mut PgConnection,
    email: &str,
    ip: Option<IpAddr>,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO login_failure (email, ip) VALUES ($1, $2::inet)")
        .bind(email)
        .bind(ip.map(|ip| ip.to_string()))
        .execute(&mut *conn)
        .await?;
    // Keep the table small: nothing older than a day is ever read.
    sqlx::query("DELETE FROM login_failure WHERE failed_at < now() - interval '1 day'")
        .execute(conn)
        .await?;
    Ok(())
}

/// A successful sign-in forgives the failures of this email from this address.
pub async fn clear(
    conn: &mut PgConnection,
    email: &str,
    ip: Option<IpAddr>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM login_failure WHERE email = $1::citext AND ip IS NOT DISTINCT FROM $2::inet",
    )
    .bind(email)
    .bind(ip.map(|ip| ip.to_string()))
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_failures_are_free_then_waits_double_up_to_a_minute() {
        assert_eq!(backoff(2, FREE_PER_PAIR), Duration::ZERO);
        assert_eq!(backoff(3, FREE_PER_PAIR), Duration::from_secs(1));
        assert_eq!(backoff(4, FREE_PER_PAIR), Duration::from_secs(2));
        assert_eq!(backoff(8, FREE_PER_PAIR), Duration::from_secs(32));
        assert_eq!(backoff(9, FREE_PER_PAIR), CEILING);
        assert_eq!(backoff(10_000, FREE_PER_PAIR), CEILING);
    }

    #[test]
    fn one_address_retrying_as_soon_as_allowed_gets_fewer_than_100_tries_an_hour() {
        let mut clock = 0u64;
        let mut failures = 0i64;
        while clock < 3600 {
            failures += 1;
            clock += backoff(failures, FREE_PER_PAIR).as_secs();
        }
        assert!(failures < ACCOUNT_LIMIT_PER_HOUR, "{failures} failures in an hour");
    }
}
