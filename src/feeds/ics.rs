//! The iCalendar text of a feed (and of a patient's appointment attached to an email): times in
//! UTC (so every calendar shows them right across clock changes), a UID per appointment that
//! never changes, SEQUENCE from the appointment's version (it grows with each change, so a
//! calendar takes the newer one), and cancelled appointments marked cancelled rather than
//! dropped, so subscribed calendars remove them.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};

/// One appointment as an event.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeedEvent {
    pub id: i64,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    pub cancelled: bool,
    /// "Check-up · A. W."
    pub title: String,
    /// "Chairside Dental London, Chair 2"
    pub location: String,
}

/// The UID of appointment `id` on the site `host` (stable for its life, moves included).
pub fn uid(id: i64, host: &str) -> String {
    format!("appointment-{id}@{host}")
}

/// An empty calendar of ours (the crate's default names itself as the product).
fn ours() -> Calendar {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Chairside//Appointments//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"));
    calendar
}

/// A calendar named `name` holding `events`, for the site `host`. Calendar apps are asked to
/// fetch it again every hour (most decide for themselves).
pub fn calendar(name: &str, host: &str, events: &[FeedEvent]) -> String {
    let mut calendar = ours();
    calendar.name(name).ttl(&chrono::Duration::hours(1));
    for event in events {
        let status = if event.cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed };
        calendar.push(
            Event::with_uid(&uid(event.id, host))
                .timestamp(event.updated_at)
                .sequence(u32::try_from(event.version).unwrap_or(0))
                .starts(event.starts)
                .ends(event.ends)
                .summary(&event.title)
                .location(&event.location)
                .status(status)
                .done(),
        );
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_in_utc_with_a_stable_uid_and_their_version_as_sequence() {
        let at = |h| {
            "2027-03-29T00:00:00Z".parse::<DateTime<Utc>>().unwrap() + chrono::Duration::hours(h)
        };
        let event = FeedEvent {
            id: 42,
            version: 3,
            updated_at: at(-48),
            starts: at(8),
            ends: at(9),
            cancelled: true,
            title: "Check-up · A. W.".into(),
            location: "Chairside, Chair 1".into(),
        };
        let text = calendar("Dr Patel", "clinic.example", &[event]);
        for line in [
            "UID:appointment-42@clinic.example",
            "SEQUENCE:3",
            "DTSTART:20270329T080000Z",
            "DTEND:20270329T090000Z",
            "STATUS:CANCELLED",
            "X-WR-CALNAME:Dr Patel",
            "PRODID:-//Chairside//Appointments//EN",
            "REFRESH-INTERVAL;VALUE=DURATION:PT3600S",
        ] {
            assert!(text.contains(&format!("{line}\r\n")), "{line} in {text}");
        }
    }
}

/// What a patient's own calendar entry needs of their appointment.
#[derive(sqlx::FromRow)]
struct PatientAppointment {
    id: i64,
    version: i32,
    updated_at: DateTime<Utc>,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    status: String,
    type_name: String,
    provider: String,
    clinic: String,
    address: String,
}

/// Appointment `id` as a calendar file for its patient (attached to the confirmation and move
/// emails), worded in `language` (the email's): the type and clinic as the title, the provider
/// in the description, the address as the place. `None` when there is no such appointment.
pub async fn for_patient(
    conn: &mut sqlx::PgConnection,
    id: i64,
    host: &str,
    language: crate::i18n::Language,
) -> Result<Option<String>, sqlx::Error> {
    let appointment: Option<PatientAppointment> = sqlx::query_as(
        "SELECT a.id, a.version, a.updated_at, lower(a.visit) AS starts, upper(a.visit) AS ends,
                a.status, t.name AS type_name, p.name AS provider, c.name AS clinic,
                c.address
         FROM appointment a
         JOIN appointment_type t ON t.id = a.appointment_type_id
         JOIN provider p ON p.id = a.provider_id
         JOIN clinic c ON c.id = a.clinic_id
         WHERE a.id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(appointment.map(|a| {
        let status =
            if a.status == "cancelled" { EventStatus::Cancelled } else { EventStatus::Confirmed };
        let mut calendar = ours();
        calendar.append_property(Property::new("METHOD", "PUBLISH"));
        calendar.push(
            Event::with_uid(&uid(a.id, host))
                .timestamp(a.updated_at)
                .sequence(u32::try_from(a.version).unwrap_or(0))
                .starts(a.starts)
                .ends(a.ends)
                .summary(&crate::t_in!(
                    language,
                    "email-calendar-title",
                    appointment_type = a.type_name.as_str(),
                    clinic = a.clinic.as_str(),
                ))
                .description(&crate::t_in!(
                    language,
                    "email-calendar-with",
                    provider = a.provider.as_str()
                ))
                .location(&a.address)
                .status(status)
                .done(),
        );
        calendar.done().to_string()
    }))
}
