//! Scheduling: the availability engine (pure, for both sides) and booking.

pub mod availability;
pub mod booking;
