//! What the patient pages show and what their forms send (as typed, parsed by `parse`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::Email;
use crate::domain::fields::{optional_text, required_text};
use crate::domain::patient::{DateOrder, PhoneNumber, parse_date_of_birth};
use crate::error::FieldErrors;
use crate::setup::model::ClinicRef;

/// A row of the search results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientSummary {
    pub id: i64,
    /// `P-000123`
    pub number: String,
    /// "Smith, John (Jack)"
    pub name: String,
    pub date_of_birth: NaiveDate,
    pub age: u32,
    /// Readable, mobile first.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub archived: bool,
    /// Active alerts and allergies.
    pub alerts: i64,
}

/// One page of search results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPage {
    pub clinic: ClinicRef,
    /// The clinics the searcher belongs to (for switching).
    pub clinics: Vec<ClinicRef>,
    /// What the box was read as: "name", "phone", "email", "birth date", "patient number",
    /// or "" when nothing was searched.
    pub searched_by: String,
    pub results: Vec<PatientSummary>,
    pub page: u32,
    pub has_more: bool,
    pub can_create: bool,
    /// Whether each result offers "Book appointment".
    #[serde(default)]
    pub can_book: bool,
}

/// Results per page.
pub const PAGE_SIZE: u32 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MedicalKind {
    Alert,
    Allergy,
    Condition,
    Medication,
}

impl MedicalKind {
    pub const ALL: [MedicalKind; 4] =
        [MedicalKind::Alert, MedicalKind::Allergy, MedicalKind::Condition, MedicalKind::Medication];

    pub fn as_str(self) -> &'static str {
        match self {
            MedicalKind::Alert => "alert",
            MedicalKind::Allergy => "allergy",
            MedicalKind::Condition => "condition",
            MedicalKind::Medication => "medication",
        }
    }

    /// The kind in the page's language: "Allergy".
    pub fn label(self) -> String {
        crate::t!(match self {
            MedicalKind::Alert => "patient-medical-kind-alert",
            MedicalKind::Allergy => "patient-medical-kind-allergy",
            MedicalKind::Condition => "patient-medical-kind-condition",
            MedicalKind::Medication => "patient-medical-kind-medication",
        })
    }

    pub fn parse(input: &str) -> Result<MedicalKind, String> {
        MedicalKind::ALL
            .into_iter()
            .find(|k| k.as_str() == input.trim())
            .ok_or_else(|| crate::t!("server-medical-choose-kind"))
    }

    /// Alerts and allergies are shown in the banner and beside appointments.
    pub fn is_warning(self) -> bool {
        matches!(self, MedicalKind::Alert | MedicalKind::Allergy)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MedicalItem {
    pub id: i64,
    pub kind: MedicalKind,
    pub label: String,
    /// Allergies: mild, moderate or severe.
    pub severity: Option<String>,
    pub details: String,
    pub active: bool,
}

/// One line of the medical history's change log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MedicalChange {
    /// Local to the clinic, `2026-11-25 14:03`.
    pub at: String,
    pub by: String,
    /// added, changed, resolved, reactivated, moved
    pub change: String,
    /// "Allergy: Penicillin (severe)"
    pub what: String,
    /// What it was before, for a change.
    pub before: Option<String>,
}

