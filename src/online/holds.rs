//! Holds: a time chosen online is an appointment in status `held`, without a patient, until
//! the booking is confirmed or the hold runs out. The exclusion constraints count it, so two
//! patients cannot both reach "confirm" for one time. Expired holds are deleted before each
//! new hold, before each staff write over their time, and once a minute; every query of what
//! blocks time ignores them even before that (see `scheduling::live`).

use std::time::Duration;

use sqlx::{PgConnection, PgPool};

use crate::scheduling::booking::ssr::Plan;
use crate::scheduling::live::LIVE;

/// How long a chosen time is kept for the patient at first, and again after the details step
/// (so the review never runs out under a patient who is reading it).
pub const HOLD_MINUTES: i64 = 10;
pub const REVIEW_MINUTES: i64 = 5;

/// Deletes the holds that have run out (held, and no longer [`LIVE`]); answers how many.
pub async fn sweep(conn: &mut PgConnection) -> Result<u64, sqlx::Error> {
    let done =
        sqlx::query(&format!("DELETE FROM appointment a WHERE a.status = 'held' AND NOT {LIVE}"))
            .execute(conn)
            .await?;
    Ok(done.rows_affected())
}

/// Runs until the task is dropped: once a minute.
pub async fn run_sweeper(pool: PgPool) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        let swept = match pool.acquire().await {
            Ok(mut conn) => sweep(&mut conn).await,
            Err(error) => Err(error),
        };
        if let Err(error) = swept {
            tracing::error!(%error, "expired holds could not be swept");
        }
    }
}

/// Turns hold `appointment_id` into patient `patient_id`'s booking (status scheduled, with
/// `notes`) and records the status change with `reason`. A refusal is the exclusion
/// constraints' (the patient's own clash: [`patient_busy`]).
pub async fn book_for(
    conn: &mut PgConnection,
    appointment_id: i64,
    patient_id: i64,
    notes: &str,
    reason: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE appointment SET patient_id = $2, status = 'scheduled', hold_expires_at = NULL,
                notes = $3, version = version + 1
         WHERE id = $1 AND status = 'held'",
    )
    .bind(appointment_id)
    .bind(patient_id)
    .bind(notes)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO appointment_status_change (appointment_id, from_status, to_status, reason)
         VALUES ($1, 'held', 'scheduled', $2)",
    )
    .bind(appointment_id)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether `error` says the patient already has an appointment at that time.
pub fn patient_busy(error: &sqlx::Error) -> bool {
    crate::error::forms::broken_constraint(error).as_deref() == Some("appointment_patient_free")
}

/// Writes a hold of `plan` for an appointment type; the exclusion constraints decide (a
/// refusal is the caller's clash).
pub async fn place(
    conn: &mut PgConnection,
    clinic_id: i64,
    (type_id, provider_id): (i64, i64),
    plan: &Plan,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO appointment (clinic_id, provider_id, chair_id, appointment_type_id, visit,
             blocked, status, booked_online, hold_expires_at)
         VALUES ($1, $2, $3, $4, tstzrange($5, $6), tstzrange($7, $8), 'held', true,
                 now() + make_interval(mins => $9))
         RETURNING id",
    )
    .bind(clinic_id)
    .bind(provider_id)
    .bind(plan.chair_id)
    .bind(type_id)
    .bind(plan.visit.0)
    .bind(plan.visit.1)
    .bind(plan.blocked.0)
    .bind(plan.blocked.1)
    .bind(HOLD_MINUTES as i32)
    .fetch_one(conn)
    .await
}
