//! What every set-up server function does first and last: authorize the caller for the clinic
//! named in the request, and audit the change with its before and after values.

use serde::Serialize;
use serde_json::json;
use sqlx::PgConnection;

use super::model::ClinicRef;
use crate::audit::store::{self as audit, AuditEntry, Outcome};
use crate::auth::authorize::require;
use crate::auth::session::{self, Actor};
use crate::domain::Permission;
use crate::error::{AppError, FieldValues};

/// A caller allowed `permission` who belongs to the clinic.
pub struct ClinicAccess {
    pub actor: Actor,
    pub clinic: ClinicRef,
}

impl ClinicAccess {
    /// Whether the caller may change the set-up (pages show forms only then).
    pub fn can_edit(&self) -> bool {
        self.actor.role.allows(Permission::ManageClinicSetup)
    }
}

/// Requires `permission`, then membership of the clinic with this slug. A clinic the caller
/// does not belong to answers "not found", exactly like one that does not exist.
pub async fn open(
    conn: &mut PgConnection,
    permission: Permission,
    clinic_slug: &str,
) -> Result<ClinicAccess, AppError> {
    let actor = require(permission).await?;
    let clinic = clinic_of(conn, actor.staff_id, clinic_slug).await?.ok_or(AppError::NotFound)?;
    Ok(ClinicAccess { actor, clinic })
}

async fn clinic_of(
    conn: &mut PgConnection,
    staff_id: i64,
    slug: &str,
) -> Result<Option<ClinicRef>, sqlx::Error> {
    let row: Option<(i64, String, String, String)> = sqlx::query_as(
        "SELECT c.id, c.slug, c.name, c.time_zone
         FROM clinic c JOIN staff_clinic sc ON sc.clinic_id = c.id AND sc.staff_id = $1
         WHERE c.slug = $2",
    )
    .bind(staff_id)
    .bind(slug)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(id, slug, name, time_zone)| ClinicRef { id, slug, name, time_zone }))
}

/// Appends the audit row of a set-up change: `before` is null for a creation.
pub async fn audit_change(
    conn: &mut PgConnection,
    access: &ClinicAccess,
    action: &'static str,
    object: (&'static str, i64),
    before: Option<&impl Serialize>,
    after: &impl Serialize,
) -> Result<(), AppError> {
    let entry = AuditEntry::new(action, Outcome::Success, &session::request_origin())
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .object(object.0, object.1)
        .details(json!({ "before": before, "after": after }));
    audit::append(conn, entry).await?;
    Ok(())
}

/// The name of the constraint a database error broke, if it broke one.
pub fn broken_constraint(error: &sqlx::Error) -> Option<String> {
    error.as_database_error().and_then(|e| e.constraint()).map(str::to_string)
}

/// What a form sent, flattened to `field` / `rows.0.starts` keys, to echo with its errors.
pub fn typed(form: &impl Serialize) -> FieldValues {
    fn flatten(prefix: String, value: &serde_json::Value, out: &mut FieldValues) {
        let key = |k: &dyn std::fmt::Display| {
            if prefix.is_empty() { k.to_string() } else { format!("{prefix}.{k}") }
        };
        match value {
            serde_json::Value::Object(map) => {
                map.iter().for_each(|(k, v)| flatten(key(k), v, out));
            }
            // A list of plain values (ticked boxes) is kept as one comma-separated value.
            serde_json::Value::Array(items) if items.iter().all(|v| v.is_string()) => {
                let joined = items.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(",");
                out.insert(prefix, joined);
            }
            serde_json::Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, v)| flatten(key(&i), v, out));
            }
            serde_json::Value::String(s) => {
                out.insert(prefix, s.clone());
            }
            // An unticked box arrives as nothing: echoed as empty, so it stays unticked.
            serde_json::Value::Null => {
                out.insert(prefix, String::new());
            }
            other => {
                out.insert(prefix, other.to_string());
            }
        }
    }
    let mut out = FieldValues::new();
    flatten(String::new(), &serde_json::to_value(form).unwrap_or_default(), &mut out);
    out
}

/// Turns a form's field errors into the validation error that carries the form back.
pub fn rejected(fields: crate::error::FieldErrors, form: &impl Serialize) -> AppError {
    AppError::fields(fields).with_input(typed(form))
}
