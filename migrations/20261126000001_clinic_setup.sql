-- Clinic set-up: contact details and booking policy, chairs, providers, weekly working hours,
-- time off, appointment types. These are what the scheduling engine reads, so the schema itself
-- keeps their rules: every clinic-owned row carries clinic_id, and references between them are
-- composite foreign keys on (clinic_id, id), so no row can point at another clinic's chair,
-- provider or type, whatever SQL is written. Rows that appointments will reference are
-- deactivated, never deleted.

-- A time zone name PostgreSQL knows as a real zone (not an abbreviation or a POSIX offset).
-- The application checks the same name against chrono-tz; both must agree for the clinic's
-- local times to mean the same thing in SQL and in Rust. Declared IMMUTABLE so a CHECK may use
-- it: the zone list changes only with a tzdata upgrade, which never removes a zone name.
CREATE FUNCTION is_time_zone_name(name text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE pg_timezone_names.name = $1)
$$;

ALTER TABLE clinic
    ADD CONSTRAINT clinic_time_zone_check CHECK (is_time_zone_name(time_zone)),
    ADD COLUMN address text NOT NULL DEFAULT '' CHECK (length(address) <= 500),
    ADD COLUMN phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    ADD COLUMN email citext CHECK (length(email) <= 254),
    -- Booking policy. The slot step is the grid of offered start times.
    ADD COLUMN slot_step_minutes integer NOT NULL DEFAULT 15
        CHECK (slot_step_minutes BETWEEN 5 AND 60),
    -- How far ahead an online booking must be made, and how far ahead it may be made.
    ADD COLUMN min_notice_minutes integer NOT NULL DEFAULT 120
        CHECK (min_notice_minutes BETWEEN 0 AND 20160),
    ADD COLUMN horizon_days integer NOT NULL DEFAULT 90 CHECK (horizon_days BETWEEN 1 AND 730),
    -- Patients may cancel online up to this long before the appointment.
    ADD COLUMN cancel_notice_hours integer NOT NULL DEFAULT 24
        CHECK (cancel_notice_hours BETWEEN 0 AND 336);

-- Rows never move between clinics: a composite foreign key keeps references inside one clinic,
-- and this keeps the clinic of a row fixed, so nothing unreferenced can drift either.
CREATE FUNCTION keep_clinic_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.clinic_id IS DISTINCT FROM OLD.clinic_id THEN
        RAISE EXCEPTION 'the clinic of a % row cannot change', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;

-- A treatment room (operatory).
CREATE TABLE chair (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id     bigint NOT NULL REFERENCES clinic (id),
    name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
    active        boolean NOT NULL DEFAULT true,
    display_order integer NOT NULL DEFAULT 0 CHECK (display_order BETWEEN 0 AND 999),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id)
);
CREATE UNIQUE INDEX chair_name_key ON chair (clinic_id, lower(name));
CREATE TRIGGER chair_updated_at BEFORE UPDATE ON chair
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER chair_keep_clinic BEFORE UPDATE ON chair
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();

-- A dentist or hygienist who sees patients, optionally linked to their staff account (which
-- must belong to the same clinic; removing that membership unlinks the provider).
CREATE TABLE provider (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id  bigint NOT NULL REFERENCES clinic (id),
    name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    kind       text NOT NULL CHECK (kind IN ('dentist', 'hygienist')),
    colour     text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
    active     boolean NOT NULL DEFAULT true,
    staff_id   bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id),
    UNIQUE (clinic_id, staff_id),
    FOREIGN KEY (staff_id, clinic_id) REFERENCES staff_clinic (staff_id, clinic_id)
        ON DELETE SET NULL (staff_id)
);
CREATE UNIQUE INDEX provider_name_key ON provider (clinic_id, lower(name));
CREATE TRIGGER provider_updated_at BEFORE UPDATE ON provider
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER provider_keep_clinic BEFORE UPDATE ON provider
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();

