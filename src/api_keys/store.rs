//! API keys in the database: making one (with its own staff account), finding the key a
//! request presents (counting it against the key's rate limit), and revoking one.

use sqlx::PgConnection;

use super::model::{NewKey, Scopes};
use crate::auth::invitation::{digest, new_token};
use crate::domain::Role;

/// What every key's text starts with, so a leaked key is recognisable (secret scanners).
pub const KEY_PREFIX: &str = "csk_";

/// How many characters of a key the lists show.
const SHOWN_CHARS: usize = 12;

/// The role of a key's own account: the front desk's permissions, narrowed by the key's
/// scopes (`rest::caller`). Never an admin's.
pub const KEY_ROLE: Role = Role::Receptionist;

/// Makes a key for `clinic_id` (and its account, a member of that clinic only); answers its id
/// and its text, which is not stored. Run it in the transaction that audits it.
pub async fn create(
    conn: &mut PgConnection,
    clinic_id: i64,
    created_by: Option<i64>,
    key: &NewKey,
) -> Result<(i64, String), sqlx::Error> {
    let (random, _) = new_token();
    let text = format!("{KEY_PREFIX}{random}");
    let shown: String = text.chars().take(SHOWN_CHARS).collect();
    // The account's address is unique and can never receive mail (RFC 2606's .invalid).
    let staff_id: i64 = sqlx::query_scalar(
        "INSERT INTO staff (email, display_name, role, password_hash, kind)
         VALUES ('api-key-' || gen_random_uuid() || '@keys.invalid', $1, $2,
                 'no password: an API key''s account', 'api_key')
         RETURNING id",
    )
    .bind(format!("API key “{}”", key.name))
    .bind(KEY_ROLE.as_str())
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO staff_clinic (staff_id, clinic_id) VALUES ($1, $2)")
        .bind(staff_id)
        .bind(clinic_id)
        .execute(&mut *conn)
        .await?;
    let id = sqlx::query_scalar(
        "INSERT INTO api_key (clinic_id, staff_id, name, shown_prefix, secret_sha256, can_write,
                              can_patients, per_minute, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(clinic_id)
    .bind(staff_id)
    .bind(&key.name)
    .bind(&shown)
    .bind(digest(&text))
    .bind(key.scopes.write)
    .bind(key.scopes.patients)
    .bind(key.per_minute)
    .bind(created_by)
    .fetch_one(&mut *conn)
    .await?;
    Ok((id, text))
}

/// A live key, as a request presenting it finds it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PresentedKey {
    pub id: i64,
    pub clinic_id: i64,
    pub clinic_slug: String,
    pub staff_id: i64,
    pub name: String,
    pub can_write: bool,
    pub can_patients: bool,
    pub per_minute: i32,
    /// This request's number in the current minute (1 for the first).
    pub used_this_minute: i32,
    /// Seconds until the current minute ends (when the count starts again).
    pub resets_in: i32,
    /// The clinic's allowed browser origins.
    pub origins: Vec<String>,
}

impl PresentedKey {
    pub fn scopes(&self) -> Scopes {
        Scopes { write: self.can_write, patients: self.can_patients }
    }

    pub fn over_limit(&self) -> bool {
        self.used_this_minute > self.per_minute
    }
}

/// The live key whose text is `text`, with this request counted against its minute (and its
/// last use noted, at most once a minute, and its older minutes' counts deleted), in one
/// statement. None for an unknown or revoked key (or one whose clinic or account is gone).
pub async fn present(
    conn: &mut PgConnection,
    text: &str,
) -> Result<Option<PresentedKey>, sqlx::Error> {
    if !text.starts_with(KEY_PREFIX) || text.len() > 100 {
        return Ok(None);
    }
    sqlx::query_as(
        "WITH k AS (
             SELECT k.id, k.clinic_id, c.slug AS clinic_slug, k.staff_id, k.name, k.can_write,
                    k.can_patients, k.per_minute, c.api_origins AS origins, k.last_used_at
             FROM api_key k JOIN clinic c ON c.id = k.clinic_id
                  JOIN staff s ON s.id = k.staff_id AND s.active
             WHERE k.secret_sha256 = $1 AND k.revoked_at IS NULL),
         counted AS (
             INSERT INTO api_key_use (api_key_id, minute, requests)
             SELECT id, date_trunc('minute', now()), 1 FROM k
             ON CONFLICT (api_key_id, minute)
                 DO UPDATE SET requests = api_key_use.requests + 1
             RETURNING requests),
         swept AS (
             DELETE FROM api_key_use
             WHERE api_key_id = (SELECT id FROM k) AND minute < date_trunc('minute', now())),
         touched AS (
             UPDATE api_key SET last_used_at = now()
             WHERE id = (SELECT id FROM k)
               AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
         SELECT k.id, k.clinic_id, k.clinic_slug, k.staff_id, k.name, k.can_write,
                k.can_patients, k.per_minute, k.origins,
                (SELECT requests FROM counted) AS used_this_minute,
                ceil(extract(epoch FROM date_trunc('minute', now()) + interval '1 minute'
                                        - now()))::int AS resets_in
         FROM k",
    )
    .bind(digest(text))
    .fetch_optional(conn)
    .await
}

/// Whether `origin` may call the API in a browser with some clinic's key: asked before the
/// browser sends the key (a CORS preflight carries none), so any clinic's list will do; the
/// request itself is then checked against its key's clinic.
pub async fn origin_allowed_anywhere(
    conn: &mut PgConnection,
    origin: &str,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM clinic WHERE $1 = ANY(api_origins))")
        .bind(origin)
        .fetch_one(conn)
        .await
}

/// Revokes key `id` (and ends its account); answers whether it was live.
pub async fn revoke(
    conn: &mut PgConnection,
    id: i64,
    revoked_by: i64,
) -> Result<bool, sqlx::Error> {
    let staff_id: Option<i64> = sqlx::query_scalar(
        "UPDATE api_key SET revoked_at = now(), revoked_by = $2
         WHERE id = $1 AND revoked_at IS NULL RETURNING staff_id",
    )
    .bind(id)
    .bind(revoked_by)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(staff_id) = staff_id else {
        return Ok(false);
    };
    sqlx::query("UPDATE staff SET active = false WHERE id = $1")
        .bind(staff_id)
        .execute(conn)
        .await?;
    Ok(true)
}
