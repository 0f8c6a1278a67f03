//! Moving an appointment to another time, provider or chair, in one statement: the old time
//! is given up only if the new one is secured (the exclusion constraints check the moved row),
//! and only from the version the person was looking at.

use leptos::prelude::*;

use crate::error::AppError;

/// Moves appointment `id`, opened at `version`, to `starts_at` (the clinic's local time) with
/// `provider_id` and, when its type needs one, `chair_id`. With `show_in` (a calendar layout),
/// the browser is sent to the calendar afterwards, on the new day with the appointment open.
#[server(endpoint = "appointments/reschedule")]
pub async fn reschedule_appointment(
    id: i64,
    version: i32,
    #[server(default)] provider_id: Option<i64>,
    #[server(default)] chair_id: Option<i64>,
    #[server(default)] starts_at: String,
    #[server(default)] show_in: String,
) -> Result<(), AppError> {
    ssr::reschedule_appointment(id, version, provider_id, chair_id, starts_at, show_in)
        .await
        .map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use chrono::{DateTime, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session::{self, Actor};
    use crate::domain::{AppointmentStatus, Permission};
    use crate::email::model::EmailKind;
    use crate::email::outbox;
    use crate::error::{AppError, forms};
    use crate::scheduling::booking::ssr::{Plan, clash, plan, show_in_calendar, start_instant};
    use crate::scheduling::live::ssr::clear_expired_holds;
    use crate::server::state::app_state;
    use crate::t;

    /// (clinic, patient, type, provider, chair, status, version, visit start)
    type Current = (i64, i64, i64, i64, Option<i64>, String, i32, DateTime<Utc>);

    /// A move as the form sends it.
    pub struct Move {
        pub id: i64,
        pub version: i32,
        pub provider_id: i64,
        pub chair_id: Option<i64>,
        pub starts_at: String,
    }

    pub async fn reschedule_appointment(
        id: i64,
        version: i32,
        provider_id: Option<i64>,
        chair_id: Option<i64>,
        starts_at: String,
        show_in: String,
    ) -> Result<(), AppError> {
        let actor = require(Permission::BookAppointments).await?;
        // A refused move comes back to the form as it was chosen.
        let typed = forms::typed(
            &json!({ "starts_at": &starts_at, "provider_id": provider_id, "chair_id": chair_id }),
        );
        let moved = async {
            let provider_id = provider_id
                .ok_or_else(|| AppError::invalid("provider_id", t!("server-choose-provider")))?;
            let state = app_state()?;
            let mut tx = state.pool.begin().await?;
            let request = Move { id, version, provider_id, chair_id, starts_at };
            let (access, zone, start) = move_in(&mut tx, actor, &request).await?;
            tx.commit().await?;
            Ok::<_, AppError>((access, zone, start, provider_id))
        };
        let (access, zone, start, provider_id) =
            moved.await.map_err(|error| error.with_input(typed))?;
        show_in_calendar(&show_in, &access.clinic.slug, zone, start, (id, provider_id));
        Ok(())
    }

    /// Moves an appointment inside the caller's transaction (audited); answers the clinic, its
    /// zone and the new start.
    pub async fn move_in(
        tx: &mut PgConnection,
        actor: Actor,
        request: &Move,
    ) -> Result<(ClinicAccess, chrono_tz::Tz, DateTime<Utc>), AppError> {
        let Move { id, version, provider_id, chair_id, ref starts_at } = *request;
        let current: Option<Current> = sqlx::query_as(
            "SELECT clinic_id, patient_id, appointment_type_id, provider_id, chair_id, status,
                    version, lower(visit)
             FROM appointment WHERE id = $1 FOR UPDATE",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let access =
            clinic_access::open_for(&mut *tx, actor, current.as_ref().map(|c| c.0)).await?;
        let (
            clinic_id,
            patient_id,
            type_id,
            old_provider,
            old_chair,
            status,
            current_version,
            old_start,
        ) = current.ok_or(AppError::NotFound)?;
        if current_version != version {
            return Err(AppError::Conflict(t!("server-appointment-changed")));
        }
        let status = AppointmentStatus::parse(&status).map_err(AppError::internal)?;
        if !matches!(status, AppointmentStatus::Scheduled | AppointmentStatus::Confirmed) {
            return Err(AppError::Conflict(t!(
                "server-reschedule-not-movable",
                status = t!("check-status-in-sentence", status = status.as_str()),
            )));
        }
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let start = start_instant(zone, starts_at)?;
        let plan = plan(&mut *tx, clinic_id, type_id, provider_id, chair_id, start).await?;
        let moved = write_move(&mut *tx, id, provider_id, &plan).await;
        moved.map_err(|error| clash(error, &plan, zone))?;
        outbox::cancel_reminders(&mut *tx, id).await?;
        let site = &app_state()?.config.public_base_url;
        outbox::enqueue_for_appointment(&mut *tx, EmailKind::Rescheduled, id, None, site).await?;
        let entry = AuditEntry::new("appointment.rescheduled", Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(clinic_id)
            .patient(patient_id)
            .object("appointment", id)
            .details(json!({
                "before": { "provider_id": old_provider, "chair_id": old_chair, "start": old_start },
                "after": { "provider_id": provider_id, "chair_id": plan.chair_id, "start": plan.visit.0 },
            }));
        audit::append(&mut *tx, entry).await?;
        Ok((access, zone, start))
    }

    /// Moves appointment `id` to `plan` with `provider_id` in one statement, so the old time
    /// is let go only if the new one is secured (the exclusion constraints decide, once the
    /// expired holds in its way are gone; see [`clash`] for their refusal as a message).
    pub async fn write_move(
        conn: &mut PgConnection,
        id: i64,
        provider_id: i64,
        plan: &Plan,
    ) -> Result<(), sqlx::Error> {
        clear_expired_holds(&mut *conn, provider_id, plan.chair_id, plan.blocked).await?;
        sqlx::query(
            "UPDATE appointment SET provider_id = $2, chair_id = $3, visit = tstzrange($4, $5),
                    blocked = tstzrange($6, $7), version = version + 1
             WHERE id = $1",
        )
        .bind(id)
        .bind(provider_id)
        .bind(plan.chair_id)
        .bind(plan.visit.0)
        .bind(plan.visit.1)
        .bind(plan.blocked.0)
        .bind(plan.blocked.1)
        .execute(conn)
        .await?;
        Ok(())
    }
}
