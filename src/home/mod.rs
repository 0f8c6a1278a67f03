//! The home page, and the public connection check it offers.

pub mod api;
pub mod pages;
