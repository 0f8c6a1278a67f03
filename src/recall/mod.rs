//! Recall: who is due back, and for what. An appointment type may carry a recall rule
//! ("Hygiene", due 6 months after a completed visit); completing such a visit sets the
//! patient's due date for that kind (`store`), staff set or postpone one by hand with a reason
//! (`due_dates`), the front desk works the clinic's list of patients due (`list`, `/recall`),
//! recording each attempt to reach them, and the app emails patients as they fall due
//! (`emails`).

pub mod due_dates;
#[cfg(feature = "ssr")]
pub mod emails;
pub mod list;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
