//! The patient pages: search (`/patients`), a new patient, a record, its editing, merging,
//! and booking from it.

mod book;
mod form;
mod merge;
mod record;
mod search;
mod timeline;

pub use book::BookForPatientPage;
pub use form::{EditPatientPage, NewPatientPage};
pub use merge::MergePatientPage;
pub use record::PatientPage;
pub use search::PatientsPage;

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Locale, Region};
use crate::t;

/// "30 Nov 2026": a day with its year, short, in the page's language and `region`'s order.
fn date_short(region: Region, date: NaiveDate) -> String {
    let day_month = Locale::here(region).day_month_short(date);
    let year = date.year().to_string();
    t!("patient-date-short", order = region.date_order(), day_month = day_month, year = year)
}

/// "7 March 1985": a day with its year (a date of birth), without its weekday.
fn date_full(region: Region, date: NaiveDate) -> String {
    let month = Locale::here(region).month(date.month());
    let (day, year) = (date.day().to_string(), date.year().to_string());
    t!("patient-date-full", order = region.date_order(), day = day, month = month, year = year)
}
