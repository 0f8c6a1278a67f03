//! The audit log for admins: the entries of their clinics (and, for entries without a clinic,
//! such as signing in, those of their clinics' staff), filtered by staff member, patient,
//! action, clinic and dates, newest first. A patient's entries include the lists that showed
//! them (a calendar names its patients in its entry). Reading the log is itself audited.

use leptos::prelude::*;

use super::model::{AuditPage, Verification};
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

/// Checks the whole hash chain now and records the result; answers it.
#[server(endpoint = "audit/verify")]
pub async fn verify_audit_chain() -> Result<Verification, AppError> {
    ssr::verify_now().await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;

    use sqlx::PgConnection;

    use super::super::model::{AuditPage, AuditRow, PAGE_SIZE, Verification, problem_in_words};
    use crate::audit::chain_key;
    use crate::audit::store::{self as audit, AuditEntry, Outcome, verify_and_record};
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
            text => parse_date(text, &crate::t!("desk-what-a-date"))
                .map(Some)
                .map_err(|m| AppError::invalid(field, m)),
        }
    }

    /// An action, or a family of them ending in a dot: lower-case words, dots and underscores.
    fn action(text: &str) -> Result<Option<String>, AppError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if text.len() > 80 || !text.bytes().all(|b| b.is_ascii_lowercase() || b"._".contains(&b)) {
            return Err(AppError::invalid("action", crate::t!("desk-audit-action-shape")));
        }
        Ok(Some(text.to_string()))
    }

    /// A filter, checked.
    pub struct Checked {
        pub staff_id: Option<i64>,
        pub patient_id: Option<i64>,
        pub action: Option<String>,
        pub clinic: Option<String>,
        pub from: Option<NaiveDate>,
        pub to: Option<NaiveDate>,
    }

    impl Filter {
        pub fn check(&self) -> Result<Checked, AppError> {
            let from = date("from", &self.from)?;
            let to = date("to", &self.to)?;
            if let (Some(from), Some(to)) = (from, to)
                && to < from
            {
                return Err(AppError::invalid("to", crate::t!("desk-audit-last-before-first")));
            }
            Ok(Checked {
                staff_id: self.staff_id,
                patient_id: self.patient_id,
                action: action(&self.action)?,
                clinic: match self.clinic.trim() {
                    "" => None,
                    slug => Some(slug.to_string()),
                },
                from,
                to,
            })
        }
    }

    /// The entries `viewer` may see that match `filter`, newest first, before entry `before`,
    /// at most `limit`. Visible: entries of the viewer's clinics, and entries without a clinic
    /// whose actor works in one of them. A patient's entries are those about them and the
    /// lists that showed them (each branch by its own index).
    pub async fn entries(
        conn: &mut PgConnection,
        viewer: i64,
        filter: &Checked,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<AuditRow>, sqlx::Error> {
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
               AND ($3::bigint IS NULL OR a.id IN (
                        SELECT id FROM audit_log WHERE patient_id = $3
                        UNION ALL
                        SELECT id FROM audit_log
                        WHERE details -> 'patients' @> jsonb_build_array($3::bigint)))
               AND ($4::text IS NULL OR a.action = $4
                    OR (right($4, 1) = '.' AND starts_with(a.action, $4)))
               AND ($5::text IS NULL OR c.slug = $5)
               AND ($6::date IS NULL OR a.at >= $6::timestamp AT TIME ZONE 'UTC')
               AND ($7::date IS NULL OR a.at < ($7 + 1)::timestamp AT TIME ZONE 'UTC')
               AND ($8::bigint IS NULL OR a.id < $8)
             ORDER BY a.id DESC
             LIMIT $9",
        )
        .bind(viewer)
        .bind(filter.staff_id)
        .bind(filter.patient_id)
        .bind(&filter.action)
        .bind(&filter.clinic)
        .bind(filter.from)
        .bind(filter.to)
        .bind(before)
        .bind(limit)
        .fetch_all(conn)
        .await?;
        Ok(rows.into_iter().map(AuditRow::from).collect())
    }

    /// The filter as an audit entry records it.
    pub fn recorded(filter: &Checked) -> serde_json::Value {
        json!({
            "staff_id": filter.staff_id,
            "patient_id": filter.patient_id,
            "action": filter.action,
            "clinic": filter.clinic,
            "from": filter.from,
            "to": filter.to,
        })
    }

    pub async fn audit_log(filter: Filter, before: Option<i64>) -> Result<AuditPage, AppError> {
        let actor = require(Permission::ViewAuditLog).await?;
        let filter = filter.check()?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let mut rows = entries(&mut conn, actor.staff_id, &filter, before, PAGE_SIZE + 1).await?;
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
        // The patient filtered by, when they are one of the viewer's clinics' patients.
        let patient: Option<(String, String)> = match filter.patient_id {
            None => None,
            Some(id) => {
                sqlx::query_as(
                    "SELECT p.first_name || ' ' || p.last_name,
                            'P-' || lpad(p.number::text, 6, '0')
                     FROM patient p JOIN staff_clinic sc ON sc.clinic_id = p.clinic_id
                     WHERE p.id = $1 AND sc.staff_id = $2",
                )
                .bind(id)
                .bind(actor.staff_id)
                .fetch_optional(&mut *conn)
                .await?
            }
        };
        // A patient of another clinic (or none) is not found, as their record would be.
        if filter.patient_id.is_some() && patient.is_none() {
            return Err(AppError::NotFound);
        }
        let verification = latest_verification(&mut conn).await?;
        let more = rows.len() as i64 > PAGE_SIZE;
        rows.truncate(PAGE_SIZE as usize);
        let next = if more { rows.last().map(|row| row.id) } else { None };
        // Reading the log shows who saw which patient: that reading is recorded too.
        let entry =
            AuditEntry::new("audit_log.viewed", Outcome::Success, &session::request_origin())
                .actor(actor.staff_id, actor.role)
                .details(json!({
                    "filter": recorded(&filter),
                    "before": before,
                    "entries": rows.iter().map(|row| row.id).collect::<Vec<_>>(),
                }));
        audit::append(&mut conn, entry).await?;
        Ok(AuditPage { rows, next, staff, clinics, patient, verification })
    }

    #[derive(sqlx::FromRow)]
    struct VerificationRow {
        verified_at: DateTime<Utc>,
        by: Option<String>,
        rows_checked: i64,
        last_position: i64,
        problem: Option<String>,
        problem_at: Option<i64>,
    }

    async fn latest_verification(
        conn: &mut PgConnection,
    ) -> Result<Option<Verification>, sqlx::Error> {
        let row: Option<VerificationRow> = sqlx::query_as(
            "SELECT v.verified_at, s.display_name AS by, v.rows_checked, v.last_position,
                    v.problem, v.problem_at
             FROM audit_verification v LEFT JOIN staff s ON s.id = v.verified_by
             ORDER BY v.id DESC LIMIT 1",
        )
        .fetch_optional(conn)
        .await?;
        Ok(row.map(|v| Verification {
            at: v.verified_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            by: v.by,
            rows: v.rows_checked,
            last_position: v.last_position,
            problem: v.problem.zip(v.problem_at).map(|(kind, at)| problem_in_words(&kind, at)),
        }))
    }

    pub async fn verify_now() -> Result<Verification, AppError> {
        let actor = require(Permission::ViewAuditLog).await?;
        let key = chain_key::installed()
            .ok_or_else(|| AppError::internal("no audit chain key installed"))?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        verify_and_record(&mut conn, key, Some(actor.staff_id)).await?;
        let entry =
            AuditEntry::new("audit_log.verified", Outcome::Success, &session::request_origin())
                .actor(actor.staff_id, actor.role);
        audit::append(&mut conn, entry).await?;
        latest_verification(&mut conn)
            .await?
            .ok_or_else(|| AppError::internal("the verification was not recorded"))
    }
}
