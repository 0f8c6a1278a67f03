//! `/metrics` for Prometheus (its text format): requests and their latency by route, the
//! database pool (connections in use, idle, and how long taking one takes right now), the
//! outbox (emails waiting and the oldest's age, by kind), the delivery worker's results, holds
//! live, and sign-in failures and throttles.
//!
//! Counters live in this process ([`METRICS`]); what the database knows is read when scraped.
//! Each instance is scraped on its own. The address answers only a peer on the allowlist
//! (`METRICS_ALLOW`, loopback by default) or a request with `Authorization: Bearer` and the
//! `METRICS_TOKEN`; to anyone else it does not exist (404).

use std::net::{IpAddr, SocketAddr};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus::{
    GaugeVec, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

use super::state::AppState;

/// The process's metrics.
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pub sign_in_failures: IntCounter,
    pub sign_ins_throttled: IntCounter,
    /// Emails the worker finished with, by result: sent, retried, failed, cancelled.
    pub emails: IntCounterVec,
    pool_connections: IntGaugeVec,
    pool_acquire_seconds: prometheus::Gauge,
    outbox_waiting: IntGaugeVec,
    outbox_oldest_seconds: GaugeVec,
    holds_live: IntGauge,
}

pub static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

fn registered<T: prometheus::core::Collector + Clone + 'static>(
    registry: &Registry,
    metric: T,
) -> T {
    registry.register(Box::new(metric.clone())).expect("each metric is named once");
    metric
}

impl Metrics {
    fn new() -> Metrics {
        let registry =
            Registry::new_custom(Some("chairside".into()), None).expect("a valid prefix");
        let r = &registry;
        let requests = registered(
            r,
            IntCounterVec::new(
                Opts::new(
                    "http_requests_total",
                    "HTTP requests answered, by route, method and status class",
                ),
                &["route", "method", "status"],
            )
            .unwrap(),
        );
        let latency = registered(
            r,
            HistogramVec::new(
                HistogramOpts::new(
                    "http_request_duration_seconds",
                    "Time to answer, by route and method",
                )
                .buckets(vec![
                    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
                ]),
                &["route", "method"],
            )
            .unwrap(),
        );
        let counter = |name: &str, help: &str| registered(r, IntCounter::new(name, help).unwrap());
        Metrics {
            sign_in_failures: counter(
                "sign_in_failures_total",
                "Sign-ins refused for a wrong email or password",
            ),
            sign_ins_throttled: counter(
                "sign_ins_throttled_total",
                "Sign-ins refused because of too many failures",
            ),
            emails: registered(
                r,
                IntCounterVec::new(
                    Opts::new(
                        "emails_total",
                        "Emails the delivery worker finished with, by result",
                    ),
                    &["result"],
                )
                .unwrap(),
            ),
            pool_connections: registered(
                r,
                IntGaugeVec::new(
                    Opts::new(
                        "db_pool_connections",
                        "Database pool connections, by state (in_use, idle, max)",
                    ),
                    &["state"],
                )
                .unwrap(),
            ),
            pool_acquire_seconds: registered(
                r,
                prometheus::Gauge::new(
                    "db_pool_acquire_seconds",
                    "Time to take a pooled connection, when scraped",
                )
                .unwrap(),
            ),
            outbox_waiting: registered(
                r,
                IntGaugeVec::new(
                    Opts::new("outbox_waiting", "Emails queued or being sent, by kind"),
                    &["kind"],
                )
                .unwrap(),
            ),
            outbox_oldest_seconds: registered(
                r,
                GaugeVec::new(
                    Opts::new("outbox_oldest_seconds", "Age of the oldest email waiting, by kind"),
                    &["kind"],
                )
                .unwrap(),
            ),
            holds_live: registered(
                r,
                IntGauge::new("holds_live", "Times held by patients booking online").unwrap(),
            ),
            requests,
            latency,
            registry,
        }
    }

