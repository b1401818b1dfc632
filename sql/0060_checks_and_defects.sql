-- Why: walkaround (shift) checks, the defects they raise and the rectifications that close them
-- (issue 10). One schema shared by the checks, defects and shift features.
-- * check_items: the item list per vehicle type is data. Rows with company_id NULL are the built-in
--   DVSA lists; a company extends its lists with rows of its own (same vehicle type, new code).
-- * inspections: one stored walkaround check (the spec's "shift check" and "inspection" are this one
--   resource). A check with no failed item is a nil-defect report and is kept like any other.
--   Results are immutable once submitted and small, so they are one jsonb array on the row:
--   [{ "itemCode", "result": pass|fail|na, "note", "severity", "photoFileIds": [] }].
-- * defects: one per failed item (or reported on its own); status flow of DOMAIN.md.
-- * defect_comments: timestamped, append-only notes on a defect.
-- * rectifications: a mechanic's signed-off work on a defect, or "no correction needed" with a reason.
CREATE TABLE check_items (
    id                uuid        NOT NULL,
    company_id        uuid        NULL,
    vehicle_type      text        NOT NULL,
    code              text        NOT NULL,
    label             text        NOT NULL,
    category          text        NOT NULL,
    default_severity  text        NOT NULL DEFAULT 'minor',
    position          integer     NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_check_items PRIMARY KEY (id),
    CONSTRAINT fk_check_items_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_check_items_vehicle_type CHECK (vehicle_type IN ('hgv', 'psv', 'van', 'car', 'trailer')),
    CONSTRAINT ck_check_items_severity CHECK (default_severity IN ('minor', 'dangerous')),
    CONSTRAINT ck_check_items_code CHECK (code ~ '^[a-z0-9][a-z0-9_]{0,63}$')
);

-- An item code names one item of a vehicle type's list: unique among the built-in items, and a
-- company's own items may not reuse a built-in code or each other's.
CREATE UNIQUE INDEX ux_check_items_builtin_type_code ON check_items (vehicle_type, code) WHERE company_id IS NULL;
CREATE UNIQUE INDEX ux_check_items_company_type_code ON check_items (company_id, vehicle_type, code) WHERE company_id IS NOT NULL;

CREATE TABLE inspections (
    id                  uuid        NOT NULL,
    company_id          uuid        NOT NULL,
    vehicle_id          uuid        NOT NULL,
    driver_id           uuid        NOT NULL,
    vehicle_type        text        NOT NULL,
    odometer_km         integer     NOT NULL,
    fuel_level_percent  integer     NOT NULL,
    results             jsonb       NOT NULL,
    failed_items        integer     NOT NULL,
    nil_defect          boolean     NOT NULL,
    submitted_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_inspections PRIMARY KEY (id),
    CONSTRAINT fk_inspections_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_inspections_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id),
    CONSTRAINT fk_inspections_driver FOREIGN KEY (driver_id) REFERENCES users (id),
    CONSTRAINT ck_inspections_odometer CHECK (odometer_km >= 0),
    CONSTRAINT ck_inspections_fuel CHECK (fuel_level_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_inspections_nil_defect CHECK (nil_defect = (failed_items = 0)),
    CONSTRAINT ck_inspections_results CHECK (jsonb_typeof(results) = 'array')
);

-- Serves a vehicle's checks, newest first, and "has this vehicle been checked today" before a shift:
-- WHERE company_id = @company AND vehicle_id = @vehicle ORDER BY submitted_at DESC, id DESC.
CREATE INDEX ix_inspections_company_vehicle_submitted ON inspections (company_id, vehicle_id, submitted_at DESC, id DESC);

-- Serves a driver's own checks: WHERE company_id = @company AND driver_id = @driver ORDER BY submitted_at DESC, id DESC.
CREATE INDEX ix_inspections_company_driver_submitted ON inspections (company_id, driver_id, submitted_at DESC, id DESC);

-- Serves the company's check list by date: WHERE company_id = @company AND submitted_at < @cursor ORDER BY submitted_at DESC, id DESC.
CREATE INDEX ix_inspections_company_submitted ON inspections (company_id, submitted_at DESC, id DESC);

CREATE TABLE defects (
    id              uuid        NOT NULL,
    company_id      uuid        NOT NULL,
    vehicle_id      uuid        NOT NULL,
    inspection_id   uuid        NULL,
    item_code       text        NULL,
    category        text        NOT NULL,
    description     text        NOT NULL,
    severity        text        NOT NULL,
    status          text        NOT NULL DEFAULT 'reported',
    reported_by     uuid        NOT NULL,
    reported_at     timestamptz NOT NULL DEFAULT now(),
    odometer_km     integer     NULL,
    photo_file_ids  uuid[]      NOT NULL DEFAULT '{}',
    assigned_to     uuid        NULL,
    resolved_at     timestamptz NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 1,
    CONSTRAINT pk_defects PRIMARY KEY (id),
    CONSTRAINT fk_defects_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_defects_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id),
    CONSTRAINT fk_defects_inspection FOREIGN KEY (inspection_id) REFERENCES inspections (id),
    CONSTRAINT fk_defects_reported_by FOREIGN KEY (reported_by) REFERENCES users (id),
    CONSTRAINT fk_defects_assigned_to FOREIGN KEY (assigned_to) REFERENCES users (id),
    CONSTRAINT ck_defects_severity CHECK (severity IN ('minor', 'dangerous')),
    CONSTRAINT ck_defects_status CHECK (status IN ('reported', 'acknowledged', 'in_progress', 'rectified', 'no_correction_needed')),
    CONSTRAINT ck_defects_resolved CHECK ((status IN ('rectified', 'no_correction_needed')) = (resolved_at IS NOT NULL))
);

