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

/// The front desk says the online booking's new record and the record that looked like it
/// are not the same person: the booking stops asking.
#[server(endpoint = "book/staff/not-same-person")]
pub async fn dismiss_possible_match(
    booking_id: i64,
    #[server(default)] then: String,
) -> Result<(), AppError> {
    ssr::dismiss_possible_match(booking_id, then).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, Utc};
    use sqlx::PgConnection;

    use serde_json::json;

    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::open_for;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::domain::fields::local_path;
    use crate::domain::patient::format_patient_number;
    use crate::error::AppError;
    use crate::patients::model::display_name;
    use crate::scheduling::model::{NewOnlineBooking, PossibleMatch};
    use crate::server::state::app_state;

    #[derive(sqlx::FromRow)]
    struct Row {
        booking_id: i64,
        appointment_id: i64,
        patient_id: i64,
        start: DateTime<Utc>,
        first_name: String,
        preferred_name: String,
        last_name: String,
        type_name: String,
        provider: String,
        new_number: i64,
        match_id: Option<i64>,
        match_first_name: Option<String>,
        match_preferred_name: Option<String>,
        match_last_name: Option<String>,
        match_number: Option<i64>,
    }

    /// The clinic's online bookings confirmed since `staff_id` last marked them seen (the last
    /// week's when never), still booked, and those whose possible match is still open however
    /// old; newest first.
    pub async fn unseen(
        conn: &mut PgConnection,
        staff_id: i64,
        clinic_id: i64,
        zone: chrono_tz::Tz,
    ) -> Result<Vec<NewOnlineBooking>, AppError> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT b.id AS booking_id, a.id AS appointment_id, a.patient_id,
                    lower(a.visit) AS start, p.first_name, p.preferred_name, p.last_name,
                    t.name AS type_name, pr.name AS provider, p.number AS new_number,
                    m.id AS match_id, m.first_name AS match_first_name,
                    m.preferred_name AS match_preferred_name, m.last_name AS match_last_name,
                    m.number AS match_number
             FROM online_booking b
             JOIN appointment a ON a.id = b.appointment_id
             JOIN patient p ON p.id = a.patient_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider pr ON pr.id = a.provider_id
             -- Open while neither dismissed nor settled by a merge (which archives one record).
             LEFT JOIN patient m ON m.id = b.possible_match_id AND b.match_dismissed_at IS NULL
                                AND m.archived_at IS NULL AND p.archived_at IS NULL
             WHERE b.clinic_id = $1 AND a.status IN ('scheduled', 'confirmed')
               AND (b.confirmed_at > coalesce(
                        (SELECT online_bookings_seen_at FROM staff WHERE id = $2),
                        now() - interval '7 days')
                    OR m.id IS NOT NULL)
             ORDER BY b.confirmed_at DESC LIMIT 50",
        )
        .bind(clinic_id)
        .bind(staff_id)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let local = row.start.with_timezone(&zone);
                let possible_match = match (row.match_id, row.match_number) {
                    (Some(id), Some(number)) => Some(PossibleMatch {
                        booking_id: row.booking_id,
                        existing_patient_id: id,
                        existing: format!(
                            "{} ({})",
                            display_name(
                                row.match_first_name.as_deref().unwrap_or_default(),
                                row.match_preferred_name.as_deref().unwrap_or_default(),
                                row.match_last_name.as_deref().unwrap_or_default(),
                            ),
                            format_patient_number(number)
                        ),
                        new_number: format_patient_number(row.new_number),
                    }),
                    _ => None,
                };
                NewOnlineBooking {
                    id: row.appointment_id,
                    patient_id: row.patient_id,
                    date: local.date_naive(),
                    summary: format!(
                        "{} · {} · {} with {}",
                        local.format("%a %-d %b, %H:%M"),
                        display_name(&row.first_name, &row.preferred_name, &row.last_name),
                        row.type_name,
                        row.provider
                    ),
                    possible_match,
                }
            })
            .collect())
    }

    pub async fn dismiss_possible_match(booking_id: i64, then: String) -> Result<(), AppError> {
        let actor = require(Permission::EditPatientDetails).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        // Only a booking with an open question, of one of the caller's clinics (membership
        // checked the one way every clinic's record is): anything else is not found.
        let open: Option<(i64, i64, i64)> = sqlx::query_as(
            "SELECT b.clinic_id, b.possible_match_id, a.patient_id
             FROM online_booking b JOIN appointment a ON a.id = b.appointment_id
             WHERE b.id = $1 AND b.possible_match_id IS NOT NULL AND b.match_dismissed_at IS NULL
             FOR UPDATE OF b",
        )
        .bind(booking_id)
        .fetch_optional(&mut *tx)
        .await?;
        let access = open_for(&mut tx, actor, open.map(|(clinic, _, _)| clinic)).await?;
        let (_, existing, new) = open.ok_or(AppError::NotFound)?;
        sqlx::query("UPDATE online_booking SET match_dismissed_at = now() WHERE id = $1")
            .bind(booking_id)
            .execute(&mut *tx)
            .await?;
        let entry = AuditEntry::new(
            "online.possible_match_dismissed",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .patient(new)
        .object("online_booking", booking_id)
        .details(json!({ "existing_patient_id": existing, "new_patient_id": new }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        if let Some(path) = local_path(&then) {
            leptos_axum::redirect(path);
        }
        Ok(())
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
