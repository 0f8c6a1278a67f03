//! Scheduling: the availability engine (pure, for both sides).

pub mod availability;
