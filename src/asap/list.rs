//! The front desk's side of the ASAP list: `/asap` (who is waiting, the freed times and their
//! offers, an offer by hand), and the patient page's section (adding and removing a patient).

use leptos::prelude::*;

use super::model::{AsapForm, AsapListView};
use crate::error::AppError;

/// Clinic `clinic`'s list (a slug; empty: the caller's first clinic): who is waiting, earliest
/// first, and the freed times of the last day and to come.
#[server(endpoint = "asap/list")]
pub async fn asap_list(#[server(default)] clinic: String) -> Result<AsapListView, AppError> {
    ssr::list(clinic).await.map_err(AppError::with_http_status)
}

/// Puts patient `patient_id` on the ASAP list with the preferences of `form`. A patient already
/// waiting for that type has their request replaced.
#[server(endpoint = "asap/add")]
pub async fn add_to_asap(patient_id: i64, form: AsapForm) -> Result<(), AppError> {
    ssr::add(patient_id, form).await.map_err(AppError::with_http_status)
}

/// Takes request `request_id` off the list.
#[server(endpoint = "asap/remove")]
pub async fn remove_from_asap(request_id: i64) -> Result<(), AppError> {
    ssr::remove(request_id).await.map_err(AppError::with_http_status)
}

/// Offers freed time `opening_id` to the patient of request `request_id` now, by email.
#[server(endpoint = "asap/offer")]
pub async fn offer_asap_time(opening_id: i64, request_id: i64) -> Result<(), AppError> {
    ssr::offer_by_hand(opening_id, request_id).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::model::{
        AsapForm, AsapListView, Choice, FreedTime, PatientAsap, WaitingPatient, Weekdays,
        preferences_label,
    };
    use super::super::offers::{self, NEXT_OF_TYPE};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::{AppError, forms};
    use crate::i18n::{Locale, Region};
    use crate::patients::model::display_name;
    use crate::server::state::app_state;

    /// The most rows each list shows (the oldest requests and the nearest times first).
    const MAX_ROWS: i64 = 200;

    #[derive(sqlx::FromRow)]
    struct WaitingRow {
        id: i64,
        patient_id: i64,
        first_name: String,
        preferred_name: String,
        last_name: String,
        phone: Option<String>,
        type_name: String,
        provider: Option<String>,
        weekdays: i16,
        earliest: Option<NaiveTime>,
        latest: Option<NaiveTime>,
        expires_on: NaiveDate,
        created_at: DateTime<Utc>,
        source: String,
        added_by: Option<String>,
        note: String,
        offers: i64,
        booked_at: Option<DateTime<Utc>>,
    }

    fn day(locale: Locale, date: NaiveDate) -> String {
        locale.date_short(date)
    }

    /// Why no more batches of offers go for a freed time (as stored), in words.
    fn closed_reason(reason: &str) -> String {
        match reason {
            "nobody waiting fits" => crate::t!("desk-asap-closed-nobody-fits"),
            "offered to as many patients as it may be" => crate::t!("desk-asap-closed-offered-all"),
            "the time has passed" => crate::t!("desk-asap-closed-passed"),
            "claimed" => crate::t!("desk-asap-closed-claimed"),
            other => other.to_string(),
        }
    }

    /// The open requests of clinic `clinic_id` (of one patient with `patient`).
    async fn waiting(
        conn: &mut PgConnection,
        clinic_id: i64,
        patient: Option<i64>,
        (zone, locale): (chrono_tz::Tz, Locale),
    ) -> Result<Vec<WaitingPatient>, AppError> {
        let rows: Vec<WaitingRow> = sqlx::query_as(&format!(
            "SELECT r.id, r.patient_id, p.first_name, p.preferred_name, p.last_name,
                    coalesce(p.mobile_phone, p.home_phone) AS phone, t.name AS type_name,
                    pr.name AS provider, r.weekdays, r.earliest, r.latest, r.expires_on,
                    r.created_at, r.source, s.display_name AS added_by, r.note,
                    (SELECT count(*) FROM asap_offer f WHERE f.request_id = r.id) AS offers,
                    next.starts AS booked_at
             FROM asap_request r
             JOIN patient p ON p.id = r.patient_id
             JOIN appointment_type t ON t.id = r.appointment_type_id
             LEFT JOIN provider pr ON pr.id = r.provider_id
             LEFT JOIN staff s ON s.id = r.added_by
             LEFT JOIN LATERAL ({NEXT_OF_TYPE}) next ON true
             WHERE r.clinic_id = $1 AND r.ended_at IS NULL AND ($2::bigint IS NULL OR r.patient_id = $2)
             ORDER BY r.created_at, r.id
             LIMIT $3"
        ))
        .bind(clinic_id)
        .bind(patient)
        .bind(MAX_ROWS)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| WaitingPatient {
                request_id: row.id,
                patient_id: row.patient_id,
                patient: display_name(&row.first_name, &row.preferred_name, &row.last_name),
                phone: row.phone,
                type_name: row.type_name,
                provider: row.provider.unwrap_or_else(|| crate::t!("admin-asap-any-provider")),
                when: preferences_label(locale, Weekdays(row.weekdays), row.earliest, row.latest),
                until: day(locale, row.expires_on),
                since: day(locale, row.created_at.with_timezone(&zone).date_naive()),
                added_by: if row.source == "online" {
                    crate::t!("desk-asap-added-online")
                } else {
                    row.added_by.unwrap_or_default()
                },
                note: row.note,
                offers: row.offers,
                booked: row
                    .booked_at
                    .map(|t| locale.moment_weekday(t.with_timezone(&zone).naive_local())),
            })
            .collect())
    }

    #[derive(sqlx::FromRow)]
    struct FreedRow {
        id: i64,
        starts_at: DateTime<Utc>,
        provider: String,
        offers_sent: i32,
        claimed_at: Option<DateTime<Utc>>,
        claimed_by: Option<String>,
        closed_reason: Option<String>,
    }

    pub async fn list(clinic: String) -> Result<AsapListView, AppError> {
        let actor = require(Permission::BookAppointments).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let clinics = clinic_access::clinics_of(&mut conn, actor.staff_id).await?;
        let access = clinic_access::open_among(actor, &clinics, &clinic)?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let locale = access.clinic.locale();
        let waiting = waiting(&mut conn, access.clinic.id, None, (zone, locale)).await?;
        let rows: Vec<FreedRow> = sqlx::query_as(
            "SELECT op.id, op.starts_at, pr.name AS provider, op.offers_sent, op.claimed_at,
                    CASE WHEN p.id IS NOT NULL
                         THEN p.first_name || ' ' || p.last_name END AS claimed_by,
                    op.closed_reason
             FROM asap_opening op
             JOIN provider pr ON pr.id = op.provider_id
             LEFT JOIN asap_offer f ON f.opening_id = op.id AND f.claimed_at IS NOT NULL
             LEFT JOIN asap_request r ON r.id = f.request_id
             LEFT JOIN patient p ON p.id = r.patient_id
             WHERE op.clinic_id = $1 AND op.starts_at > now() - interval '1 day'
             ORDER BY op.starts_at, op.id
             LIMIT $2",
        )
        .bind(access.clinic.id)
        .bind(MAX_ROWS)
        .fetch_all(&mut *conn)
        .await?;
        drop(conn);
        let now = Utc::now();
        let freed = rows
            .into_iter()
            .map(|row| {
                let open = row.claimed_at.is_none() && row.starts_at > now;
                let state = match (&row.claimed_by, &row.closed_reason) {
                    (Some(who), _) => crate::t!("desk-asap-taken-by", patient = who),
                    (None, _) if row.starts_at <= now => crate::t!("desk-asap-passed"),
                    (None, Some(reason)) => {
                        crate::t!("desk-asap-no-more-batches", reason = closed_reason(reason))
                    }
                    (None, None) => crate::t!("desk-asap-offering"),
                };
                FreedTime {
                    opening_id: row.id,
                    when: locale.moment_weekday(row.starts_at.with_timezone(&zone).naive_local()),
                    provider: row.provider,
                    offers: i64::from(row.offers_sent),
                    state,
                    open,
                }
            })
            .collect();
        let mut patients: Vec<i64> = waiting.iter().map(|w| w.patient_id).collect();
        patients.sort_unstable();
        patients.dedup();
        let entry = AuditEntry::new("asap.viewed", Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .details(json!({ "patients": patients }));
        state.read_log.append(entry).await?;
        Ok(AsapListView { clinics, clinic: access.clinic, waiting, freed })
    }

    /// The clinic of patient `patient_id` (current records only), opened for `actor`.
    async fn patient_clinic(
        conn: &mut PgConnection,
        actor: session::Actor,
        patient_id: i64,
    ) -> Result<ClinicAccess, AppError> {
        let clinic_id: Option<i64> = sqlx::query_scalar(
            "SELECT clinic_id FROM patient WHERE id = $1 AND archived_at IS NULL",
        )
        .bind(patient_id)
        .fetch_optional(&mut *conn)
        .await?;
        clinic_access::open_for(conn, actor, clinic_id).await
    }

    /// Patient `patient_id`'s requests in clinic `clinic_id`, and the choices of the form that
    /// adds one (the patient page's section: its read is the page's).
    pub async fn of_patient(
        conn: &mut PgConnection,
        clinic_id: i64,
        patient_id: i64,
        zone: chrono_tz::Tz,
    ) -> Result<PatientAsap, AppError> {
        // The clinic's region, for its dates and clock.
        let region: String = sqlx::query_scalar("SELECT region FROM clinic WHERE id = $1")
            .bind(clinic_id)
            .fetch_one(&mut *conn)
            .await?;
        let locale = Locale::here(Region::parse(&region).unwrap_or_default());
        let requests = waiting(&mut *conn, clinic_id, Some(patient_id), (zone, locale)).await?;
        let types: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, name FROM appointment_type WHERE clinic_id = $1 AND active
             ORDER BY lower(name), id",
        )
        .bind(clinic_id)
        .fetch_all(&mut *conn)
        .await?;
        let providers: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, name FROM provider WHERE clinic_id = $1 AND active ORDER BY lower(name), id",
        )
        .bind(clinic_id)
        .fetch_all(&mut *conn)
        .await?;
        let choice = |(id, name): (i64, String)| Choice { id, name };
        let today = Utc::now().with_timezone(&zone).date_naive();
        Ok(PatientAsap {
            requests,
            types: types.into_iter().map(choice).collect(),
            providers: providers.into_iter().map(choice).collect(),
            default_until: (today + chrono::Days::new(60)).to_string(),
        })
    }

    pub async fn add(patient_id: i64, form: AsapForm) -> Result<(), AppError> {
        let actor = require(Permission::BookAppointments).await?;
        let typed = forms::typed(&form);
        let added = async {
            let state = app_state()?;
            let mut tx = state.pool.begin().await?;
            let access = patient_clinic(&mut tx, actor, patient_id).await?;
            let zone: chrono_tz::Tz =
                access.clinic.time_zone.parse().map_err(AppError::internal)?;
            let today = Utc::now().with_timezone(&zone).date_naive();
            let wanted = form.parse(today).map_err(AppError::fields)?;
            // The type and provider must be the clinic's, and the provider must perform it.
            let fits: Option<bool> = sqlx::query_scalar(
                "SELECT $3::bigint IS NULL OR EXISTS (
                            SELECT 1 FROM appointment_type_provider tp
                            JOIN provider p ON p.id = tp.provider_id AND p.active
                            WHERE tp.appointment_type_id = t.id AND tp.provider_id = $3)
                 FROM appointment_type t WHERE t.id = $2 AND t.clinic_id = $1 AND t.active",
            )
            .bind(access.clinic.id)
            .bind(wanted.type_id)
            .bind(wanted.provider_id)
            .fetch_optional(&mut *tx)
            .await?;
            match fits {
                None => {
                    return Err(AppError::invalid(
                        "asap_type",
                        crate::t!("desk-asap-type-from-list"),
                    ));
                }
                Some(false) => {
                    return Err(AppError::invalid(
                        "asap_provider",
                        crate::t!("desk-asap-provider-does-not-do-type"),
                    ));
                }
                Some(true) => {}
            }
            sqlx::query(
                "UPDATE asap_request SET ended_at = now(), end_reason = 'removed'
                 WHERE patient_id = $1 AND appointment_type_id = $2 AND ended_at IS NULL",
            )
            .bind(patient_id)
            .bind(wanted.type_id)
            .execute(&mut *tx)
            .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO asap_request (clinic_id, patient_id, appointment_type_id, provider_id,
                     weekdays, earliest, latest, expires_on, source, added_by, note)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'staff', $9, $10)
                 RETURNING id",
            )
            .bind(access.clinic.id)
            .bind(patient_id)
            .bind(wanted.type_id)
            .bind(wanted.provider_id)
            .bind(wanted.weekdays.0)
            .bind(wanted.earliest)
            .bind(wanted.latest)
            .bind(wanted.expires_on)
            .bind(access.actor.staff_id)
            .bind(&wanted.note)
            .fetch_one(&mut *tx)
            .await?;
            let entry = AuditEntry::new("asap.added", Outcome::Success, &session::request_origin())
                .actor(access.actor.staff_id, access.actor.role)
                .clinic(access.clinic.id)
                .patient(patient_id)
                .object("asap_request", id)
                .details(json!({
                    "appointment_type_id": wanted.type_id, "provider_id": wanted.provider_id,
                    "weekdays": wanted.weekdays.0, "earliest": wanted.earliest,
                    "latest": wanted.latest, "expires_on": wanted.expires_on, "note": wanted.note,
                }));
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            Ok::<_, AppError>(())
        };
        added.await.map_err(|error| error.with_input(typed))
    }

    /// A request's clinic and patient.
    #[derive(sqlx::FromRow)]
    struct Request {
        clinic_id: i64,
        patient_id: i64,
    }

    async fn open_request(
        conn: &mut PgConnection,
        actor: session::Actor,
        request_id: i64,
    ) -> Result<(ClinicAccess, Request), AppError> {
        let request: Option<Request> = sqlx::query_as(
            "SELECT clinic_id, patient_id FROM asap_request
             WHERE id = $1 AND ended_at IS NULL FOR UPDATE",
        )
        .bind(request_id)
        .fetch_optional(&mut *conn)
        .await?;
        let access =
            clinic_access::open_for(conn, actor, request.as_ref().map(|r| r.clinic_id)).await?;
        Ok((access, request.ok_or(AppError::NotFound)?))
    }

    pub async fn remove(request_id: i64) -> Result<(), AppError> {
        let actor = require(Permission::BookAppointments).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let (access, request) = open_request(&mut tx, actor, request_id).await?;
        sqlx::query(
            "UPDATE asap_request SET ended_at = now(), end_reason = 'removed' WHERE id = $1",
        )
        .bind(request_id)
        .execute(&mut *tx)
        .await?;
        let entry = AuditEntry::new("asap.removed", Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(request.patient_id)
            .object("asap_request", request_id);
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn offer_by_hand(opening_id: i64, request_id: i64) -> Result<(), AppError> {
        let actor = require(Permission::BookAppointments).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let (access, request) = open_request(&mut tx, actor, request_id).await?;
        let opening = offers::open_opening(&mut tx, access.clinic.id, opening_id)
            .await?
            .ok_or_else(|| AppError::Conflict(crate::t!("desk-asap-time-gone")))?;
        let candidate = offers::candidates(&mut tx, &opening, Some(request_id)).await?;
        let Some(candidate) = candidate.into_iter().next() else {
            return Err(AppError::Conflict(crate::t!("desk-asap-time-does-not-suit")));
        };
        let clinic = offers::clinic_of(&mut tx, access.clinic.id).await?;
        if !offers::fits(&mut tx, &clinic, &opening, &candidate).await? {
            return Err(AppError::Conflict(crate::t!("desk-asap-time-no-longer-free")));
        }
        let site = &state.config.public_base_url;
        let offer_id =
            offers::offer(&mut tx, site, &opening, &candidate, Some(access.actor.staff_id)).await?;
        sqlx::query("UPDATE asap_opening SET offers_sent = offers_sent + 1 WHERE id = $1")
            .bind(opening.id)
            .execute(&mut *tx)
            .await?;
        let entry = AuditEntry::new("asap.offered", Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(request.patient_id)
            .object("asap_offer", offer_id)
            .details(json!({ "opening_id": opening.id, "request_id": request_id }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
