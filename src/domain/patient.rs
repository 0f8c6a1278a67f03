//! What a receptionist types about a patient: phone numbers in any format, birth dates in the
//! usual ways, patient numbers, and the one search box that accepts any of them.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::Email;

/// A phone number in E.164 (`+447700900123`). Local numbers are read with the clinic's calling
/// code: a leading trunk `0` is dropped (`07700 900123` in the UK), and in North America ten
/// digits are a local number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(input: &str, calling_code: u16) -> Result<PhoneNumber, String> {
        let message = || crate::t!("field-phone");
        // "+44 (0)20 …": the bracketed trunk zero is not dialled from abroad.
        let text = input.trim().replace("(0)", "");
        let text = text.as_str();
        if text.is_empty() {
            return Err(message());
        }
        if !text.chars().all(|c| c.is_ascii_digit() || " +-.()/".contains(c))
            || text.chars().skip(1).any(|c| c == '+')
        {
            return Err(message());
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let international = if text.starts_with('+') {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_string()
        } else if calling_code == 1 && digits.len() == 10 {
            format!("1{digits}")
        } else if calling_code == 1 && digits.len() == 11 && digits.starts_with('1') {
            digits
        } else if let Some(national) = digits.strip_prefix('0') {
            format!("{calling_code}{national}")
        } else {
            format!("{calling_code}{digits}")
        };
        let plausible = (8..=15).contains(&international.len()) && !international.starts_with('0');
        if !plausible {
            return Err(message());
        }
        Ok(PhoneNumber(format!("+{international}")))
    }

    /// A stored E.164 value, trusted as such.
    pub fn from_e164(value: String) -> PhoneNumber {
        PhoneNumber(value)
    }

    pub fn as_e164(&self) -> &str {
        &self.0
    }

    /// For reading aloud: the calling code, then the rest in groups (`+44 7700 900 123`).
    pub fn readable(&self) -> String {
        let digits = &self.0[1..];
        // Calling codes are prefix-free: 1 and 7 stand alone, these two-digit ones are whole,
        // and every other code has three digits.
        const TWO_DIGIT: &str = "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 \
                                 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98";
        let code_len = if digits.starts_with('1') || digits.starts_with('7') {
            1
        } else if digits.len() > 2 && TWO_DIGIT.split_whitespace().any(|c| c == &digits[..2]) {
            2
        } else {
            3
        };
        let (code, rest) = digits.split_at(code_len.min(digits.len()));
        if code == "1" && rest.len() == 10 {
            // North American numbers: area code, exchange, line.
            return format!("+1 {} {} {}", &rest[..3], &rest[3..6], &rest[6..]);
        }
        let mut groups = Vec::new();
        let mut rest = rest;
        // Four digits first, then threes: close to how most national plans are read.
        if rest.len() > 7 {
            let (head, tail) = rest.split_at(rest.len() - 6);
            groups.push(head.to_string());
            rest = tail;
        }
        while rest.len() > 4 {
            let (head, tail) = rest.split_at(3);
            groups.push(head.to_string());
            rest = tail;
        }
        if !rest.is_empty() {
            groups.push(rest.to_string());
        }
        format!("+{code} {}", groups.join(" "))
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.readable())
    }
}

/// How a clinic writes dates with slashes: `07/03/1985` is 7 March (day first) in most of the
/// world and July 3rd (month first) in the United States.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    /// North America (calling code 1) writes the month first.
    pub fn for_calling_code(calling_code: u16) -> DateOrder {
        if calling_code == 1 { DateOrder::MonthFirst } else { DateOrder::DayFirst }
    }
}

/// A calendar date as people type one: `1985-03-07`, or with slashes, dots or hyphens in the
/// clinic's order (`07/03/1985`, `7.3.1985`).
pub fn parse_typed_date(input: &str, order: DateOrder) -> Option<NaiveDate> {
    // The invisible marks that keep numbers left to right inside right-to-left text (a date
    // copied from an Arabic page carries them).
    let text: String = input
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [a, b, year] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 || a.is_empty() || b.is_empty() || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (a, b, year): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, year.parse().ok()?);
    let (day, month) = match order {
        DateOrder::DayFirst => (a, b),
        DateOrder::MonthFirst => (b, a),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A date of birth: a real date, not in the future, not before 1900.
pub fn parse_date_of_birth(
    input: &str,
    order: DateOrder,
    today: NaiveDate,
) -> Result<NaiveDate, String> {
    if input.trim().is_empty() {
        return Err(crate::t!("field-date-of-birth-missing"));
    }
    let date = parse_typed_date(input, order).ok_or_else(|| match order {
        DateOrder::DayFirst => crate::t!("field-date-day-first"),
        DateOrder::MonthFirst => crate::t!("field-date-month-first"),
    })?;
    if date > today {
        return Err(crate::t!("field-date-of-birth-future"));
    }
    if date.year() < 1900 {
        return Err(crate::t!("field-date-before-1900"));
    }
    Ok(date)
}

/// Age in whole years on `on`.
pub fn age_on(date_of_birth: NaiveDate, on: NaiveDate) -> u32 {
    on.years_since(date_of_birth).unwrap_or(0)
}

/// The patient number as shown: `P-000123`.
pub fn format_patient_number(number: i64) -> String {
    format!("P-{number:06}")
}

/// `P-000123`, `P123`, `p 123` or `#123` as a number.
pub fn parse_patient_number(input: &str) -> Option<i64> {
    let text = input.trim();
    let rest = text
        .strip_prefix(['P', 'p'])
        .map(|r| r.trim_start_matches(['-', ' ']))
        .or_else(|| text.strip_prefix('#'))?;
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit()) || rest.len() > 12 {
        return None;
    }
    rest.parse().ok().filter(|n| *n > 0)
}

