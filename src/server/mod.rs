//! Everything that only exists on the server: configuration, the database, the router and its
//! layers, operations endpoints and the process lifecycle.

pub mod config;
pub mod db;
pub mod health;
pub mod security;
pub mod startup;
pub mod state;
pub mod telemetry;

use std::process::ExitCode;

use config::Config;

/// The server process: read the configuration, set up logging, connect and migrate, then serve
/// until SIGTERM or Ctrl-C.
pub async fn main() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(problems) => {
            eprintln!("chairside: refusing to start:\n{problems}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&config);
    match startup::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(error = %error, "server stopped with an error");
            ExitCode::FAILURE
        }
    }
}
