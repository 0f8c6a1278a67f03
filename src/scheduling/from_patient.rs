//! Booking from where the patient is: the clinic's next free times of a chosen type, as a
//! list, for the front desk that does not want to hunt on the grid. Choosing one books it
//! through `appointments/book` (the same checks and audit as the calendar's booking), and the
//! patient's page lists it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::Choice;
use super::slots::FreeTime;
use crate::error::AppError;

/// How many free times the list shows, and how far ahead it looks for them.
pub const SHOWN: usize = 24;
pub const DAYS_AHEAD: u32 = 28;

/// The list for one patient: who, the clinic's types, and the next free times of the chosen
/// one (none chosen: the first type).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientBooking {
    pub patient_id: i64,
    /// "Ann Lee (P-000123)".
    pub patient: String,
    pub types: Vec<Choice>,
    pub type_id: Option<i64>,
    pub times: Vec<FreeTime>,
}

#[server(endpoint = "appointments/next-free")]
pub async fn next_free_times(
    patient_id: i64,
    #[server(default)] appointment_type_id: Option<i64>,
) -> Result<PatientBooking, AppError> {
    ssr::next_free_times(patient_id, appointment_type_id).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{Days, Utc};
    use serde_json::json;

    use super::{DAYS_AHEAD, PatientBooking, SHOWN};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::patients::records::ssr::open_patient;
    use crate::scheduling::model::Choice;
    use crate::scheduling::slots::ssr::{Asker, compute};
    use crate::server::state::app_state;

    pub async fn next_free_times(
        patient_id: i64,
        type_id: Option<i64>,
    ) -> Result<PatientBooking, AppError> {
        let actor = require(Permission::BookAppointments).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let access = open_patient(&mut conn, actor, patient_id).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let patient: String = sqlx::query_scalar(
            "SELECT first_name || ' ' || last_name || ' (P-' || lpad(number::text, 6, '0') || ')'
             FROM patient WHERE id = $1",
        )
        .bind(patient_id)
        .fetch_one(&mut *conn)
        .await?;
        let types: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, name FROM appointment_type WHERE clinic_id = $1 AND active
             ORDER BY lower(name), id",
        )
        .bind(access.clinic.id)
        .fetch_all(&mut *conn)
        .await?;
        let type_id = match type_id {
            Some(id) if types.iter().any(|(t, _)| *t == id) => Some(id),
            Some(_) => {
                return Err(AppError::invalid(
                    "appointment_type_id",
                    crate::t!("server-choose-type-from-list"),
                ));
            }
            None => types.first().map(|(id, _)| *id),
        };
        let now = Utc::now();
        let today = now.with_timezone(&zone).date_naive();
        let times = match type_id {
            None => Vec::new(),
            Some(type_id) => {
                let until = today + Days::new(u64::from(DAYS_AHEAD));
                let mut times = compute(
                    &mut conn,
                    access.clinic.id,
                    zone,
                    type_id,
                    None,
                    today,
                    until,
                    now,
                    Asker::Staff,
                )
                .await?;
                times.truncate(SHOWN);
                times
            }
        };
        // The page names the patient: a read of their record.
        let entry =
            AuditEntry::new("patient.booking_opened", Outcome::Success, &session::request_origin())
                .actor(access.actor.staff_id, access.actor.role)
                .clinic(access.clinic.id)
                .patient(patient_id)
                .object("patient", patient_id)
                .details(json!({ "appointment_type_id": type_id }));
        audit::append(&mut conn, entry).await?;
        Ok(PatientBooking {
            patient_id,
            patient,
            types: types.into_iter().map(|(id, name)| Choice { id, name }).collect(),
            type_id,
            times,
        })
    }
}
