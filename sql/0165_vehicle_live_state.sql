-- Why: every live vehicle wrote its grain state through the Orleans ADO.NET storage provider, one
-- UPSERT per vehicle every 30 s: about 33,000 single-row statements a second at 1,000,000 vehicles,
-- far above what PostgreSQL takes on this hardware. Each silo now writes its vehicles' live state
-- here in groups (one multi-row upsert per group, VehicleStateWriter), and a vehicle grain reads its
-- row on activation. The row is a snapshot only: location history stays the source of truth for
-- positions, and an activation replays history newer than the snapshot's last fix.
--
-- state is the VehicleState written with the Orleans binary serializer (version tolerant through
-- [Id]s and [Alias], as grain state was). written_at is the writing silo's clock; an upsert never
-- replaces a row with an older one, so a delayed write of a former activation cannot undo a newer one.
-- fillfactor leaves room on each page so the upsert of a row (no indexed column changes) stays a
-- HOT update and never touches the primary key index.

CREATE TABLE vehicle_live_state
(
    vehicle_id  uuid        NOT NULL,
    state       bytea       NOT NULL,
    written_at  timestamptz NOT NULL,

    -- Serves the activation read (vehicle_live_state.read) and the conflict target of the grouped upsert.
    CONSTRAINT pk_vehicle_live_state PRIMARY KEY (vehicle_id)
) WITH (fillfactor = 70);
