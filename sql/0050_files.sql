-- Why: photos and documents for vehicles, checks and defects (issue 9). Metadata and bytes are two
-- tables so listing never reads the bytes, and so the bytes can move to an object store later
-- (IFileContentStore) without touching the metadata. Bytes live in PostgreSQL by default so every
-- silo serves every file. Deletion is soft (deleted_at): the audit log keeps pointing at a real row.
CREATE TABLE files (
    id            uuid        NOT NULL,
    company_id    uuid        NOT NULL,
    entity_type   text        NOT NULL,
    entity_id     uuid        NOT NULL,
    file_name     text        NOT NULL,
    content_type  text        NOT NULL,
    size_bytes    bigint      NOT NULL,
    sha256        bytea       NOT NULL,
    uploaded_by   uuid        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NULL,
    deleted_at    timestamptz NULL,
    CONSTRAINT pk_files PRIMARY KEY (id),
    CONSTRAINT fk_files_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_files_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users (id),
    CONSTRAINT ck_files_entity_type CHECK (entity_type IN ('vehicle', 'check', 'defect')),
    CONSTRAINT ck_files_size CHECK (size_bytes > 0),
    CONSTRAINT ck_files_sha256 CHECK (octet_length(sha256) = 32)
);

-- Serves an owner's file list: WHERE company_id = @company AND entity_type = @type AND entity_id = @id
-- AND deleted_at IS NULL ORDER BY created_at, id (keyset cursor).
CREATE INDEX ix_files_company_entity_created ON files (company_id, entity_type, entity_id, created_at, id) WHERE deleted_at IS NULL;

CREATE TABLE file_contents (
    file_id  uuid  NOT NULL,
    content  bytea NOT NULL,
    CONSTRAINT pk_file_contents PRIMARY KEY (file_id),
    CONSTRAINT fk_file_contents_file FOREIGN KEY (file_id) REFERENCES files (id)
);

-- Large photos are already compressed: storing them uncompressed out of line saves the CPU of a
-- compression attempt that gains nothing.
ALTER TABLE file_contents ALTER COLUMN content SET STORAGE EXTERNAL;
