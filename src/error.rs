//! The one error type of every server function, shared by both sides so the browser can show
//! exactly what went wrong (a field message, a conflict, a wait time) without parsing strings.

use std::collections::BTreeMap;

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Messages for individual form fields, keyed by the field's name.
pub type FieldErrors = BTreeMap<String, String>;

/// What was typed into a form, keyed by field name, sent back with a validation error. Without
/// JavaScript the browser reloads the form after a failed post; the page fills the fields from
/// this, so nothing typed is lost.
pub type FieldValues = BTreeMap<String, String>;

/// What a request whose arguments could not be read is told: a form missing a field it always
/// sends (a hidden one), or one from an older version of the page.
pub const INCOMPLETE_FORM: &str =
    "This form was incomplete or out of date. Reload the page and try again.";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{}", crate::t!("error-unauthorized"))]
    Unauthorized,
    /// Wrong email or wrong password: deliberately the same message for both.
    /// `email` is what was typed, for the form to show again.
    #[error("{}", crate::t!("error-sign-in-failed"))]
    SignInFailed { email: String },
    #[error("{}", crate::t!("error-forbidden"))]
    Forbidden,
    #[error("{}", crate::t!("error-not-found"))]
    NotFound,
    #[error("{}", crate::t!("error-validation"))]
    Validation { fields: FieldErrors, input: FieldValues },
    #[error("{0}")]
    Conflict(String),
    #[error("{}", wait_text(*retry_after_secs))]
    RateLimited { retry_after_secs: u64 },
    /// The request itself was malformed (missing or undecodable arguments): a whole sentence
    /// for the user, never a parser's words.
    #[error("{0}")]
    BadRequest(String),
    /// The browser could not reach the server, or could not read its answer.
    #[error("{}", crate::t!("error-unreachable"))]
    Unreachable(String),
    /// Anything unexpected. The details are logged on the server under `id`; the user only
    /// sees the reference, never the cause.
    #[error("{}", crate::t!("error-internal", id = id.as_str()))]
    Internal { id: String },
}

/// A wait as people say it: "40 seconds", "1 minute", "15 minutes".
/// "Too many attempts. Please try again in 30 seconds." (minutes past a minute and a half).
fn wait_text(seconds: u64) -> String {
    let minutes = if seconds <= 90 { 0 } else { seconds.div_ceil(60) };
    crate::t!("error-rate-limited", seconds = seconds.max(1), minutes = minutes)
}

