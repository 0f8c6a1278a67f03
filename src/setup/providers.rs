//! Providers (dentists and hygienists): added, changed, linked to a staff account, deactivated.
//! Never deleted: appointments will point at them.

use leptos::prelude::*;

use super::model::{ProviderForm, ProvidersData, SetupView};
use crate::error::AppError;

#[server(endpoint = "setup/providers")]
pub async fn list_providers(clinic: String) -> Result<SetupView<ProvidersData>, AppError> {
    ssr::list_providers(clinic).await.map_err(AppError::with_http_status)
}

/// Adds a provider (no `id`) or changes one; answers its id.
#[server(endpoint = "setup/providers/save")]
pub async fn save_provider(
    clinic: String,
    id: Option<i64>,
    form: ProviderForm,
) -> Result<i64, AppError> {
    ssr::save_provider(clinic, id, form).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "setup/providers/set-active")]
pub async fn set_provider_active(clinic: String, id: i64, active: bool) -> Result<(), AppError> {
    ssr::set_provider_active(clinic, id, active).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use sqlx::PgConnection;

    use super::super::model::{
        Provider, ProviderForm, ProviderKind, ProvidersData, SetupView, StaffChoice,
    };
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::error::forms::{broken_constraint, rejected};
    use crate::server::state::app_state;

    type Row = (i64, String, String, String, bool, Option<i64>, Option<String>);

    const SELECT: &str =
        "SELECT p.id, p.name, p.kind, p.colour, p.active, p.staff_id, s.display_name
                          FROM provider p LEFT JOIN staff s ON s.id = p.staff_id";

    fn provider(row: Row) -> Result<Provider, AppError> {
        let (id, name, kind, colour, active, staff_id, staff_name) = row;
        let kind = ProviderKind::parse(&kind).map_err(AppError::internal)?;
        Ok(Provider { id, name, kind, colour, active, staff_id, staff_name })
    }

    pub async fn providers_of(
        conn: &mut PgConnection,
        clinic_id: i64,
    ) -> Result<Vec<Provider>, AppError> {
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "{SELECT} WHERE p.clinic_id = $1 ORDER BY NOT p.active, lower(p.name)"
        ))
        .bind(clinic_id)
        .fetch_all(conn)
        .await?;
        rows.into_iter().map(provider).collect()
    }

    /// One provider of the clinic (locked for the rest of the transaction).
    pub async fn provider_in(
        conn: &mut PgConnection,
        clinic_id: i64,
        id: i64,
    ) -> Result<Provider, AppError> {
        let row: Option<Row> = sqlx::query_as(&format!(
            "{SELECT} WHERE p.clinic_id = $1 AND p.id = $2 FOR UPDATE OF p"
        ))
        .bind(clinic_id)
        .bind(id)
        .fetch_optional(conn)
        .await?;
        provider(row.ok_or(AppError::NotFound)?)
    }

    pub async fn list_providers(slug: String) -> Result<SetupView<ProvidersData>, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let providers = providers_of(&mut conn, access.clinic.id).await?;
        let staff: Vec<(i64, String)> = sqlx::query_as(
            "SELECT s.id, s.display_name FROM staff s
             JOIN staff_clinic sc ON sc.staff_id = s.id AND sc.clinic_id = $1
             WHERE s.role IN ('dentist', 'hygienist') AND s.active
             ORDER BY s.display_name",
        )
        .bind(access.clinic.id)
        .fetch_all(&mut *conn)
        .await?;
        let staff = staff.into_iter().map(|(id, name)| StaffChoice { id, name }).collect();
        Ok(SetupView {
            can_edit: access.can_edit(),
            clinic: access.clinic,
            data: ProvidersData { providers, staff },
        })
    }

    pub async fn save_provider(
        slug: String,
        id: Option<i64>,
        form: ProviderForm,
    ) -> Result<i64, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let changes = form.parse().map_err(|fields| rejected(fields, &form))?;
        let before = match id {
            Some(id) => Some(provider_in(&mut tx, access.clinic.id, id).await?),
            None => None,
        };
        let saved: Result<i64, sqlx::Error> = match id {
            Some(id) => {
                sqlx::query_scalar(
                    "UPDATE provider SET name = $3, kind = $4, colour = $5, staff_id = $6
                     WHERE clinic_id = $1 AND id = $2 RETURNING id",
                )
                .bind(access.clinic.id)
                .bind(id)
                .bind(&changes.name)
                .bind(changes.kind.as_str())
                .bind(changes.colour.as_str())
                .bind(changes.staff_id)
                .fetch_one(&mut *tx)
                .await
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO provider (clinic_id, name, kind, colour, staff_id)
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(access.clinic.id)
                .bind(&changes.name)
                .bind(changes.kind.as_str())
                .bind(changes.colour.as_str())
                .bind(changes.staff_id)
                .fetch_one(&mut *tx)
                .await
            }
        };
        let field =
            |name: &str, key: &str| rejected([(name.to_string(), crate::t!(key))].into(), &form);
        let id = saved.map_err(|error| match broken_constraint(&error).as_deref() {
            Some("provider_name_key") => field("name", "check-provider-name-taken"),
            Some("provider_clinic_id_staff_id_key") => {
                field("staff_id", "check-staff-member-linked")
            }
            Some("provider_staff_id_clinic_id_fkey") => {
                field("staff_id", "check-staff-member-of-clinic")
            }
            _ => error.into(),
        })?;
        let after = provider_in(&mut tx, access.clinic.id, id).await?;
        let action = if before.is_some() { "provider.updated" } else { "provider.created" };
        clinic_access::audit_change(
            &mut tx,
            &access,
            action,
            ("provider", id),
            before.as_ref(),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn set_provider_active(slug: String, id: i64, active: bool) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let before = provider_in(&mut tx, access.clinic.id, id).await?;
        sqlx::query("UPDATE provider SET active = $3 WHERE clinic_id = $1 AND id = $2")
            .bind(access.clinic.id)
            .bind(id)
            .bind(active)
            .execute(&mut *tx)
            .await?;
        let after = Provider { active, ..before.clone() };
        let action = if active { "provider.reactivated" } else { "provider.deactivated" };
        clinic_access::audit_change(
            &mut tx,
            &access,
            action,
            ("provider", id),
            Some(&before),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
