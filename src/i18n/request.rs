//! Which language a request is in, chosen once for it (pages, server functions and the page
//! cache read it from the request), and the browser's copy of a language's messages.
//!
//! In order: `?lang=` (the patients' switcher; it is remembered in a cookie), the cookie (set
//! by the switcher, and at sign-in and in the account to the staff member's choice), the
//! browser's `Accept-Language`, English.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::{Path, Query, Request};
use axum::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_TYPE, COOKIE, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use super::language::Language;
use super::messages;

/// The cookie that keeps a chosen language.
pub const COOKIE_NAME: &str = "chairside_lang";

/// The language asked for in a query string (`lang=es`), if it is one the app speaks.
fn asked_in_query(query: Option<&str>) -> Option<Language> {
    url::form_urlencoded::parse(query?.as_bytes())
        .find(|(name, _)| name == "lang")
        .and_then(|(_, tag)| Language::parse(&tag))
}

/// The language kept in the request's cookie.
fn kept_in_cookie(request: &Request) -> Option<Language> {
    request
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE_NAME)?.strip_prefix('='))
        .and_then(Language::parse)
}

/// The language of `request`, and whether it was asked for in the address (then it is kept).
pub fn of_request(request: &Request) -> (Language, bool) {
    if let Some(language) = asked_in_query(request.uri().query()) {
        return (language, true);
    }
    let language = kept_in_cookie(request)
        .or_else(|| {
            let header = request.headers().get(ACCEPT_LANGUAGE)?.to_str().ok()?;
            Language::from_accept_language(header)
        })
        .unwrap_or_default();
    (language, false)
}

/// The `Set-Cookie` that keeps `language` for a year (or forgets the choice, with `None`).
pub fn cookie(language: Option<Language>, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let value = match language {
        Some(language) => format!(
            "{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
            language.tag()
        ),
        None => format!("{COOKIE_NAME}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly{secure}"),
    };
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Middleware: chooses the request's language (in its extensions) and keeps one asked for in
/// the address.
pub async fn choose(
    axum::extract::State(secure): axum::extract::State<bool>,
    mut request: Request,
    next: Next,
) -> Response {
    let (language, asked) = of_request(&request);
    request.extensions_mut().insert(language);
    let mut response = next.run(request).await;
    if asked {
        response.headers_mut().append(SET_COOKIE, cookie(Some(language), secure));
    }
    response
}

/// Provides the request's language as the page language of what runs for it (a server
/// function's messages then find it without copying the request's parts for each message).
/// Nothing where the request's parts are not known yet.
pub fn provide_request_language() {
    let language = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Language>().copied());
    if let Some(language) = language {
        leptos::prelude::provide_context(super::PageLanguage(language));
    }
}

/// Sets the language cookie on the answer of the server function being run (at sign-in, and
/// when a staff member chooses a language; `None` forgets it).
pub fn keep_for_this_browser(language: Option<Language>) {
    let secure = leptos::prelude::use_context::<crate::server::state::AppState>()
        .is_some_and(|state| state.config.secure_cookies());
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.append_header(SET_COOKIE, cookie(language, secure));
    }
}

/// What the browser is sent for a language: its messages, with English behind them when the
/// language is not complete, and the address it is served at (named by its content).
struct Served {
    text: String,
    version: String,
}

static SERVED: LazyLock<HashMap<Language, Served>> = LazyLock::new(|| {
    Language::all()
        .map(|language| {
            let text = messages::sources(language).join("\n");
            let digest = Sha256::digest(text.as_bytes());
            let version = digest.iter().take(6).map(|byte| format!("{byte:02x}")).collect();
            (language, Served { text, version })
        })
        .collect()
});

/// The address of `language`'s messages for the browser, which it may keep for good.
pub fn messages_address(language: Language) -> String {
    let version = SERVED.get(&language).map(|served| served.version.as_str()).unwrap_or_default();
    format!("/i18n/{}.ftl?v={version}", language.tag())
}

#[derive(serde::Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// `GET /i18n/{tag}.ftl`: a language's messages, kept for a year when asked for by their
/// current version.
pub async fn serve_messages(Path(file): Path<String>, Query(asked): Query<Version>) -> Response {
    let served = file
        .strip_suffix(".ftl")
        .and_then(Language::parse)
        .filter(|language| file == format!("{}.ftl", language.tag()))
        .and_then(|language| SERVED.get(&language));
    let Some(served) = served else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let caching = if asked.v.as_deref() == Some(served.version.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8")),
            (CACHE_CONTROL, HeaderValue::from_static(caching)),
        ],
        served.text.clone(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(uri: &str, headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder().uri(uri);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(axum::body::Body::empty()).unwrap()
    }

    #[test]
    fn the_address_wins_then_the_cookie_then_the_browser() {
        let both = [("cookie", "a=1; chairside_lang=fr"), ("accept-language", "de,en;q=0.5")];
        let tag = |(language, asked): (Language, bool)| (language.tag(), asked);
        assert_eq!(tag(of_request(&request("/book?lang=es&x=1", &both))), ("es", true));
        assert_eq!(tag(of_request(&request("/book", &both))), ("fr", false));
        assert_eq!(tag(of_request(&request("/book", &both[1..]))), ("de", false));
        assert_eq!(tag(of_request(&request("/book?lang=xx", &[]))), ("en", false));
    }

    #[test]
    fn a_partial_language_is_served_with_english_behind_it() {
        let arabic = Language::parse("ar").unwrap();
        let text = &SERVED[&arabic].text;
        assert!(text.starts_with(arabic.source()));
        assert!(text.ends_with(Language::ENGLISH.source()));
        assert_eq!(SERVED[&Language::ENGLISH].text, Language::ENGLISH.source());
        assert!(messages_address(arabic).starts_with("/i18n/ar.ftl?v="));
    }
}
