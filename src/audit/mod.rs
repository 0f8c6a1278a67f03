//! The audit log: who did what, to which record, from where, with what result.
//!
//! Rows are appended inside the transaction of the change they describe (so a change and its
//! audit row commit or roll back together), are never updated or deleted (a trigger refuses),
//! and each carries the hash of the previous one, keyed by a key derived from APP_SECRET
//! ([`chain_key`]; [`store::verify_chain`] checks the chain).

#[cfg(feature = "ssr")]
pub mod chain_key;
#[cfg(feature = "ssr")]
pub mod store;
