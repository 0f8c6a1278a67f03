//! Parsers for the plain fields of set-up forms: names, numbers in a range, colours, slugs,
//! phone numbers. Each answers the value or the message to show beside the field.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Trimmed text of 1 to `max` characters; `what` names the field in the message ("a name").
pub fn required_text(input: &str, what: &str, max: usize) -> Result<String, String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(crate::t!("field-enter", what = what));
    }
    optional_text(text, max)
}

/// Trimmed text of at most `max` characters (empty allowed), without control characters other
/// than line breaks.
pub fn optional_text(input: &str, max: usize) -> Result<String, String> {
    let text = input.trim();
    if text.chars().count() > max {
        return Err(crate::t!("field-too-long", max = max));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        return Err(crate::t!("field-control-characters"));
    }
    Ok(text.to_string())
}

/// A whole number between `min` and `max`, with `unit` ("minutes") in the message.
pub fn whole_number(input: &str, min: i32, max: i32, unit: &str) -> Result<i32, String> {
    let text = input.trim();
    let out_of_range = || crate::t!("check-whole-number", unit = unit, min = min, max = max);
    if text.is_empty() {
        return Err(out_of_range());
    }
    match text.parse::<i32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(out_of_range()),
    }
}

/// A whole number of minutes in a range that is also a multiple of 5 (the finest grid the
/// calendar and the slot step use).
pub fn minutes_in_fives(input: &str, min: i32, max: i32) -> Result<i32, String> {
    let n = whole_number(input, min, max, &crate::t!("check-what-minutes"))?;
    if n % 5 != 0 {
        return Err(crate::t!("check-multiple-of-five"));
    }
    Ok(n)
}

/// A display colour, `#rrggbb` in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colour(String);

