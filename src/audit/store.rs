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
/// The database trigger gives the row its own MAC under the chain key and queues it for
/// sealing ([`seal_pending`] puts it in the chain a moment later); it takes no lock, so appends
/// never wait for each other. The trigger needs the key, which this statement gives it for its
/// own transaction only (`set_config(..., true)`): a connection pooler in transaction mode keeps
/// it, and it is gone when the transaction ends. The key comes from [`chain_key::install`]
/// (done at start-up).
pub async fn append(conn: &mut PgConnection, entry: AuditEntry) -> Result<(), sqlx::Error> {
    insert(conn, entry, APPEND).await
}

/// Appends the audit row of a read (a page of patient data shown), on its own, without waiting
/// for the row to reach the disk: its commit does not wait for the write-ahead log to be
/// flushed (`synchronous_commit = off` for this statement's transaction only).
///
/// What that gives up: if PostgreSQL itself crashes (not the app, and not a clean restart),
/// the read rows of the last moments before the crash (at most about three times
/// `wal_writer_delay`, 0.6 s by default) can be missing afterwards, while the pages they
/// describe were shown. Never a change's row: this refuses to run inside a transaction, so it
/// cannot make a change's commit asynchronous, and changes are audited with [`append`] in
/// their own transaction.
///
/// Requests write their read rows through [`super::reads`], which gathers the rows waiting at
/// one moment into one call of [`append_reads`].
pub async fn append_read(conn: &mut PgConnection, entry: AuditEntry) -> Result<(), sqlx::Error> {
    append_reads(conn, std::slice::from_ref(&entry)).await
}

/// [`append_read`] for several rows in one statement (and one commit), in the order given.
pub async fn append_reads(
    conn: &mut PgConnection,
    entries: &[AuditEntry],
) -> Result<(), sqlx::Error> {
    use sqlx::Connection;
    if conn.is_in_transaction() {
        return Err(sqlx::Error::Protocol(
            "audit::append_read runs on its own, outside a transaction (use append in one)".into(),
        ));
    }
    let key = installed_key()?;
    let column = |value: fn(&AuditEntry) -> Option<String>| -> Vec<Option<String>> {
        entries.iter().map(value).collect()
    };
    let inserted = sqlx::query(APPEND_READS)
        .bind(entries.iter().map(|e| e.actor.map(|(id, _)| id)).collect::<Vec<_>>())
        .bind(column(|e| e.actor.map(|(_, role)| role.as_str().to_string())))
        .bind(entries.iter().map(|e| e.clinic_id).collect::<Vec<_>>())
        .bind(column(|e| e.origin.ip.map(|ip| ip.to_string())))
        .bind(column(|e| e.origin.user_agent.clone()))
        .bind(column(|e| e.origin.request_id.clone()))
        .bind(entries.iter().map(|e| e.action).collect::<Vec<_>>())
        .bind(column(|e| e.object.as_ref().map(|(kind, _)| kind.to_string())))
        .bind(column(|e| e.object.as_ref().map(|(_, id)| id.clone())))
        .bind(entries.iter().map(|e| e.patient_id).collect::<Vec<_>>())
        .bind(entries.iter().map(|e| e.outcome.as_str()).collect::<Vec<_>>())
        .bind(entries.iter().map(|e| e.details.clone()).collect::<Vec<_>>())
        .bind(key.to_hex())
        .execute(conn)
        .await?;
    if inserted.rows_affected() != entries.len() as u64 {
        return Err(sqlx::Error::Protocol("the audit rows were not all written".into()));
    }
    Ok(())
}

/// The INSERT of [`append_reads`]: the rows from one array per column, in their order, in a
/// transaction of their own that commits asynchronously.
const APPEND_READS: &str = "INSERT INTO audit_log (actor_staff_id, actor_role, clinic_id, ip,
                                                   user_agent, request_id, action, object_type,
                                                   object_id, patient_id, result, details)
     SELECT r.actor, r.role, r.clinic, r.ip::inet, r.agent, r.request, r.action, r.kind,
            r.object, r.patient, r.result, r.details
     FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                 $7::text[], $8::text[], $9::text[], $10::bigint[], $11::text[], $12::jsonb[])
              WITH ORDINALITY
              AS r(actor, role, clinic, ip, agent, request, action, kind, object, patient, result,
                   details, n)
     WHERE set_config('chairside.audit_key', $13, true) IS NOT NULL
       AND set_config('synchronous_commit', 'off', true) IS NOT NULL
     ORDER BY r.n";

fn installed_key() -> Result<&'static ChainKey, sqlx::Error> {
    chain_key::installed().ok_or_else(|| {
        sqlx::Error::Configuration(
            "no audit chain key installed in this process (audit::chain_key::install)".into(),
        )
    })
}

/// The INSERT of [`append`]. The WHERE is evaluated before the row exists, so the key is set
/// when the trigger runs.
const APPEND: &str = "INSERT INTO audit_log (actor_staff_id, actor_role, clinic_id, ip, user_agent,
                                             request_id, action, object_type, object_id,
                                             patient_id, result, details)
     SELECT $1, $2, $3, $4::inet, $5, $6, $7, $8, $9, $10, $11, $12
     WHERE set_config('chairside.audit_key', $13, true) IS NOT NULL";

