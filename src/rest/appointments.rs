//! Appointments: listed by time range (a page at a time, by cursor), read one, and booked,
//! moved, cancelled or given a status through the very functions the calendar uses.

use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use sqlx::PgConnection;

use super::caller::ApiCaller;
use super::context::within;
use super::extract::{Json, Path, Query};
use super::model::{
    Appointment, AppointmentCancel, AppointmentMove, AppointmentPage, AppointmentQuery,
    AppointmentStatusChange, NewAppointment,
};
use super::problem::Problem;
use crate::audit::reads;
use crate::audit::store::{AuditEntry, Outcome};
use crate::auth::authorize::require;
use crate::auth::session;
use crate::domain::Permission;
use crate::error::AppError;
use crate::scheduling::booking::ssr::{Booking, book_appointment};
use crate::scheduling::reschedule::ssr::reschedule_appointment;
use crate::scheduling::status::ssr::set_appointment_status;
use crate::server::state::{AppState, app_state};

/// The longest range one list may cover, and the page sizes.
const MAX_RANGE_DAYS: i64 = 93;
const DEFAULT_LIMIT: u32 = 50;
const MAX_LIMIT: u32 = 200;

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    version: i32,
    status: String,
    patient_id: i64,
    provider_id: i64,
    chair_id: Option<i64>,
    appointment_type_id: i64,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    notes: String,
    booked_online: bool,
    updated_at: DateTime<Utc>,
    time_zone: String,
}

impl Row {
    fn appointment(self) -> Appointment {
        let local = self
            .time_zone
            .parse::<chrono_tz::Tz>()
            .map(|zone| self.starts.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string())
            .unwrap_or_default();
        Appointment {
            id: self.id,
            version: self.version,
            status: self.status,
            patient_id: self.patient_id,
            provider_id: self.provider_id,
            chair_id: self.chair_id,
            appointment_type_id: self.appointment_type_id,
            start: self.starts,
            end: self.ends,
            local_start: local,
            notes: self.notes,
            booked_online: self.booked_online,
            updated_at: self.updated_at,
        }
    }
}

/// The columns of a [`Row`]; holds (a patient still choosing online) are not appointments yet.
const SELECT: &str = "SELECT a.id, a.version, a.status, a.patient_id, a.provider_id, a.chair_id,
            a.appointment_type_id, lower(a.visit) AS starts, upper(a.visit) AS ends, a.notes,
            a.booked_online, a.updated_at, c.time_zone
     FROM appointment a JOIN clinic c ON c.id = a.clinic_id
     WHERE a.status <> 'held'";

/// Appointment `id` of the caller's clinic.
async fn fetch(conn: &mut PgConnection, clinic_id: i64, id: i64) -> Result<Appointment, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} AND a.clinic_id = $1 AND a.id = $2"))
        .bind(clinic_id)
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.map(Row::appointment).ok_or(AppError::NotFound)
}

/// Showing appointments shows who comes when: a read of those patients, audited.
async fn audit_read(caller: &ApiCaller, appointments: &[Appointment]) -> Result<(), AppError> {
    let mut patients: Vec<i64> = appointments.iter().map(|a| a.patient_id).collect();
    patients.sort_unstable();
    patients.dedup();
    let ids: Vec<i64> = appointments.iter().map(|a| a.id).collect();
    let entry =
        AuditEntry::new("api.appointments_read", Outcome::Success, &session::request_origin())
            .actor(caller.actor.staff_id, caller.actor.role)
            .clinic(caller.key.clinic_id)
            .details(
                json!({ "api_key_id": caller.key.id, "appointments": ids, "patients": patients }),
            );
    reads::append(entry).await
}

/// A cursor: where the previous page ended (start time and id), opaque to callers.
fn cursor_of(appointment: &Appointment) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}.{}", appointment.start.timestamp_micros(), appointment.id))
}

fn parse_cursor(text: &str) -> Option<(DateTime<Utc>, i64)> {
    let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (micros, id) = text.split_once('.')?;
    Some((DateTime::from_timestamp_micros(micros.parse().ok()?)?, id.parse().ok()?))
}

