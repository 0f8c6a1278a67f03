-- API keys: a clinic's integrations (phone systems, marketing tools, spreadsheets) call the
-- REST API under /api/v1 with a key an admin made for that clinic.
--
-- Each key acts as a staff member of its own (kind 'api_key'): a row that can never sign in
-- (its password hash is no PHC string) and belongs to the key's clinic only. So the API goes
-- through the same checks as the pages (clinic membership, the role's permissions, narrowed
-- by the key's scopes), the audit log names the key as the actor of everything it does, and
-- an appointment it books says the key booked it.
ALTER TABLE staff ADD COLUMN kind text NOT NULL DEFAULT 'person'
    CONSTRAINT staff_kind_known CHECK (kind IN ('person', 'api_key'));

CREATE TABLE api_key (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id     bigint NOT NULL REFERENCES clinic (id),
    -- The key's own staff row (see above).
    staff_id      bigint NOT NULL CONSTRAINT api_key_staff_unique UNIQUE REFERENCES staff (id),
    name          text NOT NULL
                  CONSTRAINT api_key_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 80),
    -- The key's first characters ("csk_Ab12Cd34"), shown in lists to tell keys apart.
    shown_prefix  text NOT NULL,
    -- The key itself is never stored: only its SHA-256 (it is 32 random bytes, so a fast hash
    -- is enough; nothing to guess).
    secret_sha256 bytea NOT NULL CONSTRAINT api_key_secret_unique UNIQUE,
    -- Scopes: every key reads the clinic's set-up and calendar; these add changes and patients.
    can_write     boolean NOT NULL,
    can_patients  boolean NOT NULL,
    -- Requests allowed per minute (a fixed window, counted in api_key_use).
    per_minute    integer NOT NULL DEFAULT 120
                  CONSTRAINT api_key_rate_range CHECK (per_minute BETWEEN 1 AND 6000),
    -- NULL: made on the command line (`chairside api-key create`).
    created_by    bigint REFERENCES staff (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    bigint REFERENCES staff (id)
);
CREATE INDEX api_key_clinic ON api_key (clinic_id, id);
CREATE UNIQUE INDEX api_key_live_name_unique ON api_key (clinic_id, lower(btrim(name)))
    WHERE revoked_at IS NULL;

-- Requests per key per minute, for the rate limit; a key's old minutes are deleted as it
-- makes requests (only the current one counts).
CREATE TABLE api_key_use (
    api_key_id bigint NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    minute     timestamptz NOT NULL,
    requests   integer NOT NULL,
    PRIMARY KEY (api_key_id, minute)
);

-- Writes sent with an Idempotency-Key: the first request's answer, replayed to a repeat of the
-- same request (same method, path and body) for 24 hours. `status` is NULL while the first
-- request is still being answered.
CREATE TABLE api_idempotency (
    api_key_id      bigint NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    idempotency_key text NOT NULL
                    CONSTRAINT api_idempotency_key_length
                    CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_sha256  bytea NOT NULL,
    status          smallint,
    response        text,
    location        text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (api_key_id, idempotency_key)
);
CREATE INDEX api_idempotency_age ON api_idempotency (api_key_id, created_at);

-- The browser origins allowed to call the API with this clinic's keys (CORS), e.g.
-- 'https://crm.example.com'. Empty: no browser may; servers are not browsers and need none.
ALTER TABLE clinic ADD COLUMN api_origins text[] NOT NULL DEFAULT '{}'
    CONSTRAINT clinic_api_origins_bound CHECK (cardinality(api_origins) <= 20);
