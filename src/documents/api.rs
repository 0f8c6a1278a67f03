//! Archiving a document (it leaves the patient's list of current documents; nothing is
//! deleted), an admin's purge of an archived one, and a patient's documents as their page
//! lists them.

use leptos::prelude::*;

use crate::error::AppError;

/// Archives document `id` (`archived` false brings it back).
#[server(endpoint = "documents/archive")]
pub async fn archive_document(id: i64, archived: bool) -> Result<(), AppError> {
    ssr::archive(id, archived).await.map_err(AppError::with_http_status)
}

/// Purges archived document `id` for good: its row, and its file once no other document of the
/// clinic has the same content. Admins only, with the reason (10 to 500 characters) kept in
/// the audit log with what the document was.
#[server(endpoint = "documents/purge")]
pub async fn purge_document(id: i64, reason: String) -> Result<(), AppError> {
    ssr::purge(id, reason).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::Value;
    use sqlx::PgConnection;

    use super::super::model::{DocumentKind, DocumentView, size_text};
    use super::super::store::{content_lock, file_path, thumbnail_path};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::i18n::Locale;
    use crate::server::state::app_state;
    use crate::t;

    pub async fn archive(id: i64, archived: bool) -> Result<(), AppError> {
        let actor = require(Permission::ManagePatientDocuments).await?;
        let mut tx = app_state()?.pool.begin().await?;
        let found: Option<(i64, i64)> = sqlx::query_as(
            "SELECT clinic_id, patient_id FROM patient_document WHERE id = $1 FOR UPDATE",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let access = clinic_access::open_for(&mut tx, actor, found.map(|(c, _)| c)).await?;
        let (_, patient_id) = found.ok_or(AppError::NotFound)?;
        sqlx::query(
            "UPDATE patient_document
             SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) END,
                 archived_by = CASE WHEN $2 THEN coalesce(archived_by, $3) END
             WHERE id = $1",
        )
        .bind(id)
        .bind(archived)
        .bind(access.actor.staff_id)
        .execute(&mut *tx)
        .await?;
        let action =
            if archived { "patient_document.archived" } else { "patient_document.restored" };
        let entry = AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(patient_id)
            .object("patient_document", id);
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    #[derive(sqlx::FromRow)]
    struct Purged {
        clinic_id: i64,
        patient_id: i64,
        category: String,
        file_name: String,
        sha256: Vec<u8>,
        size_bytes: i64,
        uploaded_at: DateTime<Utc>,
        archived: bool,
    }

    pub async fn purge(id: i64, reason: String) -> Result<(), AppError> {
        let actor = require(Permission::PurgePatientDocuments).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let found: Option<Purged> = sqlx::query_as(
            "SELECT clinic_id, patient_id, category, file_name, sha256, size_bytes, uploaded_at,
                    archived_at IS NOT NULL AS archived
             FROM patient_document WHERE id = $1 FOR UPDATE",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let access =
            clinic_access::open_for(&mut tx, actor, found.as_ref().map(|d| d.clinic_id)).await?;
        let document = found.ok_or(AppError::NotFound)?;
        if !document.archived {
            return Err(AppError::invalid("id", t!("server-document-archive-first")));
        }
        let reason = reason.trim();
        if !(10..=500).contains(&reason.chars().count()) {
            return Err(AppError::invalid("reason", t!("server-document-purge-reason"))
                .with_input([("reason".to_string(), reason.to_string())].into()));
        }
        // The database deletes a document only for the purge that names it.
        sqlx::query("SELECT set_config('chairside.purging_document', $1, true)")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM patient_document WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let entry = AuditEntry::new(
            "patient_document.purged",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .patient(document.patient_id)
        .object("patient_document", id)
        .details(serde_json::json!({
            "reason": reason,
            "category": document.category,
            "file_name": document.file_name,
            "size_bytes": document.size_bytes,
            "sha256": super::super::store::hex(&document.sha256),
            "uploaded_at": document.uploaded_at,
        }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;

        // The file, once nothing else of the clinic is that content (under the lock an upload
        // of the same content takes before writing its row).
        let mut tx = state.pool.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(content_lock(document.clinic_id, &document.sha256))
            .execute(&mut *tx)
            .await?;
        let still_used: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM patient_document WHERE clinic_id = $1 AND sha256 = $2)",
        )
        .bind(document.clinic_id)
        .bind(&document.sha256)
        .fetch_one(&mut *tx)
        .await?;
        if !still_used {
            state.documents.delete(&file_path(document.clinic_id, &document.sha256)).await?;
            state.documents.delete(&thumbnail_path(document.clinic_id, &document.sha256)).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        category: String,
        kind: String,
        file_name: String,
        size_bytes: i64,
        taken_on: Option<NaiveDate>,
        note: String,
        has_thumbnail: bool,
        details: Value,
        uploaded_at: DateTime<Utc>,
        uploaded_by: String,
        archived: bool,
    }

    /// Patient `patient_id`'s documents, current ones first, newest first (at most 200).
    pub async fn of_patient(
        conn: &mut PgConnection,
        patient_id: i64,
        (zone, locale): (chrono_tz::Tz, Locale),
    ) -> Result<Vec<DocumentView>, AppError> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT d.id, d.category, d.kind, d.file_name, d.size_bytes, d.taken_on, d.note,
                    d.has_thumbnail, d.details, d.uploaded_at, s.display_name AS uploaded_by,
                    d.archived_at IS NOT NULL AS archived
             FROM patient_document d JOIN staff s ON s.id = d.uploaded_by
             WHERE d.patient_id = $1
             ORDER BY d.archived_at IS NOT NULL, d.uploaded_at DESC, d.id DESC LIMIT 200",
        )
        .bind(patient_id)
        .fetch_all(conn)
        .await?;
        rows.into_iter()
            .map(|row| {
                let kind = DocumentKind::parse(&row.kind)
                    .ok_or_else(|| AppError::internal("unknown document kind"))?;
                let mut facts = Vec::new();
                if let Value::String(date) = &row.details["study_date"] {
                    facts.push(t!("server-document-study", date = date.as_str()));
                }
                if let Value::String(modality) = &row.details["modality"] {
                    facts.push(t!("server-document-modality", modality = modality.as_str()));
                }
                if let (Value::Number(w), Value::Number(h)) =
                    (&row.details["width"], &row.details["height"])
                {
                    facts.push(format!("{w} × {h}"));
                }
                let details = facts.join(" · ");
                let uploaded_at = row.uploaded_at.with_timezone(&zone).naive_local();
                Ok(DocumentView {
                    id: row.id,
                    category: row.category,
                    kind,
                    file_name: row.file_name,
                    size: size_text(row.size_bytes),
                    taken_on: row.taken_on.map(|d| d.to_string()),
                    day: row
                        .taken_on
                        .unwrap_or_else(|| row.uploaded_at.with_timezone(&zone).date_naive()),
                    note: row.note,
                    has_thumbnail: row.has_thumbnail,
                    details,
                    uploaded: t!(
                        "server-at-by",
                        at = locale.moment_short(uploaded_at),
                        by = row.uploaded_by,
                    ),
                    archived: row.archived,
                })
            })
            .collect()
    }
}
