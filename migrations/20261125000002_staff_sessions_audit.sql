-- Staff accounts, their clinics, their signed-in sessions, login throttling and the audit log.

-- Keeps updated_at true on every UPDATE, whoever writes the row.
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;

-- The tenant: every clinic-owned row will carry clinic_id. The clinic set-up adds its address,
-- contact details and booking policy; staff membership needs only the row itself.
CREATE TABLE clinic (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
    time_zone   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER clinic_updated_at BEFORE UPDATE ON clinic
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A person who signs in. The role decides what they may do (the permission matrix lives in
-- the code, src/domain/permissions.rs); membership decides where.
CREATE TABLE staff (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email               citext NOT NULL UNIQUE CHECK (length(email) <= 254),
    display_name        text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 100),
    role                text NOT NULL CHECK (role IN ('admin', 'dentist', 'hygienist', 'receptionist')),
    -- argon2id PHC string (algorithm, parameters, salt and hash together).
    password_hash       text NOT NULL,
    active              boolean NOT NULL DEFAULT true,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER staff_updated_at BEFORE UPDATE ON staff
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The clinics a staff member belongs to; they see nothing of any other clinic.
CREATE TABLE staff_clinic (
    staff_id   bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    clinic_id  bigint NOT NULL REFERENCES clinic (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (staff_id, clinic_id)
);
CREATE INDEX staff_clinic_clinic_idx ON staff_clinic (clinic_id);

-- The HTTP session store of tower-sessions (tower-sessions-sqlx-store's own layout, created
-- here so the whole schema is in one place). It holds only a pointer to staff_session.
CREATE SCHEMA tower_sessions;
CREATE TABLE tower_sessions.session (
    id          text PRIMARY KEY NOT NULL,
    data        bytea NOT NULL,
    expiry_date timestamptz NOT NULL
);
CREATE INDEX session_expiry_idx ON tower_sessions.session (expiry_date);

-- One signed-in device of a staff member: what "Your sessions" lists and what revocation ends.
-- It is the authority: a cookie whose staff_session has ended is signed out, whatever the
-- cookie store says. Idle and absolute expiry are checked against these times.
CREATE TABLE staff_session (
    id           uuid PRIMARY KEY,
    staff_id     bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    user_agent   text NOT NULL DEFAULT '',
    ip           inet,
    signed_in_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    ended_at     timestamptz,
    end_reason   text CHECK (end_reason IN ('signed_out', 'revoked', 'expired', 'deactivated', 'password_changed')),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE INDEX staff_session_live_idx ON staff_session (staff_id) WHERE ended_at IS NULL;

-- Failed sign-in attempts, per typed email and per IP, for throttling across all instances.
-- Rows older than a day are useless and are deleted by the sign-in code as it goes.
CREATE TABLE login_failure (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      citext NOT NULL,
    ip         inet,
    failed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at);
CREATE INDEX login_failure_ip_idx ON login_failure (ip, failed_at);

-- The audit log: append-only, each row chained to the previous one by a SHA-256 hash, so any
-- edit, deletion or insertion in the middle shows when the chain is checked.
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Position in the chain, given under the chain lock (ids can commit out of order).
    seq             bigint NOT NULL UNIQUE,
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_staff_id  bigint REFERENCES staff (id),
    actor_role      text,
    clinic_id       bigint REFERENCES clinic (id),
    ip              inet,
    user_agent      text,
    request_id      text,
    action          text NOT NULL,
    object_type     text,
    object_id       text,
    patient_id      bigint,
    result          text NOT NULL CHECK (result IN ('success', 'denied', 'failed')),
    details         jsonb NOT NULL DEFAULT '{}',
    prev_hash       bytea NOT NULL,
    hash            bytea NOT NULL
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_staff_id, at);
CREATE INDEX audit_log_clinic_idx ON audit_log (clinic_id, at);
CREATE INDEX audit_log_patient_idx ON audit_log (patient_id, at) WHERE patient_id IS NOT NULL;

-- The bytes a row's hash covers: every field but the hashes, as canonical jsonb text.
CREATE FUNCTION audit_row_digest(r audit_log) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(r.prev_hash || convert_to(jsonb_build_object(
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
    )::text, 'UTF8'))
$$;

-- Links each new row to the last one. The advisory lock (held to the end of the inserting
-- transaction) makes appends take turns, so the chain is one line even under concurrency.
-- Appends must run at READ COMMITTED (the default) so the lookup sees the last committed row;
-- were it not so, the unique seq would refuse the fork rather than let it pass silently.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last audit_log%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
    SELECT * INTO last FROM audit_log ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last.seq, 0) + 1;
    NEW.prev_hash := coalesce(last.hash, '\x'::bytea);
    NEW.hash := audit_row_digest(NEW);
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
