//! Who may do what: the one permission matrix of the application.
//!
//! Every server function asks for exactly one [`Permission`]; [`Role::allows`] answers. The match
//! is exhaustive on purpose: a new permission does not compile until every role has an answer.
//! Where a permission applies (which clinic) is checked separately, against membership.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Dentist,
    Hygienist,
    Receptionist,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Dentist, Role::Hygienist, Role::Receptionist];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Dentist => "dentist",
            Role::Hygienist => "hygienist",
            Role::Receptionist => "receptionist",
        }
    }

    /// The role's name in the page's language.
    pub fn message_key(self) -> &'static str {
        match self {
            Role::Admin => "role-admin",
            Role::Dentist => "role-dentist",
            Role::Hygienist => "role-hygienist",
            Role::Receptionist => "role-receptionist",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Dentist => "Dentist",
            Role::Hygienist => "Hygienist",
            Role::Receptionist => "Receptionist",
        }
    }

    pub fn parse(input: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == input.trim())
            .ok_or_else(|| crate::t!("desk-staff-choose-role"))
    }

    /// The permission matrix.
    pub fn allows(self, permission: Permission) -> bool {
        use Permission::*;
        use Role::*;
        match permission {
            // Everyone signed in manages their own account and sessions.
            ManageOwnAccount => true,
            // Everyone sees how their clinic is set up (providers, chairs, hours, types): the
            // front desk books with it. Changing it is an admin's job.
            ViewClinicSetup => true,
            // Clinic set-up, staff, templates, reports and the audit log are for admins.
            ManageClinicSetup | ManageStaff | ManageEmailTemplates | ViewReports | ViewAuditLog
            | ManageOutbox => self == Admin,
            // Patients: everyone in the clinic may look them up; the front desk keeps the
            // demographics; everyone records medical history (the front desk types in the
            // intake form, clinicians update it in the chair; every change is kept with who
            // made it); merging is an admin's call.
            ViewPatients => true,
            EditPatientDetails => matches!(self, Admin | Receptionist),
            EditMedicalHistory => true,
            MergePatients => self == Admin,
            // Scheduling: the front desk books; clinicians see the calendar and move their
            // patients through the day.
            ViewCalendar => true,
            BookAppointments => matches!(self, Admin | Receptionist),
            UpdateAppointmentStatus => true,
            ViewOwnDay => matches!(self, Dentist | Hygienist),
            // Clinical notes are the clinicians': they write them, the provider signs, and
            // nobody else reads them (the front desk and admins see that a note exists).
            WriteClinicalNotes => matches!(self, Dentist | Hygienist),
            // Documents (x-rays, consent forms, letters): anyone in the clinic adds and
            // archives them; the front desk scans, clinicians take x-rays.
            ManagePatientDocuments => true,
            // Purging one (an archived document removed for good: uploaded to the wrong
            // patient, or past the practice's retention) is an admin's call.
            PurgePatientDocuments => self == Admin,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Permission {
    ManageOwnAccount,
    ViewClinicSetup,
    ManageClinicSetup,
    ManageStaff,
    ManageEmailTemplates,
    ManageOutbox,
    ViewReports,
    ViewAuditLog,
    ViewPatients,
    EditPatientDetails,
    EditMedicalHistory,
    MergePatients,
    ViewCalendar,
    BookAppointments,
    UpdateAppointmentStatus,
    ViewOwnDay,
    WriteClinicalNotes,
    ManagePatientDocuments,
    PurgePatientDocuments,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("superuser").is_err());
    }

    #[test]
    fn only_admins_manage_staff_and_read_the_audit_log() {
        for role in Role::ALL {
            assert_eq!(role.allows(Permission::ManageStaff), role == Role::Admin);
            assert_eq!(role.allows(Permission::ViewAuditLog), role == Role::Admin);
        }
    }

    #[test]
    fn everyone_sees_the_clinic_set_up_and_only_admins_change_it() {
        for role in Role::ALL {
            assert!(role.allows(Permission::ViewClinicSetup));
            assert_eq!(role.allows(Permission::ManageClinicSetup), role == Role::Admin);
        }
    }

    #[test]
    fn the_front_desk_books_and_keeps_demographics() {
        assert!(Role::Receptionist.allows(Permission::BookAppointments));
        assert!(Role::Receptionist.allows(Permission::EditPatientDetails));
        assert!(!Role::Dentist.allows(Permission::EditPatientDetails));
        assert!(Role::Dentist.allows(Permission::EditMedicalHistory));
        assert!(!Role::Hygienist.allows(Permission::BookAppointments));
    }
}
