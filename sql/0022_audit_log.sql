-- Why: every create, update and delete of a record is written here in the same transaction as the
-- change (issue 9). The log is append-only: PostgreSQL itself refuses UPDATE and DELETE (row
-- trigger) and TRUNCATE (statement trigger; row triggers do not fire on TRUNCATE), and the
-- application's role lacks those grants, so neither a bug nor a stolen app connection can rewrite it.
CREATE TABLE audit_log (
    id              bigint      GENERATED ALWAYS AS IDENTITY,
    company_id      uuid        NOT NULL,
    user_id         uuid        NULL,
    action          text        NOT NULL,
    entity_type     text        NOT NULL,
    entity_id       uuid        NOT NULL,
    changes         jsonb       NOT NULL,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    request_id      text        NULL,
    client_address  inet        NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (id),
    CONSTRAINT fk_audit_log_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_audit_log_action CHECK (action IN ('create', 'update', 'delete'))
);

-- Serves the audit list, newest first: WHERE company_id = @company [AND occurred_at range] ORDER BY id DESC (keyset cursor).
CREATE INDEX ix_audit_log_company_id ON audit_log (company_id, id DESC);

-- Serves one record's history: WHERE company_id = @company AND entity_type = @type AND entity_id = @id ORDER BY id DESC.
CREATE INDEX ix_audit_log_company_entity ON audit_log (company_id, entity_type, entity_id, id DESC);

-- Serves one user's actions: WHERE company_id = @company AND user_id = @user ORDER BY id DESC.
CREATE INDEX ix_audit_log_company_user ON audit_log (company_id, user_id, id DESC);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER tr_audit_log_refuse_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER tr_audit_log_refuse_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM titanfleet_app;