/// What a search for patients looks for, read from the one box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatientQuery {
    /// Nothing typed (or too little to search by name).
    Empty,
    Number(i64),
    Email(String),
    BirthDate(NaiveDate),
    Phone(PhoneNumber),
    /// Words of a name, as typed (folded for comparison by the database).
    Name(String),
}

impl PatientQuery {
    /// Reads the search box: a patient number, an email address, a date, a phone number (at
    /// least seven digits), else a name of at least two letters.
    pub fn read(input: &str, calling_code: u16) -> PatientQuery {
        let text = input.trim();
        if text.is_empty() {
            return PatientQuery::Empty;
        }
        if let Some(number) = parse_patient_number(text) {
            return PatientQuery::Number(number);
        }
        if text.contains('@') {
            return match Email::parse(text) {
                Ok(email) => PatientQuery::Email(email.as_str().to_string()),
                Err(_) => PatientQuery::Name(text.to_string()),
            };
        }
        if let Some(date) = parse_typed_date(text, DateOrder::for_calling_code(calling_code)) {
            return PatientQuery::BirthDate(date);
        }
        let digits = text.chars().filter(char::is_ascii_digit).count();
        if digits >= 7
            && let Ok(phone) = PhoneNumber::parse(text, calling_code)
        {
            return PatientQuery::Phone(phone);
        }
        if text.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return PatientQuery::Empty;
        }
        PatientQuery::Name(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn phone_numbers_become_e164_whatever_their_format() {
        let uk = |s| PhoneNumber::parse(s, 44).map(|p| p.as_e164().to_string());
        assert_eq!(uk("07700 900123"), Ok("+447700900123".into()));
        assert_eq!(uk("+44 (0)7700-900-123"), Ok("+447700900123".into()));
        assert_eq!(uk("+44 7700 900123"), Ok("+447700900123".into()));
        assert_eq!(uk("0044 7700 900123"), Ok("+447700900123".into()));
        assert_eq!(uk("020 7946 0321"), Ok("+442079460321".into()));
        let us = |s| PhoneNumber::parse(s, 1).map(|p| p.as_e164().to_string());
        assert_eq!(us("(212) 555-0142"), Ok("+12125550142".into()));
        assert_eq!(us("1-212-555-0142"), Ok("+12125550142".into()));
        for bad in ["", "12", "call me", "++44 7700", "+0 7700 900123", "0770 09+00"] {
            assert!(PhoneNumber::parse(bad, 44).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn phone_numbers_read_in_groups() {
        assert_eq!(PhoneNumber::from_e164("+447700900123".into()).readable(), "+44 7700 900 123");
        assert_eq!(PhoneNumber::from_e164("+12125550142".into()).readable(), "+1 212 555 0142");
    }

    #[test]
    fn dates_follow_the_clinics_order() {
        assert_eq!(parse_typed_date("1985-03-07", DateOrder::DayFirst), Some(date("1985-03-07")));
        assert_eq!(parse_typed_date("07/03/1985", DateOrder::DayFirst), Some(date("1985-03-07")));
        assert_eq!(parse_typed_date("7.3.1985", DateOrder::DayFirst), Some(date("1985-03-07")));
        assert_eq!(parse_typed_date("03/07/1985", DateOrder::MonthFirst), Some(date("1985-03-07")));
        assert_eq!(parse_typed_date("31/02/1985", DateOrder::DayFirst), None);
        assert_eq!(parse_typed_date("07/03/85", DateOrder::DayFirst), None);
    }

    #[test]
    fn a_date_of_birth_is_in_the_past_and_after_1900() {
        let today = date("2026-11-25");
        assert!(parse_date_of_birth("26/11/2026", DateOrder::DayFirst, today).is_err());
        assert!(parse_date_of_birth("01/01/1899", DateOrder::DayFirst, today).is_err());
        assert_eq!(parse_date_of_birth("25/11/2026", DateOrder::DayFirst, today), Ok(today));
        assert_eq!(age_on(date("1985-11-26"), today), 40);
        assert_eq!(age_on(date("1985-11-25"), today), 41);
    }

    #[test]
    fn patient_numbers_are_read_in_several_spellings() {
        for typed in ["P-000123", "p123", "P 123", "#123"] {
            assert_eq!(parse_patient_number(typed), Some(123), "{typed}");
        }
        assert_eq!(format_patient_number(123), "P-000123");
        assert_eq!(parse_patient_number("Paul"), None);
    }

    #[test]
    fn the_search_box_tells_names_from_numbers_dates_phones_and_emails() {
        use PatientQuery::*;
        assert_eq!(PatientQuery::read("  ", 44), Empty);
        assert_eq!(PatientQuery::read("P-000042", 44), Number(42));
        assert_eq!(PatientQuery::read("Ann@Example.com", 44), Email("Ann@Example.com".into()));
        assert_eq!(PatientQuery::read("07/03/1985", 44), BirthDate(date("1985-03-07")));
        assert_eq!(PatientQuery::read("07/03/1985", 1), BirthDate(date("1985-07-03")));
        assert_eq!(
            PatientQuery::read("07700 900 123", 44),
            Phone(PhoneNumber::from_e164("+447700900123".into()))
        );
        assert_eq!(PatientQuery::read("jon smyth", 44), Name("jon smyth".into()));
        assert_eq!(PatientQuery::read("j", 44), Empty);
    }
}
