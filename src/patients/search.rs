//! Finding a patient from one box: a name (typos, accents and sound-alikes forgiven), a phone
//! number in any format, an email, a birth date, or a patient number. Every search is audited
//! (the query, not the results).

use leptos::prelude::*;

use super::model::SearchPage;
use crate::error::AppError;

/// One page of patients of `clinic` (the searcher's first clinic when empty) matching `q`.
/// Archived patients are found only with `archived`.
#[server(endpoint = "patients/search")]
pub async fn search_patients(
    #[server(default)] clinic: String,
    #[server(default)] q: String,
    #[server(default)] page: u32,
    #[server(default)] archived: bool,
) -> Result<SearchPage, AppError> {
    ssr::search_patients(clinic, q, page, archived).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::NaiveDate;
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::model::{PAGE_SIZE, PatientSummary, SearchPage, display_name};
    use crate::audit::store::{AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::domain::patient::{PatientQuery, PhoneNumber, age_on, format_patient_number};
    use crate::error::AppError;
    use crate::server::state::app_state;

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        number: i64,
        first_name: String,
        last_name: String,
        preferred_name: String,
        date_of_birth: NaiveDate,
        phone: Option<String>,
        email: Option<String>,
        archived: bool,
        alerts: i64,
    }

    const COLUMNS: &str = "p.id, p.number, p.first_name, p.last_name, p.preferred_name,
        p.date_of_birth, coalesce(p.mobile_phone, p.home_phone) AS phone, p.email::text AS email,
        p.archived_at IS NOT NULL AS archived,
        (SELECT count(*) FROM medical_item m
         WHERE m.patient_id = p.id AND m.active AND m.kind IN ('alert', 'allergy')) AS alerts";

    /// Name search. Each typed word is expanded to the words of the clinic's dictionary of
    /// name words that look like it (trigram similarity of at least 0.3), sound like it
    /// (Double Metaphone), start with it (as you type: "smi" finds Smith) or are it with a
    /// slip or two (see [`slip`]: "Dubios" finds Dubois); a patient matches
    /// when every typed word has an expansion among the words of their name. Matches are
    /// ranked: every typed word is a whole word of the name, then every typed word starts a
    /// word of the name, then by a score (per typed word, the better of its best trigram
    /// similarity with a word of the name and 0.8 when it sounds like one), then by name (as
    /// stored: folding every candidate's name for the tie-break cost a third of the query).
    fn by_name(words: usize) -> String {
        let matches: Vec<String> = (0..words)
            .map(|i| {
                let (word, prefix) = (6 + 2 * i, 7 + 2 * i);
                format!(
                    // One branch per way a word can match, each by its own index (an OR
                    // of them would test every word of the dictionary each way).
                    "p.name_words && (SELECT coalesce(array_agg(word), '{{}}') FROM (
                        SELECT d.word FROM patient_name_word d
                        WHERE d.clinic_id = $1 AND d.word % ${word}
                        UNION
                        SELECT d.word FROM patient_name_word d
                        WHERE d.clinic_id = $1 AND d.sound = dmetaphone(${word})
                        UNION
                        SELECT d.word FROM patient_name_word d
                        WHERE d.clinic_id = $1 AND d.word LIKE ${prefix}
                        UNION
                        {}) expanded)",
                    slip(word)
                )
            })
            .collect();
        format!(
            "SELECT {COLUMNS}
             FROM patient p,
             LATERAL (
                 SELECT p.name_words @> $2::text[] AS exact,
                        bool_and(EXISTS (SELECT 1 FROM unnest(p.name_words) pw
                                         WHERE starts_with(pw, w))) AS prefix,
                        avg(greatest(
                            (SELECT max(similarity(w, pw)) FROM unnest(p.name_words) pw),
                            CASE WHEN dmetaphone(w) <> '' AND dmetaphone(w) = ANY (p.name_sounds)
                                 THEN 0.8 ELSE 0 END)) AS score
                 FROM unnest($2::text[]) w) s
             WHERE p.clinic_id = $1 AND ($3 OR p.archived_at IS NULL) AND {}
             ORDER BY s.exact DESC, s.prefix DESC, s.score DESC, p.last_name, p.first_name, p.id
             LIMIT $4 OFFSET $5",
            matches.join(" AND ")
        )
    }

    /// The dictionary words that typed word `$n` reaches with the slips each forgives
    /// (migration `name_slips`): those sharing a string with it once up to two letters are
    /// dropped from each, checked exactly.
    fn slip(n: usize) -> String {
        format!(
            "SELECT v.word FROM patient_name_variant v
             WHERE v.clinic_id = $1
               AND v.variant IN (SELECT name_deletions(${n}, CASE WHEN length(${n}) >= 6 THEN 2
                                                                 ELSE 1 END))
               AND name_slips(v.word, ${n}) <= name_slips_forgiven(v.word)"
        )
    }

    /// Most words of a name search that count (more narrow nothing down).
    const MAX_WORDS: usize = 4;

    /// Exact lookups (phone, email, birth date, number), by name.
    fn exact(condition: &str) -> String {
        format!(
            "SELECT {COLUMNS} FROM patient p
             WHERE p.clinic_id = $1 AND ($3 OR p.archived_at IS NULL) AND {condition}
             ORDER BY fold_text(p.last_name), fold_text(p.first_name), p.id
             LIMIT $4 OFFSET $5"
        )
    }

    /// The matching rows of one page (one more than a page, to tell whether more follow).
    pub async fn find(
        conn: &mut PgConnection,
        clinic_id: i64,
        query: &PatientQuery,
        include_archived: bool,
        page: u32,
        today: NaiveDate,
    ) -> Result<(Vec<PatientSummary>, bool), sqlx::Error> {
        let limit = i64::from(PAGE_SIZE) + 1;
        let offset = i64::from(page) * i64::from(PAGE_SIZE);
        let sql = match query {
            PatientQuery::Empty => exact("true"),
            PatientQuery::Name(_) => String::new(),
            PatientQuery::Number(_) => exact("p.number = $2::bigint"),
            PatientQuery::Email(_) => exact("p.email = $2::citext"),
            PatientQuery::BirthDate(_) => exact("p.date_of_birth = $2::date"),
            PatientQuery::Phone(_) => exact("(p.mobile_phone = $2 OR p.home_phone = $2)"),
        };
        let needle = match query {
            PatientQuery::Empty => String::new(),
            PatientQuery::Name(text) | PatientQuery::Email(text) => text.clone(),
            PatientQuery::Number(n) => n.to_string(),
            PatientQuery::BirthDate(d) => d.to_string(),
            PatientQuery::Phone(p) => p.as_e164().to_string(),
        };
        let mut rows: Vec<Row> = if let PatientQuery::Name(text) = query {
            let mut words: Vec<String> = sqlx::query_scalar("SELECT name_words($1)")
                .bind(text)
                .fetch_one(&mut *conn)
                .await?;
            words.truncate(MAX_WORDS);
            if words.is_empty() {
                return Ok((Vec::new(), false));
            }
            let sql = by_name(words.len());
            let mut search = sqlx::query_as(&sql)
                .bind(clinic_id)
                .bind(words.clone())
                .bind(include_archived)
                .bind(limit)
                .bind(offset);
            for word in &words {
                // Name words are letters and digits only: nothing to escape in the pattern.
                search = search.bind(word.clone()).bind(format!("{word}%"));
            }
            search.fetch_all(conn).await?
        } else {
            sqlx::query_as(&sql)
                .bind(clinic_id)
                .bind(needle)
                .bind(include_archived)
                .bind(limit)
                .bind(offset)
                .fetch_all(conn)
                .await?
        };
        let has_more = rows.len() as i64 > i64::from(PAGE_SIZE);
        rows.truncate(PAGE_SIZE as usize);
        let results = rows
            .into_iter()
            .map(|row| PatientSummary {
                id: row.id,
                number: format_patient_number(row.number),
                name: format!(
                    "{}, {}",
                    row.last_name,
                    display_name(&row.first_name, &row.preferred_name, "").trim_end()
                ),
                age: age_on(row.date_of_birth, today),
                date_of_birth: row.date_of_birth,
                phone: row.phone.map(|p| PhoneNumber::from_e164(p).readable()),
                email: row.email,
                archived: row.archived,
                alerts: row.alerts,
            })
            .collect();
        Ok((results, has_more))
    }

    fn searched_by(query: &PatientQuery) -> &'static str {
        match query {
            PatientQuery::Empty => "",
            PatientQuery::Name(_) => "name",
            PatientQuery::Number(_) => "patient number",
            PatientQuery::Email(_) => "email",
            PatientQuery::BirthDate(_) => "birth date",
            PatientQuery::Phone(_) => "phone",
        }
    }

    /// The clinic's calling code and today's date there.
    pub async fn clinic_context(
        conn: &mut PgConnection,
        clinic_id: i64,
        time_zone: &str,
    ) -> Result<(u16, NaiveDate), AppError> {
        let code: i16 = sqlx::query_scalar("SELECT calling_code FROM clinic WHERE id = $1")
            .bind(clinic_id)
            .fetch_one(conn)
            .await?;
        let tz: chrono_tz::Tz = time_zone.parse().map_err(AppError::internal)?;
        Ok((code as u16, chrono::Utc::now().with_timezone(&tz).date_naive()))
    }

    pub async fn search_patients(
        slug: String,
        q: String,
        page: u32,
        archived: bool,
    ) -> Result<SearchPage, AppError> {
        let actor = require(Permission::ViewPatients).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let clinics = clinic_access::clinics_of(&mut conn, actor.staff_id).await?;
        let access = clinic_access::open_among(actor, &clinics, &slug)?;
        let (calling_code, today) =
            clinic_context(&mut conn, access.clinic.id, &access.clinic.time_zone).await?;
        let q = q.chars().take(200).collect::<String>();
        let query = PatientQuery::read(&q, calling_code);
        let page = page.min(500);
        let (results, has_more) =
            find(&mut conn, access.clinic.id, &query, archived, page, today).await?;
        let entry = AuditEntry::new(
            "patient.searched",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .details(
            json!({ "query": q, "by": searched_by(&query), "page": page, "archived": archived }),
        );
        state.read_log.append(entry).await?;
        Ok(SearchPage {
            can_create: access.actor.role.allows(Permission::EditPatientDetails),
            can_book: access.actor.role.allows(Permission::BookAppointments),
            clinic: access.clinic,
            clinics,
            searched_by: searched_by(&query).to_string(),
            results,
            page,
            has_more,
        })
    }
}
