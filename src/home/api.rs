use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What the connection check reports back to the browser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectionReport {
    /// Time for one database round trip, in microseconds.
    pub database_round_trip_micros: u64,
    pub server_version: String,
}

/// Public on purpose (it tells no more than `/readyz`): lets anyone check that the browser,
/// the server and the database talk to each other.
#[server(endpoint = "system/connection")]
pub async fn check_connection() -> Result<ConnectionReport, AppError> {
    let state = crate::server::state::app_state()?;
    let started = std::time::Instant::now();
    sqlx::query("SELECT 1").execute(&state.pool).await?;
    Ok(ConnectionReport {
        database_round_trip_micros: u64::try_from(started.elapsed().as_micros())
            .unwrap_or(u64::MAX),
        server_version: env!("CARGO_PKG_VERSION").to_string(),
    })
}
