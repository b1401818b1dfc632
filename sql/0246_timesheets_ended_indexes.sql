-- Why: the driver rollups' position columns (sql/0245) are recounted from the fixes inside a driver's
-- ended shifts. Two lookups find those shifts by the end of their interval, which the started_at
-- indexes of sql/0070 cannot bound.

-- Serves rollups.vehicle-ended-shifts, run in every history group commit after the vehicle locks:
-- WHERE company_id = @company AND vehicle_id = @vehicle AND ended_at >= <first stored fix> AND started_at <= <last>.
-- Live fixes are newer than every ended shift, so the usual answer is an empty index range.
-- Also serves rollups.rebuild-vehicle-shifts (one vehicle's shifts overlapping the rebuilt range).
CREATE INDEX ix_timesheets_company_vehicle_ended ON timesheets (company_id, vehicle_id, ended_at);

-- Serves rollups.driver-shifts-overlapping: WHERE company_id = @company AND driver_id = @driver
-- AND ended_at >= @from AND started_at < @to (a recount of a driver's recent days reads a few entries).
CREATE INDEX ix_timesheets_company_driver_ended ON timesheets (company_id, driver_id, ended_at);