/// The full record as the patient page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientRecord {
    pub id: i64,
    pub clinic: ClinicRef,
    pub number: String,
    pub first_name: String,
    pub last_name: String,
    pub preferred_name: String,
    pub date_of_birth: NaiveDate,
    pub age: u32,
    pub sex: Option<String>,
    pub mobile_phone: Option<String>,
    pub home_phone: Option<String>,
    pub email: Option<String>,
    pub address: String,
    pub emergency_contact_name: String,
    pub emergency_contact_phone: Option<String>,
    pub preferred_contact: String,
    pub email_reminders: bool,
    /// What emails to them are written in (`None`: the clinic's language).
    pub language: Option<crate::i18n::Language>,
    pub notes: String,
    pub archived: bool,
    pub version: i32,
    pub created: String,
    pub updated: String,
    pub medical: Vec<MedicalItem>,
    pub changes: Vec<MedicalChange>,
    pub can_edit_details: bool,
    pub can_edit_medical: bool,
    pub can_merge: bool,
    /// Whether the viewer may book appointments (the page offers "Book appointment").
    #[serde(default)]
    pub can_book: bool,
    /// Whether the viewer may read who accessed the record (the audit log).
    #[serde(default)]
    pub can_view_access: bool,
    /// The record this one was merged into, when it was.
    pub merged_into: Option<i64>,
    /// For reading local phone numbers and dates in forms.
    pub calling_code: u16,
    /// The patient's appointments, latest first (at most the last hundred).
    pub appointments: Vec<PatientAppointment>,
    /// When the patient is due back, per kind of recall.
    #[serde(default)]
    pub recalls: Vec<crate::recall::model::PatientRecallDue>,
    /// The clinic's recall kinds, for setting a due date by hand.
    #[serde(default)]
    pub recall_kinds: Vec<String>,
    /// Where the patient waits on the ASAP list (for those who book).
    #[serde(default)]
    pub asap: Option<crate::asap::model::PatientAsap>,
    /// The clinical notes, newest visit first (for clinicians; None for anyone else).
    #[serde(default)]
    pub clinical_notes: Option<Vec<crate::notes::model::NoteSummary>>,
    /// The documents (x-rays, letters, forms), current ones first.
    #[serde(default)]
    pub documents: Vec<crate::documents::model::DocumentView>,
    /// Whether the viewer may add and archive documents.
    #[serde(default)]
    pub can_manage_documents: bool,
    /// Whether the viewer may purge archived documents (admins).
    #[serde(default)]
    pub can_purge_documents: bool,
}

/// An appointment as the patient page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientAppointment {
    pub id: i64,
    /// In the clinic's time zone: `Tue 1 Dec 2026, 10:30`.
    pub when: String,
    /// `2026-12-01`, for the calendar link.
    pub date: NaiveDate,
    pub type_name: String,
    pub provider: String,
    /// The status's label: "Scheduled", "Cancelled", …
    pub status: String,
    pub booked_online: bool,
    pub upcoming: bool,
}

impl PatientRecord {
    pub fn display_name(&self) -> String {
        display_name(&self.first_name, &self.preferred_name, &self.last_name)
    }

    /// Active alerts and allergies, for the banner.
    pub fn warnings(&self) -> Vec<&MedicalItem> {
        self.medical.iter().filter(|m| m.active && m.kind.is_warning()).collect()
    }
}

/// "John (Jack) Smith"
pub fn display_name(first: &str, preferred: &str, last: &str) -> String {
    if preferred.trim().is_empty() || preferred.trim() == first.trim() {
        format!("{first} {last}")
    } else {
        format!("{first} ({preferred}) {last}")
    }
}

/// What the new-patient page needs: the clinic, and how it writes phone numbers and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPatientContext {
    pub clinic: ClinicRef,
    pub calling_code: u16,
    pub today: NaiveDate,
}

pub const SEXES: [(&str, &str); 4] =
    [("", "Not recorded"), ("female", "Female"), ("male", "Male"), ("other", "Other")];
pub const CONTACT_METHODS: [(&str, &str); 4] =
    [("phone", "Phone call"), ("sms", "Text message"), ("email", "Email"), ("post", "Post")];

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PatientForm {
    pub first_name: String,
    pub last_name: String,
    pub preferred_name: String,
    pub date_of_birth: String,
    pub sex: String,
    pub mobile_phone: String,
    pub home_phone: String,
    pub email: String,
    pub address: String,
    pub emergency_contact_name: String,
    pub emergency_contact_phone: String,
    pub preferred_contact: String,
    pub email_reminders: Option<String>,
    /// A language's tag; empty: the clinic's.
    pub language: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatientDetails {
    pub first_name: String,
    pub last_name: String,
    pub preferred_name: String,
    pub date_of_birth: NaiveDate,
    pub sex: Option<String>,
    pub mobile_phone: Option<String>,
    pub home_phone: Option<String>,
    pub email: Option<String>,
    pub address: String,
    pub emergency_contact_name: String,
    pub emergency_contact_phone: Option<String>,
    pub preferred_contact: String,
    pub email_reminders: bool,
    /// A language's tag; `None`: the clinic's.
    pub language: Option<String>,
    pub notes: String,
}

/// The language emails to a patient are written in: one the app speaks, or none (the
/// clinic's).
pub fn check_language(input: &str) -> Result<Option<String>, String> {
    match input.trim() {
        "" => Ok(None),
        tag => crate::i18n::Language::parse(tag)
            .map(|language| Some(language.tag().to_string()))
            .ok_or_else(|| crate::t!("field-language")),
    }
}

pub fn check_first_name(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("field-what-first-name"), 100)
}
pub fn check_last_name(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("field-what-last-name"), 100)
}
pub fn check_optional_phone(input: &str, calling_code: u16) -> Result<Option<String>, String> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        PhoneNumber::parse(input, calling_code).map(|p| Some(p.as_e164().to_string()))
    }
}
pub fn check_optional_email(input: &str) -> Result<Option<String>, String> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        Email::parse(input).map(|e| Some(e.as_str().to_string()))
    }
}
fn one_of(input: &str, choices: &[(&str, &str)], message: &str) -> Result<String, String> {
    choices
        .iter()
        .find(|(value, _)| *value == input.trim())
        .map(|(value, _)| value.to_string())
        .ok_or_else(|| message.to_string())
}

