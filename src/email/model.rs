//! The kinds of email, their placeholders, and a template as an admin edits it (shared with the
//! template pages).

use serde::{Deserialize, Serialize};

/// Why an email is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmailKind {
    BookingConfirmation,
    Rescheduled,
    Cancelled,
    Reminder,
    StaffInvitation,
    /// A patient is due back (a recall): "time to book your hygiene visit".
    Recall,
    /// An earlier time has freed up for a patient on the ASAP list: "claim it".
    AsapOffer,
}

/// A placeholder: its name in a template and what it holds.
pub type Placeholder = (&'static str, &'static str);

const APPOINTMENT_PLACEHOLDERS: &[Placeholder] = &[
    ("patient_first_name", "The patient's first name (or preferred name)"),
    ("patient_name", "The patient's full name"),
    ("appointment_date", "The day, in the clinic's time zone: Tuesday 1 December 2026"),
    ("appointment_time", "The start, in the clinic's time zone: 10:30"),
    ("time_zone", "The clinic's time zone: Europe/London"),
    ("appointment_type", "What the appointment is for: Check-up"),
    ("provider", "Who the patient will see: Dr Sam Patel"),
    ("clinic_name", "The clinic's name"),
    ("clinic_address", "The clinic's address"),
    ("clinic_phone", "The clinic's phone number"),
    ("manage_link", "The patient's own link to see, move or cancel the appointment online"),
    ("confirm_link", "The patient's link to say they will come (it asks once more, then confirms)"),
    ("move_link", "The patient's link to choose another time"),
    ("cancel_link", "The patient's link to cancel (it asks once more)"),
];

const RECALL_PLACEHOLDERS: &[Placeholder] = &[
    ("patient_first_name", "The patient's first name (or preferred name)"),
    ("patient_name", "The patient's full name"),
    ("recall_kind", "What the patient is due for: Hygiene"),
    ("due_date", "When it is due: Tuesday 12 January 2027"),
    ("clinic_name", "The clinic's name"),
    ("clinic_address", "The clinic's address"),
    ("clinic_phone", "The clinic's phone number"),
    (
        "booking_link",
        "The patient's own link to the online booking, with the appointment type chosen: they choose only the time",
    ),
];

const ASAP_OFFER_PLACEHOLDERS: &[Placeholder] = &[
    ("patient_first_name", "The patient's first name (or preferred name)"),
    ("patient_name", "The patient's full name"),
    (
        "appointment_date",
        "The day of the freed time, in the clinic's time zone: Tuesday 1 December 2026",
    ),
    ("appointment_time", "Its start, in the clinic's time zone: 10:30"),
    ("time_zone", "The clinic's time zone: Europe/London"),
    ("appointment_type", "What the time is for: Hygiene"),
    ("provider", "Who the patient would see: Dr Sam Patel"),
    ("clinic_name", "The clinic's name"),
    ("clinic_address", "The clinic's address"),
    ("clinic_phone", "The clinic's phone number"),
    ("offer_link", "The patient's own link to take the time (the first to take it gets it)"),
    ("offer_expires", "Until when the offer stands: Tuesday 1 December at 09:30"),
];

const INVITATION_PLACEHOLDERS: &[Placeholder] = &[
    ("staff_name", "The new member's name"),
    ("invitation_link", "The one-time link to choose a password"),
    ("expires", "When the link stops working: Thursday 3 December 2026"),
    ("clinic_name", "The inviting clinic's name"),
];

impl EmailKind {
    pub const ALL: [EmailKind; 7] = [
        EmailKind::BookingConfirmation,
        EmailKind::Rescheduled,
        EmailKind::Cancelled,
        EmailKind::Reminder,
        EmailKind::Recall,
        EmailKind::AsapOffer,
        EmailKind::StaffInvitation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EmailKind::BookingConfirmation => "booking_confirmation",
            EmailKind::Rescheduled => "rescheduled",
            EmailKind::Cancelled => "cancelled",
            EmailKind::Reminder => "reminder",
            EmailKind::StaffInvitation => "staff_invitation",
            EmailKind::Recall => "recall",
            EmailKind::AsapOffer => "asap_offer",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EmailKind::BookingConfirmation => "Booking confirmation",
            EmailKind::Rescheduled => "Appointment moved",
            EmailKind::Cancelled => "Appointment cancelled",
            EmailKind::Reminder => "Reminder",
            EmailKind::StaffInvitation => "Staff invitation",
            EmailKind::Recall => "Recall (due back)",
            EmailKind::AsapOffer => "Earlier time offer (ASAP list)",
        }
    }

    pub fn parse(text: &str) -> Result<EmailKind, String> {
        EmailKind::ALL
            .into_iter()
            .find(|k| k.as_str() == text.trim())
            .ok_or_else(|| "Choose a kind of email from the list.".to_string())
    }

    /// The placeholders a template of this kind may use.
    pub fn placeholders(self) -> &'static [Placeholder] {
        match self {
            EmailKind::StaffInvitation => INVITATION_PLACEHOLDERS,
            EmailKind::Recall => RECALL_PLACEHOLDERS,
            EmailKind::AsapOffer => ASAP_OFFER_PLACEHOLDERS,
            _ => APPOINTMENT_PLACEHOLDERS,
        }
    }
}

/// A template's three parts, as stored and as edited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TemplateText {
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

/// The statuses of an email in the outbox.
pub const STATUSES: [&str; 5] = ["queued", "sending", "sent", "failed", "cancelled"];

/// An outbox row as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub id: i64,
    /// When it was queued, in UTC: `2026-12-01 10:30`.
    pub created: String,
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// One page of the outbox, with the counts an admin watches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxPage {
    pub rows: Vec<OutboxRow>,
    pub page: u32,
    pub has_more: bool,
    pub queued: i64,
    pub failed: i64,
}

/// One email, exactly as it was (or will be) sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEmail {
    pub row: OutboxRow,
    pub to_name: String,
    pub text_body: String,
    pub html_body: String,
    pub smtp_response: Option<String>,
    pub message_id: Option<String>,
    pub sent: Option<String>,
    pub next_attempt: Option<String>,
}
