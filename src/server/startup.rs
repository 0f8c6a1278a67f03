//! Building the router and running the server until it is told to stop.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tokio::net::TcpListener;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;

use super::config::Config;
use super::page_cache::{self, PageCache};
use super::public_gate::{self, PublicGate};
use super::security::{self, Policy};
use super::state::AppState;
use super::{db, form_flash, health, stalled_render, telemetry};
use crate::app::{App, shell};
use crate::email::delivery::{Delivery, RetryPolicy, Sink};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("reading the Leptos site settings: {0}")]
    Leptos(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Schema(#[from] db::SchemaError),
    #[error("network: {0}")]
    Io(#[from] std::io::Error),
    #[error("loading the demo data: {0}")]
    Demo(String),
    #[error("email: {0}")]
    Email(String),
    #[error("{0}")]
    App(#[from] crate::error::AppError),
}

/// The largest request body read, for every route: server functions read their whole body
/// before any of their own bounds applies. The largest form (an email template: 70,000
/// characters, URL-encoded) fits; anything past it is refused with 413 unread.
pub const MAX_REQUEST_BODY_BYTES: usize = 1024 * 1024;

/// The whole application: pages, server functions, operations endpoints, static files and the
/// layers around them (outermost first: tracing, compression, security headers, the
/// cross-site refusal, the public gate, sessions, the body limit, the form flash, the page
/// cache), and the REST API (`crate::rest`, under only the first three and its own limit).
pub fn build_router(state: AppState) -> Router {
    let options = state.leptos_options.clone();
    let routes = generate_route_list(App);

    let pkg_dir = format!("{}/{}", options.site_root, options.site_pkg_dir);
    // Release builds ship .br and .gz twins of each file (build-site --release);
    // ServeDir picks the one the browser accepts, so the wasm is not compressed per request.
    let files = ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip();
    let mut pkg = Router::new().fallback_service(files);
    if options.hash_files {
        pkg = pkg.layer(from_fn(security::immutable_assets));
    }

    let policy = Policy::from_config(&state.config);
    // The form's fields and multipart framing come on top of the file.
    let upload_limit = usize::try_from(state.config.document_max_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(1024 * 1024);
    // The audit rows of reads, written in groups by a task of their own.
    let reads = state.read_log.clone();
    let sessions = crate::auth::session::layer(
        crate::auth::session_store::SessionRecords::new(&state.pool),
        &state.config,
    );

    let pages = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        // Calendar apps subscribe here, without a session: the token is the key.
        .route("/feeds/{file}", get(crate::feeds::serve::feed))
        // For Prometheus, from allowed addresses or with the token (see `metrics`).
        .route("/metrics", get(super::metrics::scrape))
        // A language's messages for the browser (named by their content: kept for good).
        .route("/i18n/{file}", get(crate::i18n::request::serve_messages))
        // Each request (page or server function) gets its own record of the session check, so
        // a page's header and its data check the session once between them, and a server
        // function its language.
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(crate::auth::session::CheckedThisRequest::default());
                crate::i18n::request::provide_request_language();
            },
            {
                let options = options.clone();
                move || shell(options.clone())
            },
        )
        .nest(&format!("/{}", options.site_pkg_dir), pkg)
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // Around every page's render, inside the page cache (a render done again is kept as
        // one): see `stalled_render`.
        .layer(from_fn(stalled_render::render_again_if_stalled))
        // Inside the session layer and the form flash (a page showing a flashed refusal is
        // never kept), outside every page.
        .layer(from_fn_with_state(PageCache::new(state.clone(), reads.clone()), page_cache::serve))
        // Inside the session layer: a plain form's refusal goes back to its page through the
        // session, not the address.
        .layer(from_fn(form_flash::carry))
        // Every route above reads at most this much of a request; a document upload (below)
        // reads up to DOCUMENT_MAX_MB, counting as it goes, and stores it as it arrives.
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY_BYTES))
        .merge(
            Router::new()
                .route("/patients/{id}/documents", post(crate::documents::upload::upload))
                .layer(DefaultBodyLimit::disable())
                .layer(RequestBodyLimitLayer::new(upload_limit)),
        )
        .route("/documents/{id}", get(crate::documents::download::document))
        .route("/documents/{id}/thumbnail", get(crate::documents::download::thumbnail))
        // Open for as long as a page is: past the page cache and the form flash, and not
        // compressed (server-sent events are never).
        .route("/live", get(crate::live::stream::stream))
        .layer(sessions)
        // The request's language, for everything inside (the page cache keys pages by it).
        .layer(from_fn_with_state(state.config.secure_cookies(), crate::i18n::request::choose))
        .layer(from_fn_with_state(
            PublicGate::for_pool(state.config.database_max_connections),
            public_gate::admit,
        ))
        .layer(from_fn_with_state(policy.clone(), security::refuse_cross_site));
    // The REST API has its own authentication (keys, never cookies) and cross-origin rules, so
    // none of the layers above: only those below, which every answer gets.
    pages
        .merge(
            crate::rest::router(&state, reads)
                .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY_BYTES)),
        )
        // Inside compression: the headers middleware reads each HTML page as rendered, to
        // seal it (the hashes of its scripts for its Content-Security-Policy).
        .layer(from_fn_with_state(policy, security::headers))
        .layer(compression())
        .layer(from_fn(super::metrics::count_requests))
        .layer(from_fn(telemetry::trace_requests))
        .with_state(state)
}