/// Appointments whose visit overlaps `[from, to)`, by start time, a page at a time.
#[utoipa::path(get, path = "/api/v1/appointments", tag = "appointments", params(AppointmentQuery),
    responses((status = 200, body = AppointmentPage), super::openapi::Refusals),
    security(("api_key" = ["read"])))]
pub async fn list(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Query(query): Query<AppointmentQuery>,
) -> Result<Json<AppointmentPage>, Problem> {
    let work = async {
        require(Permission::ViewCalendar).await?;
        if query.to <= query.from || query.to - query.from > Duration::days(MAX_RANGE_DAYS) {
            return Err(AppError::invalid(
                "to",
                format!(
                    "Ask for a range that ends after it starts, {MAX_RANGE_DAYS} days at most."
                ),
            ));
        }
        let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(AppError::invalid("limit", format!("Ask for 1 to {MAX_LIMIT} at a time.")));
        }
        let after = match query.cursor.as_deref() {
            None => None,
            Some(text) => Some(parse_cursor(text).ok_or_else(|| {
                AppError::invalid("cursor", "This cursor is not one this list gave.")
            })?),
        };
        let mut conn = app_state()?.pool.acquire().await?;
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "{SELECT} AND a.clinic_id = $1 AND a.visit && tstzrange($2, $3)
               AND ($4::bigint IS NULL OR a.provider_id = $4)
               AND ($5::timestamptz IS NULL OR (lower(a.visit), a.id) > ($5, $6))
             ORDER BY lower(a.visit), a.id LIMIT $7"
        ))
        .bind(caller.key.clinic_id)
        .bind(query.from)
        .bind(query.to)
        .bind(query.provider_id)
        .bind(after.map(|(start, _)| start))
        .bind(after.map(|(_, id)| id).unwrap_or(0))
        .bind(i64::from(limit) + 1)
        .fetch_all(&mut *conn)
        .await?;
        drop(conn);
        let mut items: Vec<Appointment> = rows.into_iter().map(Row::appointment).collect();
        let more = items.len() > limit as usize;
        items.truncate(limit as usize);
        audit_read(&caller, &items).await?;
        let next_cursor = if more { items.last().map(cursor_of) } else { None };
        Ok(AppointmentPage { items, next_cursor })
    };
    Ok(Json(within(&state, &caller, work).await?))
}

/// One appointment.
#[utoipa::path(get, path = "/api/v1/appointments/{id}", tag = "appointments",
    params(("id" = i64, Path, description = "The appointment's id")),
    responses((status = 200, body = Appointment), super::openapi::Refusals),
    security(("api_key" = ["read"])))]
pub async fn get(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<i64>,
) -> Result<Json<Appointment>, Problem> {
    let work = async {
        require(Permission::ViewCalendar).await?;
        read_back(&caller, id).await
    };
    Ok(Json(within(&state, &caller, work).await?))
}

/// The appointment as it is now, its read audited.
async fn read_back(caller: &ApiCaller, id: i64) -> Result<Appointment, AppError> {
    let mut conn = app_state()?.pool.acquire().await?;
    let appointment = fetch(&mut conn, caller.key.clinic_id, id).await?;
    drop(conn);
    audit_read(caller, std::slice::from_ref(&appointment)).await?;
    Ok(appointment)
}

/// The pages' field names, as this API names them.
fn api_fields(error: AppError) -> AppError {
    match error {
        AppError::Validation { fields, input } => AppError::Validation {
            fields: fields
                .into_iter()
                .map(|(name, message)| match name.as_str() {
                    "starts_at" => ("local_start".to_string(), message),
                    _ => (name, message),
                })
                .collect(),
            input,
        },
        other => other,
    }
}

