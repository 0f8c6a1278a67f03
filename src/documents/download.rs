//! `GET /documents/{id}` (and `/documents/{id}/thumbnail`): a document for a staff member of
//! its clinic, streamed from the store. It is a download (`Content-Disposition: attachment`)
//! unless `?inline=1` asks to see an image or a PDF, which then comes sandboxed (its own
//! Content-Security-Policy: no scripts of this site, no framing by others). Every view and
//! download is an audited read of the patient's record.

use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::model::DocumentKind;
use super::store::{file_path, thumbnail_path};
use super::upload::staff_member;
use crate::audit::store::{self as audit, AuditEntry, Outcome};
use crate::auth::clinic_access;
use crate::auth::session::origin_of;
use crate::domain::Permission;
use crate::error::AppError;
use crate::server::state::AppState;

#[derive(Deserialize, Default)]
pub struct Shown {
    #[serde(default)]
    inline: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    clinic_id: i64,
    patient_id: i64,
    kind: String,
    file_name: String,
    sha256: Vec<u8>,
    has_thumbnail: bool,
}

pub async fn document(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(shown): Query<Shown>,
    request: Request,
) -> Response {
    let inline = shown.inline.as_deref() == Some("1");
    answer(&state, id, if inline { Part::Inline } else { Part::Download }, request).await
}

pub async fn thumbnail(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    request: Request,
) -> Response {
    answer(&state, id, Part::Thumbnail, request).await
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Download,
    Inline,
    Thumbnail,
}

async fn answer(state: &AppState, id: i64, part: Part, request: Request) -> Response {
    match serve(state, id, part, request).await {
        Ok(response) => response,
        Err(error) => {
            let status = StatusCode::from_u16(error.status_code())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, error.to_string()).into_response()
        }
    }
}

async fn serve(
    state: &AppState,
    id: i64,
    part: Part,
    request: Request,
) -> Result<Response, AppError> {
    let (parts, _) = request.into_parts();
    let actor =
        staff_member(state, &parts.headers, &parts.extensions, Permission::ViewPatients).await?;
    let mut conn = state.pool.acquire().await?;
    let row: Option<Row> = sqlx::query_as(
        "SELECT clinic_id, patient_id, kind, file_name, sha256, has_thumbnail
         FROM patient_document WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let access =
        clinic_access::open_for(&mut conn, actor, row.as_ref().map(|r| r.clinic_id)).await?;
    let row = row.ok_or(AppError::NotFound)?;
    let kind = DocumentKind::parse(&row.kind)
        .ok_or_else(|| AppError::internal("unknown document kind"))?;
    if part == Part::Thumbnail && !row.has_thumbnail {
        return Err(AppError::NotFound);
    }
    let origin = origin_of(&parts.headers, &parts.extensions, state.config.trust_forwarded_for);
    let action = match part {
        Part::Download => "patient_document.downloaded",
        Part::Inline | Part::Thumbnail => "patient_document.viewed",
    };
    let entry = AuditEntry::new(action, Outcome::Success, &origin)
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .patient(row.patient_id)
        .object("patient_document", id)
        .details(json!({ "thumbnail": part == Part::Thumbnail }));
    audit::append_read(&mut conn, entry).await?;
    drop(conn);

    let store = &state.documents;
    let path = match part {
        Part::Thumbnail => thumbnail_path(row.clinic_id, &row.sha256),
        _ => file_path(row.clinic_id, &row.sha256),
    };
    let (size, stream) = store.read(&path).await?;
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    let media_type = if part == Part::Thumbnail { "image/png" } else { kind.media_type() };
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    let shown = part != Part::Download && kind.shown_inline();
    let disposition = format!(
        "{}; filename=\"{}\"; filename*=UTF-8''{}",
        if shown { "inline" } else { "attachment" },
        ascii_name(&row.file_name),
        percent_encoded(&row.file_name),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Shown in the browser: in a sandbox of its own (a unique origin, so nothing in it reaches
    // this site's pages or cookies), with nothing loaded from elsewhere.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
    );
    Ok(response)
}

/// The name with anything but printable ASCII replaced, for `filename=`.
fn ascii_name(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '_' }).collect()
}

/// RFC 8187's encoding, for `filename*=`.
fn percent_encoded(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_in_both_forms_of_the_header() {
        assert_eq!(ascii_name("Röntgen 36.jpg"), "R_ntgen 36.jpg");
        assert_eq!(percent_encoded("Röntgen 36.jpg"), "R%C3%B6ntgen%2036.jpg");
    }
}
