use std::fmt;

use serde::{Deserialize, Serialize};

/// An email address in a plausible shape. Case is kept as typed; the database compares it
/// case-insensitively (citext).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Email, String> {
        let email = input.trim();
        if email.is_empty() {
            return Err(crate::t!("field-email-missing"));
        }
        if email.len() > Self::MAX_LEN {
            return Err(crate::t!("field-email-too-long", max = Self::MAX_LEN));
        }
        let Some((local, domain)) = email.rsplit_once('@') else {
            return Err(crate::t!("field-email-invalid"));
        };
        let plain = |part: &str| {
            !part.is_empty()
                && part.chars().all(|c| !c.is_whitespace() && !c.is_control() && c != '@')
        };
        let labels_ok = domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
        if !plain(local) || !plain(domain) || !labels_ok || !domain.contains('.') {
            return Err(crate::t!("field-email-invalid"));
        }
        Ok(Email(email.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the `@`.
    pub fn local_part(&self) -> &str {
        self.0.rsplit_once('@').map_or(&self.0, |(local, _)| local)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> String {
        email.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses_and_trims_them() {
        let email = Email::parse("  Reception@Demo.test ").unwrap();
        assert_eq!(email.as_str(), "Reception@Demo.test");
        assert_eq!(email.local_part(), "Reception");
        assert!(Email::parse("o'brien+clinic@mail.example.co.uk").is_ok());
    }

    #[test]
    fn refuses_what_cannot_be_an_address() {
        for bad in [
            "",
            "plain",
            "@example.com",
            "name@",
            "name@example",
            "a b@example.com",
            "name@exa mple.com",
            "name@-example.com",
            "name@example..com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(Email::parse(&format!("{}@example.com", "a".repeat(250))).is_err());
    }
}
