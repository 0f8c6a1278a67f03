//! The kinds of email, their placeholders, and a template as an admin edits it (shared with the
//! template pages).

use serde::{Deserialize, Serialize};

use crate::t;

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

/// A placeholder: its name in a template and the message saying what it holds
/// (`t!(description)` in the reader's language).
pub type Placeholder = (&'static str, &'static str);

const APPOINTMENT_PLACEHOLDERS: &[Placeholder] = &[
    ("patient_first_name", "desk-placeholder-patient-first-name"),
    ("patient_name", "desk-placeholder-patient-name"),
    ("appointment_date", "desk-placeholder-appointment-date"),
    ("appointment_time", "desk-placeholder-appointment-time"),
    ("time_zone", "desk-placeholder-time-zone"),
    ("appointment_type", "desk-placeholder-appointment-type"),
    ("provider", "desk-placeholder-provider"),
    ("clinic_name", "desk-placeholder-clinic-name"),
    ("clinic_address", "desk-placeholder-clinic-address"),
    ("clinic_phone", "desk-placeholder-clinic-phone"),
    ("manage_link", "desk-placeholder-manage-link"),
    ("confirm_link", "desk-placeholder-confirm-link"),
    ("move_link", "desk-placeholder-move-link"),
    ("cancel_link", "desk-placeholder-cancel-link"),
];

const RECALL_PLACEHOLDERS: &[Placeholder] = &[
    ("patient_first_name", "desk-placeholder-patient-first-name"),
    ("patient_name", "desk-placeholder-patient-name"),
    ("recall_kind", "desk-placeholder-recall-kind"),
    ("due_date", "desk-placeholder-due-date"),
    ("clinic_name", "desk-placeholder-clinic-name"),
    ("clinic_address", "desk-placeholder-clinic-address"),
    ("clinic_phone", "desk-placeholder-clinic-phone"),
    ("booking_link", "desk-placeholder-booking-link"),
];

const ASAP_OFFER_PLACEHOLDERS: &[Placeholder] = &[
    ("patient_first_name", "desk-placeholder-patient-first-name"),
    ("patient_name", "desk-placeholder-patient-name"),
    ("appointment_date", "desk-placeholder-offer-date"),
    ("appointment_time", "desk-placeholder-offer-time"),
    ("time_zone", "desk-placeholder-time-zone"),
    ("appointment_type", "desk-placeholder-offer-type"),
    ("provider", "desk-placeholder-offer-provider"),
    ("clinic_name", "desk-placeholder-clinic-name"),
    ("clinic_address", "desk-placeholder-clinic-address"),
    ("clinic_phone", "desk-placeholder-clinic-phone"),
    ("offer_link", "desk-placeholder-offer-link"),
    ("offer_expires", "desk-placeholder-offer-expires"),
];

const INVITATION_PLACEHOLDERS: &[Placeholder] = &[
    ("staff_name", "desk-placeholder-staff-name"),
    ("invitation_link", "desk-placeholder-invitation-link"),
    ("expires", "desk-placeholder-invitation-expires"),
    ("clinic_name", "desk-placeholder-inviting-clinic-name"),
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

    /// "Booking confirmation", in the page's language.
    pub fn label(self) -> String {
        t!(self.label_key())
    }

    /// The message that names this kind.
    pub fn label_key(self) -> &'static str {
        match self {
            EmailKind::BookingConfirmation => "setup-email-kind-booking-confirmation",
            EmailKind::Rescheduled => "setup-email-kind-rescheduled",
            EmailKind::Cancelled => "setup-email-kind-cancelled",
            EmailKind::Reminder => "setup-email-kind-reminder",
            EmailKind::StaffInvitation => "setup-email-kind-staff-invitation",
            EmailKind::Recall => "setup-email-kind-recall",
            EmailKind::AsapOffer => "setup-email-kind-asap-offer",
        }
    }

    pub fn parse(text: &str) -> Result<EmailKind, String> {
        EmailKind::ALL
            .into_iter()
            .find(|k| k.as_str() == text.trim())
            .ok_or_else(|| t!("desk-email-choose-kind"))
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
