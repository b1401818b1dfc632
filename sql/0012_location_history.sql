-- Why: every accepted GPS fix, kept for the retention period (default 15 months) and purged by
-- dropping whole monthly partitions, never by a large DELETE.
-- The primary key (vehicle, fix time, source) both drops exact resends (ON CONFLICT DO NOTHING)
-- and serves a vehicle's trail over a time range; it is the table's only index, to keep ingest cheap.
CREATE TABLE location_history (
    vehicle_id   uuid             NOT NULL,
    fix_time     timestamptz      NOT NULL,
    source_id    uuid             NOT NULL,
    company_id   uuid             NOT NULL,
    latitude     double precision NOT NULL,
    longitude    double precision NOT NULL,
    speed_kmh    double precision NULL,
    heading      double precision NULL,
    accuracy_m   double precision NULL,
    altitude_m   double precision NULL,
    odometer_m   double precision NULL,
    received_at  timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT pk_location_history PRIMARY KEY (vehicle_id, fix_time, source_id)
) PARTITION BY RANGE (fix_time);

-- Creates the monthly partitions covering [first month of from_time, month of to_time] that do not
-- exist yet. Called by the silo at start-up and daily, so inserts always find their partition.
CREATE FUNCTION ensure_location_history_partitions(from_time timestamptz, to_time timestamptz)
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
        partition := format('location_history_%s', to_char(month_start, 'YYYYMM'));
        IF to_regclass(partition) IS NULL THEN
            EXECUTE format(
                'CREATE TABLE IF NOT EXISTS %I PARTITION OF location_history FOR VALUES FROM (%L) TO (%L)',
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

SELECT ensure_location_history_partitions(now() - interval '1 month', now() + interval '2 months');
