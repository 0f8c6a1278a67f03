//! Clinic set-up: the clinic's details and booking policy, chairs, providers and their weekly
//! hours, time off, and appointment types. Everyone in a clinic sees its set-up; admins change
//! it. Each file holds one kind of record's server functions.

pub mod cancel_reasons;
pub mod chairs;
pub mod clinic;
pub mod hours;
pub mod model;
pub mod pages;
pub mod providers;
pub mod time_off;
pub mod types;
