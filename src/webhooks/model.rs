//! Webhooks' shared types: the events an endpoint may want, an endpoint as the admin's form
//! sends it and as the list shows it.

use serde::{Deserialize, Serialize};

/// The events, as named in the payloads and the database.
pub const EVENTS: [(&str, &str); 6] = [
    ("appointment.booked", "Appointment booked"),
    ("appointment.moved", "Appointment moved"),
    ("appointment.cancelled", "Appointment cancelled"),
    ("appointment.status_changed", "Appointment status changed"),
    ("patient.created", "Patient created"),
    ("patient.updated", "Patient updated"),
];

/// An endpoint as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EndpointForm {
    /// `https://example.com/hooks/chairside`
    pub webhook_url: String,
    /// The ticked events' names.
    pub webhook_events: Vec<String>,
    pub webhook_description: String,
}

/// The events ticked, checked against [`EVENTS`] (at least one).
pub fn check_events(ticked: &[String]) -> Result<Vec<String>, String> {
    let mut events: Vec<String> = Vec::new();
    for name in ticked {
        let name = name.trim();
        if !EVENTS.iter().any(|(known, _)| *known == name) {
            return Err(crate::t!("desk-webhook-events-from-list"));
        }
        if !events.iter().any(|e| e == name) {
            events.push(name.to_string());
        }
    }
    if events.is_empty() {
        return Err(crate::t!("desk-webhook-events-one"));
    }
    Ok(events)
}

/// An endpoint, as the set-up page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointView {
    pub id: i64,
    pub url: String,
    pub events: Vec<String>,
    pub description: String,
    pub active: bool,
    /// The last attempts: "3 Dec 10:02 · appointment.booked · 200", newest first.
    pub deliveries: Vec<String>,
}

/// `/setup/{clinic}/webhooks`: a clinic's endpoints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhooksView {
    pub clinic: crate::setup::model::ClinicRef,
    pub endpoints: Vec<EndpointView>,
}

/// A new endpoint: its id and its signing secret, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEndpoint {
    pub id: i64,
    pub secret: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_come_from_the_list_once_each_and_at_least_one() {
        let ticked = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            check_events(&ticked(&["patient.created", "patient.created"])),
            Ok(vec!["patient.created".to_string()])
        );
        assert!(check_events(&ticked(&[])).is_err());
        assert!(check_events(&ticked(&["appointment.deleted"])).is_err());
    }
}
