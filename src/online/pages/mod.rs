//! The public booking pages: phone first, each step a plain page that works without JavaScript.
//! They ship none of the staff application's WebAssembly: the shell gives them one small
//! script instead (`public/book.js`: the proof-of-work, the time-zone note, no double sends).

pub mod booking;
pub mod flow;
pub mod manage;
pub mod picker;

pub use booking::{BookingDetailsPage, BookingDonePage, BookingReviewPage};
pub use flow::{BookClinicsPage, BookPage};
pub use manage::ManageBookingPage;

/// The address of the patient pages' script (from `public/`, served from the site root).
pub const SCRIPT_PATH: &str = "/book.js";

/// Whether `path` is a patient's page: `/book` and everything under it (not `/bookkeeping`).
pub fn is_patient_page(path: &str) -> bool {
    path.strip_prefix("/book").is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::is_patient_page;

    #[test]
    fn the_booking_pages_and_only_they_are_patient_pages() {
        for path in ["/book", "/book/", "/book/london", "/book/london/details", "/book/manage/abc"]
        {
            assert!(is_patient_page(path), "{path}");
        }
        for path in ["/", "/bookkeeping", "/calendar", "/api/book/hold", "/sign-in"] {
            assert!(!is_patient_page(path), "{path}");
        }
    }
}
