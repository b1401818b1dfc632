-- Why: reports never scan raw history (issue 13). Each vehicle's and each driver's day, in the
-- company's time zone, is summarised as data arrives and kept exact for the data received: a late
-- or out-of-order fix corrects its own day. Rows are small (one per vehicle or driver per day), so a
-- 30-day fleet report reads ~30 rows per vehicle instead of ~500,000 positions.
CREATE TABLE vehicle_daily_rollups (
    company_id        uuid             NOT NULL,
    vehicle_id        uuid             NOT NULL,
    day               date             NOT NULL,
    fix_count         integer          NOT NULL DEFAULT 0,
    distance_m        double precision NOT NULL DEFAULT 0,
    moving_seconds    integer          NOT NULL DEFAULT 0,
    idle_seconds      integer          NOT NULL DEFAULT 0,
    max_speed_kmh     double precision NULL,
    overspeed_count   integer          NOT NULL DEFAULT 0,
    geofence_visits   integer          NOT NULL DEFAULT 0,
    first_fix_at      timestamptz      NULL,
    first_latitude    double precision NULL,
    first_longitude   double precision NULL,
    last_fix_at       timestamptz      NULL,
    last_latitude     double precision NULL,
    last_longitude    double precision NULL,
    updated_at        timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT pk_vehicle_daily_rollups PRIMARY KEY (company_id, vehicle_id, day),
    CONSTRAINT ck_vehicle_daily_rollups_counts CHECK (
        fix_count >= 0 AND distance_m >= 0 AND moving_seconds >= 0 AND idle_seconds >= 0
        AND overspeed_count >= 0 AND geofence_visits >= 0)
);

-- Serves the fleet-wide reports over a date range: WHERE company_id = @company AND day BETWEEN @from AND @to.
CREATE INDEX ix_vehicle_daily_rollups_company_day ON vehicle_daily_rollups (company_id, day);

CREATE TABLE driver_daily_rollups (
    company_id        uuid             NOT NULL,
    driver_id         uuid             NOT NULL,
    day               date             NOT NULL,
    shift_count       integer          NOT NULL DEFAULT 0,
    distance_km       integer          NOT NULL DEFAULT 0,
    driving_seconds   integer          NOT NULL DEFAULT 0,
    other_work_seconds integer         NOT NULL DEFAULT 0,
    overspeed_count   integer          NOT NULL DEFAULT 0,
    hours_breaches    integer          NOT NULL DEFAULT 0,
    updated_at        timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT pk_driver_daily_rollups PRIMARY KEY (company_id, driver_id, day),
    CONSTRAINT ck_driver_daily_rollups_counts CHECK (
        shift_count >= 0 AND distance_km >= 0 AND driving_seconds >= 0 AND other_work_seconds >= 0
        AND overspeed_count >= 0 AND hours_breaches >= 0)
);

-- Serves the driver report over a date range: WHERE company_id = @company AND day BETWEEN @from AND @to.
CREATE INDEX ix_driver_daily_rollups_company_day ON driver_daily_rollups (company_id, day);
