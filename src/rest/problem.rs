//! The API's errors as RFC 9457 problem details (`application/problem+json`), made from the
//! application's one error type so a refusal reads the same here as on the pages.

use std::collections::BTreeMap;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;

/// Where the problem types are described (the reference page's section on errors).
const TYPES: &str = "/api/v1/docs#problem-";

/// A problem, as RFC 9457 shapes it, with the fields that need attention (`errors`) when the
/// request's values were refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem: `/api/v1/docs#problem-validation`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The kind in words, the same for every problem of that kind.
    pub title: String,
    /// The HTTP status, repeated.
    pub status: u16,
    /// What went wrong this time, for a person to read.
    pub detail: String,
    /// Per field: what is wrong with its value.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<String, String>,
    /// Seconds to wait before trying again (a `Retry-After` header too).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, kind: &str, title: &str, detail: impl Into<String>) -> Self {
        Problem {
            kind: format!("{TYPES}{kind}"),
            title: title.to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: BTreeMap::new(),
            retry_after: None,
        }
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Problem::new(StatusCode::UNAUTHORIZED, "unauthorized", "No valid API key", detail)
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "bad-request",
            "The request could not be read",
            detail,
        )
    }

    pub fn rate_limited(retry_after: u64) -> Self {
        let mut problem = Problem::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            "This key has made as many requests as it may this minute.",
        );
        problem.retry_after = Some(retry_after);
        problem
    }

    pub fn not_found() -> Self {
        Problem::new(StatusCode::NOT_FOUND, "not-found", "Not found", "There is nothing here.")
    }
}

impl From<AppError> for Problem {
    fn from(error: AppError) -> Self {
        let detail = error.to_string();
        let status =
            StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        match error {
            AppError::Unauthorized | AppError::SignInFailed { .. } => {
                Problem::unauthorized("Send a live API key: Authorization: Bearer csk_…")
            }
            AppError::Forbidden => Problem::new(
                status,
                "forbidden",
                "Not allowed",
                "This key's scopes do not allow that.",
            ),
            AppError::NotFound => Problem::new(status, "not-found", "Not found", detail),
            AppError::Validation { fields, .. } => {
                let mut problem = Problem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "validation",
                    "Some values need attention",
                    detail,
                );
                problem.errors = fields.into_iter().collect();
                problem
            }
            AppError::Conflict(message) => {
                Problem::new(status, "conflict", "Conflicts with the current state", message)
            }
            AppError::RateLimited { retry_after_secs } => Problem::rate_limited(retry_after_secs),
            AppError::BadRequest(message) => Problem::bad_request(message),
            AppError::Unreachable(_) | AppError::Internal { .. } => Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Something went wrong on our side",
                detail,
            ),
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        if let Some(seconds) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::FieldErrors;

    #[test]
    fn a_refused_value_names_its_field_and_reads_as_on_the_pages() {
        let fields = FieldErrors::from([("starts_at".to_string(), "Choose a date.".to_string())]);
        let problem = Problem::from(AppError::fields(fields));
        assert_eq!(problem.status, 422);
        assert_eq!(problem.kind, "/api/v1/docs#problem-validation");
        assert_eq!(problem.errors.get("starts_at").map(String::as_str), Some("Choose a date."));
        let conflict = Problem::from(AppError::Conflict("That time was just taken.".into()));
        assert_eq!((conflict.status, conflict.detail.as_str()), (409, "That time was just taken."));
    }

    #[test]
    fn a_problem_answers_as_problem_json_with_its_status_and_wait() {
        let response = Problem::rate_limited(12).into_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
        assert_eq!(response.headers()[header::RETRY_AFTER], "12");
        let response = Problem::unauthorized("x").into_response();
        assert_eq!(response.headers()[header::WWW_AUTHENTICATE], "Bearer");
    }
}
