//! Sign-in throttling, kept in PostgreSQL so every app instance sees the same counts.
//!
//! Failures in the last hour are counted per typed email and per IP. A few are free; after
//! that each attempt must wait twice as long as the one before, up to a one-minute ceiling.
//! The ceiling bounds the harm an attacker can do on purpose: the real user waits at most a
//! minute, never a lock-out. It also bounds guessing: fewer than 100 tries per hour per account.

use std::net::IpAddr;
use std::time::Duration;

use sqlx::PgConnection;

const FREE_PER_ACCOUNT: i64 = 3;
// Offices share one public IP, so the per-IP allowance is larger.
const FREE_PER_IP: i64 = 20;
const CEILING: Duration = Duration::from_secs(60);

/// How long to wait after the latest of `failures` recent failures.
pub fn backoff(failures: i64, free: i64) -> Duration {
    if failures < free {
        return Duration::ZERO;
    }
    let exponent = u32::try_from((failures - free).min(16)).unwrap_or(16);
    Duration::from_secs(1u64 << exponent).min(CEILING)
}

/// Seconds until another attempt for `email` from `ip` is allowed, or `None` when it is now.
pub async fn retry_after(
    conn: &mut PgConnection,
    email: &str,
    ip: Option<IpAddr>,
) -> Result<Option<u64>, sqlx::Error> {
    let (email_failures, email_wait, ip_failures, ip_wait): (i64, Option<f64>, i64, Option<f64>) =
        sqlx::query_as(
            "SELECT count(*) FILTER (WHERE email = $1::citext),
                    extract(epoch FROM now() - max(failed_at) FILTER (WHERE email = $1::citext))::float8,
                    count(*) FILTER (WHERE ip = $2::inet),
                    extract(epoch FROM now() - max(failed_at) FILTER (WHERE ip = $2::inet))::float8
             FROM login_failure
             WHERE failed_at > now() - interval '1 hour' AND (email = $1::citext OR ip = $2::inet)",
        )
        .bind(email)
        .bind(ip.map(|ip| ip.to_string()))
        .fetch_one(conn)
        .await?;
    let remaining = |failures: i64, free: i64, since_last: Option<f64>| {
        let wait = backoff(failures, free).as_secs_f64() - since_last.unwrap_or(f64::MAX);
        (wait > 0.0).then(|| wait.ceil() as u64)
    };
    Ok(remaining(email_failures, FREE_PER_ACCOUNT, email_wait).max(remaining(
        ip_failures,
        FREE_PER_IP,
        ip_wait,
    )))
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

/// A successful sign-in forgives the account's failures (not the IP's).
pub async fn clear_account(conn: &mut PgConnection, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_failure WHERE email = $1::citext")
        .bind(email)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_failures_are_free_then_waits_double_up_to_a_minute() {
        assert_eq!(backoff(2, FREE_PER_ACCOUNT), Duration::ZERO);
        assert_eq!(backoff(3, FREE_PER_ACCOUNT), Duration::from_secs(1));
        assert_eq!(backoff(4, FREE_PER_ACCOUNT), Duration::from_secs(2));
        assert_eq!(backoff(8, FREE_PER_ACCOUNT), Duration::from_secs(32));
        assert_eq!(backoff(9, FREE_PER_ACCOUNT), CEILING);
        assert_eq!(backoff(10_000, FREE_PER_ACCOUNT), CEILING);
    }

    #[test]
    fn an_attacker_retrying_as_soon_as_allowed_gets_fewer_than_100_tries_an_hour() {
        let mut clock = 0u64;
        let mut failures = 0i64;
        while clock < 3600 {
            failures += 1;
            clock += backoff(failures, FREE_PER_ACCOUNT).as_secs();
        }
        assert!(failures < 100, "{failures} failures in an hour");
    }
}
