//! Manage links: `/book/manage/{token}` lets a patient see, cancel or move an appointment
//! without an account. The token is 256 random bits; only its SHA-256 is stored, and it works
//! until the appointment has ended (wherever the appointment has been moved to).

use sqlx::PgConnection;

use crate::auth::invitation::{digest, new_token};
use crate::error::AppError;

/// A new token for appointment `appointment_id` (one per email sent); only its hash is kept.
pub async fn issue(conn: &mut PgConnection, appointment_id: i64) -> Result<String, sqlx::Error> {
    let (token, hash) = new_token();
    sqlx::query("INSERT INTO manage_link (token_hash, appointment_id) VALUES ($1, $2)")
        .bind(hash)
        .bind(appointment_id)
        .execute(conn)
        .await?;
    Ok(token)
}

/// The appointment a token opens, while it has not ended; `None` for a forged, mistyped or
/// expired token (the pages do not say which).
pub async fn appointment_of(conn: &mut PgConnection, token: &str) -> Result<Option<i64>, AppError> {
    let token = token.trim();
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    let id = sqlx::query_scalar(
        "SELECT a.id FROM manage_link l JOIN appointment a ON a.id = l.appointment_id
         WHERE l.token_hash = $1 AND upper(a.visit) > now() AND a.patient_id IS NOT NULL",
    )
    .bind(digest(token))
    .fetch_optional(conn)
    .await?;
    Ok(id)
}