impl Colour {
    pub fn parse(input: &str) -> Result<Colour, String> {
        let text = input.trim().to_ascii_lowercase();
        let hex = text.strip_prefix('#').unwrap_or(&text);
        if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            Ok(Colour(format!("#{hex}")))
        } else {
            Err(crate::t!("check-colour"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The clinic's name in addresses: lower-case letters and digits in words joined by hyphens
/// (`north-london`), used by online booking (`/book/north-london`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 60;

    pub fn parse(input: &str) -> Result<Slug, String> {
        let text = input.trim();
        let words_ok = !text.is_empty()
            && text.split('-').all(|word| {
                !word.is_empty()
                    && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if !words_ok {
            return Err(crate::t!("check-slug"));
        }
        if text.len() > Self::MAX_LEN {
            return Err(crate::t!("field-too-long", max = Self::MAX_LEN));
        }
        // `/book/manage/{token}` is the patients' manage link.
        if text == "manage" {
            return Err(crate::t!("check-slug-manage"));
        }
        Ok(Slug(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A telephone number as people write it: digits with spaces, hyphens, dots, brackets and an
/// optional leading `+`; 6 to 15 digits (the E.164 limit). Kept as typed, tidied of spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone(String);

impl Phone {
    pub fn parse(input: &str) -> Result<Phone, String> {
        let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
        let body = text.strip_prefix('+').unwrap_or(&text);
        let allowed = body.chars().all(|c| c.is_ascii_digit() || " -.()".contains(c));
        let digits = body.chars().filter(char::is_ascii_digit).count();
        if !allowed || !(6..=15).contains(&digits) {
            return Err(crate::t!("check-phone"));
        }
        Ok(Phone(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The IANA name of a time zone (`Europe/London`). On the server it is checked against the
/// time zone database; the browser does not carry that database, so there it is only checked
/// for shape and the server's answer is the word that counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeZoneName(String);

impl TimeZoneName {
    pub fn parse(input: &str) -> Result<TimeZoneName, String> {
        let text = input.trim();
        if text.is_empty() {
            return Err(crate::t!("check-time-zone-missing"));
        }
        #[cfg(feature = "ssr")]
        if text.parse::<chrono_tz::Tz>().is_err() {
            return Err(crate::t!("check-time-zone-unknown", zone = text));
        }
        Ok(TimeZoneName(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The names offered in the time zone picker: region/city zones and UTC, without the
    /// legacy aliases (`US/Eastern`, `EST5EDT`) that the database also knows.
    #[cfg(feature = "ssr")]
    pub fn choices() -> Vec<String> {
        const LEGACY: [&str; 6] = ["US/", "Etc/", "Canada/", "Brazil/", "Mexico/", "Chile/"];
        let mut names: Vec<String> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| tz.name())
            .filter(|name| name.contains('/') && !LEGACY.iter().any(|p| name.starts_with(p)))
            .map(str::to_string)
            .chain(std::iter::once("UTC".to_string()))
            .collect();
        names.sort();
        names
    }
}

/// `text` when it is a path on this site (`/calendar?date=…`), never another site's address:
/// where a form may send the person afterwards without becoming an open redirect.
pub fn local_path(text: &str) -> Option<&str> {
    (text.starts_with('/')
        && !text.starts_with("//")
        && !text.contains('\\')
        && !text.chars().any(|c| c.is_control() || c.is_whitespace()))
    .then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_is_trimmed_and_bounded() {
        assert_eq!(required_text("  Chair 1 ", "a name", 60), Ok("Chair 1".into()));
        assert_eq!(required_text("   ", "a name", 60), Err("Enter a name.".into()));
        assert!(required_text(&"x".repeat(61), "a name", 60).is_err());
        assert!(required_text("bad\u{7}bell", "a name", 60).is_err());
    }

    #[test]
    fn numbers_must_be_whole_and_in_range() {
        assert_eq!(whole_number(" 15 ", 5, 60, "minutes"), Ok(15));
        for bad in ["", "4", "61", "ten", "1.5", "-5"] {
            assert!(whole_number(bad, 5, 60, "minutes").is_err(), "{bad:?}");
        }
        assert_eq!(minutes_in_fives("45", 5, 480), Ok(45));
        assert_eq!(minutes_in_fives("47", 5, 480), Err("Use a multiple of 5 minutes.".into()));
    }

    #[test]
    fn colours_are_six_hex_digits() {
        assert_eq!(Colour::parse("#1F7A8C").unwrap().as_str(), "#1f7a8c");
        assert_eq!(Colour::parse("1f7a8c").unwrap().as_str(), "#1f7a8c");
        for bad in ["", "#fff", "#12345g", "red", "#1234567"] {
            assert!(Colour::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn slugs_are_lower_case_words_with_hyphens() {
        assert_eq!(Slug::parse("north-london-2").unwrap().as_str(), "north-london-2");
        for bad in ["", "North", "a--b", "-a", "a-", "a b", "café", "manage"] {
            assert!(Slug::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn phones_keep_their_shape_and_count_digits() {
        assert_eq!(Phone::parse(" +44 20  7946 0000 ").unwrap().as_str(), "+44 20 7946 0000");
        assert!(Phone::parse("(212) 555-0142").is_ok());
        for bad in ["", "12345", "call me", "+44 20 7946 0000 0000 00", "++44 20 7946"] {
            assert!(Phone::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn time_zones_are_checked_against_the_database() {
        assert_eq!(TimeZoneName::parse(" Europe/London ").unwrap().as_str(), "Europe/London");
        assert!(TimeZoneName::parse("").is_err());
        #[cfg(feature = "ssr")]
        {
            assert!(TimeZoneName::parse("Mars/Olympus_Mons").is_err());
            assert!(TimeZoneName::parse("europe/london").is_err());
            let choices = TimeZoneName::choices();
            assert!(choices.iter().any(|z| z == "America/New_York"));
            assert!(choices.iter().any(|z| z == "Australia/Lord_Howe"));
            assert!(!choices.iter().any(|z| z == "US/Eastern"));
        }
    }

    #[test]
    fn only_local_paths_are_places_to_go_next() {
        assert_eq!(local_path("/calendar?date=2026-12-01"), Some("/calendar?date=2026-12-01"));
        for foreign in ["https://evil.example", "//evil.example", "/\\evil", "/a b", "", "calendar"]
        {
            assert_eq!(local_path(foreign), None, "{foreign}");
        }
    }
}
