-- Why: location history is kept for a configurable retention period (History:RetentionMonths,
-- default 15; DOMAIN.md) and purged by dropping whole monthly partitions, never by DELETE: a
-- dropped partition frees its space at once and leaves no dead rows for VACUUM.
-- Drops every monthly partition (named location_history_YYYYMM, as ensure_location_history_partitions
-- makes them) whose whole month ends on or before the cutoff; a month the cutoff falls inside is kept
-- until it has aged out entirely. Detached first, so concurrent inserts into other months never wait
-- on the drop. Returns the number of partitions dropped.
CREATE FUNCTION drop_location_history_partitions_before(cutoff timestamptz)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    partition   record;
    month_start date;
    dropped     integer := 0;
BEGIN
    FOR partition IN
        SELECT child.relname AS name
        FROM pg_inherits
        JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = 'location_history'::regclass
          AND child.relname ~ '^location_history_[0-9]{6}$'
        ORDER BY child.relname
    LOOP
        month_start := to_date(right(partition.name, 6), 'YYYYMM');
        IF ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC') <= cutoff THEN
            EXECUTE format('ALTER TABLE location_history DETACH PARTITION %I', partition.name);
            EXECUTE format('DROP TABLE %I', partition.name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END;
$$;

-- The silo's role may not drop tables; like partition creation, the upkeep runs with the owner's rights.
ALTER FUNCTION drop_location_history_partitions_before(timestamptz) SECURITY DEFINER SET search_path = public;
REVOKE ALL ON FUNCTION drop_location_history_partitions_before(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION drop_location_history_partitions_before(timestamptz) TO titanfleet_app;