    /// Records a request answered with `status` after `took`.
    fn observe(&self, route: &str, method: &str, status: StatusCode, took: Duration) {
        let class = match status.as_u16() {
            100..=199 => "1xx",
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        self.requests.with_label_values(&[route, method, class]).inc();
        self.latency.with_label_values(&[route, method]).observe(took.as_secs_f64());
    }
}

/// The route a request is counted under: the server function's own address (a fixed set), or
/// the page's route pattern (`/patients/{id}`), or `unmatched` (so that random addresses
/// cannot grow the label set).
fn route_of(request: &Request) -> String {
    let path = request.uri().path();
    if path.starts_with("/api/")
        && path.len() <= 80
        && path.bytes().all(|b| b.is_ascii_alphanumeric() || b"/-_".contains(&b))
    {
        return path.to_string();
    }
    match request.extensions().get::<MatchedPath>() {
        Some(matched) if matched.as_str() != "/api/{*fn_name}" => matched.as_str().to_string(),
        _ => "unmatched".to_string(),
    }
}

/// Middleware: counts and times every request.
pub async fn count_requests(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = route_of(&request);
    let method = request.method().as_str().to_string();
    let response = next.run(request).await;
    // A server function's address that names none is a 404: counted as unmatched.
    let route = if route.starts_with("/api/") && response.status() == StatusCode::NOT_FOUND {
        "unmatched".to_string()
    } else {
        route
    };
    METRICS.observe(&route, &method, response.status(), started.elapsed());
    response
}

/// Who may read the metrics.
#[derive(Clone)]
pub struct MetricsAccess {
    /// `METRICS_ALLOW`: peer addresses that may (default: loopback).
    pub allow: Vec<IpAddr>,
    /// `METRICS_TOKEN`: a bearer token that may, from anywhere.
    pub token: Option<String>,
}

impl MetricsAccess {
    fn admits(&self, peer: Option<IpAddr>, authorization: Option<&HeaderValue>) -> bool {
        let by_address =
            peer.is_some_and(|ip| self.allow.iter().any(|allowed| *allowed == ip.to_canonical()));
        let by_token = match (&self.token, authorization.and_then(|v| v.to_str().ok())) {
            (Some(token), Some(given)) => given
                .strip_prefix("Bearer ")
                .is_some_and(|given| constant_time_eq(given.as_bytes(), token.as_bytes())),
            _ => false,
        };
        by_address || by_token
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What the database knows, read for a scrape.
#[derive(sqlx::FromRow)]
struct Waiting {
    kind: String,
    waiting: i64,
    oldest_seconds: f64,
}

async fn read_database(state: &AppState) -> Result<(), sqlx::Error> {
    let metrics = &*METRICS;
    let started = Instant::now();
    let mut conn = state.pool.acquire().await?;
    metrics.pool_acquire_seconds.set(started.elapsed().as_secs_f64());
    let waiting: Vec<Waiting> = sqlx::query_as(
        "SELECT kind, count(*) AS waiting,
                extract(epoch FROM now() - min(created_at))::float8 AS oldest_seconds
         FROM email_outbox WHERE status IN ('queued', 'sending') GROUP BY kind",
    )
    .fetch_all(&mut *conn)
    .await?;
    metrics.outbox_waiting.reset();
    metrics.outbox_oldest_seconds.reset();
    for row in waiting {
        metrics.outbox_waiting.with_label_values(&[&row.kind]).set(row.waiting);
        metrics.outbox_oldest_seconds.with_label_values(&[&row.kind]).set(row.oldest_seconds);
    }
    let holds: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment WHERE status = 'held' AND hold_expires_at > now()",
    )
    .fetch_one(&mut *conn)
    .await?;
    metrics.holds_live.set(holds);
    drop(conn);
    let size = i64::from(state.pool.size());
    let idle = i64::try_from(state.pool.num_idle()).unwrap_or(i64::MAX);
    let max = i64::from(state.pool.options().get_max_connections());
    metrics.pool_connections.with_label_values(&["in_use"]).set(size - idle);
    metrics.pool_connections.with_label_values(&["idle"]).set(idle);
    metrics.pool_connections.with_label_values(&["max"]).set(max);
    Ok(())
}

/// `GET /metrics`.
pub async fn scrape(State(state): State<AppState>, request: Request) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|p| p.0.ip());
    let authorization = request.headers().get(header::AUTHORIZATION);
    if !state.config.metrics.admits(peer, authorization) {
        return StatusCode::NOT_FOUND.into_response();
    }
    if let Err(error) = read_database(&state).await {
        // The process's own counters are still worth having.
        tracing::warn!(%error, "metrics: the database could not be read");
    }
    let mut text = String::new();
    if let Err(error) = TextEncoder::new().encode_utf8(&METRICS.registry.gather(), &mut text) {
        tracing::error!(%error, "metrics could not be written");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let mut response = text.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_allowed_peer_or_the_token_reads_the_metrics() {
        let access = MetricsAccess {
            allow: vec!["127.0.0.1".parse().unwrap()],
            token: Some("s3cret-token".into()),
        };
        let bearer = |v: &'static str| HeaderValue::from_static(v);
        assert!(access.admits(Some("127.0.0.1".parse().unwrap()), None));
        assert!(access.admits(Some("::ffff:127.0.0.1".parse().unwrap()), None));
        assert!(!access.admits(Some("10.0.0.7".parse().unwrap()), None));
        assert!(
            access.admits(Some("10.0.0.7".parse().unwrap()), Some(&bearer("Bearer s3cret-token")))
        );
        assert!(
            !access.admits(Some("10.0.0.7".parse().unwrap()), Some(&bearer("Bearer s3cret-tokeN")))
        );
        assert!(!access.admits(None, Some(&bearer("s3cret-token"))));
    }
}
