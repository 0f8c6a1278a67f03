//! An appointment's clinical note: read (audited), written as a draft, signed by the
//! appointment's provider, and added to once signed (addenda).

use leptos::prelude::*;

use super::model::NoteView;
use crate::error::AppError;

/// Appointment `appointment_id`'s note; with `template`, an empty note starts from its prompts.
#[server(endpoint = "notes/get")]
pub async fn clinical_note(
    appointment_id: i64,
    #[server(default)] template: Option<i64>,
) -> Result<NoteView, AppError> {
    ssr::get(appointment_id, template).await.map_err(AppError::with_http_status)
}

/// Saves the draft (`version` 0 for a first save); answers the note's new version.
#[server(endpoint = "notes/save")]
pub async fn save_clinical_note(
    appointment_id: i64,
    version: i32,
    #[server(default)] body: String,
) -> Result<i32, AppError> {
    ssr::save(appointment_id, version, body).await.map_err(AppError::with_http_status)
}

/// Signs the note as it is at `version`: from then on it never changes.
#[server(endpoint = "notes/sign")]
pub async fn sign_clinical_note(appointment_id: i64, version: i32) -> Result<(), AppError> {
    ssr::sign(appointment_id, version).await.map_err(AppError::with_http_status)
}

/// Adds an addendum to the signed note.
#[server(endpoint = "notes/addendum")]
pub async fn add_note_addendum(
    appointment_id: i64,
    #[server(default)] addendum: String,
) -> Result<(), AppError> {
    ssr::addendum(appointment_id, addendum).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use chrono::{DateTime, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::model::{Addendum, MAX_ADDENDUM_CHARS, MAX_NOTE_CHARS, NoteState, NoteView};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session::{self, Actor};
    use crate::domain::Permission;
    use crate::error::forms::broken_constraint;
    use crate::error::{AppError, FieldValues};
    use crate::patients::model::display_name;
    use crate::server::state::app_state;
    use crate::t;

    /// What a note's page and changes need to know about its appointment.
    #[derive(sqlx::FromRow)]
    struct Visit {
        clinic_id: i64,
        patient_id: i64,
        first_name: String,
        preferred_name: String,
        last_name: String,
        starts: DateTime<Utc>,
        type_name: String,
        provider: String,
        provider_staff_id: Option<i64>,
    }

    #[derive(sqlx::FromRow)]
    struct Note {
        id: i64,
        body: String,
        version: i32,
        updated_at: DateTime<Utc>,
        written_by: String,
        signed_at: Option<DateTime<Utc>>,
        signed_by: Option<String>,
    }

    /// Appointment `id` (not a hold) for a clinician of its clinic.
    async fn open_visit(
        conn: &mut PgConnection,
        actor: Actor,
        id: i64,
    ) -> Result<(ClinicAccess, Visit), AppError> {
        let visit: Option<Visit> = sqlx::query_as(
            "SELECT a.clinic_id, a.patient_id, p.first_name, p.preferred_name, p.last_name,
                    lower(a.visit) AS starts, t.name AS type_name, pr.name AS provider,
                    pr.staff_id AS provider_staff_id
             FROM appointment a
             JOIN patient p ON p.id = a.patient_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider pr ON pr.id = a.provider_id
             WHERE a.id = $1 AND a.status <> 'held'",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let access =
            clinic_access::open_for(conn, actor, visit.as_ref().map(|v| v.clinic_id)).await?;
        Ok((access, visit.ok_or(AppError::NotFound)?))
    }

    async fn note_of(
        conn: &mut PgConnection,
        appointment_id: i64,
    ) -> Result<Option<Note>, AppError> {
        Ok(sqlx::query_as(
            "SELECT n.id, n.body, n.version, n.updated_at, w.display_name AS written_by,
                    n.signed_at, s.display_name AS signed_by
             FROM clinical_note n JOIN staff w ON w.id = n.written_by
                  LEFT JOIN staff s ON s.id = n.signed_by
             WHERE n.appointment_id = $1",
        )
        .bind(appointment_id)
        .fetch_optional(conn)
        .await?)
    }

    fn zone(access: &ClinicAccess) -> Result<chrono_tz::Tz, AppError> {
        access.clinic.time_zone.parse().map_err(AppError::internal)
    }

    fn entry(
        action: &'static str,
        access: &ClinicAccess,
        visit: &Visit,
        appointment_id: i64,
    ) -> AuditEntry {
        AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(visit.patient_id)
            .object("appointment", appointment_id)
    }

    pub async fn get(appointment_id: i64, template: Option<i64>) -> Result<NoteView, AppError> {
        let actor = require(Permission::WriteClinicalNotes).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let (access, visit) = open_visit(&mut conn, actor, appointment_id).await?;
        let zone = zone(&access)?;
        let locale = access.clinic.locale();
        let when = |at: DateTime<Utc>, by: &str| {
            let at = locale.moment_short(at.with_timezone(&zone).naive_local());
            t!("server-at-by", at = at, by = by)
        };
        let note = note_of(&mut conn, appointment_id).await?;
        let addenda: Vec<(String, DateTime<Utc>, String)> = match &note {
            Some(note) => {
                sqlx::query_as(
                    "SELECT a.body, a.written_at, s.display_name FROM clinical_note_addendum a
                 JOIN staff s ON s.id = a.written_by WHERE a.note_id = $1 ORDER BY a.id",
                )
                .bind(note.id)
                .fetch_all(&mut *conn)
                .await?
            }
            None => Vec::new(),
        };
        let templates: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, name, body FROM note_template WHERE clinic_id = $1 AND active
             ORDER BY lower(name), id",
        )
        .bind(access.clinic.id)
        .fetch_all(&mut *conn)
        .await?;
        drop(conn);
        let state_of = match &note {
            None => NoteState::Missing,
            Some(n) if n.signed_at.is_some() => NoteState::Signed,
            Some(_) => NoteState::Draft,
        };
        let empty = note.as_ref().is_none_or(|n| n.body.trim().is_empty());
        let from_template = template
            .filter(|_| empty && state_of != NoteState::Signed)
            .and_then(|id| templates.iter().find(|(t, ..)| *t == id))
            .map(|(_, _, body)| body.clone());
        state
            .read_log
            .append(entry("clinical_note.viewed", &access, &visit, appointment_id))
            .await?;
        Ok(NoteView {
            appointment_id,
            patient_id: visit.patient_id,
            patient: display_name(&visit.first_name, &visit.preferred_name, &visit.last_name),
            when: locale.moment_medium_year_at(visit.starts.with_timezone(&zone).naive_local()),
            type_name: visit.type_name,
            provider: visit.provider,
            can_sign: visit.provider_staff_id == Some(access.actor.staff_id),
            state: state_of,
            body: note.as_ref().map(|n| n.body.clone()).unwrap_or_default(),
            version: note.as_ref().map_or(0, |n| n.version),
            written: note.as_ref().map(|n| when(n.updated_at, &n.written_by)),
            signed: note
                .as_ref()
                .and_then(|n| Some(when(n.signed_at?, n.signed_by.as_deref().unwrap_or_default()))),
            addenda: addenda
                .into_iter()
                .map(|(body, at, by)| Addendum { body, written: when(at, &by) })
                .collect(),
            templates: templates.into_iter().map(|(id, name, _)| (id, name)).collect(),
            from_template,
            clinic: access.clinic,
        })
    }

    /// A signed note's refusal, as the people trying to change it should read it.
    fn signed_is_final() -> AppError {
        AppError::Conflict(t!("server-note-signed-final"))
    }

    /// A save refused for the note's state: a message beside the version, with the text that
    /// was typed kept (the form shows it again, with or without JavaScript).
    fn refused_save(error: AppError, body: &str) -> AppError {
        let typed = FieldValues::from([("body".to_string(), body.to_string())]);
        match error {
            AppError::Conflict(message) => AppError::invalid("version", message).with_input(typed),
            other => other.with_input(typed),
        }
    }

    pub async fn save(appointment_id: i64, version: i32, body: String) -> Result<i32, AppError> {
        let actor = require(Permission::WriteClinicalNotes).await?;
        saved(actor, appointment_id, version, &body).await.map_err(|e| refused_save(e, &body))
    }

    async fn saved(
        actor: Actor,
        appointment_id: i64,
        version: i32,
        body: &str,
    ) -> Result<i32, AppError> {
        if body.chars().count() > MAX_NOTE_CHARS {
            return Err(AppError::invalid(
                "body",
                t!("server-note-too-long", max = MAX_NOTE_CHARS),
            ));
        }
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let (access, visit) = open_visit(&mut tx, actor, appointment_id).await?;
        let saved: Option<i32> = if version == 0 {
            sqlx::query_scalar(
                "INSERT INTO clinical_note (clinic_id, appointment_id, body, written_by)
                 VALUES ($1, $2, $3, $4) ON CONFLICT (appointment_id) DO NOTHING RETURNING version",
            )
            .bind(access.clinic.id)
            .bind(appointment_id)
            .bind(body)
            .bind(access.actor.staff_id)
            .fetch_optional(&mut *tx)
            .await?
        } else {
            let updated = sqlx::query_scalar(
                "UPDATE clinical_note SET body = $3, written_by = $4, version = version + 1
                 WHERE appointment_id = $1 AND version = $2 AND signed_at IS NULL
                 RETURNING version",
            )
            .bind(appointment_id)
            .bind(version)
            .bind(body)
            .bind(access.actor.staff_id)
            .fetch_optional(&mut *tx)
            .await;
            updated.map_err(|error| match broken_constraint(&error).as_deref() {
                Some("clinical_note_signed_is_final") => signed_is_final(),
                _ => error.into(),
            })?
        };
        let Some(saved) = saved else {
            let signed =
                note_of(&mut tx, appointment_id).await?.is_some_and(|n| n.signed_at.is_some());
            return Err(if signed {
                signed_is_final()
            } else {
                AppError::Conflict(t!("server-note-saved-by-someone"))
            });
        };
        let entry = entry("clinical_note.saved", &access, &visit, appointment_id)
            .details(json!({ "version": saved, "characters": body.chars().count() }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(saved)
    }

    pub async fn sign(appointment_id: i64, version: i32) -> Result<(), AppError> {
        let actor = require(Permission::WriteClinicalNotes).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let (access, visit) = open_visit(&mut tx, actor, appointment_id).await?;
        if visit.provider_staff_id != Some(access.actor.staff_id) {
            return Err(AppError::Conflict(t!(
                "server-note-only-provider-signs",
                provider = visit.provider.as_str(),
            )));
        }
        let signed = sqlx::query(
            "UPDATE clinical_note SET signed_at = now(), signed_by = $3
             WHERE appointment_id = $1 AND version = $2 AND signed_at IS NULL
               AND length(btrim(body)) > 0",
        )
        .bind(appointment_id)
        .bind(version)
        .bind(access.actor.staff_id)
        .execute(&mut *tx)
        .await;
        let signed = signed.map_err(|error| match broken_constraint(&error).as_deref() {
            Some("clinical_note_signed_is_final") => signed_is_final(),
            _ => error.into(),
        })?;
        if signed.rows_affected() == 0 {
            let note = note_of(&mut tx, appointment_id).await?;
            return Err(match note {
                Some(n) if n.signed_at.is_some() => signed_is_final(),
                Some(n) if n.version == version => {
                    AppError::Conflict(t!("server-note-write-first"))
                }
                Some(_) => AppError::Conflict(t!("server-note-changed")),
                None => AppError::Conflict(t!("server-note-write-first")),
            });
        }
        audit::append(
            &mut tx,
            entry("clinical_note.signed", &access, &visit, appointment_id)
                .details(json!({ "version": version })),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn addendum(appointment_id: i64, body: String) -> Result<(), AppError> {
        let actor = require(Permission::WriteClinicalNotes).await?;
        let text = body.trim();
        if text.is_empty() || text.chars().count() > MAX_ADDENDUM_CHARS {
            return Err(AppError::invalid(
                "addendum",
                t!("server-note-addendum", max = MAX_ADDENDUM_CHARS),
            ));
        }
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let (access, visit) = open_visit(&mut tx, actor, appointment_id).await?;
        let added = sqlx::query(
            "INSERT INTO clinical_note_addendum (note_id, body, written_by)
             SELECT id, $2, $3 FROM clinical_note WHERE appointment_id = $1 AND signed_at IS NOT NULL",
        )
        .bind(appointment_id)
        .bind(text)
        .bind(access.actor.staff_id)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 0 {
            return Err(AppError::Conflict(t!("server-note-addendum-unsigned")));
        }
        audit::append(
            &mut tx,
            entry("clinical_note.addendum_added", &access, &visit, appointment_id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
