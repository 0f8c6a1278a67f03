//! `/calendar/confirmations`: the front desk's calling list. The appointments of the clinic's
//! next two working days that are still only scheduled (the patient has not confirmed, from a
//! reminder's link or on the phone), with the patient's phone and the last call; staff record
//! each call. "Will come" confirms the appointment; "Emailed a reminder" sends one.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::setup::model::ClinicRef;
use crate::t;

/// What came of trying to reach a patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CallOutcome {
    Confirmed,
    LeftMessage,
    NoAnswer,
    WrongNumber,
    Emailed,
}

impl CallOutcome {
    pub const ALL: [CallOutcome; 5] = [
        CallOutcome::Confirmed,
        CallOutcome::LeftMessage,
        CallOutcome::NoAnswer,
        CallOutcome::WrongNumber,
        CallOutcome::Emailed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CallOutcome::Confirmed => "confirmed",
            CallOutcome::LeftMessage => "left_message",
            CallOutcome::NoAnswer => "no_answer",
            CallOutcome::WrongNumber => "wrong_number",
            CallOutcome::Emailed => "emailed",
        }
    }

    /// The outcome as a choice of the form, in the page's language: "Will come (confirm it)".
    pub fn label(self) -> String {
        t!(match self {
            CallOutcome::Confirmed => "sched-outcome-confirmed",
            CallOutcome::LeftMessage => "sched-outcome-left-message",
            CallOutcome::NoAnswer => "sched-outcome-no-answer",
            CallOutcome::WrongNumber => "sched-outcome-wrong-number",
            CallOutcome::Emailed => "sched-outcome-emailed",
        })
    }

    /// What came of the call, as the list's last call says it: "Will come".
    pub fn done(self) -> String {
        t!(match self {
            CallOutcome::Confirmed => "server-call-confirmed",
            CallOutcome::LeftMessage => "server-call-left-message",
            CallOutcome::NoAnswer => "server-call-no-answer",
            CallOutcome::WrongNumber => "server-call-wrong-number",
            CallOutcome::Emailed => "server-call-emailed",
        })
    }

    pub fn parse(input: &str) -> Result<CallOutcome, String> {
        CallOutcome::ALL
            .into_iter()
            .find(|o| o.as_str() == input.trim())
            .ok_or_else(|| t!("server-call-choose-outcome"))
    }
}

/// One appointment waiting for its patient's confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unconfirmed {
    pub id: i64,
    pub version: i32,
    /// `09:30`, in the clinic's time zone.
    pub time: String,
    /// `2026-12-02`, for the calendar link.
    pub date: String,
    pub patient_id: i64,
    pub patient: String,
    /// E.164, the mobile number first.
    pub phone: Option<String>,
    /// The patient has an email address and agreed to reminders.
    pub emailable: bool,
    pub type_name: String,
    pub provider: String,
    /// "Left a message · 1 Dec 10:42 · Rita Jones · will call back", if anyone called yet.
    pub last_call: Option<String>,
}

/// One working day of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmationDay {
    /// `Wednesday 2 December`.
    pub label: String,
    pub appointments: Vec<Unconfirmed>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmationsView {
    pub clinics: Vec<ClinicRef>,
    pub clinic: ClinicRef,
    pub days: Vec<ConfirmationDay>,
    /// More than [`MAX_ROWS`] were waiting: only the first are shown.
    pub truncated: bool,
    /// The viewer may record calls (the front desk).
    pub can_record: bool,
}

/// The most appointments the list shows at once.
pub const MAX_ROWS: usize = 500;

/// The next two working days' appointments still to be confirmed, at `clinic` (a slug; empty:
/// the viewer's first clinic).
#[server(endpoint = "appointments/confirmations")]
pub async fn confirmation_list(
    #[server(default)] clinic: String,
) -> Result<ConfirmationsView, AppError> {
    ssr::list(clinic).await.map_err(AppError::with_http_status)
}