async fn insert(
    conn: &mut PgConnection,
    entry: AuditEntry,
    statement: &'static str,
) -> Result<(), sqlx::Error> {
    let key = installed_key()?;
    let inserted = sqlx::query(statement)
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

/// Seals up to `max_rows` of the committed rows waiting to be sealed (oldest first) at the end
/// of the chain, and answers how many. Answers 0 without waiting when another sealer is at work
/// (sealers take turns through their own lock; appends never wait for them). Run it outside a
/// transaction, or commit right after: the sealing lock is held until the transaction ends.
pub async fn seal_pending(
    conn: &mut PgConnection,
    key: &ChainKey,
    max_rows: i32,
) -> Result<i32, sqlx::Error> {
    sqlx::query_scalar("SELECT audit_seal_pending($1, $2)")
        .bind(key.as_bytes())
        .bind(max_rows)
        .fetch_one(conn)
        .await
}

/// How many audit rows are waiting to be sealed (written in the last moments, or while no
/// server was running). Not an error: a running server seals them within about a second.
pub async fn pending(conn: &mut PgConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT count(*) FROM audit_unsealed").fetch_one(conn).await
}

/// What verification found first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainBreak {
    /// The chain is broken at this position (1 is the first row ever written; every position
    /// before it checks out): the row there or its seal was changed or written under another
    /// key, or a position was removed or inserted.
    At(i64),
    /// The audit row with this id is neither sealed nor waiting to be sealed: its entry in the
    /// sealing queue was deleted.
    Unaccounted(i64),
    /// The audit row with this id, waiting to be sealed, does not match its own MAC: changed
    /// since it was written, or written under another key.
    UnsealedMismatch(i64),
    /// The sealing queue names this audit row id, and no such row exists: it was deleted before
    /// it was sealed.
    UnsealedMissing(i64),
}

/// Checks the whole audit log under `key` and answers the first problem, if any: first the
/// chain (by position), then the rows outside it (by id). Rows waiting to be sealed are not a
/// problem when they match their MAC (see [`pending`]).
///
/// The chain is the legacy rows (written before sealing, each carrying its own position, link
/// and hash in `audit_log`) followed by the seals (`audit_seal`), one sequence of positions.
/// Legacy rows before `audit_chain_keying.keyed_from_seq` (written before the chain was keyed)
/// are checked with their SHA-256 hash, later ones with the HMAC under `key`; without that
/// record every legacy row counts as keyed, so the older ones show as broken rather than pass.
/// A seal is checked against its row: the seal's hash must be the HMAC of its link and the
/// row's MAC, and the row's MAC must match the row.
///
/// One statement, so one snapshot: a batch sealed meanwhile is seen whole or not at all.
pub async fn verify_chain(
    conn: &mut PgConnection,
    key: &ChainKey,
) -> Result<Option<ChainBreak>, sqlx::Error> {
    let found: Option<(String, i64)> = sqlx::query_as(
        "WITH chain AS (
             SELECT a.seq, a.prev_hash, a.hash,
                    CASE WHEN a.seq < (SELECT keyed_from_seq FROM audit_chain_keying)
                         THEN audit_row_digest(a)
                         ELSE audit_row_mac(a, $1)
                    END AS recomputed,
                    true AS row_holds
             FROM audit_log a
             WHERE a.seq IS NOT NULL
             UNION ALL
             SELECT s.seq, s.prev_hash, s.hash,
                    hmac(s.prev_hash || a.row_mac, $1, 'sha256'),
                    coalesce(a.seq IS NULL AND a.row_mac = audit_row_content_mac(a, $1), false)
             FROM audit_seal s
             LEFT JOIN audit_log a ON a.id = s.audit_id
         ),
         broken AS (
             SELECT 'at' AS kind, seq AS place FROM (
                 SELECT c.*,
                        lag(c.hash, 1, '\\x'::bytea) OVER (ORDER BY c.seq) AS expected_prev,
                        lag(c.seq, 1, 0::bigint) OVER (ORDER BY c.seq) AS expected_seq
                 FROM chain c
             ) linked
             WHERE prev_hash IS DISTINCT FROM expected_prev
                OR hash IS DISTINCT FROM recomputed
                OR seq <> expected_seq + 1
                OR NOT row_holds
             ORDER BY seq
             LIMIT 1
         ),
         outside AS (
             SELECT CASE WHEN u.audit_id IS NULL THEN 'unaccounted' ELSE 'unsealed_mismatch' END
                        AS kind,
                    a.id AS place
             FROM audit_log a
             LEFT JOIN audit_unsealed u ON u.audit_id = a.id
             WHERE a.seq IS NULL
               AND NOT EXISTS (SELECT FROM audit_seal s WHERE s.audit_id = a.id)
               AND (u.audit_id IS NULL
                    OR a.row_mac IS DISTINCT FROM audit_row_content_mac(a, $1))
             UNION ALL
             SELECT 'unsealed_missing', u.audit_id
             FROM audit_unsealed u
             WHERE NOT EXISTS (SELECT FROM audit_log a WHERE a.id = u.audit_id)
             ORDER BY place
             LIMIT 1
         )
         SELECT kind, place FROM (
             SELECT 1 AS rank, kind, place FROM broken
             UNION ALL
             SELECT 2, kind, place FROM outside
         ) found
         ORDER BY rank
         LIMIT 1",
    )
    .bind(key.as_bytes())
    .fetch_optional(conn)
    .await?;
    Ok(found.map(|(kind, at)| match kind.as_str() {
        "at" => ChainBreak::At(at),
        "unaccounted" => ChainBreak::Unaccounted(at),
        "unsealed_mismatch" => ChainBreak::UnsealedMismatch(at),
        _ => ChainBreak::UnsealedMissing(at),
    }))
}

/// Where the keyed part of the chain begins: rows before this position predate the keying.
pub async fn keyed_from(conn: &mut PgConnection) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT keyed_from_seq FROM audit_chain_keying").fetch_optional(conn).await
}
