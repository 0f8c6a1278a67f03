//! Moving an appointment through its day (arrived, in the chair, completed), confirming it, or
//! cancelling it (with a reason) or marking a no-show. Only the transitions of
//! [`AppointmentStatus::next`] are allowed; each is recorded with its time and author.

use leptos::prelude::*;

use crate::domain::CancelReasonKind;
use crate::domain::fields::optional_text;
use crate::error::AppError;
use crate::t;

/// Sets the status of appointment `id`, opened at `version`. Cancelling and marking a no-show
/// need the right to book (cancelling also a reason: `reason_code`, an entry of the clinic's
/// list, with `reason` as its details; without a code, the reason is "other" and `reason` must
/// say why; a no-show needs the start to have passed). With `then` (a path on this site), the
/// browser goes there afterwards.
#[server(endpoint = "appointments/set-status")]
pub async fn set_appointment_status(
    id: i64,
    version: i32,
    status: String,
    #[server(default)] reason_code: String,
    #[server(default)] reason: String,
    #[server(default)] then: String,
) -> Result<(), AppError> {
    ssr::set_appointment_status(id, version, status, (reason_code, reason), then)
        .await
        .map_err(AppError::with_http_status)
}

/// Which entry of the clinic's list of cancellation reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonCode {
    /// The entry staff picked (by id).
    Picked(i64),
    /// The built-in entry of this kind, which the app picks.
    BuiltIn(CancelReasonKind),
}

/// The reason given for a status change: for a cancellation, the entry of the list and its
/// details; for any other change only the details are kept, as a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusReason {
    pub code: ReasonCode,
    pub details: String,
}

impl StatusReason {
    /// A reason the app gives: one of the built-in entries, with `details`.
    pub fn built_in(kind: CancelReasonKind, details: impl Into<String>) -> StatusReason {
        StatusReason { code: ReasonCode::BuiltIn(kind), details: details.into() }
    }

    /// Parses the form's `reason_code` (empty: "other") and `reason` (the details).
    pub fn parse(code: &str, details: &str) -> Result<StatusReason, AppError> {
        let details = optional_text(details, 500).map_err(|m| AppError::invalid("reason", m))?;
        let code = match code.trim() {
            "" => ReasonCode::BuiltIn(CancelReasonKind::Other),
            code => ReasonCode::Picked(
                code.parse()
                    .map_err(|_| AppError::invalid("reason_code", t!("server-choose-reason")))?,
            ),
        };
        Ok(StatusReason { code, details })
    }
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use serde_json::json;
    use sqlx::PgConnection;

    use super::{ReasonCode, StatusReason};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session::{self, Actor};
    use crate::domain::fields::local_path;
    use crate::domain::{AppointmentStatus, CancelReasonKind, Permission};
    use crate::email::model::EmailKind;
    use crate::email::outbox;
    use crate::error::{AppError, forms};
    use crate::recall::store::after_completed_visit;
    use crate::server::state::app_state;
    use crate::t;

    pub async fn set_appointment_status(
        id: i64,
        version: i32,
        status: String,
        (reason_code, reason): (String, String),
        then: String,
    ) -> Result<(), AppError> {
        let actor = require(Permission::UpdateAppointmentStatus).await?;
        let next = AppointmentStatus::parse(&status).map_err(|m| AppError::invalid("status", m))?;
        // Cancelling and no-shows give the time away: the front desk's call.
        let actor = match next.permission_to_set() {
            Permission::UpdateAppointmentStatus => actor,
            needed => require(needed).await?,
        };
        // A refused reason comes back to the form as it was typed.
        let typed = forms::typed(&json!({ "reason_code": &reason_code, "reason": &reason }));
        let changed = async {
            let reason = StatusReason::parse(&reason_code, &reason)?;
            let state = app_state()?;
            let mut tx = state.pool.begin().await?;
            change_in(&mut tx, actor, (id, version), next, &reason).await?;
            tx.commit().await?;
            Ok::<_, AppError>(())
        };
        changed.await.map_err(|error| error.with_input(typed))?;
        if let Some(path) = local_path(&then) {
            leptos_axum::redirect(path);
        }
        Ok(())
    }

    /// An appointment as a status change finds it.
    #[derive(sqlx::FromRow)]
    struct Current {
        clinic_id: i64,
        patient_id: i64,
        status: String,
        version: i32,
        started: bool,
    }

