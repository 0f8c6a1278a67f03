//! Email: templates per clinic and kind, a transactional outbox (an email is a row written in
//! the same transaction as the change that causes it), and the worker that delivers it.

pub mod admin;
#[cfg(feature = "ssr")]
pub mod bearer_links;
#[cfg(feature = "ssr")]
pub mod delivery;
pub mod model;
#[cfg(feature = "ssr")]
pub mod outbox;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod reminders;
pub mod template_editor;
#[cfg(feature = "ssr")]
pub mod templates;
