//! Logging: structured `tracing` output (JSON in production), a request id on every request and
//! every log line it causes, and one access-log line per request.

use std::time::Instant;

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::FmtSpan;

use super::config::{Config, LogFormat};

pub const REQUEST_ID_HEADER: &str = "x-request-id";

pub fn init(config: &Config) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_span_events(FmtSpan::NONE);
    // `try_init`: tests may start several servers in one process.
    let _ = match config.log_format {
        LogFormat::Json => builder.json().with_current_span(true).with_span_list(false).try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Accepts the caller's request id when it is short and plain (it ends up in log lines),
/// otherwise makes a new one.
fn request_id_from(request: &Request) -> String {
    request
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|id| {
            (1..=64).contains(&id.len())
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

/// Middleware: runs the request inside a span carrying its id, echoes the id back, and writes
/// the access-log line. Only the path is logged, never the query string (searches may contain
/// patient names).
pub async fn trace_requests(mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id = request_id_from(&request);
    let header_value = HeaderValue::from_str(&request_id).expect("request ids are plain ASCII");
    request.headers_mut().insert(REQUEST_ID_HEADER, header_value.clone());

    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let span = tracing::info_span!("request", request_id = %request_id);
    let mut response = next.run(request).instrument(span.clone()).await;

    let status = response.status().as_u16();
    // Rounded to 10 µs: finer figures are noise and clutter the log.
    let latency_ms = (started.elapsed().as_secs_f64() * 100_000.0).round() / 100.0;
    span.in_scope(|| tracing::info!(%method, %path, status, latency_ms, "request"));
    response.headers_mut().insert(REQUEST_ID_HEADER, header_value);
    response
}
