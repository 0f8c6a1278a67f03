//! The webhook worker: claims due events (`FOR UPDATE SKIP LOCKED`, like the email outbox, so
//! every instance runs it), POSTs each signed to its endpoint, logs the attempt, and on
//! anything but a 2xx answer tries again later ([`BACKOFF`]) until [`MAX_ATTEMPTS`]. In
//! production an endpoint whose name resolves to a loopback, private, link-local or otherwise
//! non-public address is refused, and the request goes to the address that was checked (no
//! second lookup for a rebinding DNS server to answer differently).

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde_json::json;
use sqlx::PgPool;
use url::Url;

use super::signing::{secret, signature};

/// Waits after each failed attempt (the last one repeats).
pub const BACKOFF: [Duration; 7] = [
    Duration::from_secs(30),
    Duration::from_secs(120),
    Duration::from_secs(600),
    Duration::from_secs(1800),
    Duration::from_secs(7200),
    Duration::from_secs(21600),
    Duration::from_secs(43200),
];
pub const MAX_ATTEMPTS: i32 = 8;
/// How long an endpoint has to answer.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);
const BATCH: i64 = 20;

#[derive(Clone)]
pub struct WebhookWorker {
    pub pool: PgPool,
    pub app_secret: String,
    /// Development and tests deliver to loopback; production never to a non-public address.
    pub allow_private: bool,
}

#[derive(sqlx::FromRow)]
struct Claimed {
    id: i64,
    event: String,
    payload: serde_json::Value,
    created_at: DateTime<Utc>,
    attempts: i32,
    url: String,
    secret_salt: Vec<u8>,
    disabled: bool,
}

/// Whether `ip` is an address on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip.to_canonical() {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_multicast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 198 && (b == 18 || b == 19)))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

/// Why an endpoint's address may not be sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressProblem {
    NoHost,
    NoPort,
    Unresolved { host: String, error: String },
    NoAddress { host: String },
    Private { host: String },
}

impl std::fmt::Display for AddressProblem {
    /// For the delivery log (technical, like the library errors beside it).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AddressProblem::NoHost => write!(f, "the address has no host"),
            AddressProblem::NoPort => write!(f, "the address has no port"),
            AddressProblem::Unresolved { host, error } => {
                write!(f, "{host} could not be resolved: {error}")
            }
            AddressProblem::NoAddress { host } => write!(f, "{host} has no address"),
            AddressProblem::Private { host } => {
                write!(f, "{host} resolves to a private or local address: refused")
            }
        }
    }
}

impl AddressProblem {
    /// For the admin typing the address, in the page's language.
    pub fn message(&self) -> String {
        match self {
            AddressProblem::NoHost | AddressProblem::NoPort => {
                crate::t!("desk-webhook-url-full-address")
            }
            AddressProblem::Unresolved { host, .. } | AddressProblem::NoAddress { host } => {
                crate::t!("desk-webhook-url-unresolved", host = host.as_str())
            }
            AddressProblem::Private { host } => {
                crate::t!("desk-webhook-url-private", host = host.as_str())
            }
        }
    }
}

/// The address to send to for `url`: resolved once; refused unless public (when asked).
pub async fn checked_address(url: &Url, allow_private: bool) -> Result<SocketAddr, AddressProblem> {
    let host = url.host_str().ok_or(AddressProblem::NoHost)?;
    let port = url.port_or_known_default().ok_or(AddressProblem::NoPort)?;
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|e| AddressProblem::Unresolved { host: host.to_string(), error: e.to_string() })?
        .collect();
    if addresses.is_empty() {
        return Err(AddressProblem::NoAddress { host: host.to_string() });
    }
    if !allow_private && addresses.iter().any(|a| !is_public(a.ip())) {
        return Err(AddressProblem::Private { host: host.to_string() });
    }
    Ok(addresses[0])
}

