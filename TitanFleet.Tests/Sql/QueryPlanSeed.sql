-- The query plan check's database (QueryPlanTests): realistic volume across 200 companies, made set
-- by set with generate_series so it takes seconds, not minutes. Ids are md5 of a name and a number,
-- so a child row finds its parent's id by computing it, never by a lookup join.
-- Company c (1..200) has 50 users (1 admin, 4 managers, 5 mechanics, 40 drivers) and 25 vehicles.
-- History and events fall in October and November 2026 (the seed makes those months' partitions).

SET synchronous_commit = off;

-- The migrations make partitions around the day they run; the seed's months are fixed, so it makes its own.
SELECT ensure_monthly_partitions(parent, TIMESTAMPTZ '2026-10-01 00:00:00+00', TIMESTAMPTZ '2026-12-01 00:00:00+00')
FROM unnest(ARRAY['location_history', 'fleet_events', 'notifications', 'audit_log']::regclass[]) AS parent;

CREATE FUNCTION pg_temp.sid(kind text, a bigint, b bigint DEFAULT 0) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5(kind || '/' || a || '/' || b)::uuid $$;

INSERT INTO companies (id, name, time_zone)
SELECT pg_temp.sid('company', c), 'Company ' || c, 'Europe/London' FROM generate_series(1, 200) c;

INSERT INTO users (id, company_id, email, display_name, role, password_hash, deleted_at)
SELECT pg_temp.sid('user', c, u), pg_temp.sid('company', c), 'user' || u || '@company' || c || '.test', 'User ' || u,
       CASE WHEN u = 1 THEN 'admin' WHEN u <= 5 THEN 'manager' WHEN u <= 10 THEN 'mechanic' ELSE 'driver' END,
       'x', CASE WHEN u % 25 = 0 THEN now() END
FROM generate_series(1, 200) c, generate_series(1, 50) u;

INSERT INTO driver_profiles (user_id, company_id, licence_number, licence_categories, licence_expiry)
SELECT pg_temp.sid('user', c, u), pg_temp.sid('company', c), 'LIC' || c || 'X' || u, ARRAY['C', 'CE'], DATE '2030-01-01'
FROM generate_series(1, 200) c, generate_series(11, 50) u;

INSERT INTO vehicles (id, company_id, registration, vehicle_type, status, mileage_km, depot, deleted_at)
SELECT pg_temp.sid('vehicle', c, v), pg_temp.sid('company', c), 'V' || c || 'R' || v,
       (ARRAY['hgv', 'psv', 'van', 'car', 'trailer'])[1 + v % 5],
       CASE WHEN v = 25 THEN 'retired' WHEN v % 7 = 0 THEN 'vor' ELSE 'active' END, v * 1000,
       'Depot ' || (v % 3), CASE WHEN v = 25 THEN now() END
FROM generate_series(1, 200) c, generate_series(1, 25) v;

INSERT INTO devices (id, company_id, vehicle_id, unique_id, token_sha256, name, kind)
SELECT pg_temp.sid('device', c, v), pg_temp.sid('company', c), pg_temp.sid('vehicle', c, v), 'dev-' || c || '-' || v,
       decode(md5('t' || c || v), 'hex'), 'Tracker', 'tracker'
FROM generate_series(1, 200) c, generate_series(1, 25) v;

-- 1,000,000 fixes: 5,000 vehicles x 200 fixes, every 5 minutes from mid-October.
INSERT INTO location_history (vehicle_id, fix_time, source_id, company_id, latitude, longitude, speed_kmh, heading)
SELECT pg_temp.sid('vehicle', c, v), TIMESTAMPTZ '2026-10-20 00:00:00+00' + n * INTERVAL '5 minutes' + v * INTERVAL '1 second',
       pg_temp.sid('device', c, v), pg_temp.sid('company', c), 51 + (n % 100) / 1000.0, -1 + (v % 100) / 1000.0, n % 90, n % 360
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 200) n;

-- 100,000 checks: 20 per vehicle, by its company's drivers; one in four has a defect.
INSERT INTO inspections (id, company_id, vehicle_id, driver_id, vehicle_type, odometer_km, fuel_level_percent, results, failed_items, nil_defect, submitted_at)
SELECT pg_temp.sid('inspection', c, v * 100 + n), pg_temp.sid('company', c), pg_temp.sid('vehicle', c, v),
       pg_temp.sid('user', c, 11 + (v + n) % 40), 'hgv', n * 100, 50, '[]', CASE WHEN n % 4 = 0 THEN 1 ELSE 0 END, n % 4 <> 0,
       TIMESTAMPTZ '2026-10-01 06:00:00+00' + n * INTERVAL '1 day' + v * INTERVAL '1 minute'
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 20) n;

