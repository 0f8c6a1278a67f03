//! A bulkhead for anonymous traffic: the public pages and server functions (online booking,
//! manage links, sign-in, invitations) may use at most half of the database pool at once.
//!
//! Without it, a burst of anonymous requests queues for every pooled connection, and the staff
//! pages, sign-ins of people already at work and `/readyz` wait behind that queue until the
//! pool's acquire timeout. With it, anonymous requests wait for one of their own permits (a
//! short while), then are turned away with 429 and a `Retry-After`, while the rest of the pool
//! stays free for everyone else.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header::{ACCEPT, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

use crate::error::AppError;

/// How long an anonymous request waits for a permit before it is turned away.
const PATIENCE: Duration = Duration::from_secs(2);
/// What a turned-away caller is told to wait.
const RETRY_AFTER_SECS: u64 = 2;

#[derive(Clone)]
pub struct PublicGate {
    permits: Arc<Semaphore>,
}

impl PublicGate {
    /// A gate letting through half of `pool_size` anonymous requests at once (at least one).
    pub fn for_pool(pool_size: u32) -> Self {
        let permits = (pool_size / 2).max(1) as usize;
        PublicGate { permits: Arc::new(Semaphore::new(permits)) }
    }
}

/// The paths anyone can reach without signing in that touch the database.
pub fn is_public(path: &str) -> bool {
    const EXACT: &[&str] =
        &["/sign-in", "/welcome", "/api/auth/sign-in", "/api/auth/accept-invitation"];
    // The front desk's own online-booking actions are staff requests.
    if path.starts_with("/api/book/staff/") {
        return false;
    }
    EXACT.contains(&path)
        || crate::online::pages::is_patient_page(path)
        || path.starts_with("/api/book/")
}

/// The middleware: public paths run holding a permit; other paths pass untouched.
pub async fn admit(State(gate): State<PublicGate>, request: Request, next: Next) -> Response {
    if !is_public(request.uri().path()) {
        return next.run(request).await;
    }
    match tokio::time::timeout(PATIENCE, gate.permits.clone().acquire_owned()).await {
        Ok(Ok(permit)) => {
            let response = next.run(request).await;
            drop(permit);
            response
        }
        // Timed out (or, impossibly, the semaphore was closed): busy, come back shortly.
        _ => busy(&request),
    }
}

fn busy(request: &Request) -> Response {
    tracing::warn!(path = %request.uri().path(), "anonymous request turned away: public share of the pool busy");
    let wants_html = request
        .headers()
        .get(ACCEPT)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.contains("text/html"));
    let error = AppError::RateLimited { retry_after_secs: RETRY_AFTER_SECS };
    let mut response = if wants_html {
        let page = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Busy</title>\
             </head><body><p>{error}</p></body></html>"
        );
        (StatusCode::TOO_MANY_REQUESTS, [(CONTENT_TYPE, "text/html; charset=utf-8")], page)
            .into_response()
    } else {
        // The server functions' error encoding, so the page shows the usual message.
        let body = serde_json::to_string(&error).unwrap_or_default();
        (StatusCode::TOO_MANY_REQUESTS, [(CONTENT_TYPE, "application/json")], body).into_response()
    };
    response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_booking_pages_and_the_anonymous_server_functions_are_public() {
        for path in [
            "/book",
            "/book/london",
            "/book/manage/abc",
            "/api/book/hold",
            "/sign-in",
            "/api/auth/sign-in",
            "/api/auth/accept-invitation",
            "/welcome",
        ] {
            assert!(is_public(path), "{path}");
        }
        for path in [
            "/calendar",
            "/bookkeeping",
            "/api/patients/search",
            "/readyz",
            "/api/books",
            "/api/book/staff/seen",
        ] {
            assert!(!is_public(path), "{path}");
        }
    }

    #[test]
    fn half_the_pool_and_never_none() {
        assert_eq!(PublicGate::for_pool(10).permits.available_permits(), 5);
        assert_eq!(PublicGate::for_pool(5).permits.available_permits(), 2);
        assert_eq!(PublicGate::for_pool(1).permits.available_permits(), 1);
    }
}
