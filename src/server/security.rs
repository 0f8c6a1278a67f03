//! Security headers on every response.
//!
//! HTML pages get a Content-Security-Policy with the nonce of their own scripts (recorded by the
//! shell while it renders, see [`PageNonce`]); every other response gets a policy that allows
//! nothing. Responses are `no-store` unless they are static files,
//! because pages and server function answers may carry patient data.

use axum::extract::{Request, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY,
    STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderName, HeaderValue};
use std::sync::{Arc, Mutex};

use axum::middleware::Next;
use axum::response::Response;
use leptos::prelude::*;

/// The policy for non-HTML responses (JSON, assets, redirects): nothing may run or embed them.
const LOCKED_DOWN_POLICY: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The policy of an HTML page that, unexpectedly, has no nonce: no inline script may run.
const PAGE_POLICY_WITHOUT_NONCE: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// The policy of an HTML page whose inline scripts carry `nonce`.
///
/// Scripts: the inline hydration script by its nonce, the wasm glue from our own origin
/// (`'self'`, which also covers Leptos' `modulepreload` link: it carries no nonce), and
/// `'wasm-unsafe-eval'` so the browser may compile the wasm (it allows no JavaScript `eval`).
/// No `'strict-dynamic'`: it would disable `'self'` and so block that preload.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
}

/// Where the shell leaves the nonce of the page it renders, for the headers middleware to build
/// the page's policy from. The middleware puts a fresh one in each request's extensions; the
/// shell finds it in the request parts Leptos provides.
///
/// (Setting the header through leptos_axum's `ResponseOptions` lost it on about one page in
/// fifty in the browser tests: the shell had inserted it, for the right request, yet the
/// response came out without it. Root cause inside leptos_axum not found; this path does not
/// depend on it.)
#[derive(Clone, Default)]
pub struct PageNonce(Arc<Mutex<Option<String>>>);

impl PageNonce {
    fn get(&self) -> Option<String> {
        self.0.lock().ok().and_then(|slot| slot.clone())
    }
}

/// Called from the shell while a page renders on the server: makes sure the page has a nonce
/// (Leptos' hydration scripts carry it) and hands it to the headers middleware.
pub fn record_page_nonce() {
    let nonce = use_nonce().or_else(|| {
        leptos::nonce::provide_nonce();
        use_nonce()
    });
    let slot = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<PageNonce>().cloned());
    match (nonce, slot) {
        (Some(nonce), Some(slot)) => {
            if let Ok(mut slot) = slot.0.lock() {
                *slot = Some(nonce.to_string());
            }
        }
        _ => tracing::warn!("the shell could not record the page's nonce"),
    }
}

/// What the security middleware needs from the configuration.
#[derive(Clone)]
pub struct Policy {
    /// Send HSTS: only when the public address is https.
    pub hsts: bool,
    /// The public origin (`https://clinic.example`), accepted as a request's `Origin`.
    pub public_origin: String,
}

impl Policy {
    pub fn from_config(config: &super::config::Config) -> Self {
        Policy {
            hsts: config.is_https(),
            public_origin: config.public_base_url.origin().ascii_serialization(),
        }
    }
}

/// Middleware: refuses with 403 any state-changing request that a browser says comes from
/// another site (`Sec-Fetch-Site`), or whose `Origin` is neither this host nor the public URL.
/// Requests without either header (non-browser clients) pass: browsers always send one on a
/// cross-site POST, and SameSite=Lax keeps the session cookie off it anyway.
pub async fn refuse_cross_site(
    State(policy): State<Policy>,
    request: Request,
    next: Next,
) -> Response {
    use axum::http::{Method, StatusCode};
    use axum::response::IntoResponse;

    let safe_method = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe_method && !is_same_site(request.headers(), &policy) {
        return (StatusCode::FORBIDDEN, "Cross-site requests are not allowed.").into_response();
    }
    next.run(request).await
}

fn is_same_site(headers: &axum::http::HeaderMap, policy: &Policy) -> bool {
    use axum::http::header::{HOST, ORIGIN};
    let header = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let fetch_site = header(HeaderName::from_static("sec-fetch-site"));
    let origin = header(ORIGIN);
    let fetch_site_ok = fetch_site.is_none_or(|site| site == "same-origin" || site == "none");
    let origin_ok = origin.is_none_or(|origin| {
        origin == policy.public_origin
            || header(HOST).is_some_and(|host| {
                origin == format!("http://{host}") || origin == format!("https://{host}")
            })
    });
    if !(fetch_site_ok && origin_ok) {
        tracing::warn!(?origin, ?fetch_site, "cross-site request refused");
    }
    fetch_site_ok && origin_ok
}

/// Middleware adding the headers every response carries.
pub async fn headers(State(policy): State<Policy>, mut request: Request, next: Next) -> Response {
    let hsts = policy.hsts;
    let page_nonce = PageNonce::default();
    request.extensions_mut().insert(page_nonce.clone());
    let mut response = next.run(request).await;
    let is_asset = !is_document_or_data(&response);
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    let content_policy = match (is_html, page_nonce.get()) {
        (true, Some(nonce)) => HeaderValue::from_str(&page_policy(&nonce)).ok(),
        // A page the shell did not render (none so far): no inline script may run, but the
        // page still loads its stylesheet and works as plain HTML.
        (true, None) => {
            tracing::warn!("HTML response without a recorded nonce");
            Some(HeaderValue::from_static(PAGE_POLICY_WITHOUT_NONCE))
        }
        (false, _) if !headers.contains_key(CONTENT_SECURITY_POLICY) => {
            Some(HeaderValue::from_static(LOCKED_DOWN_POLICY))
        }
        (false, _) => None,
    };
    if let Some(value) = content_policy {
        headers.insert(CONTENT_SECURITY_POLICY, value);
    }
    if !headers.contains_key(CACHE_CONTROL) {
        // Unhashed static files are revalidated (Last-Modified) rather than cached blindly.
        let policy = if is_asset { "no-cache" } else { "no-store" };
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    if hsts {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    response
}

/// Pages, server function answers and errors (anything that is not a plain static file).
fn is_document_or_data(response: &Response) -> bool {
    if !response.status().is_success() {
        return true;
    }
    match response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(content_type) => {
            content_type.starts_with("text/html")
                || content_type.starts_with("application/json")
                || content_type.starts_with("text/plain")
                || content_type.starts_with("application/x-www-form-urlencoded")
                || content_type.starts_with("application/cbor")
        }
    }
}

/// Marks the content-hashed files under `/pkg` as cacheable for a year: a new build gets new names.
pub async fn immutable_assets(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if response.status().is_success() {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_policy_carries_the_nonce_and_forbids_plugins_framing_and_base() {
        let policy = page_policy("abc123");
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'"));
        for directive in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"] {
            assert!(policy.contains(directive), "missing {directive}");
        }
        assert!(!policy.contains("unsafe-inline"));
    }
}
