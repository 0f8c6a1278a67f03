//! Security headers on every response.
//!
//! HTML pages get a Content-Security-Policy that allows exactly the inline scripts the page was
//! rendered with, by their SHA-256 hashes; every other response gets a policy that allows
//! nothing. Responses are `no-store` unless they are static files, because pages and server
//! function answers may carry patient data.
//!
//! How a page's scripts are told apart from anything else in it: the shell renders each page
//! with a fresh random nonce (Leptos puts it on every script it writes, and the shell records
//! it, see [`PageNonce`]). On the way out, [`seal_page`] hashes the inline scripts carrying that
//! nonce and removes the nonce from the page. A script that got into the page any other way (an
//! escaping mistake) has no nonce, so it is not hashed and does not run, as with a nonce policy.
//! Hashes rather than the nonce itself in the policy: the same page is then the same bytes for
//! every request, so a rendered page can be kept and sent again.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY,
    STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use std::sync::{Arc, Mutex};

use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha256};

/// The policy for non-HTML responses (JSON, assets, redirects): nothing may run or embed them.
const LOCKED_DOWN_POLICY: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The largest HTML page read whole to hash its scripts (pages are rendered whole before they
/// are sent anyway; the largest today is well under 1 MB).
pub const MAX_PAGE_BYTES: usize = 16 * 1024 * 1024;

/// The policy of an HTML page whose inline scripts have these hashes (`sha256-<base64>`).
///
/// Scripts: the page's own inline scripts by their hashes, the wasm glue from our own origin
/// (`'self'`, which also covers Leptos' `modulepreload` link), and `'wasm-unsafe-eval'` so the
/// browser may compile the wasm (it allows no JavaScript `eval`). No `'strict-dynamic'`: it
/// would disable `'self'` and so block that preload.
pub fn page_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|hash| format!(" '{hash}'")).collect();
    format!(
        "default-src 'self'; script-src 'self'{hashes} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
}

/// A page as it is sent: its HTML without the render's nonce, and the CSP hash sources
/// (`sha256-<base64>`) of the inline scripts that carried it, in page order.
#[derive(Debug, PartialEq, Eq)]
pub struct SealedPage {
    pub html: String,
    pub script_hashes: Vec<String>,
}

/// Hashes the inline scripts of `html` that carry `nonce` and removes the nonce from the page
/// (wherever the render wrote it).
///
/// The nonce is random for each render, so it appears only where the renderer wrote it. The
/// nearest `<` before it opens its tag (Leptos escapes `<` in attribute values), and a script's
/// content runs to the first `</script` in any case, where the browser's parser ends it.
pub fn seal_page(html: &str, nonce: &str) -> SealedPage {
    let script_hashes = nonced_scripts(html, nonce)
        .map(|content| {
            let digest = Sha256::digest(content.as_bytes());
            format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest))
        })
        .collect();
    // Leptos also sets the preload links' `crossorigin` to the nonce; any value but
    // `use-credentials` means anonymous, as the empty value does.
    let mark = format!(" nonce=\"{nonce}\"");
    let html = html.replace(&mark, "").replace(&format!("=\"{nonce}\""), "=\"\"");
    SealedPage { html, script_hashes }
}

/// Whether `text` occurs in one of the scripts [`seal_page`] hashes: a page whose parts change
/// after sealing must keep them out of those.
pub fn in_sealed_script(html: &str, nonce: &str, text: &str) -> bool {
    nonced_scripts(html, nonce).any(|content| content.contains(text))
}

/// The contents of the inline scripts of `html` that carry `nonce`, in page order.
fn nonced_scripts<'a>(html: &'a str, nonce: &str) -> impl Iterator<Item = &'a str> {
    let mark = format!(" nonce=\"{nonce}\"");
    let lower = html.to_ascii_lowercase();
    let mut contents = Vec::new();
    for (at, _) in html.match_indices(&mark) {
        let Some(tag_start) = html[..at].rfind('<') else { continue };
        let Some(tag_length) = html[at..].find('>') else { continue };
        let tag_end = at + tag_length;
        let tag = &lower[tag_start..tag_end];
        let is_script = tag.starts_with("<script")
            && tag["<script".len()..].starts_with(|c: char| c.is_ascii_whitespace());
        if !is_script || has_src(&tag["<script".len()..]) {
            continue;
        }
        let content_start = tag_end + 1;
        let content_end =
            lower[content_start..].find("</script").map_or(html.len(), |end| content_start + end);
        contents.push(&html[content_start..content_end]);
    }
    contents.into_iter()
}

