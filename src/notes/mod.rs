//! Clinical notes: one per appointment, written by clinicians and signed by the appointment's
//! provider, final once signed (addenda follow; the database refuses changes, migration
//! `20261210000001_clinical_notes.sql`). `api` (the note), `templates` (a clinic's prompts and
//! its unsigned-note rule), `lists` (timelines, notes waiting for a signature), `pages`.

pub mod api;
#[cfg(feature = "ssr")]
pub mod lists;
pub mod model;
pub mod pages;
pub mod template_pages;
pub mod templates;
