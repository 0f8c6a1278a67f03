-- Appointments. The database itself guarantees no double booking: exclusion constraints
-- (btree_gist) refuse two live appointments whose blocked ranges (the visit plus preparation
-- and clean-up) overlap for the same provider or the same chair, or whose visits overlap for
-- the same patient. Cancelled and no-show appointments block nothing.

CREATE TABLE appointment (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id           bigint NOT NULL REFERENCES clinic (id),
    patient_id          bigint NOT NULL,
    provider_id         bigint NOT NULL,
    chair_id            bigint,
    appointment_type_id bigint NOT NULL,
    -- The patient's time, and the time it takes from the provider and chair.
    visit               tstzrange NOT NULL,
    blocked             tstzrange NOT NULL,
    status              text NOT NULL DEFAULT 'scheduled'
                        CHECK (status IN ('held', 'scheduled', 'confirmed', 'arrived', 'in_chair',
                                          'completed', 'cancelled', 'no_show')),
    notes               text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    cancel_reason       text CHECK (length(cancel_reason) <= 500),
    booked_online       boolean NOT NULL DEFAULT false,
    booked_by           bigint REFERENCES staff (id),
    version             integer NOT NULL DEFAULT 1,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT isempty(visit) AND NOT lower_inf(visit) AND NOT upper_inf(visit)),
    CHECK (blocked @> visit),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
    FOREIGN KEY (clinic_id, provider_id) REFERENCES provider (clinic_id, id),
    FOREIGN KEY (clinic_id, chair_id) REFERENCES chair (clinic_id, id),
    FOREIGN KEY (clinic_id, appointment_type_id) REFERENCES appointment_type (clinic_id, id),
    CONSTRAINT appointment_provider_free EXCLUDE USING gist (provider_id WITH =, blocked WITH &&)
        WHERE (status NOT IN ('cancelled', 'no_show')),
    CONSTRAINT appointment_chair_free EXCLUDE USING gist (chair_id WITH =, blocked WITH &&)
        WHERE (status NOT IN ('cancelled', 'no_show') AND chair_id IS NOT NULL),
    CONSTRAINT appointment_patient_free EXCLUDE USING gist (patient_id WITH =, visit WITH &&)
        WHERE (status NOT IN ('cancelled', 'no_show'))
);
CREATE INDEX appointment_clinic_day_idx ON appointment USING gist (clinic_id, blocked);
CREATE INDEX appointment_patient_idx ON appointment (patient_id, lower(visit));
CREATE TRIGGER appointment_updated_at BEFORE UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER appointment_keep_clinic BEFORE UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();
CREATE TRIGGER appointment_never_deleted BEFORE DELETE ON appointment
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();
