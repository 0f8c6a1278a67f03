use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;
use sqlx::PgPool;

use super::config::Config;
use crate::documents::store::DocumentStore;
use crate::error::AppError;

/// What every handler and server function can reach. Cheap to clone.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: PgPool,
    /// Where reports read: a replica's pool (`DATABASE_REPLICA_URL`), or the primary's.
    #[from_ref(skip)]
    pub reports: PgPool,
    pub config: Arc<Config>,
    /// Patients' documents (`DOCUMENT_STORE`), opened once.
    #[from_ref(skip)]
    pub documents: DocumentStore,
    /// This instance's one listener for live changes, shared by its streams.
    #[from_ref(skip)]
    pub live: crate::live::hub::Hub,
    /// The audit rows of reads, written in groups by a task of their own.
    #[from_ref(skip)]
    pub read_log: crate::audit::reads::ReadLog,
}

impl AppState {
    /// The state over `pool`, with the reports' pool of the configured replica, if any, and
    /// the document store.
    pub fn new(
        leptos_options: LeptosOptions,
        pool: PgPool,
        config: Config,
    ) -> Result<AppState, AppError> {
        let reports = match &config.database_replica_url {
            Some(url) => super::db::pool_at(url, &config)?,
            None => pool.clone(),
        };
        let documents = DocumentStore::open(&config.document_store)?;
        let live = crate::live::hub::Hub::new(pool.clone());
        let read_log = crate::audit::reads::ReadLog::start(&pool);
        Ok(AppState {
            leptos_options,
            pool,
            reports,
            config: Arc::new(config),
            documents,
            live,
            read_log,
        })
    }
}

/// The state inside a server function (leptos_axum provides it as context).
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>()
        .ok_or_else(|| AppError::internal("AppState missing from the server function context"))
}
