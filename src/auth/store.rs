//! SQL for staff accounts and their sessions.

use std::net::IpAddr;

use sqlx::PgConnection;
use uuid::Uuid;

use crate::auth::model::ClinicSummary;
use crate::domain::Role;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffCredentials {
    pub id: i64,
    pub role: String,
    pub password_hash: String,
}

/// The active account with this email (case-insensitive), for signing in.
pub async fn active_credentials(
    conn: &mut PgConnection,
    email: &str,
) -> Result<Option<StaffCredentials>, sqlx::Error> {
    sqlx::query_as("SELECT id, role, password_hash FROM staff WHERE email = $1::citext AND active AND kind = 'person'",
    )
        .bind(email)
        .fetch_optional(conn)
        .await
}

pub async fn start_session(
    conn: &mut PgConnection,
    staff_id: i64,
    user_agent: &str,
    ip: Option<IpAddr>,
) -> Result<Uuid, sqlx::Error> {
    let id = Uuid::new_v4();
    sqlx::query(
        "INSERT INTO staff_session (id, staff_id, user_agent, ip) VALUES ($1, $2, $3, $4::inet)",
    )
    .bind(id)
    .bind(staff_id)
    .bind(user_agent)
    .bind(ip.map(|ip| ip.to_string()))
    .execute(conn)
    .await?;
    Ok(id)
}

/// Ends a session that is still live; answers whether it was.
/// Rows of the HTTP session store deleted by one statement of a sweep.
pub const SESSION_SWEEP_BATCH: i64 = 1000;

/// Deletes up to [`SESSION_SWEEP_BATCH`] rows of the HTTP session store past their expiry (the
/// store only ignores them): cookies of idle browsers, and the sessions of refused anonymous
/// form posts nobody came back for (`server::form_flash`). Answers how many went.
pub async fn sweep_expired_http_sessions(conn: &mut PgConnection) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM tower_sessions.session WHERE id IN (
             SELECT id FROM tower_sessions.session WHERE expiry_date < now()
             LIMIT $1 FOR UPDATE SKIP LOCKED)",
    )
    .bind(SESSION_SWEEP_BATCH)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

pub async fn end_session(
    conn: &mut PgConnection,
    session_id: Uuid,
    reason: &str,
) -> Result<bool, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE staff_session SET ended_at = now(), end_reason = $2
         WHERE id = $1 AND ended_at IS NULL",
    )
    .bind(session_id)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(ended.rows_affected() == 1)
}

/// A session as seen on a request: who it belongs to and whether it may continue.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionCheck {
    pub staff_id: i64,
    pub role: String,
    pub display_name: String,
    pub email: String,
    pub usable: bool,
    pub idle_or_too_old: bool,
    pub touch_due: bool,
}

/// Loads a session with its staff member, judged against the idle and absolute limits by the
/// database clock (tests move a session's times back instead of waiting).
pub async fn check_session(
    conn: &mut PgConnection,
    session_id: Uuid,
    idle_seconds: i64,
    absolute_seconds: i64,
) -> Result<Option<SessionCheck>, sqlx::Error> {
    sqlx::query_as(
        "SELECT st.id AS staff_id, st.role, st.display_name, st.email::text AS email,
                (s.ended_at IS NULL AND st.active) AS usable,
                (now() - s.last_seen_at > make_interval(secs => $2)
                 OR now() - s.signed_in_at > make_interval(secs => $3)) AS idle_or_too_old,
                now() - s.last_seen_at > interval '1 minute' AS touch_due
         FROM staff_session s JOIN staff st ON st.id = s.staff_id
         WHERE s.id = $1",
    )
    .bind(session_id)
    .bind(idle_seconds as f64)
    .bind(absolute_seconds as f64)
    .fetch_optional(conn)
    .await
}

/// A session that may be answered from kept pages, with everything about its staff member a
/// kept page depends on: who they are (name, email, role, when they last looked at the online
/// bookings), which clinics they belong to, and the sum of those clinics' data versions. (The
/// versions only grow, so for one set of clinics the sum changes with every committed change to
/// any of them; the set changes only through a change that raises one of them.)
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PageViewer {
    pub staff_id: i64,
    pub role: String,
    pub display_name: String,
    pub email: String,
    pub online_bookings_seen_at: Option<chrono::DateTime<chrono::Utc>>,
    pub clinic_ids: Vec<i64>,
    pub data_version: i64,
}

/// A session that may be answered from kept pages, and whether its last-seen time is due to
/// move on (at most once a minute, as [`check_session`] says).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CheckedViewer {
    #[sqlx(flatten)]
    pub viewer: PageViewer,
    pub touch_due: bool,
}

/// The session check of [`check_session`] and the viewer's clinics' data version, in one
/// statement, for several sessions at once: the viewer of each of `session_ids` that is usable
/// and within its limits. Any other goes the ordinary way, which ends it.
pub async fn check_page_viewers(
    conn: &mut PgConnection,
    session_ids: &[Uuid],
    idle_seconds: i64,
    absolute_seconds: i64,
) -> Result<Vec<(Uuid, CheckedViewer)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        session_id: Uuid,
        #[sqlx(flatten)]
        checked: CheckedViewer,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.id AS session_id, st.id AS staff_id, st.role, st.display_name,
                st.email::text AS email, st.online_bookings_seen_at,
                array(SELECT sc.clinic_id FROM staff_clinic sc WHERE sc.staff_id = st.id
                      ORDER BY sc.clinic_id) AS clinic_ids,
                (SELECT coalesce(sum(v.version), 0)::bigint
                 FROM staff_clinic sc JOIN clinic_data_version v ON v.clinic_id = sc.clinic_id
                 WHERE sc.staff_id = st.id) AS data_version,
                now() - s.last_seen_at > interval '1 minute' AS touch_due
         FROM staff_session s
         JOIN staff st ON st.id = s.staff_id
         WHERE s.id = ANY($1) AND s.ended_at IS NULL AND st.active
           AND now() - s.last_seen_at <= make_interval(secs => $2)
           AND now() - s.signed_in_at <= make_interval(secs => $3)",
    )
    .bind(session_ids)
    .bind(idle_seconds as f64)
    .bind(absolute_seconds as f64)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|row| (row.session_id, row.checked)).collect())
}

