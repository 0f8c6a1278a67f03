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

/// Whether `staff_id` shares a clinic with `admin_id` (so the admin may manage them).
pub async fn shares_a_clinic(
    conn: &mut PgConnection,
    admin_id: i64,
    staff_id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (
             SELECT 1 FROM staff_clinic a JOIN staff_clinic b ON a.clinic_id = b.clinic_id
             WHERE a.staff_id = $1 AND b.staff_id = $2)",
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
