use leptos::prelude::*;

use super::model::{DeviceSession, SignedInUser};
use crate::error::AppError;

/// Signs a staff member in and sends them on to `next` (a local path) or the home page.
/// Public by nature; throttled per account and per IP.
#[server(endpoint = "auth/sign-in")]
pub async fn sign_in(
    #[server(default)] email: String,
    #[server(default)] password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    ssr::sign_in(email, password, next).await.map_err(AppError::with_http_status)
}

/// Ends the current session, server-side, and goes to the sign-in page.
#[server(endpoint = "auth/sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    ssr::sign_out().await.map_err(AppError::with_http_status)
}

/// The signed-in person, or `None`. Public: it only ever describes the caller.
#[server(endpoint = "auth/current-user")]
pub async fn current_user() -> Result<Option<SignedInUser>, AppError> {
    ssr::current_user().await.map_err(AppError::with_http_status)
}

/// The caller's signed-in devices.
#[server(endpoint = "account/sessions")]
pub async fn list_sessions() -> Result<Vec<DeviceSession>, AppError> {
    ssr::list_sessions().await.map_err(AppError::with_http_status)
}

/// Ends one of the caller's sessions (any device, including this one).
#[server(endpoint = "account/sessions/revoke")]
pub async fn revoke_session(id: String) -> Result<(), AppError> {
    ssr::revoke_session(id).await.map_err(AppError::with_http_status)
}

/// Ends every session of the caller except the one making this request.
#[server(endpoint = "account/sessions/revoke-others")]
pub async fn revoke_other_sessions() -> Result<u64, AppError> {
    ssr::revoke_other_sessions().await.map_err(AppError::with_http_status)
}

/// Changes the caller's password (after checking the current one) and signs out their other
/// sessions.
#[server(endpoint = "account/password")]
pub async fn change_password(
    #[server(default)] current_password: String,
    #[server(default)] new_password: String,
    #[server(default)] confirm_password: String,
) -> Result<(), AppError> {
    ssr::change_password(current_password, new_password, confirm_password)
        .await
        .map_err(AppError::with_http_status)
}

