//! A clinic's note templates (prompts a note starts from) and how long a note may stay
//! unsigned before it is listed for its provider: everyone reads them, admins change them.

use leptos::prelude::*;

use super::model::{NoteTemplatesView, TemplateForm};
use crate::error::AppError;

#[server(endpoint = "note-templates/list")]
pub async fn note_templates(clinic: String) -> Result<NoteTemplatesView, AppError> {
    ssr::list(clinic).await.map_err(AppError::with_http_status)
}

/// Adds a template (`id` empty) or changes one.
#[server(endpoint = "note-templates/save")]
pub async fn save_note_template(
    clinic: String,
    #[server(default)] id: Option<i64>,
    form: TemplateForm,
) -> Result<i64, AppError> {
    ssr::save(clinic, id, form).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "note-templates/set-active")]
pub async fn set_note_template_active(
    clinic: String,
    id: i64,
    active: bool,
) -> Result<(), AppError> {
    ssr::set_active(clinic, id, active).await.map_err(AppError::with_http_status)
}

/// Sets how many days a note may stay unsigned before it is listed for its provider.
#[server(endpoint = "note-templates/unsigned-days")]
pub async fn save_unsigned_note_days(
    clinic: String,
    #[server(default)] unsigned_note_days: String,
) -> Result<(), AppError> {
    ssr::save_days(clinic, unsigned_note_days).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use serde_json::json;

    use super::super::model::{NoteTemplate, NoteTemplatesView, TemplateForm};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::{AppError, FieldValues, forms};
    use crate::server::state::app_state;

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        name: String,
        body: String,
        active: bool,
    }

    pub async fn list(clinic: String) -> Result<NoteTemplatesView, AppError> {
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = app_state()?.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &clinic).await?;
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, name, body, active FROM note_template WHERE clinic_id = $1
             ORDER BY NOT active, lower(name), id LIMIT 200",
        )
        .bind(access.clinic.id)
        .fetch_all(&mut *conn)
        .await?;
        let days: i32 = sqlx::query_scalar("SELECT unsigned_note_days FROM clinic WHERE id = $1")
            .bind(access.clinic.id)
            .fetch_one(&mut *conn)
            .await?;
        Ok(NoteTemplatesView {
            can_edit: access.can_edit(),
            templates: rows
                .into_iter()
                .map(|r| NoteTemplate { id: r.id, name: r.name, body: r.body, active: r.active })
                .collect(),
            unsigned_note_days: days,
            clinic: access.clinic,
        })
    }

    fn entry(action: &'static str, access: &ClinicAccess) -> AuditEntry {
        AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
    }

    pub async fn save(
        clinic: String,
        id: Option<i64>,
        form: TemplateForm,
    ) -> Result<i64, AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let (name, body) = form.parse().map_err(|problems| {
            AppError::fields(problems.into_iter().map(|(k, m)| (k.to_string(), m)).collect())
                .with_input(forms::typed(&form))
        })?;
        let mut tx = app_state()?.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &clinic).await?;
        let saved: Result<Option<i64>, sqlx::Error> = match id {
            None => sqlx::query_scalar(
                "INSERT INTO note_template (clinic_id, name, body) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(access.clinic.id)
            .bind(&name)
            .bind(&body)
            .fetch_optional(&mut *tx)
            .await,
            Some(id) => sqlx::query_scalar(
                "UPDATE note_template SET name = $3, body = $4 WHERE clinic_id = $1 AND id = $2
                 RETURNING id",
            )
            .bind(access.clinic.id)
            .bind(id)
            .bind(&name)
            .bind(&body)
            .fetch_optional(&mut *tx)
            .await,
        };
        let saved = saved.map_err(|error| match forms::broken_constraint(&error).as_deref() {
            Some("note_template_name_unique") => {
                AppError::invalid("template_name", crate::t!("server-template-name-taken"))
                    .with_input(forms::typed(&form))
            }
            _ => error.into(),
        })?;
        let id = saved.ok_or(AppError::NotFound)?;
        let entry = entry("note_template.saved", &access)
            .object("note_template", id)
            .details(json!({ "name": name }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn set_active(clinic: String, id: i64, active: bool) -> Result<(), AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = app_state()?.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &clinic).await?;
        let changed =
            sqlx::query("UPDATE note_template SET active = $3 WHERE clinic_id = $1 AND id = $2")
                .bind(access.clinic.id)
                .bind(id)
                .bind(active)
                .execute(&mut *tx)
                .await
                .map_err(|error| match forms::broken_constraint(&error).as_deref() {
                    Some("note_template_name_unique") => {
                        AppError::Conflict(crate::t!("server-template-active-name"))
                    }
                    _ => error.into(),
                })?;
        if changed.rows_affected() == 0 {
            return Err(AppError::NotFound);
        }
        let entry = entry("note_template.set_active", &access)
            .object("note_template", id)
            .details(json!({ "active": active }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn save_days(clinic: String, days: String) -> Result<(), AppError> {
        let actor = require(Permission::ManageClinicSetup).await?;
        let typed = FieldValues::from([("unsigned_note_days".to_string(), days.clone())]);
        let what = crate::t!("server-what-days");
        let days = crate::domain::fields::whole_number(&days, 0, 60, &what).map_err(|message| {
            AppError::invalid("unsigned_note_days", message).with_input(typed)
        })?;
        let mut tx = app_state()?.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &clinic).await?;
        sqlx::query("UPDATE clinic SET unsigned_note_days = $2 WHERE id = $1")
            .bind(access.clinic.id)
            .bind(days)
            .execute(&mut *tx)
            .await?;
        let entry = entry("clinic.unsigned_note_days_changed", &access)
            .object("clinic", access.clinic.id)
            .details(json!({ "after": days }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
