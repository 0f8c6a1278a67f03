//! What a live stream carries: ids and times, never a patient's name or anything clinical (a
//! page that needs more asks for it as the viewer, through its usual authorization).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What happened to an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Booked by staff, or an online hold confirmed by the patient.
    Booked,
    /// Held by a patient booking online.
    Held,
    Moved,
    Cancelled,
    /// A new status (confirmed, arrived, in the chair, completed, no-show).
    Status,
    /// Anything else about it (a confirmation call recorded, a note of the booking).
    Changed,
    /// An online hold given up or run out.
    HoldReleased,
}

/// One change of one appointment, numbered in its clinic (`seq`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppointmentChange {
    pub seq: i64,
    pub kind: ChangeKind,
    pub appointment_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Where a moved appointment was.
    pub previous_starts_at: Option<DateTime<Utc>>,
    pub provider_id: i64,
    pub chair_id: Option<i64>,
}

impl AppointmentChange {
    /// Whether the change shows between `from` and `to` (it is there now, or was).
    pub fn touches(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        let now_there = self.starts_at < to && self.ends_at > from;
        let was_there = self.previous_starts_at.is_some_and(|at| at >= from && at < to);
        now_there || was_there
    }
}

/// The names of the stream's events (the SSE `event:` field). Each carries some data: a
/// browser does not dispatch an event whose data is empty.
pub mod event_names {
    /// An [`super::AppointmentChange`]; its `id:` is its `seq`.
    pub const APPOINTMENT: &str = "appointment";
    /// The stream could not say exactly what was missed (too long away): read everything again.
    pub const RESET: &str = "reset";
    /// The viewer has a new notification (the data is their unread count).
    pub const NOTIFICATION: &str = "notification";
    /// The session ended: the stream closes and does not come back.
    pub const SIGNED_OUT: &str = "signed-out";
}
