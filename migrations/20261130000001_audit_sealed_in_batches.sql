-- Audit rows are appended without waiting for each other, and sealed into the keyed chain in
-- batches a moment later.
--
-- Until now the trigger on audit_log put each new row at the end of the chain as it was
-- inserted: it took one advisory lock for the whole database, read the last row, and linked the
-- new row to it. The lock was held until the inserting transaction committed, so every audited
-- request of every clinic (and every calendar view writes an audit row) waited in one queue for
-- every other one still open.
--
-- From here on a row is written in two steps:
--
-- 1. Appending (the trigger, inside the transaction of the change it describes, as before):
--    the row gets its own MAC, row_mac = HMAC-SHA256 under the audit chain key over its own
--    fields and its id (audit_row_content), and its id is put in the queue of rows waiting to
--    be sealed (audit_unsealed). Nothing is shared between appends, so they take no lock and do
--    not wait for each other. The row still commits or rolls back with its change, so a
--    committed change never loses its audit row. The key still comes with the application's
--    INSERT (`set_config('chairside.audit_key', ...)`, see 20261129000002), and a row without it
--    is still refused. The row's seq, prev_hash and hash stay empty.
--
-- 2. Sealing (audit_seal_pending, run by a background task of every server instance about
--    twice a second, src/audit/sealer.rs): it takes the queued rows that have committed, in id
--    order, gives each the next position of the chain in audit_seal, with
--    hash = HMAC-SHA256(key, prev_hash || row_mac), and removes them from the queue, all in one
--    transaction. Sealers take turns through their own advisory lock (pg_try_advisory_xact_lock:
--    a sealer that finds it taken does nothing this time), so only sealers ever wait for each
--    other, never requests. A row whose transaction commits late is simply sealed by a later
--    batch: a sealer sees only committed rows.
--
-- What the chain shows: a sealed row that is changed no longer matches its row_mac, and a
-- row_mac (or a seal) cannot be recomputed without the key; a sealed position removed or
-- inserted breaks the links, as before. `chairside audit verify` (src/audit/store.rs
-- `verify_chain`) also reports any row that is neither sealed nor queued (its queue entry was
-- deleted), a queued row that does not match its MAC, and a queued id whose row is gone. What
-- sealing gives up: a row and its queue entry deleted together before the row is sealed leave
-- no trace. That takes the owner's rights (the application's role cannot delete audit rows, and
-- the append-only trigger must be switched off) and must happen within the sealing interval.
-- Rows not sealed yet are not an error: verification counts them.
--
-- Rows written before this migration (the "legacy" rows) keep their seq, prev_hash and hash
-- and are checked exactly as before (SHA-256 before audit_chain_keying.keyed_from_seq, the HMAC
-- from it on). The sealed chain continues theirs: the first seal's position is the last legacy
-- seq plus one and its prev_hash is the last legacy hash, so a rewrite of the legacy rows still
-- breaks the first seal. New rows have no seq, prev_hash or hash (the columns become nullable)
-- and legacy rows have no row_mac.
--
-- Deploying: versions older than this one still append correctly (they send the key), but they
-- do not seal, and their `audit verify` does not know the seals. Run this version's server (or
-- at least one instance of it) so that rows get sealed.

-- The columns of the legacy chain stay for the legacy rows; new rows leave them empty.
ALTER TABLE audit_log
    ALTER COLUMN seq DROP NOT NULL,
    ALTER COLUMN prev_hash DROP NOT NULL,
    ALTER COLUMN hash DROP NOT NULL,
    ADD COLUMN row_mac bytea;

