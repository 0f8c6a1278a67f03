//! `/book/manage/{token}`: a patient's own appointment through the link in their email: see it,
//! confirm that they will come (until it starts), and cancel it or move it through the slot
//! picker while the clinic's cancellation notice has not started. Moving is one statement: the
//! old time is let go only when the new one is secured.

use leptos::prelude::*;

use super::model::ManagedAppointment;
use crate::error::AppError;

/// The appointment of a manage link; with `reschedule`, the slot picker from `from` (a week)
/// on `date`.
#[server(endpoint = "book/manage")]
pub async fn load_managed_appointment(
    token: String,
    #[server(default)] reschedule: bool,
    #[server(default)] from: String,
    #[server(default)] date: String,
) -> Result<ManagedAppointment, AppError> {
    ssr::managed_appointment(token, reschedule, from, date)
        .await
        .map_err(AppError::with_http_status)
}

/// The patient says they will come: a scheduled appointment becomes confirmed. Saying it again
/// (a second click, a second email's link) changes nothing and answers the same.
#[server(endpoint = "book/manage/confirm")]
pub async fn confirm_by_link(token: String) -> Result<(), AppError> {
    ssr::confirm(token).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "book/manage/cancel")]
pub async fn cancel_by_link(token: String) -> Result<(), AppError> {
    ssr::cancel(token).await.map_err(AppError::with_http_status)
}

