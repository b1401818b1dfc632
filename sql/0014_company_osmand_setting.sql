-- Why: OsmAnd/Traccar clients authenticate by device id alone, so a company that does not use
-- them must be able to turn the endpoint off; a device of such a company answers like an unknown id.
-- On by default, as every company used it before this setting existed.
ALTER TABLE companies ADD COLUMN osmand_enabled boolean NOT NULL DEFAULT true;
