use leptos::prelude::*;

use super::model::{Invited, NewStaffForm, StaffMember};
use crate::error::AppError;

/// Staff of the admin's clinics.
#[server(endpoint = "staff/list")]
pub async fn list_staff() -> Result<Vec<StaffMember>, AppError> {
    ssr::list_staff().await.map_err(AppError::with_http_status)
}

/// Switches an account off (ending all of its sessions at once) or back on.
#[server(endpoint = "staff/set-active")]
pub async fn set_staff_active(staff_id: i64, active: bool) -> Result<(), AppError> {
    ssr::set_staff_active(staff_id, active).await.map_err(AppError::with_http_status)
}

/// Gives a colleague another role (not oneself: an admin cannot demote themselves by mistake).
#[server(endpoint = "staff/set-role")]
pub async fn set_staff_role(
    staff_id: i64,
    #[server(default)] role: String,
) -> Result<(), AppError> {
    ssr::set_staff_role(staff_id, role).await.map_err(AppError::with_http_status)
}

/// Creates an account in some of the admin's clinics and answers the one-time link with which
/// the new member chooses their password (until email delivery exists, the admin passes it on).
#[server(endpoint = "staff/create")]
pub async fn create_staff(form: NewStaffForm) -> Result<Invited, AppError> {
    ssr::create_staff(form).await.map_err(AppError::with_http_status)
}

