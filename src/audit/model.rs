//! What the audit log viewer shows: entries of the caller's clinics, a page at a time.

use serde::{Deserialize, Serialize};

/// Entries per page.
pub const PAGE_SIZE: i64 = 50;

/// One audit entry as an admin reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    /// `2026-12-01 14:03:07 UTC`.
    pub at: String,
    /// Who did it (`None`: nobody signed in, such as a patient online or a failed sign-in).
    pub actor: Option<String>,
    pub actor_role: Option<String>,
    pub clinic: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub action: String,
    /// `appointment 42`.
    pub object: Option<String>,
    /// The one patient the entry is about, if it is about one.
    pub patient_id: Option<i64>,
    /// `success`, `denied` or `failed`.
    pub result: String,
    /// What the action recorded: before and after values of a change, the patients a list
    /// showed.
    pub details: serde_json::Value,
}

/// One page of the audit log, newest first. `next` is the `before` of the following page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    pub next: Option<i64>,
    /// The filters' choices: the staff of the caller's clinics (id, name and email), and the
    /// clinics (slug, name).
    pub staff: Vec<(i64, String)>,
    pub clinics: Vec<(String, String)>,
    /// The patient filtered by, as the page names them: (name, number).
    #[serde(default)]
    pub patient: Option<(String, String)>,
    /// The latest check of the chain.
    #[serde(default)]
    pub verification: Option<Verification>,
}

/// The latest check of the audit log's hash chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verification {
    /// `2026-12-01 14:03 UTC`.
    pub at: String,
    /// Who asked (none: the command line).
    pub by: Option<String>,
    pub rows: i64,
    pub last_position: i64,
    /// The first problem found, in words.
    pub problem: Option<String>,
}

/// A problem `chairside audit verify` or the page found, in words (the page's language).
pub fn problem_in_words(kind: &str, at: i64) -> String {
    // A position is an identifier: written as it is, without grouping.
    let at = at.to_string();
    match kind {
        "at" => crate::t!("desk-audit-chain-broken", position = at),
        "unaccounted" => crate::t!("desk-audit-entry-unaccounted", entry = at),
        "unsealed_mismatch" => crate::t!("desk-audit-entry-changed", entry = at),
        _ => crate::t!("desk-audit-entry-deleted", entry = at),
    }
}
