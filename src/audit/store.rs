use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::PgConnection;

use super::chain_key::{self, ChainKey};
use super::row_mac;
use crate::domain::Role;

/// The outcome recorded for an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
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
/// The row gets its id from the log's sequence first, then its own MAC under the chain key
/// ([`row_mac`], computed here from the installed key, [`chain_key::install`]); the database
/// refuses a row without one and queues it for sealing ([`seal_pending`] puts it in the chain a
/// moment later). Nothing is shared between appends, so they never wait for each other.
pub async fn append(conn: &mut PgConnection, entry: AuditEntry) -> Result<(), sqlx::Error> {
    insert_rows(conn, std::slice::from_ref(&entry), APPEND).await
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
    insert_rows(conn, entries, APPEND_READS).await
}

/// Takes an id for each of `entries` from the log's sequence, gives each row its MAC, and
/// inserts them with `statement` ([`APPEND`] or [`APPEND_READS`]) in the order given (ids
/// ascending). All rows of one call carry the same time.
async fn insert_rows(
    conn: &mut PgConnection,
    entries: &[AuditEntry],
    statement: &'static str,
) -> Result<(), sqlx::Error> {
    let key = installed_key()?;
    if entries.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> =
        sqlx::query_scalar(RESERVE_IDS).bind(entries.len() as i32).fetch_all(&mut *conn).await?;
    if ids.len() != entries.len() {
        return Err(sqlx::Error::Protocol("the audit log's sequence gave too few ids".into()));
    }
    // The time as the database keeps it (microseconds), so the MAC covers what is stored.
    let at = DateTime::from_timestamp_micros(Utc::now().timestamp_micros())
        .expect("the current time is within chrono's range");
    let macs: Vec<Vec<u8>> = ids
        .iter()
        .zip(entries)
        .map(|(id, entry)| row_mac::compute(key, *id, at, entry).to_vec())
        .collect();
    let column = |value: fn(&AuditEntry) -> Option<String>| -> Vec<Option<String>> {
        entries.iter().map(value).collect()
    };
    let inserted = sqlx::query(statement)
        .bind(&ids)
        .bind(at)
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
        .bind(&macs)
        .execute(conn)
        .await?;
    if inserted.rows_affected() != entries.len() as u64 {
        return Err(sqlx::Error::Protocol("the audit rows were not all written".into()));
    }
    Ok(())
}

/// `$1` ids of the audit log's sequence, ascending.
const RESERVE_IDS: &str =
    "SELECT nextval('audit_log_id_seq'::regclass) AS id FROM generate_series(1, $1) ORDER BY id";

/// The INSERT of [`insert_rows`]: the rows from one array per column, in their order, with the
/// ids and MACs given (so `OVERRIDING SYSTEM VALUE`: the ids come from the identity's own
/// sequence), followed by `$where`.
macro_rules! insert_rows_where {
    ($where:literal) => {
        concat!(
            "INSERT INTO audit_log (id, at, actor_staff_id, actor_role, clinic_id, ip, user_agent,
                                    request_id, action, object_type, object_id, patient_id,
                                    result, details, row_mac)
             OVERRIDING SYSTEM VALUE
             SELECT r.id, $2, r.actor, r.role, r.clinic, r.ip::inet, r.agent, r.request, r.action,
                    r.kind, r.object, r.patient, r.result, r.details, r.mac
             FROM unnest($1::bigint[], $3::bigint[], $4::text[], $5::bigint[], $6::text[],
                         $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                         $12::bigint[], $13::text[], $14::jsonb[], $15::bytea[])
                      WITH ORDINALITY
                      AS r(id, actor, role, clinic, ip, agent, request, action, kind, object,
                           patient, result, details, mac, n) ",
            $where,
            " ORDER BY r.n"
        )
    };
}

/// The INSERT of [`append`]: part of the caller's transaction, whatever it is.
const APPEND: &str = insert_rows_where!("");

/// The INSERT of [`append_reads`]: a transaction of its own that commits asynchronously.
const APPEND_READS: &str =
    insert_rows_where!("WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL");

fn installed_key() -> Result<&'static ChainKey, sqlx::Error> {
    chain_key::installed().ok_or_else(|| {
        sqlx::Error::Configuration(
            "no audit chain key installed in this process (audit::chain_key::install)".into(),
        )
    })
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

impl ChainBreak {
    /// The kind and place as `audit_verification` records them.
    pub fn recorded(self) -> (&'static str, i64) {
        match self {
            ChainBreak::At(at) => ("at", at),
            ChainBreak::Unaccounted(id) => ("unaccounted", id),
            ChainBreak::UnsealedMismatch(id) => ("unsealed_mismatch", id),
            ChainBreak::UnsealedMissing(id) => ("unsealed_missing", id),
        }
    }
}

/// Checks the whole chain under `key` in one snapshot and records the result (by `staff_id`,
/// or the command line): how many rows, how far the chain goes, and the first problem found.
pub async fn verify_and_record(
    conn: &mut PgConnection,
    key: &ChainKey,
    staff_id: Option<i64>,
) -> Result<(i64, i64, Option<ChainBreak>), sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").execute(&mut *tx).await?;
    let (rows, last_position): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM audit_log),
                greatest((SELECT coalesce(max(seq), 0) FROM audit_log),
                         (SELECT coalesce(max(seq), 0) FROM audit_seal))",
    )
    .fetch_one(&mut *tx)
    .await?;
    let broken = verify_chain(&mut tx, key).await?;
    let (problem, problem_at) = broken.map(ChainBreak::recorded).unzip();
    sqlx::query(
        "INSERT INTO audit_verification (verified_by, rows_checked, last_position, problem,
                                         problem_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(staff_id)
    .bind(rows)
    .bind(last_position)
    .bind(problem)
    .bind(problem_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((rows, last_position, broken))
}
