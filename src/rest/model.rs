//! What the API sends and takes: its own representations (stable for integrators, whatever
//! the pages show), each described in the OpenAPI document.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The key's clinic.
#[derive(Debug, Serialize, ToSchema)]
pub struct Clinic {
    pub id: i64,
    /// In the clinic's addresses: `london`.
    pub slug: String,
    pub name: String,
    /// IANA time zone: local times in this API are this zone's wall-clock times.
    pub time_zone: String,
    /// What the key may do: `read`, and `write` and `patients` when given.
    pub scopes: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Provider {
    pub id: i64,
    pub name: String,
    /// `dentist` or `hygienist`.
    pub kind: String,
    pub active: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProviderList {
    pub items: Vec<Provider>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AppointmentType {
    pub id: i64,
    pub name: String,
    pub duration_minutes: i32,
    pub buffer_before_minutes: i32,
    pub buffer_after_minutes: i32,
    pub needs_chair: bool,
    pub online_bookable: bool,
    pub active: bool,
    /// The providers who perform it.
    pub provider_ids: Vec<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AppointmentTypeList {
    pub items: Vec<AppointmentType>,
}

/// Which free times to find.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FreeTimeQuery {
    pub appointment_type_id: i64,
    /// Only this provider's times.
    pub provider_id: Option<i64>,
    /// The first day, in the clinic's calendar: `2026-12-01`.
    pub from: NaiveDate,
    /// How many days from `from` (1 to 62).
    #[param(minimum = 1, maximum = 62)]
    pub days: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FreeTime {
    /// The start, in UTC.
    pub start: DateTime<Utc>,
    /// The start in the clinic's time, as booking takes it: `2026-12-01T10:30`.
    pub local_start: String,
    pub provider_id: i64,
    /// The chair it would take, when the type needs one.
    pub chair_id: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FreeTimeList {
    pub items: Vec<FreeTime>,
}

/// Which appointments to list: those whose visit overlaps `[from, to)`, by start time.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AppointmentQuery {
    /// RFC 3339, e.g. `2026-12-01T00:00:00Z`.
    pub from: DateTime<Utc>,
    /// RFC 3339; at most 93 days after `from`.
    pub to: DateTime<Utc>,
    /// Only this provider's appointments.
    pub provider_id: Option<i64>,
    /// `next_cursor` from the previous page.
    pub cursor: Option<String>,
    /// Appointments per page (1 to 200, 50 when not given).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Appointment {
    pub id: i64,
    /// Send it back to move, cancel or change the status: a change made meanwhile by someone
    /// else is refused (409) rather than overwritten.
    pub version: i32,
    /// `scheduled`, `confirmed`, `arrived`, `in_chair`, `completed`, `cancelled` or `no_show`.
    pub status: String,
    pub patient_id: i64,
    pub provider_id: i64,
    pub chair_id: Option<i64>,
    pub appointment_type_id: i64,
    /// The visit's start and end, in UTC.
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The start in the clinic's time: `2026-12-01T10:30`.
    pub local_start: String,
    pub notes: String,
    pub booked_online: bool,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AppointmentPage {
    pub items: Vec<Appointment>,
    /// Pass as `cursor` for the next page; absent on the last.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// A booking.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAppointment {
    pub patient_id: i64,
    pub appointment_type_id: i64,
    pub provider_id: i64,
    /// A chair of the clinic; when the type needs one and none is given, a free one is chosen.
    pub chair_id: Option<i64>,
    /// The clinic's local date and time, `2026-12-01T10:30` (a free time's `local_start`).
    pub local_start: String,
    #[serde(default)]
    pub notes: String,
}

/// A move: a new time, provider or chair (what is not given stays).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppointmentMove {
    pub version: i32,
    /// The clinic's local date and time, `2026-12-01T10:30`.
    pub local_start: Option<String>,
    pub provider_id: Option<i64>,
    pub chair_id: Option<i64>,
}

/// A cancellation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppointmentCancel {
    pub version: i32,
    /// The id of one of the clinic's cancellation reasons; "other" when not given.
    pub reason_code: Option<i64>,
    /// Details, up to 500 characters.
    #[serde(default)]
    pub reason: String,
}

/// A status change.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppointmentStatusChange {
    pub version: i32,
    /// `scheduled`, `confirmed`, `arrived`, `in_chair`, `completed`, `cancelled` or `no_show`.
    pub status: String,
    /// A note on the change, up to 500 characters.
    #[serde(default)]
    pub reason: String,
}

/// Which patients to find.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PatientQuery {
    /// A name, phone number, email address, birth date (`1980-04-02`) or patient number, read
    /// as the patient search on the pages reads it.
    pub q: String,
    /// `next_cursor` from the previous page.
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PatientSummary {
    pub id: i64,
    /// `P-000123`
    pub number: String,
    /// "Smith, John (Jack)"
    pub name: String,
    pub date_of_birth: NaiveDate,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub archived: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PatientPage {
    pub items: Vec<PatientSummary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Patient {
    pub id: i64,
    /// Send it back to update: a change made meanwhile by someone else is refused (409).
    pub version: i32,
    pub number: String,
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
    /// `phone`, `sms`, `email` or `post`.
    pub preferred_contact: String,
    pub email_reminders: bool,
    /// The language emails to the patient are written in (`en`, `es`, …); none: the clinic's.
    pub language: Option<String>,
    pub notes: String,
    pub archived: bool,
}

/// A patient's details, to add or update one (checked as the patient form checks them).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatientInput {
    pub first_name: String,
    pub last_name: String,
    #[serde(default)]
    pub preferred_name: String,
    /// `1980-04-02`
    pub date_of_birth: String,
    /// `female`, `male`, `other`, or empty.
    #[serde(default)]
    pub sex: String,
    #[serde(default)]
    pub mobile_phone: String,
    #[serde(default)]
    pub home_phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub emergency_contact_name: String,
    #[serde(default)]
    pub emergency_contact_phone: String,
    /// `phone`, `sms`, `email` or `post`; when not given, the first of email, sms (a mobile
    /// phone), phone (a home phone) and post that the details allow.
    #[serde(default)]
    pub preferred_contact: String,
    #[serde(default)]
    pub email_reminders: bool,
    /// `en`, `es`, `fr`, `de` or `ar`; empty: the clinic's language.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub notes: String,
}

/// An update: the details as they should now be, and the version they were read at.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatientUpdate {
    pub version: i32,
    pub patient: PatientInput,
}
