//! The viewer's own notifications: the bell's count, the list, marking them read, and choosing
//! which kinds to get. Every staff member reaches only their own (no id of another's is ever
//! accepted: each statement is bound to the signed-in staff member).

use leptos::prelude::*;

use super::model::NotificationList;
use crate::error::AppError;

/// How many of the viewer's notifications are unread (the bell); none for someone not signed
/// in (the bell may ask once more as its page signs out).
#[server(endpoint = "notifications/unread")]
pub async fn unread_notifications() -> Result<i64, AppError> {
    ssr::unread().await.map_err(AppError::with_http_status)
}

/// The viewer's newest notifications (up to 50), their unread count and their choices.
#[server(endpoint = "notifications/list")]
pub async fn list_notifications() -> Result<NotificationList, AppError> {
    ssr::list().await.map_err(AppError::with_http_status)
}

/// Marks notification `id` read, or all of the viewer's when no id is given.
#[server(endpoint = "notifications/mark-read")]
pub async fn mark_notifications_read(#[server(default)] id: Option<i64>) -> Result<(), AppError> {
    ssr::mark_read(id).await.map_err(AppError::with_http_status)
}

/// The kinds the viewer wants (each kind their role gets and not listed is turned off).
#[server(endpoint = "notifications/choose")]
pub async fn choose_notifications(#[server(default)] wanted: Vec<String>) -> Result<(), AppError> {
    ssr::choose(wanted).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, Utc};

    use super::super::model::{
        NotificationDetails, NotificationItem, NotificationKind, NotificationList,
    };
    use crate::auth::authorize::require;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::i18n::{Locale, Region};
    use crate::server::state::app_state;

    const LISTED: i64 = 50;

    pub async fn unread() -> Result<i64, AppError> {
        let actor = match require(Permission::ManageOwnAccount).await {
            Err(AppError::Unauthorized) => return Ok(0),
            other => other?,
        };
        let count = sqlx::query_scalar(
            "SELECT count(*) FROM staff_notification WHERE staff_id = $1 AND read_at IS NULL",
        )
        .bind(actor.staff_id)
        .fetch_one(&app_state()?.pool)
        .await?;
        Ok(count)
    }

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        kind: String,
        details: sqlx::types::Json<NotificationDetails>,
        link: String,
        created_at: DateTime<Utc>,
        read: bool,
        time_zone: String,
        region: String,
    }

    pub async fn list() -> Result<NotificationList, AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT n.id, n.kind, n.details, n.link, n.created_at, n.read_at IS NOT NULL AS read,
                    c.time_zone, c.region
             FROM staff_notification n JOIN clinic c ON c.id = n.clinic_id
             WHERE n.staff_id = $1 ORDER BY n.id DESC LIMIT $2",
        )
        .bind(actor.staff_id)
        .bind(LISTED + 1)
        .fetch_all(&mut *conn)
        .await?;
        let more = rows.len() as i64 > LISTED;
        let items = rows
            .into_iter()
            .take(LISTED as usize)
            .filter_map(|row| {
                let kind = NotificationKind::parse(&row.kind)?;
                let locale = Locale::here(Region::parse(&row.region).unwrap_or_default());
                let when = locale.moment_in(row.created_at, &row.time_zone);
                Some(NotificationItem {
                    id: row.id,
                    kind,
                    message: row.details.worded(kind, locale),
                    link: row.link,
                    when,
                    read: row.read,
                })
            })
            .collect();
        let unread: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM staff_notification WHERE staff_id = $1 AND read_at IS NULL",
        )
        .bind(actor.staff_id)
        .fetch_one(&mut *conn)
        .await?;
        let unwanted: Vec<String> = sqlx::query_scalar(
            "SELECT kind FROM staff_notification_choice WHERE staff_id = $1 AND NOT wanted",
        )
        .bind(actor.staff_id)
        .fetch_all(&mut *conn)
        .await?;
        let choices = NotificationKind::ALL
            .into_iter()
            .filter(|kind| kind.reaches(actor.role))
            .map(|kind| (kind, !unwanted.iter().any(|u| u == kind.as_str())))
            .collect();
        Ok(NotificationList { items, unread, more, choices })
    }

    pub async fn mark_read(id: Option<i64>) -> Result<(), AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        sqlx::query(
            "UPDATE staff_notification SET read_at = now()
             WHERE staff_id = $1 AND read_at IS NULL AND ($2::bigint IS NULL OR id = $2)",
        )
        .bind(actor.staff_id)
        .bind(id)
        .execute(&app_state()?.pool)
        .await?;
        Ok(())
    }

    pub async fn choose(wanted: Vec<String>) -> Result<(), AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let mut chosen = Vec::new();
        for text in &wanted {
            let kind = NotificationKind::parse(text).ok_or_else(|| {
                AppError::invalid("wanted", crate::t!("desk-notifications-choose"))
            })?;
            chosen.push(kind);
        }
        let mut tx = app_state()?.pool.begin().await?;
        for kind in NotificationKind::ALL.into_iter().filter(|k| k.reaches(actor.role)) {
            sqlx::query(
                "INSERT INTO staff_notification_choice (staff_id, kind, wanted) VALUES ($1, $2, $3)
                 ON CONFLICT (staff_id, kind) DO UPDATE SET wanted = EXCLUDED.wanted",
            )
            .bind(actor.staff_id)
            .bind(kind.as_str())
            .bind(chosen.contains(&kind))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
