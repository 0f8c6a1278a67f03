//! The clinic's list of cancellation reasons: listed in display order, added, renamed,
//! deactivated and reactivated. Never deleted: cancelled appointments point at them. The
//! built-in entries (other, cancelled online, time off) can be renamed but stay active.

use leptos::prelude::*;

use super::model::{CancelReason, CancelReasonForm, SetupView};
use crate::error::AppError;

#[server(endpoint = "setup/cancel-reasons")]
pub async fn list_cancel_reasons(clinic: String) -> Result<SetupView<Vec<CancelReason>>, AppError> {
    ssr::list_cancel_reasons(clinic).await.map_err(AppError::with_http_status)
}

/// Adds a reason (no `id`) or changes one.
#[server(endpoint = "setup/cancel-reasons/save")]
pub async fn save_cancel_reason(
    clinic: String,
    id: Option<i64>,
    form: CancelReasonForm,
) -> Result<i64, AppError> {
    ssr::save_cancel_reason(clinic, id, form).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "setup/cancel-reasons/set-active")]
pub async fn set_cancel_reason_active(
    clinic: String,
    id: i64,
    active: bool,
) -> Result<(), AppError> {
    ssr::set_cancel_reason_active(clinic, id, active).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use sqlx::PgConnection;

    use super::super::model::{CancelReason, CancelReasonForm, SetupView};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::domain::{CancelReasonKind, Permission};
    use crate::error::AppError;
    use crate::error::forms::{broken_constraint, rejected};
    use crate::server::state::app_state;

    const COLUMNS: &str = "id, label, kind, active, display_order";

    /// The clinic's reasons, in the order staff are offered them.
    pub async fn reasons_of(
        conn: &mut PgConnection,
        clinic_id: i64,
    ) -> Result<Vec<CancelReason>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM cancel_reason WHERE clinic_id = $1
             ORDER BY display_order, lower(label), id"
        ))
        .bind(clinic_id)
        .fetch_all(conn)
        .await
    }

    async fn reason(
        conn: &mut PgConnection,
        clinic_id: i64,
        id: i64,
    ) -> Result<CancelReason, AppError> {
        let row: Option<CancelReason> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM cancel_reason WHERE clinic_id = $1 AND id = $2 FOR UPDATE"
        ))
        .bind(clinic_id)
        .bind(id)
        .fetch_optional(conn)
        .await?;
        row.ok_or(AppError::NotFound)
    }

    pub async fn list_cancel_reasons(
        slug: String,
    ) -> Result<SetupView<Vec<CancelReason>>, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let data = reasons_of(&mut conn, access.clinic.id).await?;
        Ok(SetupView { can_edit: access.can_edit(), clinic: access.clinic, data })
    }

    pub async fn save_cancel_reason(
        slug: String,
        id: Option<i64>,
        form: CancelReasonForm,
    ) -> Result<i64, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let changes = form.parse().map_err(|fields| rejected(fields, &form))?;
        let before = match id {
            Some(id) => Some(reason(&mut tx, access.clinic.id, id).await?),
            None => None,
        };
        let saved: Result<i64, sqlx::Error> = match id {
            Some(id) => {
                sqlx::query_scalar(
                    "UPDATE cancel_reason SET label = $3, display_order = $4
                     WHERE clinic_id = $1 AND id = $2 RETURNING id",
                )
                .bind(access.clinic.id)
                .bind(id)
                .bind(&changes.label)
                .bind(changes.display_order)
                .fetch_one(&mut *tx)
                .await
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO cancel_reason (clinic_id, label, display_order)
                     VALUES ($1, $2, $3) RETURNING id",
                )
                .bind(access.clinic.id)
                .bind(&changes.label)
                .bind(changes.display_order)
                .fetch_one(&mut *tx)
                .await
            }
        };
        let id = saved.map_err(|error| match broken_constraint(&error).as_deref() {
            Some("cancel_reason_label_key") => rejected(
                [("label".to_string(), crate::t!("check-cancel-reason-taken"))].into(),
                &form,
            ),
            _ => error.into(),
        })?;
        let after = reason(&mut tx, access.clinic.id, id).await?;
        let action =
            if before.is_some() { "cancel_reason.updated" } else { "cancel_reason.created" };
        clinic_access::audit_change(
            &mut tx,
            &access,
            action,
            ("cancel_reason", id),
            before.as_ref(),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn set_cancel_reason_active(
        slug: String,
        id: i64,
        active: bool,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let before = reason(&mut tx, access.clinic.id, id).await?;
        if !active && before.kind() != CancelReasonKind::Custom {
            return Err(AppError::Conflict(crate::t!(
                "check-cancel-reason-built-in",
                label = before.label.as_str()
            )));
        }
        sqlx::query("UPDATE cancel_reason SET active = $3 WHERE clinic_id = $1 AND id = $2")
            .bind(access.clinic.id)
            .bind(id)
            .bind(active)
            .execute(&mut *tx)
            .await?;
        let after = CancelReason { active, ..before.clone() };
        let action = if active { "cancel_reason.reactivated" } else { "cancel_reason.deactivated" };
        clinic_access::audit_change(
            &mut tx,
            &access,
            action,
            ("cancel_reason", id),
            Some(&before),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
