-- Recall: who is due back, and for what. An appointment type may carry a recall rule ("Hygiene",
-- due 6 months after a completed visit); completing a visit of that type sets the patient's
-- due date for that kind of recall. Staff may also set or postpone a due date by hand, with a
-- reason. The recall list (/recall) is read from patient_recall by clinic and due date.
ALTER TABLE appointment_type
    ADD COLUMN recall_kind text CHECK (length(btrim(recall_kind)) BETWEEN 1 AND 40),
    ADD COLUMN recall_months integer CHECK (recall_months BETWEEN 1 AND 60),
    ADD CONSTRAINT appointment_type_recall_rule
        CHECK ((recall_kind IS NULL) = (recall_months IS NULL));

CREATE TABLE patient_recall (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id     bigint NOT NULL,
    patient_id    bigint NOT NULL,
    -- As the appointment type names it; one due date per kind, compared without case.
    kind          text NOT NULL CHECK (length(btrim(kind)) BETWEEN 1 AND 40),
    due_on        date NOT NULL,
    -- The completed visit (its local date) that set the due date, if one did.
    last_visit_on date,
    -- Why staff set the date by hand ('' when a completed visit set it).
    reason        text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    updated_by    bigint REFERENCES staff (id),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE UNIQUE INDEX patient_recall_one_per_kind ON patient_recall (patient_id, lower(kind));
CREATE INDEX patient_recall_due_idx ON patient_recall (clinic_id, due_on);

-- Each attempt to bring a patient back: a call, a message, an email (by staff, or the app's
-- recall email with no staff member), or the patient declining.
CREATE TABLE recall_contact (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id    bigint NOT NULL REFERENCES clinic (id),
    recall_id    bigint NOT NULL REFERENCES patient_recall (id),
    outcome      text NOT NULL CONSTRAINT recall_contact_outcome
                 CHECK (outcome IN ('called', 'left_message', 'emailed', 'declined')),
    note         text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    contacted_by bigint REFERENCES staff (id),
    contacted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recall_contact_recall_idx ON recall_contact (recall_id, contacted_at DESC, id DESC);
