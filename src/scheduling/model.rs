//! What the calendar and My day pages show: appointments placed on the time axis of their
//! day, the working hours and time off around them, and what the viewer may do.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::day_axis::DayAxis;
use crate::domain::AppointmentStatus;
use crate::setup::model::ClinicRef;

/// How the calendar is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// One day, a column per provider.
    #[default]
    Providers,
    /// One day, a column per chair.
    Chairs,
    /// One provider, a column per day of the week.
    Week,
}

impl Layout {
    pub const ALL: [Layout; 3] = [Layout::Providers, Layout::Chairs, Layout::Week];

    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Providers => "providers",
            Layout::Chairs => "chairs",
            Layout::Week => "week",
        }
    }

    /// The layout's name in the page's language: "Day by provider".
    pub fn label(self) -> String {
        crate::t!(match self {
            Layout::Providers => "sched-layout-providers",
            Layout::Chairs => "sched-layout-chairs",
            Layout::Week => "sched-layout-week",
        })
    }

    /// Anything unknown is the default layout: an address is never an error page.
    pub fn parse(input: &str) -> Layout {
        Layout::ALL.into_iter().find(|l| l.as_str() == input.trim()).unwrap_or_default()
    }
}

/// A name to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: i64,
    pub name: String,
}

/// An appointment type as the booking form offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeChoice {
    pub id: i64,
    pub name: String,
    pub minutes: u32,
    pub needs_chair: bool,
    /// Providers who perform it.
    pub providers: Vec<i64>,
}

/// An appointment as the calendar and My day show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarAppointment {
    pub id: i64,
    pub version: i32,
    pub patient_id: i64,
    /// "Ann (Annie) Lee"
    pub patient: String,
    /// `P-000123`
    pub patient_number: String,
    pub patient_age: u32,
    pub type_id: i64,
    pub type_name: String,
    /// The type's colour, `#rrggbb`.
    pub colour: String,
    pub status: AppointmentStatus,
    pub provider_id: i64,
    pub provider: String,
    pub chair_id: Option<i64>,
    pub chair: Option<String>,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    /// Local wall-clock times: "10:30–11:00".
    pub time: String,
    /// The local start as a date-time input shows it: `2026-12-01T10:30`.
    pub starts_local: String,
    /// The patient's active alerts and allergies: "Allergy: penicillin (severe)".
    pub warnings: Vec<String>,
    pub booked_online: bool,
    /// Booked online since the viewer last marked online bookings as seen.
    #[serde(default)]
    pub new_online: bool,
    pub notes: String,
    pub cancel_reason: Option<String>,
}

/// An online booking the viewer has not yet marked as seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOnlineBooking {
    pub id: i64,
    pub patient_id: i64,
    /// The appointment's local day, for the calendar link.
    pub date: NaiveDate,
    /// `Thu 3 Dec, 10:00 · Ann Online · Check-up with Dr Sam Patel`.
    pub summary: String,
    /// A record that looks like the same person, waiting for the front desk to confirm it.
    pub possible_match: Option<PossibleMatch>,
}

/// An online booking's new record and an existing one that may be the same person: merging
/// them confirms it; "Not the same person" dismisses it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PossibleMatch {
    pub booking_id: i64,
    /// The existing record (it survives a merge).
    pub existing_patient_id: i64,
    /// `Ann Smith (P-000123)`.
    pub existing: String,
    /// The new record's number, `P-000456`.
    pub new_number: String,
}

/// An appointment placed in a column: its visit and its blocked time (with preparation and
/// clean-up) in elapsed minutes of the column's day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placed {
    pub appointment: CalendarAppointment,
    pub visit: (i64, i64),
    pub blocked: (i64, i64),
}

/// Working time drawn in a column, in elapsed minutes, with the chair of the rota (booking
/// there suggests it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Working {
    pub from: i64,
    pub to: i64,
    pub chair_id: Option<i64>,
}

/// Time off drawn in a column, in elapsed minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Away {
    pub from: i64,
    pub to: i64,
    pub reason: String,
    /// A time held for a patient booking online (`reason` says so).
    pub held: bool,
}

/// One column of the calendar: a provider's or a chair's day, or one day of a provider's
/// week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarColumn {
    pub title: String,
    /// The provider's colour, `#rrggbb`.
    pub colour: Option<String>,
    /// Booking or dropping here means this provider or chair (the other is the rota's or the
    /// appointment's own).
    pub provider_id: Option<i64>,
    pub chair_id: Option<i64>,
    pub axis: DayAxis,
    pub working: Vec<Working>,
    pub away: Vec<Away>,
    pub appointments: Vec<Placed>,
}

