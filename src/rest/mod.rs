//! The REST API under `/api/v1`: JSON for other systems (phone systems, marketing tools,
//! spreadsheets), versioned and documented (`openapi`), apart from the server functions.
//!
//! A request presents an API key (`caller`), which acts as the key's own account: the handlers
//! call the same functions as the pages (booking, moving, patient records), so the checks, the
//! emails, the webhooks and the audit are theirs too, with the key as the actor. Refusals are
//! problem details (`problem`); writes may carry an `Idempotency-Key` (`idempotency`).
//!
//! The routes sit outside the pages' session, cross-site and page-cache layers: the API reads
//! no cookie (so a browser cannot be made to call it with someone's session), and browsers on
//! other sites reach it only from the origins a clinic allows (CORS, `caller`).

pub mod appointments;
pub mod caller;
pub mod clinic;
pub mod context;
pub mod extract;
pub mod idempotency;
pub mod model;
pub mod openapi;
pub mod patients;
pub mod problem;

use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{get, post};

use crate::audit::reads::ReadLog;
use crate::server::state::AppState;

/// The API's routes: the document and its reference page for anyone, the rest for a key.
pub fn router(state: &AppState, reads: ReadLog) -> Router<AppState> {
    let protected = Router::new()
        .route("/clinic", get(clinic::clinic))
        .route("/providers", get(clinic::providers))
        .route("/appointment-types", get(clinic::appointment_types))
        .route("/free-times", get(clinic::free_times))
        .route("/appointments", get(appointments::list).post(appointments::book))
        .route("/appointments/{id}", get(appointments::get))
        .route("/appointments/{id}/move", post(appointments::move_to))
        .route("/appointments/{id}/cancel", post(appointments::cancel))
        .route("/appointments/{id}/status", post(appointments::set_status))
        .route("/patients", get(patients::search).post(patients::create))
        .route("/patients/{id}", get(patients::get).put(patients::update))
        .fallback(|| async { problem::Problem::not_found().into_response() })
        // Inside the caller's check: only a known key's writes are kept.
        .layer(from_fn_with_state(state.clone(), idempotency::replay_or_run))
        .layer(from_fn_with_state((state.clone(), reads), caller::authenticate));
    Router::new()
        .route("/api/v1/openapi.json", get(openapi::document))
        .route("/api/v1/docs", get(openapi::reference))
        .nest("/api/v1", protected)
}
