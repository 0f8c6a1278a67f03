//! The helper every server function calls first: who is acting, and may they do this here?

use super::session::{self, Actor};
use crate::audit::store::{self as audit, AuditEntry, Outcome};
use crate::domain::Permission;
use crate::error::AppError;
use crate::server::state::app_state;

/// Requires a signed-in staff member whose role allows `permission`. Anonymous callers get
/// `Unauthorized`; a role without the permission gets `Forbidden` (and an audit row).
///
/// A request of the REST API (`crate::rest`) has no session: its caller is the API key the
/// request presented, acting as the key's own account within the key's scopes.
pub async fn require(permission: Permission) -> Result<Actor, AppError> {
    let state = app_state()?;
    if let Some(caller) = leptos::prelude::use_context::<crate::rest::caller::ApiCaller>() {
        return caller.require(&state, permission).await;
    }
    let session = session::current().await?;
    let actor = session::signed_in(&session, &state).await?.ok_or(AppError::Unauthorized)?;
    if !actor.role.allows(permission) {
        let entry =
            AuditEntry::new("authorization.denied", Outcome::Denied, &session::request_origin())
                .actor(actor.staff_id, actor.role)
                .details(serde_json::json!({ "permission": format!("{permission:?}") }));
        audit::append(&mut *state.pool.acquire().await?, entry).await?;
        return Err(AppError::Forbidden);
    }
    Ok(actor)
}
