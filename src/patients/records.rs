//! A patient's record: opening it (audited), creating one (after a duplicate check), editing
//! it (against the version it was opened at), archiving and restoring it.

use leptos::prelude::*;

use super::model::{NewPatientContext, PatientForm, PatientRecord};
use crate::error::AppError;

/// The record with its medical history and change log. Every opening is audited.
#[server(endpoint = "patients/get")]
pub async fn get_patient(id: i64) -> Result<PatientRecord, AppError> {
    ssr::get_patient(id).await.map_err(AppError::with_http_status)
}

/// What the new-patient form needs to read phone numbers and dates as the clinic writes them.
#[server(endpoint = "patients/new")]
pub async fn new_patient_form(
    #[server(default)] clinic: String,
) -> Result<NewPatientContext, AppError> {
    ssr::new_patient_form(clinic).await.map_err(AppError::with_http_status)
}

/// Creates a patient and goes to their page. When the clinic already has a patient with the
/// same birth date and a similar name, or the same phone or email, it answers with them and
/// creates nothing, unless `confirm_new` is ticked.
#[server(endpoint = "patients/create")]
pub async fn create_patient(
    clinic: String,
    form: PatientForm,
    #[server(default)] confirm_new: Option<String>,
) -> Result<i64, AppError> {
    ssr::create_patient(clinic, form, confirm_new.is_some_and(|v| !v.is_empty()))
        .await
        .map_err(AppError::with_http_status)
}

/// Saves the demographics, unless someone else saved the record since `version`.
#[server(endpoint = "patients/update")]
pub async fn update_patient(id: i64, version: i32, form: PatientForm) -> Result<(), AppError> {
    ssr::update_patient(id, version, form).await.map_err(AppError::with_http_status)
}