/// Moves the appointment to `starts_at` (the clinic's local time) with `provider_id`.
#[server(endpoint = "book/manage/reschedule")]
pub async fn reschedule_by_link(
    token: String,
    provider_id: i64,
    starts_at: String,
) -> Result<(), AppError> {
    ssr::reschedule(token, provider_id, starts_at).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, Duration, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::abuse::{self, MANAGE_PER_IP};
    use super::super::api::ssr::{OnlineClinic, clinic_by_slug, offered_plan};
    use super::super::links;
    use super::super::model::ManagedAppointment;
    use super::super::picker::{self, PickerQuery};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::session;
    use crate::domain::schedule::parse_date;
    use crate::domain::{AppointmentStatus, CancelReasonKind};
    use crate::email::model::EmailKind;
    use crate::email::outbox;
    use crate::error::AppError;
    use crate::notifications::model::NotificationKind;
    use crate::notifications::store::notify_about_appointment;
    use crate::scheduling::booking::ssr::{clash, start_instant};
    use crate::scheduling::reschedule::ssr::write_move;
    use crate::scheduling::status::StatusReason;
    use crate::scheduling::status::ssr::{StatusWrite, cancellation, write_status};
    use crate::server::state::app_state;

    #[derive(sqlx::FromRow)]
    struct Current {
        id: i64,
        slug: String,
        patient_id: i64,
        type_id: i64,
        type_name: String,
        provider_id: i64,
        provider: String,
        chair_id: Option<i64>,
        start: DateTime<Utc>,
        status: String,
    }

    /// The appointment of `token` (locked when `lock`) and its clinic; a forged, mistyped or
    /// expired token is not found.
    async fn open(
        conn: &mut PgConnection,
        token: &str,
        lock: bool,
    ) -> Result<(Current, OnlineClinic), AppError> {
        let id = links::appointment_of(&mut *conn, token).await?.ok_or(AppError::NotFound)?;
        let lock = if lock { "FOR UPDATE OF a" } else { "" };
        let current: Current = sqlx::query_as(&format!(
            "SELECT a.id, c.slug, a.patient_id, a.appointment_type_id AS type_id, t.name AS type_name, a.provider_id,
                    pr.name AS provider, a.chair_id, lower(a.visit) AS start, a.status
             FROM appointment a
             JOIN clinic c ON c.id = a.clinic_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider pr ON pr.id = a.provider_id
             WHERE a.id = $1 {lock}"
        ))
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
        // A clinic that no longer books online still lets its patients see and cancel.
        let clinic = clinic_by_slug(&mut *conn, &current.slug, false).await?;
        Ok((current, clinic))
    }

    /// The last moment to change an appointment online.
    fn deadline(current: &Current, clinic: &OnlineClinic) -> DateTime<Utc> {
        current.start - Duration::hours(i64::from(clinic.cancel_notice_hours))
    }

    fn changeable(current: &Current, clinic: &OnlineClinic, now: DateTime<Utc>) -> bool {
        matches!(current.status.as_str(), "scheduled" | "confirmed")
            && now < deadline(current, clinic)
    }

    /// Whether the patient may still confirm: until the appointment starts, whatever the
    /// cancellation notice (the last reminder goes out a couple of hours before).
    fn confirmable(current: &Current, now: DateTime<Utc>) -> bool {
        current.status == "scheduled" && now < current.start
    }

    fn too_late(clinic: &OnlineClinic) -> AppError {
        AppError::Conflict(crate::t!(
            "book-too-late",
            hours = clinic.cancel_notice_hours,
            clinic = clinic.public.name.as_str(),
            phone = clinic.public.phone.as_str()
        ))
    }

    fn entry(action: &'static str, current: &Current, clinic: &OnlineClinic) -> AuditEntry {
        AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .clinic(clinic.id)
            .patient(current.patient_id)
            .object("appointment", current.id)
    }

    pub async fn managed_appointment(
        token: String,
        reschedule: bool,
        from: String,
        date: String,
    ) -> Result<ManagedAppointment, AppError> {
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let (current, clinic) = open(&mut tx, &token, false).await?;
        let now = Utc::now();
        let changeable = changeable(&current, &clinic, now);
        let date_of = |text: &str, what: &str| {
            if text.trim().is_empty() {
                Ok(None)
            } else {
                parse_date(text, what).map(Some).map_err(|m| AppError::invalid("date", m))
            }
        };
        let picker = if reschedule && changeable {
            let query = PickerQuery {
                clinic_id: clinic.id,
                zone: clinic.zone,
                locale: clinic.locale(),
                type_id: current.type_id,
                provider_id: None,
                from: date_of(&from, "the first day")?,
                date: date_of(&date, "the day")?,
                horizon_days: clinic.horizon_days,
                moving: Some(current.id),
            };
            Some(picker::build(&mut tx, &query, now).await?)
        } else {
            None
        };
        audit::append(&mut tx, entry("online.manage_viewed", &current, &clinic)).await?;
        tx.commit().await?;
        let zone = clinic.zone;
        Ok(ManagedAppointment {
            type_name: current.type_name.clone(),
            provider: current.provider.clone(),
            when: clinic.locale().moment_long(&current.start.with_timezone(&zone)),
            status: current.status.clone(),
            changeable,
            confirmable: confirmable(&current, now),
            change_until: clinic
                .locale()
                .moment_without_year(&deadline(&current, &clinic).with_timezone(&zone)),
            appointment_type_id: current.type_id,
            picker,
            clinic: clinic.public,
        })
    }

    fn back_to(token: &str, note: &str) {
        leptos_axum::redirect(&format!("/book/manage/{}?done={note}", token.trim()));
    }

    pub async fn confirm(token: String) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        abuse::count_attempt(&state.pool, MANAGE_PER_IP, &abuse::ip_key(origin.ip)).await?;
        let mut tx = state.pool.begin().await?;
        let (current, clinic) = open(&mut tx, &token, true).await?;
        if current.status == "confirmed" {
            back_to(&token, "confirmed");
            return Ok(());
        }
        if !confirmable(&current, Utc::now()) {
            return Err(AppError::Conflict(crate::t!(
                "book-too-late-to-confirm",
                clinic = clinic.public.name.as_str(),
                phone = clinic.public.phone.as_str()
            )));
        }
        let change = StatusWrite {
            id: current.id,
            from: AppointmentStatus::Scheduled,
            next: AppointmentStatus::Confirmed,
            reason: "",
            cancel_reason_id: None,
            changed_by: None,
        };
        write_status(&mut tx, &change).await?;
        let audit_entry = entry("online.confirmed", &current, &clinic).details(json!({
            "before": { "status": current.status }, "after": { "status": "confirmed" },
        }));
        audit::append(&mut tx, audit_entry).await?;
        notify_about_appointment(&mut tx, NotificationKind::OnlineConfirmed, current.id).await?;
        tx.commit().await?;
        back_to(&token, "confirmed");
        Ok(())
    }

    pub async fn cancel(token: String) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        abuse::count_attempt(&state.pool, MANAGE_PER_IP, &abuse::ip_key(origin.ip)).await?;
        let mut tx = state.pool.begin().await?;
        let (current, clinic) = open(&mut tx, &token, true).await?;
        if current.status == "cancelled" {
            back_to(&token, "cancelled");
            return Ok(());
        }
        if !changeable(&current, &clinic, Utc::now()) {
            return Err(too_late(&clinic));
        }
        let from = AppointmentStatus::parse(&current.status).map_err(AppError::internal)?;
        let next = from.becomes(AppointmentStatus::Cancelled).map_err(AppError::Conflict)?;
        let reason = StatusReason::built_in(CancelReasonKind::PatientOnline, "");
        let cancellation = cancellation(&mut tx, clinic.id, &reason).await?;
        let change = StatusWrite {
            id: current.id,
            from,
            next,
            reason: &cancellation.shown,
            cancel_reason_id: Some(cancellation.reason_id),
            changed_by: None,
        };
        write_status(&mut tx, &change).await?;
        outbox::cancel_reminders(&mut tx, current.id).await?;
        let site = &state.config.public_base_url;
        outbox::enqueue_for_appointment(&mut tx, EmailKind::Cancelled, current.id, None, site)
            .await?;
        let audit_entry = entry("online.cancelled", &current, &clinic).details(json!({
            "before": { "status": current.status }, "after": { "status": "cancelled" },
        }));
        audit::append(&mut tx, audit_entry).await?;
        notify_about_appointment(&mut tx, NotificationKind::OnlineCancelled, current.id).await?;
        tx.commit().await?;
        back_to(&token, "cancelled");
        Ok(())
    }

    pub async fn reschedule(
        token: String,
        provider_id: i64,
        starts_at: String,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        abuse::count_attempt(&state.pool, MANAGE_PER_IP, &abuse::ip_key(origin.ip)).await?;
        let mut tx = state.pool.begin().await?;
        let (current, clinic) = open(&mut tx, &token, true).await?;
        if !changeable(&current, &clinic, Utc::now()) {
            return Err(too_late(&clinic));
        }
        let start = start_instant(clinic.zone, &starts_at)?;
        let plan =
            offered_plan(&mut tx, &clinic, (current.type_id, provider_id), start, Some(current.id))
                .await?;
        let moved = write_move(&mut tx, current.id, provider_id, &plan).await;
        moved.map_err(|error| clash(error, &plan, clinic.zone))?;
        outbox::cancel_reminders(&mut tx, current.id).await?;
        let site = &state.config.public_base_url;
        outbox::enqueue_for_appointment(&mut tx, EmailKind::Rescheduled, current.id, None, site)
            .await?;
        let audit_entry = entry("online.rescheduled", &current, &clinic).details(json!({
            "before": { "provider_id": current.provider_id, "chair_id": current.chair_id, "start": current.start },
            "after": { "provider_id": provider_id, "chair_id": plan.chair_id, "start": plan.visit.0 },
        }));
        audit::append(&mut tx, audit_entry).await?;
        notify_about_appointment(&mut tx, NotificationKind::OnlineMoved, current.id).await?;
        tx.commit().await?;
        back_to(&token, "moved");
        Ok(())
    }
}
