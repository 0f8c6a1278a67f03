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
