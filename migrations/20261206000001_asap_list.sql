-- The ASAP list: patients who would take an earlier time, and the freed times offered to them.
--
-- A request (asap_request) is a patient waiting for an appointment type, perhaps with one
-- provider, on some weekdays and within a window of the clinic's wall-clock time, until a date.
-- When a live appointment with a future start is cancelled or moved, a trigger writes the time
-- it frees (asap_opening); a worker offers it by email to the waiting patients it fits, a few
-- at a time (asap_offer), and the first to claim it books it. An offer's token, like every
-- token, is created when its email is sent and only its SHA-256 is kept.

CREATE TABLE asap_request (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id           bigint NOT NULL REFERENCES clinic (id),
    patient_id          bigint NOT NULL,
    appointment_type_id bigint NOT NULL,
    -- NULL: anyone who performs the type.
    provider_id         bigint,
    -- ISO weekdays as bits: Monday is 1, Sunday 64; 127 is any day.
    weekdays            smallint NOT NULL DEFAULT 127 CHECK (weekdays BETWEEN 1 AND 127),
    -- The clinic's wall-clock window a time must start in; NULL: from opening, or to closing.
    earliest            time,
    latest              time,
    -- On the list until the end of this day (the clinic's).
    expires_on          date NOT NULL,
    source              text NOT NULL CHECK (source IN ('staff', 'online')),
    added_by            bigint REFERENCES staff (id),
    note                text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at          timestamptz NOT NULL DEFAULT now(),
    ended_at            timestamptz,
    end_reason          text CHECK (end_reason IN ('booked', 'removed', 'expired')),
    CONSTRAINT asap_request_ended CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT asap_request_window CHECK (earliest IS NULL OR latest IS NULL OR earliest < latest),
    UNIQUE (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
    FOREIGN KEY (clinic_id, appointment_type_id) REFERENCES appointment_type (clinic_id, id),
    FOREIGN KEY (clinic_id, provider_id) REFERENCES provider (clinic_id, id)
);
-- One open request per patient and type: asking again changes nothing.
CREATE UNIQUE INDEX asap_request_one_open
    ON asap_request (patient_id, appointment_type_id) WHERE ended_at IS NULL;
-- The waiting, earliest first.
CREATE INDEX asap_request_waiting ON asap_request (clinic_id, created_at) WHERE ended_at IS NULL;

CREATE TABLE asap_opening (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id     bigint NOT NULL REFERENCES clinic (id),
    provider_id   bigint NOT NULL,
    -- The start of the freed visit: what is offered.
    starts_at     timestamptz NOT NULL,
    -- The appointment cancelled or moved away.
    freed_by      bigint NOT NULL REFERENCES appointment (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    -- When the worker sends the next batch of offers.
    next_batch_at timestamptz NOT NULL DEFAULT now(),
    offers_sent   integer NOT NULL DEFAULT 0,
    claimed_at    timestamptz,
    -- No more batches (claimed, passed, nobody left who fits, or the limit of offers).
    closed_at     timestamptz,
    closed_reason text,
    CONSTRAINT asap_opening_closed CHECK ((closed_at IS NULL) = (closed_reason IS NULL)),
    UNIQUE (clinic_id, id),
    FOREIGN KEY (clinic_id, provider_id) REFERENCES provider (clinic_id, id)
);
CREATE INDEX asap_opening_due ON asap_opening (next_batch_at) WHERE closed_at IS NULL;
CREATE INDEX asap_opening_clinic ON asap_opening (clinic_id, starts_at);

CREATE TABLE asap_offer (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id   bigint NOT NULL,
    opening_id  bigint NOT NULL,
    request_id  bigint NOT NULL,
    -- The staff member who chose the patient; NULL: the app's batch.
    offered_by  bigint REFERENCES staff (id),
    -- Written when the email is sent (a retried email replaces it).
    token_hash  bytea UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    claimed_at  timestamptz,
    -- One offer of a time to a request.
    CONSTRAINT asap_offer_once UNIQUE (opening_id, request_id),
    FOREIGN KEY (clinic_id, opening_id) REFERENCES asap_opening (clinic_id, id),
    FOREIGN KEY (clinic_id, request_id) REFERENCES asap_request (clinic_id, id)
);
CREATE INDEX asap_offer_request ON asap_offer (request_id);

-- A live appointment still to come that is cancelled, or moved to another time or provider,
-- frees its time, when the clinic has someone waiting; the offers' workers are woken at once
-- (NOTIFY is delivered when the transaction commits, and not at all if it rolls back).
CREATE FUNCTION asap_note_freed_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('scheduled', 'confirmed') AND OLD.patient_id IS NOT NULL
       AND lower(OLD.visit) > now()
       AND (NEW.status IN ('cancelled', 'no_show') OR NEW.visit <> OLD.visit
            OR NEW.provider_id <> OLD.provider_id)
       AND EXISTS (SELECT 1 FROM asap_request r
                   WHERE r.clinic_id = OLD.clinic_id AND r.ended_at IS NULL) THEN
        INSERT INTO asap_opening (clinic_id, provider_id, starts_at, freed_by)
        VALUES (OLD.clinic_id, OLD.provider_id, lower(OLD.visit), OLD.id);
        PERFORM pg_notify('asap_opening', OLD.clinic_id::text);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER appointment_frees_time AFTER UPDATE OF status, visit, provider_id ON appointment
    FOR EACH ROW EXECUTE FUNCTION asap_note_freed_time();

-- The offer email.
ALTER TABLE email_template DROP CONSTRAINT email_template_kind_check;
ALTER TABLE email_template ADD CONSTRAINT email_template_kind_check
    CHECK (kind IN ('booking_confirmation', 'rescheduled', 'cancelled', 'reminder',
                    'staff_invitation', 'recall', 'asap_offer'));
ALTER TABLE email_outbox ADD COLUMN asap_offer_id bigint REFERENCES asap_offer (id);
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_link_kind_check;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_link_target;
ALTER TABLE email_outbox
    ADD CONSTRAINT email_outbox_link_kind_check
        CHECK (link_kind IN ('manage', 'invitation', 'recall', 'asap_offer')),
    ADD CONSTRAINT email_outbox_link_target CHECK (
        link_kind IS NULL
        OR (link_kind = 'manage' AND appointment_id IS NOT NULL)
        OR (link_kind = 'invitation' AND staff_id IS NOT NULL)
        OR (link_kind = 'recall' AND recall_id IS NOT NULL)
        OR (link_kind = 'asap_offer' AND asap_offer_id IS NOT NULL));
