-- Email. A clinic's own templates (absent: the shipped default of that kind), and the outbox:
-- an email is a row written in the same transaction as the change that causes it, then sent
-- by the delivery worker, so a change never exists without its email and an email never goes
-- out for a change that rolled back.

CREATE TABLE email_template (
    clinic_id  bigint NOT NULL REFERENCES clinic (id),
    kind       text NOT NULL CHECK (kind IN ('booking_confirmation', 'rescheduled', 'cancelled',
                                             'reminder', 'staff_invitation')),
    subject    text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    text_body  text NOT NULL CHECK (length(text_body) BETWEEN 1 AND 20000),
    html_body  text NOT NULL CHECK (length(html_body) BETWEEN 1 AND 50000),
    updated_by bigint REFERENCES staff (id),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, kind)
);

-- How long before an appointment its reminders go (default: 48 hours and 2 hours).
ALTER TABLE clinic
    ADD COLUMN reminder_offsets_minutes integer[] NOT NULL DEFAULT '{2880,120}'
        CHECK (cardinality(reminder_offsets_minutes) <= 4
               AND 0 < ALL (reminder_offsets_minutes)
               AND 20160 >= ALL (reminder_offsets_minutes));

CREATE TABLE email_outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id        bigint REFERENCES clinic (id),
    kind             text NOT NULL,
    -- The appointment an email is about, and for a reminder its offset and the start it was
    -- for (a moved appointment gets new reminders; the old ones are cancelled).
    appointment_id   bigint REFERENCES appointment (id),
    reminder_minutes integer,
    for_start        timestamptz,
    to_address       text NOT NULL CHECK (length(to_address) <= 254),
    to_name          text NOT NULL DEFAULT '',
    -- Exactly what is sent.
    subject          text NOT NULL,
    text_body        text NOT NULL,
    html_body        text NOT NULL,
    status           text NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts         integer NOT NULL DEFAULT 0,
    -- Not sent before this (the next attempt after a failure).
    not_before       timestamptz NOT NULL DEFAULT now(),
    -- A worker holds a row in 'sending' until this; after it, another worker may try again.
    lease_until      timestamptz,
    last_error       text,
    smtp_response    text,
    message_id       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'reminder') = (reminder_minutes IS NOT NULL))
);
-- What the worker asks for: due queued rows, and rows whose lease ran out.
CREATE INDEX email_outbox_due_idx ON email_outbox (not_before) WHERE status = 'queued';
CREATE INDEX email_outbox_leased_idx ON email_outbox (lease_until) WHERE status = 'sending';
CREATE INDEX email_outbox_list_idx ON email_outbox (created_at DESC);
CREATE INDEX email_outbox_appointment_idx ON email_outbox (appointment_id)
    WHERE appointment_id IS NOT NULL;
-- Exactly one reminder per appointment, offset and start: a constraint, not a hope.
CREATE UNIQUE INDEX email_outbox_one_reminder
    ON email_outbox (appointment_id, reminder_minutes, for_start) WHERE kind = 'reminder';
CREATE TRIGGER email_outbox_updated_at BEFORE UPDATE ON email_outbox
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
