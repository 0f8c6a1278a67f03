-- Notifications are worded when they are shown, in the reader's language: a row keeps what it
-- tells of (`details`: an appointment's type and wall-clock start, an email's kind and
-- address), not a sentence in the language of whoever caused it. Rows written before keep
-- their sentence (`{"written": ...}`).
ALTER TABLE staff_notification ADD COLUMN details jsonb;
UPDATE staff_notification SET details = jsonb_build_object('written', message);
ALTER TABLE staff_notification
    ALTER COLUMN details SET NOT NULL,
    ADD CONSTRAINT staff_notification_details_size CHECK (length(details::text) <= 1000),
    DROP COLUMN message;

DROP FUNCTION notify_staff(bigint, text, text, text, text[], bigint[], bigint);

-- Notifies the clinic's active staff with one of `roles`, and the staff members `also` (each
-- only if a member of the clinic), except `except` (who did it), unless they chose not to get
-- this kind. Answers how many were notified.
CREATE FUNCTION notify_staff(clinic bigint, kind text, details jsonb, link text, roles text[],
                             also bigint[] DEFAULT '{}', except_staff bigint DEFAULT NULL)
RETURNS integer LANGUAGE sql AS $$
    WITH sent AS (
        INSERT INTO staff_notification (staff_id, clinic_id, kind, details, link)
        SELECT s.id, notify_staff.clinic, notify_staff.kind, notify_staff.details,
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

-- As before (20261213000002), with the email's kind and address as details.
CREATE OR REPLACE FUNCTION email_failure_notifies_staff() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    details jsonb := jsonb_build_object(
        'email', jsonb_build_object('kind', NEW.kind, 'to', NEW.to_address));
    visit_day date;
    clinic_slug text;
BEGIN
    IF NEW.clinic_id IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM notify_staff(NEW.clinic_id, 'email_failed', details, '/admin/outbox', ARRAY['admin']);
    IF NEW.appointment_id IS NOT NULL THEN
        SELECT (lower(a.visit) AT TIME ZONE c.time_zone)::date, c.slug INTO visit_day, clinic_slug
        FROM appointment a JOIN clinic c ON c.id = a.clinic_id WHERE a.id = NEW.appointment_id;
        PERFORM notify_staff(NEW.clinic_id, 'email_failed', details,
            format('/calendar?clinic=%s&date=%s&appointment=%s', clinic_slug, visit_day, NEW.appointment_id),
            ARRAY['receptionist']);
    END IF;
    RETURN NULL;
END $$;
