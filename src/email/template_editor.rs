//! A clinic's email templates for admins: each kind's current text (the clinic's own or the
//! shipped default), a preview with sample data, saving (refused with the part, line and
//! reason of any problem) and going back to the default. Every change is audited.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::TemplateText;
use crate::error::AppError;
use crate::i18n::Language;
use crate::setup::model::ClinicRef;

/// A kind of email and whether the clinic has its own text for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateSummary {
    pub kind: String,
    pub label: String,
    /// The languages (tags) the clinic has its own text in.
    pub customised: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateList {
    pub clinic: ClinicRef,
    pub templates: Vec<TemplateSummary>,
    /// The clinic's default language (what patients of no known language get).
    pub clinic_language: Language,
}

/// One template as the editor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateEdit {
    pub clinic: ClinicRef,
    pub kind: String,
    pub label: String,
    /// The language of this version of the template.
    pub language: Language,
    pub text: TemplateText,
    pub customised: bool,
    /// (name, what it holds)
    pub placeholders: Vec<(String, String)>,
}

/// An email rendered with sample data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

#[server(endpoint = "email/templates")]
pub async fn email_templates(clinic: String) -> Result<TemplateList, AppError> {
    ssr::list(clinic).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "email/templates/get")]
pub async fn email_template(
    clinic: String,
    kind: String,
    #[server(default)] language: String,
) -> Result<TemplateEdit, AppError> {
    ssr::get(clinic, kind, language).await.map_err(AppError::with_http_status)
}

/// The template as typed, rendered with sample data written in `language` (nothing is saved).
#[server(endpoint = "email/templates/preview")]
pub async fn preview_template(
    clinic: String,
    kind: String,
    #[server(default)] language: String,
    form: TemplateText,
) -> Result<Preview, AppError> {
    ssr::preview(clinic, kind, language, form).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "email/templates/save")]
pub async fn save_template(
    clinic: String,
    kind: String,
    #[server(default)] language: String,
    form: TemplateText,
) -> Result<(), AppError> {
    ssr::save(clinic, kind, language, form).await.map_err(AppError::with_http_status)
}

