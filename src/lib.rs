//! Chairside: a multi-clinic dental practice platform.
//!
//! One crate built twice: with `ssr` it is the server (see `server`), with `hydrate` it is the
//! wasm bundle that hydrates the server-rendered pages in the browser.

pub mod app;
pub mod audit;
pub mod auth;
pub mod domain;
pub mod email;
pub mod error;
pub mod home;
pub mod online;
pub mod patients;
pub mod scheduling;
pub mod setup;
pub mod staff;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod server;

/// Entry point of the wasm bundle: attaches the reactive app to the server-rendered HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
