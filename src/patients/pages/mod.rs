//! The patient pages: search (`/patients`), a new patient, a record and its editing.

mod form;
mod record;
mod search;

pub use form::{EditPatientPage, NewPatientPage};
pub use record::PatientPage;
pub use search::PatientsPage;
