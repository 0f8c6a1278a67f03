//! Keeping the public booking pages for people: rate limits counted in PostgreSQL (so every
//! server instance sees the same counts), a honeypot field, and a proof-of-work that the
//! browser solves while the patient types. Without JavaScript the proof is replaced by time:
//! the details may be sent no sooner than a few seconds after the time was held, which no
//! person notices and which slows a script to the pace of a person.

use std::net::{IpAddr, Ipv6Addr};
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

/// The block of addresses one client controls, as PostgreSQL `inet` text: an IPv4 address on
/// its own, an IPv6 address's /64 (one household or server usually has a whole /64, so counting
/// single IPv6 addresses would let it dodge every limit). IPv4 mapped into IPv6 counts as IPv4.
pub fn address_block(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => format!("{v4}/32"),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => format!("{v4}/32"),
            None => {
                let network = u128::from(v6) & (u128::MAX << 64);
                format!("{}/64", Ipv6Addr::from(network))
            }
        },
    }
}

/// The key of the public limits for an address (its block); "unknown" without a peer address
/// (a test harness).
pub fn ip_key(ip: Option<IpAddr>) -> String {
    ip.map(address_block).unwrap_or_else(|| "unknown".into())
}

/// How many times one address block may hold at once (a family booking together fits).
pub const LIVE_HOLDS_PER_ADDRESS: i64 = 4;

/// Refuses a new hold while the caller's address block already holds
/// [`LIVE_HOLDS_PER_ADDRESS`] times that are neither confirmed nor run out, saying when the
/// first of them runs out. Run it under the address's rate-limit lock, in the transaction that
/// places the hold, so a burst cannot pass it together.
pub async fn check_live_holds(conn: &mut PgConnection, ip: Option<IpAddr>) -> Result<(), AppError> {
    let Some(ip) = ip else { return Ok(()) };
    let (live, first_ends): (i64, Option<f64>) = sqlx::query_as(&format!(
        "SELECT count(*), extract(epoch FROM min(a.hold_expires_at) - now())::float8
         FROM online_booking b JOIN appointment a ON a.id = b.appointment_id
         WHERE b.ip <<= $1::inet AND a.status = 'held' AND {}",
        crate::scheduling::live::LIVE
    ))
    .bind(address_block(ip))
    .fetch_one(&mut *conn)
    .await?;
    if live >= LIVE_HOLDS_PER_ADDRESS {
        let wait = first_ends.unwrap_or(60.0).ceil().max(1.0) as u64;
        return Err(AppError::RateLimited { retry_after_secs: wait });
    }
    Ok(())
}

/// Why a submission looks like a script's; the message is deliberately the same for all.
pub fn refused_as_automated() -> AppError {
    AppError::Conflict(crate::t!("book-refused-as-automated"))
}

/// How long after the times were shown a time may be held without a proof-of-work (a person
/// reads the page first; a script must wait as long per page), and how long a page's stamp
/// stays good.
pub const NO_SCRIPT_HOLD_SECONDS: i64 = 2;
const STAMP_LIFETIME_SECONDS: i64 = 3600;

/// The stamp of a page of times for hold key `key`, shown at `now`: the time and an HMAC of it
/// with the key, under the app's secret, so it cannot be made up or moved to another key.
pub fn page_stamp(secret: &str, key: &str, now: DateTime<Utc>) -> String {
    let at = now.timestamp();
    format!("{at}.{}", stamp_mac(secret, key, at))
}

/// The stamp's MAC, kept to its first 16 bytes (as hex in the page).
const STAMP_MAC_BYTES: usize = 16;

fn stamp_hmac(secret: &str, key: &str, at: i64) -> hmac::Hmac<sha2::Sha256> {
    use hmac::Mac;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes a key of any length");
    mac.update(format!("hold-page:{key}:{at}").as_bytes());
    mac
}

