//! The public booking pages: phone first, each step a plain page that works without JavaScript.

pub mod booking;
pub mod flow;
pub mod manage;
pub mod picker;

pub use booking::{BookingDetailsPage, BookingDonePage, BookingReviewPage};
pub use flow::{BookClinicsPage, BookPage};
pub use manage::ManageBookingPage;
