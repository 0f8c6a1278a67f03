//! An admin's API keys for a clinic: the keys with their scopes and last use, making one (shown
//! once), revoking one, and the browser origins allowed to call the API.

use leptos::prelude::*;

use super::model::{ApiKeysView, CreatedKey, KeyForm, OriginsForm};
use crate::error::AppError;

/// Clinic `clinic`'s keys, newest first, and its allowed origins.
#[server(endpoint = "api-keys/list")]
pub async fn api_keys(clinic: String) -> Result<ApiKeysView, AppError> {
    ssr::list(clinic).await.map_err(AppError::with_http_status)
}

/// Makes a key for clinic `clinic`; answers it, shown this once.
#[server(endpoint = "api-keys/create")]
pub async fn create_api_key(clinic: String, form: KeyForm) -> Result<CreatedKey, AppError> {
    ssr::create(clinic, form).await.map_err(AppError::with_http_status)
}

/// Revokes key `key_id`: requests with it are refused from now on.
#[server(endpoint = "api-keys/revoke")]
pub async fn revoke_api_key(key_id: i64) -> Result<(), AppError> {
    ssr::revoke(key_id).await.map_err(AppError::with_http_status)
}

/// Sets the browser origins (one per line) allowed to call the API with clinic `clinic`'s keys.
#[server(endpoint = "api-keys/origins")]
pub async fn save_api_origins(
    clinic: String,
    #[server(default)] form: OriginsForm,
) -> Result<(), AppError> {
    ssr::save_origins(clinic, form.api_origins).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, Utc};
    use serde_json::json;

    use super::super::model::{ApiKeysView, CreatedKey, KeyForm, KeyView, Scopes, parse_origins};
    use super::super::store;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::{AppError, FieldValues, forms};
    use crate::server::state::app_state;

    /// The most keys a list shows (live ones first).
    const MAX_KEYS: i64 = 100;

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        name: String,
        shown_prefix: String,
        can_write: bool,
        can_patients: bool,
        per_minute: i32,
        created_at: DateTime<Utc>,
        /// None: made on the command line.
        created_by: Option<String>,
        last_used_at: Option<DateTime<Utc>>,
        revoked_at: Option<DateTime<Utc>>,
        revoked_by: Option<String>,
    }

    pub async fn list(clinic: String) -> Result<ApiKeysView, AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &clinic).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT k.id, k.name, k.shown_prefix, k.can_write, k.can_patients, k.per_minute,
                    k.created_at, c.display_name AS created_by,
                    k.last_used_at, k.revoked_at, r.display_name AS revoked_by
             FROM api_key k LEFT JOIN staff c ON c.id = k.created_by
                  LEFT JOIN staff r ON r.id = k.revoked_by
             WHERE k.clinic_id = $1
             ORDER BY k.revoked_at IS NOT NULL, k.id DESC LIMIT $2",
        )
        .bind(access.clinic.id)
        .bind(MAX_KEYS)
        .fetch_all(&mut *conn)
        .await?;
        let origins: Vec<String> =
            sqlx::query_scalar("SELECT api_origins FROM clinic WHERE id = $1")
                .bind(access.clinic.id)
                .fetch_one(&mut *conn)
                .await?;
        let locale = access.clinic.locale();
        let when = |at: DateTime<Utc>| locale.moment_short(at.with_timezone(&zone).naive_local());
        let keys = rows
            .into_iter()
            .map(|row| KeyView {
                id: row.id,
                name: row.name,
                shown_prefix: row.shown_prefix,
                scopes: Scopes { write: row.can_write, patients: row.can_patients },
                per_minute: row.per_minute,
                created: crate::t!(
                    "desk-api-key-when-by",
                    when = when(row.created_at),
                    who = row
                        .created_by
                        .unwrap_or_else(|| crate::t!("admin-audit-chain-command-line")),
                ),
                last_used: row.last_used_at.map(when),
                revoked: row.revoked_at.map(|at| {
                    crate::t!(
                        "desk-api-key-when-by",
                        when = when(at),
                        who = row.revoked_by.unwrap_or_default(),
                    )
                }),
            })
            .collect();
        Ok(ApiKeysView { clinic: access.clinic, keys, origins })
    }

    pub async fn create(clinic: String, form: KeyForm) -> Result<CreatedKey, AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let typed = forms::typed(&form);
        let made = async {
            let key = form.parse().map_err(|problems| {
                AppError::fields(problems.into_iter().map(|(k, m)| (k.to_string(), m)).collect())
            })?;
            let state = app_state()?;
            let mut tx = state.pool.begin().await?;
            let access = clinic_access::open(&mut tx, actor, &clinic).await?;
            let made =
                store::create(&mut tx, access.clinic.id, Some(access.actor.staff_id), &key).await;
            let (id, text) =
                made.map_err(|error| match forms::broken_constraint(&error).as_deref() {
                    Some("api_key_live_name_unique") => {
                        AppError::invalid("key_name", crate::t!("desk-api-key-name-taken"))
                    }
                    _ => error.into(),
                })?;
            let entry = entry("api_key.created", &access, id).details(json!({
                "name": key.name, "scopes": key.scopes.names(), "per_minute": key.per_minute,
            }));
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            Ok(CreatedKey { id, key: text })
        };
        made.await.map_err(|error: AppError| error.with_input(typed))
    }

    fn entry(action: &'static str, access: &ClinicAccess, id: i64) -> AuditEntry {
        AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .object("api_key", id)
    }

    pub async fn revoke(key_id: i64) -> Result<(), AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let clinic: Option<i64> =
            sqlx::query_scalar("SELECT clinic_id FROM api_key WHERE id = $1 FOR UPDATE")
                .bind(key_id)
                .fetch_optional(&mut *tx)
                .await?;
        let access = clinic_access::open_for(&mut tx, actor, clinic).await?;
        if !store::revoke(&mut tx, key_id, access.actor.staff_id).await? {
            return Err(AppError::Conflict(crate::t!("desk-api-key-revoked-already")));
        }
        audit::append(&mut tx, entry("api_key.revoked", &access, key_id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn save_origins(clinic: String, api_origins: String) -> Result<(), AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let typed = FieldValues::from([("api_origins".to_string(), api_origins.clone())]);
        let origins = parse_origins(&api_origins)
            .map_err(|m| AppError::invalid("api_origins", m).with_input(typed))?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &clinic).await?;
        let before: Vec<String> = sqlx::query_scalar(
            "UPDATE clinic c SET api_origins = $2 FROM clinic old
             WHERE c.id = $1 AND old.id = c.id RETURNING old.api_origins",
        )
        .bind(access.clinic.id)
        .bind(&origins)
        .fetch_one(&mut *tx)
        .await?;
        let entry = AuditEntry::new(
            "clinic.api_origins_changed",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .object("clinic", access.clinic.id)
        .details(json!({ "before": before, "after": origins }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
