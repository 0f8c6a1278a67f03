use sqlx::PgConnection;

use super::model::StaffMember;
use crate::auth::store::parse_role;

/// Staff who share at least one clinic with `admin_id`, by name.
pub async fn colleagues_of(
    conn: &mut PgConnection,
    admin_id: i64,
) -> Result<Vec<StaffMember>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        display_name: String,
        email: String,
        role: String,
        active: bool,
        clinics: Vec<String>,
        clinic_ids: Vec<i64>,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.id, s.display_name, s.email::text AS email, s.role, s.active,
                array_agg(c.name ORDER BY c.name, c.id) AS clinics,
                array_agg(c.id ORDER BY c.name, c.id) AS clinic_ids
         FROM staff s
         JOIN staff_clinic sc ON sc.staff_id = s.id
         JOIN clinic c ON c.id = sc.clinic_id
         WHERE s.kind = 'person'
           AND sc.clinic_id IN (SELECT clinic_id FROM staff_clinic WHERE staff_id = $1)
         GROUP BY s.id
         ORDER BY s.display_name, s.id",
    )
    .bind(admin_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(StaffMember {
                id: row.id,
                display_name: row.display_name,
                email: row.email,
                role: parse_role(&row.role)?,
                active: row.active,
                clinics: row.clinics,
                clinic_ids: row.clinic_ids,
            })
        })
        .collect()
}

/// Whether `admin_id` may manage `staff_id`: the admin belongs to every clinic the staff
/// member belongs to. (Role and activity are per account, so changing them touches all of
/// that person's clinics; an admin of only one of them must not decide for the others.) An API
/// key's own account is managed only as its key (`api_keys`), never here.
pub async fn manages(
    conn: &mut PgConnection,
    admin_id: i64,
    staff_id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM staff WHERE id = $2 AND kind = 'person')
            AND EXISTS (SELECT 1 FROM staff_clinic WHERE staff_id = $2)
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

/// Whether `staff_id` belongs to every clinic in `clinic_ids`.
pub async fn belongs_to_all(
    conn: &mut PgConnection,
    staff_id: i64,
    clinic_ids: &[i64],
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT count(*) = cardinality($2::bigint[]) FROM staff_clinic
         WHERE staff_id = $1 AND clinic_id = ANY($2)",
    )
    .bind(staff_id)
    .bind(clinic_ids)
    .fetch_one(conn)
    .await
}

/// Creates an account with its clinics; None when the email is taken.
pub async fn create(
    conn: &mut PgConnection,
    new: &super::model::NewStaff,
    password_hash: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO staff (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(new.email.as_str())
    .bind(&new.display_name)
    .bind(new.role.as_str())
    .bind(password_hash)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        sqlx::query(
            "INSERT INTO staff_clinic (staff_id, clinic_id) SELECT $1, unnest($2::bigint[])",
        )
        .bind(id)
        .bind(&new.clinic_ids)
        .execute(conn)
        .await?;
    }
    Ok(id)
}

/// Replaces the memberships of `staff_id` with `clinic_ids`; answers the previous ones.
pub async fn set_clinics(
    conn: &mut PgConnection,
    staff_id: i64,
    clinic_ids: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    let before: Vec<i64> = sqlx::query_scalar(
        "SELECT clinic_id FROM staff_clinic WHERE staff_id = $1 ORDER BY clinic_id FOR UPDATE",
    )
    .bind(staff_id)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM staff_clinic WHERE staff_id = $1 AND clinic_id <> ALL($2)")
        .bind(staff_id)
        .bind(clinic_ids)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO staff_clinic (staff_id, clinic_id) SELECT $1, unnest($2::bigint[])
         ON CONFLICT DO NOTHING",
    )
    .bind(staff_id)
    .bind(clinic_ids)
    .execute(conn)
    .await?;
    Ok(before)
}
