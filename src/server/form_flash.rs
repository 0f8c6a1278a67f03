//! The refusal of a form posted without JavaScript goes back to the form through the session,
//! once, never through the address.
//!
//! Leptos answers a plain HTML form post to a server function (`Accept: text/html`) with a
//! redirect back to the page of the form, and when the function failed it writes the whole
//! serialized error into that address (`?__path=<function>&__err=<base64 JSON>`), where the
//! page reads it back on its next render. Our validation errors carry what was typed so that
//! the form can be filled in again: names, birth dates, phone numbers and medical notes would
//! stay in the address bar, the browser's history, proxy and access logs. And a link anyone
//! sends with an `__err` of their own would make our page show their text.
//!
//! This middleware, inside the session layer, instead:
//! - takes the error out of such a redirect, keeps it in the session as a flash for the form's
//!   page (a single slot, for [`FLASH_TTL`], at most [`MAX_FLASH_BYTES`]), and sends the
//!   browser to the page's own address (path and query, no host);
//! - on the next load of that page, takes the flash out of the session (once) and hands it to
//!   the render as a [`FlashedError`] request extension, which the app gives to the page's
//!   server actions (`ui::form::provide_flashed_error`);
//! - sends any page address carrying `__err` or `__path` to the same address without them, so
//!   neither the server render nor the browser (once hydrated) reads an error from an address.
//!
//! A refused anonymous post (sign-in, online booking) starts a session just to carry its flash:
//! a row in the session store that lives [`FLASH_TTL`] unless read, and is deleted when its
//! page reads it. That is the cost of keeping the input server-side; a cookie could not carry
//! a form with its notes (browsers drop cookies past 4 KB) without encrypting it, and would
//! keep the data in the browser besides.
//!
//! The session store is only used here before the request's handler runs (a page load) or
//! after it has returned (a form post), when the request holds no pooled connection.

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, LOCATION};
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE;
use leptos::server_fn::error::FromServerFnError;
use serde::{Deserialize, Serialize};
use tower_sessions::{Expiry, Session};

use crate::auth::session::staff_session_id;
use crate::domain::fields::local_path;
use crate::error::AppError;

/// Where the server functions are served (`#[server]`'s default prefix).
const SERVER_FN_PREFIX: &str = "/api/";
/// The query keys Leptos writes a server function's error under.
const ERROR_KEYS: [&str; 2] = ["__path", "__err"];
/// The session key of the flash.
const FLASH_KEY: &str = "form_flash";
/// How long a flash waits for its page: the browser follows the redirect at once.
pub const FLASH_TTL: time::Duration = time::Duration::minutes(2);
/// The largest error kept (encoded); past it, the typed input is dropped and the messages kept.
/// Forms may be posted up to the request body limit (2 MB).
pub const MAX_FLASH_BYTES: usize = 64 * 1024;

/// A server function's refusal of a plain form post, kept for the form's page.
#[derive(Debug, Serialize, Deserialize)]
struct Flash {
    /// The path of the page the browser was sent back to.
    page: String,
    /// The server function's path (`/api/patients/create`): the page's action for it shows it.
    action: String,
    /// The error, encoded as Leptos encodes it for the address (base64 of the JSON).
    error: String,
    /// When it was refused (Unix seconds).
    at: i64,
}

/// The flashed refusal handed to a page render (a request extension).
#[derive(Debug, Clone)]
pub struct FlashedError {
    /// The server function's path.
    pub action: String,
    /// The error, encoded as Leptos encodes it for the address.
    pub error: String,
}

/// The middleware (inside the session layer, around pages and server functions).
pub async fn carry(mut request: Request, next: Next) -> Response {
    let Some(session) = request.extensions().get::<Session>().cloned() else {
        return next.run(request).await;
    };
    let path = request.uri().path().to_string();
    if path.starts_with(SERVER_FN_PREFIX) {
        let response = next.run(request).await;
        return keep_refusal(&session, response).await;
    }
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        let (query, removed) = without_error_keys(request.uri().query().unwrap_or_default());
        if !removed.is_empty() {
            return Redirect::to(&address(&path, &query)).into_response();
        }
        let wants_page = request.method() == Method::GET
            && request
                .headers()
                .get(ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"));
        if wants_page && let Some(flashed) = take(&session, &path).await {
            request.extensions_mut().insert(flashed);
        }
    }
    next.run(request).await
}

/// `path` with `query` (when there is one), as an address on this site: a path that would
/// read as another site's (`//elsewhere.example/`) becomes the home page.
fn address(path: &str, query: &str) -> String {
    let address = if query.is_empty() { path.to_string() } else { format!("{path}?{query}") };
    local_path(&address).unwrap_or("/").to_string()
}

/// The query without the error keys (compared decoded; the other pairs kept as they were
/// written), and the `(key, value)` pairs taken out, decoded, in order.
fn without_error_keys(query: &str) -> (String, Vec<(String, String)>) {
    let mut kept = Vec::new();
    let mut removed = Vec::new();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        match url::form_urlencoded::parse(pair.as_bytes()).next() {
            Some((key, value)) if ERROR_KEYS.contains(&key.as_ref()) => {
                removed.push((key.into_owned(), value.into_owned()));
            }
            _ => kept.push(pair),
        }
    }
    (kept.join("&"), removed)
}

