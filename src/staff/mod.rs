//! Staff management for admins: who works in their clinics, and switching accounts off and on.

pub mod api;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod store;
