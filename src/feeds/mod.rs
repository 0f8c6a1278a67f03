//! Calendar feeds: each provider's appointments as an iCalendar feed at a secret, revocable
//! address (`/feeds/{token}.ics`) that phone and desktop calendars subscribe to. The person
//! linked to a provider (or a clinic admin) turns it on and off (`api`, on My day); the feed
//! itself is served outside the app's pages (`serve`), written by `ics`.

pub mod api;
#[cfg(feature = "ssr")]
pub mod ics;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod serve;
