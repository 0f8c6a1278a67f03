-- Patients' documents: x-rays, consent forms, referral letters, insurance papers. The file is
-- kept in the document store (`DOCUMENT_STORE`: a local folder or an S3 bucket) under its
-- clinic and its content's SHA-256, and this row is written only once the file is stored. A
-- document is archived, never deleted (only an admin's documented purge removes one).
CREATE TABLE patient_document (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id    bigint NOT NULL REFERENCES clinic (id),
    patient_id   bigint NOT NULL,
    category     text NOT NULL
                 CONSTRAINT patient_document_category_known
                 CHECK (category IN ('xray', 'consent', 'referral', 'insurance', 'other')),
    -- What the content is, read from its first bytes (never the name or the browser's word).
    kind         text NOT NULL
                 CONSTRAINT patient_document_kind_known CHECK (kind IN ('jpeg', 'png', 'pdf', 'dicom')),
    -- The name it was uploaded with, shown and offered on download.
    file_name    text NOT NULL
                 CONSTRAINT patient_document_file_name_length CHECK (length(file_name) BETWEEN 1 AND 200),
    sha256       bytea NOT NULL CONSTRAINT patient_document_sha256_length CHECK (length(sha256) = 32),
    size_bytes   bigint NOT NULL CONSTRAINT patient_document_size_positive CHECK (size_bytes > 0),
    taken_on     date,
    note         text NOT NULL DEFAULT ''
                 CONSTRAINT patient_document_note_length CHECK (length(note) <= 1000),
    has_thumbnail boolean NOT NULL DEFAULT false,
    -- What the content says of itself: an image's size, a DICOM file's study date and modality.
    details      jsonb NOT NULL DEFAULT '{}',
    uploaded_by  bigint NOT NULL REFERENCES staff (id),
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    archived_at  timestamptz,
    archived_by  bigint REFERENCES staff (id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX patient_document_patient ON patient_document (patient_id, uploaded_at DESC);
CREATE INDEX patient_document_content ON patient_document (clinic_id, sha256);

CREATE TRIGGER patient_document_keep_clinic BEFORE UPDATE ON patient_document
    FOR EACH ROW EXECUTE FUNCTION keep_clinic_id();
CREATE TRIGGER patient_document_never_deleted BEFORE DELETE ON patient_document
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();
