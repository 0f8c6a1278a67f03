//! Scheduling: the availability engine (pure, for both sides), booking, the status of an
//! appointment, and the calendar and My day pages.

pub mod availability;
pub mod batch;
pub mod booking;
pub mod calendar;
pub mod confirmations;
pub mod day_axis;
pub mod from_patient;
pub mod live;
pub mod model;
pub mod my_day;
pub mod pages;
pub mod reschedule;
pub mod series;
pub mod slots;
pub mod status;
