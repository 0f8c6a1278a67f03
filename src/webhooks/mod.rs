//! Webhooks: admins register endpoints per clinic with the events they want (`api`); a trigger
//! writes each event in the changing transaction (migration `20261208000001_webhooks.sql`); a
//! worker delivers them signed (`signing`), with retries and a delivery log (`delivery`).

pub mod api;
#[cfg(feature = "ssr")]
pub mod delivery;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod signing;
