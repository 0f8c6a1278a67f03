//! In-app notifications: what a staff member must act on, kept per recipient (`model`,
//! `store`), listed on `/notifications` with a bell in the header (`pages`), delivered live
//! over the page's stream (`crate::live`). They name no patient: each links to where the
//! details are shown (and their reading audited).

pub mod api;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
