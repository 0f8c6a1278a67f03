//! Writing notifications, in the transaction of what they tell of (through `notify_staff`,
//! the one place that knows who gets what: the clinic's active staff of the roles asked for,
//! and named staff, less whoever chose not to).

use sqlx::PgConnection;

use super::model::{NotificationDetails, NotificationKind};
use crate::domain::Role;

/// Notifies the clinic's staff whose role gets `kind` ([`NotificationKind::reaches`]) and the
/// staff members `also`, except `except` (who did it). Answers how many were notified.
pub async fn notify(
    conn: &mut PgConnection,
    clinic_id: i64,
    kind: NotificationKind,
    details: &NotificationDetails,
    link: &str,
    also: &[i64],
    except: Option<i64>,
) -> Result<i32, sqlx::Error> {
    let roles: Vec<&str> = Role::ALL
        .into_iter()
        .filter(|role| kind.reaches(*role) && kind != NotificationKind::MedicalAlert)
        .map(Role::as_str)
        .collect();
    sqlx::query_scalar("SELECT notify_staff($1, $2, $3, $4, $5, $6, $7)")
        .bind(clinic_id)
        .bind(kind.as_str())
        .bind(sqlx::types::Json(details))
        .bind(link)
        .bind(&roles)
        .bind(also)
        .bind(except)
        .fetch_one(conn)
        .await
}

/// Notifies the clinic's staff of something a patient did to appointment `appointment_id`
/// (its type and wall-clock start kept, no patient), linking to it on the calendar.
pub async fn notify_about_appointment(
    conn: &mut PgConnection,
    kind: NotificationKind,
    appointment_id: i64,
) -> Result<(), sqlx::Error> {
    let found: Option<(i64, String, String, chrono::DateTime<chrono::Utc>, String)> =
        sqlx::query_as(
            "SELECT a.clinic_id, c.slug, c.time_zone, lower(a.visit), t.name
             FROM appointment a JOIN clinic c ON c.id = a.clinic_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             WHERE a.id = $1",
        )
        .bind(appointment_id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some((clinic_id, slug, zone, starts, type_name)) = found else {
        return Ok(());
    };
    let local = match zone.parse::<chrono_tz::Tz>() {
        Ok(zone) => starts.with_timezone(&zone).naive_local(),
        Err(_) => starts.naive_utc(),
    };
    let details = NotificationDetails::Appointment { type_name, starts: local };
    let link = format!(
        "/calendar?clinic={slug}&date={}&appointment={appointment_id}",
        local.format("%Y-%m-%d")
    );
    notify(conn, clinic_id, kind, &details, &link, &[], None).await?;
    Ok(())
}

/// Notifies the clinicians who see patient `patient_id` today (the staff members of the
/// providers of their live appointments today, in the clinic's day) that a medical alert was
/// added, except whoever added it.
pub async fn notify_medical_alert(
    conn: &mut PgConnection,
    patient_id: i64,
    added_by: i64,
) -> Result<(), sqlx::Error> {
    let seen_today: Vec<(i64, i64, chrono::DateTime<chrono::Utc>, String)> = sqlx::query_as(&format!(
        "SELECT a.clinic_id, pr.staff_id, lower(a.visit), c.time_zone
         FROM appointment a JOIN clinic c ON c.id = a.clinic_id
         JOIN provider pr ON pr.id = a.provider_id
         WHERE a.patient_id = $1 AND pr.staff_id IS NOT NULL AND {}
           AND (lower(a.visit) AT TIME ZONE c.time_zone)::date = (now() AT TIME ZONE c.time_zone)::date
         ORDER BY lower(a.visit)",
        crate::scheduling::live::LIVE
    ))
    .bind(patient_id)
    .fetch_all(&mut *conn)
    .await?;
    for (clinic_id, staff_id, starts, zone) in seen_today {
        let starts = match zone.parse::<chrono_tz::Tz>() {
            Ok(zone) => starts.with_timezone(&zone).naive_local(),
            Err(_) => starts.naive_utc(),
        };
        let details = NotificationDetails::PatientSeen { starts };
        let link = format!("/patients/{patient_id}");
        notify(
            conn,
            clinic_id,
            NotificationKind::MedicalAlert,
            &details,
            &link,
            &[staff_id],
            Some(added_by),
        )
        .await?;
    }
    Ok(())
}
