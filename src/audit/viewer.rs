//! The audit log for admins: the entries of their clinics (and, for entries without a clinic,
//! such as signing in, those of their clinics' staff), filtered by staff member, patient,
//! action, clinic and dates, newest first. A patient's entries include the lists that showed
//! them (a calendar names its patients in its entry). Reading the log is itself audited.

use leptos::prelude::*;

use super::model::AuditPage;
use crate::error::AppError;

/// One page of the caller's audit log. Every filter empty: everything. `action` matches a
/// whole action (`patient.viewed`) or, ending in a dot, a family of them (`patient.`); `from`
/// and `to` are UTC dates, both included; `before` is the `next` of the page before.
#[server(endpoint = "audit/log")]
#[allow(clippy::too_many_arguments)]
pub async fn audit_log(
    #[server(default)] staff_id: Option<i64>,
    #[server(default)] patient_id: Option<i64>,
    #[server(default)] action: String,
    #[server(default)] clinic: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] before: Option<i64>,
) -> Result<AuditPage, AppError> {
    let filter = ssr::Filter { staff_id, patient_id, action, clinic, from, to };
    ssr::audit_log(filter, before).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;

    use super::super::model::{AuditPage, AuditRow, PAGE_SIZE};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::domain::schedule::parse_date;
    use crate::error::AppError;
    use crate::server::state::app_state;

    pub struct Filter {
        pub staff_id: Option<i64>,
        pub patient_id: Option<i64>,
        pub action: String,
        pub clinic: String,
        pub from: String,
        pub to: String,
    }

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        at: DateTime<Utc>,
        actor: Option<String>,
        actor_role: Option<String>,
        clinic: Option<String>,
        ip: Option<String>,
        user_agent: Option<String>,
        action: String,
        object_type: Option<String>,
        object_id: Option<String>,
        patient_id: Option<i64>,
        result: String,
        details: serde_json::Value,
    }

    impl From<Row> for AuditRow {
        fn from(r: Row) -> AuditRow {
            AuditRow {
                id: r.id,
                at: r.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
                actor: r.actor,
                actor_role: r.actor_role,
                clinic: r.clinic,
                ip: r.ip,
                user_agent: r.user_agent,
                action: r.action,
                object: r.object_type.map(|kind| match r.object_id {
                    Some(id) => format!("{kind} {id}"),
                    None => kind,
                }),
                patient_id: r.patient_id,
                result: r.result,
                details: r.details,
            }
        }
    }

    fn date(field: &str, text: &str) -> Result<Option<NaiveDate>, AppError> {
        match text.trim() {
            "" => Ok(None),
            text => parse_date(text, "a date").map(Some).map_err(|m| AppError::invalid(field, m)),
        }
    }

    /// An action, or a family of them ending in a dot: lower-case words, dots and underscores.
    fn action(text: &str) -> Result<Option<String>, AppError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if text.len() > 80 || !text.bytes().all(|b| b.is_ascii_lowercase() || b"._".contains(&b)) {
            return Err(AppError::invalid(
                "action",
                "An action is written like patient.viewed, or patient. for all of them.",
            ));
        }
        Ok(Some(text.to_string()))
    }

    pub async fn audit_log(filter: Filter, before: Option<i64>) -> Result<AuditPage, AppError> {
        let actor = require(Permission::ViewAuditLog).await?;
        let from = date("from", &filter.from)?;
        let to = date("to", &filter.to)?;
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            return Err(AppError::invalid("to", "The last day is before the first."));
        }
        let action = action(&filter.action)?;
        let clinic = match filter.clinic.trim() {
            "" => None,
            slug => Some(slug.to_string()),
        };
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        // Visible: entries of the caller's clinics, and entries without a clinic whose actor
        // works in one of them.
        let rows: Vec<Row> = sqlx::query_as(
            "WITH mine AS (SELECT clinic_id FROM staff_clinic WHERE staff_id = $1)
             SELECT a.id, a.at, s.display_name AS actor, a.actor_role, c.name AS clinic,
                    host(a.ip) AS ip, a.user_agent, a.action, a.object_type, a.object_id,
                    a.patient_id, a.result, a.details
             FROM audit_log a
             LEFT JOIN staff s ON s.id = a.actor_staff_id
             LEFT JOIN clinic c ON c.id = a.clinic_id
             WHERE (a.clinic_id IN (SELECT clinic_id FROM mine)
                    OR (a.clinic_id IS NULL AND a.actor_staff_id IN
                        (SELECT sc.staff_id FROM staff_clinic sc
                         WHERE sc.clinic_id IN (SELECT clinic_id FROM mine))))
               AND ($2::bigint IS NULL OR a.actor_staff_id = $2)
               AND ($3::bigint IS NULL OR a.patient_id = $3
                    OR a.details -> 'patients' @> jsonb_build_array($3::bigint))
               AND ($4::text IS NULL OR a.action = $4
                    OR (right($4, 1) = '.' AND starts_with(a.action, $4)))
               AND ($5::text IS NULL OR c.slug = $5)
               AND ($6::date IS NULL OR a.at >= $6::timestamp AT TIME ZONE 'UTC')
               AND ($7::date IS NULL OR a.at < ($7 + 1)::timestamp AT TIME ZONE 'UTC')
               AND ($8::bigint IS NULL OR a.id < $8)
             ORDER BY a.id DESC
             LIMIT $9",
        )
        .bind(actor.staff_id)
        .bind(filter.staff_id)
        .bind(filter.patient_id)
        .bind(&action)
        .bind(&clinic)
        .bind(from)
        .bind(to)
        .bind(before)
        .bind(PAGE_SIZE + 1)
        .fetch_all(&mut *conn)
        .await?;
        let staff: Vec<(i64, String)> = sqlx::query_as(
            "SELECT DISTINCT s.id, s.display_name || ' (' || s.email || ')', lower(s.display_name)
             FROM staff s JOIN staff_clinic sc ON sc.staff_id = s.id
             WHERE sc.clinic_id IN (SELECT clinic_id FROM staff_clinic WHERE staff_id = $1)
             ORDER BY lower(s.display_name), 1",
        )
        .bind(actor.staff_id)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|(id, name, _): (i64, String, String)| (id, name))
        .collect();
        let clinics: Vec<(String, String)> = sqlx::query_as(
            "SELECT c.slug, c.name FROM clinic c JOIN staff_clinic sc ON sc.clinic_id = c.id
             WHERE sc.staff_id = $1 ORDER BY c.name",
        )
        .bind(actor.staff_id)
        .fetch_all(&mut *conn)
        .await?;
        let more = rows.len() as i64 > PAGE_SIZE;
        let rows: Vec<AuditRow> =
            rows.into_iter().take(PAGE_SIZE as usize).map(AuditRow::from).collect();
        let next = if more { rows.last().map(|row| row.id) } else { None };
        // Reading the log shows who saw which patient: that reading is recorded too.
        let entry =
            AuditEntry::new("audit_log.viewed", Outcome::Success, &session::request_origin())
                .actor(actor.staff_id, actor.role)
                .details(json!({
                    "filter": {
                        "staff_id": filter.staff_id,
                        "patient_id": filter.patient_id,
                        "action": action,
                        "clinic": clinic,
                        "from": from,
                        "to": to,
                        "before": before,
                    },
                    "entries": rows.iter().map(|row| row.id).collect::<Vec<_>>(),
                }));
        audit::append(&mut conn, entry).await?;
        Ok(AuditPage { rows, next, staff, clinics })
    }
}
