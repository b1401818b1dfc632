-- Why: issue 13 asks for geofence visits in the per-driver daily rollups as well as the per-vehicle
-- ones. A geofence enter now names the vehicle's driver at the time (like an overspeed), and the
-- driver's day counts it, recounted from fleet_events like the driver's other event counts, so a
-- resent event counts once. Days rolled up before this migration keep 0 until `rollups rebuild`.
ALTER TABLE driver_daily_rollups
    ADD COLUMN geofence_visits integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_driver_daily_rollups_geofence_visits CHECK (geofence_visits >= 0);