/// Books an appointment: the same checks as the calendar's booking (the type, the provider's
/// eligibility, chairs, time off, no double booking), the same confirmation email and audit.
#[utoipa::path(post, path = "/api/v1/appointments", tag = "appointments",
    request_body = NewAppointment,
    params(super::openapi::IdempotencyKey),
    responses(
        (status = 201, body = Appointment, description = "Booked",
            headers(("Location" = String, description = "The appointment's address"))),
        super::openapi::Refusals),
    security(("api_key" = ["write"])))]
pub async fn book(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Json(new): Json<NewAppointment>,
) -> Result<Response, Problem> {
    let work = async {
        let booking = Booking {
            patient_id: new.patient_id,
            type_id: new.appointment_type_id,
            provider_id: new.provider_id,
            chair_id: new.chair_id,
            starts_at: new.local_start,
            notes: new.notes,
        };
        let id = book_appointment(booking, String::new()).await.map_err(api_fields)?;
        read_back(&caller, id).await
    };
    let appointment = within(&state, &caller, work).await?;
    let mut response = (StatusCode::CREATED, axum::Json(&appointment)).into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/appointments/{}", appointment.id))
    {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Moves an appointment to another time, provider or chair (checked like a drag on the
/// calendar; the patient is told as the calendar tells them).
#[utoipa::path(post, path = "/api/v1/appointments/{id}/move", tag = "appointments",
    request_body = AppointmentMove,
    params(("id" = i64, Path, description = "The appointment's id"), super::openapi::IdempotencyKey),
    responses((status = 200, body = Appointment), super::openapi::Refusals),
    security(("api_key" = ["write"])))]
pub async fn move_to(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<i64>,
    Json(change): Json<AppointmentMove>,
) -> Result<Json<Appointment>, Problem> {
    let work = async {
        require(Permission::BookAppointments).await?;
        // What is not given stays as it is.
        let mut conn = app_state()?.pool.acquire().await?;
        let now = fetch(&mut conn, caller.key.clinic_id, id).await?;
        drop(conn);
        let starts_at = change.local_start.unwrap_or(now.local_start);
        let provider_id = change.provider_id.unwrap_or(now.provider_id);
        let chair_id = change.chair_id.or(now.chair_id);
        reschedule_appointment(
            id,
            change.version,
            Some(provider_id),
            chair_id,
            starts_at,
            String::new(),
        )
        .await
        .map_err(api_fields)?;
        read_back(&caller, id).await
    };
    Ok(Json(within(&state, &caller, work).await?))
}

/// Cancels an appointment with a reason from the clinic's list (the time is freed, the patient
/// told).
#[utoipa::path(post, path = "/api/v1/appointments/{id}/cancel", tag = "appointments",
    request_body = AppointmentCancel,
    params(("id" = i64, Path, description = "The appointment's id"), super::openapi::IdempotencyKey),
    responses((status = 200, body = Appointment), super::openapi::Refusals),
    security(("api_key" = ["write"])))]
pub async fn cancel(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<i64>,
    Json(change): Json<AppointmentCancel>,
) -> Result<Json<Appointment>, Problem> {
    let work = async {
        let code = change.reason_code.map(|c| c.to_string()).unwrap_or_default();
        set_appointment_status(
            id,
            change.version,
            "cancelled".into(),
            (code, change.reason),
            String::new(),
        )
        .await?;
        read_back(&caller, id).await
    };
    Ok(Json(within(&state, &caller, work).await?))
}

/// Sets an appointment's status (confirmed, arrived, in the chair, completed, …), by the same
/// rules as the calendar's status menu.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/status", tag = "appointments",
    request_body = AppointmentStatusChange,
    params(("id" = i64, Path, description = "The appointment's id"), super::openapi::IdempotencyKey),
    responses((status = 200, body = Appointment), super::openapi::Refusals),
    security(("api_key" = ["write"])))]
pub async fn set_status(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<i64>,
    Json(change): Json<AppointmentStatusChange>,
) -> Result<Json<Appointment>, Problem> {
    let work = async {
        set_appointment_status(
            id,
            change.version,
            change.status,
            (String::new(), change.reason),
            String::new(),
        )
        .await?;
        read_back(&caller, id).await
    };
    Ok(Json(within(&state, &caller, work).await?))
}
