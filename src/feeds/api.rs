//! Turning a provider's calendar feed on and off. The person linked to the provider manages
//! it (from My day), and so may an admin of the provider's clinic; to anyone else the provider
//! does not exist. Turning it on answers the feed's address, shown once (only its hash is kept);
//! turning it on again replaces the address, and the old one stops working.

use leptos::prelude::*;

use super::model::ProviderFeed;
use crate::error::AppError;

/// The feeds of the providers linked to the caller.
#[server(endpoint = "feeds/mine")]
pub async fn my_calendar_feeds() -> Result<Vec<ProviderFeed>, AppError> {
    ssr::mine().await.map_err(AppError::with_http_status)
}

/// Turns on provider `provider_id`'s feed (replacing a live one); answers its address.
#[server(endpoint = "feeds/turn-on")]
pub async fn turn_on_calendar_feed(provider_id: i64) -> Result<String, AppError> {
    ssr::turn_on(provider_id).await.map_err(AppError::with_http_status)
}

/// Turns off provider `provider_id`'s feed: its address stops working.
#[server(endpoint = "feeds/turn-off")]
pub async fn turn_off_calendar_feed(provider_id: i64) -> Result<(), AppError> {
    ssr::turn_off(provider_id).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::model::ProviderFeed;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::invitation::new_token;
    use crate::auth::session::{self, Actor};
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::i18n::{Locale, Region};
    use crate::server::state::app_state;

    #[derive(sqlx::FromRow)]
    struct FeedRow {
        provider_id: i64,
        provider: String,
        clinic: String,
        time_zone: String,
        region: String,
        since: Option<DateTime<Utc>>,
        last_fetched: Option<DateTime<Utc>>,
    }

    pub async fn mine() -> Result<Vec<ProviderFeed>, AppError> {
        let actor = require(Permission::ViewCalendar).await?;
        let state = app_state()?;
        let rows: Vec<FeedRow> = sqlx::query_as(
            "SELECT p.id AS provider_id, p.name AS provider, c.name AS clinic, c.time_zone,
                    c.region, f.created_at AS since, f.last_fetched_at AS last_fetched
             FROM provider p
             JOIN clinic c ON c.id = p.clinic_id
             JOIN staff_clinic sc ON sc.clinic_id = p.clinic_id AND sc.staff_id = p.staff_id
             LEFT JOIN calendar_feed f ON f.provider_id = p.id AND f.revoked_at IS NULL
             WHERE p.staff_id = $1 AND p.active
             ORDER BY c.name, p.name",
        )
        .bind(actor.staff_id)
        .fetch_all(&state.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let zone: chrono_tz::Tz = row.time_zone.parse().unwrap_or(chrono_tz::UTC);
                let locale = Locale::here(Region::parse(&row.region).unwrap_or_default());
                let day =
                    |t: DateTime<Utc>| locale.moment_short(t.with_timezone(&zone).naive_local());
                ProviderFeed {
                    provider_id: row.provider_id,
                    provider: row.provider,
                    clinic: row.clinic,
                    since: row.since.map(day),
                    last_fetched: row.last_fetched.map(day),
                }
            })
            .collect())
    }

    /// Provider `provider_id`, locked, for a caller linked to it or an admin of its clinic.
    async fn open_provider(
        conn: &mut PgConnection,
        actor: Actor,
        provider_id: i64,
    ) -> Result<ClinicAccess, AppError> {
        let provider: Option<(i64, Option<i64>)> =
            sqlx::query_as("SELECT clinic_id, staff_id FROM provider WHERE id = $1 FOR UPDATE")
                .bind(provider_id)
                .fetch_optional(&mut *conn)
                .await?;
        let own = provider.is_some_and(|(_, staff)| staff == Some(actor.staff_id));
        let admin = actor.role.allows(Permission::ManageClinicSetup);
        let access = clinic_access::open_for(conn, actor, provider.map(|p| p.0)).await?;
        if own || admin { Ok(access) } else { Err(AppError::NotFound) }
    }

    /// Revokes the provider's live feed; answers whether there was one.
    async fn revoke(conn: &mut PgConnection, provider_id: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE calendar_feed SET revoked_at = now()
             WHERE provider_id = $1 AND revoked_at IS NULL",
        )
        .bind(provider_id)
        .execute(conn)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    fn entry(action: &'static str, access: &ClinicAccess, provider_id: i64) -> AuditEntry {
        AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .object("provider", provider_id)
    }

    pub async fn turn_on(provider_id: i64) -> Result<String, AppError> {
        let actor = require(Permission::ViewCalendar).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let access = open_provider(&mut tx, actor, provider_id).await?;
        let replaced = revoke(&mut tx, provider_id).await?;
        let (token, hash) = new_token();
        sqlx::query(
            "INSERT INTO calendar_feed (clinic_id, provider_id, token_hash, created_by)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(access.clinic.id)
        .bind(provider_id)
        .bind(hash)
        .bind(access.actor.staff_id)
        .execute(&mut *tx)
        .await?;
        let audited =
            entry("feed.turned_on", &access, provider_id).details(json!({ "replaced": replaced }));
        audit::append(&mut tx, audited).await?;
        tx.commit().await?;
        let address = state
            .config
            .public_base_url
            .join(&format!("/feeds/{token}.ics"))
            .map_err(AppError::internal)?;
        Ok(address.to_string())
    }

    pub async fn turn_off(provider_id: i64) -> Result<(), AppError> {
        let actor = require(Permission::ViewCalendar).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let access = open_provider(&mut tx, actor, provider_id).await?;
        let revoked = revoke(&mut tx, provider_id).await?;
        let audited =
            entry("feed.turned_off", &access, provider_id).details(json!({ "was_on": revoked }));
        audit::append(&mut tx, audited).await?;
        tx.commit().await?;
        Ok(())
    }
}