/// Records a call about appointment `id` (opened at `version`): its `outcome` and a `note`.
#[server(endpoint = "appointments/confirmations/record")]
pub async fn record_confirmation_call(
    id: i64,
    version: i32,
    #[server(default)] outcome: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    ssr::record(id, version, outcome, note).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;

    use super::{CallOutcome, ConfirmationDay, ConfirmationsView, MAX_ROWS, Unconfirmed};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session;
    use crate::domain::fields::optional_text;
    use crate::domain::{AppointmentStatus, Permission};
    use crate::email::model::EmailKind;
    use crate::email::outbox::{self, ReminderOffset};
    use crate::error::{AppError, forms};
    use crate::patients::model::display_name;
    use crate::scheduling::status::StatusReason;
    use crate::scheduling::status::ssr::change_in;
    use crate::server::state::app_state;
    use crate::t;

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        version: i32,
        starts: DateTime<Utc>,
        patient_id: i64,
        first_name: String,
        preferred_name: String,
        last_name: String,
        phone: Option<String>,
        emailable: bool,
        type_name: String,
        provider: String,
        last_outcome: Option<String>,
        last_note: Option<String>,
        last_called_at: Option<DateTime<Utc>>,
        last_called_by: Option<String>,
    }

    pub async fn list(clinic: String) -> Result<ConfirmationsView, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewCalendar).await?;
        let mut conn = state.pool.acquire().await?;
        let clinics = clinic_access::clinics_of(&mut conn, actor.staff_id).await?;
        let access = clinic_access::open_among(actor, &clinics, &clinic)?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let locale = access.clinic.locale();
        let today = Utc::now().with_timezone(&zone).date_naive();
        // A working day has weekly hours for someone and is not closed all day (a holiday);
        // looked for in the next two weeks.
        let days: Vec<NaiveDate> = sqlx::query_scalar(
            "SELECT d FROM (SELECT $2::date + n AS d FROM generate_series(1, 14) AS n) days
             WHERE EXISTS (SELECT 1 FROM working_hours w
                           WHERE w.clinic_id = $1 AND w.weekday = extract(isodow FROM d)
                             AND daterange(w.valid_from, w.valid_until, '[]') @> d)
               AND NOT EXISTS (SELECT 1 FROM time_off o
                               WHERE o.clinic_id = $1 AND o.provider_id IS NULL
                                 AND o.chair_id IS NULL
                                 AND o.period @> tstzrange(d::timestamp AT TIME ZONE $3,
                                                           (d + 1)::timestamp AT TIME ZONE $3))
             ORDER BY d LIMIT 2",
        )
        .bind(access.clinic.id)
        .bind(today)
        .bind(&access.clinic.time_zone)
        .fetch_all(&mut *conn)
        .await?;
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.version, lower(a.visit) AS starts, a.patient_id, p.first_name,
                    p.preferred_name, p.last_name, coalesce(p.mobile_phone, p.home_phone) AS phone,
                    (p.email IS NOT NULL AND p.email_reminders) AS emailable,
                    t.name AS type_name, pr.name AS provider, c.outcome AS last_outcome,
                    c.note AS last_note, c.called_at AS last_called_at,
                    s.display_name AS last_called_by
             FROM appointment a
             JOIN patient p ON p.id = a.patient_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider pr ON pr.id = a.provider_id
             LEFT JOIN LATERAL (SELECT outcome, note, called_at, called_by FROM confirmation_call
                                WHERE appointment_id = a.id
                                ORDER BY called_at DESC, id DESC LIMIT 1) c ON true
             LEFT JOIN staff s ON s.id = c.called_by
             WHERE a.clinic_id = $1 AND a.status = 'scheduled'
               AND (lower(a.visit) AT TIME ZONE $2)::date = ANY($3)
               AND a.blocked && tstzrange(($3::date[])[1]::timestamp AT TIME ZONE $2 - interval '1 day',
                                          ($3::date[])[cardinality($3)]::timestamp AT TIME ZONE $2
                                              + interval '2 days')
             ORDER BY lower(a.visit), a.id
             LIMIT $4",
        )
        .bind(access.clinic.id)
        .bind(&access.clinic.time_zone)
        .bind(&days)
        .bind(MAX_ROWS as i64 + 1)
        .fetch_all(&mut *conn)
        .await?;
        drop(conn);
        let truncated = rows.len() > MAX_ROWS;
        let mut patients: Vec<i64> = rows.iter().take(MAX_ROWS).map(|r| r.patient_id).collect();
        let mut list: Vec<ConfirmationDay> = days
            .iter()
            .map(|d| ConfirmationDay {
                label: locale.date_without_year(*d),
                appointments: Vec::new(),
            })
            .collect();
        for row in rows.into_iter().take(MAX_ROWS) {
            let local = row.starts.with_timezone(&zone);
            let Some(day) = days.iter().position(|d| *d == local.date_naive()) else { continue };
            let last_call = row.last_outcome.as_deref().map(|outcome| {
                let label = CallOutcome::parse(outcome)
                    .map(|o| o.done())
                    .unwrap_or_else(|_| outcome.to_string());
                let when = row
                    .last_called_at
                    .map(|at| locale.moment_day_month(at.with_timezone(&zone).naive_local()));
                let mut parts = vec![label];
                parts.extend(when);
                parts.extend(row.last_called_by.clone());
                parts.extend(row.last_note.clone().filter(|n| !n.is_empty()));
                parts.join(" · ")
            });
            list[day].appointments.push(Unconfirmed {
                id: row.id,
                version: row.version,
                time: locale.time(local.time()),
                date: local.date_naive().to_string(),
                patient_id: row.patient_id,
                patient: display_name(&row.first_name, &row.preferred_name, &row.last_name),
                phone: row.phone,
                emailable: row.emailable,
                type_name: row.type_name,
                provider: row.provider,
                last_call,
            });
        }
        patients.sort_unstable();
        patients.dedup();
        let entry =
            AuditEntry::new("confirmations.viewed", Outcome::Success, &session::request_origin())
                .actor(access.actor.staff_id, access.actor.role)
                .clinic(access.clinic.id)
                .details(json!({ "days": days, "patients": patients }));
        state.read_log.append(entry).await?;
        Ok(ConfirmationsView {
            can_record: access.actor.role.allows(Permission::BookAppointments),
            clinics,
            clinic: access.clinic,
            days: list,
            truncated,
        })
    }

    /// The appointment a call is about, locked.
    #[derive(sqlx::FromRow)]
    struct Called {
        clinic_id: i64,
        patient_id: i64,
        status: String,
        version: i32,
        emailable: bool,
    }

    pub async fn record(
        id: i64,
        version: i32,
        outcome: String,
        note: String,
    ) -> Result<(), AppError> {
        let actor = require(Permission::BookAppointments).await?;
        // A refused call comes back to its row as it was typed.
        let typed =
            forms::typed(&json!({ "id": id.to_string(), "outcome": &outcome, "note": &note }));
        let recorded = async {
            let outcome =
                CallOutcome::parse(&outcome).map_err(|m| AppError::invalid("outcome", m))?;
            let note = optional_text(&note, 500).map_err(|m| AppError::invalid("note", m))?;
            let state = app_state()?;
            let mut tx = state.pool.begin().await?;
            let current: Option<Called> = sqlx::query_as(
                "SELECT a.clinic_id, a.patient_id, a.status, a.version,
                        (p.email IS NOT NULL AND p.email_reminders) AS emailable
                 FROM appointment a JOIN patient p ON p.id = a.patient_id
                 WHERE a.id = $1 AND a.status <> 'held' FOR UPDATE OF a",
            )
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            let access =
                clinic_access::open_for(&mut tx, actor, current.as_ref().map(|c| c.clinic_id))
                    .await?;
            let Called { patient_id, status, version: current_version, emailable, .. } =
                current.ok_or(AppError::NotFound)?;
            if current_version != version {
                return Err(AppError::Conflict(t!("server-appointment-changed")));
            }
            match outcome {
                CallOutcome::Confirmed => {
                    let reason = StatusReason::parse("", &note)?;
                    let next = AppointmentStatus::Confirmed;
                    change_in(&mut tx, access.actor.clone(), (id, version), next, &reason).await?;
                }
                CallOutcome::Emailed => {
                    if status != "scheduled" {
                        let status = match AppointmentStatus::parse(&status) {
                            Ok(s) => t!("check-status-in-sentence", status = s.as_str()),
                            Err(_) => t!("server-status-over"),
                        };
                        return Err(AppError::Conflict(t!(
                            "server-call-nothing-to-remind",
                            status = status,
                        )));
                    }
                    if !emailable {
                        return Err(AppError::invalid("outcome", t!("server-call-not-emailable")));
                    }
                    let site = &state.config.public_base_url;
                    let sent = outbox::enqueue_for_appointment(
                        &mut tx,
                        EmailKind::Reminder,
                        id,
                        Some(ReminderOffset::BY_HAND),
                        site,
                    )
                    .await?;
                    if sent.is_none() {
                        return Err(AppError::invalid(
                            "outcome",
                            t!("server-call-already-emailed"),
                        ));
                    }
                }
                CallOutcome::LeftMessage | CallOutcome::NoAnswer | CallOutcome::WrongNumber => {}
            }
            sqlx::query(
                "INSERT INTO confirmation_call (clinic_id, appointment_id, outcome, note, called_by)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(access.clinic.id)
            .bind(id)
            .bind(outcome.as_str())
            .bind(&note)
            .bind(access.actor.staff_id)
            .execute(&mut *tx)
            .await?;
            let entry = AuditEntry::new(
                "appointment.confirmation_call",
                Outcome::Success,
                &session::request_origin(),
            )
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(patient_id)
            .object("appointment", id)
            .details(json!({ "outcome": outcome.as_str(), "note": note }));
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            Ok::<_, AppError>(())
        };
        recorded.await.map_err(|error| error.with_input(typed))
    }
}
