//! Who is calling the API: the key in `Authorization: Bearer csk_…`, counted against its rate
//! limit, checked against its clinic's browser origins (CORS), and acting as the key's own
//! account, with the key's scopes narrowing that account's permissions.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::problem::Problem;
use crate::api_keys::store::{self, KEY_ROLE, PresentedKey};
use crate::audit::reads::ReadLog;
use crate::audit::store::{self as audit, AuditEntry, Outcome};
use crate::auth::session::{Actor, origin_of};
use crate::domain::Permission;
use crate::error::AppError;
use crate::server::state::AppState;

/// A request's caller: the key, the account it acts as, and the request itself (for the
/// audit log's origin), provided as context to the code the API shares with the pages.
#[derive(Clone)]
pub struct ApiCaller {
    pub key: PresentedKey,
    pub actor: Actor,
    pub parts: Arc<http::request::Parts>,
    pub reads: ReadLog,
}

impl ApiCaller {
    /// Whether the key's scopes (and its account's role) allow `permission`. Reading the
    /// clinic's set-up and calendar comes with every key; the rest with a scope.
    pub fn allows(&self, permission: Permission) -> bool {
        let scopes = self.key.scopes();
        let scoped = match permission {
            Permission::ViewClinicSetup | Permission::ViewCalendar => true,
            Permission::BookAppointments | Permission::UpdateAppointmentStatus => scopes.write,
            Permission::ViewPatients => scopes.patients,
            Permission::EditPatientDetails => scopes.patients && scopes.write,
            _ => false,
        };
        scoped && self.actor.role.allows(permission)
    }

    /// `require` for an API request: the key's account, or Forbidden (audited like a staff
    /// member's refusal, with the key as the actor).
    pub async fn require(
        &self,
        state: &AppState,
        permission: Permission,
    ) -> Result<Actor, AppError> {
        if self.allows(permission) {
            return Ok(self.actor.clone());
        }
        let origin = origin_of(
            &self.parts.headers,
            &self.parts.extensions,
            state.config.trust_forwarded_for,
        );
        let entry = AuditEntry::new("authorization.denied", Outcome::Denied, &origin)
            .actor(self.actor.staff_id, self.actor.role)
            .clinic(self.key.clinic_id)
            .details(json!({ "permission": format!("{permission:?}"), "api_key_id": self.key.id }));
        audit::append(&mut *state.pool.acquire().await?, entry).await?;
        Err(AppError::Forbidden)
    }
}

/// The headers a browser may send and read across origins.
const ALLOWED_HEADERS: &str = "authorization, content-type, idempotency-key";
const EXPOSED_HEADERS: &str = "idempotent-replayed, location, ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after";

/// Middleware on every key-protected route: answers CORS preflights, finds the key (401 when
/// there is none or it is revoked), applies its rate limit (429) and its clinic's origins (403
/// for a browser on another origin), and hands the handler an [`ApiCaller`].
pub async fn authenticate(
    State((state, reads)): State<(AppState, ReadLog)>,
    request: Request,
    next: Next,
) -> Response {
    let origin =
        request.headers().get(header::ORIGIN).and_then(|v| v.to_str().ok()).map(str::to_string);
    if request.method() == Method::OPTIONS {
        return preflight(&state, origin.as_deref()).await;
    }
    let Some(text) = bearer(request.headers()) else {
        return Problem::unauthorized("Send an API key: Authorization: Bearer csk_…")
            .into_response();
    };
    let presented = async {
        let mut conn = state.pool.acquire().await?;
        store::present(&mut conn, &text).await
    };
    let key = match presented.await {
        Ok(Some(key)) => key,
        Ok(None) => {
            tracing::warn!("API request with an unknown or revoked key refused");
            return Problem::unauthorized("This API key is not known or has been revoked.")
                .into_response();
        }
        Err(error) => return Problem::from(AppError::internal(error)).into_response(),
    };
    let allowed_origin = match &origin {
        None => None,
        Some(origin) if key.origins.iter().any(|o| o == origin) => Some(origin.clone()),
        Some(origin) => {
            tracing::warn!(%origin, key = key.id, "API request from an origin the clinic has not allowed");
            return Problem::new(
                StatusCode::FORBIDDEN,
                "origin",
                "Origin not allowed",
                "This clinic does not allow browser requests from this origin.",
            )
            .into_response();
        }
    };
    let limit = rate_headers(&key);
    if key.over_limit() {
        let mut response = Problem::rate_limited(key.resets_in.max(1) as u64).into_response();
        add_headers(response.headers_mut(), limit, allowed_origin.as_deref());
        return response;
    }
    let actor = Actor {
        staff_id: key.staff_id,
        role: KEY_ROLE,
        display_name: key.name.clone(),
        email: String::new(),
        session_id: uuid::Uuid::nil(),
    };
    let (mut parts, body) = request.into_parts();
    let caller = ApiCaller { key, actor, parts: Arc::new(parts.clone()), reads };
    parts.extensions.insert(caller);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    add_headers(response.headers_mut(), limit, allowed_origin.as_deref());
    response
}

/// The key's text from `Authorization: Bearer …`.
fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_string())
}

/// A CORS preflight: allowed for an origin some clinic allows (the preflight carries no key;
/// the request itself is checked against its key's clinic).
async fn preflight(state: &AppState, origin: Option<&str>) -> Response {
    let allowed = match origin {
        None => false,
        Some(origin) => match state.pool.acquire().await {
            Ok(mut conn) => {
                store::origin_allowed_anywhere(&mut conn, origin).await.unwrap_or(false)
            }
            Err(_) => false,
        },
    };
    let (true, Some(origin)) = (allowed, origin) else {
        return Problem::new(
            StatusCode::FORBIDDEN,
            "origin",
            "Origin not allowed",
            "No clinic allows browser requests from this origin.",
        )
        .into_response();
    };
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    if let Ok(origin) = HeaderValue::from_str(origin) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST, PUT, OPTIONS"),
    );
    headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static(ALLOWED_HEADERS));
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    response
}

/// `RateLimit-Limit`, `-Remaining` and `-Reset` (the IETF draft's names) for this request.
fn rate_headers(key: &PresentedKey) -> [(HeaderName, HeaderValue); 3] {
    let remaining = (key.per_minute - key.used_this_minute).max(0);
    [
        (HeaderName::from_static("ratelimit-limit"), HeaderValue::from(key.per_minute)),
        (HeaderName::from_static("ratelimit-remaining"), HeaderValue::from(remaining)),
        (HeaderName::from_static("ratelimit-reset"), HeaderValue::from(key.resets_in.max(0))),
    ]
}

fn add_headers(
    headers: &mut HeaderMap,
    limit: [(HeaderName, HeaderValue); 3],
    origin: Option<&str>,
) {
    for (name, value) in limit {
        headers.insert(name, value);
    }
    if let Some(origin) = origin.and_then(|o| HeaderValue::from_str(o).ok()) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static(EXPOSED_HEADERS),
        );
        headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
}
