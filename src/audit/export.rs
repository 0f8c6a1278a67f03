//! The audit log as a CSV file, for a date range and the viewer's filters: every entry the
//! admin may see, oldest first, with what it recorded as JSON. Bounded: a year at most, and
//! 100,000 entries (past that, a narrower filter). The export itself is audited.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, StreamingText, TextStream};

use crate::error::AppError;

/// The most entries one export holds.
pub const MAX_ENTRIES: i64 = 100_000;

/// The most days one export covers.
pub const MAX_DAYS: i64 = 366;

/// The entries from `from` to `to` (UTC dates, both needed), filtered as on the page.
#[server(endpoint = "audit/export", input = GetUrl, output = StreamingText)]
pub async fn export_audit_log(
    #[server(default)] staff_id: Option<i64>,
    #[server(default)] patient_id: Option<i64>,
    #[server(default)] action: String,
    #[server(default)] clinic: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<TextStream<AppError>, AppError> {
    let filter = super::viewer::ssr::Filter { staff_id, patient_id, action, clinic, from, to };
    let csv = ssr::export(filter).await.map_err(AppError::with_http_status)?;
    Ok(TextStream::new(futures::stream::once(async move { Ok(csv) })))
}

#[cfg(feature = "ssr")]
mod ssr {
    use serde_json::json;

    use super::{MAX_DAYS, MAX_ENTRIES};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::audit::viewer::ssr::{Filter, entries, recorded};
    use crate::auth::authorize::require;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::server::csv::{answer_as_file, inert, write_rows};
    use crate::server::state::app_state;

    const COLUMNS: [&str; 11] = [
        "Entry",
        "When (UTC)",
        "Who",
        "Role",
        "Clinic",
        "Address",
        "Browser",
        "Action",
        "Record",
        "Patient",
        "Result",
    ];

    pub async fn export(filter: Filter) -> Result<String, AppError> {
        let actor = require(Permission::ViewAuditLog).await?;
        let filter = filter.check()?;
        let (Some(from), Some(to)) = (filter.from, filter.to) else {
            let field = if filter.from.is_none() { "from" } else { "to" };
            return Err(AppError::invalid(field, crate::t!("desk-audit-export-days")));
        };
        if (to - from).num_days() + 1 > MAX_DAYS {
            return Err(AppError::invalid(
                "to",
                crate::t!("desk-audit-export-most-days", days = MAX_DAYS),
            ));
        }
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let mut rows = entries(&mut conn, actor.staff_id, &filter, None, MAX_ENTRIES + 1).await?;
        if rows.len() as i64 > MAX_ENTRIES {
            return Err(AppError::invalid(
                "to",
                format!(
                    "More than {MAX_ENTRIES} entries match: choose fewer days or a narrower filter."
                ),
            ));
        }
        rows.reverse();
        let entry =
            AuditEntry::new("audit_log.exported", Outcome::Success, &session::request_origin())
                .actor(actor.staff_id, actor.role)
                .details(json!({ "filter": recorded(&filter), "entries": rows.len() }));
        audit::append(&mut conn, entry).await?;
        drop(conn);
        let heading = COLUMNS.iter().map(|c| c.to_string()).chain(["Details".to_string()]);
        let lines = rows.iter().map(|r| {
            let text = |t: &Option<String>| inert(t.as_deref().unwrap_or_default());
            vec![
                r.id.to_string(),
                r.at.clone(),
                text(&r.actor),
                text(&r.actor_role),
                text(&r.clinic),
                text(&r.ip),
                text(&r.user_agent),
                inert(&r.action),
                text(&r.object),
                r.patient_id.map(|id| id.to_string()).unwrap_or_default(),
                r.result.clone(),
                inert(&r.details.to_string()),
            ]
        });
        let csv = write_rows(std::iter::once(heading.collect()).chain(lines))
            .map_err(AppError::internal)?;
        let name = format!("audit-log-{from}-{to}.csv");
        answer_as_file(&name);
        Ok(csv)
    }
}
