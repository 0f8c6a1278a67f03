//! The report's reads: appointments counted per provider, chair, local day and currency;
//! new patients; cancellations by reason; and the rotas, time off, providers and chairs that
//! the available time and the tables need. Everything is read in one pass per question over
//! the clinics' appointments in both periods (the index on the clinic and the visit's start).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use sqlx::PgConnection;

use super::model::Tally;
use super::period::Period;
use super::rota::{RotaRow, TimeOffRow};
use crate::scheduling::live::LIVE;

/// The clinics' day bounds in their own zones, and their cancellation notice. `$1`: clinic
/// ids; `$2`, `$3`: the first and last local dates.
const CLINICS: &str = "
    SELECT id, time_zone, make_interval(hours => cancel_notice_hours) AS notice,
           ($2::date::timestamp AT TIME ZONE time_zone) AS starts,
           (($3::date + 1)::timestamp AT TIME ZONE time_zone) AS ends
    FROM clinic WHERE id = ANY($1)";

/// Counts of one provider's appointments in one chair (or none) on one local day, in one
/// currency.
#[derive(Debug, sqlx::FromRow)]
pub struct DayCounts {
    pub provider_id: i64,
    pub chair_id: Option<i64>,
    pub day: NaiveDate,
    pub currency: String,
    pub booked_minutes: i64,
    pub appointments: i64,
    pub started: i64,
    pub no_shows: i64,
    pub completed: i64,
    pub late_cancellations: i64,
    pub early_cancellations: i64,
    pub scheduled_fees: i64,
    pub completed_fees: i64,
    pub hygiene_completed: i64,
    pub hygiene_reappointed: i64,
    pub online: i64,
    pub lead_minutes: i64,
}

impl DayCounts {
    pub fn tally(&self) -> Tally {
        Tally {
            booked_minutes: self.booked_minutes,
            appointments: self.appointments,
            started: self.started,
            no_shows: self.no_shows,
            completed: self.completed,
            late_cancellations: self.late_cancellations,
            early_cancellations: self.early_cancellations,
            scheduled_fees: [(self.currency.clone(), self.scheduled_fees)].into(),
            completed_fees: [(self.currency.clone(), self.completed_fees)].into(),
            hygiene_completed: self.hygiene_completed,
            hygiene_reappointed: self.hygiene_reappointed,
            online: self.online,
            lead_minutes: self.lead_minutes,
            ..Tally::default()
        }
    }
}

/// The appointments of `clinics` whose visit starts in `span` (local dates), counted.
/// `provider_id`: only theirs.
pub async fn day_counts(
    conn: &mut PgConnection,
    clinics: &[i64],
    span: Period,
    provider_id: Option<i64>,
) -> Result<Vec<DayCounts>, sqlx::Error> {
    // A hygiene visit's patient "left with a later appointment booked" when one was made by
    // the end of the visit's local day and not cancelled by then.
    sqlx::query_as(&format!(
        "WITH c AS ({CLINICS}),
         a AS (
             SELECT a.*, (lower(a.visit) AT TIME ZONE c.time_zone)::date AS day, c.notice,
                    ((lower(a.visit) AT TIME ZONE c.time_zone)::date + 1)::timestamp
                        AT TIME ZONE c.time_zone AS day_ends,
                    p.kind = 'hygienist' AS hygiene
             FROM c JOIN appointment a ON a.clinic_id = c.id
                                      AND lower(a.visit) >= c.starts AND lower(a.visit) < c.ends
             JOIN provider p ON p.id = a.provider_id
             WHERE a.status <> 'held' AND ($4::bigint IS NULL OR a.provider_id = $4))
         SELECT a.provider_id, a.chair_id, a.day, a.fee_currency AS currency,
                coalesce(sum(extract(epoch FROM upper(a.blocked) - lower(a.blocked))::bigint / 60)
                         FILTER (WHERE {LIVE}), 0)::bigint AS booked_minutes,
                count(*) AS appointments,
                count(*) FILTER (WHERE a.status <> 'cancelled' AND lower(a.visit) <= now())
                    AS started,
                count(*) FILTER (WHERE a.status = 'no_show') AS no_shows,
                count(*) FILTER (WHERE a.status = 'completed') AS completed,
                count(*) FILTER (WHERE a.status = 'cancelled'
                                   AND a.cancelled_at > lower(a.visit) - a.notice)
                    AS late_cancellations,
                count(*) FILTER (WHERE a.status = 'cancelled'
                                   AND a.cancelled_at <= lower(a.visit) - a.notice)
                    AS early_cancellations,
                coalesce(sum(a.fee_minor) FILTER (WHERE {LIVE}), 0)::bigint AS scheduled_fees,
                coalesce(sum(a.fee_minor) FILTER (WHERE a.status = 'completed'), 0)::bigint
                    AS completed_fees,
                count(*) FILTER (WHERE a.hygiene AND a.status = 'completed') AS hygiene_completed,
                count(*) FILTER (WHERE CASE WHEN a.hygiene AND a.status = 'completed' THEN
                    EXISTS (SELECT 1 FROM appointment b
                            WHERE b.patient_id = a.patient_id AND b.status <> 'held'
                              AND lower(b.visit) >= upper(a.visit)
                              AND b.created_at < a.day_ends
                              AND (b.cancelled_at IS NULL OR b.cancelled_at >= a.day_ends))
                    ELSE false END) AS hygiene_reappointed,
                count(*) FILTER (WHERE a.booked_online) AS online,
                coalesce(sum(greatest(extract(epoch FROM lower(a.visit) - a.created_at), 0)::bigint
                             / 60), 0)::bigint AS lead_minutes
         FROM a
         GROUP BY a.provider_id, a.chair_id, a.day, a.fee_currency"
    ))
    .bind(clinics)
    .bind(span.from)
    .bind(span.to)
    .bind(provider_id)
    .fetch_all(conn)
    .await
}