/// Back to the shipped default.
#[server(endpoint = "email/templates/reset")]
pub async fn reset_template(
    clinic: String,
    kind: String,
    #[server(default)] language: String,
) -> Result<(), AppError> {
    ssr::reset(clinic, kind, language).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use sqlx::PgConnection;

    use super::super::model::{EmailKind, TemplateText};
    use super::super::templates::{
        TemplateProblem, check, default_template, render, sample_values,
    };
    use super::{Preview, TemplateEdit, TemplateList, TemplateSummary};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::domain::Permission;
    use crate::error::{AppError, FieldErrors};
    use crate::i18n::{Language, Locale};
    use crate::server::state::app_state;

    fn kind_of(text: &str) -> Result<EmailKind, AppError> {
        EmailKind::parse(text).map_err(|_| AppError::NotFound)
    }

    /// The clinic's default language.
    async fn clinic_language(
        conn: &mut PgConnection,
        clinic_id: i64,
    ) -> Result<Language, AppError> {
        let tag: String = sqlx::query_scalar("SELECT language FROM clinic WHERE id = $1")
            .bind(clinic_id)
            .fetch_one(conn)
            .await?;
        Ok(Language::parse(&tag).unwrap_or_default())
    }

    /// The language asked for (empty: the clinic's own), one the app speaks.
    async fn language_of(
        conn: &mut PgConnection,
        clinic_id: i64,
        text: &str,
    ) -> Result<Language, AppError> {
        if text.trim().is_empty() {
            return clinic_language(conn, clinic_id).await;
        }
        Language::parse(text)
            .ok_or_else(|| AppError::invalid("language", crate::t!("field-language")))
    }

    async fn stored(
        conn: &mut PgConnection,
        clinic_id: i64,
        (kind, language): (EmailKind, Language),
    ) -> Result<Option<TemplateText>, AppError> {
        let row: Option<(String, String, String)> = sqlx::query_as(
            "SELECT subject, text_body, html_body FROM email_template
             WHERE clinic_id = $1 AND kind = $2 AND language = $3",
        )
        .bind(clinic_id)
        .bind(kind.as_str())
        .bind(language.tag())
        .fetch_optional(conn)
        .await?;
        Ok(row.map(|(subject, text_body, html_body)| TemplateText {
            subject,
            text_body,
            html_body,
        }))
    }

    /// Problems as field messages (one per part), with what was typed sent back.
    fn refused(problems: Vec<TemplateProblem>, typed: &TemplateText) -> AppError {
        let mut fields = FieldErrors::new();
        for problem in problems {
            fields.entry(problem.part.to_string()).or_insert_with(|| problem.message());
        }
        AppError::fields(fields).with_input(crate::error::forms::typed(typed))
    }

    /// Authorizes (before taking a connection), then opens the clinic.
    async fn open(clinic: &str) -> Result<(ClinicAccess, PgConnectionHolder), AppError> {
        let actor = require(Permission::ManageEmailTemplates).await?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, clinic).await?;
        Ok((access, conn))
    }

    type PgConnectionHolder = sqlx::pool::PoolConnection<sqlx::Postgres>;

    pub async fn list(clinic: String) -> Result<TemplateList, AppError> {
        let (access, mut conn) = open(&clinic).await?;
        let own: Vec<(String, String)> = sqlx::query_as(
            "SELECT kind, language FROM email_template WHERE clinic_id = $1 ORDER BY language",
        )
        .bind(access.clinic.id)
        .fetch_all(&mut *conn)
        .await?;
        let templates = EmailKind::ALL
            .into_iter()
            .map(|k| TemplateSummary {
                kind: k.as_str().into(),
                label: k.label(),
                customised: own
                    .iter()
                    .filter(|(kind, _)| kind == k.as_str())
                    .map(|(_, language)| language.clone())
                    .collect(),
            })
            .collect();
        let clinic_language = clinic_language(&mut conn, access.clinic.id).await?;
        Ok(TemplateList { clinic: access.clinic, templates, clinic_language })
    }

    pub async fn get(
        clinic: String,
        kind: String,
        language: String,
    ) -> Result<TemplateEdit, AppError> {
        let (access, mut conn) = open(&clinic).await?;
        let kind = kind_of(&kind)?;
        let language = language_of(&mut conn, access.clinic.id, &language).await?;
        let own = stored(&mut conn, access.clinic.id, (kind, language)).await?;
        Ok(TemplateEdit {
            clinic: access.clinic,
            kind: kind.as_str().into(),
            label: kind.label(),
            language,
            customised: own.is_some(),
            text: own.unwrap_or_else(|| default_template(kind, language)),
            placeholders: kind
                .placeholders()
                .iter()
                .map(|(name, what)| (name.to_string(), crate::t!(what)))
                .collect(),
        })
    }

    pub async fn preview(
        clinic: String,
        kind: String,
        language: String,
        form: TemplateText,
    ) -> Result<Preview, AppError> {
        // Authorization and membership; nothing of the clinic's is written.
        let (access, mut conn) = open(&clinic).await?;
        let kind = kind_of(&kind)?;
        let language = language_of(&mut conn, access.clinic.id, &language).await?;
        drop(conn);
        let problems = check(kind, &form);
        if !problems.is_empty() {
            return Err(refused(problems, &form));
        }
        let samples = sample_values(kind, Locale::new(language, access.clinic.region));
        let rendered = render(&form, &samples).map_err(|p| refused(vec![p], &form))?;
        Ok(Preview {
            subject: rendered.subject,
            text_body: rendered.text_body,
            html_body: rendered.html_body,
        })
    }

    pub async fn save(
        clinic: String,
        kind: String,
        language: String,
        form: TemplateText,
    ) -> Result<(), AppError> {
        let (access, mut conn) = open(&clinic).await?;
        let kind = kind_of(&kind)?;
        let language = language_of(&mut conn, access.clinic.id, &language).await?;
        let mut fields = FieldErrors::new();
        for (key, value, max) in [
            ("subject", &form.subject, 300),
            ("text_body", &form.text_body, 20000),
            ("html_body", &form.html_body, 50000),
        ] {
            if value.trim().is_empty() {
                fields.insert(key.into(), crate::t!("desk-template-part-empty"));
            } else if value.chars().count() > max {
                fields.insert(key.into(), crate::t!("desk-template-part-too-long", max = max));
            }
        }
        if !fields.is_empty() {
            return Err(AppError::fields(fields).with_input(crate::error::forms::typed(&form)));
        }
        let problems = check(kind, &form);
        if !problems.is_empty() {
            return Err(refused(problems, &form));
        }
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        let before = stored(&mut tx, access.clinic.id, (kind, language)).await?;
        sqlx::query(
            "INSERT INTO email_template (clinic_id, kind, subject, text_body, html_body, updated_by,
                                         language)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (clinic_id, kind, language) DO UPDATE
             SET subject = EXCLUDED.subject, text_body = EXCLUDED.text_body,
                 html_body = EXCLUDED.html_body, updated_by = EXCLUDED.updated_by,
                 updated_at = now()",
        )
        .bind(access.clinic.id)
        .bind(kind.as_str())
        .bind(&form.subject)
        .bind(&form.text_body)
        .bind(&form.html_body)
        .bind(access.actor.staff_id)
        .bind(language.tag())
        .execute(&mut *tx)
        .await?;
        clinic_access::audit_change(
            &mut tx,
            &access,
            "email_template.saved",
            ("email_template", access.clinic.id),
            before.as_ref(),
            &form,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn reset(clinic: String, kind: String, language: String) -> Result<(), AppError> {
        let (access, mut conn) = open(&clinic).await?;
        let kind = kind_of(&kind)?;
        let language = language_of(&mut conn, access.clinic.id, &language).await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        let before = stored(&mut tx, access.clinic.id, (kind, language)).await?;
        sqlx::query(
            "DELETE FROM email_template WHERE clinic_id = $1 AND kind = $2 AND language = $3",
        )
        .bind(access.clinic.id)
        .bind(kind.as_str())
        .bind(language.tag())
        .execute(&mut *tx)
        .await?;
        clinic_access::audit_change(
            &mut tx,
            &access,
            "email_template.reset",
            ("email_template", access.clinic.id),
            before.as_ref(),
            &default_template(kind, language),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
