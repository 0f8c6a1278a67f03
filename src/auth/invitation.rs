//! Invitation tokens: 256 random bits, shown once as URL-safe text; only their SHA-256 is
//! stored, and a token is good for one use within a week.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::PgConnection;

/// How long an invitation link works.
pub const VALID_FOR_DAYS: i32 = 7;

/// A fresh token: the text for the link, and the hash to store.
pub fn new_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let text = URL_SAFE_NO_PAD.encode(bytes);
    let hash = digest(&text);
    (text, hash)
}

/// The stored form of a token's text.
pub fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Stores an invitation for `staff_id`; answers the token text for the link.
pub async fn create(
    conn: &mut PgConnection,
    staff_id: i64,
    created_by: i64,
) -> Result<String, sqlx::Error> {
    let (text, hash) = new_token();
    sqlx::query(
        "INSERT INTO staff_invitation (staff_id, token_hash, created_by, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(days => $4))",
    )
    .bind(staff_id)
    .bind(hash)
    .bind(created_by)
    .bind(VALID_FOR_DAYS)
    .execute(conn)
    .await?;
    Ok(text)
}

/// A token for the invitation email of `staff_id`, valid until `expires`, created as the email
/// is sent; `None` once the person has accepted an invitation (their password is chosen).
pub async fn create_for_email(
    conn: &mut PgConnection,
    staff_id: i64,
    expires: chrono::DateTime<chrono::Utc>,
) -> Result<Option<String>, sqlx::Error> {
    let (text, hash) = new_token();
    let created = sqlx::query(
        "INSERT INTO staff_invitation (staff_id, token_hash, expires_at)
         SELECT $1, $2, $3
         WHERE NOT EXISTS (SELECT 1 FROM staff_invitation WHERE staff_id = $1 AND used_at IS NOT NULL)",
    )
    .bind(staff_id)
    .bind(hash)
    .bind(expires)
    .execute(conn)
    .await?;
    Ok((created.rows_affected() == 1).then_some(text))
}

/// The invited person of a token that is unused, unexpired and for an active account, as
/// (invitation id, staff id, email, display name, role); locked until the transaction ends.
pub async fn redeemable(
    conn: &mut PgConnection,
    token: &str,
) -> Result<Option<(i64, i64, String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.id, s.id, s.email::text, s.display_name, s.role
         FROM staff_invitation i JOIN staff s ON s.id = i.staff_id
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > now() AND s.active
         FOR UPDATE OF i",
    )
    .bind(digest(token.trim()))
    .fetch_optional(conn)
    .await
}

/// Marks the invitation used (and any other open invitation of the same person, which the new
/// password makes pointless).
pub async fn mark_used(conn: &mut PgConnection, staff_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE staff_invitation SET used_at = now() WHERE staff_id = $1 AND used_at IS NULL",
    )
    .bind(staff_id)
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_stored_only_as_a_hash() {
        let (a, hash_a) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "256 bits in unpadded base64");
        assert_eq!(hash_a.len(), 32);
        assert_eq!(digest(&a), hash_a);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }
}