/// The calendar page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarView {
    pub clinic: ClinicRef,
    pub clinics: Vec<ClinicRef>,
    pub layout: Layout,
    pub date: NaiveDate,
    pub today: NaiveDate,
    /// The week view's provider.
    pub provider_id: Option<i64>,
    pub now: DateTime<Utc>,
    /// The clinic's grid of start times, in minutes.
    pub slot_step: u32,
    /// The elapsed minutes shown, the same for every column.
    pub shown: (i64, i64),
    pub columns: Vec<CalendarColumn>,
    /// Cancelled appointments and no-shows of the period (not drawn: their time is free).
    pub released: Vec<CalendarAppointment>,
    pub providers: Vec<Choice>,
    pub chairs: Vec<Choice>,
    pub types: Vec<TypeChoice>,
    /// The clinic's cancellation reasons staff may pick, in the order offered.
    #[serde(default)]
    pub cancel_reasons: Vec<Choice>,
    pub can_book: bool,
    pub can_update_status: bool,
    /// Online bookings made since the viewer last marked them seen (newest first).
    #[serde(default)]
    pub new_online: Vec<NewOnlineBooking>,
    /// The clinic's last live change when this was read (read before the appointments): the
    /// page's live stream starts after it (`crate::live`).
    #[serde(default)]
    pub live_seq: i64,
}

impl CalendarColumn {
    /// The rota's chair at an elapsed minute, or the column's own chair.
    pub fn chair_at(&self, minute: i64) -> Option<i64> {
        self.chair_id.or_else(|| {
            self.working.iter().find(|w| w.from <= minute && minute < w.to).and_then(|w| w.chair_id)
        })
    }
}

impl CalendarView {
    /// The appointment with this id, wherever it is drawn or listed.
    pub fn find(&self, id: i64) -> Option<&CalendarAppointment> {
        self.columns
            .iter()
            .flat_map(|c| c.appointments.iter().map(|p| &p.appointment))
            .chain(self.released.iter())
            .find(|a| a.id == id)
    }
}

/// Where the calendar shows something: the page's address with its parameters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CalendarAddress {
    pub clinic: String,
    pub date: Option<NaiveDate>,
    pub layout: Layout,
    /// The week's provider.
    pub provider_id: Option<i64>,
}

impl CalendarAddress {
    /// The calendar itself.
    pub fn href(&self) -> String {
        self.with(&[])
    }

    /// The calendar with more parameters (a dialog to open): `("appointment", "12")`.
    pub fn with(&self, extra: &[(&str, String)]) -> String {
        let mut url = format!("/calendar?clinic={}", self.clinic);
        if let Some(date) = self.date {
            url.push_str(&format!("&date={date}"));
        }
        if self.layout != Layout::default() {
            url.push_str(&format!("&layout={}", self.layout.as_str()));
        }
        if let (Layout::Week, Some(id)) = (self.layout, self.provider_id) {
            url.push_str(&format!("&provider={id}"));
        }
        for (name, value) in extra {
            url.push_str(&format!("&{name}={}", crate::ui::encode(value)));
        }
        url
    }
}

/// One provider's day on My day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderDay {
    pub clinic: ClinicRef,
    pub provider: String,
    /// In order of time, cancelled ones included (shown apart).
    pub appointments: Vec<CalendarAppointment>,
    /// The patient to see next: the first appointment not yet begun or finished that has not
    /// ended (today), or the first of a future day.
    pub next: Option<i64>,
    /// The day's appointments that have a clinical note, and where it stands.
    #[serde(default)]
    pub notes: Vec<(i64, crate::notes::model::NoteState)>,
    /// The next patient's last signed note from an earlier visit.
    #[serde(default)]
    pub previous_note: Option<crate::notes::model::NoteSummary>,
}

/// My day: the signed-in person's appointments on a date, as each of their providers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyDaySchedule {
    pub date: NaiveDate,
    pub today: NaiveDate,
    /// Empty when the account is linked to no provider.
    pub days: Vec<ProviderDay>,
    pub can_update_status: bool,
    /// The person's notes left unsigned longer than their clinic allows.
    #[serde(default)]
    pub notes_to_sign: Vec<crate::notes::model::NoteSummary>,
}