/// Sets which of the admin's clinics a colleague belongs to (at least one).
#[server(endpoint = "staff/set-clinics")]
pub async fn set_staff_clinics(
    staff_id: i64,
    #[server(default)] clinic_ids: Vec<String>,
) -> Result<(), AppError> {
    ssr::set_staff_clinics(staff_id, clinic_ids).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use serde_json::json;

    use super::super::model::{Invited, NewStaffForm, StaffMember, parse_clinic_ids};
    use super::super::store;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::invitation;
    use crate::auth::{session, store as auth_store};
    use crate::domain::{Permission, Role};
    use crate::email::outbox;
    use crate::error::AppError;
    use crate::server::state::app_state;

    pub async fn list_staff() -> Result<Vec<StaffMember>, AppError> {
        let actor = require(Permission::ManageStaff).await?;
        let state = app_state()?;
        Ok(store::colleagues_of(&mut *state.pool.acquire().await?, actor.staff_id).await?)
    }

    pub async fn set_staff_active(staff_id: i64, active: bool) -> Result<(), AppError> {
        let actor = require(Permission::ManageStaff).await?;
        if staff_id == actor.staff_id && !active {
            return Err(AppError::Conflict(crate::t!("check-staff-own-account")));
        }
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        // Staff the admin does not fully manage (a clinic of theirs is not the admin's)
        // do not exist for them.
        if !store::manages(&mut tx, actor.staff_id, staff_id).await? {
            return Err(AppError::NotFound);
        }
        let before =
            store::set_active(&mut tx, staff_id, active).await?.ok_or(AppError::NotFound)?;
        let ended = if active {
            0
        } else {
            auth_store::end_other_sessions(&mut tx, staff_id, None, "deactivated").await?
        };
        let entry = AuditEntry::new(
            if active { "staff.reactivated" } else { "staff.deactivated" },
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(actor.staff_id, actor.role)
        .object("staff", staff_id)
        .details(json!({ "before": { "active": before }, "after": { "active": active }, "sessions_ended": ended }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_staff_role(staff_id: i64, role: String) -> Result<(), AppError> {
        let actor = require(Permission::ManageStaff).await?;
        let role = Role::parse(&role).map_err(|message| AppError::invalid("role", message))?;
        if staff_id == actor.staff_id {
            return Err(AppError::Conflict(crate::t!("check-staff-own-role")));
        }
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        if !store::manages(&mut tx, actor.staff_id, staff_id).await? {
            return Err(AppError::NotFound);
        }
        let before = store::set_role(&mut tx, staff_id, role).await?.ok_or(AppError::NotFound)?;
        let entry =
            AuditEntry::new("staff.role_changed", Outcome::Success, &session::request_origin())
                .actor(actor.staff_id, actor.role)
                .object("staff", staff_id)
                .details(
                    json!({ "before": { "role": before }, "after": { "role": role.as_str() } }),
                );
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn create_staff(form: NewStaffForm) -> Result<Invited, AppError> {
        let actor = require(Permission::ManageStaff).await?;
        let typed = crate::error::forms::typed(&form);
        let reject = |fields| AppError::fields(fields).with_input(typed.clone());
        let new = form.parse().map_err(reject)?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        if !store::belongs_to_all(&mut tx, actor.staff_id, &new.clinic_ids).await? {
            return Err(AppError::invalid("clinic_ids", crate::t!("check-staff-clinics-of-yours"))
                .with_input(typed.clone()));
        }
        // Nobody knows this password: the account is unusable until the invitation is accepted.
        let placeholder = crate::auth::password_hash::unguessable().await?;
        let created = store::create(&mut tx, &new, &placeholder).await?;
        let Some(staff_id) = created else {
            return Err(
                AppError::invalid("email", crate::t!("check-staff-email-taken")).with_input(typed)
            );
        };
        let token = invitation::create(&mut tx, staff_id, actor.staff_id).await?;
        let entry = AuditEntry::new("staff.created", Outcome::Success, &session::request_origin())
            .actor(actor.staff_id, actor.role)
            .object("staff", staff_id)
            .details(json!({ "before": null, "after": {
                "display_name": new.display_name,
                "email": new.email.as_str(),
                "role": new.role.as_str(),
                "clinic_ids": new.clinic_ids,
            }}));
        audit::append(&mut tx, entry).await?;
        // This link is shown once, to this admin (who manages every clinic of the new member).
        let site = &state.config.public_base_url;
        let mut link = site.join("/welcome").map_err(AppError::internal)?;
        link.query_pairs_mut().append_pair("token", &token);
        // The email, queued in the same transaction as the account, gets a link of its own,
        // created when it is sent: the outbox, which admins of the first clinic alone can
        // read, never holds a usable one.
        let expires =
            chrono::Utc::now() + chrono::Duration::days(i64::from(invitation::VALID_FOR_DAYS));
        outbox::enqueue_invitation(
            &mut tx,
            (new.clinic_ids[0], staff_id),
            (new.email.as_str(), &new.display_name),
            site,
            expires,
        )
        .await?;
        tx.commit().await?;
        Ok(Invited {
            staff_id,
            display_name: new.display_name,
            link: link.to_string(),
            valid_for_days: invitation::VALID_FOR_DAYS,
        })
    }

    pub async fn set_staff_clinics(staff_id: i64, clinic_ids: Vec<String>) -> Result<(), AppError> {
        let actor = require(Permission::ManageStaff).await?;
        let clinic_ids = parse_clinic_ids(&clinic_ids)
            .map_err(|message| AppError::invalid("clinic_ids", message))?;
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        if !store::manages(&mut tx, actor.staff_id, staff_id).await? {
            return Err(AppError::NotFound);
        }
        if !store::belongs_to_all(&mut tx, actor.staff_id, &clinic_ids).await? {
            return Err(AppError::invalid("clinic_ids", crate::t!("check-staff-clinics-of-yours")));
        }
        if staff_id == actor.staff_id {
            return Err(AppError::Conflict(crate::t!("check-staff-own-clinics")));
        }
        let before = store::set_clinics(&mut tx, staff_id, &clinic_ids).await?;
        let entry = AuditEntry::new(
            "staff.clinics_changed",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(actor.staff_id, actor.role)
        .object("staff", staff_id)
        .details(
            json!({ "before": { "clinic_ids": before }, "after": { "clinic_ids": clinic_ids } }),
        );
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
