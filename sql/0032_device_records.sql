-- Why: devices become a managed record (issue 9): managers register a phone or a tracker for a
-- vehicle and revoke it. Revocation is soft (revoked_at), so the audit log and history keep
-- pointing at a real row. A device's unique id stays taken after revocation: a revoked id must
-- never start posting again for another vehicle.
ALTER TABLE devices
    ADD COLUMN kind  text NOT NULL DEFAULT 'phone',
    ADD CONSTRAINT ck_devices_kind CHECK (kind IN ('phone', 'tracker'));

-- Serves a vehicle's device list: WHERE company_id = @company AND vehicle_id = @vehicle ORDER BY created_at, id (keyset cursor).
CREATE INDEX ix_devices_company_vehicle_created ON devices (company_id, vehicle_id, created_at, id);
