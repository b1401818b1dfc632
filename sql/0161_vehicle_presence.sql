-- Why: device offline after a silo crash (issue 11). Each silo's offline sweep lives in its memory,
-- so a silo killed with SIGKILL takes its online vehicles' offline deadlines with it. A row here says
-- "this vehicle is online and the silo named watches it": written when a vehicle comes online (or
-- its grain activates on another silo), deleted when it goes offline, so the table holds only online
-- vehicles and changes on transitions, never per ping. One surviving silo reads the rows of silos the
-- membership table declares dead and wakes those vehicles.
CREATE TABLE vehicle_presence (
    vehicle_id  uuid        NOT NULL,
    silo        text        NOT NULL,
    since       timestamptz NOT NULL,
    CONSTRAINT pk_vehicle_presence PRIMARY KEY (vehicle_id)
);

-- Serves vehicle_presence.ofSilos: the online vehicles a dead silo was watching.
CREATE INDEX ix_vehicle_presence_silo ON vehicle_presence (silo);