impl WebhookWorker {
    /// Claims and delivers the events due at `now`; answers how many were claimed.
    pub async fn run_once(&self, now: DateTime<Utc>) -> Result<usize, sqlx::Error> {
        let claimed: Vec<Claimed> = sqlx::query_as(
            "WITH due AS (
                 SELECT id FROM webhook_event
                 WHERE (status = 'queued' AND not_before <= $1)
                    OR (status = 'sending' AND lease_until < $1)
                 ORDER BY not_before, id LIMIT $2
                 FOR UPDATE SKIP LOCKED),
             claimed AS (
                 UPDATE webhook_event ev SET status = 'sending', attempts = ev.attempts + 1,
                        lease_until = $1 + interval '2 minutes'
                 FROM due WHERE ev.id = due.id
                 RETURNING ev.id, ev.endpoint_id, ev.event, ev.payload, ev.created_at, ev.attempts)
             SELECT c.id, c.event, c.payload, c.created_at, c.attempts, e.url, e.secret_salt,
                    e.disabled_at IS NOT NULL AS disabled
             FROM claimed c JOIN webhook_endpoint e ON e.id = c.endpoint_id
             ORDER BY c.id",
        )
        .bind(now)
        .bind(BATCH)
        .fetch_all(&self.pool)
        .await?;
        let count = claimed.len();
        for event in claimed {
            self.deliver(event, now).await?;
        }
        Ok(count)
    }

    async fn deliver(&self, event: Claimed, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
        if event.disabled {
            return self.settle(&event, "failed", None, Some("the endpoint is disabled")).await;
        }
        let body = json!({
            "id": event.id, "type": event.event, "created_at": event.created_at,
            "data": event.payload,
        })
        .to_string();
        let secret = secret(&self.app_secret, &event.secret_salt);
        let started = Instant::now();
        let answer = self.post(&event, &secret, &body, now.timestamp()).await;
        let took = i32::try_from(started.elapsed().as_millis()).unwrap_or(i32::MAX);
        let (code, error) = match &answer {
            Ok(code) if (200..300).contains(code) => (Some(i32::from(*code)), None),
            Ok(code) => (Some(i32::from(*code)), Some(format!("answered {code}"))),
            Err(problem) => (None, Some(problem.clone())),
        };
        sqlx::query(
            "INSERT INTO webhook_delivery (event_id, attempt, status_code, error, duration_ms)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(event.id)
        .bind(event.attempts)
        .bind(code)
        .bind(&error)
        .bind(took)
        .execute(&self.pool)
        .await?;
        match error {
            None => self.settle(&event, "delivered", None, None).await,
            Some(problem) if event.attempts >= MAX_ATTEMPTS => {
                self.settle(&event, "failed", None, Some(&problem)).await
            }
            Some(problem) => {
                let wait = BACKOFF
                    [usize::try_from(event.attempts - 1).unwrap_or(0).min(BACKOFF.len() - 1)];
                let again = now + chrono::Duration::from_std(wait).unwrap_or_default();
                tracing::warn!(event = event.id, attempts = event.attempts, %problem, "webhook not delivered; will retry");
                self.settle(&event, "queued", Some(again), Some(&problem)).await
            }
        }
    }

    async fn settle(
        &self,
        event: &Claimed,
        status: &str,
        again: Option<DateTime<Utc>>,
        problem: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE webhook_event SET status = $3, lease_until = NULL, last_error = $4,
                    not_before = coalesce($5, not_before),
                    delivered_at = CASE WHEN $3 = 'delivered' THEN now() END
             WHERE id = $1 AND attempts = $2",
        )
        .bind(event.id)
        .bind(event.attempts)
        .bind(status)
        .bind(problem)
        .bind(again)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// POSTs `body` to the event's endpoint; answers the status code.
    async fn post(
        &self,
        event: &Claimed,
        secret: &str,
        body: &str,
        at: i64,
    ) -> Result<u16, String> {
        let url = Url::parse(&event.url).map_err(|e| format!("bad address: {e}"))?;
        let address = checked_address(&url, self.allow_private).await.map_err(|p| p.to_string())?;
        let host = url.host_str().unwrap_or_default().to_string();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(ANSWER_WITHIN)
            .resolve(&host, address)
            .build()
            .map_err(|e| e.to_string())?;
        let response = client
            .post(url)
            .header("content-type", "application/json")
            .header("user-agent", "Chairside-Webhooks/1")
            .header("chairside-event", &event.event)
            .header("chairside-delivery", event.id.to_string())
            .header("chairside-signature", signature(secret, at, body))
            .body(body.to_string())
            .send()
            .await
            .map_err(|e| format!("not delivered: {e}"))?;
        Ok(response.status().as_u16())
    }

    /// Runs until the task is dropped: a batch every 2 seconds (at once again while busy).
    pub async fn run(self) {
        loop {
            match self.run_once(Utc::now()).await {
                Ok(0) => tokio::time::sleep(Duration::from_secs(2)).await,
                Ok(_) => {}
                Err(error) => {
                    tracing::error!(%error, "webhook delivery could not reach the database");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:8.8.8.8"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }
}
