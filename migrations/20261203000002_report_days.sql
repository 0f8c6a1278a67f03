-- Reports read daily roll-ups instead of every appointment: one row per clinic, local day,
-- provider, chair and currency, with the counts every report figure is made of. They stay
-- exact without slowing the writers down:
--
-- * `report_day_computed` is the one definition of the counts, from the appointments
--   themselves, for any set of clinic-days. The roll-up rows are its output, kept.
-- * Every change to appointments marks the clinic-days it may have changed as stale, in the
--   same transaction (a new row each time, so concurrent writers never wait for each other):
--   the days of the changed rows, and the days of the same patients' completed visits (a new
--   booking can make a hygiene visit "reappointed", an earlier completed visit can make a
--   later one no longer the patient's first).
-- * A task rebuilds stale days from `report_day_computed` and deletes the marks it read, in
--   one transaction; a mark committed meanwhile survives for the next round.
-- * A report, in one snapshot, reads the kept rows of days without a mark and computes the
--   marked days afresh. So it always equals a computation from scratch.

CREATE TABLE report_day (
    clinic_id           bigint NOT NULL REFERENCES clinic (id),
    day                 date NOT NULL,
    provider_id         bigint NOT NULL,
    -- 0: appointments without a chair.
    chair_id            bigint NOT NULL,
    currency            text NOT NULL,
    -- Time live appointments take (visit and buffers), in minutes.
    booked_minutes      bigint NOT NULL,
    -- Appointments made (any status but a hold).
    appointments        bigint NOT NULL,
    -- Patients who came: arrived, in the chair or completed.
    attended            bigint NOT NULL,
    no_shows            bigint NOT NULL,
    completed           bigint NOT NULL,
    late_cancellations  bigint NOT NULL,
    early_cancellations bigint NOT NULL,
    scheduled_fees      bigint NOT NULL,
    completed_fees      bigint NOT NULL,
    hygiene_completed   bigint NOT NULL,
    hygiene_reappointed bigint NOT NULL,
    -- Completed visits that were the patient's first completed visit ever, by how booked.
    new_online          bigint NOT NULL,
    new_front_desk      bigint NOT NULL,
    online              bigint NOT NULL,
    lead_minutes        bigint NOT NULL,
    PRIMARY KEY (clinic_id, day, provider_id, chair_id, currency)
);

CREATE TABLE report_day_stale (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id bigint NOT NULL,
    day       date NOT NULL
);
CREATE INDEX report_day_stale_day_idx ON report_day_stale (clinic_id, day);

-- The counts of the given clinic-days (pairs of the two arrays), from the appointments. A
-- cancellation is late when made within the clinic's cancellation notice before the visit. A
-- completed hygiene visit (with a hygienist) is reappointed when the patient had a later
-- appointment booked by the end of the visit's local day and not cancelled by then.
CREATE FUNCTION report_day_computed(clinic_ids bigint[], days date[])
RETURNS SETOF report_day
-- Compiling its many expressions just in time took half a second on every call, for the few
-- days a report computes afresh (BENCHMARKS.md, issue 17); plain execution takes milliseconds.
LANGUAGE sql STABLE SET jit = off AS $$
    WITH k AS (
        SELECT DISTINCT k.clinic_id, k.day, make_interval(hours => c.cancel_notice_hours) AS notice,
               k.day::timestamp AT TIME ZONE c.time_zone AS starts,
               (k.day + 1)::timestamp AT TIME ZONE c.time_zone AS ends
        FROM unnest(clinic_ids, days) AS k (clinic_id, day)
        JOIN clinic c ON c.id = k.clinic_id),
    -- Each day's appointments by the index on the clinic and the visit's start (a lateral
    -- join, so a few days never cost a scan of every appointment).
    a AS (
        SELECT a.*, k.day, k.notice, k.ends AS day_ends, p.kind = 'hygienist' AS hygiene
        FROM k
        CROSS JOIN LATERAL (
            SELECT * FROM appointment a
            WHERE a.clinic_id = k.clinic_id
              AND lower(a.visit) >= k.starts AND lower(a.visit) < k.ends
              AND a.status <> 'held') a
        JOIN provider p ON p.id = a.provider_id)
    SELECT a.clinic_id, a.day, a.provider_id, coalesce(a.chair_id, 0), a.fee_currency,
           coalesce(sum(extract(epoch FROM upper(a.blocked) - lower(a.blocked))::bigint / 60)
                    FILTER (WHERE a.status NOT IN ('cancelled', 'no_show')), 0)::bigint,
           count(*),
           count(*) FILTER (WHERE a.status IN ('arrived', 'in_chair', 'completed')),
           count(*) FILTER (WHERE a.status = 'no_show'),
           count(*) FILTER (WHERE a.status = 'completed'),
           count(*) FILTER (WHERE a.status = 'cancelled'
                              AND a.cancelled_at > lower(a.visit) - a.notice),
           count(*) FILTER (WHERE a.status = 'cancelled'
                              AND a.cancelled_at <= lower(a.visit) - a.notice),
           coalesce(sum(a.fee_minor) FILTER (WHERE a.status NOT IN ('cancelled', 'no_show')),
                    0)::bigint,
           coalesce(sum(a.fee_minor) FILTER (WHERE a.status = 'completed'), 0)::bigint,
           count(*) FILTER (WHERE a.hygiene AND a.status = 'completed'),
           count(*) FILTER (WHERE CASE WHEN a.hygiene AND a.status = 'completed' THEN
               EXISTS (SELECT FROM appointment b
                       WHERE b.patient_id = a.patient_id AND b.status <> 'held'
                         AND lower(b.visit) >= upper(a.visit)
                         AND b.created_at < a.day_ends
                         AND (b.cancelled_at IS NULL OR b.cancelled_at >= a.day_ends))
               ELSE false END),
           count(*) FILTER (WHERE CASE WHEN a.status = 'completed' THEN
               a.booked_online AND NOT EXISTS (
                   SELECT FROM appointment e
                   WHERE e.patient_id = a.patient_id AND e.status = 'completed'
                     AND lower(e.visit) < lower(a.visit))
               ELSE false END),
           count(*) FILTER (WHERE CASE WHEN a.status = 'completed' THEN
               NOT a.booked_online AND NOT EXISTS (
                   SELECT FROM appointment e
                   WHERE e.patient_id = a.patient_id AND e.status = 'completed'
                     AND lower(e.visit) < lower(a.visit))
               ELSE false END),
           count(*) FILTER (WHERE a.booked_online),
           coalesce(sum(greatest(extract(epoch FROM lower(a.visit) - a.created_at), 0)::bigint
                        / 60), 0)::bigint
    FROM a
    GROUP BY a.clinic_id, a.day, a.provider_id, coalesce(a.chair_id, 0), a.fee_currency
