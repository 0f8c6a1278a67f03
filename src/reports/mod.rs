//! Reports for owners and admins: utilization, no-shows and cancellations, production, new
//! patients, hygiene reappointment, and online booking, for a period beside the previous one.

pub mod api;
#[cfg(feature = "ssr")]
pub mod assemble;
#[cfg(feature = "ssr")]
mod csv_export;
pub mod model;
pub mod pages;
pub mod period;
#[cfg(feature = "ssr")]
pub mod rollup;
#[cfg(feature = "ssr")]
mod rota;
#[cfg(feature = "ssr")]
mod store;
