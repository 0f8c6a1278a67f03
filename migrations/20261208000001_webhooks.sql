-- Webhooks: admins register endpoints per clinic with the events they want; each event is
-- written here by a trigger in the same transaction as the change (so every way of making the
-- change is covered, and a rolled-back change sends nothing), and a worker delivers it signed,
-- retrying with backoff, logging every attempt.
--
-- An endpoint's signing secret is not stored: it is HMAC(APP_SECRET, 'webhook' || salt), shown
-- once when the endpoint is made and worked out again when signing.
CREATE TABLE webhook_endpoint (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id   bigint NOT NULL REFERENCES clinic (id),
    url         text NOT NULL CHECK (length(url) <= 2000 AND url ~ '^https?://'),
    events      text[] NOT NULL CHECK (
        cardinality(events) > 0
        AND events <@ ARRAY['appointment.booked', 'appointment.moved', 'appointment.cancelled',
                            'appointment.status_changed', 'patient.created', 'patient.updated']),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 200),
    secret_salt bytea NOT NULL,
    created_by  bigint REFERENCES staff (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz,
    UNIQUE (clinic_id, id)
);
CREATE INDEX webhook_endpoint_live ON webhook_endpoint (clinic_id) WHERE disabled_at IS NULL;

CREATE TABLE webhook_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id    bigint NOT NULL,
    endpoint_id  bigint NOT NULL,
    -- One of the endpoint's events, or 'ping' (the "send test event" button).
    event        text NOT NULL,
    payload      jsonb NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    status       text NOT NULL DEFAULT 'queued'
                 CHECK (status IN ('queued', 'sending', 'delivered', 'failed')),
    attempts     integer NOT NULL DEFAULT 0,
    not_before   timestamptz NOT NULL DEFAULT now(),
    lease_until  timestamptz,
    last_error   text,
    delivered_at timestamptz,
    FOREIGN KEY (clinic_id, endpoint_id) REFERENCES webhook_endpoint (clinic_id, id)
);
CREATE INDEX webhook_event_due ON webhook_event (not_before) WHERE status = 'queued';
CREATE INDEX webhook_event_leased ON webhook_event (lease_until) WHERE status = 'sending';
CREATE INDEX webhook_event_endpoint ON webhook_event (endpoint_id, id DESC);

-- Every attempt, for the endpoint's delivery log.
CREATE TABLE webhook_delivery (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    bigint NOT NULL REFERENCES webhook_event (id),
    attempt     integer NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    status_code integer,
    error       text,
    duration_ms integer NOT NULL
);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);

-- Queues `event` with `payload` for each live endpoint of the clinic that wants it.
CREATE FUNCTION webhook_enqueue(clinic bigint, event text, payload jsonb) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO webhook_event (clinic_id, endpoint_id, event, payload)
    SELECT e.clinic_id, e.id, event, payload FROM webhook_endpoint e
    WHERE e.clinic_id = clinic AND e.disabled_at IS NULL AND event = ANY (e.events);
$$;

-- What an appointment event carries: ids and times, never a patient's details.
CREATE FUNCTION webhook_appointment_payload(a appointment) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object(
        'appointment_id', a.id, 'clinic_id', a.clinic_id, 'patient_id', a.patient_id,
        'provider_id', a.provider_id, 'chair_id', a.chair_id,
        'appointment_type_id', a.appointment_type_id, 'status', a.status,
        'starts_at', lower(a.visit), 'ends_at', upper(a.visit), 'version', a.version);
$$;

CREATE FUNCTION webhook_appointment_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'held' OR NEW.patient_id IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' OR OLD.status = 'held' THEN
        PERFORM webhook_enqueue(NEW.clinic_id, 'appointment.booked', webhook_appointment_payload(NEW));
        RETURN NULL;
    END IF;
    IF NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN
        PERFORM webhook_enqueue(NEW.clinic_id, 'appointment.cancelled', webhook_appointment_payload(NEW));
    ELSIF NEW.status <> OLD.status THEN
        PERFORM webhook_enqueue(NEW.clinic_id, 'appointment.status_changed', webhook_appointment_payload(NEW));
    END IF;
    IF NEW.visit <> OLD.visit OR NEW.provider_id <> OLD.provider_id
       OR NEW.chair_id IS DISTINCT FROM OLD.chair_id THEN
        PERFORM webhook_enqueue(NEW.clinic_id, 'appointment.moved', webhook_appointment_payload(NEW));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER appointment_webhooks AFTER INSERT OR UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION webhook_appointment_events();

CREATE FUNCTION webhook_patient_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_enqueue(NEW.clinic_id,
        CASE TG_OP WHEN 'INSERT' THEN 'patient.created' ELSE 'patient.updated' END,
        jsonb_build_object('patient_id', NEW.id, 'clinic_id', NEW.clinic_id,
                           'archived', NEW.archived_at IS NOT NULL));
    RETURN NULL;
END $$;
CREATE TRIGGER patient_webhooks AFTER INSERT OR UPDATE ON patient
    FOR EACH ROW EXECUTE FUNCTION webhook_patient_events();