impl AppError {
    /// The HTTP status that matches this error.
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::Unauthorized | AppError::SignInFailed { .. } => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Validation { .. } | AppError::BadRequest(_) => 400,
            AppError::Conflict(_) => 409,
            AppError::RateLimited { .. } => 429,
            AppError::Unreachable(_) => 502,
            AppError::Internal { .. } => 500,
        }
    }

    /// The message for one form field, if this is a validation error about it.
    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            AppError::Validation { fields, .. } => fields.get(name).cloned(),
            _ => None,
        }
    }

    /// What the user typed into field `name`, when this error carries it back.
    pub fn typed(&self, name: &str) -> Option<String> {
        match self {
            AppError::Validation { input, .. } => input.get(name).cloned(),
            AppError::SignInFailed { email } if name == "email" => Some(email.clone()),
            _ => None,
        }
    }

    /// A validation error about one field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        AppError::fields(FieldErrors::from([(field.to_string(), message.into())]))
    }

    /// A validation error about several fields.
    pub fn fields(fields: FieldErrors) -> Self {
        AppError::Validation { fields, input: FieldValues::new() }
    }

    /// Attaches what was typed to a validation error (other errors are left as they are).
    pub fn with_input(self, typed: FieldValues) -> Self {
        match self {
            AppError::Validation { fields, .. } => AppError::Validation { fields, input: typed },
            other => other,
        }
    }

    /// Sets the HTTP status of a server function's error answer for API callers. Plain HTML
    /// form posts keep Leptos' redirect back to the form, which shows the error (carried in
    /// the session, not the address: see `server::form_flash`).
    #[cfg(feature = "ssr")]
    pub fn with_http_status(self) -> Self {
        use leptos::prelude::use_context;
        let accepts_html = use_context::<http::request::Parts>().is_some_and(|parts| {
            parts
                .headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
        });
        if !accepts_html
            && let Some(response) = use_context::<leptos_axum::ResponseOptions>()
            && let Ok(status) = http::StatusCode::from_u16(self.status_code())
        {
            response.set_status(status);
        }
        self
    }

    /// Logs an unexpected error with a fresh reference and returns the opaque `Internal` error.
    #[cfg(feature = "ssr")]
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let id = uuid::Uuid::new_v4().simple().to_string();
        tracing::error!(error.id = %id, error.cause = %cause, "internal error");
        AppError::Internal { id }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(message) | ServerFnErrorErr::MissingArg(message) => {
                // Every field a user sets reaches the function's own parser (as text or an
                // option), so only a hand-made or stale request gets here: the parser's words
                // go to the log, not to the person.
                #[cfg(feature = "ssr")]
                tracing::info!(%message, "a server function's arguments were not understood");
                #[cfg(not(feature = "ssr"))]
                let _ = message;
                let refused = AppError::BadRequest(INCOMPLETE_FORM.to_string());
                // The function never ran to set its own status: an API caller gets 400, not
                // the 500 of an error nobody answered for.
                #[cfg(feature = "ssr")]
                let refused = refused.with_http_status();
                refused
            }
            ServerFnErrorErr::Request(message)
            | ServerFnErrorErr::Deserialization(message)
            | ServerFnErrorErr::Response(message) => AppError::Unreachable(message),
            other => {
                #[cfg(feature = "ssr")]
                {
                    AppError::internal(other)
                }
                #[cfg(not(feature = "ssr"))]
                {
                    AppError::Unreachable(other.to_string())
                }
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        AppError::internal(error)
    }
}

/// Helpers for server functions that take forms and write rows.
#[cfg(feature = "ssr")]
pub mod forms {
    use super::{AppError, FieldErrors, FieldValues};

    /// The name of the constraint a database error broke, if it broke one.
    pub fn broken_constraint(error: &sqlx::Error) -> Option<String> {
        error.as_database_error().and_then(|e| e.constraint()).map(str::to_string)
    }

    /// What a form sent, flattened to `field` / `rows.0.starts` keys, to echo with its errors.
    pub fn typed(form: &impl serde::Serialize) -> FieldValues {
        fn flatten(prefix: String, value: &serde_json::Value, out: &mut FieldValues) {
            let key = |k: &dyn std::fmt::Display| {
                if prefix.is_empty() { k.to_string() } else { format!("{prefix}.{k}") }
            };
            match value {
                serde_json::Value::Object(map) => {
                    map.iter().for_each(|(k, v)| flatten(key(k), v, out));
                }
                // A list of plain values (ticked boxes) is kept as one comma-separated value.
                serde_json::Value::Array(items) if items.iter().all(|v| v.is_string()) => {
                    let joined =
                        items.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(",");
                    out.insert(prefix, joined);
                }
                serde_json::Value::Array(items) => {
                    items.iter().enumerate().for_each(|(i, v)| flatten(key(&i), v, out));
                }
                serde_json::Value::String(s) => {
                    out.insert(prefix, s.clone());
                }
                // An unticked box arrives as nothing: echoed as empty, so it stays unticked.
                serde_json::Value::Null => {
                    out.insert(prefix, String::new());
                }
                other => {
                    out.insert(prefix, other.to_string());
                }
            }
        }
        let mut out = FieldValues::new();
        flatten(String::new(), &serde_json::to_value(form).unwrap_or_default(), &mut out);
        out
    }

    /// A form's field errors as the validation error that carries the form back.
    pub fn rejected(fields: FieldErrors, form: &impl serde::Serialize) -> AppError {
        AppError::fields(fields).with_input(typed(form))
    }
}
