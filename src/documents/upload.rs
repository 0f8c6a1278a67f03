//! `POST /patients/{id}/documents`: a document uploaded as a multipart form (the patient page's
//! plain form, or its script with a progress bar). The file goes to a temporary file as it
//! arrives (hashed and counted on the way, refused past `DOCUMENT_MAX_MB`), is judged by its
//! first bytes, is stored, and only then is the row written. A form post is answered with the
//! patient page (a refusal named in the address by a fixed code); a script's with JSON.

use axum::extract::{Multipart, Path, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde_json::json;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::model::{CATEGORIES, DocumentKind, clean_file_name};
use super::store::{content_lock, file_path, thumbnail_path};
use crate::audit::store::{self as audit, AuditEntry, Outcome};
use crate::auth::session::{self, Actor, origin_of};
use crate::domain::Permission;
use crate::error::AppError;
use crate::i18n::Language;
use crate::patients::records::ssr::open_patient;
use crate::server::state::AppState;

/// Why an upload was refused, as the patient page names it (`?upload=…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    TooLarge,
    NotAccepted,
    Incomplete,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::TooLarge => "too-large",
            Refusal::NotAccepted => "not-accepted",
            Refusal::Incomplete => "incomplete",
        }
    }
}

/// The signed-in staff member of this request, if their role allows `permission` (a refusal
/// is audited, as `require` does for server functions).
pub async fn staff_member(
    state: &AppState,
    request_headers: &HeaderMap,
    extensions: &http::Extensions,
    permission: Permission,
) -> Result<Actor, AppError> {
    let session = extensions.get::<tower_sessions::Session>().ok_or(AppError::Unauthorized)?;
    let actor = session::signed_in(session, state).await?.ok_or(AppError::Unauthorized)?;
    if !actor.role.allows(permission) {
        let origin = origin_of(request_headers, extensions, state.config.trust_forwarded_for);
        let entry = AuditEntry::new("authorization.denied", Outcome::Denied, &origin)
            .actor(actor.staff_id, actor.role)
            .details(json!({ "permission": format!("{permission:?}") }));
        audit::append(&mut *state.pool.acquire().await?, entry).await?;
        return Err(AppError::Forbidden);
    }
    Ok(actor)
}

/// What the form sent besides the file.
#[derive(Default)]
struct Fields {
    category: String,
    taken_on: String,
    note: String,
}

/// The file as received: where it waits, its name, size, hash and first bytes.
struct Received {
    temporary: std::path::PathBuf,
    file_name: String,
    size: u64,
    sha256: Vec<u8>,
    head: Vec<u8>,
}

/// A temporary file removed when dropped (whatever happens to the upload).
struct Temporary(std::path::PathBuf);

impl Drop for Temporary {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

pub async fn upload(
    State(state): State<AppState>,
    Path(patient_id): Path<i64>,
    request: Request,
) -> Response {
    let wants_json = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    let back = |refusal: Option<Refusal>| match refusal {
        None => format!("/patients/{patient_id}?upload=done#documents"),
        Some(r) => format!("/patients/{patient_id}?upload={}#documents", r.code()),
    };
    match receive(&state, patient_id, request).await {
        Ok(id) if wants_json => {
            (StatusCode::CREATED, axum::Json(json!({ "id": id }))).into_response()
        }
        Ok(_) => Redirect::to(&back(None)).into_response(),
        Err(Failure::Refused(refusal, message)) if wants_json => {
            let status = match refusal {
                Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
                Refusal::NotAccepted => StatusCode::UNSUPPORTED_MEDIA_TYPE,
                Refusal::Incomplete => StatusCode::BAD_REQUEST,
            };
            (status, axum::Json(json!({ "error": message }))).into_response()
        }
        Err(Failure::Refused(refusal, _)) => Redirect::to(&back(Some(refusal))).into_response(),
        Err(Failure::App(error)) => {
            let status = StatusCode::from_u16(error.status_code())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, axum::Json(json!({ "error": error.to_string() }))).into_response()
        }
    }
}