impl PatientForm {
    pub fn from_record(record: &PatientRecord) -> Self {
        let phone = |p: &Option<String>| p.clone().unwrap_or_default();
        PatientForm {
            first_name: record.first_name.clone(),
            last_name: record.last_name.clone(),
            preferred_name: record.preferred_name.clone(),
            date_of_birth: record.date_of_birth.to_string(),
            sex: record.sex.clone().unwrap_or_default(),
            mobile_phone: phone(&record.mobile_phone),
            home_phone: phone(&record.home_phone),
            email: record.email.clone().unwrap_or_default(),
            address: record.address.clone(),
            emergency_contact_name: record.emergency_contact_name.clone(),
            emergency_contact_phone: phone(&record.emergency_contact_phone),
            preferred_contact: record.preferred_contact.clone(),
            email_reminders: record.email_reminders.then(|| "on".to_string()),
            language: record.language.map(|l| l.tag().to_string()).unwrap_or_default(),
            notes: record.notes.clone(),
        }
    }

    pub fn parse(
        &self,
        calling_code: u16,
        today: NaiveDate,
    ) -> Result<PatientDetails, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut take = |field: &str, result: Result<(), String>| {
            if let Err(message) = result {
                errors.insert(field.to_string(), message);
            }
        };
        let first_name = check_first_name(&self.first_name);
        let last_name = check_last_name(&self.last_name);
        let preferred_name = optional_text(&self.preferred_name, 100);
        let order = DateOrder::for_calling_code(calling_code);
        let date_of_birth = parse_date_of_birth(&self.date_of_birth, order, today);
        let from_list = crate::t!("server-choose-from-list");
        let sex = one_of(&self.sex, &SEXES, &from_list);
        let mobile = check_optional_phone(&self.mobile_phone, calling_code);
        let home = check_optional_phone(&self.home_phone, calling_code);
        let email = check_optional_email(&self.email);
        let address = optional_text(&self.address, 500);
        let contact_name = optional_text(&self.emergency_contact_name, 100);
        let contact_phone = check_optional_phone(&self.emergency_contact_phone, calling_code);
        let preferred = one_of(&self.preferred_contact, &CONTACT_METHODS, &from_list);
        let notes = optional_text(&self.notes, 5000);
        let language = check_language(&self.language);
        take("language", language.clone().map(drop));
        take("first_name", first_name.clone().map(drop));
        take("last_name", last_name.clone().map(drop));
        take("preferred_name", preferred_name.clone().map(drop));
        take("date_of_birth", date_of_birth.clone().map(drop));
        take("sex", sex.clone().map(drop));
        take("mobile_phone", mobile.clone().map(drop));
        take("home_phone", home.clone().map(drop));
        take("email", email.clone().map(drop));
        take("address", address.clone().map(drop));
        take("emergency_contact_name", contact_name.clone().map(drop));
        take("emergency_contact_phone", contact_phone.clone().map(drop));
        take("preferred_contact", preferred.clone().map(drop));
        take("notes", notes.clone().map(drop));
        let reminders = self.email_reminders.as_deref().is_some_and(|v| !v.is_empty());
        if reminders && matches!(email, Ok(None)) {
            errors.insert("email".into(), crate::t!("server-patient-reminders-need-email"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let ok = |r: Result<String, String>| r.unwrap_or_default();
        Ok(PatientDetails {
            first_name: ok(first_name),
            last_name: ok(last_name),
            preferred_name: ok(preferred_name),
            date_of_birth: date_of_birth.unwrap_or_default(),
            sex: sex.ok().filter(|s| !s.is_empty()),
            mobile_phone: mobile.unwrap_or_default(),
            home_phone: home.unwrap_or_default(),
            email: email.unwrap_or_default(),
            address: ok(address),
            emergency_contact_name: ok(contact_name),
            emergency_contact_phone: contact_phone.unwrap_or_default(),
            preferred_contact: ok(preferred),
            email_reminders: reminders,
            language: language.unwrap_or_default(),
            notes: ok(notes),
        })
    }
}

pub const SEVERITIES: [(&str, &str); 4] =
    [("", "—"), ("mild", "Mild"), ("moderate", "Moderate"), ("severe", "Severe")];

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MedicalForm {
    pub kind: String,
    pub label: String,
    pub severity: String,
    pub details: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MedicalEntry {
    pub kind: MedicalKind,
    pub label: String,
    pub severity: Option<String>,
    pub details: String,
}

pub fn check_medical_label(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("server-what-medical-label"), 200)
}

impl MedicalForm {
    pub fn from_item(item: &MedicalItem) -> Self {
        MedicalForm {
            kind: item.kind.as_str().into(),
            label: item.label.clone(),
            severity: item.severity.clone().unwrap_or_default(),
            details: item.details.clone(),
        }
    }

    pub fn parse(&self) -> Result<MedicalEntry, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = MedicalKind::parse(&self.kind);
        let label = check_medical_label(&self.label);
        let severity = one_of(&self.severity, &SEVERITIES, &crate::t!("server-choose-from-list"));
        let details = optional_text(&self.details, 1000);
        if let Err(m) = &kind {
            errors.insert("kind".into(), m.clone());
        }
        if let Err(m) = &label {
            errors.insert("label".into(), m.clone());
        }
        if let Err(m) = &details {
            errors.insert("details".into(), m.clone());
        }
        match (&kind, &severity) {
            (_, Err(m)) => {
                errors.insert("severity".into(), m.clone());
            }
            (Ok(MedicalKind::Allergy), Ok(s)) if s.is_empty() => {
                errors.insert("severity".into(), crate::t!("server-medical-choose-severity"));
            }
            (Ok(k), Ok(s)) if *k != MedicalKind::Allergy && !s.is_empty() => {
                let message = crate::t!("server-medical-severity-only-allergies");
                errors.insert("severity".into(), message);
            }
            _ => {}
        }
        match (kind, label, severity, details) {
            (Ok(kind), Ok(label), Ok(severity), Ok(details)) if errors.is_empty() => {
                Ok(MedicalEntry {
                    kind,
                    label,
                    severity: Some(severity).filter(|s| !s.is_empty()),
                    details,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn a_patient_form_normalises_phones_and_reads_dates_the_clinics_way() {
        let form = PatientForm {
            first_name: " Siân ".into(),
            last_name: "O'Neill-Jones".into(),
            date_of_birth: "07/03/1985".into(),
            mobile_phone: "07700 900 123".into(),
            preferred_contact: "sms".into(),
            ..Default::default()
        };
        let details = form.parse(44, today()).unwrap();
        assert_eq!(details.first_name, "Siân");
        assert_eq!(details.date_of_birth, NaiveDate::from_ymd_opt(1985, 3, 7).unwrap());
        assert_eq!(details.mobile_phone.as_deref(), Some("+447700900123"));
        let american = form.parse(1, today()).unwrap();
        assert_eq!(american.date_of_birth, NaiveDate::from_ymd_opt(1985, 7, 3).unwrap());
    }

    #[test]
    fn reminders_by_email_need_an_address() {
        let form = PatientForm {
            first_name: "Ann".into(),
            last_name: "Lee".into(),
            date_of_birth: "1990-01-01".into(),
            preferred_contact: "email".into(),
            email_reminders: Some("on".into()),
            ..Default::default()
        };
        assert!(form.parse(44, today()).unwrap_err().contains_key("email"));
    }

    #[test]
    fn only_allergies_have_a_severity_and_they_must() {
        let allergy = MedicalForm {
            kind: "allergy".into(),
            label: "Penicillin".into(),
            ..Default::default()
        };
        assert!(allergy.parse().unwrap_err().contains_key("severity"));
        let severe = MedicalForm { severity: "severe".into(), ..allergy };
        assert_eq!(severe.parse().unwrap().severity.as_deref(), Some("severe"));
        let alert = MedicalForm { kind: "alert".into(), ..severe };
        assert!(alert.parse().unwrap_err().contains_key("severity"));
    }
}
