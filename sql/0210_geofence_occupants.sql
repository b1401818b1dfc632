-- Why: a geofence's occupancy was its grain's own state, written with one statement and one commit
-- per crossing, awaited inside the ping that crossed. A company switching on 1,000 geofences made the
-- first seconds of ingestion pay about a thousand grain activations and single-row commits (measured:
-- BENCHMARKS.md, "Geofence occupancy off the ping path"). Crossings now travel with the vehicle's events
-- to the silo's FleetEventWriter, which writes them here in the event group's transaction (one statement
-- per group), with the events' durable hand-off (VehicleEventOutbox: a vehicle that died first raises
-- them again from history). The geofence grain reads its occupants from here.
--
-- No foreign keys: the writer inserts only rows whose geofence is active in the vehicle's company
-- (the enter statement joins geofences), and deactivating or deleting a geofence clears its rows.
CREATE TABLE geofence_occupants (
    geofence_id  uuid        NOT NULL,
    vehicle_id   uuid        NOT NULL,
    company_id   uuid        NOT NULL,
    registration text        NOT NULL,
    inside_since timestamptz NOT NULL,
    -- Serves geofence-occupants.list and .clear (one geofence's rows) and the writer's upsert and delete.
    CONSTRAINT pk_geofence_occupants PRIMARY KEY (geofence_id, vehicle_id)
);
