//! Due dates as visits set them.

use chrono::NaiveDate;
use sqlx::PgConnection;

use super::model::PatientRecallDue;
use crate::i18n::{Locale, Region};

/// The appointments that book recall `r` (a `patient_recall` row so aliased): its patient's,
/// of a type of its kind, scheduled or confirmed. A query adds the time it asks about
/// (`AND lower(a.visit) > …`).
pub const BOOKING_THE_RECALL: &str = "FROM appointment a
     JOIN appointment_type t ON t.id = a.appointment_type_id
     WHERE a.clinic_id = r.clinic_id AND a.patient_id = r.patient_id
       AND lower(t.recall_kind) = lower(r.kind) AND a.status IN ('scheduled', 'confirmed')";

/// A due date as set: what for, and when.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct DueSet {
    pub kind: String,
    pub due_on: NaiveDate,
}

/// After appointment `appointment_id` is completed: when its type carries a recall rule, the
/// patient is due again that many months after the visit's day (in the clinic's time zone).
/// A later visit already recorded for that kind is kept (a visit completed late in the
/// paperwork does not move the date back). Answers the due date set, if any.
pub async fn after_completed_visit(
    conn: &mut PgConnection,
    appointment_id: i64,
    staff_id: Option<i64>,
) -> Result<Option<DueSet>, sqlx::Error> {
    sqlx::query_as(
        "INSERT INTO patient_recall AS r (clinic_id, patient_id, kind, due_on, last_visit_on,
                                          updated_by)
         SELECT a.clinic_id, a.patient_id, t.recall_kind,
                (v.day + make_interval(months => t.recall_months))::date, v.day, $2
         FROM appointment a
         JOIN appointment_type t ON t.id = a.appointment_type_id
         JOIN clinic c ON c.id = a.clinic_id
         CROSS JOIN LATERAL (SELECT (lower(a.visit) AT TIME ZONE c.time_zone)::date AS day) v
         WHERE a.id = $1 AND t.recall_kind IS NOT NULL AND a.patient_id IS NOT NULL
         ON CONFLICT (patient_id, lower(kind)) DO UPDATE
             SET due_on = EXCLUDED.due_on, last_visit_on = EXCLUDED.last_visit_on, reason = '',
                 updated_by = EXCLUDED.updated_by, updated_at = now()
             WHERE r.last_visit_on IS NULL OR r.last_visit_on <= EXCLUDED.last_visit_on
         RETURNING kind, due_on",
    )
    .bind(appointment_id)
    .bind(staff_id)
    .fetch_optional(conn)
    .await
}

/// The recall kinds of clinic `clinic_id`: its types' rules and the due dates recorded, each
/// once (compared without case), in order.
pub async fn kinds_of_clinic(
    conn: &mut PgConnection,
    clinic_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT min(kind) FROM (SELECT recall_kind AS kind FROM appointment_type
                               WHERE clinic_id = $1 AND recall_kind IS NOT NULL
                               UNION ALL
                               SELECT DISTINCT kind FROM patient_recall WHERE clinic_id = $1) k
         GROUP BY lower(kind) ORDER BY lower(kind)",
    )
    .bind(clinic_id)
    .fetch_all(conn)
    .await
}

#[derive(sqlx::FromRow)]
struct DueRow {
    kind: String,
    due_on: NaiveDate,
    last_visit_on: Option<NaiveDate>,
    reason: String,
}

/// Patient `patient_id`'s due dates, the soonest first; `today` in the clinic's zone.
pub async fn of_patient(
    conn: &mut PgConnection,
    patient_id: i64,
    today: NaiveDate,
) -> Result<Vec<PatientRecallDue>, sqlx::Error> {
    let rows: Vec<DueRow> = sqlx::query_as(
        "SELECT kind, due_on, last_visit_on, reason FROM patient_recall
         WHERE patient_id = $1 ORDER BY due_on, lower(kind)",
    )
    .bind(patient_id)
    .fetch_all(&mut *conn)
    .await?;
    // The patient's clinic's region, for how its dates are written.
    let region: Option<String> = sqlx::query_scalar(
        "SELECT c.region FROM patient p JOIN clinic c ON c.id = p.clinic_id WHERE p.id = $1",
    )
    .bind(patient_id)
    .fetch_optional(&mut *conn)
    .await?;
    let locale = Locale::here(region.as_deref().and_then(Region::parse).unwrap_or_default());
    let day = |date: NaiveDate| locale.date_short(date);
    Ok(rows
        .into_iter()
        .map(|row| PatientRecallDue {
            kind: row.kind,
            due: day(row.due_on),
            due_on: row.due_on.to_string(),
            overdue: row.due_on < today,
            last_visit: row.last_visit_on.map(&day),
            reason: row.reason,
        })
        .collect())
}
