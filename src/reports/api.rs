//! The practice report and its CSV exports: for one of the caller's clinics or all of them, a
//! period and, if chosen, one provider. Reads go to the reports' pool (a replica when one is
//! configured); reading a report is audited.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, StreamingText, TextStream};

use super::model::ReportView;
use crate::error::AppError;

/// The report. `clinic`: a slug, or empty for all of the caller's clinics; `preset` one of
/// [`super::period::PRESETS`] (empty or `custom`: the dates `from` and `to`).
#[server(endpoint = "reports/practice")]
pub async fn practice_report(
    #[server(default)] clinic: String,
    #[server(default)] preset: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] provider_id: Option<i64>,
) -> Result<ReportView, AppError> {
    let request = ssr::Request { clinic, preset, from, to, provider_id };
    ssr::practice_report(request).await.map_err(AppError::with_http_status)
}

/// One table of the report as a CSV file (`table`: a key of [`super::model::TABLE_KEYS`]);
/// a plain link downloads it.
#[server(endpoint = "reports/export", input = GetUrl, output = StreamingText)]
pub async fn export_report(
    #[server(default)] clinic: String,
    #[server(default)] preset: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] provider_id: Option<i64>,
    #[server(default)] table: String,
) -> Result<TextStream<AppError>, AppError> {
    let request = ssr::Request { clinic, preset, from, to, provider_id };
    let csv = ssr::export(request, &table).await.map_err(AppError::with_http_status)?;
    Ok(TextStream::new(futures::stream::once(async move { Ok(csv) })))
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use std::collections::HashMap;

    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::assemble::{Assembled, Counted, assemble};
    use super::super::model::{ReportView, TABLE_KEYS};
    use super::super::period::Period;
    use super::super::{csv_export, store};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::server::csv::answer_as_file;
    use crate::server::state::app_state;

    pub struct Request {
        pub clinic: String,
        pub preset: String,
        pub from: String,
        pub to: String,
        pub provider_id: Option<i64>,
    }

    pub async fn practice_report(request: Request) -> Result<ReportView, AppError> {
        let actor = require(Permission::ViewReports).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let mine = clinic_access::clinics_of(&mut conn, actor.staff_id).await?;
        drop(conn);
        let chosen: Vec<_> = match request.clinic.trim() {
            "" => mine.clone(),
            slug => {
                let clinic = mine.iter().find(|c| c.slug == slug).ok_or(AppError::NotFound)?;
                vec![clinic.clone()]
            }
        };
        let first = chosen.first().ok_or(AppError::NotFound)?;
        let zone: chrono_tz::Tz = first.time_zone.parse().map_err(AppError::internal)?;
        let today = chrono::Utc::now().with_timezone(&zone).date_naive();
        let preset = match request.preset.trim() {
            "" if request.from.trim().is_empty() => "last_month".to_string(),
            preset => preset.to_string(),
        };
        let period = Period::parse(&preset, &request.from, &request.to, today)
            .map_err(|(field, message)| AppError::invalid(field, message))?;
        let previous = period.previous();
        let clinic_ids: Vec<i64> = chosen.iter().map(|c| c.id).collect();
        let clinics: HashMap<i64, String> = chosen.iter().map(|c| (c.id, c.name.clone())).collect();
        let mut conn = state.reports.acquire().await?;
        let assembled = compute(&mut conn, clinics, period, request.provider_id).await?;
        drop(conn);

        let mut conn = state.pool.acquire().await?;
        let entry = AuditEntry::new("report.viewed", Outcome::Success, &session::request_origin())
            .actor(actor.staff_id, actor.role)
            .details(json!({
                "clinics": clinic_ids,
                "from": period.from,
                "to": period.to,
                "provider_id": request.provider_id,
            }));
        let entry = match chosen.as_slice() {
            [one] => entry.clinic(one.id),
            _ => entry,
        };
        audit::append(&mut conn, entry).await?;
        Ok(ReportView {
            clinic: if request.clinic.trim().is_empty() {
                String::new()
            } else {
                first.slug.clone()
            },
            clinics: mine,
            provider_id: request.provider_id,
            providers: assembled.providers,
            preset,
            period,
            previous,
            headlines: assembled.headlines,
            series: assembled.series,
            tables: assembled.tables,
        })
    }

    /// The report's figures for `clinics` (id and name) over `period` and the one before,
    /// optionally for one of their providers (another clinic's is not found). Public for the
    /// benchmark, which measures exactly what a report asks of the database and the server.
    pub async fn compute(
        conn: &mut PgConnection,
        clinics: HashMap<i64, String>,
        period: Period,
        provider_id: Option<i64>,
    ) -> Result<Assembled, AppError> {
        let previous = period.previous();
        let span = Period { from: previous.from, to: period.to };
        let ids: Vec<i64> = clinics.keys().copied().collect();
        let setup = store::setup(&mut *conn, &ids, span, provider_id).await?;
        if let Some(id) = provider_id
            && !setup.providers.iter().any(|p| p.id == id)
        {
            return Err(AppError::NotFound);
        }
        let days = store::day_counts(&mut *conn, &ids, span, provider_id).await?;
        let reasons = store::reasons(&mut *conn, &ids, (previous, period), provider_id).await?;
        Ok(assemble(Counted { period, previous, days, reasons, setup, clinic_names: clinics }))
    }

    pub async fn export(request: Request, table: &str) -> Result<String, AppError> {
        if !TABLE_KEYS.contains(&table) {
            return Err(AppError::invalid("table", crate::t!("desk-report-choose-table")));
        }
        let report = practice_report(request).await?;
        let chosen = report.tables.iter().find(|t| t.key == table).ok_or(AppError::NotFound)?;
        let csv = csv_export::table(chosen).map_err(AppError::internal)?;
        let name = format!(
            "{}-{}-{}-{}.csv",
            if report.clinic.is_empty() { "all-clinics" } else { report.clinic.as_str() },
            table,
            report.period.from,
            report.period.to
        );
        answer_as_file(&name);
        Ok(csv)
    }
}
