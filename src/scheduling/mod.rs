//! Scheduling: the availability engine (pure, for both sides), booking, and the status of
//! an appointment.

pub mod availability;
pub mod booking;
pub mod reschedule;
pub mod slots;
pub mod status;
