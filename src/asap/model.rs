//! The ASAP list's types, shared by the pages and the server: a request as typed and parsed,
//! the staff list, and an offer as the patient sees it.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::domain::fields::optional_text;
use crate::domain::schedule::{Weekday, parse_date, parse_time};
use crate::error::FieldErrors;
use crate::i18n::Locale;
use crate::setup::model::ClinicRef;
use crate::t;

/// The longest a patient stays on the list at once.
pub const MAX_DAYS_ON_LIST: i64 = 366;

/// A request as the patient page's form sends it. (Fields are named apart from the page's
/// other forms: a field's element id comes from its name.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AsapForm {
    /// An appointment type's id.
    pub asap_type: String,
    /// A provider's id; empty: anyone who performs the type.
    pub asap_provider: String,
    /// One of [`DAY_FIELDS`] each, `on` when ticked; none ticked: any day.
    pub asap_mon: String,
    pub asap_tue: String,
    pub asap_wed: String,
    pub asap_thu: String,
    pub asap_fri: String,
    pub asap_sat: String,
    pub asap_sun: String,
    /// `09:00`, or empty: from opening.
    pub asap_earliest: String,
    /// `12:00`, or empty: to closing.
    pub asap_latest: String,
    /// The last day on the list: `2027-03-01`.
    pub asap_until: String,
    pub asap_note: String,
}

/// The weekday checkboxes' names, Monday first.
pub const DAY_FIELDS: [&str; 7] =
    ["asap_mon", "asap_tue", "asap_wed", "asap_thu", "asap_fri", "asap_sat", "asap_sun"];

/// Weekdays as bits, Monday 1 to Sunday 64 (as the database keeps them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weekdays(pub i16);

impl Weekdays {
    pub const ANY: Weekdays = Weekdays(127);

    pub fn has(self, day: Weekday) -> bool {
        self.0 & (1 << (day.iso() - 1)) != 0
    }

    /// "Any day", or the days' short names: "Mon, Wed" (in the page's language).
    pub fn label(self) -> String {
        if self == Weekdays::ANY {
            return t!("desk-asap-any-day");
        }
        (1..=7)
            .filter_map(Weekday::from_iso)
            .filter(|day| self.has(*day))
            .map(|day| t!(&format!("format-weekday-short-{}", day.iso())))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A request, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsapPreferences {
    pub type_id: i64,
    pub provider_id: Option<i64>,
    pub weekdays: Weekdays,
    pub earliest: Option<NaiveTime>,
    pub latest: Option<NaiveTime>,
    pub expires_on: NaiveDate,
    pub note: String,
}

impl AsapForm {
    /// The preferences, or a message beside each field that is wrong (`today` is the clinic's).
    pub fn parse(&self, today: NaiveDate) -> Result<AsapPreferences, FieldErrors> {
        let mut problems = FieldErrors::new();
        let type_id = self.asap_type.trim().parse::<i64>().ok().filter(|id| *id > 0);
        if type_id.is_none() {
            problems.insert("asap_type".into(), t!("desk-asap-choose-type"));
        }
        let provider_id = match self.asap_provider.trim() {
            "" => None,
            text => {
                let id = text.parse::<i64>().ok().filter(|id| *id > 0);
                if id.is_none() {
                    problems.insert("asap_provider".into(), t!("desk-asap-choose-provider"));
                }
                id
            }
        };
        let ticked = [
            &self.asap_mon,
            &self.asap_tue,
            &self.asap_wed,
            &self.asap_thu,
            &self.asap_fri,
            &self.asap_sat,
            &self.asap_sun,
        ]
        .iter()
        .enumerate()
        .filter(|(_, value)| !value.trim().is_empty())
        .fold(0i16, |bits, (i, _)| bits | (1 << i));
        let weekdays = if ticked == 0 { Weekdays::ANY } else { Weekdays(ticked) };
        let mut time = |key: &str, text: &str, what: &str| match text.trim() {
            "" => None,
            text => parse_time(text, what).map_err(|m| problems.insert(key.into(), m)).ok(),
        };
        let earliest_what = t!("desk-what-earliest-start");
        let earliest = time("asap_earliest", &self.asap_earliest, earliest_what.as_str());
        let latest_what = t!("desk-what-latest-start");
        let latest = time("asap_latest", &self.asap_latest, latest_what.as_str());
        if let (Some(from), Some(to)) = (earliest, latest)
            && from >= to
        {
            problems.insert("asap_latest".into(), t!("desk-asap-latest-after-earliest"));
        }
        let until_what = t!("desk-what-last-day-on-list");
        let expires_on = match parse_date(&self.asap_until, &until_what) {
            Ok(day) if day < today => {
                problems.insert("asap_until".into(), t!("desk-asap-until-past"));
                None
            }
            Ok(day) if (day - today).num_days() > MAX_DAYS_ON_LIST => {
                problems.insert(
                    "asap_until".into(),
                    t!("desk-asap-until-too-far", days = MAX_DAYS_ON_LIST),
                );
                None
            }
            Ok(day) => Some(day),
            Err(message) => {
                problems.insert("asap_until".into(), message);
                None
            }
        };
        let note = optional_text(&self.asap_note, 500)
            .map_err(|m| problems.insert("asap_note".into(), m))
            .ok();
        match (type_id, expires_on, note) {
            (Some(type_id), Some(expires_on), Some(note)) if problems.is_empty() => {
                Ok(AsapPreferences {
                    type_id,
                    provider_id,
                    weekdays,
                    earliest,
                    latest,
                    expires_on,
                    note,
                })
            }
            _ => Err(problems),
        }
    }
}

/// When a request's times may start, in `locale`'s words and clock: "Mon, Wed · 09:00–12:00".
pub fn preferences_label(
    locale: Locale,
    weekdays: Weekdays,
    earliest: Option<NaiveTime>,
    latest: Option<NaiveTime>,
) -> String {
    let window = match (earliest, latest) {
        (None, None) => t!("desk-asap-any-time"),
        (Some(from), None) => t!("desk-asap-from", time = locale.time(from)),
        (None, Some(to)) => t!("desk-asap-until", time = locale.time(to)),
        (Some(from), Some(to)) => {
            t!("desk-asap-between", from = locale.time(from), to = locale.time(to))
        }
    };
    t!("desk-asap-days-window", days = weekdays.label(), window = window)
}

/// A patient waiting, as the lists show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingPatient {
    pub request_id: i64,
    pub patient_id: i64,
    pub patient: String,
    pub phone: Option<String>,
    pub type_name: String,
    /// "Any provider" or the provider's name.
    pub provider: String,
    /// "Mon, Wed · 09:00–12:00".
    pub when: String,
    /// "12 Jan 2027".
    pub until: String,
    /// "3 Dec 2026".
    pub since: String,
    /// "Online" or the staff member who added them.
    pub added_by: String,
    pub note: String,
    /// Offers sent to them so far.
    pub offers: i64,
    /// Their next appointment of this type, if any: "Fri 18 Dec 2026 09:00".
    pub booked: Option<String>,
}

/// A freed time, as the staff list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreedTime {
    pub opening_id: i64,
    /// "Tue 8 Dec 2026 10:30".
    pub when: String,
    pub provider: String,
    pub offers: i64,
    /// "Offering", "Claimed by …", "Closed: nobody waiting fits", …
    pub state: String,
    /// Whether it may still be offered (not claimed, still to come).
    pub open: bool,
}

