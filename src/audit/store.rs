use serde_json::Value;
use sqlx::PgConnection;

use super::chain_key::{self, ChainKey};
use crate::domain::Role;

/// The outcome recorded for an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
    Failed,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Denied => "denied",
            Outcome::Failed => "failed",
        }
    }
}

/// Where a request came from, for the audit log.
#[derive(Debug, Clone, Default)]
pub struct RequestOrigin {
    pub ip: Option<std::net::IpAddr>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

/// One audit row, built up then appended with [`append`].
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub action: &'static str,
    pub outcome: Outcome,
    pub actor: Option<(i64, Role)>,
    pub clinic_id: Option<i64>,
    pub object: Option<(&'static str, String)>,
    pub patient_id: Option<i64>,
    pub details: Value,
    pub origin: RequestOrigin,
}

impl AuditEntry {
    pub fn new(action: &'static str, outcome: Outcome, origin: &RequestOrigin) -> Self {
        AuditEntry {
            action,
            outcome,
            actor: None,
            clinic_id: None,
            object: None,
            patient_id: None,
            details: Value::Object(Default::default()),
            origin: origin.clone(),
        }
    }

    pub fn actor(mut self, staff_id: i64, role: Role) -> Self {
        self.actor = Some((staff_id, role));
        self
    }

    pub fn clinic(mut self, clinic_id: i64) -> Self {
        self.clinic_id = Some(clinic_id);
        self
    }

    pub fn object(mut self, kind: &'static str, id: impl ToString) -> Self {
        self.object = Some((kind, id.to_string()));
        self
    }

    pub fn patient(mut self, patient_id: i64) -> Self {
        self.patient_id = Some(patient_id);
        self
    }

    pub fn details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }
}

/// Appends `entry` inside the caller's transaction (or on its own when `conn` is not in one).
///
/// The row's position, link and hash are set by the database trigger under the chain lock; the
/// trigger needs the chain key, which this statement gives it for its own transaction only
/// (`set_config(..., true)`): a connection pooler in transaction mode keeps it, and it is gone
/// when the transaction ends. The key comes from [`chain_key::install`] (done at start-up).
pub async fn append(conn: &mut PgConnection, entry: AuditEntry) -> Result<(), sqlx::Error> {
    let key = chain_key::installed().ok_or_else(|| {
        sqlx::Error::Configuration(
            "no audit chain key installed in this process (audit::chain_key::install)".into(),
        )
    })?;
    // The WHERE is evaluated before the row exists, so the key is set when the trigger runs.
    let inserted = sqlx::query(
        "INSERT INTO audit_log (actor_staff_id, actor_role, clinic_id, ip, user_agent, request_id,
                                action, object_type, object_id, patient_id, result, details)
         SELECT $1, $2, $3, $4::inet, $5, $6, $7, $8, $9, $10, $11, $12
         WHERE set_config('chairside.audit_key', $13, true) IS NOT NULL",
    )
    .bind(entry.actor.map(|(id, _)| id))
    .bind(entry.actor.map(|(_, role)| role.as_str()))
    .bind(entry.clinic_id)
    .bind(entry.origin.ip.map(|ip| ip.to_string()))
    .bind(entry.origin.user_agent.as_deref())
    .bind(entry.origin.request_id.as_deref())
    .bind(entry.action)
    .bind(entry.object.as_ref().map(|(kind, _)| *kind))
    .bind(entry.object.as_ref().map(|(_, id)| id.as_str()))
    .bind(entry.patient_id)
    .bind(entry.outcome.as_str())
    .bind(&entry.details)
    .bind(key.to_hex())
    .execute(conn)
    .await?;
    if inserted.rows_affected() != 1 {
        return Err(sqlx::Error::Protocol("the audit row was not written".into()));
    }
    Ok(())
}

/// The first row (by chain position) whose hash or link does not match, if any.
///
/// Rows before `audit_chain_keying.keyed_from_seq` (written before the chain was keyed) are
/// checked with their SHA-256 hash, every later row with the HMAC under `key`. Without that
/// record every row counts as keyed, so the older ones show as broken rather than pass.
pub async fn verify_chain(
    conn: &mut PgConnection,
    key: &ChainKey,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT seq FROM (
             SELECT a.seq, a.hash, a.prev_hash,
                    lag(a.hash, 1, '\\x'::bytea) OVER (ORDER BY a.seq) AS expected_prev,
                    lag(a.seq, 1, 0::bigint) OVER (ORDER BY a.seq) AS expected_seq,
                    CASE WHEN a.seq < (SELECT keyed_from_seq FROM audit_chain_keying)
                         THEN audit_row_digest(a)
                         ELSE audit_row_mac(a, $1)
                    END AS recomputed
             FROM audit_log a
         ) chain
         WHERE prev_hash IS DISTINCT FROM expected_prev
            OR hash IS DISTINCT FROM recomputed
            OR seq <> expected_seq + 1
         ORDER BY seq
         LIMIT 1",
    )
    .bind(key.as_bytes())
    .fetch_optional(conn)
    .await
}

/// Where the keyed part of the chain begins: rows before this position predate the keying.
pub async fn keyed_from(conn: &mut PgConnection) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT keyed_from_seq FROM audit_chain_keying").fetch_optional(conn).await
}
