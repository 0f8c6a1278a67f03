//! What the public booking pages show, shared by the server and the browser.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A clinic as patients see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicClinic {
    pub slug: String,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub time_zone: String,
    /// Where it is: how it writes dates and times.
    pub region: crate::i18n::Region,
}

/// An appointment type that may be booked online.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnlineType {
    pub id: i64,
    pub name: String,
    pub minutes: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnlineProvider {
    pub id: i64,
    pub name: String,
    /// "Dentist" or "Hygienist".
    pub kind: String,
}

/// Who the patient chose to see. (An enum, not a nested `Option`: serialised, `Some(None)`
/// would come back as `None`.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProviderChoice {
    FirstAvailable,
    One(OnlineProvider),
}

impl ProviderChoice {
    pub fn provider(&self) -> Option<&OnlineProvider> {
        match self {
            ProviderChoice::FirstAvailable => None,
            ProviderChoice::One(provider) => Some(provider),
        }
    }
}

/// A day of the date strip, with how many free times it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayChoice {
    pub date: NaiveDate,
    pub free: usize,
}

/// A free time on the chosen day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeChoice {
    /// The clinic's local time as a form sends it: `2026-12-01T10:30`.
    pub starts_at: String,
    /// `10:30`.
    pub label: String,
    pub provider_id: i64,
    pub provider: String,
}

/// The slot picker: a strip of days and the free times of the chosen one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotPicker {
    pub days: Vec<DayChoice>,
    pub date: NaiveDate,
    pub times: Vec<TimeChoice>,
    /// The first day of the strip before and after this one, when there is one.
    pub earlier: Option<NaiveDate>,
    pub later: Option<NaiveDate>,
    /// The clinic's UTC offset on the chosen day, in minutes (the browser compares its own).
    pub utc_offset_minutes: i32,
}

/// `/book/{clinic}` at whichever step its address says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingStep {
    pub clinic: PublicClinic,
    pub types: Vec<OnlineType>,
    pub chosen_type: Option<OnlineType>,
    /// Who performs the chosen type.
    pub providers: Vec<OnlineProvider>,
    pub chosen_provider: Option<ProviderChoice>,
    pub picker: Option<SlotPicker>,
    /// A fresh random key for the time forms: asking twice with one key holds one time.
    pub hold_key: String,
    /// When the page was shown, signed: without JavaScript it stands in for the proof-of-work.
    pub hold_stamp: String,
    /// The booking link of the address (`invite`), if it has one.
    pub invite: Invite,
}

/// A booking link that knows the patient (`online::patient_links`), as the flow shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Invite {
    /// The address has none: the patient types their details after choosing a time.
    Absent,
    /// It books for the patient of this first name, who types nothing.
    For(String),
    /// It has run out, has booked already, or is not right: booking goes on as without one.
    Spent,
}

/// Where an online booking has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Progress {
    /// The time is held; the details may be missing.
    Held,
    Confirmed,
}

/// The details a patient types, as the form sends them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DetailsForm {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: String,
    pub email: String,
    pub phone: String,
    pub reason: String,
    /// "new" or "returning".
    pub returning: String,
    /// "on" when the patient wants email reminders (a new record starts with this consent).
    #[serde(default)]
    pub reminders: String,
    /// "on" when the patient would take an earlier time, should one free up (the ASAP list).
    #[serde(default)]
    pub earlier: String,
}

/// A held or confirmed online booking, as its own pages show it. Once confirmed, only the
/// clinic and the progress are filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldBooking {
    pub clinic: PublicClinic,
    pub type_name: String,
    pub provider: String,
    /// `Tuesday 1 December 2026 at 10:30`.
    pub when: String,
    pub progress: Progress,
    /// The hold's end in the clinic's time: `10:42`.
    pub held_until: String,
    pub seconds_left: i64,
    /// The proof-of-work puzzle of the details step.
    pub challenge: String,
    /// What was typed so far.
    pub details: Option<DetailsForm>,
    /// Held through a booking link: the first name of the patient it books for (no details
    /// are typed).
    pub for_patient: Option<String>,
}

impl HeldBooking {
    /// A confirmed booking: the clinic, and nothing about the appointment or the patient.
    pub fn confirmed(clinic: PublicClinic) -> Self {
        HeldBooking {
            clinic,
            type_name: String::new(),
            provider: String::new(),
            when: String::new(),
            progress: Progress::Confirmed,
            held_until: String::new(),
            seconds_left: 0,
            challenge: String::new(),
            details: None,
            for_patient: None,
        }
    }
}

/// An appointment seen through its manage link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
/// Nothing of the patient's record: the page is reached without an account.
pub struct ManagedAppointment {
    pub clinic: PublicClinic,
    pub type_name: String,
    pub provider: String,
    pub when: String,
    /// "scheduled", "confirmed", "cancelled", …
    pub status: String,
    /// Cancelling and moving online are still allowed (the clinic's notice has not started).
    pub changeable: bool,
    /// The patient may still confirm they will come (it is scheduled and has not started).
    pub confirmable: bool,
    /// `Monday 30 November at 10:30`: the last moment to change it online.
    pub change_until: String,
    pub appointment_type_id: i64,
    pub picker: Option<SlotPicker>,
}

/// The proof-of-work: a hex SHA-256 of `challenge:nonce` must start with this many zero bits.
/// About 32,000 hashes on average: a fraction of a second in a browser, nothing a person sees.
pub const PROOF_BITS: u32 = 15;

/// Whether `nonce` solves `challenge`.
pub fn proof_is_valid(challenge: &str, nonce: &str) -> bool {
    use sha2::{Digest, Sha256};
    if nonce.is_empty() || nonce.len() > 20 || !nonce.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let hash = Sha256::digest(format!("{challenge}:{nonce}").as_bytes());
    leading_zero_bits(&hash) >= PROOF_BITS
}

fn leading_zero_bits(bytes: &[u8]) -> u32 {
    let mut bits = 0;
    for byte in bytes {
        if *byte == 0 {
            bits += 8;
        } else {
            return bits + byte.leading_zeros();
        }
    }
    bits
}

/// Finds a nonce for `challenge`, as the patient pages' script (`public/book.js`) does in the
/// browser while the patient looks at the page.
pub fn solve(challenge: &str) -> String {
    (0u64..).map(|n| n.to_string()).find(|n| proof_is_valid(challenge, n)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_solved_challenge_is_valid_and_others_are_not() {
        let nonce = solve("abc123");
        assert!(proof_is_valid("abc123", &nonce));
        // `solve` answers the first valid nonce, so every smaller one is refused.
        let first: u64 = nonce.parse().unwrap();
        assert!(first > 0, "a 15-bit proof is not found at the first try");
        assert!(!proof_is_valid("abc123", &(first - 1).to_string()));
        assert!(!proof_is_valid("abc123", ""));
        assert!(!proof_is_valid("abc123", "12a"));
    }

    #[test]
    fn zero_bits_are_counted_across_bytes() {
        assert_eq!(leading_zero_bits(&[0, 0x0f, 0xff]), 12);
        assert_eq!(leading_zero_bits(&[0x80]), 0);
        assert_eq!(leading_zero_bits(&[0, 0]), 16);
    }
}