$$;

-- Marks the clinic-days that the appointments in `changed_rows` may have changed.
CREATE FUNCTION appointment_days_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_day_stale (clinic_id, day)
    SELECT DISTINCT r.clinic_id, (lower(r.visit) AT TIME ZONE c.time_zone)::date
    FROM changed_rows r JOIN clinic c ON c.id = r.clinic_id
    UNION
    SELECT DISTINCT v.clinic_id, (lower(v.visit) AT TIME ZONE c.time_zone)::date
    FROM appointment v JOIN clinic c ON c.id = v.clinic_id
    WHERE v.patient_id IN (SELECT patient_id FROM changed_rows) AND v.status = 'completed';
    RETURN NULL;
END $$;

CREATE TRIGGER appointment_inserted_marks_report_days AFTER INSERT ON appointment
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION appointment_days_stale();
CREATE TRIGGER appointment_updated_marks_report_days AFTER UPDATE ON appointment
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION appointment_days_stale();
-- An update's old rows too: a visit moved off a day changes that day.
CREATE TRIGGER appointment_moved_marks_report_days AFTER UPDATE ON appointment
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION appointment_days_stale();
CREATE TRIGGER appointment_deleted_marks_report_days AFTER DELETE ON appointment
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION appointment_days_stale();

-- A provider who becomes (or stops being) a hygienist changes their days' hygiene counts.
CREATE FUNCTION provider_days_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IS DISTINCT FROM OLD.kind THEN
        INSERT INTO report_day_stale (clinic_id, day)
        SELECT DISTINCT a.clinic_id, (lower(a.visit) AT TIME ZONE c.time_zone)::date
        FROM appointment a JOIN clinic c ON c.id = a.clinic_id
        WHERE a.provider_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER provider_kind_marks_report_days AFTER UPDATE ON provider
    FOR EACH ROW EXECUTE FUNCTION provider_days_stale();

-- A clinic's new time zone moves its days; a new cancellation notice changes which
-- cancellations are late. Its kept rows go, and all its days are marked.
CREATE FUNCTION clinic_days_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.time_zone IS DISTINCT FROM OLD.time_zone
       OR NEW.cancel_notice_hours IS DISTINCT FROM OLD.cancel_notice_hours THEN
        DELETE FROM report_day WHERE clinic_id = NEW.id;
        INSERT INTO report_day_stale (clinic_id, day)
        SELECT DISTINCT NEW.id, (lower(a.visit) AT TIME ZONE NEW.time_zone)::date
        FROM appointment a WHERE a.clinic_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER clinic_settings_mark_report_days AFTER UPDATE ON clinic
    FOR EACH ROW EXECUTE FUNCTION clinic_days_stale();

-- Every day with appointments starts stale: the server's task builds the rows.
INSERT INTO report_day_stale (clinic_id, day)
SELECT DISTINCT a.clinic_id, (lower(a.visit) AT TIME ZONE c.time_zone)::date
FROM appointment a JOIN clinic c ON c.id = a.clinic_id;

-- Cancellations by reason are read from the appointments themselves.
CREATE INDEX appointment_cancelled_idx ON appointment (clinic_id, lower(visit))
    WHERE status = 'cancelled';
