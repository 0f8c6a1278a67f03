//! Why an appointment was cancelled: an entry of the clinic's coded list, which reports count,
//! and any details typed. Three entries are built in, because the app itself chooses them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelReasonKind {
    /// One of the clinic's own entries.
    Custom,
    /// "Other": the details say why, so they are required.
    Other,
    /// The patient cancelled through the link in their email.
    PatientOnline,
    /// Time off (of the provider, the chair or the whole clinic) took the appointment's time.
    TimeOff,
}

impl CancelReasonKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CancelReasonKind::Custom => "custom",
            CancelReasonKind::Other => "other",
            CancelReasonKind::PatientOnline => "patient_online",
            CancelReasonKind::TimeOff => "time_off",
        }
    }

    pub fn parse(stored: &str) -> Option<CancelReasonKind> {
        [Self::Custom, Self::Other, Self::PatientOnline, Self::TimeOff]
            .into_iter()
            .find(|kind| kind.as_str() == stored)
    }

    /// Whether staff may pick this entry when cancelling (the app picks the others).
    pub fn chosen_by_staff(self) -> bool {
        matches!(self, CancelReasonKind::Custom | CancelReasonKind::Other)
    }

    /// What the appointment shows as its reason: a clinic's own entry by its label, with the
    /// details after it; "other" and the app's entries by their details, which say it all
    /// (the label when there are none).
    pub fn shown(self, label: &str, details: &str) -> String {
        match (self, details.trim()) {
            (_, "") => label.to_string(),
            (CancelReasonKind::Custom, details) => format!("{label}: {details}"),
            (_, details) => details.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CancelReasonKind::*;
    use super::*;

    #[test]
    fn a_clinic_entry_shows_its_label_then_the_details() {
        assert_eq!(Custom.shown("Patient unwell", ""), "Patient unwell");
        assert_eq!(Custom.shown("Patient unwell", " flu "), "Patient unwell: flu");
    }

    #[test]
    fn other_and_the_app_s_entries_show_their_details_or_else_the_label() {
        assert_eq!(Other.shown("Other", "Moved abroad"), "Moved abroad");
        assert_eq!(
            TimeOff.shown("Unavailable", "Dr 1 unavailable: Sick"),
            "Dr 1 unavailable: Sick"
        );
        assert_eq!(
            PatientOnline.shown("Cancelled online by the patient", ""),
            "Cancelled online by the patient"
        );
    }

    #[test]
    fn every_kind_reads_back_from_what_is_stored() {
        for kind in [Custom, Other, PatientOnline, TimeOff] {
            assert_eq!(CancelReasonKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(CancelReasonKind::parse("provider"), None);
        assert!(Custom.chosen_by_staff() && Other.chosen_by_staff());
        assert!(!PatientOnline.chosen_by_staff() && !TimeOff.chosen_by_staff());
    }
}
