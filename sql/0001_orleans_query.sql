-- Why: every Orleans ADO.NET provider (clustering, grain storage, reminders) starts by running
-- `SELECT QueryKey, QueryText FROM OrleansQuery` and then executes only the SQL it finds there.
-- This table is that lookup; migrations 0002-0004 add their tables and register their queries here.
-- The provider's identifiers are unquoted, so PostgreSQL folds them to the lower-case names below.

CREATE TABLE orleansquery
(
    querykey  varchar(64) NOT NULL,
    querytext text        NOT NULL,

    -- Serves the provider start-up read (all rows, or the four storage keys by name).
    CONSTRAINT pk_orleansquery PRIMARY KEY (querykey)
);

COMMENT ON TABLE orleansquery IS
    'SQL text looked up by key by the Orleans ADO.NET providers; parameters are @Name placeholders bound by the provider.';
