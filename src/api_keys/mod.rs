//! API keys: admins make them per clinic with scopes (`api`, `pages`); the REST API
//! (`crate::rest`) finds the key a request presents, counts it against the key's rate limit and
//! acts as the key's own account (`store`).

pub mod api;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
