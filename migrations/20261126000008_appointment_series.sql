-- Recurring appointments: a series is booked at once (every occurrence checked first, all
-- created in one transaction); each occurrence is an ordinary appointment that remembers its
-- series, so it is moved or cancelled on its own.
CREATE TABLE appointment_series (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id   bigint NOT NULL REFERENCES clinic (id),
    patient_id  bigint NOT NULL,
    -- How it repeats, as booked: every `every` weeks or months.
    every       integer NOT NULL CHECK (every BETWEEN 1 AND 52),
    unit        text NOT NULL CHECK (unit IN ('weeks', 'months')),
    occurrences integer NOT NULL CHECK (occurrences BETWEEN 2 AND 52),
    created_by  bigint REFERENCES staff (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
ALTER TABLE appointment ADD COLUMN series_id bigint REFERENCES appointment_series (id);
CREATE INDEX appointment_series_idx ON appointment (series_id) WHERE series_id IS NOT NULL;
