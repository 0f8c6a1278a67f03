//! Moving an appointment through its day (arrived, in the chair, completed), confirming it, or
//! cancelling it (with a reason) or marking a no-show. Only the transitions of
//! [`AppointmentStatus::next`] are allowed; each is recorded with its time and author.

use leptos::prelude::*;

use crate::error::AppError;

/// Sets the status of appointment `id`, opened at `version`. Cancelling and marking a no-show
/// need the right to book (cancelling also a reason, a no-show the start to have passed). With
/// `then` (a path on this site), the browser goes there afterwards.
#[server(endpoint = "appointments/set-status")]
pub async fn set_appointment_status(
    id: i64,
    version: i32,
    status: String,
    #[server(default)] reason: String,
    #[server(default)] then: String,
) -> Result<(), AppError> {
    ssr::set_appointment_status(id, version, status, reason, then)
        .await
        .map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use serde_json::json;
    use sqlx::PgConnection;

    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session::{self, Actor};
    use crate::domain::fields::{local_path, optional_text};
    use crate::domain::{AppointmentStatus, Permission};
    use crate::email::model::EmailKind;
    use crate::email::outbox;
    use crate::error::AppError;
    use crate::server::state::app_state;

    pub async fn set_appointment_status(
        id: i64,
        version: i32,
        status: String,
        reason: String,
        then: String,
    ) -> Result<(), AppError> {
        let actor = require(Permission::UpdateAppointmentStatus).await?;
        let next = AppointmentStatus::parse(&status).map_err(|m| AppError::invalid("status", m))?;
        // Cancelling and no-shows give the time away: the front desk's call.
        let actor = match next.permission_to_set() {
            Permission::UpdateAppointmentStatus => actor,
            needed => require(needed).await?,
        };
        let reason = optional_text(&reason, 500).map_err(|m| AppError::invalid("reason", m))?;
        if next == AppointmentStatus::Cancelled && reason.is_empty() {
            return Err(AppError::invalid("reason", "Say why the appointment is cancelled."));
        }
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        change_in(&mut tx, actor, (id, version), next, &reason).await?;
        tx.commit().await?;
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
        reason: &str,
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
            return Err(AppError::Conflict(
                "This appointment was changed by someone else. Look at it again, then try once more.".into(),
            ));
        }
        let current = AppointmentStatus::parse(&current).map_err(AppError::internal)?;
        let next = current.becomes_when(next, started).map_err(AppError::Conflict)?;
        write_status(&mut *tx, id, (current, next), reason, Some(access.actor.staff_id)).await?;
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
            "reason": reason,
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

    /// Writes a checked transition of appointment `id` and its record (with the reason; a
    /// cancellation keeps it as the appointment's cancel reason). `changed_by` is `None` for
    /// the patient's own changes through a manage link.
    pub async fn write_status(
        conn: &mut PgConnection,
        id: i64,
        (from, next): (AppointmentStatus, AppointmentStatus),
        reason: &str,
        changed_by: Option<i64>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE appointment SET status = $2, version = version + 1,
                    cancel_reason = CASE WHEN $2 = 'cancelled' THEN $3 ELSE cancel_reason END
             WHERE id = $1",
        )
        .bind(id)
        .bind(next.as_str())
        .bind(reason)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO appointment_status_change
                 (appointment_id, from_status, to_status, reason, changed_by)
             VALUES ($1, $2, $3, nullif($4, ''), $5)",
        )
        .bind(id)
        .bind(from.as_str())
        .bind(next.as_str())
        .bind(reason)
        .bind(changed_by)
        .execute(conn)
        .await?;
        Ok(())
    }
}
