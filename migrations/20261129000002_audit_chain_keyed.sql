-- The audit chain becomes an HMAC keyed by a secret the database never stores.
--
-- Until now each row's hash was SHA-256 over the previous hash and the row's fields: anyone who
-- could write to the table (an owner who switches the append-only trigger off, a restored and
-- edited backup) could rewrite a row and recompute every hash after it, and the chain would
-- check out. From here on each row's hash is HMAC-SHA256 over the same bytes, keyed by the
-- audit chain key, which the application derives from APP_SECRET (HMAC-SHA256(APP_SECRET,
-- "audit-chain"), src/audit/chain_key.rs). Without APP_SECRET a rewritten row cannot be given
-- a hash that verifies.
--
-- How the key reaches the trigger: the application's INSERT sets it for its own transaction
-- only (`set_config('chairside.audit_key', <hex>, true)` in the same statement, see
-- src/audit/store.rs `append`). A transaction-local setting rather than one set per connection
-- because it survives a connection pooler in transaction mode (PgBouncer hands each
-- transaction a different server connection, so a per-connection setting would be lost) and
-- because the key then lives no longer than the transaction that needs it. The key is a bind
-- parameter, so it does not show in pg_stat_activity (do not log statements with their
-- parameters), and it is derived from the secret, so the raw APP_SECRET never reaches the
-- database. An INSERT without the key is refused: the only
-- writer that can extend the chain is one that holds the secret.
--
-- Verification (src/audit/store.rs `verify_chain`, `chairside audit verify`) is given the key as
-- a parameter and recomputes every row.
--
-- Rows written before this migration keep their SHA-256 hashes: rewriting them now would mean
-- trusting whatever they hold at this moment, and would take the secret at migration time.
-- Instead the migration records, once, the first position of the chain that is keyed
-- (audit_chain_keying.keyed_from_seq): rows before it are checked with SHA-256, rows from it on
-- with the HMAC. The first keyed row's HMAC covers the last SHA-256 hash (its prev_hash), so
-- the older rows cannot be rewritten either without breaking a keyed row. The record is written
-- here and never changed (a trigger refuses, and the application's role may only read it); a
-- per-row "keyed" flag would have let a writer mark a rewritten row as unkeyed. What the record
-- cannot stop is someone with the owner's rights moving it to the end of the chain, which turns
-- every row into an unkeyed one: `chairside audit verify` prints the position so a change
-- shows, and the README asks operators to keep the latest (seq, hash) outside the database.
--
-- The global chain lock stays (appends take turns, so the chain is one line under concurrency).
--
-- Deploying: application versions older than this migration do not send the key, so their
-- audited actions fail once it is applied. Stop them before applying it.

-- hmac(). A trusted extension: the database owner may enable it.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- The bytes a row's hash covers: the previous hash, then every field but the hashes as
-- canonical jsonb text. Exactly what audit_row_digest hashed until now (one definition for
-- both kinds of rows).
CREATE FUNCTION audit_row_canonical(r audit_log) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT r.prev_hash || convert_to(jsonb_build_object(
        'seq', r.seq,
        'at', (extract(epoch FROM r.at) * 1000000)::bigint,
        'actor_staff_id', r.actor_staff_id,
        'actor_role', r.actor_role,
        'clinic_id', r.clinic_id,
        'ip', host(r.ip),
        'user_agent', r.user_agent,
        'request_id', r.request_id,
        'action', r.action,
        'object_type', r.object_type,
        'object_id', r.object_id,
        'patient_id', r.patient_id,
        'result', r.result,
        'details', r.details
    )::text, 'UTF8')
$$;

-- The hash of a row written before this migration (unchanged, now over the shared bytes).
CREATE OR REPLACE FUNCTION audit_row_digest(r audit_log) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(audit_row_canonical(r))
$$;

-- The hash of a row written from now on.
CREATE FUNCTION audit_row_mac(r audit_log, chain_key bytea) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT hmac(audit_row_canonical(r), chain_key, 'sha256')
$$;

-- Where the keyed part of the chain begins: one row, written here, never changed.
CREATE TABLE audit_chain_keying (
    only_row       boolean PRIMARY KEY DEFAULT true CONSTRAINT audit_chain_keying_one_row CHECK (only_row),
    keyed_from_seq bigint NOT NULL CONSTRAINT audit_chain_keying_seq_positive CHECK (keyed_from_seq >= 1),
    keyed_at       timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER audit_chain_keying_append_only BEFORE UPDATE OR DELETE ON audit_chain_keying
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_chain_keying_no_truncate BEFORE TRUNCATE ON audit_chain_keying
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- Under the chain lock, so no append can slip between reading the end of the chain and
-- switching the trigger (the lock is held to the end of this migration's transaction).
SELECT pg_advisory_xact_lock(hashtext('audit_log_chain'));
INSERT INTO audit_chain_keying (keyed_from_seq)
SELECT coalesce(max(seq), 0) + 1 FROM audit_log;

-- Links each new row to the last one, as before, but with the keyed hash; refuses a row whose
-- writer did not give the key.
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last audit_log%ROWTYPE;
    key_hex text := current_setting('chairside.audit_key', true);
BEGIN
    IF key_hex IS NULL OR key_hex !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'audit_log: no audit chain key on this transaction (chairside.audit_key); only the application, which derives the key from APP_SECRET, appends audit rows'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
    SELECT * INTO last FROM audit_log ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last.seq, 0) + 1;
    NEW.prev_hash := coalesce(last.hash, '\x'::bytea);
    NEW.hash := audit_row_mac(NEW, decode(key_hex, 'hex'));
    RETURN NEW;
END $$;
