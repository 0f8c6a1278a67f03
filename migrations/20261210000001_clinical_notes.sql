-- Clinical notes: one per appointment, written by its provider (or another clinician, as a
-- draft) and signed by the provider. A signed note never changes: corrections and additions
-- are addenda, each with who wrote it and when. Nothing here is ever deleted. A note's patient
-- is its appointment's (so a merge of two patient records carries the notes along).

-- A clinic's note templates: prompts a clinician starts a note from ("Complaint:",
-- "Findings:", …).
CREATE TABLE note_template (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id  bigint NOT NULL REFERENCES clinic (id),
    name       text NOT NULL
               CONSTRAINT note_template_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 80),
    body       text NOT NULL
               CONSTRAINT note_template_body_length CHECK (length(body) BETWEEN 1 AND 4000),
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX note_template_name_unique ON note_template (clinic_id, lower(btrim(name)))
    WHERE active;
CREATE TRIGGER note_template_updated_at BEFORE UPDATE ON note_template
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER note_template_keep_clinic BEFORE UPDATE ON note_template
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();

-- How many days a note may stay unsigned before it is listed for its provider.
ALTER TABLE clinic ADD COLUMN unsigned_note_days integer NOT NULL DEFAULT 2
    CONSTRAINT clinic_unsigned_note_days_range CHECK (unsigned_note_days BETWEEN 0 AND 60);

CREATE TABLE clinical_note (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id      bigint NOT NULL REFERENCES clinic (id),
    appointment_id bigint NOT NULL
                   CONSTRAINT clinical_note_one_per_appointment UNIQUE REFERENCES appointment (id),
    body           text NOT NULL
                   CONSTRAINT clinical_note_body_length CHECK (length(body) <= 20000),
    written_by     bigint NOT NULL REFERENCES staff (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer NOT NULL DEFAULT 1,
    signed_at      timestamptz,
    signed_by      bigint REFERENCES staff (id),
    CONSTRAINT clinical_note_signed_by_someone CHECK ((signed_at IS NULL) = (signed_by IS NULL)),
    CONSTRAINT clinical_note_signed_not_empty CHECK (signed_at IS NULL OR length(btrim(body)) > 0)
);
CREATE INDEX clinical_note_unsigned ON clinical_note (clinic_id, created_at) WHERE signed_at IS NULL;
CREATE TRIGGER clinical_note_updated_at BEFORE UPDATE ON clinical_note
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A signed note is final, whatever writes to the database; no note is ever deleted.
CREATE FUNCTION clinical_note_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'clinical notes are never deleted' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'clinical_note_never_deleted';
    END IF;
    IF OLD.signed_at IS NOT NULL THEN
        RAISE EXCEPTION 'a signed clinical note cannot change' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'clinical_note_signed_is_final';
    END IF;
    IF NEW.appointment_id <> OLD.appointment_id OR NEW.clinic_id <> OLD.clinic_id THEN
        RAISE EXCEPTION 'a clinical note stays with its appointment' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'clinical_note_stays';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER clinical_note_guard BEFORE UPDATE OR DELETE ON clinical_note
    FOR EACH ROW EXECUTE FUNCTION clinical_note_guard();

-- Addenda to signed notes: append-only.
CREATE TABLE clinical_note_addendum (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id    bigint NOT NULL REFERENCES clinical_note (id),
    body       text NOT NULL
               CONSTRAINT clinical_note_addendum_body_length CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
    written_by bigint NOT NULL REFERENCES staff (id),
    written_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clinical_note_addendum_note ON clinical_note_addendum (note_id, id);

CREATE FUNCTION clinical_note_addendum_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'addenda are never changed or deleted' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'clinical_note_addendum_append_only';
END $$;
CREATE TRIGGER clinical_note_addendum_append_only BEFORE UPDATE OR DELETE ON clinical_note_addendum
    FOR EACH ROW EXECUTE FUNCTION clinical_note_addendum_append_only();

-- My day shows where each visit's note stands and the notes waiting for a signature: a note
-- saved or signed raises its clinic's data version, like the other tables a kept page reads
-- (migration 20261201000001_clinic_data_version.sql).
CREATE TRIGGER clinical_note_inserted_raises_clinic_version AFTER INSERT ON clinical_note
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_data_changed();
CREATE TRIGGER clinical_note_updated_raises_clinic_version AFTER UPDATE ON clinical_note
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_data_changed();