/// Whether a start tag's attributes (lower case) include `src`.
fn has_src(attributes: &str) -> bool {
    attributes
        .split(|c: char| c.is_ascii_whitespace())
        .any(|attribute| attribute == "src" || attribute.starts_with("src="))
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
    pub fn get(&self) -> Option<String> {
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

/// Middleware adding the headers every response carries. It runs inside the compression
/// layer, so an HTML page is read here as it was rendered, to seal it ([`seal_response`]),
/// unless it comes sealed already (a page from the page cache, which seals what it keeps).
pub async fn headers(State(policy): State<Policy>, mut request: Request, next: Next) -> Response {
    let hsts = policy.hsts;
    let page_nonce = PageNonce::default();
    request.extensions_mut().insert(page_nonce.clone());
    let mut response = next.run(request).await;
    let is_asset = !is_document_or_data(&response);
    if is_html(&response) && !response.headers().contains_key(CONTENT_SECURITY_POLICY) {
        response = seal_response(response, &page_nonce).await;
    } else if !response.headers().contains_key(CONTENT_SECURITY_POLICY) {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(LOCKED_DOWN_POLICY));
    }
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

/// Whether the response is an HTML page.
pub fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// Seals an HTML page as rendered ([`seal_page`] with the nonce the shell recorded in
/// `page_nonce`) and gives it the Content-Security-Policy that allows exactly its scripts.
async fn seal_response(response: Response, page_nonce: &PageNonce) -> Response {
    let (mut parts, body) = response.into_parts();
    // The page's length changes (the nonce goes); the server counts it again.
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    let html = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(html) => String::from_utf8_lossy(&html).into_owned(),
        Err(error) => {
            tracing::error!(%error, "an HTML page could not be read to seal it");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    // A page the shell did not render (none so far) has no nonce: no inline script of it may
    // run, but it still loads its stylesheet and works as plain HTML.
    let page = match page_nonce.get() {
        Some(nonce) => seal_page(&html, &nonce),
        None => {
            tracing::warn!("HTML response without a recorded nonce");
            SealedPage { html, script_hashes: Vec::new() }
        }
    };
    parts.headers.insert(CONTENT_SECURITY_POLICY, policy_header(&page.script_hashes));
    Response::from_parts(parts, Body::from(page.html))
}

/// [`page_policy`] as a header value (the locked-down policy should it not be one, which hashes
/// in base64 never make).
pub fn policy_header(script_hashes: &[String]) -> HeaderValue {
    HeaderValue::from_str(&page_policy(script_hashes))
        .unwrap_or_else(|_| HeaderValue::from_static(LOCKED_DOWN_POLICY))
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

    fn hash_of(script: &str) -> String {
        format!(
            "sha256-{}",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()))
        )
    }

    #[test]
    fn page_policy_lists_the_hashes_and_forbids_plugins_framing_and_base() {
        let policy = page_policy(&["sha256-abc=".to_string(), "sha256-def=".to_string()]);
        assert!(
            policy.contains("script-src 'self' 'sha256-abc=' 'sha256-def=' 'wasm-unsafe-eval'")
        );
        for directive in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"] {
            assert!(policy.contains(directive), "missing {directive}");
        }
        assert!(!policy.contains("unsafe-inline"));
        assert!(!policy.contains("nonce"));
    }

    #[test]
    fn a_page_without_inline_scripts_allows_only_its_own_origin_s_files() {
        assert!(page_policy(&[]).contains("script-src 'self' 'wasm-unsafe-eval';"));
    }

    #[test]
    fn the_render_s_scripts_are_hashed_as_written_in_order_and_the_nonce_removed() {
        let html = "<head><script type=\"module\" nonce=\"n0nce\">import('/pkg/a.js');\n</script>\
                    <link rel=\"modulepreload\" href=\"/pkg/a.js\" crossorigin=\"n0nce\"></head>\
                    <body><p>Hi</p><script nonce=\"n0nce\">window.x = \"<b>\";</SCRIPT>\
                    <script nonce=\"n0nce\"></script></body>";
        let page = seal_page(html, "n0nce");
        assert_eq!(
            page.script_hashes,
            vec![hash_of("import('/pkg/a.js');\n"), hash_of("window.x = \"<b>\";"), hash_of("")]
        );
        assert!(!page.html.contains("n0nce"), "{}", page.html);
        assert!(page.html.contains("<script type=\"module\">import"), "{}", page.html);
        assert!(
            page.html.contains("<link rel=\"modulepreload\" href=\"/pkg/a.js\" crossorigin=\"\">")
        );
    }

    #[test]
    fn text_is_in_a_sealed_script_only_inside_one_the_seal_hashes() {
        let html = "<input name=\"key\" value=\"k3y\"><script src=\"/book.js\" nonce=\"n0nce\">\
                    </script><script>var other = 'unsealed';</script>\
                    <script nonce=\"n0nce\">var data = 'd4ta';</script>";
        assert!(in_sealed_script(html, "n0nce", "d4ta"));
        assert!(!in_sealed_script(html, "n0nce", "k3y"), "in the markup");
        assert!(!in_sealed_script(html, "n0nce", "unsealed"), "a script without the nonce");
        assert!(!in_sealed_script(html, "n0nce", "book.js"), "a script's tag, not its content");
    }

    #[test]
    fn a_script_without_the_render_s_nonce_is_not_hashed() {
        // As if an escaping mistake had let a patient's name through as markup, with or without
        // a guessed nonce.
        let html = "<p>Ann</p><script>alert(1)</script><script nonce=\"guess\">alert(2)</script>\
                    <script nonce=\"n0nce\">hydrate()</script>";
        assert_eq!(seal_page(html, "n0nce").script_hashes, vec![hash_of("hydrate()")]);
    }

    #[test]
    fn scripts_from_files_and_other_elements_with_the_nonce_are_not_hashed() {
        let html = "<script src=\"/book.js\" nonce=\"n0nce\" defer></script>\
                    <scripts nonce=\"n0nce\">no</scripts><style nonce=\"n0nce\">p{}</style>";
        let page = seal_page(html, "n0nce");
        assert!(page.script_hashes.is_empty(), "{:?}", page.script_hashes);
        assert!(!page.html.contains("n0nce"));
    }

    #[test]
    fn an_unclosed_script_is_hashed_to_the_end_of_the_page() {
        let page = seal_page("<p>a</p><script nonce=\"n0nce\">tail()", "n0nce");
        assert_eq!(page.script_hashes, vec![hash_of("tail()")]);
    }
}
