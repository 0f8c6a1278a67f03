-- Chairs, providers and appointment types are deactivated, never deleted: appointments (and
-- the audit log) will keep pointing at them. The schema says so, not only the application.
CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are deactivated, never deleted', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER chair_never_deleted BEFORE DELETE ON chair
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER provider_never_deleted BEFORE DELETE ON provider
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER appointment_type_never_deleted BEFORE DELETE ON appointment_type
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();
