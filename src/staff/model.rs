use serde::{Deserialize, Serialize};

use crate::domain::Role;

/// A staff member as the admin's list shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub active: bool,
    /// Names of their clinics, sorted.
    pub clinics: Vec<String>,
}
