-- The front desk's confirmation calls: for each scheduled appointment of the next working days,
-- what happened when staff tried to reach the patient (the list at /calendar/confirmations shows
-- the latest). "confirmed" also confirms the appointment; "emailed" also sends a reminder.
CREATE TABLE confirmation_call (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id      bigint NOT NULL REFERENCES clinic (id),
    appointment_id bigint NOT NULL REFERENCES appointment (id),
    outcome        text NOT NULL CONSTRAINT confirmation_call_outcome
                   CHECK (outcome IN ('confirmed', 'left_message', 'no_answer', 'wrong_number',
                                      'emailed')),
    note           text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    called_by      bigint NOT NULL REFERENCES staff (id),
    called_at      timestamptz NOT NULL DEFAULT now()
);
-- The list reads the latest call of each appointment it shows.
CREATE INDEX confirmation_call_appointment_idx
    ON confirmation_call (appointment_id, called_at DESC, id DESC);
