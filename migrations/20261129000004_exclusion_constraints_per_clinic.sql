-- Every exclusion constraint says `clinic_id WITH =` too, as the design intends: a clinic's rows
-- never conflict with another clinic's (the composite foreign keys already keep ids apart), and
-- a table distributed by clinic (Citus, see the README) needs its distribution column in every
-- such constraint. clinic_id goes last, so each index keeps the leading columns the queries use.
-- The working hours' constraints get names of their own (they had generated ones).
ALTER TABLE appointment
    DROP CONSTRAINT appointment_provider_free,
    DROP CONSTRAINT appointment_chair_free,
    DROP CONSTRAINT appointment_patient_free,
    ADD CONSTRAINT appointment_provider_free
        EXCLUDE USING gist (provider_id WITH =, blocked WITH &&, clinic_id WITH =)
        WHERE (status NOT IN ('cancelled', 'no_show')),
    ADD CONSTRAINT appointment_chair_free
        EXCLUDE USING gist (chair_id WITH =, blocked WITH &&, clinic_id WITH =)
        WHERE (status NOT IN ('cancelled', 'no_show') AND chair_id IS NOT NULL),
    ADD CONSTRAINT appointment_patient_free
        EXCLUDE USING gist (patient_id WITH =, visit WITH &&, clinic_id WITH =)
        WHERE (status NOT IN ('cancelled', 'no_show'));

ALTER TABLE working_hours
    DROP CONSTRAINT working_hours_provider_id_weekday_tsrange_daterange_excl,
    DROP CONSTRAINT working_hours_chair_id_weekday_tsrange_daterange_excl,
    ADD CONSTRAINT working_hours_provider_free EXCLUDE USING gist (
        provider_id WITH =,
        weekday WITH =,
        tsrange(DATE '2000-01-01' + starts, DATE '2000-01-01' + ends) WITH &&,
        daterange(valid_from, valid_until, '[]') WITH &&,
        clinic_id WITH =
    ),
    ADD CONSTRAINT working_hours_chair_free EXCLUDE USING gist (
        chair_id WITH =,
        weekday WITH =,
        tsrange(DATE '2000-01-01' + starts, DATE '2000-01-01' + ends) WITH &&,
        daterange(valid_from, valid_until, '[]') WITH &&,
        clinic_id WITH =
    ) WHERE (chair_id IS NOT NULL);
