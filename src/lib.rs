//! Chairside: a multi-clinic dental practice platform.
//!
//! One crate built twice: with `ssr` it is the server (see `server`), with `hydrate` it is the
//! wasm bundle that hydrates the server-rendered pages in the browser.

pub mod api_keys;
pub mod app;
pub mod asap;
pub mod audit;
pub mod auth;
pub mod documents;
pub mod domain;
pub mod email;
pub mod error;
pub mod feeds;
pub mod home;
pub mod i18n;
pub mod live;
pub mod notes;
pub mod notifications;
pub mod online;
pub mod pages;
pub mod patients;
pub mod recall;
pub mod reports;
pub mod scheduling;
pub mod setup;
pub mod staff;
pub mod ui;
pub mod webhooks;

#[cfg(feature = "ssr")]
pub mod rest;
#[cfg(feature = "ssr")]
pub mod server;

/// Entry point of the wasm bundle: attaches the reactive app to the server-rendered HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // The pages are lazy routes (`pages`), so hydrating waits for the page's own chunk. Only
    // then is the page interactive, which the marker tells tests (and anyone debugging).
    wasm_bindgen_futures::spawn_local(async {
        // The page's words first: the page names their address (`app::shell`).
        if let Err(error) = i18n_install_page_messages().await {
            leptos::logging::error!("the page's messages: {error}");
        }
        let body = leptos::prelude::document().body().expect("the page has a body");
        // Erased, so the future's type stays shallow (with concrete view types the full one
        // overflows the compiler's query depth).
        let app = || leptos::prelude::IntoAny::into_any(app::App());
        leptos::mount::hydrate_from_async(body, app).await.forget();
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
}

/// Fetches the messages the page names (`data-messages` on `<html>`, in the language of its
/// `lang`) and installs them, so the hydrating app renders the words the server did.
#[cfg(feature = "hydrate")]
async fn i18n_install_page_messages() -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let root = leptos::prelude::document().document_element().ok_or("no <html>")?;
    let language =
        root.get_attribute("lang").and_then(|tag| i18n::Language::parse(&tag)).unwrap_or_default();
    let Some(address) = root.get_attribute("data-messages") else {
        return Ok(());
    };
    let window = leptos::prelude::window();
    let answer = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&address))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let answer: web_sys::Response = answer.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !answer.ok() {
        return Err(format!("{address}: {}", answer.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(answer.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?
        .as_string()
        .unwrap_or_default();
    i18n::messages::install(language, &text)
}
