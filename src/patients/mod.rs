//! Patients: finding them (search.rs), their records (records.rs), their medical history
//! (medical.rs), merging two records of one person (merge.rs), and the pages (pages/).

pub mod medical;
pub mod merge;
pub mod model;
pub mod pages;
pub mod records;
pub mod search;
