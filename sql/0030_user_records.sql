-- Why: users become a managed record (issue 9): admins create them (with a password or a one-time
-- set-up link), change their role and deactivate them. "Deactivated" is deleted_at being set, so
-- login's existing "deleted_at IS NULL" keeps refusing them; the row and its audit history stay.
-- A user created with a set-up link has no password yet: password_hash is '' (Identity's hasher
-- fails every password against an empty hash) until the link is used. Only the SHA-256 of the
-- link's token is stored, with its expiry.
ALTER TABLE users
    ADD COLUMN username                 text        NULL,
    ADD COLUMN phone                    text        NULL,
    ADD COLUMN updated_at               timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN version                  integer     NOT NULL DEFAULT 1,
    ADD COLUMN setup_token_sha256       bytea       NULL,
    ADD COLUMN setup_token_expires_at   timestamptz NULL;

UPDATE users SET updated_at = created_at;

ALTER TABLE users
    ADD CONSTRAINT ck_users_setup_token_expiry CHECK ((setup_token_sha256 IS NULL) = (setup_token_expires_at IS NULL));

-- A username names one person within a company, whatever its case; deactivated users keep theirs.
CREATE UNIQUE INDEX ux_users_company_username ON users (company_id, lower(username)) WHERE username IS NOT NULL;

-- Serves the anonymous set-password endpoint: WHERE setup_token_sha256 = @hash.
CREATE UNIQUE INDEX ux_users_setup_token ON users (setup_token_sha256) WHERE setup_token_sha256 IS NOT NULL;

-- Serves the user list: WHERE company_id = @company ORDER BY email, id (keyset cursor).
CREATE INDEX ix_users_company_email ON users (company_id, email, id);
