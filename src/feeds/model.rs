//! Calendar feeds' shared types: a provider's feed as its page shows it, and how much of the
//! patient a feed's events show.

use serde::{Deserialize, Serialize};

use crate::t;

/// A provider's feed, for the person it belongs to (or an admin).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderFeed {
    pub provider_id: i64,
    pub provider: String,
    pub clinic: String,
    /// When the live feed was turned on ("3 Dec 2026"); `None`: off.
    pub since: Option<String>,
    /// When a calendar last fetched it.
    pub last_fetched: Option<String>,
}

/// How much of the patient an event shows beside the appointment type (the clinic's choice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PatientDetail {
    None,
    Initials,
    Name,
}

impl PatientDetail {
    pub const ALL: [PatientDetail; 3] =
        [PatientDetail::Initials, PatientDetail::None, PatientDetail::Name];

    /// As stored (`clinic.feed_patient_detail`); anything else reads as the default, initials.
    pub fn parse(text: &str) -> PatientDetail {
        PatientDetail::check(text).unwrap_or(PatientDetail::Initials)
    }

    /// As a form sends it.
    pub fn check(text: &str) -> Result<PatientDetail, String> {
        PatientDetail::ALL
            .into_iter()
            .find(|d| d.as_str() == text.trim())
            .ok_or_else(|| t!("desk-feed-choose-detail"))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PatientDetail::None => "none",
            PatientDetail::Initials => "initials",
            PatientDetail::Name => "name",
        }
    }

    /// "Initials (A. W.)", in the page's language.
    pub fn label(self) -> String {
        t!(match self {
            PatientDetail::None => "setup-feed-none",
            PatientDetail::Initials => "setup-feed-initials",
            PatientDetail::Name => "setup-feed-name",
        })
    }
}

/// "A. W." from Ann Wilson (the first letter of each name; empty names left out).
pub fn initials(first_name: &str, last_name: &str) -> String {
    [first_name, last_name]
        .iter()
        .filter_map(|name| name.trim().chars().next())
        .map(|letter| format!("{}.", letter.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An event's title: the type, and the patient as the clinic allows ("Check-up · A. W.").
pub fn event_title(type_name: &str, detail: PatientDetail, first: &str, last: &str) -> String {
    let who = match detail {
        PatientDetail::None => String::new(),
        PatientDetail::Initials => initials(first, last),
        PatientDetail::Name => format!("{} {}", first.trim(), last.trim()).trim().to_string(),
    };
    if who.is_empty() { type_name.to_string() } else { format!("{type_name} · {who}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_shows_only_what_the_clinic_allows() {
        assert_eq!(initials("ann", "Wilson"), "A. W.");
        assert_eq!(initials("Élodie", ""), "É.");
        let title = |detail| event_title("Check-up", detail, "Ann", "Wilson");
        assert_eq!(title(PatientDetail::Initials), "Check-up · A. W.");
        assert_eq!(title(PatientDetail::None), "Check-up");
        assert_eq!(title(PatientDetail::Name), "Check-up · Ann Wilson");
        assert_eq!(PatientDetail::parse("anything else"), PatientDetail::Initials);
        assert_eq!(PatientDetail::check(" name "), Ok(PatientDetail::Name));
        assert!(PatientDetail::check("").is_err());
    }
}
