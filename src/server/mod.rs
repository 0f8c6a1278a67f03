//! Everything that only exists on the server: configuration, the database, the router and its
//! layers, operations endpoints and the process lifecycle.

mod appointment_generator;
pub mod backup;
pub mod batched;
pub mod cli;
pub mod config;
pub mod csv;
pub mod db;
pub mod demo;
mod demo_appointments;
mod demo_setup;
pub mod form_flash;
pub mod health;
pub mod metrics;
pub mod page_cache;
mod patient_bench;
pub mod patient_generator;
pub mod public_gate;
pub mod security;
pub mod stalled_render;
pub mod startup;
pub mod state;
pub mod telemetry;

use std::process::ExitCode;

use config::Config;

/// The server process: read the configuration, set up logging, connect and migrate, then serve
/// until SIGTERM or Ctrl-C. With arguments, runs an administrative command instead (see `cli`).
pub async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(problems) => {
            eprintln!("chairside: refusing to start:\n{problems}");
            return ExitCode::from(2);
        }
    };
    if args.is_empty() {
        telemetry::init(&config);
    } else {
        telemetry::init_for_command(&config);
    }
    // Every audit row this process appends is keyed by APP_SECRET (see audit::chain_key).
    crate::audit::chain_key::install(crate::audit::chain_key::ChainKey::derive(&config.app_secret))
        .expect("the first key installed in this process");
    if !args.is_empty() {
        return cli::run(&args, &config).await;
    }
    match startup::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(error = %error, "server stopped with an error");
            ExitCode::FAILURE
        }
    }
}
