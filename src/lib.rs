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
