-- The results of checking the audit log's chain (`chairside audit verify`, or an admin's
-- "Verify now" on the audit log page), so the page can show when it was last verified, how far,
-- and any break found. Append-only, like the log.

CREATE TABLE audit_verification (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    verified_at   timestamptz NOT NULL DEFAULT now(),
    -- Who asked (none: the command line).
    verified_by   bigint REFERENCES staff (id),
    -- Rows in the log, and the last position of the chain checked.
    rows_checked  bigint NOT NULL,
    last_position bigint NOT NULL,
    -- The first problem found: its kind (as `ChainBreak` names it) and where.
    problem       text CHECK (problem IN ('at', 'unaccounted', 'unsealed_mismatch',
                                          'unsealed_missing')),
    problem_at    bigint,
    CHECK ((problem IS NULL) = (problem_at IS NULL))
);
CREATE TRIGGER audit_verification_append_only BEFORE UPDATE OR DELETE ON audit_verification
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
