//! A page whose server render stalls is rendered once more.
//!
//! Leptos 0.8 can lose the wake-up of a resource during a server render: the render then
//! never finishes and the browser waits until it gives up (leptos-rs/leptos#4647; #4578 and
//! #4673 are near relatives; all open). It is rare and strikes any page at random: here, about
//! one page load in a few thousand under parallel load, stalled before or after the page's own
//! data was read. A page load only reads, so this layer gives a render [`RENDER_PATIENCE`],
//! then drops it and renders the page again from the same request, once, and logs that it did.
//! Server functions (`/api/...`) are left alone: they may write.

use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::Method;
use axum::http::header::ACCEPT;
use axum::middleware::Next;
use axum::response::Response;

use super::page_cache::PageRecord;
use super::telemetry::loggable_path;

/// How long a page's render may take before it is taken for stalled. The slowest pages (a
/// year's report over a large group) render in well under a second.
pub const RENDER_PATIENCE: Duration = Duration::from_secs(10);

/// The middleware (around the page handlers, inside the page cache).
pub async fn render_again_if_stalled(request: Request, next: Next) -> Response {
    render_again_after(RENDER_PATIENCE, request, next).await
}

async fn render_again_after(patience: Duration, request: Request, next: Next) -> Response {
    if !is_page_load(&request) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let first = next.clone().run(Request::from_parts(parts.clone(), body));
    match tokio::time::timeout(patience, first).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(
                path = %loggable_path(parts.uri.path()),
                "a page's render stalled (leptos-rs/leptos#4647): rendering it again"
            );
            // What the dropped render noted for the page cache goes with it.
            if let Some(record) = parts.extensions.get::<PageRecord>() {
                record.restart();
            }
            next.run(Request::from_parts(parts, Body::empty())).await
        }
    }
}

/// A browser loading a page (not a server function, a file or a health check).
fn is_page_load(request: &Request) -> bool {
    let path = request.uri().path();
    request.method() == Method::GET
        && !path.starts_with("/api/")
        && request
            .headers()
            .get(ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use axum::Router;
    use axum::middleware::from_fn;
    use axum::routing::{get, post};
    use tower::ServiceExt;

    use super::*;

    /// A router whose handlers never answer their first call, and counts the calls.
    fn stalling_once(calls: Arc<AtomicUsize>) -> Router {
        let handler = move || {
            let calls = calls.clone();
            async move {
                if calls.fetch_add(1, Ordering::SeqCst) == 0 {
                    std::future::pending::<()>().await;
                }
                "rendered"
            }
        };
        Router::new()
            .route("/patients", get(handler.clone()))
            .route("/api/patients/search", get(handler.clone()))
            .route("/api/patients/create", post(handler))
            .layer(from_fn(|request, next| {
                render_again_after(Duration::from_millis(50), request, next)
            }))
    }

    fn request(method: Method, path: &str, accept: &str) -> Request {
        Request::builder()
            .method(method)
            .uri(path)
            .header(ACCEPT, accept)
            .body(Body::empty())
            .unwrap()
    }

    #[tokio::test]
    async fn a_stalled_page_load_is_rendered_again_once() {
        let calls = Arc::new(AtomicUsize::new(0));
        let app = stalling_once(calls.clone());
        let response = app.oneshot(request(Method::GET, "/patients", "text/html")).await.unwrap();
        let body = axum::body::to_bytes(response.into_body(), 1024).await.unwrap();
        assert_eq!(&body[..], b"rendered");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn server_functions_and_other_requests_are_never_run_twice() {
        for (method, path, accept) in [
            (Method::POST, "/api/patients/create", "text/html"),
            (Method::GET, "/api/patients/search", "text/html"),
            (Method::GET, "/patients", "application/json"),
        ] {
            let calls = Arc::new(AtomicUsize::new(0));
            let app = stalling_once(calls.clone());
            let answer = app.oneshot(request(method.clone(), path, accept));
            let waited = tokio::time::timeout(Duration::from_millis(300), answer).await;
            assert!(waited.is_err(), "{method} {path} ({accept}) was answered");
            assert_eq!(calls.load(Ordering::SeqCst), 1, "{method} {path} ({accept})");
        }
    }
}
