//! Patients' documents: x-rays, consent forms, referral letters. Uploaded as they arrive
//! (`upload`, from `upload_form`), judged by their content (`model`), kept in the document
//! store by content hash (`store`), with thumbnails of images (`thumbnail`), served to staff of
//! the clinic (`download`), archived, and deleted only by an admin's purge (`api`); every view
//! and download audited.

pub mod api;
#[cfg(feature = "ssr")]
pub mod dicom;
#[cfg(feature = "ssr")]
pub mod download;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod thumbnail;
#[cfg(feature = "ssr")]
pub mod upload;
pub mod upload_form;
