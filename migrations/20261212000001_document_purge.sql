-- An admin's purge: the one way a document row is deleted. The document must be archived
-- first, and the purge names it in the transaction (`chairside.purging_document`, set locally
-- by the purge), so a stray DELETE, a bug's or a person's at a prompt, is still refused. What
-- was purged, by whom and why stays in the audit log; the file leaves the store once no other
-- document of the clinic has the same content.
CREATE FUNCTION refuse_document_delete_unless_purged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.archived_at IS NOT NULL
       AND current_setting('chairside.purging_document', true) = OLD.id::text THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'documents are archived, never deleted (an admin purges an archived one)'
        USING ERRCODE = 'restrict_violation';
END $$;

DROP TRIGGER patient_document_never_deleted ON patient_document;
CREATE TRIGGER patient_document_deleted_only_by_a_purge BEFORE DELETE ON patient_document
    FOR EACH ROW EXECUTE FUNCTION refuse_document_delete_unless_purged();