enum Failure {
    Refused(Refusal, String),
    App(AppError),
}

impl From<AppError> for Failure {
    fn from(error: AppError) -> Self {
        Failure::App(error)
    }
}

impl From<sqlx::Error> for Failure {
    fn from(error: sqlx::Error) -> Self {
        Failure::App(error.into())
    }
}

async fn receive(state: &AppState, patient_id: i64, request: Request) -> Result<i64, Failure> {
    let (parts, body) = request.into_parts();
    // A route of its own, outside the server functions: the language the request was read in
    // (`i18n::request::choose`) says the refusals' words.
    let language = parts.extensions.get::<Language>().copied().unwrap_or_default();
    let incomplete = || incomplete_in(language);
    let actor =
        staff_member(state, &parts.headers, &parts.extensions, Permission::ManagePatientDocuments)
            .await?;
    let origin = origin_of(&parts.headers, &parts.extensions, state.config.trust_forwarded_for);
    // The patient's clinic, checked before a byte of the file is read (and the connection
    // given back before the upload, which may take a while).
    let access = {
        let mut conn = state.pool.acquire().await?;
        open_patient(&mut conn, actor, patient_id).await?
    };
    let max = state.config.document_max_bytes;
    let request = Request::from_parts(parts, body);
    let mut multipart = <Multipart as axum::extract::FromRequest<()>>::from_request(request, &())
        .await
        .map_err(|_| {
            Failure::Refused(
                Refusal::Incomplete,
                crate::t_in!(language, "server-document-send-form"),
            )
        })?;
    let mut fields = Fields::default();
    let mut received: Option<(Received, Temporary)> = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| incomplete())? {
        let name = field.name().unwrap_or_default().to_string();
        match name.as_str() {
            "file" if received.is_none() => {
                let name = clean_file_name(field.file_name().unwrap_or_default());
                let temporary =
                    std::env::temp_dir().join(format!("chairside-upload-{}", uuid::Uuid::new_v4()));
                let guard = Temporary(temporary.clone());
                let mut file =
                    tokio::fs::File::create(&temporary).await.map_err(AppError::internal)?;
                let (mut size, mut hash, mut head) = (0u64, Sha256::new(), Vec::with_capacity(132));
                while let Some(chunk) = field.chunk().await.map_err(|_| incomplete())? {
                    size += chunk.len() as u64;
                    if size > max {
                        // Read to the end (the route's limit bounds it) without keeping
                        // anything, so the sender hears the answer instead of a reset.
                        while field.chunk().await.is_ok_and(|c| c.is_some()) {}
                        return Err(Failure::Refused(
                            Refusal::TooLarge,
                            crate::t_in!(
                                language,
                                "server-document-too-large",
                                max = max / (1024 * 1024),
                            ),
                        ));
                    }
                    if head.len() < 132 {
                        let wanted = (132 - head.len()).min(chunk.len());
                        head.extend_from_slice(&chunk[..wanted]);
                    }
                    hash.update(&chunk);
                    file.write_all(&chunk).await.map_err(AppError::internal)?;
                }
                file.flush().await.map_err(AppError::internal)?;
                let sha256 = hash.finalize().to_vec();
                received =
                    Some((Received { temporary, file_name: name, size, sha256, head }, guard));
            }
            "category" => fields.category = field.text().await.map_err(|_| incomplete())?,
            "taken_on" => fields.taken_on = field.text().await.map_err(|_| incomplete())?,
            "note" => fields.note = field.text().await.map_err(|_| incomplete())?,
            _ => {}
        }
    }
    let Some((file, _guard)) = received.filter(|(r, _)| r.size > 0) else {
        return Err(Failure::Refused(
            Refusal::Incomplete,
            crate::t_in!(language, "server-document-choose-file"),
        ));
    };
    let Some(kind) = DocumentKind::sniff(&file.head) else {
        return Err(Failure::Refused(
            Refusal::NotAccepted,
            crate::t_in!(language, "server-document-not-accepted"),
        ));
    };
    let category = CATEGORIES
        .iter()
        .find(|(c, _)| *c == fields.category.trim())
        .map(|(c, _)| *c)
        .ok_or_else(incomplete)?;
    let taken_on = match fields.taken_on.trim() {
        "" => None,
        text => Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| incomplete())?),
    };
    let note: String = fields.note.trim().chars().take(1000).collect();

    let store = &state.documents;
    let path = file_path(access.clinic.id, &file.sha256);
    if !store.has(&path).await? {
        store.put_file(&path, &file.temporary).await?;
    }
    let mut details = json!({});
    let mut thumbnail: Option<Vec<u8>> = None;
    if kind == DocumentKind::Dicom {
        let source = file.temporary.clone();
        let read = tokio::task::spawn_blocking(move || {
            let mut facts = super::dicom::read_file(&source)?;
            let preview = facts.preview.take().and_then(|(width, height, grey)| {
                super::thumbnail::of_grey(width, height, grey).map(|png| (png, width, height))
            });
            Some((facts, preview))
        })
        .await
        .map_err(AppError::internal)?;
        if let Some((facts, preview)) = read {
            details = json!({ "study_date": facts.study_date, "modality": facts.modality });
            if let Some((png, width, height)) = preview {
                thumbnail = Some(png);
                details["width"] = json!(width);
                details["height"] = json!(height);
            }
        }
    }
    if matches!(kind, DocumentKind::Jpeg | DocumentKind::Png) {
        let source = file.temporary.clone();
        let made = tokio::task::spawn_blocking(move || super::thumbnail::make(&source))
            .await
            .map_err(AppError::internal)?;
        if let Some((png, width, height)) = made {
            thumbnail = Some(png);
            details = json!({ "width": width, "height": height });
        }
    }
    let thumbnail_at = thumbnail_path(access.clinic.id, &file.sha256);
    if let Some(png) = &thumbnail {
        store.put_bytes(&thumbnail_at, png.clone()).await?;
    }

    // Stored: now the row, and its audit, together. Under the content's lock, the file is
    // checked again: a purge of the last document with the same content may have just
    // removed it (a purge takes the same lock before removing a file).
    let mut tx = state.pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(content_lock(access.clinic.id, &file.sha256))
        .execute(&mut *tx)
        .await?;
    if !store.has(&path).await? {
        store.put_file(&path, &file.temporary).await?;
        if let Some(png) = thumbnail.clone() {
            store.put_bytes(&thumbnail_at, png).await?;
        }
    }
    let has_thumbnail = thumbnail.is_some();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO patient_document (clinic_id, patient_id, category, kind, file_name, sha256,
             size_bytes, taken_on, note, has_thumbnail, details, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(access.clinic.id)
    .bind(patient_id)
    .bind(category)
    .bind(kind.as_str())
    .bind(&file.file_name)
    .bind(&file.sha256)
    .bind(file.size as i64)
    .bind(taken_on)
    .bind(&note)
    .bind(has_thumbnail)
    .bind(&details)
    .bind(access.actor.staff_id)
    .fetch_one(&mut *tx)
    .await?;
    let entry = AuditEntry::new("patient_document.uploaded", Outcome::Success, &origin)
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .patient(patient_id)
        .object("patient_document", id)
        .details(json!({
            "category": category, "kind": kind.as_str(), "file_name": file.file_name,
            "size_bytes": file.size, "sha256": super::store::hex(&file.sha256),
        }));
    audit::append(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(id)
}

fn incomplete_in(language: Language) -> Failure {
    Failure::Refused(Refusal::Incomplete, crate::t_in!(language, "server-document-incomplete"))
}