/// A patient whose first completed visit ever is in the span: with whom, on which local day,
/// and whether it was booked online.
#[derive(Debug, sqlx::FromRow)]
pub struct NewPatient {
    pub provider_id: i64,
    pub day: NaiveDate,
    pub booked_online: bool,
}

pub async fn new_patients(
    conn: &mut PgConnection,
    clinics: &[i64],
    span: Period,
    provider_id: Option<i64>,
) -> Result<Vec<NewPatient>, sqlx::Error> {
    sqlx::query_as(&format!(
        "WITH c AS ({CLINICS}),
         first AS (
             SELECT a.patient_id, min(lower(a.visit)) AS visit_starts
             FROM appointment a
             WHERE a.clinic_id = ANY($1) AND a.status = 'completed'
               AND lower(a.visit) < (SELECT max(ends) FROM c)
             GROUP BY a.patient_id)
         SELECT DISTINCT ON (f.patient_id)
                a.provider_id, (lower(a.visit) AT TIME ZONE c.time_zone)::date AS day,
                a.booked_online
         FROM first f
         JOIN appointment a ON a.patient_id = f.patient_id AND a.status = 'completed'
                           AND lower(a.visit) = f.visit_starts
         JOIN c ON c.id = a.clinic_id
         WHERE f.visit_starts >= c.starts AND f.visit_starts < c.ends
           AND ($4::bigint IS NULL OR a.provider_id = $4)
         ORDER BY f.patient_id, a.id"
    ))
    .bind(clinics)
    .bind(span.from)
    .bind(span.to)
    .bind(provider_id)
    .fetch_all(conn)
    .await
}

/// Cancellations of one reason (as the list names it now), late or early, in the current
/// period or the previous one.
#[derive(Debug, sqlx::FromRow)]
pub struct ReasonCount {
    pub label: String,
    pub late: bool,
    pub current: bool,
    pub cancellations: i64,
}

pub async fn reasons(
    conn: &mut PgConnection,
    clinics: &[i64],
    (previous, current): (Period, Period),
    provider_id: Option<i64>,
) -> Result<Vec<ReasonCount>, sqlx::Error> {
    sqlx::query_as(&format!(
        "WITH c AS ({CLINICS})
         SELECT r.label, a.cancelled_at > lower(a.visit) - c.notice AS late,
                (lower(a.visit) AT TIME ZONE c.time_zone)::date >= $5 AS current,
                count(*) AS cancellations
         FROM c JOIN appointment a ON a.clinic_id = c.id
                                  AND lower(a.visit) >= c.starts AND lower(a.visit) < c.ends
         JOIN cancel_reason r ON r.id = a.cancel_reason_id
         WHERE a.status = 'cancelled' AND ($4::bigint IS NULL OR a.provider_id = $4)
         GROUP BY 1, 2, 3"
    ))
    .bind(clinics)
    .bind(previous.from)
    .bind(current.to)
    .bind(provider_id)
    .bind(current.from)
    .fetch_all(conn)
    .await
}

