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

use chrono::NaiveDate;

use crate::domain::AppointmentStatus;
use crate::t;

/// A status's name, as its badge shows it.
fn status_label(status: AppointmentStatus) -> String {
    status.label()
}

/// The button that moves an appointment on to `status`: "Mark arrived".
fn mark_label(status: AppointmentStatus) -> String {
    t!(match status {
        AppointmentStatus::Held => "sched-mark-held",
        AppointmentStatus::Scheduled => "sched-mark-scheduled",
        AppointmentStatus::Confirmed => "sched-mark-confirmed",
        AppointmentStatus::Arrived => "sched-mark-arrived",
        AppointmentStatus::InChair => "sched-mark-in-chair",
        AppointmentStatus::Completed => "sched-mark-completed",
        AppointmentStatus::Cancelled => "sched-mark-cancelled",
        AppointmentStatus::NoShow => "sched-mark-no-show",
    })
}

/// The local day of an appointment's `starts_local` (`2026-12-01T10:30`).
fn local_day(starts_local: &str) -> Option<NaiveDate> {
    starts_local.get(..10).and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
}
