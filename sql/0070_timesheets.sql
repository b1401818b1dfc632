-- Why: a driver's shift, once ended, is a timesheet entry (issue 10): when and in which vehicle,
-- the odometers, and the driving / other work / break time the driver grain's activity log held.
-- The row's id is the shift's id, so an end retried after a crash writes it once. Managers may
-- correct times and odometers (version for optimistic concurrency); the distance follows the
-- odometers. Working-time records are kept 2 years (DOMAIN.md): rows are never deleted here.
CREATE TABLE timesheets (
    id                  uuid        NOT NULL,
    company_id          uuid        NOT NULL,
    driver_id           uuid        NOT NULL,
    vehicle_id          uuid        NOT NULL,
    started_at          timestamptz NOT NULL,
    ended_at            timestamptz NOT NULL,
    start_odometer_km   integer     NOT NULL,
    end_odometer_km     integer     NOT NULL,
    distance_km         integer     GENERATED ALWAYS AS (end_odometer_km - start_odometer_km) STORED,
    driving_seconds     integer     NOT NULL,
    other_work_seconds  integer     NOT NULL,
    break_seconds       integer     NOT NULL,
    breaks              jsonb       NOT NULL DEFAULT '[]',
    ended_by            text        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             integer     NOT NULL DEFAULT 1,
    CONSTRAINT pk_timesheets PRIMARY KEY (id),
    CONSTRAINT fk_timesheets_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_timesheets_driver FOREIGN KEY (driver_id) REFERENCES users (id),
    CONSTRAINT fk_timesheets_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id),
    CONSTRAINT ck_timesheets_times CHECK (ended_at >= started_at),
    CONSTRAINT ck_timesheets_odometers CHECK (start_odometer_km >= 0 AND end_odometer_km >= start_odometer_km),
    CONSTRAINT ck_timesheets_seconds CHECK (driving_seconds >= 0 AND other_work_seconds >= 0 AND break_seconds >= 0),
    CONSTRAINT ck_timesheets_breaks CHECK (jsonb_typeof(breaks) = 'array'),
    CONSTRAINT ck_timesheets_ended_by CHECK (ended_by IN ('driver', 'handover'))
);

-- Serves the company's timesheets, newest first: WHERE company_id = @company [AND started_at range] ORDER BY started_at DESC, id DESC.
CREATE INDEX ix_timesheets_company_started ON timesheets (company_id, started_at DESC, id DESC);

-- Serves one driver's timesheets (a driver's own list): WHERE company_id = @company AND driver_id = @driver ORDER BY started_at DESC, id DESC.
CREATE INDEX ix_timesheets_company_driver_started ON timesheets (company_id, driver_id, started_at DESC, id DESC);

-- Serves one vehicle's timesheets: WHERE company_id = @company AND vehicle_id = @vehicle ORDER BY started_at DESC, id DESC.
CREATE INDEX ix_timesheets_company_vehicle_started ON timesheets (company_id, vehicle_id, started_at DESC, id DESC);
