//! `/recall`: the clinic's patients due back, in a chosen window, filtered, sorted and paged,
//! with each attempt to reach them recorded.

use leptos::prelude::*;

use super::model::RecallListView;
use crate::error::AppError;

/// The patients due at `clinic` (a slug; empty: the caller's first clinic). `window`:
/// `overdue`, or days ahead (`30`, `60`, `90`; empty: 30); `kind`: one recall kind (empty:
/// all); `booked`: `show` to include those who already have an appointment of that kind;
/// `sort`: `due`, `last_visit`, `name` or `contact`; `page` from 1.
#[server(endpoint = "recall/list")]
pub async fn recall_list(
    #[server(default)] clinic: String,
    #[server(default)] window: String,
    #[server(default)] kind: String,
    #[server(default)] booked: String,
    #[server(default)] sort: String,
    #[server(default)] page: String,
) -> Result<RecallListView, AppError> {
    ssr::list(clinic, (window, kind, booked, sort, page)).await.map_err(AppError::with_http_status)
}

/// Records an attempt to reach the patient of recall `recall_id`: its `outcome` and a `note`.
#[server(endpoint = "recall/contact")]
pub async fn record_recall_contact(
    recall_id: i64,
    #[server(default)] outcome: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    ssr::record(recall_id, outcome, note).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;

    use super::super::model::{
        ContactOutcome, DueRecall, DueWindow, RECALL_PAGE, RecallFilters, RecallListView,
        RecallSort,
    };
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::domain::fields::optional_text;
    use crate::error::{AppError, forms};
    use crate::i18n::Locale;
    use crate::patients::model::display_name;
    use crate::recall::store::BOOKING_THE_RECALL;
    use crate::server::state::app_state;

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        patient_id: i64,
        first_name: String,
        preferred_name: String,
        last_name: String,
        phone: Option<String>,
        kind: String,
        due_on: NaiveDate,
        last_visit_on: Option<NaiveDate>,
        reason: String,
        booked_at: Option<DateTime<Utc>>,
        outcome: Option<String>,
        note: Option<String>,
        contacted_at: Option<DateTime<Utc>>,
        contacted_by: Option<String>,
    }

    /// The most pages the list goes to (a bound on OFFSET).
    const MAX_PAGE: u32 = 1000;

    fn day(locale: Locale, date: NaiveDate) -> String {
        locale.date_short(date)
    }

    fn filters(
        (window, kind, booked, sort, page): (String, String, String, String, String),
    ) -> Result<RecallFilters, AppError> {
        let window = DueWindow::parse(&window).map_err(|m| AppError::invalid("window", m))?;
        let sort = RecallSort::parse(&sort).map_err(|m| AppError::invalid("sort", m))?;
        let kind = optional_text(&kind, 40).map_err(|m| AppError::invalid("kind", m))?;
        let page = match page.trim() {
            "" => 1,
            text => {
                text.parse::<u32>().ok().filter(|p| (1..=MAX_PAGE).contains(p)).ok_or_else(
                    || AppError::invalid("page", crate::t!("desk-recall-choose-page")),
                )?
            }
        };
        Ok(RecallFilters {
            window,
            kind: (!kind.is_empty()).then_some(kind),
            with_booked: booked.trim() == "show",
            sort,
            page,
        })
    }

    pub async fn list(
        clinic: String,
        asked: (String, String, String, String, String),
    ) -> Result<RecallListView, AppError> {
        let state = app_state()?;
        let actor = require(Permission::BookAppointments).await?;
        let filters = filters(asked)?;
        let mut conn = state.pool.acquire().await?;
        let clinics = clinic_access::clinics_of(&mut conn, actor.staff_id).await?;
        let access = clinic_access::open_among(actor, &clinics, &clinic)?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let locale = access.clinic.locale();
        let today = Utc::now().with_timezone(&zone).date_naive();
        let (overdue_only, until) = match filters.window {
            DueWindow::Overdue => (true, today),
            DueWindow::Within(days) => (false, today + chrono::Days::new(u64::from(days))),
        };
        let order = match filters.sort {
            RecallSort::Due => "r.due_on, lower(p.last_name), lower(p.first_name)",
            RecallSort::LastVisit => "r.last_visit_on NULLS FIRST, r.due_on",
            RecallSort::Name => "lower(p.last_name), lower(p.first_name), r.due_on",
            RecallSort::LastContact => "c.contacted_at NULLS FIRST, r.due_on",
        };
        // "Booked": a live appointment of a type with this recall kind, still to come.
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT r.id, r.patient_id, p.first_name, p.preferred_name, p.last_name,
                    coalesce(p.mobile_phone, p.home_phone) AS phone, r.kind, r.due_on,
                    r.last_visit_on, r.reason, b.starts AS booked_at, c.outcome, c.note,
                    c.contacted_at, s.display_name AS contacted_by
             FROM patient_recall r
             JOIN patient p ON p.id = r.patient_id AND p.archived_at IS NULL
             LEFT JOIN LATERAL (
                 SELECT lower(a.visit) AS starts {BOOKING_THE_RECALL} AND lower(a.visit) > now()
                 ORDER BY lower(a.visit) LIMIT 1) b ON true
             LEFT JOIN LATERAL (
                 SELECT outcome, note, contacted_at, contacted_by FROM recall_contact
                 WHERE recall_id = r.id ORDER BY contacted_at DESC, id DESC LIMIT 1) c ON true
             LEFT JOIN staff s ON s.id = c.contacted_by
             WHERE r.clinic_id = $1
               AND (r.due_on < $2 OR (NOT $3 AND r.due_on <= $4))
               AND ($5::text IS NULL OR lower(r.kind) = lower($5))
               AND ($6 OR b.starts IS NULL)
             ORDER BY {order}, r.id
             LIMIT $7 OFFSET $8"
        ))
        .bind(access.clinic.id)
        .bind(today)
        .bind(overdue_only)
        .bind(until)
        .bind(filters.kind.as_deref())
        .bind(filters.with_booked)
        .bind(RECALL_PAGE as i64 + 1)
        .bind(i64::from(filters.page - 1) * RECALL_PAGE as i64)
        .fetch_all(&mut *conn)
        .await?;
        let kinds = crate::recall::store::kinds_of_clinic(&mut conn, access.clinic.id).await?;
        drop(conn);
        let has_more = rows.len() > RECALL_PAGE;
        let rows: Vec<DueRecall> = rows
            .into_iter()
            .take(RECALL_PAGE)
            .map(|row| {
                let last_contact = row.outcome.as_deref().map(|outcome| {
                    let label = ContactOutcome::parse(outcome)
                        .map(|o| o.label())
                        .unwrap_or_else(|_| outcome.to_string());
                    let mut parts = vec![label];
                    parts.extend(
                        row.contacted_at
                            .map(|t| locale.moment_short(t.with_timezone(&zone).naive_local())),
                    );
                    parts.push(
                        row.contacted_by
                            .clone()
                            .unwrap_or_else(|| crate::t!("desk-recall-contacted-by-email")),
                    );
                    parts.extend(row.note.clone().filter(|n| !n.is_empty()));
                    parts.join(" · ")
                });
                DueRecall {
                    recall_id: row.id,
                    patient_id: row.patient_id,
                    patient: display_name(&row.first_name, &row.preferred_name, &row.last_name),
                    phone: row.phone,
                    kind: row.kind,
                    due: day(locale, row.due_on),
                    overdue: row.due_on < today,
                    last_visit: row.last_visit_on.map(|d| day(locale, d)),
                    booked: row
                        .booked_at
                        .map(|t| locale.moment_weekday(t.with_timezone(&zone).naive_local())),
                    last_contact,
                    reason: row.reason,
                }
            })
            .collect();
        let mut patients: Vec<i64> = rows.iter().map(|r| r.patient_id).collect();
        patients.sort_unstable();
        patients.dedup();
        let entry = AuditEntry::new("recall.viewed", Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .details(json!({ "filters": filters, "patients": patients }));
        state.read_log.append(entry).await?;
        Ok(RecallListView { clinics, clinic: access.clinic, kinds, filters, rows, has_more })
    }

    /// The recall a contact is about.
    #[derive(sqlx::FromRow)]
    struct Contacted {
        clinic_id: i64,
        patient_id: i64,
        kind: String,
    }

    pub async fn record(recall_id: i64, outcome: String, note: String) -> Result<(), AppError> {
        let actor = require(Permission::BookAppointments).await?;
        // A refused contact comes back to its row as it was typed.
        let typed = forms::typed(
            &json!({ "recall_id": recall_id.to_string(), "outcome": &outcome, "note": &note }),
        );
        let recorded = async {
            let outcome =
                ContactOutcome::parse(&outcome).map_err(|m| AppError::invalid("outcome", m))?;
            let note = optional_text(&note, 500).map_err(|m| AppError::invalid("note", m))?;
            let state = app_state()?;
            let mut tx = state.pool.begin().await?;
            let recall: Option<Contacted> = sqlx::query_as(
                "SELECT clinic_id, patient_id, kind FROM patient_recall WHERE id = $1 FOR UPDATE",
            )
            .bind(recall_id)
            .fetch_optional(&mut *tx)
            .await?;
            let access =
                clinic_access::open_for(&mut tx, actor, recall.as_ref().map(|r| r.clinic_id))
                    .await?;
            let recall = recall.ok_or(AppError::NotFound)?;
            sqlx::query(
                "INSERT INTO recall_contact (clinic_id, recall_id, outcome, note, contacted_by)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(access.clinic.id)
            .bind(recall_id)
            .bind(outcome.as_str())
            .bind(&note)
            .bind(access.actor.staff_id)
            .execute(&mut *tx)
            .await?;
            let entry =
                AuditEntry::new("recall.contacted", Outcome::Success, &session::request_origin())
                    .actor(access.actor.staff_id, access.actor.role)
                    .clinic(access.clinic.id)
                    .patient(recall.patient_id)
                    .object("patient_recall", recall_id)
                    .details(
                        json!({ "kind": recall.kind, "outcome": outcome.as_str(), "note": note }),
                    );
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            Ok::<_, AppError>(())
        };
        recorded.await.map_err(|error| error.with_input(typed))
    }
}
