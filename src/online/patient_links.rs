//! Booking links that know the patient: the link in a recall email opens the online booking
//! with `invite={token}` in the address, and a time booked through it belongs to that patient,
//! who then types no details and confirms only the time. The token is 256 random bits created
//! when the email is sent; only its SHA-256 is kept. It runs out after [`VALID_FOR_DAYS`] and
//! books once: after that (or for another clinic's address) it is as if there were none, and
//! the patient books like anyone else.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::auth::invitation::{digest, new_token};

/// How long a recall email's link books for its patient.
pub const VALID_FOR_DAYS: i64 = 45;

/// Creates the link of recall `recall_id` (its patient's), valid until `expires`; `None` when
/// the recall is no longer there.
pub async fn create_for_recall(
    conn: &mut PgConnection,
    recall_id: i64,
    expires: DateTime<Utc>,
) -> Result<Option<String>, sqlx::Error> {
    let (token, hash) = new_token();
    let created = sqlx::query(
        "INSERT INTO patient_booking_link (token_hash, clinic_id, patient_id, recall_id, expires_at)
         SELECT $1, clinic_id, patient_id, id, $3 FROM patient_recall WHERE id = $2",
    )
    .bind(hash)
    .bind(recall_id)
    .bind(expires)
    .execute(conn)
    .await?;
    Ok((created.rows_affected() == 1).then_some(token))
}

/// The patient a link books for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LinkedPatient {
    pub link_id: i64,
    pub patient_id: i64,
    pub first_name: String,
}

/// The patient of `token` in clinic `clinic_id`, while the link is unused, has not run out and
/// the record is current; locked for the rest of the transaction with `lock`. `None` for
/// anything else, forged and mistyped tokens included (the pages do not say which).
pub async fn patient_of(
    conn: &mut PgConnection,
    clinic_id: i64,
    token: &str,
    lock: bool,
) -> Result<Option<LinkedPatient>, sqlx::Error> {
    let token = token.trim();
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    let lock = if lock { "FOR UPDATE OF l" } else { "" };
    sqlx::query_as(&format!(
        "SELECT l.id AS link_id, p.id AS patient_id,
                CASE WHEN btrim(p.preferred_name) = '' THEN p.first_name
                     ELSE p.preferred_name END AS first_name
         FROM patient_booking_link l JOIN patient p ON p.id = l.patient_id
         WHERE l.token_hash = $1 AND l.clinic_id = $2 AND l.used_at IS NULL
           AND l.expires_at > now() AND p.archived_at IS NULL
         {lock}"
    ))
    .bind(digest(token))
    .bind(clinic_id)
    .fetch_optional(conn)
    .await
}

/// The patient of link `link_id` (of a held booking), locked, while it may still book.
pub async fn patient_of_link(
    conn: &mut PgConnection,
    link_id: i64,
) -> Result<Option<LinkedPatient>, sqlx::Error> {
    sqlx::query_as(
        "SELECT l.id AS link_id, p.id AS patient_id,
                CASE WHEN btrim(p.preferred_name) = '' THEN p.first_name
                     ELSE p.preferred_name END AS first_name
         FROM patient_booking_link l JOIN patient p ON p.id = l.patient_id
         WHERE l.id = $1 AND l.used_at IS NULL AND l.expires_at > now()
           AND p.archived_at IS NULL
         FOR UPDATE OF l",
    )
    .bind(link_id)
    .fetch_optional(conn)
    .await
}

/// Spends link `link_id`: it has booked.
pub async fn spend(conn: &mut PgConnection, link_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE patient_booking_link SET used_at = now() WHERE id = $1")
        .bind(link_id)
        .execute(conn)
        .await?;
    Ok(())
}