    /// Changes the status of appointment `id`, opened at `version`, inside the caller's
    /// transaction: only an allowed transition, recorded with its time and author, and audited.
    /// The caller has checked the right to make it ([`AppointmentStatus::permission_to_set`]).
    pub async fn change_in(
        tx: &mut PgConnection,
        actor: Actor,
        (id, version): (i64, i32),
        next: AppointmentStatus,
        reason: &StatusReason,
    ) -> Result<(), AppError> {
        let row: Option<Current> = sqlx::query_as(
            // A hold (a time a patient is booking online) is not an appointment yet: staff
            // cannot change its status; it does not exist for them here.
            "SELECT clinic_id, patient_id, status, version, lower(visit) <= now() AS started
             FROM appointment WHERE id = $1 AND status <> 'held' FOR UPDATE",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let access =
            clinic_access::open_for(&mut *tx, actor, row.as_ref().map(|r| r.clinic_id)).await?;
        let Current { patient_id, status: current, version: current_version, started, .. } =
            row.ok_or(AppError::NotFound)?;
        if current_version != version {
            return Err(AppError::Conflict(t!("server-appointment-changed")));
        }
        let current = AppointmentStatus::parse(&current).map_err(AppError::internal)?;
        let next = current.becomes_when(next, started).map_err(AppError::Conflict)?;
        let (note, cancel_reason_id) = if next == AppointmentStatus::Cancelled {
            let cancellation = cancellation(&mut *tx, access.clinic.id, reason).await?;
            (cancellation.shown, Some(cancellation.reason_id))
        } else {
            (reason.details.clone(), None)
        };
        let change = StatusWrite {
            id,
            from: current,
            next,
            reason: &note,
            cancel_reason_id,
            changed_by: Some(access.actor.staff_id),
        };
        write_status(&mut *tx, &change).await?;
        // A completed visit of a type with a recall rule makes the patient due again.
        let recall = if next == AppointmentStatus::Completed {
            after_completed_visit(&mut *tx, id, Some(access.actor.staff_id)).await?
        } else {
            None
        };
        let entry = AuditEntry::new(
            "appointment.status_changed",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .patient(patient_id)
        .object("appointment", id)
        .details(json!({
            "before": { "status": current.as_str() },
            "after": { "status": next.as_str() },
            "reason": note,
            "cancel_reason_id": cancel_reason_id,
            "recall": recall,
        }));
        audit::append(&mut *tx, entry).await?;
        if !next.is_live() {
            outbox::cancel_reminders(&mut *tx, id).await?;
        }
        if next == AppointmentStatus::Cancelled {
            let site = &app_state()?.config.public_base_url;
            outbox::enqueue_for_appointment(&mut *tx, EmailKind::Cancelled, id, None, site).await?;
        }
        Ok(())
    }

    /// A cancellation's reason, checked against the appointment's clinic.
    pub struct Cancellation {
        /// The entry of the clinic's list, which reports count.
        pub reason_id: i64,
        /// The reason as the appointment shows it.
        pub shown: String,
    }

    /// An entry of a clinic's list of cancellation reasons.
    #[derive(sqlx::FromRow)]
    struct ReasonEntry {
        id: i64,
        label: String,
        kind: String,
    }

    /// Checks `reason` against clinic `clinic_id`'s list: a picked entry must be one of its
    /// active entries that staff may pick, and "other" needs details.
    pub async fn cancellation(
        conn: &mut PgConnection,
        clinic_id: i64,
        reason: &StatusReason,
    ) -> Result<Cancellation, AppError> {
        let (id, kind) = match reason.code {
            ReasonCode::Picked(id) => (Some(id), None),
            ReasonCode::BuiltIn(kind) => (None, Some(kind.as_str())),
        };
        let entry: Option<ReasonEntry> = sqlx::query_as(
            "SELECT id, label, kind FROM cancel_reason
             WHERE clinic_id = $1 AND active AND (id = $2 OR kind = $3)",
        )
        .bind(clinic_id)
        .bind(id)
        .bind(kind)
        .fetch_optional(conn)
        .await?;
        let picked = matches!(reason.code, ReasonCode::Picked(_));
        let (entry, kind) = entry
            .and_then(|e| CancelReasonKind::parse(&e.kind).map(|kind| (e, kind)))
            .filter(|(_, kind)| !picked || kind.chosen_by_staff())
            .ok_or_else(|| AppError::invalid("reason_code", t!("server-choose-reason")))?;
        if kind == CancelReasonKind::Other && reason.details.is_empty() {
            return Err(AppError::invalid("reason", t!("server-cancel-say-why")));
        }
        Ok(Cancellation { reason_id: entry.id, shown: kind.shown(&entry.label, &reason.details) })
    }

    /// A checked transition of an appointment, as written.
    pub struct StatusWrite<'a> {
        pub id: i64,
        pub from: AppointmentStatus,
        pub next: AppointmentStatus,
        /// The reason as shown (a cancellation's) or the note given with the change.
        pub reason: &'a str,
        /// A cancellation's entry of the clinic's list (required for one, by the schema).
        pub cancel_reason_id: Option<i64>,
        /// `None` for the patient's own changes through a manage link.
        pub changed_by: Option<i64>,
    }

    /// Writes a checked transition and its record. A cancellation keeps its reason, entry and
    /// time on the appointment.
    pub async fn write_status(
        conn: &mut PgConnection,
        change: &StatusWrite<'_>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE appointment SET status = $2, version = version + 1,
                    cancel_reason = CASE WHEN $2 = 'cancelled' THEN $3 ELSE cancel_reason END,
                    cancel_reason_id = CASE WHEN $2 = 'cancelled' THEN $4 END,
                    cancelled_at = CASE WHEN $2 = 'cancelled' THEN now() END
             WHERE id = $1",
        )
        .bind(change.id)
        .bind(change.next.as_str())
        .bind(change.reason)
        .bind(change.cancel_reason_id)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO appointment_status_change
                 (appointment_id, from_status, to_status, reason, changed_by)
             VALUES ($1, $2, $3, nullif($4, ''), $5)",
        )
        .bind(change.id)
        .bind(change.from.as_str())
        .bind(change.next.as_str())
        .bind(change.reason)
        .bind(change.changed_by)
        .execute(conn)
        .await?;
        Ok(())
    }
}
