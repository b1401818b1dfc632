-- Why: geofences (issue 11): depots, customer sites and restricted zones a company draws on the map,
-- each a circle (centre and radius in metres) or a polygon (GeoJSON text, longitude first, up to
-- 1,000 vertices, validated by the API with NetTopologySuite). Rules say which crossings alert,
-- how long a vehicle must stay inside before an enter counts (so a pass on a nearby road fires
-- nothing) and, optionally, on which local days and times (the company's time zone) they alert.
-- Every silo holds each company's active geofences in an in-memory spatial index, loaded from here
-- and dropped on every silo when one changes. Deletion is soft: the audit log keeps pointing at a row.
CREATE TABLE geofences (
    id                 uuid        NOT NULL,
    company_id         uuid        NOT NULL,
    name               text        NOT NULL,
    geofence_type      text        NOT NULL,
    shape              text        NOT NULL,
    centre_latitude    double precision NULL,
    centre_longitude   double precision NULL,
    radius_metres      double precision NULL,
    polygon_geojson    text        NULL,
    active             boolean     NOT NULL DEFAULT true,
    alert_on_enter     boolean     NOT NULL DEFAULT true,
    alert_on_exit      boolean     NOT NULL DEFAULT true,
    min_dwell_seconds  integer     NOT NULL DEFAULT 0,
    schedule_days      smallint[]  NULL,
    schedule_start     time        NULL,
    schedule_end       time        NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 1,
    deleted_at         timestamptz NULL,
    CONSTRAINT pk_geofences PRIMARY KEY (id),
    CONSTRAINT fk_geofences_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_geofences_type CHECK (geofence_type IN ('depot', 'customerSite', 'restrictedZone', 'other')),
    CONSTRAINT ck_geofences_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT ck_geofences_shape CHECK (
        (shape = 'circle' AND centre_latitude BETWEEN -90 AND 90 AND centre_longitude BETWEEN -180 AND 180
            AND radius_metres BETWEEN 10 AND 100000 AND polygon_geojson IS NULL)
        OR (shape = 'polygon' AND polygon_geojson IS NOT NULL
            AND centre_latitude IS NULL AND centre_longitude IS NULL AND radius_metres IS NULL)),
    CONSTRAINT ck_geofences_min_dwell CHECK (min_dwell_seconds BETWEEN 0 AND 86400),
    CONSTRAINT ck_geofences_schedule CHECK (
        (schedule_days IS NULL AND schedule_start IS NULL AND schedule_end IS NULL)
        OR (schedule_days IS NOT NULL AND schedule_start IS NOT NULL AND schedule_end IS NOT NULL
            AND cardinality(schedule_days) BETWEEN 1 AND 7 AND schedule_days <@ ARRAY[0, 1, 2, 3, 4, 5, 6]::smallint[]))
);

-- Serves the spatial index load, once per company per silo after a change:
-- WHERE company_id = @company AND active AND deleted_at IS NULL.
CREATE INDEX ix_geofences_company_active ON geofences (company_id) WHERE active AND deleted_at IS NULL;

-- Serves the list, by name with a name-prefix filter: WHERE company_id = @company AND deleted_at IS NULL
-- [AND geofence_type = @type] [AND active = @active] [AND starts_with(name, @prefix)]
-- AND (name, id) > (@afterName, @afterId) ORDER BY name, id (keyset cursor).
CREATE INDEX ix_geofences_company_name ON geofences (company_id, name, id) WHERE deleted_at IS NULL;
