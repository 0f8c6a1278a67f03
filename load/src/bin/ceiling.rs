//! The ceiling `scripts/load` compares the application with: the least an axum handler that
//! touches PostgreSQL can do (`SELECT 1` through an sqlx pool sized like the application's),
//! on the same machine, under the same load.
//!
//! `DATABASE_URL=... LOAD_CEILING_ADDR=127.0.0.1:3999 DATABASE_MAX_CONNECTIONS=10 ceiling`

use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

async fn select_one(State(pool): State<PgPool>) -> Result<String, StatusCode> {
    let one: i32 = sqlx::query_scalar("SELECT 1")
        .fetch_one(&pool)
        .await
        .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    Ok(one.to_string())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("DATABASE_URL")?;
    let address = std::env::var("LOAD_CEILING_ADDR").unwrap_or_else(|_| "127.0.0.1:3999".into());
    let connections = match std::env::var("DATABASE_MAX_CONNECTIONS") {
        Ok(text) => text.parse()?,
        Err(_) => 10,
    };
    // The application's pool settings (src/server/db.rs), so the two differ only in the work
    // each request does.
    let pool = PgPoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(5))
        .connect(&url)
        .await?;
    let app = Router::new().route("/", get(select_one)).with_state(pool);
    let listener = tokio::net::TcpListener::bind(&address).await?;
    eprintln!("ceiling listening on {address}");
    axum::serve(listener, app).await?;
    Ok(())
}
