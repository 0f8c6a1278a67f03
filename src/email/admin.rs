//! The outbox for admins: the emails of their clinics, filtered by status, kind and date; one
//! email exactly as sent; a failed one retried, a queued one cancelled. Reading it shows
//! patients' addresses: audited.

use leptos::prelude::*;

use super::model::{OutboxEmail, OutboxPage};
use crate::error::AppError;

/// Rows per page.
pub const PAGE_SIZE: i64 = 50;

/// One page of the outbox. `status` and `kind` empty: all; `on` (a date, `2026-12-01`) empty:
/// every day.
#[server(endpoint = "email/outbox")]
pub async fn outbox(
    #[server(default)] status: String,
    #[server(default)] kind: String,
    #[server(default)] on: String,
    #[server(default)] page: u32,
) -> Result<OutboxPage, AppError> {
    ssr::outbox(status, kind, on, page).await.map_err(AppError::with_http_status)
}

/// One email of the caller's clinics, exactly as sent.
#[server(endpoint = "email/outbox/get")]
pub async fn email_in_outbox(id: i64) -> Result<OutboxEmail, AppError> {
    ssr::outbox_email(id).await.map_err(AppError::with_http_status)
}

/// How many emails of the caller's clinics wait (queued) and failed: for the admin home.
#[server(endpoint = "email/outbox/counts")]
pub async fn outbox_counts() -> Result<(i64, i64), AppError> {
    ssr::counts().await.map_err(AppError::with_http_status)
}

/// Queues a failed email again, to go now.
#[server(endpoint = "email/outbox/retry")]
pub async fn retry_email(id: i64) -> Result<(), AppError> {
    ssr::change(id, "failed", "queued").await.map_err(AppError::with_http_status)
}

