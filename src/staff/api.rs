use leptos::prelude::*;

use super::model::StaffMember;
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
pub async fn set_staff_role(staff_id: i64, role: String) -> Result<(), AppError> {
    ssr::set_staff_role(staff_id, role).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use serde_json::json;

    use super::super::model::StaffMember;
    use super::super::store;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::{session, store as auth_store};
    use crate::domain::{Permission, Role};
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
            return Err(AppError::Conflict(
                "You cannot deactivate your own account; ask another admin.".into(),
            ));
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
            return Err(AppError::Conflict(
                "You cannot change your own role; ask another admin.".into(),
            ));
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
}
