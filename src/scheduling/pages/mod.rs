//! The scheduling pages: the clinic calendar (with its booking and appointment dialogs) and
//! My day.

mod affected;
mod appointment_dialog;
mod booking_dialog;
mod calendar;
mod confirmations;
mod dialog;
mod grid;
mod keys;
mod lazy_dialog;
mod my_day;
mod series;

pub use affected::AffectedPage;
pub use calendar::CalendarPage;
pub use confirmations::ConfirmationsPage;
#[cfg(feature = "hydrate")]
pub use lazy_dialog::preload_shown_dialog;
pub use my_day::MyDayPage;
pub use series::SeriesPage;