/// Archives (hides from the default search) or restores a patient.
#[server(endpoint = "patients/set-archived")]
pub async fn set_patient_archived(id: i64, archived: bool) -> Result<(), AppError> {
    ssr::set_patient_archived(id, archived).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;
    use sqlx::{PgConnection, Row as _};

    use super::super::model::{
        MedicalChange, MedicalItem, MedicalKind, NewPatientContext, PatientAppointment,
        PatientDetails, PatientForm, PatientRecord, display_name,
    };
    use super::super::search::ssr::clinic_context;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session;
    use crate::domain::patient::{PhoneNumber, age_on, format_patient_number};
    use crate::domain::{AppointmentStatus, Permission};
    use crate::error::forms::{rejected, typed};
    use crate::error::{AppError, FieldErrors};
    use crate::i18n::Locale;
    use crate::server::state::app_state;
    use crate::t;

    /// The clinic of a patient, for authorizing access to it.
    pub async fn clinic_of_patient(
        conn: &mut PgConnection,
        patient_id: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT clinic_id FROM patient WHERE id = $1")
            .bind(patient_id)
            .fetch_optional(conn)
            .await
    }

    /// Access to a patient's clinic for a caller already authorized with `require`; a patient
    /// of another clinic does not exist for the caller.
    pub async fn open_patient(
        conn: &mut PgConnection,
        actor: crate::auth::session::Actor,
        patient_id: i64,
    ) -> Result<ClinicAccess, AppError> {
        let clinic = clinic_of_patient(conn, patient_id).await?;
        clinic_access::open_for(conn, actor, clinic).await
    }

    /// Refuses an appointment for a record that is archived or was merged into another (a
    /// stale page, or a merge just done), naming the record to use. Holds the record's row
    /// until the caller's transaction ends, so a merge waits for the booking and then moves it.
    pub async fn refuse_archived(conn: &mut PgConnection, patient_id: i64) -> Result<(), AppError> {
        let row: Option<(bool, Option<i64>)> = sqlx::query_as(
            "SELECT p.archived_at IS NOT NULL, (SELECT s.number FROM patient s WHERE s.id = p.merged_into)
             FROM patient p WHERE p.id = $1 FOR SHARE",
        )
        .bind(patient_id)
        .fetch_optional(conn)
        .await?;
        match row {
            Some((true, Some(number))) => Err(AppError::Conflict(t!(
                "server-record-merged-into",
                number = crate::domain::patient::format_patient_number(number),
            ))),
            Some((true, None)) => Err(AppError::Conflict(t!("server-record-archived"))),
            _ => Ok(()),
        }
    }

    #[derive(sqlx::FromRow, serde::Serialize)]
    struct Row {
        number: i64,
        first_name: String,
        last_name: String,
        preferred_name: String,
        date_of_birth: NaiveDate,
        sex: Option<String>,
        mobile_phone: Option<String>,
        home_phone: Option<String>,
        email: Option<String>,
        address: String,
        emergency_contact_name: String,
        emergency_contact_phone: Option<String>,
        preferred_contact: String,
        email_reminders: bool,
        language: Option<String>,
        notes: String,
        archived: bool,
        merged_into: Option<i64>,
        version: i32,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        created_by: Option<String>,
        updated_by: Option<String>,
    }

    async fn row(conn: &mut PgConnection, id: i64, lock: bool) -> Result<Row, AppError> {
        let sql = format!(
            "SELECT p.number, p.first_name, p.last_name, p.preferred_name, p.date_of_birth, p.sex,
                    p.mobile_phone, p.home_phone, p.email::text AS email, p.address,
                    p.emergency_contact_name, p.emergency_contact_phone, p.preferred_contact,
                    p.email_reminders, p.language, p.notes, p.archived_at IS NOT NULL AS archived,
                    p.merged_into,
                    p.version,
                    p.created_at, p.updated_at, c.display_name AS created_by,
                    u.display_name AS updated_by
             FROM patient p
             LEFT JOIN staff c ON c.id = p.created_by
             LEFT JOIN staff u ON u.id = p.updated_by
             WHERE p.id = $1 {}",
            if lock { "FOR UPDATE OF p" } else { "" }
        );
        sqlx::query_as(&sql).bind(id).fetch_optional(conn).await?.ok_or(AppError::NotFound)
    }

    pub async fn medical_items(
        conn: &mut PgConnection,
        patient_id: i64,
    ) -> Result<Vec<MedicalItem>, AppError> {
        let rows: Vec<(i64, String, String, Option<String>, String, bool)> = sqlx::query_as(
            "SELECT id, kind, label, severity, details, active FROM medical_item
             WHERE patient_id = $1
             ORDER BY NOT active, array_position(ARRAY['alert','allergy','condition','medication'], kind),
                      lower(label), id",
        )
        .bind(patient_id)
        .fetch_all(conn)
        .await?;
        rows.into_iter()
            .map(|(id, kind, label, severity, details, active)| {
                let kind = MedicalKind::parse(&kind).map_err(AppError::internal)?;
                Ok(MedicalItem { id, kind, label, severity, details, active })
            })
            .collect()
    }

    fn describe(value: &serde_json::Value) -> String {
        let text = |key: &str| value.get(key).and_then(|v| v.as_str()).unwrap_or_default();
        let kind = MedicalKind::parse(text("kind"))
            .map(|k| k.label())
            .unwrap_or_else(|_| t!("server-medical-entry-unknown"));
        let severity = text("severity");
        let details = text("details");
        let mut out = t!("server-medical-entry", kind = kind, label = text("label"));
        if !severity.is_empty() {
            let severity = t!("patient-severity-value", severity = severity);
            out = t!("server-medical-entry-severity", entry = out, severity = severity);
        }
        if !details.is_empty() {
            out = t!("server-medical-entry-details", entry = out, details = details);
        }
        out
    }

    async fn medical_changes(
        conn: &mut PgConnection,
        patient_id: i64,
        (tz, locale): (chrono_tz::Tz, Locale),
    ) -> Result<Vec<MedicalChange>, AppError> {
        /// When, by whom, what kind of change, before, after.
        type ChangeRow =
            (DateTime<Utc>, Option<String>, String, Option<serde_json::Value>, serde_json::Value);
        let rows: Vec<ChangeRow> = sqlx::query_as(
            "SELECT m.changed_at, s.display_name, m.change, m.before, m.after
                 FROM medical_item_change m LEFT JOIN staff s ON s.id = m.changed_by
                 WHERE m.patient_id = $1 ORDER BY m.changed_at DESC, m.id DESC LIMIT 200",
        )
        .bind(patient_id)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(at, by, change, before, after)| MedicalChange {
                at: locale.moment_numeric(at.with_timezone(&tz).naive_local()),
                by: by.unwrap_or_else(|| "—".into()),
                what: describe(&after),
                before: before.filter(|_| change == "changed").map(|b| describe(&b)),
                change,
            })
            .collect())
    }

    pub async fn get_patient(id: i64) -> Result<PatientRecord, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewPatients).await?;
        let mut conn = state.pool.acquire().await?;
        let access = open_patient(&mut conn, actor, id).await?;
        let (calling_code, today) =
            clinic_context(&mut conn, access.clinic.id, &access.clinic.time_zone).await?;
        let tz: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let locale = access.clinic.locale();
        let row = row(&mut conn, id, false).await?;
        let medical = medical_items(&mut conn, id).await?;
        let changes = medical_changes(&mut conn, id, (tz, locale)).await?;
        let appointments = patient_appointments(&mut conn, id, (tz, locale)).await?;
        let recalls = crate::recall::store::of_patient(&mut conn, id, today).await?;
        let recall_kinds =
            crate::recall::store::kinds_of_clinic(&mut conn, access.clinic.id).await?;
        let can_book = access.actor.role.allows(Permission::BookAppointments);
        let asap = if can_book {
            let clinic_id = access.clinic.id;
            Some(crate::asap::list::ssr::of_patient(&mut conn, clinic_id, id, tz).await?)
        } else {
            None
        };
        let documents = crate::documents::api::ssr::of_patient(&mut conn, id, (tz, locale)).await?;
        let can_manage_documents = access.actor.role.allows(Permission::ManagePatientDocuments);
        let clinical_notes = if access.actor.role.allows(Permission::WriteClinicalNotes) {
            Some(crate::notes::lists::of_patient(&mut conn, id).await?)
        } else {
            None
        };
        let entry = AuditEntry::new("patient.viewed", Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(id)
            .object("patient", id);
        state.read_log.append(entry).await?;
        let when = |at: DateTime<Utc>, by: Option<String>| {
            let at = locale.moment_numeric(at.with_timezone(&tz).naive_local());
            match by {
                Some(by) => t!("server-at-by", at = at, by = by),
                None => at,
            }
        };
        let readable = |p: Option<String>| p.map(|p| PhoneNumber::from_e164(p).readable());
        Ok(PatientRecord {
            clinical_notes,
            documents,
            can_manage_documents,
            can_purge_documents: access.actor.role.allows(Permission::PurgePatientDocuments),
            id,
            number: format_patient_number(row.number),
            age: age_on(row.date_of_birth, today),
            first_name: row.first_name,
            last_name: row.last_name,
            preferred_name: row.preferred_name,
            date_of_birth: row.date_of_birth,
            sex: row.sex,
            mobile_phone: readable(row.mobile_phone),
            home_phone: readable(row.home_phone),
            email: row.email,
            address: row.address,
            emergency_contact_name: row.emergency_contact_name,
            emergency_contact_phone: readable(row.emergency_contact_phone),
            preferred_contact: row.preferred_contact,
            email_reminders: row.email_reminders,
            language: row.language.as_deref().and_then(crate::i18n::Language::parse),
            notes: row.notes,
            archived: row.archived,
            version: row.version,
            created: when(row.created_at, row.created_by),
            updated: when(row.updated_at, row.updated_by),
            medical,
            changes,
            can_edit_details: access.actor.role.allows(Permission::EditPatientDetails),
            can_edit_medical: access.actor.role.allows(Permission::EditMedicalHistory),
            can_merge: access.actor.role.allows(Permission::MergePatients),
            can_view_access: access.actor.role.allows(Permission::ViewAuditLog),
            can_book,
            merged_into: row.merged_into,
            calling_code,
            appointments,
            recalls,
            recall_kinds,
            asap,
            clinic: access.clinic,
        })
    }

    type AppointmentRow = (i64, DateTime<Utc>, String, String, String, bool);

    /// The patient's appointments, latest first (holds have no patient, so none appear).
    async fn patient_appointments(
        conn: &mut PgConnection,
        id: i64,
        (tz, locale): (chrono_tz::Tz, Locale),
    ) -> Result<Vec<PatientAppointment>, AppError> {
        let rows: Vec<AppointmentRow> = sqlx::query_as(
            "SELECT a.id, lower(a.visit), t.name, p.name, a.status, a.booked_online
             FROM appointment a
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider p ON p.id = a.provider_id
             WHERE a.patient_id = $1
             ORDER BY lower(a.visit) DESC LIMIT 100",
        )
        .bind(id)
        .fetch_all(conn)
        .await?;
        let now = Utc::now();
        rows.into_iter()
            .map(|(id, start, type_name, provider, status, booked_online)| {
                let local = start.with_timezone(&tz);
                let status = AppointmentStatus::parse(&status).map_err(AppError::internal)?;
                Ok(PatientAppointment {
                    id,
                    when: locale.moment_medium_year(local.naive_local()),
                    date: local.date_naive(),
                    type_name,
                    provider,
                    status: status.label().to_string(),
                    booked_online,
                    upcoming: start > now && status.is_live(),
                })
            })
            .collect()
    }

    pub async fn new_patient_form(slug: String) -> Result<NewPatientContext, AppError> {
        let actor = require(Permission::EditPatientDetails).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let slug = if slug.trim().is_empty() {
            let clinics = clinic_access::clinics_of(&mut conn, actor.staff_id).await?;
            clinics.first().map(|c| c.slug.clone()).ok_or(AppError::NotFound)?
        } else {
            slug
        };
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let (calling_code, today) =
            clinic_context(&mut conn, access.clinic.id, &access.clinic.time_zone).await?;
        Ok(NewPatientContext { clinic: access.clinic, calling_code, today })
    }

    /// Patients of the clinic who may be the same person as `details`: the same birth date and
    /// a similar or same-sounding name, or the same phone number or email address.
    pub async fn possible_duplicates(
        conn: &mut PgConnection,
        (clinic_id, locale): (i64, Locale),
        details: &PatientDetails,
        except: Option<i64>,
    ) -> Result<Vec<(i64, String)>, sqlx::Error> {
        let full_name = format!("{} {}", details.first_name, details.last_name);
        let phones: Vec<String> =
            [&details.mobile_phone, &details.home_phone].into_iter().flatten().cloned().collect();
        let rows: Vec<(i64, i64, String, String, String, NaiveDate)> = sqlx::query_as(
            "SELECT id, number, first_name, preferred_name, last_name, date_of_birth
             FROM patient
             WHERE clinic_id = $1 AND merged_into IS NULL AND id <> coalesce($6, 0)
               AND ((date_of_birth = $2
                     AND (similarity(search_name, fold_text($3)) >= 0.4
                          OR name_sounds(last_name) && name_sounds($4)))
                    OR mobile_phone = ANY($5) OR home_phone = ANY($5)
                    OR (email IS NOT NULL AND email = $7::citext))
             ORDER BY last_name, first_name LIMIT 10",
        )
        .bind(clinic_id)
        .bind(details.date_of_birth)
        .bind(&full_name)
        .bind(&details.last_name)
        .bind(&phones)
        .bind(except)
        .bind(details.email.as_deref())
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, number, first, preferred, last, born)| {
                (
                    id,
                    t!(
                        "server-duplicate",
                        name = display_name(&first, &preferred, &last),
                        number = format_patient_number(number),
                        born = locale.date_numeric(born),
                    ),
                )
            })
            .collect())
    }

    /// The demographic columns a form sets, in the order [`bind_details`] binds them.
    const DETAIL_COLUMNS: [&str; 15] = [
        "first_name",
        "last_name",
        "preferred_name",
        "date_of_birth",
        "sex",
        "mobile_phone",
        "home_phone",
        "email",
        "address",
        "emergency_contact_name",
        "emergency_contact_phone",
        "preferred_contact",
        "email_reminders",
        "language",
        "notes",
    ];

    /// Binds the details as the next parameters, in the order of [`DETAIL_COLUMNS`].
    fn bind_details<'q>(
        query: sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>,
        details: &'q PatientDetails,
    ) -> sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments> {
        query
            .bind(&details.first_name)
            .bind(&details.last_name)
            .bind(&details.preferred_name)
            .bind(details.date_of_birth)
            .bind(&details.sex)
            .bind(&details.mobile_phone)
            .bind(&details.home_phone)
            .bind(&details.email)
            .bind(&details.address)
            .bind(&details.emergency_contact_name)
            .bind(&details.emergency_contact_phone)
            .bind(&details.preferred_contact)
            .bind(details.email_reminders)
            .bind(&details.language)
            .bind(&details.notes)
    }

    pub async fn create_patient(
        slug: String,
        form: PatientForm,
        confirmed: bool,
    ) -> Result<i64, AppError> {
        let state = app_state()?;
        let actor = require(Permission::EditPatientDetails).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let (calling_code, today) =
            clinic_context(&mut tx, access.clinic.id, &access.clinic.time_zone).await?;
        let details = form.parse(calling_code, today).map_err(|fields| rejected(fields, &form))?;
        if !confirmed {
            let clinic = (access.clinic.id, access.clinic.locale());
            let duplicates = possible_duplicates(&mut tx, clinic, &details, None).await?;
            if !duplicates.is_empty() {
                // Showing them is a read of their records: audited (and committed, as the
                // creation itself does not happen).
                let ids: Vec<i64> = duplicates.iter().map(|(id, _)| *id).collect();
                let entry = AuditEntry::new(
                    "patient.possible_duplicates_shown",
                    Outcome::Success,
                    &session::request_origin(),
                )
                .actor(access.actor.staff_id, access.actor.role)
                .clinic(access.clinic.id)
                .details(json!({ "patient_ids": ids }));
                audit::append(&mut tx, entry).await?;
                tx.commit().await?;
                let names: Vec<String> = duplicates.into_iter().map(|(_, name)| name).collect();
                let message = t!("server-duplicates-found", names = names.join("; "));
                let mut typed = typed(&form);
                typed.remove("confirm_new");
                return Err(AppError::fields(FieldErrors::from([(
                    "confirm_new".to_string(),
                    message,
                )]))
                .with_input(typed));
            }
        }
        // The clinic row is the counter of patient numbers (and serialises their handing out).
        let number: i64 = sqlx::query_scalar(
            "UPDATE clinic SET next_patient_number = next_patient_number + 1 WHERE id = $1
             RETURNING next_patient_number - 1",
        )
        .bind(access.clinic.id)
        .fetch_one(&mut *tx)
        .await?;
        let columns = DETAIL_COLUMNS.join(", ");
        let values: Vec<String> = (4..4 + DETAIL_COLUMNS.len()).map(|n| format!("${n}")).collect();
        let insert = format!(
            "INSERT INTO patient (clinic_id, number, created_by, updated_by, {columns})
             VALUES ($1, $2, $3, $3, {}) RETURNING id",
            values.join(", ")
        );
        let query =
            sqlx::query(&insert).bind(access.clinic.id).bind(number).bind(access.actor.staff_id);
        let id: i64 = bind_details(query, &details).fetch_one(&mut *tx).await?.get(0);
        let entry =
            AuditEntry::new("patient.created", Outcome::Success, &session::request_origin())
                .actor(access.actor.staff_id, access.actor.role)
                .clinic(access.clinic.id)
                .patient(id)
                .object("patient", id)
                .details(
                    json!({ "before": null, "after": details, "duplicates_confirmed": confirmed }),
                );
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        leptos_axum::redirect(&format!("/patients/{id}"));
        Ok(id)
    }

    pub async fn update_patient(id: i64, version: i32, form: PatientForm) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::EditPatientDetails).await?;
        let mut tx = state.pool.begin().await?;
        let access = open_patient(&mut tx, actor, id).await?;
        let (calling_code, today) =
            clinic_context(&mut tx, access.clinic.id, &access.clinic.time_zone).await?;
        let details = form.parse(calling_code, today).map_err(|fields| rejected(fields, &form))?;
        let before = row(&mut tx, id, true).await?;
        if before.version != version {
            let by = before.updated_by.clone().unwrap_or_else(|| t!("server-record-someone-else"));
            return Err(rejected(
                FieldErrors::from([("version".to_string(), t!("server-record-changed", by = by))]),
                &form,
            ));
        }
        let sets: Vec<String> =
            DETAIL_COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = ${}", i + 3)).collect();
        let update = format!(
            "UPDATE patient SET updated_by = $2, version = version + 1, {} WHERE id = $1",
            sets.join(", ")
        );
        let query = sqlx::query(&update).bind(id).bind(access.actor.staff_id);
        bind_details(query, &details).execute(&mut *tx).await?;
        let entry =
            AuditEntry::new("patient.updated", Outcome::Success, &session::request_origin())
                .actor(access.actor.staff_id, access.actor.role)
                .clinic(access.clinic.id)
                .patient(id)
                .object("patient", id)
                .details(json!({ "before": before, "after": details }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        leptos_axum::redirect(&format!("/patients/{id}"));
        Ok(())
    }

    pub async fn set_patient_archived(id: i64, archived: bool) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::EditPatientDetails).await?;
        let mut tx = state.pool.begin().await?;
        let access = open_patient(&mut tx, actor, id).await?;
        let before: bool = sqlx::query_scalar(
            "SELECT archived_at IS NOT NULL FROM patient WHERE id = $1 FOR UPDATE",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE patient SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) END,
                    updated_by = $3, version = version + 1
             WHERE id = $1",
        )
        .bind(id)
        .bind(archived)
        .bind(access.actor.staff_id)
        .execute(&mut *tx)
        .await?;
        let action = if archived { "patient.archived" } else { "patient.restored" };
        let entry = AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(id)
            .object("patient", id)
            .details(
                json!({ "before": { "archived": before }, "after": { "archived": archived } }),
            );
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
