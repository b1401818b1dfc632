-- Why: the vehicles register and the drivers' phones (devices) that report their positions.
-- A device belongs to a company, is bound to one vehicle, and authenticates either with a secret
-- token (our JSON API; only its SHA-256 is stored) or, for OsmAnd/Traccar clients, by its
-- registered unique id.
CREATE TABLE vehicles (
    id            uuid        NOT NULL,
    company_id    uuid        NOT NULL,
    registration  text        NOT NULL,
    vehicle_type  text        NOT NULL,
    make          text        NULL,
    model         text        NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    deleted_at    timestamptz NULL,
    CONSTRAINT pk_vehicles PRIMARY KEY (id),
    CONSTRAINT fk_vehicles_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_vehicles_type CHECK (vehicle_type IN ('hgv', 'van', 'psv'))
);

-- Serves the company vehicle list and the dashboard snapshot: WHERE company_id = @company ORDER BY registration.
CREATE INDEX ix_vehicles_company_registration ON vehicles (company_id, registration);

-- A registration is unique within a company among vehicles not deleted.
CREATE UNIQUE INDEX ux_vehicles_company_registration_live ON vehicles (company_id, registration) WHERE deleted_at IS NULL;

CREATE TABLE devices (
    id            uuid        NOT NULL,
    company_id    uuid        NOT NULL,
    vehicle_id    uuid        NOT NULL,
    unique_id     text        NOT NULL,
    token_sha256  bytea       NOT NULL,
    name          text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz NULL,
    CONSTRAINT pk_devices PRIMARY KEY (id),
    CONSTRAINT fk_devices_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_devices_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id)
);

-- Serves OsmAnd/Traccar ingestion: WHERE unique_id = @id (the id typed into the phone app).
CREATE UNIQUE INDEX ux_devices_unique_id ON devices (unique_id);
