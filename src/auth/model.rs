use serde::{Deserialize, Serialize};

use crate::domain::Role;

/// The signed-in person, as the pages see them (navigation, greeting).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignedInUser {
    pub staff_id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub clinics: Vec<ClinicSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClinicSummary {
    pub id: i64,
    pub name: String,
}

/// One signed-in device, as "Your sessions" lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceSession {
    pub id: String,
    /// Browser and operating system, read from the user agent ("Chrome on Linux").
    pub device: String,
    pub ip: Option<String>,
    /// On the wall clock of the staff member's first clinic, in the reader's words.
    pub signed_in_at: String,
    pub last_seen_at: String,
    /// The session of the browser looking at the list.
    pub current: bool,
}
