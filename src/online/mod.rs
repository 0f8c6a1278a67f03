//! Online booking by patients, without an account: the public pages at `/book`, holds, the
//! patient's details and confirmation, manage links, and what keeps scripts out.

pub mod api;
pub mod manage;
pub mod model;
pub mod pages;
pub mod staff;

#[cfg(feature = "ssr")]
pub mod abuse;
#[cfg(feature = "ssr")]
pub mod holds;
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod patient_links;
#[cfg(feature = "ssr")]
pub mod picker;
