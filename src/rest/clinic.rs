//! The key's clinic, its providers and appointment types, and free times: read through the
//! same functions as the set-up pages and the booking dialog.

use axum::Extension;
use axum::extract::State;

use super::caller::ApiCaller;
use super::context::within;
use super::extract::{Json, Query};
use super::model::{
    AppointmentType, AppointmentTypeList, Clinic, FreeTime, FreeTimeList, FreeTimeQuery, Provider,
    ProviderList,
};
use super::problem::Problem;
use crate::auth::authorize::require;
use crate::auth::clinic_access;
use crate::domain::Permission;
use crate::server::state::AppState;

/// The key's clinic, and what the key may do there.
#[utoipa::path(get, path = "/api/v1/clinic", tag = "clinic",
    responses((status = 200, body = Clinic), super::openapi::Refusals),
    security(("api_key" = ["read"])))]
pub async fn clinic(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
) -> Result<Json<Clinic>, Problem> {
    let scopes = caller.key.scopes().names().into_iter().map(str::to_string).collect();
    let slug = caller.key.clinic_slug.clone();
    let work = async {
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        Ok(access.clinic)
    };
    let clinic = within(&state, &caller, work).await?;
    Ok(Json(Clinic {
        id: clinic.id,
        slug: clinic.slug,
        name: clinic.name,
        time_zone: clinic.time_zone,
        scopes,
    }))
}

/// The clinic's providers, active and not.
#[utoipa::path(get, path = "/api/v1/providers", tag = "clinic",
    responses((status = 200, body = ProviderList), super::openapi::Refusals),
    security(("api_key" = ["read"])))]
pub async fn providers(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
) -> Result<Json<ProviderList>, Problem> {
    let slug = caller.key.clinic_slug.clone();
    let view = within(&state, &caller, crate::setup::providers::ssr::list_providers(slug)).await?;
    let items = view
        .data
        .providers
        .into_iter()
        .map(|p| Provider {
            id: p.id,
            name: p.name,
            kind: p.kind.as_str().to_string(),
            active: p.active,
        })
        .collect();
    Ok(Json(ProviderList { items }))
}

/// The clinic's appointment types, with the providers who perform each.
#[utoipa::path(get, path = "/api/v1/appointment-types", tag = "clinic",
    responses((status = 200, body = AppointmentTypeList), super::openapi::Refusals),
    security(("api_key" = ["read"])))]
pub async fn appointment_types(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
) -> Result<Json<AppointmentTypeList>, Problem> {
    let slug = caller.key.clinic_slug.clone();
    let view = within(&state, &caller, crate::setup::types::ssr::list_types(slug)).await?;
    let items = view
        .data
        .types
        .into_iter()
        .map(|t| AppointmentType {
            id: t.id,
            name: t.name,
            duration_minutes: t.duration_minutes,
            buffer_before_minutes: t.buffer_before_minutes,
            buffer_after_minutes: t.buffer_after_minutes,
            needs_chair: t.needs_chair,
            online_bookable: t.online_bookable,
            active: t.active,
            provider_ids: t.provider_ids,
        })
        .collect();
    Ok(Json(AppointmentTypeList { items }))
}

/// Free times for an appointment type, found as the booking dialog finds them (working hours,
/// time off, appointments with their preparation and clean-up, chairs).
#[utoipa::path(get, path = "/api/v1/free-times", tag = "appointments", params(FreeTimeQuery),
    responses((status = 200, body = FreeTimeList), super::openapi::Refusals),
    security(("api_key" = ["read"])))]
pub async fn free_times(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Query(query): Query<FreeTimeQuery>,
) -> Result<Json<FreeTimeList>, Problem> {
    let slug = caller.key.clinic_slug.clone();
    let found = crate::scheduling::slots::ssr::free_times(
        slug,
        query.appointment_type_id,
        query.provider_id,
        query.from.to_string(),
        query.days,
    );
    let times = within(&state, &caller, found).await?;
    let items = times
        .into_iter()
        .map(|t| FreeTime {
            start: t.start,
            // The pages show `2026-12-01 10:30`; booking takes the date-time input's form.
            local_start: t.local.replacen(' ', "T", 1),
            provider_id: t.provider_id,
            chair_id: t.chair_id,
        })
        .collect();
    Ok(Json(FreeTimeList { items }))
}
