//! The live front desk: every change to a clinic's appointments reaches its open calendars,
//! My day pages and confirmation lists the moment it commits. PostgreSQL numbers and publishes
//! each change (`live_event`, NOTIFY, so every server instance hears every other's); each
//! instance listens once (`hub`) and serves each browser a stream of its clinic's changes as
//! Server-Sent Events (`stream`); the pages follow it (`follow`).

pub mod follow;
#[cfg(feature = "ssr")]
pub mod hub;
pub mod model;
#[cfg(feature = "ssr")]
pub mod retention;
#[cfg(feature = "ssr")]
pub mod stream;