/// Moves the last-seen time of those of `session_ids` still live and due for it on (at most
/// once a minute), and answers the ones it moved. Sessions touched meanwhile
/// are left as they are, so many requests of one session asking at once touch it once.
pub async fn touch_due_sessions(
    conn: &mut PgConnection,
    session_ids: &[Uuid],
) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE staff_session SET last_seen_at = now()
         WHERE id = ANY($1) AND ended_at IS NULL AND now() - last_seen_at > interval '1 minute'
         RETURNING id",
    )
    .bind(session_ids)
    .fetch_all(conn)
    .await
}

pub async fn clinics_of(
    conn: &mut PgConnection,
    staff_id: i64,
) -> Result<Vec<ClinicSummary>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT c.id, c.name FROM staff_clinic sc JOIN clinic c ON c.id = sc.clinic_id
         WHERE sc.staff_id = $1 ORDER BY c.name",
    )
    .bind(staff_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id, name)| ClinicSummary { id, name }).collect())
}

/// Creates the account, or resets its name, role, password and activity when the email exists.
/// Returns the staff id.
pub async fn upsert_staff(
    conn: &mut PgConnection,
    email: &str,
    display_name: &str,
    role: Role,
    password_hash: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO staff (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO UPDATE
         SET display_name = EXCLUDED.display_name, role = EXCLUDED.role,
             password_hash = EXCLUDED.password_hash, active = true, password_changed_at = now()
         RETURNING id",
    )
    .bind(email)
    .bind(display_name)
    .bind(role.as_str())
    .bind(password_hash)
    .fetch_one(conn)
    .await
}

pub async fn add_membership(
    conn: &mut PgConnection,
    staff_id: i64,
    clinic_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO staff_clinic (staff_id, clinic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(staff_id)
    .bind(clinic_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub fn parse_role(stored: &str) -> Result<Role, sqlx::Error> {
    Role::parse(stored).map_err(|e| sqlx::Error::Decode(e.into()))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LiveSession {
    pub id: Uuid,
    pub user_agent: String,
    pub ip: Option<String>,
    pub signed_in_at: chrono::DateTime<chrono::Utc>,
    pub last_seen_at: chrono::DateTime<chrono::Utc>,
    /// The time zone and region of the staff member's first clinic (UTC and GB without one).
    pub time_zone: String,
    pub region: String,
}

/// The staff member's live sessions, most recently used first.
pub async fn live_sessions(
    conn: &mut PgConnection,
    staff_id: i64,
    idle_seconds: i64,
    absolute_seconds: i64,
) -> Result<Vec<LiveSession>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.user_agent, host(s.ip) AS ip, s.signed_in_at, s.last_seen_at,
                coalesce(home.time_zone, 'UTC') AS time_zone, coalesce(home.region, 'GB') AS region
         FROM staff_session s
         LEFT JOIN LATERAL (
             SELECT c.time_zone, c.region FROM staff_clinic sc JOIN clinic c ON c.id = sc.clinic_id
             WHERE sc.staff_id = s.staff_id ORDER BY sc.clinic_id LIMIT 1) home ON true
         WHERE s.staff_id = $1 AND s.ended_at IS NULL
           AND now() - s.last_seen_at <= make_interval(secs => $2)
           AND now() - s.signed_in_at <= make_interval(secs => $3)
         ORDER BY s.last_seen_at DESC",
    )
    .bind(staff_id)
    .bind(idle_seconds as f64)
    .bind(absolute_seconds as f64)
    .fetch_all(conn)
    .await
}

/// Ends one live session of `staff_id` (and no one else's); answers whether it did.
pub async fn end_own_session(
    conn: &mut PgConnection,
    staff_id: i64,
    session_id: Uuid,
    reason: &str,
) -> Result<bool, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE staff_session SET ended_at = now(), end_reason = $3
         WHERE id = $1 AND staff_id = $2 AND ended_at IS NULL",
    )
    .bind(session_id)
    .bind(staff_id)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(ended.rows_affected() == 1)
}

/// Ends every live session of `staff_id` except `keep`; answers how many.
pub async fn end_other_sessions(
    conn: &mut PgConnection,
    staff_id: i64,
    keep: Option<Uuid>,
    reason: &str,
) -> Result<u64, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE staff_session SET ended_at = now(), end_reason = $3
         WHERE staff_id = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $2",
    )
    .bind(staff_id)
    .bind(keep)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(ended.rows_affected())
}

/// The password hash of an active account, by id.
pub async fn password_hash_of(
    conn: &mut PgConnection,
    staff_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT password_hash FROM staff WHERE id = $1 AND active")
        .bind(staff_id)
        .fetch_optional(conn)
        .await
}

pub async fn set_password_hash(
    conn: &mut PgConnection,
    staff_id: i64,
    password_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff SET password_hash = $2, password_changed_at = now() WHERE id = $1")
        .bind(staff_id)
        .bind(password_hash)
        .execute(conn)
        .await?;
    Ok(())
}
