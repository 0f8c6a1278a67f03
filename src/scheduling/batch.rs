//! When a provider (or a chair, or the whole clinic) is suddenly unavailable: the appointments
//! still booked in the time off, each with free times of eligible providers to move it to, and
//! one action that moves, cancels or keeps each of them, in one transaction.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::CalendarAppointment;
use crate::error::AppError;
use crate::setup::model::ClinicRef;
use crate::t;

/// What to do with one affected appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchAction {
    Keep,
    Cancel,
    Move { provider_id: i64, chair_id: Option<i64>, starts_at: String },
}

impl BatchAction {
    /// The value of a choice in the form: `keep`, `cancel` or `move:3:7:2026-12-01T10:30` (an
    /// empty chair is no chair).
    pub fn encode(&self) -> String {
        match self {
            BatchAction::Keep => "keep".into(),
            BatchAction::Cancel => "cancel".into(),
            BatchAction::Move { provider_id, chair_id, starts_at } => format!(
                "move:{provider_id}:{}:{starts_at}",
                chair_id.map(|c| c.to_string()).unwrap_or_default()
            ),
        }
    }

    pub fn parse(text: &str) -> Result<BatchAction, String> {
        let refused = || t!("server-batch-not-a-choice", choice = text);
        match text.trim() {
            "keep" => Ok(BatchAction::Keep),
            "cancel" => Ok(BatchAction::Cancel),
            other => {
                let rest = other.strip_prefix("move:").ok_or_else(refused)?;
                let mut parts = rest.splitn(3, ':');
                let provider_id = parts.next().and_then(|p| p.parse().ok()).ok_or_else(refused)?;
                let chair_id = match parts.next().ok_or_else(refused)? {
                    "" => None,
                    chair => Some(chair.parse().map_err(|_| refused())?),
                };
                let starts_at = parts.next().filter(|s| !s.is_empty()).ok_or_else(refused)?;
                Ok(BatchAction::Move { provider_id, chair_id, starts_at: starts_at.to_string() })
            }
        }
    }
}

/// A free time an affected appointment could move to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The form value ([`BatchAction::encode`]).
    pub choice: String,
    /// "Tue 1 Dec 10:30 with Dr Amelia Hughes"
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Affected {
    pub appointment: CalendarAppointment,
    pub suggestions: Vec<Suggestion>,
}

/// A time-off entry and the appointments still booked in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AffectedView {
    pub clinic: ClinicRef,
    pub time_off_id: i64,
    /// "Dr Sam Patel", "Surgery 2" or "The whole clinic".
    pub whose: String,
    /// "2026-12-01 09:00 to 2026-12-01 13:00"
    pub period: String,
    pub reason: String,
    pub items: Vec<Affected>,
}

/// Most appointments one batch may change: a day's list for a clinic, with room to spare. The
/// whole batch runs in one transaction holding row locks, so it must stay short.
pub const MAX_BATCH: usize = 200;

/// One row of the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchChoice {
    pub id: i64,
    pub version: i32,
    pub action: String,
}

/// What one application did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BatchOutcome {
    pub moved: u32,
    pub cancelled: u32,
    pub kept: u32,
}

/// The appointments still booked in time-off entry `time_off_id`, with suggestions.
#[server(endpoint = "appointments/affected")]
pub async fn affected_appointments(time_off_id: i64) -> Result<AffectedView, AppError> {
    ssr::affected(time_off_id).await.map_err(AppError::with_http_status)
}

