//! The kinds of notification and what the pages show of them.

use serde::{Deserialize, Serialize};

use crate::domain::Role;

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

    /// What a staff member chooses to get or not.
    pub fn label(self) -> &'static str {
        match self {
            NotificationKind::OnlineBooked => "A patient booked online",
            NotificationKind::OnlineMoved => "A patient moved their appointment",
            NotificationKind::OnlineCancelled => "A patient cancelled their appointment",
            NotificationKind::OnlineConfirmed => "A patient confirmed their appointment",
            NotificationKind::AsapClaimed => "A patient on the ASAP list took a freed time",
            NotificationKind::EmailFailed => "An email could not be sent",
            NotificationKind::MedicalAlert => {
                "A medical alert was added for a patient you see today"
            }
        }
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
