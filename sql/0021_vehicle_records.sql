-- Why: vehicles become a managed record (issue 9): the register's fields, a status whose
-- "retired" is the soft delete (deleted_at kept in step, so the live-vehicle uniqueness and every
-- existing "deleted_at IS NULL" query keep working), and a version for optimistic concurrency.
-- Registrations are stored normalised (upper case, no spaces): "AB12 CDE" becomes "AB12CDE".
ALTER TABLE vehicles
    ADD COLUMN year        integer     NULL,
    ADD COLUMN vin         text        NULL,
    ADD COLUMN status      text        NOT NULL DEFAULT 'active',
    ADD COLUMN mileage_km  integer     NOT NULL DEFAULT 0,
    ADD COLUMN depot       text        NULL,
    ADD COLUMN updated_at  timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN version     integer     NOT NULL DEFAULT 1;

UPDATE vehicles SET registration = upper(replace(registration, ' ', '')) WHERE registration <> upper(replace(registration, ' ', ''));
UPDATE vehicles SET status = 'retired' WHERE deleted_at IS NOT NULL;
UPDATE vehicles SET updated_at = created_at;

ALTER TABLE vehicles DROP CONSTRAINT ck_vehicles_type;
ALTER TABLE vehicles
    ADD CONSTRAINT ck_vehicles_type CHECK (vehicle_type IN ('hgv', 'psv', 'van', 'car', 'trailer')),
    ADD CONSTRAINT ck_vehicles_status CHECK (status IN ('active', 'vor', 'maintenance', 'retired')),
    ADD CONSTRAINT ck_vehicles_retired_deleted CHECK ((status = 'retired') = (deleted_at IS NOT NULL)),
    ADD CONSTRAINT ck_vehicles_registration_normalised CHECK (registration = upper(registration) AND strpos(registration, ' ') = 0),
    ADD CONSTRAINT ck_vehicles_vin CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    ADD CONSTRAINT ck_vehicles_mileage CHECK (mileage_km >= 0);

-- A VIN names one physical vehicle: unique within a company, retired vehicles included.
CREATE UNIQUE INDEX ux_vehicles_company_vin ON vehicles (company_id, vin) WHERE vin IS NOT NULL;

-- Serves the vehicle list filtered by status: WHERE company_id = @company AND status = @status ORDER BY registration, id.
CREATE INDEX ix_vehicles_company_status ON vehicles (company_id, status, registration, id);

-- Serves the vehicle list filtered by type: WHERE company_id = @company AND vehicle_type = @type.
CREATE INDEX ix_vehicles_company_type ON vehicles (company_id, vehicle_type);

-- Serves the vehicle list filtered by depot: WHERE company_id = @company AND depot = @depot.
CREATE INDEX ix_vehicles_company_depot ON vehicles (company_id, depot);

-- Serves the vehicle list sorted by creation: WHERE company_id = @company ORDER BY created_at, id (keyset cursor).
CREATE INDEX ix_vehicles_company_created ON vehicles (company_id, created_at, id);
