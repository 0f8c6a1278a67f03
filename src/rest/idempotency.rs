//! `Idempotency-Key` on writes: a client that did not hear the answer sends the same request
//! again with the same key and gets the first answer, without the change being made twice.
//!
//! The first request with a key claims it (a row with the request's hash and no answer yet),
//! is answered, and leaves its answer in the row for 24 hours. A repeat of the same request
//! (method, path, query and body) gets that answer again, marked `Idempotent-Replayed: true`;
//! a repeat while the first is still being answered gets 409; a different request with the same
//! key gets 422. An answer of 5xx is not kept (the key is free to try again), nor a claim older
//! than a minute with no answer (its request died).

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;

use super::caller::ApiCaller;
use super::problem::Problem;
use crate::error::AppError;
use crate::server::startup::MAX_REQUEST_BODY_BYTES;
use crate::server::state::AppState;

pub const HEADER: &str = "idempotency-key";
const REPLAYED: &str = "idempotent-replayed";

/// What a key's earlier use left.
#[derive(sqlx::FromRow)]
struct Earlier {
    request_sha256: Vec<u8>,
    status: Option<i16>,
    response: Option<String>,
    location: Option<String>,
}

/// Middleware on the API's writes (inside `caller::authenticate`).
pub async fn replay_or_run(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let is_write = matches!(*request.method(), Method::POST | Method::PUT | Method::PATCH);
    let key = request.headers().get(HEADER).map(|v| v.to_str().map(str::to_string));
    let (true, Some(key)) = (is_write, key) else {
        return next.run(request).await;
    };
    let key = match key {
        Ok(key) if (1..=200).contains(&key.chars().count()) => key,
        _ => {
            return Problem::bad_request("Idempotency-Key must be 1 to 200 visible characters.")
                .into_response();
        }
    };
    let Some(caller) = request.extensions().get::<ApiCaller>().cloned() else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let Ok(body) = to_bytes(body, MAX_REQUEST_BODY_BYTES).await else {
        return Problem::bad_request("The body could not be read.").into_response();
    };
    let mut hash = Sha256::new();
    hash.update(parts.method.as_str());
    hash.update(b" ");
    hash.update(parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or_default());
    hash.update(b"\n");
    hash.update(&body);
    let fingerprint = hash.finalize().to_vec();

    match claim(&state, caller.key.id, &key, &fingerprint).await {
        Ok(None) => {}
        Ok(Some(earlier)) => return answer_again(earlier, &fingerprint),
        Err(error) => return Problem::from(AppError::internal(error)).into_response(),
    }
    let response = next.run(Request::from_parts(parts, Body::from(body))).await;
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, usize::MAX).await else {
        forget(&state, caller.key.id, &key).await;
        return Problem::from(AppError::internal("an API answer could not be read"))
            .into_response();
    };
    if parts.status.is_server_error() {
        forget(&state, caller.key.id, &key).await;
    } else {
        let location = parts.headers.get(header::LOCATION).and_then(|v| v.to_str().ok());
        let text = String::from_utf8_lossy(&body);
        if let Err(error) = keep(&state, caller.key.id, &key, parts.status, &text, location).await {
            tracing::error!(%error, "an idempotent answer could not be kept");
        }
    }
    Response::from_parts(parts, Body::from(body))
}

/// Claims `key` for this request; answers what an earlier use left, if any.
async fn claim(
    state: &AppState,
    key_id: i64,
    key: &str,
    fingerprint: &[u8],
) -> Result<Option<Earlier>, sqlx::Error> {
    let mut conn = state.pool.acquire().await?;
    forget_stale(&mut conn, key_id, key).await?;
    let claimed = sqlx::query(
        "INSERT INTO api_idempotency (api_key_id, idempotency_key, request_sha256)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(key_id)
    .bind(key)
    .bind(fingerprint)
    .execute(&mut *conn)
    .await?;
    if claimed.rows_affected() == 1 {
        return Ok(None);
    }
    sqlx::query_as(
        "SELECT request_sha256, status, response, location FROM api_idempotency
         WHERE api_key_id = $1 AND idempotency_key = $2",
    )
    .bind(key_id)
    .bind(key)
    .fetch_optional(&mut *conn)
    .await
}

/// Deletes this key's uses past 24 hours, and this key's claim if its request died.
async fn forget_stale(conn: &mut PgConnection, key_id: i64, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM api_idempotency
         WHERE api_key_id = $1
           AND (created_at < now() - interval '24 hours'
                OR (idempotency_key = $2 AND status IS NULL
                    AND created_at < now() - interval '1 minute'))",
    )
    .bind(key_id)
    .bind(key)
    .execute(conn)
    .await?;
    Ok(())
}

fn answer_again(earlier: Earlier, fingerprint: &[u8]) -> Response {
    if earlier.request_sha256 != fingerprint {
        return Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "idempotency-key-reused",
            "Idempotency-Key used for another request",
            "This Idempotency-Key was sent with a different request. Use a new key for each change.",
        )
        .into_response();
    }
    let (Some(status), Some(body)) = (earlier.status, earlier.response) else {
        return Problem::new(
            StatusCode::CONFLICT,
            "idempotency-key-in-use",
            "The first request with this key is still being answered",
            "Wait a moment, then send it again.",
        )
        .into_response();
    };
    let status = StatusCode::from_u16(status as u16).unwrap_or(StatusCode::OK);
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    let content_type =
        if status.is_success() { "application/json" } else { "application/problem+json" };
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(HeaderName::from_static(REPLAYED), HeaderValue::from_static("true"));
    if let Some(location) = earlier.location.and_then(|l| HeaderValue::from_str(&l).ok()) {
        headers.insert(header::LOCATION, location);
    }
    response
}

async fn keep(
    state: &AppState,
    key_id: i64,
    key: &str,
    status: StatusCode,
    body: &str,
    location: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE api_idempotency SET status = $3, response = $4, location = $5
         WHERE api_key_id = $1 AND idempotency_key = $2",
    )
    .bind(key_id)
    .bind(key)
    .bind(status.as_u16() as i16)
    .bind(body)
    .bind(location)
    .execute(&state.pool)
    .await?;
    Ok(())
}

async fn forget(state: &AppState, key_id: i64, key: &str) {
    let forgotten =
        sqlx::query("DELETE FROM api_idempotency WHERE api_key_id = $1 AND idempotency_key = $2")
            .bind(key_id)
            .bind(key)
            .execute(&state.pool)
            .await;
    if let Err(error) = forgotten {
        tracing::error!(%error, "an idempotency key could not be freed");
    }
}
