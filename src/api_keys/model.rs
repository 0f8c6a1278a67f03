//! API keys' shared types: a key as the admin's form sends it and as the list shows it, its
//! scopes, and the browser origins a clinic lets call the API.

use serde::{Deserialize, Serialize};

use crate::t;

/// What a key may do beyond reading the clinic's set-up, free times and appointments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scopes {
    /// Book, move and cancel appointments and set their status (and, with `patients`, create
    /// and update patients).
    pub write: bool,
    /// Search and read patients (and, with `write`, create and update them).
    pub patients: bool,
}

impl Scopes {
    /// The scopes as the list and the OpenAPI document name them: `read`, `write`, `patients`.
    pub fn names(self) -> Vec<&'static str> {
        let mut names = vec!["read"];
        if self.write {
            names.push("write");
        }
        if self.patients {
            names.push("patients");
        }
        names
    }
}

/// The default and largest requests per minute a key may make.
pub const DEFAULT_PER_MINUTE: i32 = 120;
pub const MAX_PER_MINUTE: i32 = 6000;

/// A key as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyForm {
    /// What the key is for: "Phone system".
    pub key_name: String,
    /// `on` when ticked.
    pub key_write: String,
    pub key_patients: String,
    /// Requests per minute; empty for the default.
    pub key_per_minute: String,
}

/// A checked [`KeyForm`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKey {
    pub name: String,
    pub scopes: Scopes,
    pub per_minute: i32,
}

impl KeyForm {
    /// The key the form describes, or a message per field.
    pub fn parse(&self) -> Result<NewKey, Vec<(&'static str, String)>> {
        let mut problems = Vec::new();
        let name = self.key_name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            problems.push(("key_name", t!("desk-api-key-name", max = 80)));
        }
        let per_minute = match self.key_per_minute.trim() {
            "" => DEFAULT_PER_MINUTE,
            text => match text.parse::<i32>() {
                Ok(n) if (1..=MAX_PER_MINUTE).contains(&n) => n,
                _ => {
                    problems.push((
                        "key_per_minute",
                        t!("desk-api-key-per-minute", min = 1, max = MAX_PER_MINUTE),
                    ));
                    0
                }
            },
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let ticked = |value: &str| !value.trim().is_empty();
        Ok(NewKey {
            name: name.to_string(),
            scopes: Scopes { write: ticked(&self.key_write), patients: ticked(&self.key_patients) },
            per_minute,
        })
    }
}

/// A key, as the set-up page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyView {
    pub id: i64,
    pub name: String,
    /// `csk_Ab12Cd34…`
    pub shown_prefix: String,
    pub scopes: Scopes,
    pub per_minute: i32,
    /// "3 Dec 10:02 by Ada Admin", in the clinic's time.
    pub created: String,
    /// "3 Dec 10:05", or None when never used.
    pub last_used: Option<String>,
    /// "4 Dec 09:00 by Ada Admin" when revoked.
    pub revoked: Option<String>,
}

/// `/setup/{clinic}/api`: a clinic's keys and allowed browser origins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeysView {
    pub clinic: crate::setup::model::ClinicRef,
    pub keys: Vec<KeyView>,
    /// One origin per line, as the form shows them.
    pub origins: Vec<String>,
}

/// The browser origins as the form sends them: one per line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OriginsForm {
    pub api_origins: String,
}

/// A new key: its id and the key itself, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedKey {
    pub id: i64,
    pub key: String,
}

/// The most origins a clinic may allow.
pub const MAX_ORIGINS: usize = 20;

/// Browser origins, one per line (`https://crm.example.com`, or `http://localhost:5173` for a
/// developer): scheme, host and port only, no path; https unless the host is local. Answers
/// them in the form browsers send in `Origin`, each once.
pub fn parse_origins(text: &str) -> Result<Vec<String>, String> {
    let mut origins: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let origin =
            parse_origin(line).ok_or_else(|| t!("desk-api-origin-invalid", origin = line))?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    if origins.len() > MAX_ORIGINS {
        return Err(t!("desk-api-origins-too-many", max = MAX_ORIGINS));
    }
    Ok(origins)
}

/// One origin, lower-cased, without a trailing slash; None when it is not one.
fn parse_origin(text: &str) -> Option<String> {
    let text = text.strip_suffix('/').unwrap_or(text).to_ascii_lowercase();
    let (scheme, rest) = text.split_once("://")?;
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.parse::<u16>().is_ok_and(|n| n > 0));
    let local = host == "localhost" || host == "127.0.0.1";
    let scheme_ok = scheme == "https" || (scheme == "http" && local);
    (host_ok && port_ok && scheme_ok).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_needs_a_name_and_a_sensible_rate() {
        let form = |name: &str, rate: &str| KeyForm {
            key_name: name.into(),
            key_write: "on".into(),
            key_per_minute: rate.into(),
            ..KeyForm::default()
        };
        let parsed = form(" Phone system ", "").parse().unwrap();
        assert_eq!(parsed.name, "Phone system");
        assert_eq!(parsed.scopes, Scopes { write: true, patients: false });
        assert_eq!(parsed.per_minute, DEFAULT_PER_MINUTE);
        assert_eq!(form("x", "600").parse().unwrap().per_minute, 600);
        let fields = |result: Result<NewKey, Vec<(&'static str, String)>>| {
            result.unwrap_err().into_iter().map(|(field, _)| field).collect::<Vec<_>>()
        };
        assert_eq!(fields(form("  ", "0").parse()), vec!["key_name", "key_per_minute"]);
        assert_eq!(fields(form("x", "6001").parse()), vec!["key_per_minute"]);
        assert_eq!(fields(form("x", "ten").parse()), vec!["key_per_minute"]);
    }

    #[test]
    fn scopes_are_named_read_first() {
        assert_eq!(Scopes::default().names(), vec!["read"]);
        assert_eq!(
            Scopes { write: true, patients: true }.names(),
            vec!["read", "write", "patients"]
        );
    }

    #[test]
    fn origins_are_scheme_host_and_port_https_unless_local() {
        assert_eq!(
            parse_origins(
                "https://CRM.example.com/\n\n http://localhost:5173 \nhttps://crm.example.com"
            ),
            Ok(vec!["https://crm.example.com".to_string(), "http://localhost:5173".to_string()])
        );
        assert_eq!(parse_origins(""), Ok(vec![]));
        for bad in [
            "http://crm.example.com",
            "https://crm.example.com/path",
            "crm.example.com",
            "https://",
            "https://crm.example.com:0",
            "https://crm.example.com:99999",
            "ftp://crm.example.com",
        ] {
            assert!(parse_origins(bad).is_err(), "{bad} was taken");
        }
        let many: String = (0..21).map(|n| format!("https://h{n}.example.com\n")).collect();
        assert_eq!(parse_origins(&many), Err("Allow at most 20 origins.".to_string()));
    }
}
