//! Notes in lists: a patient's timeline, the states of a day's appointments' notes, the last
//! signed note before a visit, and the notes waiting for a provider's signature.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::model::{NoteState, NoteSummary, excerpt};
use crate::i18n::{Locale, Region};
use crate::patients::model::display_name;

/// How much of a note a list shows, and the most notes one list holds.
const EXCERPT_CHARS: usize = 200;
const MAX_LISTED: i64 = 100;

#[derive(sqlx::FromRow)]
struct Row {
    appointment_id: i64,
    patient_id: i64,
    first_name: String,
    preferred_name: String,
    last_name: String,
    starts: DateTime<Utc>,
    provider: String,
    type_name: String,
    body: String,
    signed: bool,
    addenda: i64,
    time_zone: String,
    region: String,
}

impl Row {
    fn summary(self) -> NoteSummary {
        let locale = Locale::here(Region::parse(&self.region).unwrap_or_default());
        let when = locale.moment_in(self.starts, &self.time_zone);
        let day = match self.time_zone.parse::<chrono_tz::Tz>() {
            Ok(zone) => self.starts.with_timezone(&zone).date_naive(),
            Err(_) => self.starts.date_naive(),
        };
        NoteSummary {
            appointment_id: self.appointment_id,
            patient_id: self.patient_id,
            patient: display_name(&self.first_name, &self.preferred_name, &self.last_name),
            when,
            day,
            provider: self.provider,
            type_name: self.type_name,
            state: if self.signed { NoteState::Signed } else { NoteState::Draft },
            excerpt: excerpt(&self.body, EXCERPT_CHARS),
            addenda: self.addenda,
        }
    }
}

/// The columns of a [`Row`], for notes `n` of appointments `a`.
const SELECT: &str =
    "SELECT n.appointment_id, a.patient_id, p.first_name, p.preferred_name, p.last_name,
        lower(a.visit) AS starts, pr.name AS provider, t.name AS type_name, n.body,
        n.signed_at IS NOT NULL AS signed,
        (SELECT count(*) FROM clinical_note_addendum x WHERE x.note_id = n.id) AS addenda,
        c.time_zone, c.region
     FROM clinical_note n
     JOIN appointment a ON a.id = n.appointment_id
     JOIN patient p ON p.id = a.patient_id
     JOIN provider pr ON pr.id = a.provider_id
     JOIN appointment_type t ON t.id = a.appointment_type_id
     JOIN clinic c ON c.id = n.clinic_id";

/// Patient `patient_id`'s notes, newest visit first.
pub async fn of_patient(
    conn: &mut PgConnection,
    patient_id: i64,
) -> Result<Vec<NoteSummary>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE a.patient_id = $1 ORDER BY lower(a.visit) DESC, n.id DESC LIMIT $2"
    ))
    .bind(patient_id)
    .bind(MAX_LISTED)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Row::summary).collect())
}

/// The patient's last signed note from a visit before `before`.
pub async fn last_signed_before(
    conn: &mut PgConnection,
    patient_id: i64,
    before: DateTime<Utc>,
) -> Result<Option<NoteSummary>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE a.patient_id = $1 AND lower(a.visit) < $2 AND n.signed_at IS NOT NULL
         ORDER BY lower(a.visit) DESC LIMIT 1"
    ))
    .bind(patient_id)
    .bind(before)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(Row::summary))
}

/// The notes of providers linked to `staff_id` left unsigned longer than their clinic allows,
/// oldest first.
pub async fn waiting_for_signature(
    conn: &mut PgConnection,
    staff_id: i64,
) -> Result<Vec<NoteSummary>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE pr.staff_id = $1 AND n.signed_at IS NULL
           AND n.created_at < now() - make_interval(days => c.unsigned_note_days)
         ORDER BY n.created_at, n.id LIMIT $2"
    ))
    .bind(staff_id)
    .bind(MAX_LISTED)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Row::summary).collect())
}

/// The state of each of `appointments`' notes (those without one are missing from the list).
pub async fn states(
    conn: &mut PgConnection,
    appointments: &[i64],
) -> Result<Vec<(i64, NoteState)>, sqlx::Error> {
    let rows: Vec<(i64, bool)> = sqlx::query_as(
        "SELECT appointment_id, signed_at IS NOT NULL FROM clinical_note
         WHERE appointment_id = ANY($1)",
    )
    .bind(appointments)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, signed)| (id, if signed { NoteState::Signed } else { NoteState::Draft }))
        .collect())
}
