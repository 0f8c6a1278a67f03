//! Staff sessions: the tower-sessions cookie points at a `staff_session` row, which is the
//! authority on whether the session is live (sign-out, revocation, deactivation, idle and
//! absolute expiry all end that row).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::ConnectInfo;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, Session, SessionManagerLayer};
use uuid::Uuid;

use super::session_store::SessionRecords;
use super::store;
use crate::audit::store::RequestOrigin;
use crate::domain::Role;
use crate::error::AppError;
use crate::server::config::Config;
use crate::server::state::AppState;

pub const COOKIE_NAME: &str = "chairside_session";
const STAFF_SESSION_KEY: &str = "staff_session";
const REFRESHED_KEY: &str = "refreshed_at";

/// The session layer: cookies HttpOnly, SameSite=Lax, Secure outside plain-http development;
/// the store row and the cookie expire after the idle timeout unless refreshed.
pub fn layer(store: SessionRecords, config: &Config) -> SessionManagerLayer<SessionRecords> {
    let idle = time::Duration::seconds(config.session_idle.as_secs() as i64);
    SessionManagerLayer::new(store)
        .with_name(COOKIE_NAME)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.secure_cookies())
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(idle))
}

/// Runs until the task is dropped: once a minute, deletes the session store's expired rows
/// (at most 20 batches a minute; the rest wait for the next minute).
pub async fn run_sweeper(pool: sqlx::PgPool) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        for _ in 0..20 {
            let swept = match pool.acquire().await {
                Ok(mut conn) => store::sweep_expired_http_sessions(&mut conn).await,
                Err(error) => Err(error),
            };
            match swept {
                Ok(count) if count == store::SESSION_SWEEP_BATCH as u64 => continue,
                Ok(_) => break,
                Err(error) => {
                    tracing::error!(%error, "expired sessions could not be swept");
                    break;
                }
            }
        }
    }
}

/// A signed-in staff member acting in this request.
#[derive(Debug, Clone)]
pub struct Actor {
    pub staff_id: i64,
    pub role: Role,
    pub display_name: String,
    pub email: String,
    pub session_id: Uuid,
}

/// The answer of this request's session check, kept for the rest of the request: a page asks
/// who is signed in for its header and again for its data, and the answer cannot change in
/// between. Provided afresh for every request (`startup::build_router`); kept per staff
/// session, so a request that signs in (a new staff session) checks again, and one that signs
/// out finds no staff session at all. Only a usable session is kept.
#[derive(Clone, Default)]
pub struct CheckedThisRequest(Arc<tokio::sync::Mutex<Option<(Uuid, Actor)>>>);

/// The staff member signed in on this request's session, if any. Ends (and forgets) a session
/// that has been idle too long or has reached its absolute limit. Checked against the database
/// once per request ([`CheckedThisRequest`]).
pub async fn signed_in(session: &Session, state: &AppState) -> Result<Option<Actor>, AppError> {
    let Some(session_id) =
        session.get::<Uuid>(STAFF_SESSION_KEY).await.map_err(AppError::internal)?
    else {
        return Ok(None);
    };
    let Some(checked) = leptos::prelude::use_context::<CheckedThisRequest>() else {
        return check(session, state, session_id).await;
    };
    // Held while checking, so the page's concurrent askers wait for one check instead of
    // making their own. No connection is held while waiting for it.
    let mut kept = checked.0.lock().await;
    if let Some((id, actor)) = kept.as_ref()
        && *id == session_id
    {
        return Ok(Some(actor.clone()));
    }
    let actor = check(session, state, session_id).await?;
    *kept = actor.clone().map(|actor| (session_id, actor));
    Ok(actor)
}

async fn check(
    session: &Session,
    state: &AppState,
    session_id: Uuid,
) -> Result<Option<Actor>, AppError> {
    // The connection is given back before the session store is touched (flush deletes its
    // row through a pooled connection of its own): never two connections at once.
    let mut conn = state.pool.acquire().await?;
    let check = store::check_session(
        &mut conn,
        session_id,
        state.config.session_idle.as_secs() as i64,
        state.config.session_absolute.as_secs() as i64,
    )
    .await?;
    let Some(check) = check.filter(|check| check.usable) else {
        drop(conn);
        session.flush().await.map_err(AppError::internal)?;
        return Ok(None);
    };
    if check.idle_or_too_old {
        store::end_session(&mut conn, session_id, "expired").await?;
        drop(conn);
        session.flush().await.map_err(AppError::internal)?;
        return Ok(None);
    }
    if check.touch_due {
        // At most once a minute: move last-seen on, and re-save the cookie session so its
        // idle expiry moves on too (the store saves it after the response, on its own).
        store::touch_due_sessions(&mut conn, &[session_id]).await?;
        drop(conn);
        mark_refreshed(session).await?;
    }
    Ok(Some(Actor {
        staff_id: check.staff_id,
        role: store::parse_role(&check.role)?,
        display_name: check.display_name,
        email: check.email,
        session_id,
    }))
}

/// Re-saves the cookie session after the response, so its idle expiry (the store row's and the
/// cookie's) moves on with the staff session's last-seen time.
pub async fn mark_refreshed(session: &Session) -> Result<(), AppError> {
    session
        .insert(REFRESHED_KEY, time::OffsetDateTime::now_utc().unix_timestamp())
        .await
        .map_err(AppError::internal)
}

/// The `staff_session` this browser session points at, if any (live or not).
pub async fn staff_session_id(session: &Session) -> Result<Option<Uuid>, AppError> {
    session.get::<Uuid>(STAFF_SESSION_KEY).await.map_err(AppError::internal)
}

/// Starts a signed-in session: a new session id (the pre-sign-in id stops working), pointing
/// at a new `staff_session` row.
pub async fn begin(session: &Session, staff_session_id: Uuid) -> Result<(), AppError> {
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(STAFF_SESSION_KEY, staff_session_id).await.map_err(AppError::internal)?;
    Ok(())
}

/// Forgets the session on this request (cookie and store row).
pub async fn forget(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(AppError::internal)
}

/// The request's session (provided by the session layer).
pub async fn current() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(AppError::internal)
}

/// Where this request came from: client address, user agent and request id.
pub fn request_origin() -> RequestOrigin {
    let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() else {
        return RequestOrigin::default();
    };
    let trust_forwarded_for = leptos::prelude::use_context::<AppState>()
        .is_some_and(|state| state.config.trust_forwarded_for);
    origin_of(&parts.headers, &parts.extensions, trust_forwarded_for)
}

/// [`request_origin`] from a request's headers and extensions (for middleware, which runs
/// outside Leptos' context).
pub fn origin_of(
    headers: &http::HeaderMap,
    extensions: &http::Extensions,
    trust_forwarded_for: bool,
) -> RequestOrigin {
    let header = |name: &str| {
        headers.get(name).and_then(|v| v.to_str().ok()).map(|v| v.chars().take(512).collect())
    };
    let forwarded = || {
        let value = headers.get_all("x-forwarded-for").iter().next_back()?.to_str().ok()?;
        value.rsplit(',').next()?.trim().parse().ok()
    };
    let peer = || extensions.get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip());
    RequestOrigin {
        ip: if trust_forwarded_for { forwarded().or_else(peer) } else { peer() },
        user_agent: header("user-agent"),
        request_id: header(crate::server::telemetry::REQUEST_ID_HEADER),
    }
}
