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
}