-- 100,000 defects: 20 per vehicle, a quarter from checks; one in five still open.
INSERT INTO defects (id, company_id, vehicle_id, inspection_id, category, description, severity, status, reported_by, reported_at,
                     assigned_to, resolved_at)
SELECT pg_temp.sid('defect', c, v * 100 + n), pg_temp.sid('company', c), pg_temp.sid('vehicle', c, v),
       CASE WHEN n % 4 = 0 THEN pg_temp.sid('inspection', c, v * 100 + n) END, 'Lights', 'Broken',
       CASE WHEN n % 10 = 0 THEN 'dangerous' ELSE 'minor' END,
       CASE WHEN n % 5 = 0 THEN 'reported' ELSE 'rectified' END,
       pg_temp.sid('user', c, 11 + (v + n) % 40), TIMESTAMPTZ '2026-10-01 07:00:00+00' + n * INTERVAL '1 day' + v * INTERVAL '1 minute',
       CASE WHEN n % 3 = 0 THEN pg_temp.sid('user', c, 6 + n % 5) END,
       CASE WHEN n % 5 <> 0 THEN TIMESTAMPTZ '2026-10-02 07:00:00+00' + n * INTERVAL '1 day' END
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 20) n;

INSERT INTO defect_comments (id, company_id, defect_id, author_id, body)
SELECT pg_temp.sid('comment', c, v * 100 + n), pg_temp.sid('company', c), pg_temp.sid('defect', c, v * 100 + n), pg_temp.sid('user', c, 6), 'Looking'
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 20, 2) n;

INSERT INTO rectifications (id, company_id, defect_id, vehicle_id, mechanic_id, outcome, work_done, signed_off_at)
SELECT pg_temp.sid('rectification', c, v * 100 + n), pg_temp.sid('company', c), pg_temp.sid('defect', c, v * 100 + n),
       pg_temp.sid('vehicle', c, v), pg_temp.sid('user', c, 6 + n % 5), 'rectified', 'Replaced',
       TIMESTAMPTZ '2026-10-02 07:00:00+00' + n * INTERVAL '1 day'
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 20) n
WHERE n % 5 <> 0;

-- 100,000 timesheets: 25 per driver.
INSERT INTO timesheets (id, company_id, driver_id, vehicle_id, started_at, ended_at, start_odometer_km, end_odometer_km,
                        driving_seconds, other_work_seconds, break_seconds, ended_by)
SELECT pg_temp.sid('timesheet', c, u * 100 + n), pg_temp.sid('company', c), pg_temp.sid('user', c, u), pg_temp.sid('vehicle', c, 1 + (u + n) % 24),
       TIMESTAMPTZ '2026-10-01 06:00:00+00' + n * INTERVAL '1 day', TIMESTAMPTZ '2026-10-01 15:00:00+00' + n * INTERVAL '1 day',
       n * 100, n * 100 + 80, 20000, 3000, 2700, 'driver'
FROM generate_series(1, 200) c, generate_series(11, 50) u, generate_series(1, 25) n;

-- 30,000 reminders: six per vehicle (MOT, tax, insurance, ...), a third done.
INSERT INTO reminders (id, company_id, vehicle_id, reminder_type, title, due_date, status)
SELECT pg_temp.sid('reminder', c, v * 10 + t), pg_temp.sid('company', c), pg_temp.sid('vehicle', c, v),
       (ARRAY['mot', 'safetyInspection', 'service', 'tax', 'insurance', 'tachograph'])[t], 'Due',
       DATE '2026-12-01' + (v * t) % 90, CASE WHEN t % 3 = 0 THEN 'done' ELSE 'ok' END
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 6) t;

-- 20,000 geofences: 100 per company, most active.
INSERT INTO geofences (id, company_id, name, geofence_type, shape, centre_latitude, centre_longitude, radius_metres, active, deleted_at)
SELECT pg_temp.sid('geofence', c, g), pg_temp.sid('company', c), 'Site ' || g, 'customerSite', 'circle', 51.5, -0.1, 200,
       g % 10 <> 0, CASE WHEN g % 20 = 0 THEN now() END