/// The compression of every response not compressed already (pages, server functions' answers;
/// the site's files are served precompressed). At quality 3 for each algorithm, zstd's default:
/// the defaults include Brotli's 11, its slowest, which a browser without zstd (Safari,
/// Firefox) would get on every page, and zstd's 4 cost the page of times a fifth of its
/// requests/s against 3 (BENCHMARKS.md, issue 15).
pub(crate) fn compression() -> CompressionLayer {
    CompressionLayer::new().quality(CompressionLevel::Precise(3))
}

/// Connects, migrates (or, with `MIGRATE_ON_START=false`, checks that the migrations are
/// applied), and serves until SIGTERM or Ctrl-C; then stops accepting connections,
/// gives in-flight requests `shutdown_grace` to finish, and closes the pool.
pub async fn run(config: Config) -> Result<(), StartupError> {
    let leptos_options = get_configuration(None)
        .map_err(|error| StartupError::Leptos(error.to_string()))?
        .leptos_options;
    let pool = db::pool(&config)?;
    db::wait_until_reachable(&pool, Duration::from_secs(30)).await?;
    db::ensure_schema(&pool, &config).await?;
    if !config.is_production() && config.demo_data {
        super::demo::load(&pool).await.map_err(|e| StartupError::Demo(e.to_string()))?;
    }

    // The email worker: SMTP when configured, else `.eml` files (development).
    let sink = match &config.email.smtp_url {
        Some(url) => Sink::smtp(url),
        None => {
            tracing::info!(folder = %config.email.file_dir.display(), "no SMTP_URL: emails are written to files");
            Sink::files(config.email.file_dir.clone())
        }
    }
    .map_err(StartupError::Email)?;
    let delivery = Delivery {
        pool: pool.clone(),
        sink,
        from: config.email.from.clone(),
        policy: RetryPolicy::default(),
    };
    // Stopped with the server: an email it was sending is taken over after its lease.
    let email_worker = tokio::spawn(delivery.run(Duration::from_secs(2)));
    let site = config.public_base_url.clone();
    let reminder_scheduler = tokio::spawn(crate::email::reminders::run(pool.clone(), site.clone()));
    let recall_emails = tokio::spawn(crate::recall::emails::run(pool.clone(), site.clone()));
    let asap_offers = tokio::spawn(crate::asap::offers::run(pool.clone(), site));
    let webhooks = tokio::spawn(
        crate::webhooks::delivery::WebhookWorker {
            pool: pool.clone(),
            app_secret: config.app_secret.clone(),
            allow_private: !config.is_production(),
        }
        .run(),
    );
    let hold_sweeper = tokio::spawn(crate::online::holds::run_sweeper(pool.clone()));
    let session_sweeper = tokio::spawn(crate::auth::session::run_sweeper(pool.clone()));
    // Seals the audit rows appended by every instance into the chain (instances take turns).
    let audit_sealer = tokio::spawn(crate::audit::sealer::run_sealer(pool.clone()));
    // Keeps the reports' daily roll-ups built (instances take turns).
    let report_days = tokio::spawn(crate::reports::rollup::run(pool.clone()));
    let live_retention = tokio::spawn(crate::live::retention::run(pool.clone()));

    let address = leptos_options.site_addr;
    let grace = config.shutdown_grace;
    let state = AppState::new(leptos_options, pool.clone(), config)?;
    let listener = TcpListener::bind(address).await?;
    tracing::info!(address = %listener.local_addr()?, environment = ?state.config.environment, "listening");

    // Live streams never finish on their own: they are ended when the shutdown starts (the
    // browsers reconnect to another instance and catch up).
    let hub = state.live.clone();
    let stop = async move {
        shutdown_signal().await;
        hub.shut_down();
    };
    serve(listener, build_router(state), stop, grace).await?;
    email_worker.abort();
    reminder_scheduler.abort();
    recall_emails.abort();
    asap_offers.abort();
    webhooks.abort();
    hold_sweeper.abort();
    session_sweeper.abort();
    audit_sealer.abort();
    report_days.abort();
    live_retention.abort();
    pool.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Serves `router` until `stop` resolves, then waits at most `grace` for open requests.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    stop: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    let stopping = Arc::new(tokio::sync::Notify::new());
    let server = axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown({
            let stopping = stopping.clone();
            async move {
                stop.await;
                tracing::info!(
                    grace_seconds = grace.as_secs(),
                    "shutting down: finishing open requests"
                );
                stopping.notify_one();
            }
        });
    let deadline = async {
        stopping.notified().await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        result = server => result,
        () = deadline => {
            tracing::warn!("open requests did not finish within the grace period; stopping anyway");
            Ok(())
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(error = %error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
