//! A patient's medical history: conditions, allergies, medications and alerts. Nothing is
//! overwritten without trace: a database trigger writes every change to
//! `medical_item_change`, naming the staff member this transaction sets.

use leptos::prelude::*;

use super::model::MedicalForm;
use crate::error::AppError;

/// Adds an entry (no `item_id`) or changes one.
#[server(endpoint = "patients/medical/save")]
pub async fn save_medical_item(
    patient_id: i64,
    item_id: Option<i64>,
    form: MedicalForm,
) -> Result<(), AppError> {
    ssr::save_medical_item(patient_id, item_id, form).await.map_err(AppError::with_http_status)
}

/// Marks an entry resolved (no longer current) or current again.
#[server(endpoint = "patients/medical/set-active")]
pub async fn set_medical_item_active(
    patient_id: i64,
    item_id: i64,
    active: bool,
) -> Result<(), AppError> {
    ssr::set_medical_item_active(patient_id, item_id, active)
        .await
        .map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::model::MedicalForm;
    use super::super::records::ssr::open_patient;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::ClinicAccess;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::error::forms::rejected;
    use crate::server::state::app_state;

    /// Names the staff member for the history trigger, for the rest of the transaction.
    async fn sign_history(conn: &mut PgConnection, staff_id: i64) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT set_config('chairside.staff_id', $1, true)")
            .bind(staff_id.to_string())
            .execute(conn)
            .await?;
        Ok(())
    }

    async fn audit_change(
        conn: &mut PgConnection,
        access: &ClinicAccess,
        action: &'static str,
        patient_id: i64,
        item_id: i64,
        details: serde_json::Value,
    ) -> Result<(), AppError> {
        let entry = AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(patient_id)
            .object("medical_item", item_id)
            .details(details);
        audit::append(conn, entry).await?;
        Ok(())
    }

    pub async fn save_medical_item(
        patient_id: i64,
        item_id: Option<i64>,
        form: MedicalForm,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::EditMedicalHistory).await?;
        let mut tx = state.pool.begin().await?;
        let access = open_patient(&mut tx, actor, patient_id).await?;
        let entry = form.parse().map_err(|fields| rejected(fields, &form))?;
        sign_history(&mut tx, access.actor.staff_id).await?;
        let saved: Option<i64> = match item_id {
            Some(item_id) => {
                sqlx::query_scalar(
                    "UPDATE medical_item SET kind = $3, label = $4, severity = $5, details = $6
                     WHERE id = $1 AND patient_id = $2 RETURNING id",
                )
                .bind(item_id)
                .bind(patient_id)
                .bind(entry.kind.as_str())
                .bind(&entry.label)
                .bind(&entry.severity)
                .bind(&entry.details)
                .fetch_optional(&mut *tx)
                .await?
            }
            None => sqlx::query_scalar(
                "INSERT INTO medical_item (clinic_id, patient_id, kind, label, severity, details)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(access.clinic.id)
            .bind(patient_id)
            .bind(entry.kind.as_str())
            .bind(&entry.label)
            .bind(&entry.severity)
            .bind(&entry.details)
            .fetch_optional(&mut *tx)
            .await?,
        };
        let id = saved.ok_or(AppError::NotFound)?;
        let action = if item_id.is_some() { "medical_item.updated" } else { "medical_item.added" };
        audit_change(&mut tx, &access, action, patient_id, id, json!({ "after": entry })).await?;
        // A new alert or allergy: the clinicians who see the patient today are told.
        if item_id.is_none() && entry.kind.is_warning() {
            let added_by = access.actor.staff_id;
            crate::notifications::store::notify_medical_alert(&mut tx, patient_id, added_by)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_medical_item_active(
        patient_id: i64,
        item_id: i64,
        active: bool,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::EditMedicalHistory).await?;
        let mut tx = state.pool.begin().await?;
        let access = open_patient(&mut tx, actor, patient_id).await?;
        sign_history(&mut tx, access.actor.staff_id).await?;
        let found: Option<i64> = sqlx::query_scalar(
            "UPDATE medical_item SET active = $3 WHERE id = $1 AND patient_id = $2 RETURNING id",
        )
        .bind(item_id)
        .bind(patient_id)
        .bind(active)
        .fetch_optional(&mut *tx)
        .await?;
        found.ok_or(AppError::NotFound)?;
        let action = if active { "medical_item.reactivated" } else { "medical_item.resolved" };
        audit_change(
            &mut tx,
            &access,
            action,
            patient_id,
            item_id,
            json!({ "after": { "active": active } }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
