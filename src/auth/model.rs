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
