//! The audit log: who did what, to which record, from where, with what result.
//!
//! Rows are appended inside the transaction of the change they describe (so a change and its
//! audit row commit or roll back together) and are never updated or deleted (a trigger
//! refuses). Appending takes no lock: each row gets its own MAC from the server ([`row_mac`]),
//! keyed by a key derived from APP_SECRET ([`chain_key`]), and waits in a queue. A background
//! step of each server instance ([`sealer`]) seals the queued rows into one hash chain within
//! about a second, each link an HMAC under the same key
//! (migrations/20261130000001_audit_sealed_in_batches.sql explains the design);
//! [`store::verify_chain`] checks the chain and the rows still waiting.

#[cfg(feature = "ssr")]
pub mod chain_key;
pub mod export;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod reads;
#[cfg(feature = "ssr")]
pub mod row_mac;
#[cfg(feature = "ssr")]
pub mod sealer;
#[cfg(feature = "ssr")]
pub mod store;
pub mod viewer;
