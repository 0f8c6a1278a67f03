-- The time, author and reason of every status change of an appointment.
CREATE TABLE appointment_status_change (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id bigint NOT NULL REFERENCES appointment (id),
    from_status    text NOT NULL,
    to_status      text NOT NULL,
    reason         text CHECK (length(reason) <= 500),
    changed_by     bigint REFERENCES staff (id),
    changed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX appointment_status_change_appointment_idx
    ON appointment_status_change (appointment_id, changed_at);
CREATE TRIGGER appointment_status_change_append_only
    BEFORE UPDATE OR DELETE ON appointment_status_change
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