/// `/asap`: one clinic's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AsapListView {
    pub clinics: Vec<ClinicRef>,
    pub clinic: ClinicRef,
    pub waiting: Vec<WaitingPatient>,
    pub freed: Vec<FreedTime>,
}

/// A choice in a form's list: an id and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: i64,
    pub name: String,
}

/// The patient page's ASAP section: the patient's open requests and what the form offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientAsap {
    pub requests: Vec<WaitingPatient>,
    pub types: Vec<Choice>,
    pub providers: Vec<Choice>,
    /// The default last day on the list: `2027-03-01`.
    pub default_until: String,
}

/// Where an offer stands, as its patient sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OfferState {
    /// It may be taken; `moves` is the patient's later appointment that would move: its time.
    Open { moves: Option<String>, until: String },
    /// This patient took it.
    Claimed,
    /// Someone else took it, or it is no longer free.
    Taken,
    /// It ran out, or the patient is no longer on the list.
    Closed,
}

/// An offer of a freed time, by its link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferView {
    pub clinic: crate::online::model::PublicClinic,
    pub type_name: String,
    pub provider: String,
    /// "Tuesday 8 December 2026 at 10:30".
    pub when: String,
    pub state: OfferState,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> AsapForm {
        AsapForm { asap_type: "3".into(), asap_until: "2027-01-31".into(), ..AsapForm::default() }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    #[test]
    fn no_day_ticked_is_any_day_and_ticked_days_are_bits_from_monday() {
        let parsed = form().parse(today()).unwrap();
        assert_eq!(parsed.weekdays, Weekdays::ANY);
        assert_eq!(parsed.provider_id, None);
        let parsed = AsapForm { asap_mon: "on".into(), asap_wed: "on".into(), ..form() }
            .parse(today())
            .unwrap();
        assert_eq!(parsed.weekdays, Weekdays(0b101));
        assert_eq!(parsed.weekdays.label(), "Mon, Wed");
        assert!(parsed.weekdays.has(Weekday::from_iso(3).unwrap()));
        assert!(!parsed.weekdays.has(Weekday::from_iso(2).unwrap()));
    }

    #[test]
    fn each_wrong_field_gets_its_own_message() {
        let wrong = AsapForm {
            asap_type: "".into(),
            asap_provider: "x".into(),
            asap_earliest: "12:00".into(),
            asap_latest: "09:00".into(),
            asap_until: "2026-11-30".into(),
            ..AsapForm::default()
        };
        let problems = wrong.parse(today()).unwrap_err();
        let keys: Vec<&str> = problems.keys().map(String::as_str).collect();
        assert_eq!(keys, ["asap_latest", "asap_provider", "asap_type", "asap_until"]);
        let far = AsapForm { asap_until: "2028-12-31".into(), ..form() };
        assert!(far.parse(today()).unwrap_err()["asap_until"].contains("at most 366 days"));
        let unreadable = AsapForm { asap_earliest: "soon".into(), ..form() };
        assert!(unreadable.parse(today()).unwrap_err().contains_key("asap_earliest"));
    }

    #[test]
    fn the_label_says_days_and_window() {
        let nine = NaiveTime::from_hms_opt(9, 0, 0);
        let noon = NaiveTime::from_hms_opt(12, 0, 0);
        let gb = Locale::default();
        assert_eq!(preferences_label(gb, Weekdays::ANY, None, None), "Any day · any time");
        assert_eq!(preferences_label(gb, Weekdays(1 | 16), nine, noon), "Mon, Fri · 09:00–12:00");
        assert_eq!(preferences_label(gb, Weekdays(64), None, noon), "Sun · until 12:00");
    }
}