/// Moves, cancels or keeps each appointment as chosen, in one transaction: if one change is
/// refused (the time was taken meanwhile), nothing is changed.
#[server(endpoint = "appointments/affected/apply")]
pub async fn apply_batch(
    time_off_id: i64,
    #[server(default)] choices: Vec<BatchChoice>,
) -> Result<BatchOutcome, AppError> {
    ssr::apply(time_off_id, choices).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, Days, Utc};
    use sqlx::PgConnection;
    use sqlx::postgres::types::PgRange;

    use serde_json::json;

    use super::{
        Affected, AffectedView, BatchAction, BatchChoice, BatchOutcome, MAX_BATCH, Suggestion,
    };
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess, Owned};
    use crate::auth::session;
    use crate::domain::{AppointmentStatus, CancelReasonKind, Permission};
    use crate::error::AppError;
    use crate::scheduling::calendar::ssr::appointments_between;
    use crate::scheduling::reschedule::ssr::{Move, move_in};
    use crate::scheduling::slots::ssr::{Asker, compute};
    use crate::scheduling::status::StatusReason;
    use crate::scheduling::status::ssr::change_in;
    use crate::server::state::app_state;
    use crate::t;

    /// How many free times are suggested per appointment, and how far ahead they are looked
    /// for.
    const SUGGESTIONS: usize = 3;
    const SEARCH_DAYS: u64 = 14;

    struct TimeOffEntry {
        provider_id: Option<i64>,
        chair_id: Option<i64>,
        period: (DateTime<Utc>, DateTime<Utc>),
        reason: String,
        whose: String,
    }

    type Row = (i64, Option<i64>, Option<i64>, PgRange<DateTime<Utc>>, String, Option<String>);

    /// A range of instants, `[start, end)`.
    type Span = (DateTime<Utc>, DateTime<Utc>);

    async fn open(
        conn: &mut PgConnection,
        actor: crate::auth::session::Actor,
        id: i64,
    ) -> Result<(ClinicAccess, TimeOffEntry), AppError> {
        let row: Option<Row> = sqlx::query_as(
            "SELECT t.clinic_id, t.provider_id, t.chair_id, t.period, t.reason,
                    coalesce(p.name, c.name)
             FROM time_off t
             LEFT JOIN provider p ON p.id = t.provider_id
             LEFT JOIN chair c ON c.id = t.chair_id
             WHERE t.id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let access = clinic_access::open_for(&mut *conn, actor, row.as_ref().map(|r| r.0)).await?;
        let (_, provider_id, chair_id, period, reason, name) = row.ok_or(AppError::NotFound)?;
        use std::ops::Bound::{Excluded, Included};
        let period = match (period.start, period.end) {
            (Included(s) | Excluded(s), Included(e) | Excluded(e)) => (s, e),
            _ => return Err(AppError::internal("unbounded time off")),
        };
        let whose = name.unwrap_or_else(|| t!("server-batch-whole-clinic"));
        Ok((access, TimeOffEntry { provider_id, chair_id, period, reason, whose }))
    }

    pub async fn affected(time_off_id: i64) -> Result<AffectedView, AppError> {
        let actor = require(Permission::BookAppointments).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let (access, entry) = open(&mut conn, actor, time_off_id).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let locale = access.clinic.locale();
        let now = Utc::now();
        let booked = appointments_between(
            &mut conn,
            access.clinic.id,
            (zone, access.clinic.locale()),
            entry.period,
            entry.provider_id,
        )
        .await?;
        let mut items = Vec::new();
        let mut claimed: Vec<(i64, Span)> = Vec::new();
        for (appointment, blocked) in booked {
            let in_scope = entry.chair_id.is_none_or(|c| appointment.chair_id == Some(c));
            let overlaps = blocked.0 < entry.period.1 && entry.period.0 < blocked.1;
            let movable = matches!(
                appointment.status,
                AppointmentStatus::Held
                    | AppointmentStatus::Scheduled
                    | AppointmentStatus::Confirmed
            );
            if !(in_scope && overlaps && movable) {
                continue;
            }
            let from = appointment.starts.with_timezone(&zone).date_naive();
            let free = compute(
                &mut conn,
                access.clinic.id,
                zone,
                appointment.type_id,
                None,
                from,
                from + Days::new(SEARCH_DAYS),
                now,
                Asker::Staff,
            )
            .await?;
            // The time this appointment would take at a start (its own buffers).
            let span = |start: DateTime<Utc>| {
                (start - (appointment.starts - blocked.0), start + (blocked.1 - appointment.starts))
            };
            let picked: Vec<_> = free
                .into_iter()
                .filter(|f| f.start > now)
                .filter(|f| entry.chair_id.is_none_or(|c| f.chair_id != Some(c)))
                // Not a time already offered first to an earlier appointment: applying the
                // defaults must not make two of them clash.
                .filter(|f| {
                    let (start, end) = span(f.start);
                    !claimed.iter().any(|(provider, (s, e))| {
                        *provider == f.provider_id && start < *e && *s < end
                    })
                })
                .take(SUGGESTIONS)
                .collect();
            if let Some(first) = picked.first() {
                claimed.push((first.provider_id, span(first.start)));
            }
            let suggestions = picked
                .into_iter()
                .map(|f| {
                    let local = f.start.with_timezone(&zone);
                    let action = BatchAction::Move {
                        provider_id: f.provider_id,
                        chair_id: f.chair_id,
                        starts_at: local.format("%Y-%m-%dT%H:%M").to_string(),
                    };
                    Suggestion {
                        choice: action.encode(),
                        label: t!(
                            "server-batch-suggestion",
                            when = locale.moment_medium(local.naive_local()),
                            provider = f.provider.as_str(),
                        ),
                    }
                })
                .collect();
            items.push(Affected { appointment, suggestions });
        }
        // The list shows patients' names: audited with their ids.
        let patients: Vec<i64> = items.iter().map(|i| i.appointment.patient_id).collect();
        let viewed = AuditEntry::new(
            "time_off.affected_viewed",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .object("time_off", time_off_id)
        .details(json!({ "patients": patients }));
        audit::append(&mut conn, viewed).await?;
        let local =
            |at: DateTime<Utc>| locale.moment_numeric(at.with_timezone(&zone).naive_local());
        Ok(AffectedView {
            clinic: access.clinic.clone(),
            time_off_id,
            whose: entry.whose,
            period: t!(
                "server-batch-period",
                from = local(entry.period.0),
                until = local(entry.period.1),
            ),
            reason: entry.reason,
            items,
        })
    }

    pub async fn apply(
        time_off_id: i64,
        choices: Vec<BatchChoice>,
    ) -> Result<BatchOutcome, AppError> {
        let actor = require(Permission::BookAppointments).await?;
        if choices.len() > MAX_BATCH {
            return Err(AppError::invalid("choices", t!("server-batch-too-many", max = MAX_BATCH)));
        }
        let actions = choices
            .iter()
            .map(|c| {
                BatchAction::parse(&c.action)
                    .map(|action| (c.id, c.version, action))
                    .map_err(|m| AppError::invalid("choices", m))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let (access, entry) = open(&mut tx, actor.clone(), time_off_id).await?;
        // The choices are this time off's clinic's appointments: someone working in two
        // clinics must not move or cancel the other clinic's with this clinic's reason.
        let ids: Vec<i64> = actions.iter().map(|(id, _, _)| *id).collect();
        clinic_access::require_in_clinic(&mut tx, access.clinic.id, Owned::Appointment, &ids)
            .await?;
        let reason = StatusReason::built_in(
            CancelReasonKind::TimeOff,
            t!(
                "server-batch-unavailable",
                whose = entry.whose.as_str(),
                reason = entry.reason.as_str(),
            ),
        );
        let mut outcome = BatchOutcome::default();
        for (id, version, action) in actions {
            match action {
                BatchAction::Keep => outcome.kept += 1,
                BatchAction::Cancel => {
                    change_in(
                        &mut tx,
                        actor.clone(),
                        (id, version),
                        AppointmentStatus::Cancelled,
                        &reason,
                    )
                    .await
                    .map_err(nothing_changed)?;
                    outcome.cancelled += 1;
                }
                BatchAction::Move { provider_id, chair_id, starts_at } => {
                    let request = Move { id, version, provider_id, chair_id, starts_at };
                    move_in(&mut tx, actor.clone(), &request).await.map_err(nothing_changed)?;
                    outcome.moved += 1;
                }
            }
        }
        tx.commit().await?;
        Ok(outcome)
    }

    /// A refusal of one change refuses the batch: say so.
    fn nothing_changed(error: AppError) -> AppError {
        match error {
            AppError::Conflict(message) => {
                AppError::Conflict(t!("server-batch-nothing-changed", message = message))
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_through_their_form_values() {
        for action in [
            BatchAction::Keep,
            BatchAction::Cancel,
            BatchAction::Move {
                provider_id: 3,
                chair_id: Some(7),
                starts_at: "2026-12-01T10:30".into(),
            },
            BatchAction::Move {
                provider_id: 3,
                chair_id: None,
                starts_at: "2026-12-01T10:30".into(),
            },
        ] {
            assert_eq!(BatchAction::parse(&action.encode()), Ok(action));
        }
        for bad in [
            "",
            "move",
            "move:x:1:2026-12-01T10:30",
            "move:3:y:2026-12-01T10:30",
            "move:3::",
            "drop",
        ] {
            assert!(BatchAction::parse(bad).is_err(), "{bad}");
        }
    }
}
