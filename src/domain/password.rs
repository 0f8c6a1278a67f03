//! The password policy (OWASP ASVS 2.1): long passphrases welcome, common and personal
//! passwords refused, no composition rules.

use std::fmt;

use serde::{Deserialize, Serialize};

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

/// A password that meets the policy, ready to be hashed. Never logged or displayed.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

impl NewPassword {
    /// Checks `candidate` for a person with this email and name. On the server this includes
    /// the common-password list; in the browser (which does not download the list) it does not.
    pub fn parse(candidate: &str, email: &str, name: &str) -> Result<NewPassword, String> {
        let chars = candidate.chars().count();
        if chars < MIN_CHARS {
            return Err(crate::t!("check-password-too-short", min = MIN_CHARS));
        }
        if chars > MAX_CHARS {
            return Err(crate::t!("field-too-long", max = MAX_CHARS));
        }
        let lowered = candidate.to_lowercase();
        let local_part = email.rsplit_once('@').map_or(email, |(local, _)| local).to_lowercase();
        if local_part.chars().count() >= 3 && lowered.contains(&local_part) {
            return Err(crate::t!("check-password-email"));
        }
        let name_parts = name.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase);
        if name_parts.filter(|part| part.chars().count() >= 3).any(|part| lowered.contains(&part)) {
            return Err(crate::t!("check-password-name"));
        }
        #[cfg(feature = "ssr")]
        if common::is_common(candidate) {
            return Err(crate::t!("check-password-common"));
        }
        Ok(NewPassword(candidate.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A rough strength hint for the form; the policy above is what is enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PasswordStrength {
    TooShort,
    Weak,
    Fair,
    Strong,
}

impl PasswordStrength {
    /// Estimates bits of entropy from length and character variety, discounting repeats.
    pub fn estimate(candidate: &str) -> PasswordStrength {
        let chars: Vec<char> = candidate.chars().collect();
        if chars.len() < MIN_CHARS {
            return PasswordStrength::TooShort;
        }
        let mut pool = 0u32;
        if chars.iter().any(char::is_ascii_lowercase) {
            pool += 26;
        }
        if chars.iter().any(char::is_ascii_uppercase) {
            pool += 26;
        }
        if chars.iter().any(char::is_ascii_digit) {
            pool += 10;
        }
        if chars.iter().any(|c| !c.is_ascii_alphanumeric()) {
            pool += 33;
        }
        let mut distinct = chars.clone();
        distinct.sort_unstable();
        distinct.dedup();
        // Repeated characters add little: count each distinct one fully, repeats at a quarter.
        let effective = distinct.len() as f64 + (chars.len() - distinct.len()) as f64 / 4.0;
        let bits = effective * f64::from(pool.max(1)).log2();
        match bits {
            b if b < 50.0 => PasswordStrength::Weak,
            b if b < 70.0 => PasswordStrength::Fair,
            _ => PasswordStrength::Strong,
        }
    }

    /// The hint in the page's language: "Fair".
    pub fn label(self) -> String {
        crate::t!(match self {
            PasswordStrength::TooShort => "check-strength-too-short",
            PasswordStrength::Weak => "check-strength-weak",
            PasswordStrength::Fair => "check-strength-fair",
            PasswordStrength::Strong => "check-strength-strong",
        })
    }
}

#[cfg(feature = "ssr")]
mod common {
    use std::collections::HashSet;
    use std::sync::LazyLock;

    static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        include_str!("../../data/common-passwords.txt").lines().filter(|l| !l.is_empty()).collect()
    });

    /// Whether the password, or the password without its trailing digits and symbols, is on
    /// the list (compared in lower case).
    pub fn is_common(candidate: &str) -> bool {
        let lowered = candidate.to_lowercase();
        let stem = lowered.trim_end_matches(|c: char| !c.is_alphabetic());
        COMMON.contains(lowered.as_str()) || (!stem.is_empty() && COMMON.contains(stem))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = "jane.doe@clinic.example";
    const NAME: &str = "Jane Doe";

    #[test]
    fn accepts_a_long_unusual_passphrase() {
        assert!(NewPassword::parse("copper kettle under the stairs", EMAIL, NAME).is_ok());
        assert!(NewPassword::parse(&"x".repeat(MAX_CHARS), EMAIL, NAME).is_ok());
    }

    #[test]
    fn refuses_short_and_overlong_passwords() {
        assert!(
            NewPassword::parse("elevenchars", EMAIL, NAME).unwrap_err().contains("at least 12")
        );
        assert!(NewPassword::parse(&"x".repeat(MAX_CHARS + 1), EMAIL, NAME).is_err());
    }

    #[test]
    fn refuses_passwords_made_of_the_email_or_the_name() {
        let email = NewPassword::parse("my jane.doe password", EMAIL, NAME).unwrap_err();
        assert!(email.contains("email"), "{email}");
        let name = NewPassword::parse("DOE family forever", EMAIL, NAME).unwrap_err();
        assert!(name.contains("name"), "{name}");
    }

    #[test]
    fn refuses_common_passwords_even_with_a_suffix() {
        for common in ["1qaz2wsx3edc", "Dragon2026!!!!", "Q1W2E3R4T5Y6"] {
            let error = NewPassword::parse(common, EMAIL, NAME).unwrap_err();
            assert!(error.contains("common"), "{common}: {error}");
        }
    }

    #[test]
    fn the_hint_grows_with_length_and_variety() {
        assert_eq!(PasswordStrength::estimate("short"), PasswordStrength::TooShort);
        assert_eq!(PasswordStrength::estimate("aaaaaaaaaaaa"), PasswordStrength::Weak);
        assert_eq!(
            PasswordStrength::estimate("copper kettle under the stairs"),
            PasswordStrength::Strong
        );
        assert!(PasswordStrength::estimate("Kettle-73-stairs") > PasswordStrength::Weak);
    }

    #[test]
    fn debug_output_hides_the_password() {
        let password = NewPassword::parse("copper kettle under the stairs", EMAIL, NAME).unwrap();
        assert_eq!(format!("{password:?}"), "NewPassword(..)");
    }
}
