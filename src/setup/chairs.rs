//! Chairs (operatories): listed in display order, added, renamed, deactivated and reactivated.
//! Never deleted: appointments will point at them.

use leptos::prelude::*;

use super::model::{Chair, ChairForm, SetupView};
use crate::error::AppError;

#[server(endpoint = "setup/chairs")]
pub async fn list_chairs(clinic: String) -> Result<SetupView<Vec<Chair>>, AppError> {
    ssr::list_chairs(clinic).await.map_err(AppError::with_http_status)
}

/// Adds a chair (no `id`) or changes one.
#[server(endpoint = "setup/chairs/save")]
pub async fn save_chair(clinic: String, id: Option<i64>, form: ChairForm) -> Result<i64, AppError> {
    ssr::save_chair(clinic, id, form).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "setup/chairs/set-active")]
pub async fn set_chair_active(clinic: String, id: i64, active: bool) -> Result<(), AppError> {
    ssr::set_chair_active(clinic, id, active).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use sqlx::PgConnection;

    use super::super::model::{Chair, ChairForm, SetupView};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::error::forms::{broken_constraint, rejected};
    use crate::server::state::app_state;

    pub async fn chairs_of(
        conn: &mut PgConnection,
        clinic_id: i64,
    ) -> Result<Vec<Chair>, sqlx::Error> {
        let rows: Vec<(i64, String, bool, i32)> = sqlx::query_as(
            "SELECT id, name, active, display_order FROM chair WHERE clinic_id = $1
             ORDER BY display_order, lower(name)",
        )
        .bind(clinic_id)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, active, display_order)| Chair { id, name, active, display_order })
            .collect())
    }

    async fn chair(conn: &mut PgConnection, clinic_id: i64, id: i64) -> Result<Chair, AppError> {
        let row: Option<(i64, String, bool, i32)> = sqlx::query_as(
            "SELECT id, name, active, display_order FROM chair
             WHERE clinic_id = $1 AND id = $2 FOR UPDATE",
        )
        .bind(clinic_id)
        .bind(id)
        .fetch_optional(conn)
        .await?;
        let (id, name, active, display_order) = row.ok_or(AppError::NotFound)?;
        Ok(Chair { id, name, active, display_order })
    }

    pub async fn list_chairs(slug: String) -> Result<SetupView<Vec<Chair>>, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let data = chairs_of(&mut conn, access.clinic.id).await?;
        Ok(SetupView { can_edit: access.can_edit(), clinic: access.clinic, data })
    }

    pub async fn save_chair(
        slug: String,
        id: Option<i64>,
        form: ChairForm,
    ) -> Result<i64, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let changes = form.parse().map_err(|fields| rejected(fields, &form))?;
        let before = match id {
            Some(id) => Some(chair(&mut tx, access.clinic.id, id).await?),
            None => None,
        };
        let saved: Result<i64, sqlx::Error> = match id {
            Some(id) => {
                sqlx::query_scalar(
                    "UPDATE chair SET name = $3, display_order = $4
                     WHERE clinic_id = $1 AND id = $2 RETURNING id",
                )
                .bind(access.clinic.id)
                .bind(id)
                .bind(&changes.name)
                .bind(changes.display_order)
                .fetch_one(&mut *tx)
                .await
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO chair (clinic_id, name, display_order) VALUES ($1, $2, $3)
                     RETURNING id",
                )
                .bind(access.clinic.id)
                .bind(&changes.name)
                .bind(changes.display_order)
                .fetch_one(&mut *tx)
                .await
            }
        };
        let id = saved.map_err(|error| match broken_constraint(&error).as_deref() {
            Some("chair_name_key") => {
                rejected([("name".to_string(), crate::t!("check-chair-name-taken"))].into(), &form)
            }
            _ => error.into(),
        })?;
        let after = chair(&mut tx, access.clinic.id, id).await?;
        let action = if before.is_some() { "chair.updated" } else { "chair.created" };
        clinic_access::audit_change(
            &mut tx,
            &access,
            action,
            ("chair", id),
            before.as_ref(),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn set_chair_active(slug: String, id: i64, active: bool) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let before = chair(&mut tx, access.clinic.id, id).await?;
        sqlx::query("UPDATE chair SET active = $3 WHERE clinic_id = $1 AND id = $2")
            .bind(access.clinic.id)
            .bind(id)
            .bind(active)
            .execute(&mut *tx)
            .await?;
        let after = Chair { active, ..before.clone() };
        let action = if active { "chair.reactivated" } else { "chair.deactivated" };
        clinic_access::audit_change(&mut tx, &access, action, ("chair", id), Some(&before), &after)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
