-- Cancellation reasons as a coded list per clinic, so that reports can count them. The clinic
-- edits its list (adds, renames, reorders, deactivates); three entries are built in because
-- the app itself chooses them: "other" (which needs a few words of details), a patient
-- cancelling through their email link, and time off that takes a provider away.
--
-- An appointment keeps the reason's id (what is counted) and, as before, the reason as shown
-- when it was cancelled (the label, and any details typed): renaming an entry later does not
-- rewrite what past cancellations said. It also keeps when it was cancelled, which tells a late
-- cancellation (inside the clinic's notice) from an early one.

CREATE TABLE cancel_reason (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id     bigint NOT NULL REFERENCES clinic (id),
    label         text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 80),
    -- 'custom' for the clinic's own entries; otherwise the built-in entry the app chooses.
    kind          text NOT NULL DEFAULT 'custom'
                  CONSTRAINT cancel_reason_kind_check
                  CHECK (kind IN ('custom', 'other', 'patient_online', 'time_off')),
    active        boolean NOT NULL DEFAULT true,
    display_order integer NOT NULL DEFAULT 0 CHECK (display_order BETWEEN 0 AND 999),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id),
    -- Built-in entries can be renamed but never switched off: the app must always find them.
    CONSTRAINT cancel_reason_built_in_active CHECK (kind = 'custom' OR active)
);
CREATE UNIQUE INDEX cancel_reason_label_key ON cancel_reason (clinic_id, lower(label));
CREATE UNIQUE INDEX cancel_reason_built_in_key ON cancel_reason (clinic_id, kind)
    WHERE kind <> 'custom';
CREATE TRIGGER cancel_reason_updated_at BEFORE UPDATE ON cancel_reason
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER cancel_reason_keep_clinic BEFORE UPDATE ON cancel_reason
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();
CREATE TRIGGER cancel_reason_never_deleted BEFORE DELETE ON cancel_reason
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();
-- The calendar's cancel form lists them: a kept calendar page is refreshed when they change.
CREATE TRIGGER cancel_reason_inserted_raises_clinic_version AFTER INSERT ON cancel_reason
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_data_changed();
CREATE TRIGGER cancel_reason_updated_raises_clinic_version AFTER UPDATE ON cancel_reason
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_data_changed();

-- Every clinic starts with the same list; a new clinic gets it when it is created.
CREATE FUNCTION add_default_cancel_reasons(for_clinic bigint) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO cancel_reason (clinic_id, label, kind, display_order)
    VALUES (for_clinic, 'Patient unwell', 'custom', 10),
           (for_clinic, 'Work or family commitment', 'custom', 20),
           (for_clinic, 'Transport problems', 'custom', 30),
           (for_clinic, 'Patient asked for a later date', 'custom', 40),
           (for_clinic, 'Cost of treatment', 'custom', 50),
           (for_clinic, 'Provider, chair or clinic unavailable', 'time_off', 80),
           (for_clinic, 'Cancelled online by the patient', 'patient_online', 90),
           (for_clinic, 'Other', 'other', 99)
$$;

SELECT add_default_cancel_reasons(id) FROM clinic;

CREATE FUNCTION clinic_gets_cancel_reasons() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM add_default_cancel_reasons(NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER clinic_gets_cancel_reasons AFTER INSERT ON clinic
    FOR EACH ROW EXECUTE FUNCTION clinic_gets_cancel_reasons();

ALTER TABLE appointment
    ADD COLUMN cancel_reason_id bigint,
    ADD COLUMN cancelled_at timestamptz,
    ADD CONSTRAINT appointment_cancel_reason_fkey FOREIGN KEY (clinic_id, cancel_reason_id)
        REFERENCES cancel_reason (clinic_id, id);

-- Cancellations made before this list existed: when, from their status change (or the row's
-- last change); which entry, by the text they were given.
UPDATE appointment a SET
    cancelled_at = coalesce(
        (SELECT max(s.changed_at) FROM appointment_status_change s
         WHERE s.appointment_id = a.id AND s.to_status = 'cancelled'),
        a.updated_at),
    cancel_reason_id = coalesce(
        (SELECT r.id FROM cancel_reason r
         WHERE r.clinic_id = a.clinic_id AND lower(r.label) = lower(btrim(a.cancel_reason))),
        (SELECT r.id FROM cancel_reason r
         WHERE r.clinic_id = a.clinic_id
           AND r.kind = CASE WHEN a.cancel_reason LIKE '% unavailable: %'
                             THEN 'time_off' ELSE 'other' END))
WHERE a.status = 'cancelled';

-- A cancelled appointment has both; no other has either.
ALTER TABLE appointment
    ADD CONSTRAINT appointment_cancellation_recorded CHECK (
        (status = 'cancelled') = (cancelled_at IS NOT NULL)
        AND (status = 'cancelled') = (cancel_reason_id IS NOT NULL));

-- Reports read a clinic's appointments by the start of the visit.
CREATE INDEX appointment_clinic_start_idx ON appointment (clinic_id, lower(visit));
