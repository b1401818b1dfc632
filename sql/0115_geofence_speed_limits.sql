-- Why: overspeed (issue 11). A geofence may cap the speed of every vehicle inside it (a depot yard,
-- a school zone): the vehicle's limit is then the lower of this and its type's company limit. Null
-- means the geofence sets no limit. The API accepts 1 to 200 km/h; the check keeps the table honest.
ALTER TABLE geofences ADD COLUMN speed_limit_kmh integer NULL;
ALTER TABLE geofences ADD CONSTRAINT ck_geofences_speed_limit CHECK (speed_limit_kmh BETWEEN 1 AND 200);
