-- Online booking by patients: holds, the booking's progress, manage links, and the counts that
-- rate-limit the public pages.

-- A hold is an appointment in status 'held': the exclusion constraints count it, so two
-- patients cannot both reach "confirm" for one time. It has no patient until it is confirmed,
-- and it expires; an expired hold is deleted (it never was an appointment).
ALTER TABLE appointment
    ALTER COLUMN patient_id DROP NOT NULL,
    ADD COLUMN hold_expires_at timestamptz,
    ADD CONSTRAINT appointment_hold_expires CHECK ((status = 'held') = (hold_expires_at IS NOT NULL)),
    ADD CONSTRAINT appointment_patient_unless_held CHECK (patient_id IS NOT NULL OR status = 'held');
CREATE INDEX appointment_hold_expiry_idx ON appointment (hold_expires_at) WHERE status = 'held';

CREATE FUNCTION refuse_delete_unless_held() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'held' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'appointments are cancelled, never deleted' USING ERRCODE = 'restrict_violation';
END $$;
DROP TRIGGER appointment_never_deleted ON appointment;
CREATE TRIGGER appointment_never_deleted BEFORE DELETE ON appointment
    FOR EACH ROW EXECUTE FUNCTION refuse_delete_unless_held();

-- One online booking, from the chosen time to the confirmation. The steps after choosing a
-- time carry a random key in their address; only its SHA-256 is stored. Asking for a hold
-- again with the same key (a double click, the back button) answers the same booking.
CREATE TABLE online_booking (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id        bigint NOT NULL REFERENCES clinic (id),
    appointment_id   bigint NOT NULL UNIQUE REFERENCES appointment (id) ON DELETE CASCADE,
    key_hash         bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    -- The proof-of-work puzzle of the details step, and when it was handed out.
    challenge        text NOT NULL,
    -- What the patient typed at the details step (until it is confirmed into a patient).
    details          jsonb,
    new_patient      boolean,
    ip               inet,
    user_agent       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    confirmed_at     timestamptz
);

-- Links in emails to see, cancel or move an appointment without an account. Random, only the
-- SHA-256 stored; valid until the appointment has ended (so a moved appointment's links follow
-- it). Each email has its own link.
CREATE TABLE manage_link (
    token_hash     bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    appointment_id bigint NOT NULL REFERENCES appointment (id),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX manage_link_appointment_idx ON manage_link (appointment_id);

-- Attempts on the public pages, counted per IP address and per email address over a window
-- (every server instance sees the same counts). Old rows are deleted as new ones come.
CREATE TABLE public_attempt (
    bucket text NOT NULL,
    key    text NOT NULL,
    at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX public_attempt_idx ON public_attempt (bucket, key, at);
CREATE INDEX public_attempt_at_idx ON public_attempt (at);

-- Staff: when each last looked at the calendar, so online bookings made since stand out.
ALTER TABLE staff ADD COLUMN online_bookings_seen_at timestamptz;
