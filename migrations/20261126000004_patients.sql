-- Patients: records, their medical history with a trace of every change, and what makes
-- finding a patient instant and forgiving: trigram indexes over accent-free names for typos,
-- and Double Metaphone codes for names that sound alike ("Jon Smyth" finds "John Smith").

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- unaccent() is STABLE (its dictionary could be changed), so it cannot be used in a generated
-- column or an index. This wrapper names the dictionary explicitly and is declared IMMUTABLE:
-- the dictionary is never changed here.
CREATE FUNCTION fold_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN lower(public.unaccent('public.unaccent'::regdictionary, input));

-- The words of a name, folded: "Siân O'Neill-Jones" is {sian, o, neill, jones}.
CREATE FUNCTION name_words(input text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN array_remove(regexp_split_to_array(fold_text(input), '[^a-z0-9]+'), '');

-- How the words of a name sound (the primary Double Metaphone code of each word; the
-- alternative codes matched too much: "Anna" sounded like "John").
CREATE FUNCTION name_sounds(input text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
BEGIN ATOMIC
    SELECT coalesce(array_agg(DISTINCT code), '{}')
    FROM (SELECT dmetaphone(word) AS code FROM unnest(name_words(input)) AS word) AS codes
    WHERE code <> '';
END;

-- Local phone numbers typed without a country code are read with the clinic's calling code
-- (44 in the United Kingdom, 1 in North America). Patient numbers are counted per clinic.
ALTER TABLE clinic
    ADD COLUMN calling_code smallint NOT NULL DEFAULT 44 CHECK (calling_code BETWEEN 1 AND 999),
    ADD COLUMN next_patient_number bigint NOT NULL DEFAULT 1 CHECK (next_patient_number > 0);

CREATE TABLE patient (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id               bigint NOT NULL REFERENCES clinic (id),
    -- Shown as P-000123; unique within the clinic.
    number                  bigint NOT NULL CHECK (number > 0),
    first_name              text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
    last_name               text NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
    preferred_name          text NOT NULL DEFAULT '' CHECK (length(preferred_name) <= 100),
    date_of_birth           date NOT NULL CHECK (date_of_birth >= DATE '1900-01-01'),
    sex                     text CHECK (sex IN ('female', 'male', 'other')),
    -- E.164 (+447700900123), normalised by the application.
    mobile_phone            text CHECK (mobile_phone ~ '^\+[1-9][0-9]{6,14}$'),
    home_phone              text CHECK (home_phone ~ '^\+[1-9][0-9]{6,14}$'),
    email                   citext CHECK (length(email) <= 254),
    address                 text NOT NULL DEFAULT '' CHECK (length(address) <= 500),
    emergency_contact_name  text NOT NULL DEFAULT '' CHECK (length(emergency_contact_name) <= 100),
    emergency_contact_phone text CHECK (emergency_contact_phone ~ '^\+[1-9][0-9]{6,14}$'),
    preferred_contact       text NOT NULL DEFAULT 'phone'
                            CHECK (preferred_contact IN ('phone', 'sms', 'email', 'post')),
    email_reminders         boolean NOT NULL DEFAULT false,
    notes                   text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    archived_at             timestamptz,
    -- The record this one was merged into (then archived), if any.
    merged_into             bigint,
    -- Optimistic concurrency: an edit names the version it started from.
    version                 integer NOT NULL DEFAULT 1,
    created_by              bigint REFERENCES staff (id),
    updated_by              bigint REFERENCES staff (id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    -- "first preferred last", folded (lower case, no accents): what name search compares.
    search_name             text GENERATED ALWAYS AS (
                                fold_text(first_name || ' ' || preferred_name || ' ' || last_name)
                            ) STORED,
    name_words              text[] GENERATED ALWAYS AS (
                                name_words(first_name || ' ' || preferred_name || ' ' || last_name)
                            ) STORED,
    name_sounds             text[] GENERATED ALWAYS AS (
                                name_sounds(first_name || ' ' || preferred_name || ' ' || last_name)
                            ) STORED,
    UNIQUE (clinic_id, id),
    UNIQUE (clinic_id, number),
    FOREIGN KEY (clinic_id, merged_into) REFERENCES patient (clinic_id, id)
);
CREATE TRIGGER patient_updated_at BEFORE UPDATE ON patient
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER patient_keep_clinic BEFORE UPDATE ON patient
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();
CREATE TRIGGER patient_never_deleted BEFORE DELETE ON patient
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();

-- Name search: trigram similarity within a clinic. Exact lookups: phone, email, birth date.
CREATE INDEX patient_search_name_idx ON patient USING gin (clinic_id, search_name gin_trgm_ops);
CREATE INDEX patient_name_sounds_idx ON patient USING gin (clinic_id, name_sounds);
CREATE INDEX patient_mobile_idx ON patient (clinic_id, mobile_phone) WHERE mobile_phone IS NOT NULL;
CREATE INDEX patient_home_phone_idx ON patient (clinic_id, home_phone) WHERE home_phone IS NOT NULL;
CREATE INDEX patient_email_idx ON patient (clinic_id, email) WHERE email IS NOT NULL;
CREATE INDEX patient_birth_idx ON patient (clinic_id, date_of_birth);
CREATE INDEX patient_last_name_idx ON patient (clinic_id, fold_text(last_name), fold_text(first_name));

-- One entry of a patient's medical history.
CREATE TABLE medical_item (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id   bigint NOT NULL,
    patient_id  bigint NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('condition', 'allergy', 'medication', 'alert')),
    label       text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 200),
    -- Allergies only: how bad a reaction is.
    severity    text CHECK (severity IN ('mild', 'moderate', 'severe')),
    details     text NOT NULL DEFAULT '' CHECK (length(details) <= 1000),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (severity IS NULL OR kind = 'allergy'),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX medical_item_patient_idx ON medical_item (patient_id);
CREATE TRIGGER medical_item_updated_at BEFORE UPDATE ON medical_item
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER medical_item_keep_clinic BEFORE UPDATE ON medical_item
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();

-- Every change to the medical history, written by a trigger so no change escapes it: the
-- application names the staff member with SET LOCAL chairside.staff_id in the transaction.
CREATE TABLE medical_item_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id   bigint NOT NULL,
    patient_id  bigint NOT NULL,
    item_id     bigint NOT NULL REFERENCES medical_item (id),
    change      text NOT NULL CHECK (change IN ('added', 'changed', 'resolved', 'reactivated', 'moved')),
    changed_by  bigint REFERENCES staff (id),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    before      jsonb,
    after       jsonb NOT NULL,
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX medical_item_change_patient_idx ON medical_item_change (patient_id, changed_at);

CREATE FUNCTION record_medical_item_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    what text;
    actor bigint := nullif(current_setting('chairside.staff_id', true), '')::bigint;
    shown jsonb := jsonb_build_object('kind', NEW.kind, 'label', NEW.label,
                                      'severity', NEW.severity, 'details', NEW.details,
                                      'active', NEW.active);
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO medical_item_change (clinic_id, patient_id, item_id, change, changed_by, after)
        VALUES (NEW.clinic_id, NEW.patient_id, NEW.id, 'added', actor, shown);
        RETURN NEW;
    END IF;
    IF (OLD.kind, OLD.label, OLD.severity, OLD.details, OLD.active, OLD.patient_id)
       IS NOT DISTINCT FROM (NEW.kind, NEW.label, NEW.severity, NEW.details, NEW.active, NEW.patient_id) THEN
        RETURN NEW;
    END IF;
    what := CASE
        WHEN OLD.patient_id <> NEW.patient_id THEN 'moved'
        WHEN OLD.active AND NOT NEW.active THEN 'resolved'
        WHEN NOT OLD.active AND NEW.active THEN 'reactivated'
        ELSE 'changed' END;
    INSERT INTO medical_item_change (clinic_id, patient_id, item_id, change, changed_by, before, after)
    VALUES (NEW.clinic_id, NEW.patient_id, NEW.id, what, actor,
            jsonb_build_object('kind', OLD.kind, 'label', OLD.label, 'severity', OLD.severity,
                               'details', OLD.details, 'active', OLD.active,
                               'patient_id', OLD.patient_id),
            shown);
    RETURN NEW;
END $$;
CREATE TRIGGER medical_item_history AFTER INSERT OR UPDATE ON medical_item
    FOR EACH ROW EXECUTE FUNCTION record_medical_item_change();
CREATE TRIGGER medical_item_never_deleted BEFORE DELETE ON medical_item
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();

-- The history itself is append-only.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER medical_item_change_append_only BEFORE UPDATE OR DELETE ON medical_item_change
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
