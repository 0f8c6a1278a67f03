-- What open calendars, My day pages and confirmation lists are told the moment it commits:
-- each change to an appointment, numbered per clinic in the order of the transactions that
-- made them, and published with NOTIFY (to every server instance listening). A browser that
-- reconnects says the last number it saw and gets what followed from this table. Rows carry
-- ids and times only, nothing of the patient; they are kept for a day.
CREATE TABLE live_event (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id       bigint NOT NULL REFERENCES clinic (id),
    kind            text NOT NULL CHECK (kind IN (
                        'booked', 'held', 'moved', 'cancelled', 'status', 'changed', 'hold_released')),
    appointment_id  bigint NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    -- Where a moved appointment was (its old day's views change too).
    previous_starts_at timestamptz,
    provider_id     bigint NOT NULL,
    chair_id        bigint,
    at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX live_event_clinic_seq ON live_event (clinic_id, seq);
CREATE INDEX live_event_at ON live_event (at);

-- The last number forgotten: a browser that last saw one at or below it cannot be told what
-- it missed, only to read everything again.
CREATE TABLE live_event_horizon (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq      bigint NOT NULL DEFAULT 0
);
INSERT INTO live_event_horizon DEFAULT VALUES;

-- One statement's changes to appointments, as events. The clinic's event lock (an advisory
-- lock held to the end of the transaction) is taken before the numbers are drawn, so a
-- clinic's numbers follow the order in which its writers commit: a browser that saw number N
-- has seen every earlier one of its clinic, and `seq > N` is exactly what it missed.
CREATE FUNCTION appointment_changes_go_live() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    clinic bigint;
    event live_event;
BEGIN
    -- The load harness's generated history (a million rows at once) is nobody's news.
    IF current_setting('chairside.live_quiet', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        FOR clinic IN SELECT DISTINCT clinic_id FROM old_rows ORDER BY 1 LOOP
            PERFORM pg_advisory_xact_lock(7301, clinic::int);
        END LOOP;
        FOR event IN
            INSERT INTO live_event (clinic_id, kind, appointment_id, starts_at, ends_at, provider_id, chair_id)
            SELECT o.clinic_id, 'hold_released', o.id, lower(o.visit), upper(o.visit), o.provider_id, o.chair_id
            FROM old_rows o ORDER BY o.id
            RETURNING *
        LOOP
            PERFORM pg_notify('chairside_live', json_build_object('event', row_to_json(event))::text);
        END LOOP;
    ELSIF TG_OP = 'INSERT' THEN
        FOR clinic IN SELECT DISTINCT clinic_id FROM new_rows ORDER BY 1 LOOP
            PERFORM pg_advisory_xact_lock(7301, clinic::int);
        END LOOP;
        FOR event IN
            INSERT INTO live_event (clinic_id, kind, appointment_id, starts_at, ends_at, provider_id, chair_id)
            SELECT n.clinic_id, CASE WHEN n.status = 'held' THEN 'held' ELSE 'booked' END,
                   n.id, lower(n.visit), upper(n.visit), n.provider_id, n.chair_id
            FROM new_rows n ORDER BY n.id
            RETURNING *
        LOOP
            PERFORM pg_notify('chairside_live', json_build_object('event', row_to_json(event))::text);
        END LOOP;
    ELSE
        FOR clinic IN SELECT DISTINCT clinic_id FROM new_rows ORDER BY 1 LOOP
            PERFORM pg_advisory_xact_lock(7301, clinic::int);
        END LOOP;
        FOR event IN
            INSERT INTO live_event (clinic_id, kind, appointment_id, starts_at, ends_at,
                                    previous_starts_at, provider_id, chair_id)
            SELECT n.clinic_id,
                   CASE
                       WHEN o.status = 'held' AND n.status NOT IN ('held', 'cancelled') THEN 'booked'
                       WHEN n.status = 'cancelled' AND o.status <> 'cancelled' THEN 'cancelled'
                       WHEN o.visit <> n.visit OR o.provider_id <> n.provider_id
                            OR o.chair_id IS DISTINCT FROM n.chair_id THEN 'moved'
                       WHEN o.status <> n.status THEN 'status'
                       ELSE 'changed'
                   END,
                   n.id, lower(n.visit), upper(n.visit),
                   CASE WHEN o.visit <> n.visit THEN lower(o.visit) END,
                   n.provider_id, n.chair_id
            FROM new_rows n JOIN old_rows o ON o.id = n.id ORDER BY n.id
            RETURNING *
        LOOP
            PERFORM pg_notify('chairside_live', json_build_object('event', row_to_json(event))::text);
        END LOOP;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER appointment_inserted_goes_live AFTER INSERT ON appointment
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION appointment_changes_go_live();
CREATE TRIGGER appointment_updated_goes_live AFTER UPDATE ON appointment
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION appointment_changes_go_live();
CREATE TRIGGER appointment_deleted_goes_live AFTER DELETE ON appointment
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION appointment_changes_go_live();

-- A staff session that ends (signed out, revoked, expired, deactivated, a new password) ends
-- its live streams on every instance at once.
CREATE FUNCTION staff_session_end_goes_live() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('chairside_live', json_build_object('session_ended', NEW.id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER staff_session_ended_goes_live AFTER UPDATE OF ended_at ON staff_session
    FOR EACH ROW WHEN (OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL)
    EXECUTE FUNCTION staff_session_end_goes_live();
