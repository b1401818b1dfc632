-- Why: the audit log only ever grows (one row per record change, kept for years), so it is
-- partitioned by month on occurred_at (issue 13) and its retention is by dropping whole months
-- (Audit:RetentionMonths, default and minimum 24: it is the trail of changes to working-time records,
-- which DOMAIN.md keeps 2 years, and to defect and check records, kept 15 months), never by row.
-- The append-only guarantee of sql/0022 holds on every partition: the row trigger refusing UPDATE and
-- DELETE is cloned to each partition by PostgreSQL, the TRUNCATE trigger and the application role's
-- lack of UPDATE, DELETE and TRUNCATE by ensure_monthly_partitions (sql/0155). The database itself
-- refuses to drop a month younger than 24 months.
-- Ids stay the identity they were, so the list's id-based cursor (ORDER BY id DESC, id < @before) pages
-- across months unchanged; a unique key of a partitioned table must hold the partition key, hence
-- the primary key (id, occurred_at), the id alone still being unique by its identity.
ALTER TABLE audit_log RENAME TO audit_log_unpartitioned;
ALTER INDEX pk_audit_log RENAME TO pk_audit_log_unpartitioned;
ALTER SEQUENCE audit_log_id_seq RENAME TO audit_log_unpartitioned_id_seq;
DROP INDEX ix_audit_log_company_id, ix_audit_log_company_entity, ix_audit_log_company_user;

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
    CONSTRAINT pk_audit_log PRIMARY KEY (id, occurred_at),
    CONSTRAINT fk_audit_log_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_audit_log_action CHECK (action IN ('create', 'update', 'delete'))
) PARTITION BY RANGE (occurred_at);

-- Serves the audit list, newest first: WHERE company_id = @company [AND occurred_at range] ORDER BY id DESC (keyset cursor).
CREATE INDEX ix_audit_log_company_id ON audit_log (company_id, id DESC);

-- Serves one record's history: WHERE company_id = @company AND entity_type = @type AND entity_id = @id ORDER BY id DESC.
CREATE INDEX ix_audit_log_company_entity ON audit_log (company_id, entity_type, entity_id, id DESC);

-- Serves one user's actions: WHERE company_id = @company AND user_id = @user ORDER BY id DESC.
CREATE INDEX ix_audit_log_company_user ON audit_log (company_id, user_id, id DESC);

CREATE TRIGGER tr_audit_log_refuse_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER tr_audit_log_refuse_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM titanfleet_app;

INSERT INTO monthly_partitioned_tables (table_name, minimum_retention_months) VALUES ('audit_log', 24);

SELECT ensure_monthly_partitions('audit_log', month, month)
FROM (SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM audit_log_unpartitioned) AS entries (month);

SELECT ensure_monthly_partitions('audit_log', now() - interval '1 month', now() + interval '2 months');

INSERT INTO audit_log (id, company_id, user_id, action, entity_type, entity_id, changes, occurred_at, request_id, client_address)
OVERRIDING SYSTEM VALUE
SELECT id, company_id, user_id, action, entity_type, entity_id, changes, occurred_at, request_id, client_address
FROM audit_log_unpartitioned;

SELECT setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((SELECT max(id) FROM audit_log_unpartitioned), 0) + 1, false);

DROP TABLE audit_log_unpartitioned;