/// A redirect whose address carries a server function's error: the error goes into the
/// session, the browser to the address without it.
async fn keep_refusal(session: &Session, mut response: Response) -> Response {
    let Some(location) = response.headers().get(LOCATION).and_then(|v| v.to_str().ok()) else {
        return response;
    };
    // Leptos writes the Referer (absolute) with the error appended; read it as such, or as a
    // path of ours.
    let Some(url) = url::Url::parse(location)
        .or_else(|_| url::Url::parse("http://localhost/").and_then(|base| base.join(location)))
        .ok()
    else {
        return response;
    };
    let (query, removed) = without_error_keys(url.query().unwrap_or_default());
    if removed.is_empty() {
        return response;
    }
    let page = url.path().to_string();
    // The last pair of each: Leptos appends its own after whatever the Referer carried.
    let last = |key: &str| removed.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    if let (Some(action), Some(error)) = (last("__path"), last("__err")) {
        let flash = Flash {
            page: page.clone(),
            action,
            error: bounded(error),
            at: time::OffsetDateTime::now_utc().unix_timestamp(),
        };
        match session.insert(FLASH_KEY, flash).await {
            // A session started only for this flash lives no longer than the flash.
            Ok(()) if session.id().is_none() => {
                session.set_expiry(Some(Expiry::OnInactivity(FLASH_TTL)));
            }
            Ok(()) => {}
            // The form comes back empty rather than with the error in its address.
            Err(error) => tracing::error!(error = %error, "could not keep a form's refusal"),
        }
    }
    let to = HeaderValue::from_str(&address(&page, &query))
        .unwrap_or_else(|_| HeaderValue::from_static("/"));
    response.headers_mut().insert(LOCATION, to);
    // The body is the serialized error too; a redirect needs none.
    *response.body_mut() = Body::empty();
    response.headers_mut().remove(CONTENT_TYPE);
    response.headers_mut().remove(CONTENT_LENGTH);
    response
}

/// The encoded error, within [`MAX_FLASH_BYTES`]: past it, a validation error keeps its
/// messages without the typed input, and anything else becomes a short general refusal.
fn bounded(error: String) -> String {
    if error.len() <= MAX_FLASH_BYTES {
        return error;
    }
    let encode = |error: &AppError| URL_SAFE.encode(error.ser());
    let too_long = || AppError::BadRequest(crate::t!("error-form-too-long"));
    let shorter = match URL_SAFE.decode(&error).map(|bytes| AppError::de(bytes.into())) {
        Ok(AppError::Validation { fields, .. }) => AppError::fields(fields),
        _ => too_long(),
    };
    let encoded = encode(&shorter);
    if encoded.len() <= MAX_FLASH_BYTES { encoded } else { encode(&too_long()) }
}

/// The flash for the page at `path`, taken out of the session. A flash for another page is
/// left for it while it is fresh; a stale one is dropped. A session that existed only to carry
/// the flash (nobody is signed in on it) is deleted with it.
async fn take(session: &Session, path: &str) -> Option<FlashedError> {
    let flash = match session.get::<Flash>(FLASH_KEY).await {
        Ok(Some(flash)) => flash,
        Ok(None) => return None,
        Err(error) => {
            tracing::warn!(error = %error, "could not read a form's refusal");
            return None;
        }
    };
    let age = time::OffsetDateTime::now_utc().unix_timestamp() - flash.at;
    let fresh = (0..=FLASH_TTL.whole_seconds()).contains(&age);
    if fresh && flash.page != path {
        return None;
    }
    let only_the_flash = matches!(staff_session_id(session).await, Ok(None));
    let gone = if only_the_flash {
        session.flush().await
    } else {
        session.remove::<Flash>(FLASH_KEY).await.map(drop)
    };
    if let Err(error) = gone {
        tracing::warn!(error = %error, "could not clear a form's refusal");
    }
    fresh.then_some(FlashedError { action: flash.action, error: flash.error })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_keys_are_taken_out_and_the_rest_kept_as_written() {
        let (query, removed) =
            without_error_keys("next=%2Fpatients&__path=%2Fapi%2Fx&a=b+c&%5F%5Ferr=e%3D&__err=f");
        assert_eq!(query, "next=%2Fpatients&a=b+c");
        assert_eq!(
            removed,
            [("__path", "/api/x"), ("__err", "e="), ("__err", "f")]
                .map(|(k, v)| (k.to_string(), v.to_string()))
        );
        assert_eq!(without_error_keys(""), (String::new(), vec![]));
        assert_eq!(without_error_keys("clinic=x").0, "clinic=x");
    }

    #[test]
    fn addresses_stay_on_this_site() {
        assert_eq!(address("/patients/new", "clinic=x"), "/patients/new?clinic=x");
        assert_eq!(address("/sign-in", ""), "/sign-in");
        assert_eq!(address("//elsewhere.example/x", ""), "/");
        assert_eq!(address("/\\elsewhere.example/x", "a=b"), "/");
    }

    #[test]
    fn a_long_refusal_keeps_its_messages_and_drops_what_was_typed() {
        let fields = crate::error::FieldErrors::from([("notes".into(), "Too long.".into())]);
        let typed = crate::error::FieldValues::from([("notes".into(), "x".repeat(100_000))]);
        let error = AppError::fields(fields.clone()).with_input(typed);
        let kept = bounded(URL_SAFE.encode(error.ser()));
        assert!(kept.len() <= MAX_FLASH_BYTES);
        let back = AppError::de(URL_SAFE.decode(&kept).unwrap().into());
        assert_eq!(back, AppError::fields(fields));
        let short = URL_SAFE.encode(AppError::NotFound.ser());
        assert_eq!(bounded(short.clone()), short);
    }
}
