//! What every server function about one clinic's records does first and last: authorize the
//! caller for that clinic (role and membership), and audit the change with its before and after
//! values.

use serde::Serialize;
use serde_json::json;
use sqlx::PgConnection;

use crate::audit::store::{self as audit, AuditEntry, Outcome};
use crate::auth::session::{self, Actor};
use crate::domain::Permission;
use crate::error::AppError;
use crate::setup::model::ClinicRef;

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

/// Membership of the clinic with this slug, for a caller already authorized with `require`
/// (called before any connection is taken: it needs one of its own, and a request holding one
/// while waiting for another can starve the pool under load). A clinic the caller does not
/// belong to answers "not found", exactly like one that does not exist.
pub async fn open(
    conn: &mut PgConnection,
    actor: Actor,
    clinic_slug: &str,
) -> Result<ClinicAccess, AppError> {
    let clinic = clinic_of(conn, actor.staff_id, clinic_slug).await?.ok_or(AppError::NotFound)?;
    Ok(ClinicAccess { actor, clinic })
}

/// Like [`open`], choosing among `clinics`, the caller's own (from [`clinics_of`], read on the
/// same request): the one with this slug, or the first when the slug is empty. Saves a page
/// that lists the caller's clinics anyway a second query; membership is the list's.
pub fn open_among(
    actor: Actor,
    clinics: &[ClinicRef],
    clinic_slug: &str,
) -> Result<ClinicAccess, AppError> {
    let clinic = match clinic_slug.trim() {
        "" => clinics.first(),
        slug => clinics.iter().find(|clinic| clinic.slug == slug),
    };
    let clinic = clinic.cloned().ok_or(AppError::NotFound)?;
    Ok(ClinicAccess { actor, clinic })
}

/// Like [`open`], for an already authorized caller and the clinic a record belongs to (found
/// by the caller from the record). Without the caller's membership, the record does not exist
/// for them.
pub async fn open_for(
    conn: &mut PgConnection,
    actor: Actor,
    clinic_id: Option<i64>,
) -> Result<ClinicAccess, AppError> {
    let Some(clinic_id) = clinic_id else {
        return Err(AppError::NotFound);
    };
    let clinic: Option<ClinicRef> = sqlx::query_as(&format!(
        "SELECT {} FROM clinic c JOIN staff_clinic sc ON sc.clinic_id = c.id AND sc.staff_id = $1
         WHERE c.id = $2",
        ClinicRef::COLUMNS
    ))
    .bind(actor.staff_id)
    .bind(clinic_id)
    .fetch_optional(conn)
    .await?;
    Ok(ClinicAccess { actor, clinic: clinic.ok_or(AppError::NotFound)? })
}

/// The kinds of clinic-owned record a form or server function names by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owned {
    Chair,
    Provider,
    Appointment,
}

impl Owned {
    fn table(self) -> &'static str {
        match self {
            Owned::Chair => "chair",
            Owned::Provider => "provider",
            Owned::Appointment => "appointment",
        }
    }
}

/// Whether every one of `ids` names a record of the clinic (no ids: true).
pub async fn all_in_clinic(
    conn: &mut PgConnection,
    clinic_id: i64,
    owned: Owned,
    ids: &[i64],
) -> Result<bool, sqlx::Error> {
    if ids.is_empty() {
        return Ok(true);
    }
    // The table name comes from `Owned`, never from the request.
    sqlx::query_scalar(&format!(
        "SELECT NOT EXISTS (
             SELECT 1 FROM unnest($2::bigint[]) AS wanted (id)
             WHERE NOT EXISTS (SELECT 1 FROM {} r WHERE r.clinic_id = $1 AND r.id = wanted.id))",
        owned.table()
    ))
    .bind(clinic_id)
    .bind(ids)
    .fetch_one(conn)
    .await
}

/// Checks ids sent by a form before any other use: an id of another clinic is "not found",
/// exactly like one that does not exist. Without this, the id reaches a query whose refusal
/// tells about the other clinic: an exclusion constraint is checked before the composite
/// foreign key, so a write naming another clinic's chair answers with that chair's clash
/// ("used by another provider then"), and a foreign key's own refusal is a 500.
pub async fn require_in_clinic(
    conn: &mut PgConnection,
    clinic_id: i64,
    owned: Owned,
    ids: &[i64],
) -> Result<(), AppError> {
    if all_in_clinic(conn, clinic_id, owned, ids).await? { Ok(()) } else { Err(AppError::NotFound) }
}

/// The clinics of a staff member, by name.
pub async fn clinics_of(
    conn: &mut PgConnection,
    staff_id: i64,
) -> Result<Vec<ClinicRef>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {} FROM clinic c JOIN staff_clinic sc ON sc.clinic_id = c.id
         WHERE sc.staff_id = $1 ORDER BY c.name, c.id",
        ClinicRef::COLUMNS
    ))
    .bind(staff_id)
    .fetch_all(conn)
    .await
}

async fn clinic_of(
    conn: &mut PgConnection,
    staff_id: i64,
    slug: &str,
) -> Result<Option<ClinicRef>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {} FROM clinic c JOIN staff_clinic sc ON sc.clinic_id = c.id AND sc.staff_id = $1
         WHERE c.slug = $2",
        ClinicRef::COLUMNS
    ))
    .bind(staff_id)
    .bind(slug)
    .fetch_optional(conn)
    .await
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
