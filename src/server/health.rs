//! Operations endpoints for load balancers and orchestrators.
//!
//! `/healthz` (liveness) answers while the process runs; `/readyz` (readiness) answers 200 only
//! when the database answers and every migration is applied, so traffic goes elsewhere otherwise.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};
use sqlx::PgPool;

use super::db;

const READINESS_TIMEOUT: Duration = Duration::from_secs(2);

pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

pub async fn readyz(State(pool): State<PgPool>) -> (StatusCode, Json<Value>) {
    let not_ready = |reason: String| {
        (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "not ready", "reason": reason })))
    };
    match tokio::time::timeout(READINESS_TIMEOUT, db::unapplied_migrations(&pool)).await {
        Ok(Ok(unapplied)) if unapplied.is_empty() => {
            (StatusCode::OK, Json(json!({ "status": "ready" })))
        }
        Ok(Ok(unapplied)) => not_ready(format!("migrations not applied: {unapplied:?}")),
        Ok(Err(error)) => {
            tracing::warn!(error = %error, "readiness: database check failed");
            not_ready("database unavailable".to_string())
        }
        Err(_) => {
            not_ready(format!("database did not answer within {} s", READINESS_TIMEOUT.as_secs()))
        }
    }
}