/// A clinic as the report needs it.
#[derive(Debug, sqlx::FromRow)]
pub struct ClinicRow {
    pub id: i64,
    pub time_zone: String,
}

/// A provider or a chair, with its clinic.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Named {
    pub id: i64,
    pub clinic_id: i64,
    pub name: String,
}

/// Everything about the clinics' set-up the report needs, over `span`.
pub struct Setup {
    pub clinics: Vec<ClinicRow>,
    pub providers: Vec<Named>,
    pub chairs: Vec<Named>,
    /// By clinic id.
    pub rota: Vec<(i64, RotaRow)>,
    pub time_off: Vec<(i64, TimeOffRow)>,
}

#[derive(sqlx::FromRow)]
struct RotaRecord {
    clinic_id: i64,
    provider_id: i64,
    chair_id: Option<i64>,
    weekday: i16,
    starts: NaiveTime,
    ends: NaiveTime,
    valid_from: NaiveDate,
    valid_until: Option<NaiveDate>,
}

#[derive(sqlx::FromRow)]
struct TimeOffRecord {
    clinic_id: i64,
    provider_id: Option<i64>,
    chair_id: Option<i64>,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
}

pub async fn setup(
    conn: &mut PgConnection,
    clinics: &[i64],
    span: Period,
    provider_id: Option<i64>,
) -> Result<Setup, sqlx::Error> {
    let clinic_rows: Vec<ClinicRow> =
        sqlx::query_as("SELECT id, time_zone FROM clinic WHERE id = ANY($1) ORDER BY id")
            .bind(clinics)
            .fetch_all(&mut *conn)
            .await?;
    let providers: Vec<Named> = sqlx::query_as(
        "SELECT id, clinic_id, name FROM provider WHERE clinic_id = ANY($1)
         ORDER BY lower(name), id",
    )
    .bind(clinics)
    .fetch_all(&mut *conn)
    .await?;
    let chairs: Vec<Named> = sqlx::query_as(
        "SELECT id, clinic_id, name FROM chair WHERE clinic_id = ANY($1)
         ORDER BY clinic_id, display_order, lower(name), id",
    )
    .bind(clinics)
    .fetch_all(&mut *conn)
    .await?;
    let rota: Vec<RotaRecord> = sqlx::query_as(
        "SELECT clinic_id, provider_id, chair_id, weekday, starts, ends, valid_from, valid_until
         FROM working_hours
         WHERE clinic_id = ANY($1) AND daterange(valid_from, valid_until, '[]') && daterange($2, $3, '[]')
           AND ($4::bigint IS NULL OR provider_id = $4)",
    )
    .bind(clinics)
    .bind(span.from)
    .bind(span.to)
    .bind(provider_id)
    .fetch_all(&mut *conn)
    .await?;
    // A day or two either side covers every zone's local dates.
    let time_off: Vec<TimeOffRecord> = sqlx::query_as(
        "SELECT clinic_id, provider_id, chair_id, lower(period) AS starts, upper(period) AS ends
         FROM time_off
         WHERE clinic_id = ANY($1)
           AND period && tstzrange(($2::date - 2)::timestamptz, ($3::date + 2)::timestamptz)",
    )
    .bind(clinics)
    .bind(span.from)
    .bind(span.to)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Setup {
        clinics: clinic_rows,
        providers,
        chairs,
        rota: rota
            .into_iter()
            .map(|r| {
                let row = RotaRow {
                    provider_id: r.provider_id,
                    chair_id: r.chair_id,
                    weekday: r.weekday,
                    starts: r.starts,
                    ends: r.ends,
                    valid_from: r.valid_from,
                    valid_until: r.valid_until,
                };
                (r.clinic_id, row)
            })
            .collect(),
        time_off: time_off
            .into_iter()
            .map(|o| {
                let row = TimeOffRow {
                    provider_id: o.provider_id,
                    chair_id: o.chair_id,
                    start: o.starts,
                    end: o.ends,
                };
                (o.clinic_id, row)
            })
            .collect(),
    })
}
