//! The ASAP list: patients who would take an earlier time (added by staff on the patient page,
//! or by ticking "tell me if an earlier time frees up" when booking online), and the times
//! freed by cancelled and moved appointments, offered to them by email in small batches
//! (`offers`); the first to take one from the email books it (`claim`). Staff see the list at
//! `/asap`, and offer a time to a patient they choose (`list`, `pages`).

pub mod claim;
pub mod list;
pub mod model;
#[cfg(not(feature = "hydrate"))]
pub mod offer_page;
#[cfg(feature = "ssr")]
pub mod offers;
pub mod pages;
