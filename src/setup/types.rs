//! Appointment types: duration, buffers, colour, online booking, the providers who perform
//! them, and whether they need a chair. Deactivated, never deleted.

use leptos::prelude::*;

use super::model::{SetupView, TypeForm, TypesData};
use crate::error::AppError;

#[server(endpoint = "setup/types")]
pub async fn list_types(clinic: String) -> Result<SetupView<TypesData>, AppError> {
    ssr::list_types(clinic).await.map_err(AppError::with_http_status)
}

/// Adds a type (no `id`) or changes one; answers its id.
#[server(endpoint = "setup/types/save")]
pub async fn save_type(clinic: String, id: Option<i64>, form: TypeForm) -> Result<i64, AppError> {
    ssr::save_type(clinic, id, form).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "setup/types/set-active")]
pub async fn set_type_active(clinic: String, id: i64, active: bool) -> Result<(), AppError> {
    ssr::set_type_active(clinic, id, active).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use sqlx::PgConnection;

    use super::super::model::{AppointmentType, RecallRule, SetupView, TypeForm, TypesData};
    use super::super::providers::ssr::providers_of;
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, Owned};
    use crate::domain::{Currency, Permission};
    use crate::error::AppError;
    use crate::error::forms::{broken_constraint, rejected};
    use crate::server::state::app_state;

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        name: String,
        duration_minutes: i32,
        buffer_before_minutes: i32,
        buffer_after_minutes: i32,
        colour: String,
        online_bookable: bool,
        needs_chair: bool,
        active: bool,
        provider_ids: Vec<i64>,
        fee_minor: i64,
        recall_kind: Option<String>,
        recall_months: Option<i32>,
    }

    const SELECT: &str = "SELECT t.id, t.name, t.duration_minutes, t.buffer_before_minutes,
                                 t.buffer_after_minutes, t.colour, t.online_bookable,
                                 t.needs_chair, t.active,
                                 array(SELECT provider_id FROM appointment_type_provider tp
                                       WHERE tp.appointment_type_id = t.id
                                       ORDER BY provider_id) AS provider_ids,
                                 t.fee_minor, t.recall_kind, t.recall_months
                          FROM appointment_type t";

    fn appointment_type(row: Row) -> AppointmentType {
        let recall = match (row.recall_kind, row.recall_months) {
            (Some(kind), Some(months)) => Some(RecallRule { kind, months }),
            _ => None,
        };
        AppointmentType {
            id: row.id,
            name: row.name,
            duration_minutes: row.duration_minutes,
            buffer_before_minutes: row.buffer_before_minutes,
            buffer_after_minutes: row.buffer_after_minutes,
            colour: row.colour,
            online_bookable: row.online_bookable,
            needs_chair: row.needs_chair,
            active: row.active,
            provider_ids: row.provider_ids,
            fee_minor: row.fee_minor,
            recall,
        }
    }

    async fn type_in(
        conn: &mut PgConnection,
        clinic_id: i64,
        id: i64,
    ) -> Result<AppointmentType, AppError> {
        let row: Option<Row> = sqlx::query_as(&format!(
            "{SELECT} WHERE t.clinic_id = $1 AND t.id = $2 FOR UPDATE OF t"
        ))
        .bind(clinic_id)
        .bind(id)
        .fetch_optional(conn)
        .await?;
        Ok(appointment_type(row.ok_or(AppError::NotFound)?))
    }

    pub async fn list_types(slug: String) -> Result<SetupView<TypesData>, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "{SELECT} WHERE t.clinic_id = $1 ORDER BY NOT t.active, lower(t.name)"
        ))
        .bind(access.clinic.id)
        .fetch_all(&mut *conn)
        .await?;
        let currency: String = sqlx::query_scalar("SELECT currency FROM clinic WHERE id = $1")
            .bind(access.clinic.id)
            .fetch_one(&mut *conn)
            .await?;
        let data = TypesData {
            types: rows.into_iter().map(appointment_type).collect(),
            providers: providers_of(&mut conn, access.clinic.id).await?,
            currency: Currency::parse(&currency).map_err(AppError::internal)?,
        };
        Ok(SetupView { can_edit: access.can_edit(), clinic: access.clinic, data })
    }

    pub async fn save_type(slug: String, id: Option<i64>, form: TypeForm) -> Result<i64, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let changes = form.parse().map_err(|fields| rejected(fields, &form))?;
        let before = match id {
            Some(id) => Some(type_in(&mut tx, access.clinic.id, id).await?),
            None => None,
        };
        let field =
            |name: &str, key: &str| rejected([(name.to_string(), crate::t!(key))].into(), &form);
        let ids = &changes.provider_ids;
        if !clinic_access::all_in_clinic(&mut tx, access.clinic.id, Owned::Provider, ids).await? {
            return Err(field("provider_ids", "check-providers-of-clinic"));
        }
        let saved: Result<i64, sqlx::Error> = async {
            let id: i64 = match id {
                Some(id) => sqlx::query_scalar(
                    "UPDATE appointment_type SET name = $3, duration_minutes = $4,
                                buffer_before_minutes = $5, buffer_after_minutes = $6,
                                colour = $7, online_bookable = $8, needs_chair = $9,
                                fee_minor = $10, recall_kind = $11, recall_months = $12
                         WHERE clinic_id = $1 AND id = $2 RETURNING id",
                )
                .bind(access.clinic.id)
                .bind(id),
                None => sqlx::query_scalar(
                    "INSERT INTO appointment_type (clinic_id, name, duration_minutes,
                            buffer_before_minutes, buffer_after_minutes, colour,
                            online_bookable, needs_chair, fee_minor, recall_kind, recall_months)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                )
                .bind(access.clinic.id),
            }
            .bind(&changes.name)
            .bind(changes.duration_minutes)
            .bind(changes.buffer_before_minutes)
            .bind(changes.buffer_after_minutes)
            .bind(changes.colour.as_str())
            .bind(changes.online_bookable)
            .bind(changes.needs_chair)
            .bind(changes.fee.minor())
            .bind(changes.recall.as_ref().map(|r| r.kind.as_str()))
            .bind(changes.recall.as_ref().map(|r| r.months))
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM appointment_type_provider WHERE appointment_type_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO appointment_type_provider (clinic_id, appointment_type_id, provider_id)
                 SELECT $1, $2, unnest($3::bigint[])",
            )
            .bind(access.clinic.id)
            .bind(id)
            .bind(&changes.provider_ids)
            .execute(&mut *tx)
            .await?;
            Ok(id)
        }
        .await;
        let id = saved.map_err(|error| match broken_constraint(&error).as_deref() {
            Some("appointment_type_name_key") => field("name", "check-type-name-taken"),
            _ => error.into(),
        })?;
        let after = type_in(&mut tx, access.clinic.id, id).await?;
        let action =
            if before.is_some() { "appointment_type.updated" } else { "appointment_type.created" };
        clinic_access::audit_change(
            &mut tx,
            &access,
            action,
            ("appointment_type", id),
            before.as_ref(),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn set_type_active(slug: String, id: i64, active: bool) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let before = type_in(&mut tx, access.clinic.id, id).await?;
        sqlx::query("UPDATE appointment_type SET active = $3 WHERE clinic_id = $1 AND id = $2")
            .bind(access.clinic.id)
            .bind(id)
            .bind(active)
            .execute(&mut *tx)
            .await?;
        let after = AppointmentType { active, ..before.clone() };
        let action =
            if active { "appointment_type.reactivated" } else { "appointment_type.deactivated" };
        clinic_access::audit_change(
            &mut tx,
            &access,
            action,
            ("appointment_type", id),
            Some(&before),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
