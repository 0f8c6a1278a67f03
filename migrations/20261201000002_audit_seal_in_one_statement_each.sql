-- Sealing a batch of audit rows with three statements instead of two per row.
--
-- audit_seal_pending (20261130000001) sealed each queued row with an INSERT into audit_seal and a
-- DELETE from audit_unsealed of its own: under a steady load of audited reads (every calendar
-- view writes a row) that was about a quarter of the database's time (BENCHMARKS.md). The
-- chain's hashes still have to be computed one after the other (each covers the one before),
-- but that is only a call of hmac() each; the rows are now read in one statement, their seals
-- written in one, and their queue entries removed in one. What is sealed, in which order and
-- with which hashes, is unchanged.
CREATE OR REPLACE FUNCTION audit_seal_pending(chain_key bytea, max_rows int) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    last_seq  bigint;
    last_hash bytea;
    ids       bigint[];
    macs      bytea[];
    prevs     bytea[] := '{}';
    hashes    bytea[] := '{}';
    n         int;
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
    -- would otherwise stop every later batch); verification reports the first kind. A missing
    -- row_mac (only a hand-made row has none) is sealed as empty bytes, so that one bad row
    -- does not stop sealing; verification reports its position.
    SELECT coalesce(array_agg(p.id ORDER BY p.id), '{}'),
           coalesce(array_agg(coalesce(p.row_mac, '\x'::bytea) ORDER BY p.id), '{}')
    INTO ids, macs
    FROM (SELECT a.id, a.row_mac
          FROM audit_unsealed u
          JOIN audit_log a ON a.id = u.audit_id
          WHERE a.seq IS NULL
            AND NOT EXISTS (SELECT FROM audit_seal s WHERE s.audit_id = u.audit_id)
          ORDER BY u.audit_id
          LIMIT max_rows) p;
    n := cardinality(ids);
    IF n = 0 THEN
        RETURN 0;
    END IF;

    FOR i IN 1 .. n LOOP
        prevs := prevs || last_hash;
        last_hash := hmac(last_hash || macs[i], chain_key, 'sha256');
        hashes := hashes || last_hash;
    END LOOP;

    INSERT INTO audit_seal (seq, audit_id, prev_hash, hash)
    SELECT last_seq + s.i, s.id, s.prev, s.hash
    FROM unnest(ids, prevs, hashes) WITH ORDINALITY AS s(id, prev, hash, i);
    DELETE FROM audit_unsealed WHERE audit_id = ANY (ids);
    RETURN n;
END $$;
