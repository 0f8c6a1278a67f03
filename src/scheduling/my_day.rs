//! My day's data: the appointments of the providers linked to the signed-in person, with
//! each patient's alerts and allergies.

use leptos::prelude::*;

use super::model::MyDaySchedule;
use crate::error::AppError;

/// The signed-in person's appointments on `date` (a local date; today when empty).
#[server(endpoint = "appointments/my-day")]
pub async fn my_day(#[server(default)] date: String) -> Result<MyDaySchedule, AppError> {
    ssr::my_day(date).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;

    use super::super::calendar::ssr::appointments_between;
    use super::super::day_axis::DayAxis;
    use super::super::model::{CalendarAppointment, MyDaySchedule, ProviderDay};
    use crate::audit::store::{AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::session;
    use crate::domain::schedule::parse_date;
    use crate::domain::{AppointmentStatus, Permission};
    use crate::error::AppError;
    use crate::server::page_cache;
    use crate::server::state::app_state;
    use crate::setup::model::ClinicRef;

    pub async fn my_day(date: String) -> Result<MyDaySchedule, AppError> {
        let actor = require(Permission::ViewOwnDay).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let chosen = match date.trim() {
            "" => None,
            text => Some(parse_date(text, "a date").map_err(|m| AppError::invalid("date", m))?),
        };
        // Providers linked to the person, in clinics they still belong to.
        #[derive(sqlx::FromRow)]
        struct LinkedProvider {
            provider_id: i64,
            provider: String,
            #[sqlx(flatten)]
            clinic: ClinicRef,
        }
        let providers: Vec<LinkedProvider> = sqlx::query_as(&format!(
            "SELECT p.id AS provider_id, p.name AS provider, {}
             FROM provider p
             JOIN clinic c ON c.id = p.clinic_id
             JOIN staff_clinic sc ON sc.clinic_id = p.clinic_id AND sc.staff_id = p.staff_id
             WHERE p.staff_id = $1 AND p.active
             ORDER BY c.name, p.name",
            ClinicRef::COLUMNS
        ))
        .bind(actor.staff_id)
        .fetch_all(&mut *conn)
        .await?;
        let now = Utc::now();
        let mut days = Vec::new();
        let mut first_today = None;
        for LinkedProvider { provider_id, provider, clinic } in providers {
            let zone: chrono_tz::Tz = clinic.time_zone.parse().map_err(AppError::internal)?;
            let locale = clinic.locale();
            let today = now.with_timezone(&zone).date_naive();
            first_today.get_or_insert(today);
            let date = chosen.unwrap_or(today);
            let axis = DayAxis::new(&zone, date);
            let period = (axis.start, axis.instant_at(i64::from(axis.length)));
            let appointments: Vec<CalendarAppointment> = appointments_between(
                &mut conn,
                clinic.id,
                (zone, locale),
                period,
                Some(provider_id),
            )
            .await?
            .into_iter()
            .map(|(a, _)| a)
            .collect();
            let next = next_patient(&appointments, date, today, now);
            let ids: Vec<i64> = appointments.iter().map(|a| a.id).collect();
            let notes = crate::notes::lists::states(&mut conn, &ids).await?;
            let previous_note = match appointments.iter().find(|a| Some(a.id) == next) {
                Some(a) => {
                    crate::notes::lists::last_signed_before(&mut conn, a.patient_id, a.starts)
                        .await?
                }
                None => None,
            };
            days.push(ProviderDay { clinic, provider, appointments, next, notes, previous_note });
        }
        let today = first_today.unwrap_or_else(|| now.date_naive());
        let notes_to_sign =
            crate::notes::lists::waiting_for_signature(&mut conn, actor.staff_id).await?;
        let day = MyDaySchedule {
            date: chosen.unwrap_or(today),
            today,
            days,
            can_update_status: actor.role.allows(Permission::UpdateAppointmentStatus),
            notes_to_sign,
        };
        for provider_day in &day.days {
            let patients: Vec<i64> =
                provider_day.appointments.iter().map(|a| a.patient_id).collect();
            let entry =
                AuditEntry::new("my_day.viewed", Outcome::Success, &session::request_origin())
                    .actor(actor.staff_id, actor.role)
                    .clinic(provider_day.clinic.id)
                    .details(json!({ "date": day.date, "patients": patients }));
            page_cache::may_keep(&entry);
            state.read_log.append(entry).await?;
        }
        // The notes waiting for a signature name their patients: a read of them too.
        if !day.notes_to_sign.is_empty() {
            let patients: Vec<i64> = day.notes_to_sign.iter().map(|n| n.patient_id).collect();
            let entry =
                AuditEntry::new("my_day.viewed", Outcome::Success, &session::request_origin())
                    .actor(actor.staff_id, actor.role)
                    .details(json!({ "notes_to_sign": patients }));
            page_cache::may_keep(&entry);
            state.read_log.append(entry).await?;
        }
        // A hold runs out by the clock, not by a change: a page showing one is not kept.
        if day
            .days
            .iter()
            .flat_map(|d| &d.appointments)
            .any(|a| a.status == AppointmentStatus::Held)
        {
            page_cache::must_not_keep();
        }
        Ok(day)
    }

    /// The next patient: on a past day nobody; today the first appointment that has not
    /// begun treatment and has not ended; on a later day the first live one.
    fn next_patient(
        appointments: &[CalendarAppointment],
        date: NaiveDate,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Option<i64> {
        if date < today {
            return None;
        }
        appointments
            .iter()
            .filter(|a| {
                matches!(
                    a.status,
                    AppointmentStatus::Scheduled
                        | AppointmentStatus::Confirmed
                        | AppointmentStatus::Arrived
                )
            })
            .find(|a| date > today || a.ends > now)
            .map(|a| a.id)
    }
}
