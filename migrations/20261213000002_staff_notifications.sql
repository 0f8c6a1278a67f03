-- In-app notifications: what a staff member must act on (a patient booked, moved, cancelled or
-- confirmed online, an ASAP offer was claimed, an email could not be sent, a medical alert was
-- added for a patient on today's schedule). Each is one row per recipient, read or not; a new
-- one is announced on the live channel (the recipient's streams, on every instance).
CREATE TABLE staff_notification (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id    bigint NOT NULL REFERENCES staff (id),
    clinic_id   bigint NOT NULL REFERENCES clinic (id),
    kind        text NOT NULL CHECK (kind IN ('online_booked', 'online_moved', 'online_cancelled',
                    'online_confirmed', 'asap_claimed', 'email_failed', 'medical_alert')),
    message     text NOT NULL CHECK (length(message) BETWEEN 1 AND 300),
    -- Where to act on it (a path of this site).
    link        text NOT NULL CHECK (link LIKE '/%'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
CREATE INDEX staff_notification_of_staff ON staff_notification (staff_id, id DESC);
CREATE INDEX staff_notification_unread ON staff_notification (staff_id) WHERE read_at IS NULL;

-- The kinds a staff member chose not to get (every kind their role gets is on by default).
CREATE TABLE staff_notification_choice (
    staff_id    bigint NOT NULL REFERENCES staff (id),
    kind        text NOT NULL,
    wanted      boolean NOT NULL,
    PRIMARY KEY (staff_id, kind)
);

CREATE FUNCTION staff_notification_goes_live() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('chairside_live', json_build_object('notified', NEW.staff_id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER staff_notification_inserted_goes_live AFTER INSERT ON staff_notification
    FOR EACH ROW EXECUTE FUNCTION staff_notification_goes_live();

-- Notifies the clinic's active staff with one of `roles`, and the staff members `also` (each
-- only if a member of the clinic), except `except` (who did it), unless they chose not to get
-- this kind. Answers how many were notified.
CREATE FUNCTION notify_staff(clinic bigint, kind text, message text, link text, roles text[],
                             also bigint[] DEFAULT '{}', except_staff bigint DEFAULT NULL)
RETURNS integer LANGUAGE sql AS $$
    WITH sent AS (
        INSERT INTO staff_notification (staff_id, clinic_id, kind, message, link)
        SELECT s.id, notify_staff.clinic, notify_staff.kind, left(notify_staff.message, 300),
               notify_staff.link
        FROM staff s
        JOIN staff_clinic sc ON sc.staff_id = s.id AND sc.clinic_id = notify_staff.clinic
        WHERE s.kind = 'person' AND s.active
          AND (s.role = ANY (notify_staff.roles) OR s.id = ANY (notify_staff.also))
          AND s.id IS DISTINCT FROM notify_staff.except_staff
          AND NOT EXISTS (SELECT 1 FROM staff_notification_choice ch
                          WHERE ch.staff_id = s.id AND ch.kind = notify_staff.kind AND NOT ch.wanted)
        RETURNING 1)
    SELECT count(*)::integer FROM sent
$$;

-- An email given up on (it could not be sent): admins are told (the outbox is theirs to retry
-- or cancel), and the front desk when it was about an appointment (to reach the patient
-- another way: the link opens it on the calendar).
CREATE FUNCTION email_failure_notifies_staff() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    message text := format('An email (%s) to %s could not be sent.',
                           replace(NEW.kind, '_', ' '), NEW.to_address);
    visit_day date;
    clinic_slug text;
BEGIN
    IF NEW.clinic_id IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM notify_staff(NEW.clinic_id, 'email_failed', message, '/admin/outbox', ARRAY['admin']);
    IF NEW.appointment_id IS NOT NULL THEN
        SELECT (lower(a.visit) AT TIME ZONE c.time_zone)::date, c.slug INTO visit_day, clinic_slug
        FROM appointment a JOIN clinic c ON c.id = a.clinic_id WHERE a.id = NEW.appointment_id;
        PERFORM notify_staff(NEW.clinic_id, 'email_failed', message,
            format('/calendar?clinic=%s&date=%s&appointment=%s', clinic_slug, visit_day, NEW.appointment_id),
            ARRAY['receptionist']);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER email_outbox_failed_notifies_staff AFTER UPDATE OF status ON email_outbox
    FOR EACH ROW WHEN (NEW.status = 'failed' AND OLD.status <> 'failed')
    EXECUTE FUNCTION email_failure_notifies_staff();
