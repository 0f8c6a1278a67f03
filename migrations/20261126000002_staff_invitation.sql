-- An invitation to a new staff member: the link an admin passes on lets them choose their own
-- password. Only the SHA-256 of the random token is stored, so a copy of the table lets nobody
-- in; a token works once, until it expires.
CREATE TABLE staff_invitation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id    bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_by  bigint REFERENCES staff (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX staff_invitation_staff_idx ON staff_invitation (staff_id);