-- Serves "is this vehicle off road, and why": the open dangerous defects of a vehicle, read on every
-- shift start and after every rectification.
CREATE INDEX ix_defects_open_dangerous_vehicle ON defects (company_id, vehicle_id) WHERE severity = 'dangerous' AND resolved_at IS NULL;

-- Serves the defect list of a vehicle: WHERE company_id = @company AND vehicle_id = @vehicle ORDER BY reported_at DESC, id DESC.
CREATE INDEX ix_defects_company_vehicle_reported ON defects (company_id, vehicle_id, reported_at DESC, id DESC);

-- Serves the open-defects queue mechanics work (the default list): WHERE company_id = @company AND
-- resolved_at IS NULL [AND status/severity = ...] ORDER BY reported_at DESC, id DESC.
CREATE INDEX ix_defects_company_open_reported ON defects (company_id, reported_at DESC, id DESC) WHERE resolved_at IS NULL;

-- Serves the company's defect list by date and the status filter: WHERE company_id = @company AND status = @status ORDER BY reported_at DESC, id DESC.
CREATE INDEX ix_defects_company_status_reported ON defects (company_id, status, reported_at DESC, id DESC);

-- Serves a mechanic's assigned defects: WHERE company_id = @company AND assigned_to = @mechanic ORDER BY reported_at DESC, id DESC.
CREATE INDEX ix_defects_company_assigned_reported ON defects (company_id, assigned_to, reported_at DESC, id DESC) WHERE assigned_to IS NOT NULL;

-- Serves a driver's own reported defects: WHERE company_id = @company AND reported_by = @driver ORDER BY reported_at DESC, id DESC.
CREATE INDEX ix_defects_company_reporter_reported ON defects (company_id, reported_by, reported_at DESC, id DESC);

-- Serves the defects raised by one check: WHERE inspection_id = @inspection.
CREATE INDEX ix_defects_inspection ON defects (inspection_id) WHERE inspection_id IS NOT NULL;

CREATE TABLE defect_comments (
    id          uuid        NOT NULL,
    company_id  uuid        NOT NULL,
    defect_id   uuid        NOT NULL,
    author_id   uuid        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_defect_comments PRIMARY KEY (id),
    CONSTRAINT fk_defect_comments_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_defect_comments_defect FOREIGN KEY (defect_id) REFERENCES defects (id),
    CONSTRAINT fk_defect_comments_author FOREIGN KEY (author_id) REFERENCES users (id)
);

-- Serves a defect's comments in order: WHERE defect_id = @defect ORDER BY created_at, id.
CREATE INDEX ix_defect_comments_defect_created ON defect_comments (defect_id, created_at, id);

CREATE TABLE rectifications (
    id             uuid        NOT NULL,
    company_id     uuid        NOT NULL,
    defect_id      uuid        NOT NULL,
    vehicle_id     uuid        NOT NULL,
    mechanic_id    uuid        NOT NULL,
    outcome        text        NOT NULL,
    work_done      text        NULL,
    parts          text        NULL,
    cost_pence     integer     NULL,
    reason         text        NULL,
    signed_off_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_rectifications PRIMARY KEY (id),
    CONSTRAINT fk_rectifications_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_rectifications_defect FOREIGN KEY (defect_id) REFERENCES defects (id),
    CONSTRAINT fk_rectifications_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id),
    CONSTRAINT fk_rectifications_mechanic FOREIGN KEY (mechanic_id) REFERENCES users (id),
    CONSTRAINT ck_rectifications_outcome CHECK (outcome IN ('rectified', 'no_correction_needed')),
    CONSTRAINT ck_rectifications_reason CHECK (outcome <> 'no_correction_needed' OR length(btrim(reason)) > 0),
    CONSTRAINT ck_rectifications_work CHECK (outcome <> 'rectified' OR length(btrim(work_done)) > 0),
    CONSTRAINT ck_rectifications_cost CHECK (cost_pence IS NULL OR cost_pence >= 0)
);

-- Serves a defect's rectifications: WHERE defect_id = @defect ORDER BY signed_off_at, id.
CREATE INDEX ix_rectifications_defect_signed ON rectifications (defect_id, signed_off_at, id);

-- Serves a vehicle's repair history: WHERE company_id = @company AND vehicle_id = @vehicle ORDER BY signed_off_at DESC.
CREATE INDEX ix_rectifications_company_vehicle_signed ON rectifications (company_id, vehicle_id, signed_off_at DESC, id DESC);

-- Serves a mechanic's work record: WHERE company_id = @company AND mechanic_id = @mechanic ORDER BY signed_off_at DESC.
CREATE INDEX ix_rectifications_company_mechanic_signed ON rectifications (company_id, mechanic_id, signed_off_at DESC, id DESC);
