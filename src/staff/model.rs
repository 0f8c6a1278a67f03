use serde::{Deserialize, Serialize};

use crate::domain::fields::required_text;
use crate::domain::{Email, Role};
use crate::error::FieldErrors;

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
    /// Ids of their clinics, in the same order.
    pub clinic_ids: Vec<i64>,
}

/// An admin's form for a new staff member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewStaffForm {
    pub display_name: String,
    pub email: String,
    pub role: String,
    /// Ids of the clinics they join (ticked boxes).
    pub clinic_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStaff {
    pub display_name: String,
    pub email: Email,
    pub role: Role,
    pub clinic_ids: Vec<i64>,
}

pub fn check_display_name(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("check-what-staff-name"), 100)
}

/// Most clinics one staff member may be given at once.
pub const MAX_CLINICS_PER_STAFF: usize = 200;

/// Ticked clinic ids: at least one and at most [`MAX_CLINICS_PER_STAFF`], each a number.
pub fn parse_clinic_ids(ids: &[String]) -> Result<Vec<i64>, String> {
    if ids.len() > MAX_CLINICS_PER_STAFF {
        return Err(crate::t!("check-staff-clinics-at-most", count = MAX_CLINICS_PER_STAFF));
    }
    let mut parsed = ids
        .iter()
        .map(|id| id.trim().parse::<i64>().map_err(|_| crate::t!("check-staff-clinics-from-list")))
        .collect::<Result<Vec<_>, _>>()?;
    parsed.sort_unstable();
    parsed.dedup();
    if parsed.is_empty() {
        return Err(crate::t!("check-staff-clinics-at-least-one"));
    }
    Ok(parsed)
}

impl NewStaffForm {
    pub fn parse(&self) -> Result<NewStaff, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut check = |field: &str, result: Result<(), String>| {
            if let Err(message) = result {
                errors.insert(field.to_string(), message);
            }
        };
        let name = check_display_name(&self.display_name);
        let email = Email::parse(&self.email);
        let role = Role::parse(&self.role);
        let clinics = parse_clinic_ids(&self.clinic_ids);
        check("display_name", name.clone().map(drop));
        check("email", email.clone().map(drop));
        check("role", role.clone().map(drop));
        check("clinic_ids", clinics.clone().map(drop));
        match (name, email, role, clinics) {
            (Ok(display_name), Ok(email), Ok(role), Ok(clinic_ids)) => {
                Ok(NewStaff { display_name, email, role, clinic_ids })
            }
            _ => Err(errors),
        }
    }
}

/// A created account and the one-time link with which they choose their password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invited {
    pub staff_id: i64,
    pub display_name: String,
    pub link: String,
    pub valid_for_days: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_staff_member_needs_a_name_an_email_a_role_and_a_clinic() {
        let errors =
            NewStaffForm { role: "owner".into(), ..Default::default() }.parse().unwrap_err();
        let fields: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(fields, ["clinic_ids", "display_name", "email", "role"]);
        let ok = NewStaffForm {
            display_name: " Casey Ng ".into(),
            email: "casey@example.com".into(),
            role: "hygienist".into(),
            clinic_ids: vec!["2".into(), "1".into(), "2".into()],
        }
        .parse()
        .unwrap();
        assert_eq!(ok.display_name, "Casey Ng");
        assert_eq!(ok.clinic_ids, [1, 2]);
    }
}
