//! Running the code the API shares with the pages. That code finds its request, state and
//! caller in Leptos' context (as server functions do); an API handler provides the same
//! context around it, with the caller being the API key (`caller::ApiCaller`), which
//! `auth::authorize::require` takes in place of a session.

use std::future::Future;

use leptos::prelude::{Owner, provide_context};
use leptos::reactive::computed::ScopedFuture;

use super::caller::ApiCaller;
use super::problem::Problem;
use crate::error::AppError;
use crate::server::state::AppState;

/// Runs `work` with the request's context provided, and answers its error as a problem.
pub async fn within<T>(
    state: &AppState,
    caller: &ApiCaller,
    work: impl Future<Output = Result<T, AppError>>,
) -> Result<T, Problem> {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(state.clone());
        provide_context((*caller.parts).clone());
        provide_context(caller.clone());
    });
    let scoped = owner.with(|| ScopedFuture::new(work));
    scoped.await.map_err(Problem::from)
}
