-- Why: the history of what happened in a company's fleet (issue 11: live events are "pushed to the
-- company's dashboards as typed hub events, and stored"; /api/events lists them). Every published
-- FleetEvent is written here by the FleetEventHistory sink before the dashboards are told.
-- Partitioned by month on occurred_at (issue 13) like location_history: the API's date filters prune
-- partitions, and events past the retention period (Events:RetentionMonths, default 15, DOMAIN.md)
-- are dropped a whole month at a time by the partition upkeep, never by DELETE.
-- seq orders events that share an instant in the order they were published (one call's events are
-- published in causal order: check submitted, defect raised, vehicle off road); the list reads newest
-- first by (occurred_at, seq).
CREATE TABLE fleet_events (
    id            uuid        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    seq           bigint      GENERATED ALWAYS AS IDENTITY,
    company_id    uuid        NOT NULL,
    type          text        NOT NULL,
    summary       text        NOT NULL,
    vehicle_id    uuid        NULL,
    registration  text        NULL,
    driver_id     uuid        NULL,
    driver_name   text        NULL,
    details       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    -- A unique key of a partitioned table must hold the partition key. An event keeps its id and
    -- time wherever it is resent, so this key makes a repeated publish a no-op (ON CONFLICT DO NOTHING).
    CONSTRAINT pk_fleet_events PRIMARY KEY (id, occurred_at),
    CONSTRAINT fk_fleet_events_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_fleet_events_details_object CHECK (jsonb_typeof(details) = 'object')
) PARTITION BY RANGE (occurred_at);

-- Serves the list with no vehicle, driver or type filter (the history view's first page):
-- WHERE company_id = @company [AND occurred_at >= @from AND occurred_at < @to]
-- ORDER BY occurred_at DESC, seq DESC LIMIT @limit (keyset: (occurred_at, seq) < (@afterAt, @afterSeq)).
CREATE INDEX ix_fleet_events_company_occurred ON fleet_events (company_id, occurred_at DESC, seq DESC);

-- Serves one vehicle's history: WHERE company_id = @company AND vehicle_id = @vehicle
-- [AND occurred_at range] ORDER BY occurred_at DESC, seq DESC. Company-wide events have no vehicle.
CREATE INDEX ix_fleet_events_company_vehicle ON fleet_events (company_id, vehicle_id, occurred_at DESC, seq DESC)
    WHERE vehicle_id IS NOT NULL;

-- Serves one driver's history: WHERE company_id = @company AND driver_id = @driver
-- [AND occurred_at range] ORDER BY occurred_at DESC, seq DESC.
CREATE INDEX ix_fleet_events_company_driver ON fleet_events (company_id, driver_id, occurred_at DESC, seq DESC)
    WHERE driver_id IS NOT NULL;

-- Serves the type filter: WHERE company_id = @company AND type = ANY(@types)
-- [AND occurred_at range] ORDER BY occurred_at DESC, seq DESC (one index range per type asked for).
CREATE INDEX ix_fleet_events_company_type ON fleet_events (company_id, type, occurred_at DESC, seq DESC);

-- Creates the monthly partitions covering [month of from_time, month of to_time] that do not exist
-- yet. Called by the partition upkeep (start-up and every 6 h, three months ahead) and by the sink for
-- the months of a batch that found no partition (an event timed by an old GPS fix).
CREATE FUNCTION ensure_fleet_events_partitions(from_time timestamptz, to_time timestamptz)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    month_start date := date_trunc('month', from_time AT TIME ZONE 'UTC')::date;
    last_month  date := date_trunc('month', to_time AT TIME ZONE 'UTC')::date;
    created     integer := 0;
    partition   text;
BEGIN
    WHILE month_start <= last_month LOOP
        partition := format('fleet_events_%s', to_char(month_start, 'YYYYMM'));
        IF to_regclass(partition) IS NULL THEN
            EXECUTE format(
                'CREATE TABLE IF NOT EXISTS %I PARTITION OF fleet_events FOR VALUES FROM (%L) TO (%L)',
                partition,
                (month_start::timestamp AT TIME ZONE 'UTC'),
                ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
            created := created + 1;
        END IF;
        month_start := (month_start + interval '1 month')::date;
    END LOOP;
    RETURN created;
END;
$$;

-- Drops every monthly partition (fleet_events_YYYYMM) whose whole month ends on or before the cutoff;
-- a month the cutoff falls inside is kept until it has aged out entirely. Detached first, so inserts
-- into other months never wait on the drop. Returns the number of partitions dropped.
CREATE FUNCTION drop_fleet_events_partitions_before(cutoff timestamptz)
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
        WHERE pg_inherits.inhparent = 'fleet_events'::regclass
          AND child.relname ~ '^fleet_events_[0-9]{6}$'
        ORDER BY child.relname
    LOOP
        month_start := to_date(right(partition.name, 6), 'YYYYMM');
        IF ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC') <= cutoff THEN
            EXECUTE format('ALTER TABLE fleet_events DETACH PARTITION %I', partition.name);
            EXECUTE format('DROP TABLE %I', partition.name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END;
$$;

-- The silo's role may neither create nor drop tables; the upkeep runs with the owner's rights (and a
-- fixed search_path, as any SECURITY DEFINER function must), and only the application role may call it.
ALTER FUNCTION ensure_fleet_events_partitions(timestamptz, timestamptz) SECURITY DEFINER SET search_path = public;
ALTER FUNCTION drop_fleet_events_partitions_before(timestamptz) SECURITY DEFINER SET search_path = public;
REVOKE ALL ON FUNCTION ensure_fleet_events_partitions(timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION drop_fleet_events_partitions_before(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ensure_fleet_events_partitions(timestamptz, timestamptz) TO titanfleet_app;
GRANT EXECUTE ON FUNCTION drop_fleet_events_partitions_before(timestamptz) TO titanfleet_app;

-- History is written once and read; nothing updates an event. Deletion is the upkeep's, by partition.
REVOKE UPDATE, DELETE, TRUNCATE ON fleet_events FROM titanfleet_app;

SELECT ensure_fleet_events_partitions(now() - interval '1 month', now() + interval '2 months');
