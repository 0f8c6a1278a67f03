-- A version number per clinic that every committed change to the clinic's data raises: the
-- calendar, My day and other pages are kept rendered under the versions they were read at
-- (src/server/page_cache.rs), so a kept page is never older than the last committed change.
--
-- The raise is an UPDATE of one of the clinic's rows here, made by statement-level triggers in
-- the writing transaction: the row stays locked until that transaction ends, so a reader never
-- sees the new version before the change it stands for is visible. A clinic's version is the
-- sum over its eight rows ("slots"); each writing transaction raises the slot of its own
-- transaction id, so concurrent writers of one clinic mostly raise different rows and commit
-- side by side (with one row they took turns through every commit's flush to disk), and one
-- transaction always raises the same slot of a clinic (it never waits for a row a second time).
-- Writers of different clinics never meet.
CREATE TABLE clinic_data_version (
    clinic_id bigint NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    slot      smallint NOT NULL CHECK (slot BETWEEN 0 AND 7),
    version   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (clinic_id, slot)
);

INSERT INTO clinic_data_version (clinic_id, slot)
SELECT id, slot FROM clinic CROSS JOIN generate_series(0, 7) slot;

-- The slot the current (writing) transaction raises.
CREATE FUNCTION clinic_data_version_slot() RETURNS smallint
LANGUAGE sql VOLATILE AS $$
    SELECT (pg_current_xact_id()::text::bigint % 8)::smallint
$$;

-- The rows a statement changed are in the transition table `changed_rows`; each clinic among
-- them is raised once per statement (a bulk insert of a million appointments raises it once).
CREATE FUNCTION clinic_data_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE clinic_data_version v SET version = v.version + 1
    WHERE v.clinic_id IN (SELECT DISTINCT clinic_id FROM changed_rows)
      AND v.slot = clinic_data_version_slot();
    RETURN NULL;
END
$$;

-- Every table a kept page reads, except the clinic itself (below). A transition table can
-- serve one event only, hence three triggers per table.
DO $$
DECLARE
    kept_table text;
BEGIN
    FOREACH kept_table IN ARRAY ARRAY[
        'appointment', 'appointment_series', 'appointment_type', 'appointment_type_provider',
        'chair', 'medical_item', 'online_booking', 'patient', 'provider', 'staff_clinic',
        'time_off', 'working_hours'
    ] LOOP
        EXECUTE format(
            'CREATE TRIGGER %1$s_inserted_raises_clinic_version AFTER INSERT ON %1$I
             REFERENCING NEW TABLE AS changed_rows
             FOR EACH STATEMENT EXECUTE FUNCTION clinic_data_changed()', kept_table);
        EXECUTE format(
            'CREATE TRIGGER %1$s_updated_raises_clinic_version AFTER UPDATE ON %1$I
             REFERENCING NEW TABLE AS changed_rows
             FOR EACH STATEMENT EXECUTE FUNCTION clinic_data_changed()', kept_table);
        EXECUTE format(
            'CREATE TRIGGER %1$s_deleted_raises_clinic_version AFTER DELETE ON %1$I
             REFERENCING OLD TABLE AS changed_rows
             FOR EACH STATEMENT EXECUTE FUNCTION clinic_data_changed()', kept_table);
    END LOOP;
END
$$;

-- A new clinic gets its version row; a changed clinic (name, time zone, settings) is raised.
CREATE FUNCTION clinic_row_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO clinic_data_version (clinic_id, slot)
        SELECT id, slot FROM changed_rows CROSS JOIN generate_series(0, 7) slot;
    ELSE
        UPDATE clinic_data_version v SET version = v.version + 1
        WHERE v.clinic_id IN (SELECT id FROM changed_rows) AND v.slot = clinic_data_version_slot();
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER clinic_inserted_has_a_version AFTER INSERT ON clinic
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_row_changed();
CREATE TRIGGER clinic_updated_raises_clinic_version AFTER UPDATE ON clinic
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_row_changed();
