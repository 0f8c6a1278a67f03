//! Patients: searched, read, added and updated through the functions the patient pages use
//! (the same parsing, duplicate check, audit and webhooks).

use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use utoipa::IntoParams;

use super::caller::ApiCaller;
use super::context::within;
use super::extract::{Json, Path, Query};
use super::model::{
    Patient, PatientInput, PatientPage, PatientQuery, PatientSummary, PatientUpdate,
};
use super::problem::Problem;
use crate::error::AppError;
use crate::patients::model::{PatientForm, PatientRecord};
use crate::patients::records::ssr::{create_patient, get_patient, update_patient};
use crate::patients::search::ssr::search_patients;
use crate::server::state::AppState;

/// The search's pages, as cursors (opaque to callers).
fn cursor_of(page: u32) -> String {
    URL_SAFE_NO_PAD.encode(format!("page.{page}"))
}

fn parse_cursor(text: &str) -> Option<u32> {
    let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
    String::from_utf8(bytes).ok()?.strip_prefix("page.")?.parse().ok()
}

/// Patients matching `q`, best matches first, 20 at a time.
#[utoipa::path(get, path = "/api/v1/patients", tag = "patients", params(PatientQuery),
    responses((status = 200, body = PatientPage), super::openapi::Refusals),
    security(("api_key" = ["patients"])))]
pub async fn search(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Query(query): Query<PatientQuery>,
) -> Result<Json<PatientPage>, Problem> {
    let page = match query.cursor.as_deref() {
        None => 0,
        Some(text) => parse_cursor(text).ok_or_else(|| {
            Problem::from(AppError::invalid("cursor", "This cursor is not one this list gave."))
        })?,
    };
    let slug = caller.key.clinic_slug.clone();
    let found = within(&state, &caller, search_patients(slug, query.q, page, false)).await?;
    let items = found
        .results
        .into_iter()
        .map(|p| PatientSummary {
            id: p.id,
            number: p.number,
            name: p.name,
            date_of_birth: p.date_of_birth,
            phone: p.phone,
            email: p.email,
            archived: p.archived,
        })
        .collect();
    let next_cursor = found.has_more.then(|| cursor_of(found.page + 1));
    Ok(Json(PatientPage { items, next_cursor }))
}

/// One patient's details (medical history is not part of this API).
#[utoipa::path(get, path = "/api/v1/patients/{id}", tag = "patients",
    params(("id" = i64, Path, description = "The patient's id")),
    responses((status = 200, body = Patient), super::openapi::Refusals),
    security(("api_key" = ["patients"])))]
pub async fn get(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<i64>,
) -> Result<Json<Patient>, Problem> {
    let record = within(&state, &caller, get_patient(id)).await?;
    Ok(Json(patient(record)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CreateOptions {
    /// Add the patient even when the clinic has one with the same name and birth date (or
    /// contact details): without it, that answers 409 naming them.
    #[serde(default)]
    pub allow_possible_duplicate: bool,
}

/// Adds a patient, checked as the patient form checks one.
#[utoipa::path(post, path = "/api/v1/patients", tag = "patients", request_body = PatientInput,
    params(CreateOptions, super::openapi::IdempotencyKey),
    responses(
        (status = 201, body = Patient, description = "Added",
            headers(("Location" = String, description = "The patient's address"))),
        super::openapi::Refusals),
    security(("api_key" = ["patients", "write"])))]
pub async fn create(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Query(options): Query<CreateOptions>,
    Json(input): Json<PatientInput>,
) -> Result<Response, Problem> {
    let slug = caller.key.clinic_slug.clone();
    let work = async {
        let id = create_patient(slug, form(input), options.allow_possible_duplicate).await?;
        get_patient(id).await
    };
    let made = patient(within(&state, &caller, work).await?);
    let mut response = (StatusCode::CREATED, axum::Json(&made)).into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/patients/{}", made.id)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Replaces a patient's details (every field: what is left out is emptied).
#[utoipa::path(put, path = "/api/v1/patients/{id}", tag = "patients", request_body = PatientUpdate,
    params(("id" = i64, Path, description = "The patient's id"), super::openapi::IdempotencyKey),
    responses((status = 200, body = Patient), super::openapi::Refusals),
    security(("api_key" = ["patients", "write"])))]
pub async fn update(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<i64>,
    Json(change): Json<PatientUpdate>,
) -> Result<Json<Patient>, Problem> {
    let work = async {
        update_patient(id, change.version, form(change.patient))
            .await
            .map_err(stale_as_conflict)?;
        get_patient(id).await
    };
    Ok(Json(patient(within(&state, &caller, work).await?)))
}

/// The form says a stale version beside the version field (its message is for the form); the
/// API says it as the conflict it is.
fn stale_as_conflict(error: AppError) -> AppError {
    match error {
        AppError::Validation { fields, .. } if fields.contains_key("version") => {
            AppError::Conflict(
                "This patient was changed after that version was read. Read it again and send the \
             update with its new version."
                    .into(),
            )
        }
        other => other,
    }
}

/// The patient form's fields from the API's.
fn form(input: PatientInput) -> PatientForm {
    let given = |text: &str| !text.trim().is_empty();
    let preferred_contact = match input.preferred_contact.trim() {
        "" if given(&input.email) => "email".to_string(),
        "" if given(&input.mobile_phone) => "sms".to_string(),
        "" if given(&input.home_phone) => "phone".to_string(),
        "" => "post".to_string(),
        chosen => chosen.to_string(),
    };
    PatientForm {
        first_name: input.first_name,
        last_name: input.last_name,
        preferred_name: input.preferred_name,
        date_of_birth: input.date_of_birth,
        sex: input.sex,
        mobile_phone: input.mobile_phone,
        home_phone: input.home_phone,
        email: input.email,
        address: input.address,
        emergency_contact_name: input.emergency_contact_name,
        emergency_contact_phone: input.emergency_contact_phone,
        preferred_contact,
        email_reminders: input.email_reminders.then(|| "on".to_string()),
        language: input.language,
        notes: input.notes,
    }
}

fn patient(record: PatientRecord) -> Patient {
    Patient {
        id: record.id,
        version: record.version,
        number: record.number,
        first_name: record.first_name,
        last_name: record.last_name,
        preferred_name: record.preferred_name,
        date_of_birth: record.date_of_birth,
        sex: record.sex,
        mobile_phone: record.mobile_phone,
        home_phone: record.home_phone,
        email: record.email,
        address: record.address,
        emergency_contact_name: record.emergency_contact_name,
        emergency_contact_phone: record.emergency_contact_phone,
        preferred_contact: record.preferred_contact,
        email_reminders: record.email_reminders,
        language: record.language.map(|language| language.tag().to_string()),
        notes: record.notes,
        archived: record.archived,
    }
}
