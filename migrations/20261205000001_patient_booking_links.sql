-- Booking links that know the patient: a recall email (and, later, an ASAP offer) links to the
-- online booking with a token of its own, so the patient chooses and confirms only the time.
-- Like every token, only its SHA-256 is kept; it is created when the email is sent (the outbox
-- keeps the marker), runs out at expires_at, and books once (used_at).
CREATE TABLE patient_booking_link (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash  bytea NOT NULL UNIQUE,
    clinic_id   bigint NOT NULL,
    patient_id  bigint NOT NULL,
    -- What the link was sent for.
    recall_id   bigint REFERENCES patient_recall (id) ON DELETE SET NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX patient_booking_link_patient_idx ON patient_booking_link (patient_id);

-- An online booking made through such a link belongs to its patient: no details are typed.
ALTER TABLE online_booking
    ADD COLUMN booking_link_id bigint REFERENCES patient_booking_link (id);

-- A recall email carries one.
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_link_kind_check;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_link_target;
ALTER TABLE email_outbox
    ADD CONSTRAINT email_outbox_link_kind_check
        CHECK (link_kind IN ('manage', 'invitation', 'recall')),
    ADD CONSTRAINT email_outbox_link_target CHECK (
        link_kind IS NULL
        OR (link_kind = 'manage' AND appointment_id IS NOT NULL)
        OR (link_kind = 'invitation' AND staff_id IS NOT NULL)
        OR (link_kind = 'recall' AND recall_id IS NOT NULL));
