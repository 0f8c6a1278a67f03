-- no-transaction
-- The audit viewer's patient filter also finds the lists that showed the patient (a calendar
-- names its patients in `details -> 'patients'`). Built without locking out writers: the log
-- is written by every request that reads patient data.
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_log_details_patients_idx
    ON audit_log USING gin ((details -> 'patients') jsonb_path_ops);
