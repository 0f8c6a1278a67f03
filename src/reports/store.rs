//! The report's reads: appointments counted per provider, chair, local day and currency (the
//! daily roll-ups, see `rollup`); cancellations by reason; and the rotas, time off, providers
//! and chairs that the available time and the tables need.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use sqlx::PgConnection;

use super::model::Tally;
use super::period::Period;
use super::rota::{RotaRow, TimeOffRow};

/// The clinics' day bounds in their own zones, and their cancellation notice. `$1`: clinic
/// ids; `$2`, `$3`: the first and last local dates.
const CLINICS: &str = "
    SELECT id, time_zone, make_interval(hours => cancel_notice_hours) AS notice,
           ($2::date::timestamp AT TIME ZONE time_zone) AS starts,
           (($3::date + 1)::timestamp AT TIME ZONE time_zone) AS ends
    FROM clinic WHERE id = ANY($1)";

/// Counts of one provider's appointments in one chair (or none) on one local day, in one
/// currency: a row of `report_day` (see its migration for what each count is).
#[derive(Debug, sqlx::FromRow)]
pub struct DayCounts {
    pub provider_id: i64,
    /// 0: no chair.
    pub chair_id: i64,
    pub day: NaiveDate,
    pub currency: String,
    pub booked_minutes: i64,
    pub appointments: i64,
    pub attended: i64,
    pub no_shows: i64,
    pub completed: i64,
    pub late_cancellations: i64,
    pub early_cancellations: i64,
    pub scheduled_fees: i64,
    pub completed_fees: i64,
    pub hygiene_completed: i64,
    pub hygiene_reappointed: i64,
    pub new_online: i64,
    pub new_front_desk: i64,
    pub online: i64,
    pub lead_minutes: i64,
}

impl DayCounts {
    pub fn tally(&self) -> Tally {
        Tally {
            booked_minutes: self.booked_minutes,
            appointments: self.appointments,
            attended: self.attended,
            no_shows: self.no_shows,
            completed: self.completed,
            late_cancellations: self.late_cancellations,
            early_cancellations: self.early_cancellations,
            scheduled_fees: [(self.currency.clone(), self.scheduled_fees)].into(),
            completed_fees: [(self.currency.clone(), self.completed_fees)].into(),
            new_online: self.new_online,
            new_front_desk: self.new_front_desk,
            hygiene_completed: self.hygiene_completed,
            hygiene_reappointed: self.hygiene_reappointed,
            online: self.online,
            lead_minutes: self.lead_minutes,
            ..Tally::default()
        }
    }
}

/// The counts of `clinics`' days in `span` (local dates): the kept rows of days not marked
/// stale, and the marked days computed afresh (one statement, so one snapshot: always what a
/// computation from scratch would give). `provider_id`: only theirs.
pub async fn day_counts(
    conn: &mut PgConnection,
    clinics: &[i64],
    span: Period,
    provider_id: Option<i64>,
) -> Result<Vec<DayCounts>, sqlx::Error> {
    sqlx::query_as(
        "WITH stale AS (
             SELECT DISTINCT clinic_id, day FROM report_day_stale
             WHERE clinic_id = ANY($1) AND day BETWEEN $2 AND $3),
         counts AS (
             SELECT r.* FROM report_day r
             WHERE r.clinic_id = ANY($1) AND r.day BETWEEN $2 AND $3
               AND NOT EXISTS (SELECT FROM stale s WHERE s.clinic_id = r.clinic_id
                                                     AND s.day = r.day)
             UNION ALL
             SELECT f.* FROM report_day_computed(
                 (SELECT coalesce(array_agg(clinic_id), '{}') FROM stale),
                 (SELECT coalesce(array_agg(day), '{}') FROM stale)) f)
         SELECT provider_id, chair_id, day, currency, booked_minutes, appointments, attended,
                no_shows, completed, late_cancellations, early_cancellations, scheduled_fees,
                completed_fees, hygiene_completed, hygiene_reappointed, new_online,
                new_front_desk, online, lead_minutes
         FROM counts WHERE $4::bigint IS NULL OR provider_id = $4",
    )
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