fn stamp_mac(secret: &str, key: &str, at: i64) -> String {
    use hmac::Mac;
    let bytes = stamp_hmac(secret, key, at).finalize().into_bytes();
    bytes[..STAMP_MAC_BYTES].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `mac` (hex) is the stamp's MAC, compared in constant time.
fn stamp_is_genuine(secret: &str, key: &str, at: i64, mac: &str) -> bool {
    use hmac::Mac;
    let bytes: Option<Vec<u8>> = (mac.len() == STAMP_MAC_BYTES * 2)
        .then(|| {
            (0..mac.len())
                .step_by(2)
                .map(|i| mac.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
                .collect()
        })
        .flatten();
    bytes.is_some_and(|bytes| stamp_hmac(secret, key, at).verify_truncated_left(&bytes).is_ok())
}

/// The hold step's person check: the proof-of-work over the hold key (the browser solves it
/// while the patient looks at the times), or, without JavaScript, a genuine stamp of the page
/// that is at least [`NO_SCRIPT_HOLD_SECONDS`] old.
pub fn check_hold(
    secret: &str,
    key: &str,
    (proof, stamp): (&str, &str),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if proof_is_valid(key, proof.trim()) {
        return Ok(());
    }
    let genuine_age = stamp.trim().split_once('.').and_then(|(at, mac)| {
        let at: i64 = at.parse().ok()?;
        stamp_is_genuine(secret, key, at, mac).then(|| now.timestamp() - at)
    });
    match genuine_age {
        Some(age) if (NO_SCRIPT_HOLD_SECONDS..=STAMP_LIFETIME_SECONDS).contains(&age) => Ok(()),
        _ => Err(refused_as_automated()),
    }
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
    fn ipv6_addresses_count_by_their_64_and_ipv4_by_itself() {
        let key = |text: &str| ip_key(Some(text.parse().unwrap()));
        assert_eq!(key("2001:db8:1:2::1"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2:ffff:ffff:ffff:ffff"), key("2001:db8:1:2::1"));
        assert_ne!(key("2001:db8:1:3::1"), key("2001:db8:1:2::1"));
        assert_eq!(key("192.0.2.7"), "192.0.2.7/32");
        assert_eq!(key("::ffff:192.0.2.7"), "192.0.2.7/32");
        assert_eq!(ip_key(None), "unknown");
    }

    #[test]
    fn a_hold_needs_the_proof_or_a_genuine_page_stamp_old_enough() {
        let (secret, key) = ("s".repeat(32), "k".repeat(43));
        let shown = Utc::now();
        let stamp = page_stamp(&secret, &key, shown);
        let at = |seconds: i64| shown + Duration::seconds(seconds);
        assert!(check_hold(&secret, &key, (&solve(&key), ""), shown).is_ok());
        assert!(check_hold(&secret, &key, ("", ""), at(60)).is_err());
        assert!(check_hold(&secret, &key, ("", &stamp), at(1)).is_err(), "too soon");
        assert!(check_hold(&secret, &key, ("", &stamp), at(NO_SCRIPT_HOLD_SECONDS)).is_ok());
        assert!(check_hold(&secret, &key, ("", &stamp), at(7200)).is_err(), "too old");
        let other_key = "o".repeat(43);
        assert!(check_hold(&secret, &other_key, ("", &stamp), at(60)).is_err());
        assert!(check_hold(&"t".repeat(32), &key, ("", &stamp), at(60)).is_err());
        let (time, _) = stamp.split_once('.').unwrap();
        let moved = stamp.replacen(time, &(time.parse::<i64>().unwrap() - 60).to_string(), 1);
        assert!(check_hold(&secret, &key, ("", &moved), at(1)).is_err(), "a made-up time");
    }

    #[test]
    fn a_filled_honeypot_is_refused_even_with_a_proof() {
        let held = Utc::now();
        let later = held + Duration::seconds(60);
        assert!(check_person("http://spam", "c", &solve("c"), held, later).is_err());
    }
}