-- One interval of a provider's weekly template, in the clinic's local wall-clock time, valid
-- over a range of dates (so a new rota can start next month and the past stays as it was).
-- weekday is ISO: 1 is Monday, 7 Sunday.
CREATE TABLE working_hours (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id   bigint NOT NULL,
    provider_id bigint NOT NULL,
    chair_id    bigint,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts      time NOT NULL,
    ends        time NOT NULL,
    valid_from  date NOT NULL,
    valid_until date,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (starts < ends),
    CHECK (valid_until IS NULL OR valid_until >= valid_from),
    FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    FOREIGN KEY (clinic_id, provider_id) REFERENCES provider (clinic_id, id),
    FOREIGN KEY (clinic_id, chair_id) REFERENCES chair (clinic_id, id),
    -- A provider is in one place at a time: no two of their intervals overlap on a day that
    -- both are valid for. A chair is used by one provider at a time in the same way.
    EXCLUDE USING gist (
        provider_id WITH =,
        weekday WITH =,
        tsrange(DATE '2000-01-01' + starts, DATE '2000-01-01' + ends) WITH &&,
        daterange(valid_from, valid_until, '[]') WITH &&
    ),
    EXCLUDE USING gist (
        chair_id WITH =,
        weekday WITH =,
        tsrange(DATE '2000-01-01' + starts, DATE '2000-01-01' + ends) WITH &&,
        daterange(valid_from, valid_until, '[]') WITH &&
    ) WHERE (chair_id IS NOT NULL)
);
CREATE TRIGGER working_hours_keep_clinic BEFORE UPDATE ON working_hours
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();

-- Time when a provider, a chair, or the whole clinic (both empty: a holiday) is unavailable.
CREATE TABLE time_off (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id   bigint NOT NULL,
    provider_id bigint,
    chair_id    bigint,
    period      tstzrange NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period)
                                           AND NOT upper_inf(period)),
    reason      text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 200),
    created_by  bigint REFERENCES staff (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(provider_id, chair_id) <= 1),
    FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    FOREIGN KEY (clinic_id, provider_id) REFERENCES provider (clinic_id, id),
    FOREIGN KEY (clinic_id, chair_id) REFERENCES chair (clinic_id, id)
);
CREATE INDEX time_off_period_idx ON time_off USING gist (clinic_id, period);
CREATE TRIGGER time_off_keep_clinic BEFORE UPDATE ON time_off
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();

-- What can be booked: the patient's time (duration) plus preparation before and clean-up
-- after, which block the provider and the chair but are not the patient's.
CREATE TABLE appointment_type (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id             bigint NOT NULL REFERENCES clinic (id),
    name                  text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
    duration_minutes      integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    buffer_before_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 120),
    buffer_after_minutes  integer NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 120),
    colour                text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
    online_bookable       boolean NOT NULL DEFAULT false,
    needs_chair           boolean NOT NULL DEFAULT true,
    active                boolean NOT NULL DEFAULT true,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id)
);
CREATE UNIQUE INDEX appointment_type_name_key ON appointment_type (clinic_id, lower(name));
CREATE TRIGGER appointment_type_updated_at BEFORE UPDATE ON appointment_type
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER appointment_type_keep_clinic BEFORE UPDATE ON appointment_type
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();

-- Which providers may perform a type (both of the same clinic, by construction).
CREATE TABLE appointment_type_provider (
    clinic_id           bigint NOT NULL,
    appointment_type_id bigint NOT NULL,
    provider_id         bigint NOT NULL,
    PRIMARY KEY (appointment_type_id, provider_id),
    FOREIGN KEY (clinic_id, appointment_type_id) REFERENCES appointment_type (clinic_id, id)
        ON DELETE CASCADE,
    FOREIGN KEY (clinic_id, provider_id) REFERENCES provider (clinic_id, id)
);
CREATE INDEX appointment_type_provider_provider_idx ON appointment_type_provider (provider_id);