FROM generate_series(1, 200) c, generate_series(1, 100) g;

-- 200,000 events over two months.
INSERT INTO fleet_events (id, occurred_at, company_id, type, summary, vehicle_id, registration, driver_id, driver_name)
SELECT pg_temp.sid('event', c, n), TIMESTAMPTZ '2026-10-01 00:00:00+00' + n * INTERVAL '1 hour' / 20, pg_temp.sid('company', c),
       (ARRAY['shiftStarted', 'shiftEnded', 'overspeed', 'geofenceEntered', 'defectReported'])[1 + n % 5], 'Event',
       pg_temp.sid('vehicle', c, 1 + n % 25), 'V' || c || 'R' || (1 + n % 25), pg_temp.sid('user', c, 11 + n % 40), 'User'
FROM generate_series(1, 200) c, generate_series(1, 1000) n;

-- 200,000 notifications: the managers' inboxes, most read.
INSERT INTO notifications (id, company_id, user_id, event_id, event_type, summary, created_at, read_at)
SELECT pg_temp.sid('notification', c, u * 10000 + n), pg_temp.sid('company', c), pg_temp.sid('user', c, u), pg_temp.sid('event', c, n),
       'overspeed', 'Event', TIMESTAMPTZ '2026-10-01 00:00:00+00' + n * INTERVAL '1 hour' / 4,
       CASE WHEN n % 10 <> 0 THEN TIMESTAMPTZ '2026-11-28 00:00:00+00' END
FROM generate_series(1, 200) c, generate_series(1, 4) u, generate_series(1, 250) n;

INSERT INTO notification_settings (company_id, rules) SELECT pg_temp.sid('company', c), '[]' FROM generate_series(1, 200) c;

-- 200,000 audit entries.
INSERT INTO audit_log (company_id, user_id, action, entity_type, entity_id, changes, occurred_at)
SELECT pg_temp.sid('company', c), pg_temp.sid('user', c, 1 + n % 5), 'update', 'vehicle', pg_temp.sid('vehicle', c, 1 + n % 25), '{}',
       TIMESTAMPTZ '2026-10-01 00:00:00+00' + n * INTERVAL '1 minute'
FROM generate_series(1, 200) c, generate_series(1, 1000) n;

-- 20,000 files: four per vehicle.
INSERT INTO files (id, company_id, entity_type, entity_id, file_name, content_type, size_bytes, sha256, uploaded_by)
SELECT pg_temp.sid('file', c, v * 10 + f), pg_temp.sid('company', c), 'vehicle', pg_temp.sid('vehicle', c, v), 'photo.jpg', 'image/jpeg', 3,
       decode(md5('f' || c || v || f) || md5('g' || c || v || f), 'hex'), pg_temp.sid('user', c, 2)
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 4) f;

INSERT INTO file_contents (file_id, content)
SELECT pg_temp.sid('file', c, v * 10 + f), '\x010203' FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(1, 4) f;

INSERT INTO check_items (id, company_id, vehicle_type, code, label, category, position)
SELECT pg_temp.sid('check-item', c, i), pg_temp.sid('company', c), 'hgv', 'company_item_' || i, 'Item', 'Extra', 100000 + i * 10
FROM generate_series(1, 200) c, generate_series(1, 5) i;

-- Rollups: 40 days per vehicle (200,000) and 25 per driver (200,000).
INSERT INTO vehicle_daily_rollups (company_id, vehicle_id, day, fix_count, distance_m, moving_seconds, idle_seconds)
SELECT pg_temp.sid('company', c), pg_temp.sid('vehicle', c, v), DATE '2026-10-01' + d, 200, 50000, 20000, 3000
FROM generate_series(1, 200) c, generate_series(1, 25) v, generate_series(0, 39) d;

INSERT INTO driver_daily_rollups (company_id, driver_id, day, shift_count, distance_km, driving_seconds)
SELECT pg_temp.sid('company', c), pg_temp.sid('user', c, u), DATE '2026-10-01' + d, 1, 80, 20000
FROM generate_series(1, 200) c, generate_series(11, 50) u, generate_series(0, 24) d;

INSERT INTO data_protection_keys (friendly_name, xml) VALUES ('key-1', '<key/>');

ANALYZE;