-- The bytes a new row's MAC covers: its id and every field but the chain's columns (seq,
-- prev_hash, hash) and the MAC itself, as canonical jsonb text. The id binds the MAC to the
-- row: a row's fields copied onto another id do not verify.
CREATE FUNCTION audit_row_content(r audit_log) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to(jsonb_build_object(
        'id', r.id,
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

-- A new row's own MAC.
CREATE FUNCTION audit_row_content_mac(r audit_log, chain_key bytea) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT hmac(audit_row_content(r), chain_key, 'sha256')
$$;

-- The rows waiting to be sealed. An id is added by the trigger in the appending transaction
-- and removed by the sealer in the transaction that seals it. No foreign key: the id is queued
-- before its row is inserted (in the row's BEFORE trigger), and verification reports any
-- inconsistency.
CREATE TABLE audit_unsealed (
    audit_id bigint CONSTRAINT audit_unsealed_pkey PRIMARY KEY
);

-- The chain of sealed rows: position seq holds row audit_id, linked to the position before.
-- It continues the legacy chain's positions. Append-only, like audit_log.
CREATE TABLE audit_seal (
    seq       bigint CONSTRAINT audit_seal_pkey PRIMARY KEY
                     CONSTRAINT audit_seal_seq_positive CHECK (seq >= 1),
    audit_id  bigint NOT NULL CONSTRAINT audit_seal_one_per_row UNIQUE
                     CONSTRAINT audit_seal_audit_id_fkey REFERENCES audit_log (id),
    prev_hash bytea NOT NULL,
    -- HMAC-SHA256 under the chain key of prev_hash || the row's row_mac.
    hash      bytea NOT NULL,
    sealed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The new trigger: refuses a row without the key (as before), computes the row's MAC and queues
-- it. No lock: appends do not wait for each other. The identity id is assigned before BEFORE
-- triggers run, so it is known here. The chain's columns are cleared whatever the writer gave,
-- so a new row cannot pass itself off as a legacy one.
CREATE FUNCTION audit_log_mac_and_queue() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key_hex text := current_setting('chairside.audit_key', true);
BEGIN
    IF key_hex IS NULL OR key_hex !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'audit_log: no audit chain key on this transaction (chairside.audit_key); only the application, which derives the key from APP_SECRET, appends audit rows'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    NEW.seq := NULL;
    NEW.prev_hash := NULL;
    NEW.hash := NULL;
    NEW.row_mac := audit_row_content_mac(NEW, decode(key_hex, 'hex'));
    INSERT INTO audit_unsealed (audit_id) VALUES (NEW.id);
    RETURN NEW;
END $$;

-- Switching triggers takes audit_log's ACCESS EXCLUSIVE lock, which waits for every
-- transaction that has appended under the old trigger: the legacy chain's end is final once
-- this migration holds it.
DROP TRIGGER audit_log_chain ON audit_log;
DROP FUNCTION audit_log_chain();
CREATE TRIGGER audit_log_mac_and_queue BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_mac_and_queue();

-- Seals up to max_rows queued rows (committed ones, in id order) at the end of the chain and
-- answers how many. Answers 0 at once when another sealer is at work (it holds the sealing
-- lock until its transaction ends). Run it on its own (autocommit) at READ COMMITTED, so that
-- each statement sees what the previous sealer committed; a second sealer that did not would
-- be refused by the unique positions rather than fork the chain.
CREATE FUNCTION audit_seal_pending(chain_key bytea, max_rows int) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    last_seq  bigint;
    last_hash bytea;
    pending   record;
    sealed    int := 0;
BEGIN
    IF chain_key IS NULL OR octet_length(chain_key) <> 32 THEN
        RAISE EXCEPTION 'audit_seal_pending: the chain key must be 32 bytes'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF max_rows IS NULL OR max_rows NOT BETWEEN 1 AND 10000 THEN
        RAISE EXCEPTION 'audit_seal_pending: max_rows must be from 1 to 10000 (got %)', max_rows
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT pg_try_advisory_xact_lock(hashtext('audit_seal')) THEN
        RETURN 0;
    END IF;

    -- The chain's end: the last seal, else the last legacy row, else the start.
    SELECT seq, hash INTO last_seq, last_hash FROM audit_seal ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        SELECT seq, hash INTO last_seq, last_hash
        FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
        IF NOT FOUND THEN
            last_seq := 0;
            last_hash := '\x'::bytea;
        END IF;
    END IF;

    -- A queued id whose row is gone, or that is already in the chain, is left where it is (it
    -- would otherwise stop every later batch); verification reports the first kind.
    FOR pending IN
        SELECT a.id, a.row_mac
        FROM audit_unsealed u
        JOIN audit_log a ON a.id = u.audit_id
        WHERE a.seq IS NULL
          AND NOT EXISTS (SELECT FROM audit_seal s WHERE s.audit_id = u.audit_id)
        ORDER BY u.audit_id
        LIMIT max_rows
    LOOP
        last_seq := last_seq + 1;
        -- A missing row_mac (only a hand-made row has none) is sealed as empty bytes, so that
        -- one bad row does not stop sealing; verification reports its position.
        INSERT INTO audit_seal (seq, audit_id, prev_hash, hash)
        VALUES (last_seq, pending.id, last_hash,
                hmac(last_hash || coalesce(pending.row_mac, '\x'::bytea), chain_key, 'sha256'))
        RETURNING hash INTO last_hash;
        DELETE FROM audit_unsealed WHERE audit_id = pending.id;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END $$;