/// Cancels an email that has not gone yet.
#[server(endpoint = "email/outbox/cancel")]
pub async fn cancel_email(id: i64) -> Result<(), AppError> {
    ssr::change(id, "queued", "cancelled").await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;

    use super::super::model::{EmailKind, OutboxEmail, OutboxPage, OutboxRow, STATUSES};
    use super::PAGE_SIZE;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::session::{self, Actor};
    use crate::domain::Permission;
    use crate::domain::schedule::parse_date;
    use crate::error::AppError;
    use crate::server::state::app_state;

    fn minute(t: DateTime<Utc>) -> String {
        t.format("%Y-%m-%d %H:%M").to_string()
    }

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        created_at: DateTime<Utc>,
        kind: String,
        to_address: String,
        subject: String,
        status: String,
        attempts: i32,
        last_error: Option<String>,
    }

    impl From<Row> for OutboxRow {
        fn from(r: Row) -> OutboxRow {
            OutboxRow {
                id: r.id,
                created: minute(r.created_at),
                kind: r.kind,
                to: r.to_address,
                subject: r.subject,
                status: r.status,
                attempts: r.attempts,
                last_error: r.last_error,
            }
        }
    }

    /// The caller's clinics: an admin sees only their emails.
    const MINE: &str = "clinic_id IN (SELECT clinic_id FROM staff_clinic WHERE staff_id = $1)";

    async fn audited(
        actor: &Actor,
        action: &'static str,
        details: serde_json::Value,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        audited_in(&mut *state.pool.acquire().await?, actor, action, details).await
    }

    /// Appends the audit row on the caller's connection (in its transaction, for a change).
    async fn audited_in(
        conn: &mut sqlx::PgConnection,
        actor: &Actor,
        action: &'static str,
        details: serde_json::Value,
    ) -> Result<(), AppError> {
        let entry = AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(actor.staff_id, actor.role)
            .details(details);
        audit::append(conn, entry).await?;
        Ok(())
    }

    pub async fn outbox(
        status: String,
        kind: String,
        on: String,
        page: u32,
    ) -> Result<OutboxPage, AppError> {
        let actor = require(Permission::ManageOutbox).await?;
        let status = match status.trim() {
            "" => None,
            s if STATUSES.contains(&s) => Some(s.to_string()),
            _ => return Err(AppError::invalid("status", crate::t!("desk-outbox-choose-status"))),
        };
        let kind = match kind.trim() {
            "" => None,
            k => Some(EmailKind::parse(k).map_err(|m| AppError::invalid("kind", m))?.as_str()),
        };
        let on: Option<NaiveDate> = match on.trim() {
            "" => None,
            text => Some(
                parse_date(text, &crate::t!("desk-what-a-date"))
                    .map_err(|m| AppError::invalid("on", m))?,
            ),
        };
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT id, created_at, kind, to_address, subject, status, attempts, last_error
             FROM email_outbox
             WHERE {MINE} AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR kind = $3)
               AND ($4::date IS NULL OR (created_at AT TIME ZONE 'UTC')::date = $4)
             ORDER BY created_at DESC, id DESC LIMIT $5 OFFSET $6"
        ))
        .bind(actor.staff_id)
        .bind(&status)
        .bind(kind)
        .bind(on)
        .bind(PAGE_SIZE + 1)
        .bind(i64::from(page) * PAGE_SIZE)
        .fetch_all(&mut *conn)
        .await?;
        let (queued, failed): (i64, i64) = sqlx::query_as(&format!(
            "SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FILTER (WHERE status = 'failed')
             FROM email_outbox WHERE {MINE} AND status IN ('queued', 'failed')"
        ))
        .bind(actor.staff_id)
        .fetch_one(&mut *conn)
        .await?;
        drop(conn);
        let has_more = rows.len() as i64 > PAGE_SIZE;
        let rows: Vec<OutboxRow> =
            rows.into_iter().take(PAGE_SIZE as usize).map(Into::into).collect();
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        audited(&actor, "outbox.viewed", json!({ "emails": ids })).await?;
        Ok(OutboxPage { rows, page, has_more, queued, failed })
    }

    pub async fn counts() -> Result<(i64, i64), AppError> {
        let actor = require(Permission::ManageOutbox).await?;
        let state = app_state()?;
        Ok(sqlx::query_as(&format!(
            "SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FILTER (WHERE status = 'failed')
             FROM email_outbox WHERE {MINE} AND status IN ('queued', 'failed')"
        ))
        .bind(actor.staff_id)
        .fetch_one(&state.pool)
        .await?)
    }

    #[derive(sqlx::FromRow)]
    struct Full {
        #[sqlx(flatten)]
        row: Row,
        to_name: String,
        text_body: String,
        html_body: String,
        smtp_response: Option<String>,
        message_id: Option<String>,
        sent_at: Option<DateTime<Utc>>,
        not_before: DateTime<Utc>,
    }

    pub async fn outbox_email(id: i64) -> Result<OutboxEmail, AppError> {
        let actor = require(Permission::ManageOutbox).await?;
        let state = app_state()?;
        let full: Option<Full> = sqlx::query_as(&format!(
            "SELECT id, created_at, kind, to_address, subject, status, attempts, last_error,
                    to_name, text_body, html_body, smtp_response, message_id, sent_at, not_before
             FROM email_outbox WHERE {MINE} AND id = $2"
        ))
        .bind(actor.staff_id)
        .bind(id)
        .fetch_optional(&state.pool)
        .await?;
        let full = full.ok_or(AppError::NotFound)?;
        audited(&actor, "outbox.email_viewed", json!({ "email": id })).await?;
        let next_attempt = (full.row.status == "queued").then(|| minute(full.not_before));
        Ok(OutboxEmail {
            row: full.row.into(),
            to_name: full.to_name,
            text_body: full.text_body,
            html_body: full.html_body,
            smtp_response: full.smtp_response,
            message_id: full.message_id,
            sent: full.sent_at.map(minute),
            next_attempt,
        })
    }

    /// Moves an email of the caller's clinics from status `from` to `to` (retry: to go now).
    pub async fn change(id: i64, from: &str, to: &str) -> Result<(), AppError> {
        let actor = require(Permission::ManageOutbox).await?;
        let state = app_state()?;
        // The change and its audit row commit together, or neither does.
        let mut tx = state.pool.begin().await?;
        let changed = sqlx::query(&format!(
            "UPDATE email_outbox SET status = $4, not_before = now(), last_error = NULL
             WHERE {MINE} AND id = $2 AND status = $3"
        ))
        .bind(actor.staff_id)
        .bind(id)
        .bind(from)
        .bind(to)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            // Another clinic's email, or none: not found. Only one of the caller's clinics in
            // another status is the conflict the message describes.
            let mine: bool = sqlx::query_scalar(&format!(
                "SELECT EXISTS (SELECT 1 FROM email_outbox WHERE {MINE} AND id = $2)"
            ))
            .bind(actor.staff_id)
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
            if !mine {
                return Err(AppError::NotFound);
            }
            return Err(AppError::Conflict(if to == "queued" {
                crate::t!("desk-outbox-only-failed-retried")
            } else {
                crate::t!("desk-outbox-only-queued-cancelled")
            }));
        }
        let details = json!({ "email": id, "before": from, "after": to });
        audited_in(&mut tx, &actor, "outbox.email_changed", details).await?;
        tx.commit().await?;
        Ok(())
    }
}
