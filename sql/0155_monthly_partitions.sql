-- Why: location_history (0012, 0080) and fleet_events (0100) each carried their own copy of the
-- same two partition functions, and the audit log and notifications are about to need them too
-- (issue 13). One generic pair replaces them: ensure_monthly_partitions(table, from, to) and
-- drop_monthly_partitions_before(table, cutoff), used by the silo's partition upkeep
-- (TitanFleet.Silo/Database/PartitionMaintenance) for every table registered below, each with its
-- own retention setting. Retention is only ever by dropping a whole month; no row is DELETEd.
--
-- The functions run with the owner's rights (the silo's role may neither create nor drop tables),
-- so they act only on the tables registered here, which the silo's role cannot change, and never
-- drop a month younger than the table's minimum retention: a stolen application connection cannot
-- use them to empty the audit log.
CREATE TABLE monthly_partitioned_tables (
    table_name                regclass NOT NULL,
    minimum_retention_months  integer  NOT NULL,
    CONSTRAINT pk_monthly_partitioned_tables PRIMARY KEY (table_name),
    CONSTRAINT ck_monthly_partitioned_tables_minimum CHECK (minimum_retention_months >= 1)
);

REVOKE ALL ON monthly_partitioned_tables FROM titanfleet_app;

-- Minimums match the settings' validators (History:RetentionMonths and Events:RetentionMonths, 2 to 120).
INSERT INTO monthly_partitioned_tables (table_name, minimum_retention_months) VALUES
    ('location_history', 2),
    ('fleet_events', 2);

-- Creates the monthly partitions <table>_YYYYMM covering [month of from_time, month of to_time] that
-- do not exist yet; returns how many it created. A new partition gives the application's role no
-- more than it has on the parent (default privileges would otherwise grant UPDATE and DELETE on it,
-- and PostgreSQL checks a partition's own grants when it is named directly), and gets the parent's
-- TRUNCATE triggers (PostgreSQL clones row triggers to partitions, but not statement triggers, so
-- an append-only table's partition could otherwise be TRUNCATEd by its owner).
CREATE FUNCTION ensure_monthly_partitions(parent regclass, from_time timestamptz, to_time timestamptz)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    base        text;
    month_start date := date_trunc('month', from_time AT TIME ZONE 'UTC')::date;
    last_month  date := date_trunc('month', to_time AT TIME ZONE 'UTC')::date;
    created     integer := 0;
    partition   text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM monthly_partitioned_tables WHERE table_name = parent) THEN
        RAISE EXCEPTION '% is not a registered monthly-partitioned table', parent USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT relname INTO base FROM pg_class WHERE oid = parent;
    WHILE month_start <= last_month LOOP
        partition := format('%s_%s', base, to_char(month_start, 'YYYYMM'));
        IF to_regclass(partition) IS NULL THEN
            EXECUTE format(
                'CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                partition, base,
                (month_start::timestamp AT TIME ZONE 'UTC'),
                ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
            PERFORM monthly_partition_inherit_guards(parent, partition::regclass);
            created := created + 1;
        END IF;
        month_start := (month_start + interval '1 month')::date;
    END LOOP;
    RETURN created;
END;
$$;

-- The grants and TRUNCATE triggers a partition takes from its parent (see ensure_monthly_partitions);
-- also applied below to the partitions that existed before this migration.
CREATE FUNCTION monthly_partition_inherit_guards(parent regclass, partition regclass)
RETURNS void
LANGUAGE plpgsql
SET search_path = public
AS $$
DECLARE
    privilege text;
    guard     record;
BEGIN
    FOREACH privilege IN ARRAY ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'] LOOP
        IF NOT has_table_privilege('titanfleet_app', parent, privilege) THEN
            EXECUTE format('REVOKE %s ON %s FROM titanfleet_app', privilege, partition);
        END IF;
    END LOOP;
    FOR guard IN
        SELECT tgname, tgfoid::regproc AS function_name, (tgtype & 2) <> 0 AS before
        FROM pg_trigger
        WHERE tgrelid = parent AND NOT tgisinternal AND (tgtype & 32) <> 0 AND (tgtype & 1) = 0
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = partition AND tgname = guard.tgname) THEN
            EXECUTE format('CREATE TRIGGER %I %s TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION %s()',
                guard.tgname, CASE WHEN guard.before THEN 'BEFORE' ELSE 'AFTER' END, partition, guard.function_name);
        END IF;
    END LOOP;
END;
$$;

-- Drops every monthly partition <table>_YYYYMM whose whole month ends on or before the cutoff (a
-- month the cutoff falls inside is kept until it has aged out entirely), but never one younger than
-- the table's minimum retention, whatever cutoff is asked for. Each is detached, then dropped: no
-- row is read or deleted, so the work is a catalog change whatever the month holds, and the space
-- is freed at once with no dead rows left for VACUUM. Both steps lock the parent briefly
-- (ACCESS EXCLUSIVE; DETACH ... CONCURRENTLY cannot run inside a function), so the lock wait is
-- bounded: past lock_timeout the upkeep gives up and tries again on its next run rather than queue
-- inserts behind a long report. Returns the number of partitions dropped.
CREATE FUNCTION drop_monthly_partitions_before(parent regclass, cutoff timestamptz)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
SET lock_timeout = '5s'
AS $$
DECLARE
    base        text;
    floor_at    timestamptz;
    partition   record;
    month_start date;
    dropped     integer := 0;
BEGIN
    SELECT now() - make_interval(months => minimum_retention_months) INTO floor_at
    FROM monthly_partitioned_tables WHERE table_name = parent;
    IF floor_at IS NULL THEN
        RAISE EXCEPTION '% is not a registered monthly-partitioned table', parent USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT relname INTO base FROM pg_class WHERE oid = parent;
    FOR partition IN
        SELECT child.relname AS name
        FROM pg_inherits
        JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = parent
          AND child.relname ~ ('^' || base || '_[0-9]{6}$')
        ORDER BY child.relname
    LOOP
        month_start := to_date(right(partition.name, 6), 'YYYYMM');
        IF ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC') <= least(cutoff, floor_at) THEN
            EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', base, partition.name);
            EXECUTE format('DROP TABLE %I', partition.name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END;
$$;

REVOKE ALL ON FUNCTION ensure_monthly_partitions(regclass, timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION drop_monthly_partitions_before(regclass, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION monthly_partition_inherit_guards(regclass, regclass) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ensure_monthly_partitions(regclass, timestamptz, timestamptz) TO titanfleet_app;
GRANT EXECUTE ON FUNCTION drop_monthly_partitions_before(regclass, timestamptz) TO titanfleet_app;

-- The partitions made so far got the default privileges (fleet_events' months allowed the UPDATE
-- and DELETE its parent refuses): give them the parent's.
SELECT monthly_partition_inherit_guards(pg_inherits.inhparent::regclass, pg_inherits.inhrelid::regclass)
FROM pg_inherits
WHERE pg_inherits.inhparent IN (SELECT table_name FROM monthly_partitioned_tables);

DROP FUNCTION ensure_location_history_partitions(timestamptz, timestamptz);
DROP FUNCTION drop_location_history_partitions_before(timestamptz);
DROP FUNCTION ensure_fleet_events_partitions(timestamptz, timestamptz);
DROP FUNCTION drop_fleet_events_partitions_before(timestamptz);
