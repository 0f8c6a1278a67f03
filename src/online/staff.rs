//! The front desk's side of online booking: the bookings made online since a staff member last
//! marked them seen, highlighted on the calendar until they do.

use leptos::prelude::*;

use crate::error::AppError;

/// Marks every online booking so far as seen by the signed-in staff member; with `then` (a
/// local path), the browser goes back there.
#[server(endpoint = "book/staff/seen")]
pub async fn mark_online_bookings_seen(#[server(default)] then: String) -> Result<(), AppError> {
    ssr::mark_seen(then).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, Utc};
    use sqlx::PgConnection;

    use crate::auth::authorize::require;
    use crate::domain::Permission;
    use crate::domain::fields::local_path;
    use crate::error::AppError;
    use crate::patients::model::display_name;
    use crate::scheduling::model::NewOnlineBooking;
    use crate::server::state::app_state;

    type Row = (i64, i64, DateTime<Utc>, String, String, String, String, String);

    /// The clinic's online bookings confirmed since `staff_id` last marked them seen (the last
    /// week's when never), still booked, newest first.
    pub async fn unseen(
        conn: &mut PgConnection,
        staff_id: i64,
        clinic_id: i64,
        zone: chrono_tz::Tz,
    ) -> Result<Vec<NewOnlineBooking>, AppError> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.patient_id, lower(a.visit), p.first_name, p.preferred_name,
                    p.last_name, t.name, pr.name
             FROM online_booking b
             JOIN appointment a ON a.id = b.appointment_id
             JOIN patient p ON p.id = a.patient_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider pr ON pr.id = a.provider_id
             WHERE b.clinic_id = $1 AND a.status IN ('scheduled', 'confirmed')
               AND b.confirmed_at > coalesce(
                       (SELECT online_bookings_seen_at FROM staff WHERE id = $2),
                       now() - interval '7 days')
             ORDER BY b.confirmed_at DESC LIMIT 50",
        )
        .bind(clinic_id)
        .bind(staff_id)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, patient_id, start, first, preferred, last, kind, provider)| {
                let local = start.with_timezone(&zone);
                NewOnlineBooking {
                    id,
                    patient_id,
                    date: local.date_naive(),
                    summary: format!(
                        "{} · {} · {kind} with {provider}",
                        local.format("%a %-d %b, %H:%M"),
                        display_name(&first, &preferred, &last)
                    ),
                }
            })
            .collect())
    }

    pub async fn mark_seen(then: String) -> Result<(), AppError> {
        let actor = require(Permission::ViewCalendar).await?;
        let state = app_state()?;
        sqlx::query("UPDATE staff SET online_bookings_seen_at = now() WHERE id = $1")
            .bind(actor.staff_id)
            .execute(&state.pool)
            .await?;
        if let Some(path) = local_path(&then) {
            leptos_axum::redirect(path);
        }
        Ok(())
    }
}
