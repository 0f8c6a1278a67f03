//! `GET /feeds/{token}.ics`: a provider's appointments from 30 days back to 180 days ahead, for
//! calendar apps that subscribe to the address (they send no cookie: the token is the key).
//! An unknown or revoked token is 404, like any address that names nothing. Each fetch is an
//! audited read of the patients it shows (as little of them as the clinic allows).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::ics::{FeedEvent, calendar};
use super::model::{PatientDetail, event_title};
use crate::audit::store::{self as audit, AuditEntry, Outcome};
use crate::auth::invitation::digest;
use crate::auth::session::origin_of;
use crate::server::state::AppState;

/// How far back and ahead a feed reaches.
pub const DAYS_BACK: i32 = 30;
pub const DAYS_AHEAD: i32 = 180;

#[derive(sqlx::FromRow)]
struct Feed {
    id: i64,
    clinic_id: i64,
    provider_id: i64,
    provider: String,
    clinic: String,
    detail: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    version: i32,
    updated_at: chrono::DateTime<chrono::Utc>,
    starts: chrono::DateTime<chrono::Utc>,
    ends: chrono::DateTime<chrono::Utc>,
    status: String,
    type_name: String,
    patient_id: i64,
    first_name: String,
    last_name: String,
    clinic: String,
    chair: Option<String>,
}

pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
    request: axum::extract::Request,
) -> Response {
    match answer(&state, &file, request.headers(), request.extensions()).await {
        Ok(Some(text)) => {
            let mut response = text.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline; filename=\"appointments.ics\""),
            );
            response
        }
        Ok(None) => (StatusCode::NOT_FOUND, "No such calendar feed.").into_response(),
        Err(error) => {
            tracing::error!(%error, "a calendar feed could not be read");
            (StatusCode::SERVICE_UNAVAILABLE, "The feed is not available just now.").into_response()
        }
    }
}

async fn answer(
    state: &AppState,
    file: &str,
    headers: &HeaderMap,
    extensions: &axum::http::Extensions,
) -> Result<Option<String>, sqlx::Error> {
    let Some(token) = file.strip_suffix(".ics").filter(|t| !t.is_empty() && t.len() <= 100) else {
        return Ok(None);
    };
    let mut conn = state.pool.acquire().await?;
    let feed: Option<Feed> = sqlx::query_as(
        "UPDATE calendar_feed f SET last_fetched_at = now()
         FROM provider p, clinic c
         WHERE f.token_hash = $1 AND f.revoked_at IS NULL
           AND p.id = f.provider_id AND c.id = f.clinic_id
         RETURNING f.id, f.clinic_id, f.provider_id, p.name AS provider, c.name AS clinic,
                   c.feed_patient_detail AS detail",
    )
    .bind(digest(token))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(feed) = feed else {
        return Ok(None);
    };
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT a.id, a.version, a.updated_at, lower(a.visit) AS starts, upper(a.visit) AS ends,
                a.status, t.name AS type_name, a.patient_id, pt.first_name, pt.last_name,
                c.name AS clinic, ch.name AS chair
         FROM appointment a
         JOIN appointment_type t ON t.id = a.appointment_type_id
         JOIN patient pt ON pt.id = a.patient_id
         JOIN clinic c ON c.id = a.clinic_id
         LEFT JOIN chair ch ON ch.id = a.chair_id
         WHERE a.clinic_id = $1 AND a.provider_id = $2 AND a.status <> 'held'
           AND a.visit && tstzrange(now() - make_interval(days => $3),
                                    now() + make_interval(days => $4))
         ORDER BY lower(a.visit), a.id",
    )
    .bind(feed.clinic_id)
    .bind(feed.provider_id)
    .bind(DAYS_BACK)
    .bind(DAYS_AHEAD)
    .fetch_all(&mut *conn)
    .await?;
    let detail = PatientDetail::parse(&feed.detail);
    let mut patients: Vec<i64> = rows.iter().map(|r| r.patient_id).collect();
    patients.sort_unstable();
    patients.dedup();
    let events: Vec<FeedEvent> = rows
        .into_iter()
        .map(|row| FeedEvent {
            id: row.id,
            version: row.version,
            updated_at: row.updated_at,
            starts: row.starts,
            ends: row.ends,
            cancelled: row.status == "cancelled",
            title: event_title(&row.type_name, detail, &row.first_name, &row.last_name),
            location: match row.chair {
                Some(chair) => format!("{}, {chair}", row.clinic),
                None => row.clinic,
            },
        })
        .collect();
    let origin = origin_of(headers, extensions, state.config.trust_forwarded_for);
    let read = AuditEntry::new("feed.fetched", Outcome::Success, &origin)
        .clinic(feed.clinic_id)
        .object("calendar_feed", feed.id)
        .details(json!({ "provider_id": feed.provider_id, "patients": patients }));
    audit::append_read(&mut conn, read).await?;
    let host = state.config.public_base_url.host_str().unwrap_or("chairside").to_string();
    let name = format!("{} ({})", feed.provider, feed.clinic);
    Ok(Some(calendar(&name, &host, &events)))
}
