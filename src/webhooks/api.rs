//! An admin's webhooks for a clinic: the endpoints with their recent deliveries, adding one
//! (its secret shown once), disabling one, and sending one a test event.

use leptos::prelude::*;

use super::model::{EndpointForm, NewEndpoint, WebhooksView};
use crate::error::AppError;

/// Clinic `clinic`'s endpoints, each with its last deliveries.
#[server(endpoint = "webhooks/list")]
pub async fn webhook_endpoints(clinic: String) -> Result<WebhooksView, AppError> {
    ssr::list(clinic).await.map_err(AppError::with_http_status)
}

/// Adds an endpoint to clinic `clinic`; answers its signing secret, shown this once.
#[server(endpoint = "webhooks/create")]
pub async fn create_webhook(clinic: String, form: EndpointForm) -> Result<NewEndpoint, AppError> {
    ssr::create(clinic, form).await.map_err(AppError::with_http_status)
}

/// Disables endpoint `endpoint_id`: nothing more is sent to it.
#[server(endpoint = "webhooks/disable")]
pub async fn disable_webhook(endpoint_id: i64) -> Result<(), AppError> {
    ssr::disable(endpoint_id).await.map_err(AppError::with_http_status)
}

/// Queues a `ping` event for endpoint `endpoint_id`.
#[server(endpoint = "webhooks/test")]
pub async fn send_test_webhook(endpoint_id: i64) -> Result<(), AppError> {
    ssr::ping(endpoint_id).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, Utc};
    use rand::RngCore;
    use serde_json::json;
    use sqlx::PgConnection;
    use url::Url;

    use super::super::delivery::checked_address;
    use super::super::model::{
        EndpointForm, EndpointView, NewEndpoint, WebhooksView, check_events,
    };
    use super::super::signing::secret;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::domain::fields::optional_text;
    use crate::error::{AppError, FieldErrors, forms};
    use crate::server::state::app_state;

    /// The most endpoints a list shows, and deliveries per endpoint.
    const MAX_ENDPOINTS: i64 = 50;
    const DELIVERIES_SHOWN: i64 = 10;

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        url: String,
        events: Vec<String>,
        description: String,
        disabled_at: Option<DateTime<Utc>>,
    }

    /// One attempt, as the log lists it.
    #[derive(sqlx::FromRow)]
    struct Delivery {
        at: DateTime<Utc>,
        event: String,
        code: Option<i32>,
        error: Option<String>,
    }

    pub async fn list(clinic: String) -> Result<WebhooksView, AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &clinic).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let locale = access.clinic.locale();
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, url, events, description, disabled_at FROM webhook_endpoint
             WHERE clinic_id = $1 ORDER BY disabled_at IS NOT NULL, id LIMIT $2",
        )
        .bind(access.clinic.id)
        .bind(MAX_ENDPOINTS)
        .fetch_all(&mut *conn)
        .await?;
        let mut endpoints = Vec::with_capacity(rows.len());
        for row in rows {
            let deliveries: Vec<Delivery> = sqlx::query_as(
                "SELECT d.at, ev.event, d.status_code AS code, d.error FROM webhook_delivery d
                     JOIN webhook_event ev ON ev.id = d.event_id
                     WHERE ev.endpoint_id = $1 ORDER BY d.id DESC LIMIT $2",
            )
            .bind(row.id)
            .bind(DELIVERIES_SHOWN)
            .fetch_all(&mut *conn)
            .await?;
            endpoints.push(EndpointView {
                id: row.id,
                url: row.url,
                events: row.events,
                description: row.description,
                active: row.disabled_at.is_none(),
                deliveries: deliveries
                    .into_iter()
                    .map(|Delivery { at, event, code, error }| {
                        let outcome = match (code, error) {
                            (Some(code), None) => code.to_string(),
                            (_, Some(error)) => error,
                            (None, None) => crate::t!("desk-webhook-no-answer"),
                        };
                        // To the second, on a 24-hour clock: a log of attempts.
                        let local = at.with_timezone(&zone);
                        crate::t!(
                            "desk-webhook-delivery",
                            day = locale.day_month_short(local.date_naive()),
                            time = local.format("%H:%M:%S").to_string(),
                            event = event,
                            outcome = outcome,
                        )
                    })
                    .collect(),
            });
        }
        Ok(WebhooksView { clinic: access.clinic, endpoints })
    }

    /// A delivery address: http(s), with a host; https in production, and a public one there.
    async fn check_url(text: &str, production: bool) -> Result<String, String> {
        let url =
            Url::parse(text.trim()).map_err(|_| crate::t!("desk-webhook-url-full-address"))?;
        match url.scheme() {
            "https" => {}
            "http" if !production => {}
            "http" => return Err(crate::t!("desk-webhook-url-https")),
            _ => return Err(crate::t!("desk-webhook-url-https")),
        }
        if url.host_str().is_none() || url.as_str().len() > 2000 {
            return Err(crate::t!("desk-webhook-url-full-address"));
        }
        if production {
            checked_address(&url, false).await.map_err(|problem| problem.message())?;
        }
        Ok(url.to_string())
    }

    pub async fn create(clinic: String, form: EndpointForm) -> Result<NewEndpoint, AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let typed = forms::typed(&form);
        let made = async {
            let state = app_state()?;
            let mut problems = FieldErrors::new();
            let url = check_url(&form.webhook_url, state.config.is_production())
                .await
                .map_err(|m| problems.insert("webhook_url".into(), m))
                .ok();
            let events = check_events(&form.webhook_events)
                .map_err(|m| problems.insert("webhook_events".into(), m))
                .ok();
            let description = optional_text(&form.webhook_description, 200)
                .map_err(|m| problems.insert("webhook_description".into(), m))
                .ok();
            let (Some(url), Some(events), Some(description)) = (url, events, description) else {
                return Err(AppError::fields(problems));
            };
            let mut salt = [0u8; 16];
            rand::rng().fill_bytes(&mut salt);
            let mut tx = state.pool.begin().await?;
            let access = clinic_access::open(&mut tx, actor, &clinic).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO webhook_endpoint (clinic_id, url, events, description, secret_salt,
                                               created_by)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(access.clinic.id)
            .bind(&url)
            .bind(&events)
            .bind(&description)
            .bind(salt.as_slice())
            .bind(access.actor.staff_id)
            .fetch_one(&mut *tx)
            .await?;
            let entry = entry("webhook.created", &access, id)
                .details(json!({ "url": url, "events": events, "description": description }));
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            Ok(NewEndpoint { id, secret: secret(&state.config.app_secret, &salt) })
        };
        made.await.map_err(|error: AppError| error.with_input(typed))
    }

    fn entry(action: &'static str, access: &ClinicAccess, id: i64) -> AuditEntry {
        AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .object("webhook_endpoint", id)
    }

    /// Endpoint `id`, locked, for an admin of its clinic.
    async fn open_endpoint(
        conn: &mut PgConnection,
        actor: session::Actor,
        id: i64,
    ) -> Result<ClinicAccess, AppError> {
        let clinic: Option<i64> =
            sqlx::query_scalar("SELECT clinic_id FROM webhook_endpoint WHERE id = $1 FOR UPDATE")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        clinic_access::open_for(conn, actor, clinic).await
    }

    pub async fn disable(endpoint_id: i64) -> Result<(), AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let access = open_endpoint(&mut tx, actor, endpoint_id).await?;
        sqlx::query(
            "UPDATE webhook_endpoint SET disabled_at = coalesce(disabled_at, now()) WHERE id = $1",
        )
        .bind(endpoint_id)
        .execute(&mut *tx)
        .await?;
        audit::append(&mut tx, entry("webhook.disabled", &access, endpoint_id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn ping(endpoint_id: i64) -> Result<(), AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let access = open_endpoint(&mut tx, actor, endpoint_id).await?;
        let queued = sqlx::query(
            "INSERT INTO webhook_event (clinic_id, endpoint_id, event, payload)
             SELECT clinic_id, id, 'ping', jsonb_build_object('message', 'A test event from Chairside')
             FROM webhook_endpoint WHERE id = $1 AND disabled_at IS NULL",
        )
        .bind(endpoint_id)
        .execute(&mut *tx)
        .await?;
        if queued.rows_affected() == 0 {
            return Err(AppError::Conflict(crate::t!("desk-webhook-disabled")));
        }
        audit::append(&mut tx, entry("webhook.tested", &access, endpoint_id)).await?;
        tx.commit().await?;
        Ok(())
    }
}
