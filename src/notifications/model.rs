//! The kinds of notification and what the pages show of them.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::domain::Role;
use crate::email::model::EmailKind;
use crate::i18n::Locale;
use crate::t_in;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotificationKind {
    OnlineBooked,
    OnlineMoved,
    OnlineCancelled,
    OnlineConfirmed,
    AsapClaimed,
    EmailFailed,
    MedicalAlert,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 7] = [
        NotificationKind::OnlineBooked,
        NotificationKind::OnlineMoved,
        NotificationKind::OnlineCancelled,
        NotificationKind::OnlineConfirmed,
        NotificationKind::AsapClaimed,
        NotificationKind::EmailFailed,
        NotificationKind::MedicalAlert,
    ];

    /// As the database names it.
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::OnlineBooked => "online_booked",
            NotificationKind::OnlineMoved => "online_moved",
            NotificationKind::OnlineCancelled => "online_cancelled",
            NotificationKind::OnlineConfirmed => "online_confirmed",
            NotificationKind::AsapClaimed => "asap_claimed",
            NotificationKind::EmailFailed => "email_failed",
            NotificationKind::MedicalAlert => "medical_alert",
        }
    }

    pub fn parse(text: &str) -> Option<NotificationKind> {
        NotificationKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Whether staff of `role` get this kind at all (then each chooses).
    pub fn reaches(self, role: Role) -> bool {
        match self {
            NotificationKind::MedicalAlert => matches!(role, Role::Dentist | Role::Hygienist),
            NotificationKind::EmailFailed => matches!(role, Role::Admin | Role::Receptionist),
            _ => matches!(role, Role::Admin | Role::Receptionist),
        }
    }
}

/// What a notification tells of, kept with it and worded when it is shown (in the reader's
/// language, in its clinic's region). It names no patient.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationDetails {
    /// An appointment of type `type_name` starting at `starts` (the clinic's wall clock).
    Appointment { type_name: String, starts: NaiveDateTime },
    /// An email of `kind` (as the outbox names it) to `to`, given up on.
    Email { kind: String, to: String },
    /// A patient seen at `starts` (the clinic's wall clock), whose medical alerts changed.
    PatientSeen { starts: NaiveDateTime },
    /// A sentence written before notifications were worded when shown.
    Written(String),
}

impl NotificationDetails {
    /// The sentence of a notification of `kind` with these details.
    pub fn worded(&self, kind: NotificationKind, locale: Locale) -> String {
        let when = |starts: &NaiveDateTime| locale.moment_medium(*starts);
        match self {
            NotificationDetails::Appointment { type_name, starts } => {
                let key = match kind {
                    NotificationKind::OnlineBooked => "desk-notification-online-booked",
                    NotificationKind::OnlineMoved => "desk-notification-online-moved",
                    NotificationKind::OnlineCancelled => "desk-notification-online-cancelled",
                    NotificationKind::OnlineConfirmed => "desk-notification-online-confirmed",
                    NotificationKind::AsapClaimed => "desk-notification-asap-claimed",
                    NotificationKind::EmailFailed | NotificationKind::MedicalAlert => {
                        "desk-notification-appointment-changed"
                    }
                };
                t_in!(locale.language, key, type_name = type_name.as_str(), when = when(starts))
            }
            NotificationDetails::Email { kind, to } => {
                let kind = match EmailKind::parse(kind) {
                    Ok(kind) => t_in!(locale.language, kind.label_key()),
                    Err(_) => kind.clone(),
                };
                t_in!(
                    locale.language,
                    "desk-notification-email-failed",
                    kind = kind,
                    address = to.as_str()
                )
            }
            NotificationDetails::PatientSeen { starts } => {
                t_in!(locale.language, "desk-notification-medical-alert", when = when(starts))
            }
            NotificationDetails::Written(text) => text.clone(),
        }
    }
}

/// One notification as listed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotificationItem {
    pub id: i64,
    pub kind: NotificationKind,
    pub message: String,
    pub link: String,
    /// "2 Dec 2026 14:05"
    pub when: String,
    pub read: bool,
}

/// The viewer's notifications page: the newest, how many are unread, and their choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotificationList {
    pub items: Vec<NotificationItem>,
    pub unread: i64,
    /// Whether older ones exist beyond those listed.
    pub more: bool,
    /// The kinds the viewer's role gets, and whether they want each.
    pub choices: Vec<(NotificationKind, bool)>,
}