/// A new staff member chooses their password with the token of their invitation link. The
/// token then stops working; they sign in as usual.
#[server(endpoint = "auth/accept-invitation")]
pub async fn accept_invitation(
    token: String,
    #[server(default)] new_password: String,
    #[server(default)] confirm_password: String,
) -> Result<(), AppError> {
    ssr::accept_invitation(token, new_password, confirm_password)
        .await
        .map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use serde_json::json;

    use super::super::authorize::require;
    use super::super::model::{DeviceSession, SignedInUser};
    use super::super::{devices, invitation, password_hash, session, store, throttle};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::domain::Email;
    use crate::domain::fields::local_path;
    use crate::domain::{NewPassword, Permission};
    use crate::error::{AppError, FieldValues};
    use crate::i18n::{Locale, Region};
    use crate::server::state::app_state;

    /// Only local paths: never an open redirect to another site.
    fn safe_next(next: Option<String>) -> String {
        next.as_deref().and_then(local_path).unwrap_or("/").to_string()
    }

    pub async fn sign_in(
        email: String,
        password: String,
        next: Option<String>,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        let typed = FieldValues::from([("email".to_string(), email.clone())]);
        let email = Email::parse(&email)
            .map_err(|message| AppError::invalid("email", message).with_input(typed.clone()))?;
        if password.is_empty() {
            return Err(
                AppError::invalid("password", crate::t!("auth-enter-password")).with_input(typed)
            );
        }
        // The browser's session is read (from the session store) before the transaction takes
        // its connection: a request never waits for a second pooled connection while it holds one.
        let http_session = session::current().await?;
        let previous_session = session::staff_session_id(&http_session).await?;
        // One attempt at a time per account: check, verify and record inside one transaction
        // holding the account's lock, so a burst of parallel guesses is counted in full.
        let mut tx = state.pool.begin().await?;
        throttle::lock_account(&mut tx, email.as_str()).await?;
        if let Some(retry_after_secs) =
            throttle::retry_after(&mut tx, email.as_str(), origin.ip).await?
        {
            let entry = AuditEntry::new("auth.sign_in", Outcome::Denied, &origin)
                .details(json!({ "email": email.as_str(), "reason": "throttled" }));
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            crate::server::metrics::METRICS.sign_ins_throttled.inc();
            return Err(AppError::RateLimited { retry_after_secs });
        }

        let account = store::active_credentials(&mut tx, email.as_str()).await?;
        let stored_hash = account.as_ref().map(|a| a.password_hash.clone());
        let matches = password_hash::verify(password, stored_hash).await?;
        let Some(account) = account.filter(|_| matches) else {
            throttle::record_failure(&mut tx, email.as_str(), origin.ip).await?;
            let entry = AuditEntry::new("auth.sign_in", Outcome::Failed, &origin)
                .details(json!({ "email": email.as_str() }));
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            crate::server::metrics::METRICS.sign_in_failures.inc();
            return Err(AppError::SignInFailed { email: email.as_str().to_string() });
        };

        let role = store::parse_role(&account.role)?;
        let user_agent = origin.user_agent.clone().unwrap_or_default();
        // Signing in again on the same browser ends the session it had.
        if let Some(previous) = previous_session {
            store::end_session(&mut tx, previous, "signed_out").await?;
        }
        let staff_session =
            store::start_session(&mut tx, account.id, &user_agent, origin.ip).await?;
        throttle::clear(&mut tx, email.as_str(), origin.ip).await?;
        let entry = AuditEntry::new("auth.sign_in", Outcome::Success, &origin)
            .actor(account.id, role)
            .object("staff_session", staff_session);
        audit::append(&mut tx, entry).await?;
        // Their language, in this browser from now on (none chosen: the browser's own).
        let language = super::super::language::ssr::chosen(&mut tx, account.id).await?;
        tx.commit().await?;

        crate::i18n::request::keep_for_this_browser(language);
        session::begin(&http_session, staff_session).await?;
        leptos_axum::redirect(&safe_next(next));
        Ok(())
    }

    pub async fn sign_out() -> Result<(), AppError> {
        let state = app_state()?;
        let http_session = session::current().await?;
        if let Some(actor) = session::signed_in(&http_session, &state).await? {
            let mut tx = state.pool.begin().await?;
            store::end_session(&mut tx, actor.session_id, "signed_out").await?;
            let entry =
                AuditEntry::new("auth.sign_out", Outcome::Success, &session::request_origin())
                    .actor(actor.staff_id, actor.role)
                    .object("staff_session", actor.session_id);
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
        }
        session::forget(&http_session).await?;
        leptos_axum::redirect("/sign-in");
        Ok(())
    }

    pub async fn current_user() -> Result<Option<SignedInUser>, AppError> {
        let state = app_state()?;
        let Some(actor) = session::signed_in(&session::current().await?, &state).await? else {
            return Ok(None);
        };
        let clinics = store::clinics_of(&mut *state.pool.acquire().await?, actor.staff_id).await?;
        Ok(Some(SignedInUser {
            staff_id: actor.staff_id,
            display_name: actor.display_name,
            email: actor.email,
            role: actor.role,
            clinics,
        }))
    }

    pub async fn list_sessions() -> Result<Vec<DeviceSession>, AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let state = app_state()?;
        let sessions = store::live_sessions(
            &mut *state.pool.acquire().await?,
            actor.staff_id,
            state.config.session_idle.as_secs() as i64,
            state.config.session_absolute.as_secs() as i64,
        )
        .await?;
        Ok(sessions
            .into_iter()
            .map(|s| {
                let locale = Locale::here(Region::parse(&s.region).unwrap_or_default());
                DeviceSession {
                    id: s.id.to_string(),
                    device: devices::describe(&s.user_agent),
                    ip: s.ip,
                    signed_in_at: locale.moment_in(s.signed_in_at, &s.time_zone),
                    last_seen_at: locale.moment_in(s.last_seen_at, &s.time_zone),
                    current: s.id == actor.session_id,
                }
            })
            .collect())
    }

    pub async fn revoke_session(id: String) -> Result<(), AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let session_id = uuid::Uuid::parse_str(id.trim())
            .map_err(|_| AppError::invalid("id", crate::t!("desk-auth-not-your-session")))?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        // Only the caller's own sessions: anyone else's id is simply not found.
        if !store::end_own_session(&mut tx, actor.staff_id, session_id, "revoked").await? {
            return Err(AppError::NotFound);
        }
        let entry =
            AuditEntry::new("auth.session_revoked", Outcome::Success, &session::request_origin())
                .actor(actor.staff_id, actor.role)
                .object("staff_session", session_id);
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        if session_id == actor.session_id {
            session::forget(&session::current().await?).await?;
            leptos_axum::redirect("/sign-in");
        }
        Ok(())
    }

    pub async fn revoke_other_sessions() -> Result<u64, AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let ended =
            store::end_other_sessions(&mut tx, actor.staff_id, Some(actor.session_id), "revoked")
                .await?;
        let entry = AuditEntry::new(
            "auth.other_sessions_revoked",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(actor.staff_id, actor.role)
        .details(json!({ "ended": ended }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(ended)
    }

    pub async fn change_password(
        current_password: String,
        new_password: String,
        confirm_password: String,
    ) -> Result<(), AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let state = app_state()?;
        let origin = session::request_origin();
        let new = NewPassword::parse(&new_password, &actor.email, &actor.display_name)
            .map_err(|message| AppError::invalid("new_password", message))?;
        if new_password != confirm_password {
            return Err(AppError::invalid(
                "confirm_password",
                crate::t!("desk-auth-new-passwords-differ"),
            ));
        }
        // Guessing the current password here is throttled like signing in.
        let mut tx = state.pool.begin().await?;
        throttle::lock_account(&mut tx, &actor.email).await?;
        if let Some(retry_after_secs) =
            throttle::retry_after(&mut tx, &actor.email, origin.ip).await?
        {
            return Err(AppError::RateLimited { retry_after_secs });
        }
        let stored = store::password_hash_of(&mut tx, actor.staff_id).await?;
        if !password_hash::verify(current_password.clone(), stored).await? {
            throttle::record_failure(&mut tx, &actor.email, origin.ip).await?;
            let entry = AuditEntry::new("auth.password_change", Outcome::Failed, &origin)
                .actor(actor.staff_id, actor.role);
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            return Err(AppError::invalid(
                "current_password",
                crate::t!("desk-auth-not-current-password"),
            ));
        }
        if current_password == new_password {
            return Err(AppError::invalid(
                "new_password",
                crate::t!("desk-auth-password-unchanged"),
            ));
        }
        let hash = password_hash::hash(&new).await?;
        store::set_password_hash(&mut tx, actor.staff_id, &hash).await?;
        let ended = store::end_other_sessions(
            &mut tx,
            actor.staff_id,
            Some(actor.session_id),
            "password_changed",
        )
        .await?;
        let entry = AuditEntry::new("auth.password_change", Outcome::Success, &origin)
            .actor(actor.staff_id, actor.role)
            .details(json!({ "other_sessions_ended": ended }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn accept_invitation(
        token: String,
        new_password: String,
        confirm_password: String,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        let mut tx = state.pool.begin().await?;
        let Some((_, staff_id, email, name, role)) =
            invitation::redeemable(&mut tx, &token).await?
        else {
            return Err(AppError::Conflict(crate::t!("desk-auth-invitation-gone")));
        };
        let new = NewPassword::parse(&new_password, &email, &name)
            .map_err(|message| AppError::invalid("new_password", message))?;
        if new_password != confirm_password {
            return Err(AppError::invalid(
                "confirm_password",
                crate::t!("desk-auth-passwords-differ"),
            ));
        }
        let hash = password_hash::hash(&new).await?;
        store::set_password_hash(&mut tx, staff_id, &hash).await?;
        invitation::mark_used(&mut tx, staff_id).await?;
        let entry = AuditEntry::new("auth.invitation_accepted", Outcome::Success, &origin)
            .actor(staff_id, store::parse_role(&role)?)
            .object("staff", staff_id);
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::safe_next;

        #[test]
        fn only_local_paths_are_followed_after_sign_in() {
            assert_eq!(safe_next(Some("/patients?q=a".into())), "/patients?q=a");
            for outside in [
                "https://evil.example",
                "//evil.example",
                "/\\evil.example",
                "evil",
                "/\t/evil.example",
                "/\n",
            ] {
                assert_eq!(safe_next(Some(outside.into())), "/", "{outside}");
            }
            assert_eq!(safe_next(None), "/");
        }
    }
}
