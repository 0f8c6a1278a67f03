use sqlx::PgConnection;

use super::model::StaffMember;
use crate::auth::store::parse_role;

/// Staff who share at least one clinic with `admin_id`, by name.
pub async fn colleagues_of(
    conn: &mut PgConnection,
    admin_id: i64,
) -> Result<Vec<StaffMember>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, bool, Vec<String>)> = sqlx::query_as(
        "SELECT s.id, s.display_name, s.email::text, s.role, s.active,
                array_agg(DISTINCT c.name ORDER BY c.name)
         FROM staff s
         JOIN staff_clinic sc ON sc.staff_id = s.id
         JOIN clinic c ON c.id = sc.clinic_id
         WHERE sc.clinic_id IN (SELECT clinic_id FROM staff_clinic WHERE staff_id = $1)
         GROUP BY s.id
         ORDER BY s.display_name, s.id",
    )
    .bind(admin_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, display_name, email, role, active, clinics)| {
            Ok(StaffMember { id, display_name, email, role: parse_role(&role)?, active, clinics })
        })
        .collect()
}

/// Whether `admin_id` may manage `staff_id`: the admin belongs to every clinic the staff
/// member belongs to. (Role and activity are per account, so changing them touches all of
/// that person's clinics; an admin of only one of them must not decide for the others.)
pub async fn manages(
    conn: &mut PgConnection,
    admin_id: i64,
    staff_id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM staff_clinic WHERE staff_id = $2)
            AND NOT EXISTS (
                SELECT 1 FROM staff_clinic target
                WHERE target.staff_id = $2
                  AND target.clinic_id NOT IN (SELECT clinic_id FROM staff_clinic WHERE staff_id = $1))",
    )
    .bind(admin_id)
    .bind(staff_id)
    .fetch_one(conn)
    .await
}

/// Sets the active flag; answers the previous value (None when there is no such staff member).
pub async fn set_active(
    conn: &mut PgConnection,
    staff_id: i64,
    active: bool,
) -> Result<Option<bool>, sqlx::Error> {
    let before: Option<bool> =
        sqlx::query_scalar("SELECT active FROM staff WHERE id = $1 FOR UPDATE")
            .bind(staff_id)
            .fetch_optional(&mut *conn)
            .await?;
    if before.is_some() {
        sqlx::query("UPDATE staff SET active = $2 WHERE id = $1")
            .bind(staff_id)
            .bind(active)
            .execute(conn)
            .await?;
    }
    Ok(before)
}

/// Sets the role; answers the previous one (None when there is no such staff member).
pub async fn set_role(
    conn: &mut PgConnection,
    staff_id: i64,
    role: crate::domain::Role,
) -> Result<Option<String>, sqlx::Error> {
    let before: Option<String> =
        sqlx::query_scalar("SELECT role FROM staff WHERE id = $1 FOR UPDATE")
            .bind(staff_id)
            .fetch_optional(&mut *conn)
            .await?;
    if before.is_some() {
        sqlx::query("UPDATE staff SET role = $2 WHERE id = $1")
            .bind(staff_id)
            .bind(role.as_str())
            .execute(conn)
            .await?;
    }
    Ok(before)
}
