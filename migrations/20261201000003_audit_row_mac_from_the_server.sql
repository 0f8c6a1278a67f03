-- Audit rows arrive with their id and their own MAC, computed by the server; the database checks
-- and queues each statement's rows at once, and the log no longer locks the rows it mentions.
--
-- Why: with the calendar and My day answered from memory (issue 15), appending their audit rows
-- was most of PostgreSQL's work per page, and most of that was per-row work the server does in
-- a fraction of the time. Measured with pgbench (ten rows per INSERT, four clients): 2,100
-- statements/s as before; 2,600 without the two foreign keys; 5,500 with the MAC from the
-- server and one check per statement (BENCHMARKS.md, issue 15).
--
-- 1. The MAC. Until now a BEFORE INSERT trigger computed each row's MAC in plpgsql
--    (audit_row_content_mac: a jsonb object of the row, its text, an HMAC) from the key the
--    application set on the transaction. Now the server takes the rows' ids from the log's
--    sequence, computes the same MAC over the same text (src/audit/row_mac.rs), and inserts
--    the rows with their ids (OVERRIDING SYSTEM VALUE) and MACs. The content and the MAC are
--    unchanged, so verification is unchanged: `chairside audit verify` still recomputes every
--    MAC in the database from the stored row, and a row whose MAC does not match is reported
--    as before. The key no longer travels with appends (only with sealing and verification).
--
--    What this changes for someone who can write to the database without APP_SECRET: nothing.
--    Before, they could set any well-formed key on their transaction and append a row with a
--    MAC under it; now they can append a row with any MAC. Either way the row does not verify
--    under the real key and is reported, before and after it is sealed.
--
-- 2. The check and the queue, once per statement. An AFTER INSERT trigger per statement reads
--    the statement's new rows (a transition table): it refuses the whole statement if any row
--    lacks a 32-byte MAC or carries a legacy chain column (seq, prev_hash, hash: only the rows
--    before sealing have them), and queues all of them for sealing with one INSERT. A refused
--    statement leaves nothing behind. Appends still take no lock and wait for nothing.
--
-- 3. No foreign keys from the log. audit_log referred to staff and clinic, and audit_seal to
--    audit_log: each check locked the row referred to (FOR KEY SHARE), so every audited request
--    of a clinic took a share lock on its clinic's row, and every seal locked (wrote to) the
--    row it seals. The log records ids as they were when written; it does not need them to
--    exist later. Clinics and staff are never deleted by the application (they are
--    deactivated); a seal naming a row that is gone is reported by verification (its LEFT
--    JOIN), as a deleted row always was.
--
-- Deploying: a server older than this migration appends rows without a MAC, which are now
-- refused. Stop every older instance, run `chairside migrate`, then start this version (as for
-- 20261129000002). Rows appended before keep their MACs and seals; nothing is rewritten.

ALTER TABLE audit_log
    DROP CONSTRAINT audit_log_actor_staff_id_fkey,
    DROP CONSTRAINT audit_log_clinic_id_fkey;
ALTER TABLE audit_seal DROP CONSTRAINT audit_seal_audit_id_fkey;

DROP TRIGGER audit_log_mac_and_queue ON audit_log;
DROP FUNCTION audit_log_mac_and_queue();

CREATE FUNCTION audit_log_check_and_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM appended
               WHERE row_mac IS NULL OR octet_length(row_mac) <> 32
                  OR seq IS NOT NULL OR prev_hash IS NOT NULL OR hash IS NOT NULL) THEN
        RAISE EXCEPTION 'audit_log: every new row needs its own 32-byte MAC (row_mac) and no chain columns (seq, prev_hash, hash); only the application, which derives the key from APP_SECRET, appends audit rows'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO audit_unsealed (audit_id) SELECT id FROM appended;
    RETURN NULL;
END $$;

CREATE TRIGGER audit_log_check_and_queue AFTER INSERT ON audit_log
    REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_check_and_queue();
