-- Why: issue 13 lists distance, moving and idle time, max speed and first and last position for the
-- per-driver daily rollups as well as the per-vehicle ones. A driver's positions are their vehicle's
-- fixes inside their shifts (timesheets: vehicle, started_at..ended_at), folded by the same rules as a
-- vehicle's day (VehicleDayFold) and counted on each fix's own local day. The columns are recounted from
-- history when a shift's timesheet is written or corrected, and when stored fixes fall inside a shift
-- already ended, so they stay exact for late fixes. Days rolled up before this migration keep their
-- defaults until `rollups rebuild`.
ALTER TABLE driver_daily_rollups
    ADD COLUMN fix_count       integer          NOT NULL DEFAULT 0,
    ADD COLUMN distance_m      double precision NOT NULL DEFAULT 0,
    ADD COLUMN moving_seconds  integer          NOT NULL DEFAULT 0,
    ADD COLUMN idle_seconds    integer          NOT NULL DEFAULT 0,
    ADD COLUMN max_speed_kmh   double precision NULL,
    ADD COLUMN first_fix_at    timestamptz      NULL,
    ADD COLUMN first_latitude  double precision NULL,
    ADD COLUMN first_longitude double precision NULL,
    ADD COLUMN last_fix_at     timestamptz      NULL,
    ADD COLUMN last_latitude   double precision NULL,
    ADD COLUMN last_longitude  double precision NULL,
    ADD CONSTRAINT ck_driver_daily_rollups_positions CHECK (
        fix_count >= 0 AND distance_m >= 0 AND moving_seconds >= 0 AND idle_seconds >= 0);
