-- Fills vehicle_daily_rollups (sql/0140) from the seeded location_history, one vehicle at a time
-- (each vehicle's fixes read in primary-key order, so no sort of 50 million rows), for measuring the
-- utilisation report's SQL before the rollup writer and its rebuild command exist. Days are the
-- company's (Europe/London). Moving and idle time count only gaps of at most 2 minutes between fixes
-- (a tracker on shift), at speed above / at most 3 km/h; a parked vehicle's 15-minute heartbeats are
-- neither. Distance is the odometer's advance. An overspeed is a fix above 90 km/h after one at or
-- below it (an approximation: the product's rule is per vehicle type with a minimum duration).
-- Run: psql -h 127.0.0.1 -p 55432 -U postgres -d tf_b50m_hist -f loadtest/history50m/rollups-from-history.sql
\timing on
TRUNCATE vehicle_daily_rollups;
DO $$
DECLARE
    vehicle record;
BEGIN
    FOR vehicle IN SELECT id, company_id FROM vehicles ORDER BY id LOOP
        INSERT INTO vehicle_daily_rollups (company_id, vehicle_id, day, fix_count, distance_m, moving_seconds, idle_seconds,
            max_speed_kmh, overspeed_count, first_fix_at, first_latitude, first_longitude, last_fix_at, last_latitude, last_longitude)
        SELECT vehicle.company_id, vehicle.id, f.day, count(*),
            coalesce(max(f.odometer_m) - min(f.odometer_m), 0),
            coalesce(sum(f.gap) FILTER (WHERE f.gap <= 120 AND f.speed_kmh > 3), 0)::integer,
            coalesce(sum(f.gap) FILTER (WHERE f.gap <= 120 AND f.speed_kmh <= 3), 0)::integer,
            max(f.speed_kmh),
            count(*) FILTER (WHERE f.speed_kmh > 90 AND f.previous_speed <= 90),
            min(f.fix_time), (array_agg(f.latitude ORDER BY f.fix_time))[1], (array_agg(f.longitude ORDER BY f.fix_time))[1],
            max(f.fix_time), (array_agg(f.latitude ORDER BY f.fix_time DESC))[1], (array_agg(f.longitude ORDER BY f.fix_time DESC))[1]
        FROM (
            SELECT h.fix_time, h.latitude, h.longitude, h.speed_kmh, h.odometer_m,
                (h.fix_time AT TIME ZONE 'Europe/London')::date AS day,
                extract(epoch FROM h.fix_time - lag(h.fix_time) OVER w) AS gap,
                lag(h.speed_kmh) OVER w AS previous_speed
            FROM location_history h
            WHERE h.vehicle_id = vehicle.id
            WINDOW w AS (ORDER BY h.fix_time)
        ) f
        GROUP BY f.day;
    END LOOP;
END
$$;
ANALYZE vehicle_daily_rollups;
SELECT count(*) AS rollup_rows, min(day), max(day) FROM vehicle_daily_rollups;
