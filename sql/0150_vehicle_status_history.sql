-- Why: the compliance report counts VOR days and the utilisation report counts days a vehicle was
-- available (not VOR, not retired), per day of a past range (issue 13). The vehicles row holds only
-- the status now, and the audit log holds changes as jsonb diffs that no index serves. This table is
-- one row per stretch of a status: valid_from inclusive, valid_to exclusive (NULL while current). A
-- trigger keeps it, so every path that changes a status (the register's PUT, a dangerous defect, a
-- rectification, a retirement) is recorded in the same transaction without each remembering to.
-- Vehicles that exist already get one stretch of their present status from when they were created:
-- their earlier history is unknown, and that is the best statement of it.
CREATE TABLE vehicle_status_history (
    company_id  uuid        NOT NULL,
    vehicle_id  uuid        NOT NULL,
    status      text        NOT NULL,
    valid_from  timestamptz NOT NULL,
    valid_to    timestamptz NULL,
    CONSTRAINT pk_vehicle_status_history PRIMARY KEY (company_id, vehicle_id, valid_from),
    CONSTRAINT fk_vehicle_status_history_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id),
    CONSTRAINT ck_vehicle_status_history_status CHECK (status IN ('active', 'vor', 'maintenance', 'retired')),
    CONSTRAINT ck_vehicle_status_history_range CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO vehicle_status_history (company_id, vehicle_id, status, valid_from)
SELECT company_id, id, status, created_at FROM vehicles;

CREATE FUNCTION vehicle_status_history_record() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
            RETURN NEW;
        END IF;
        UPDATE vehicle_status_history SET valid_to = now()
        WHERE company_id = OLD.company_id AND vehicle_id = OLD.id AND valid_to IS NULL;
    END IF;
    -- Two changes in one transaction share now(): the later one replaces the earlier stretch.
    INSERT INTO vehicle_status_history (company_id, vehicle_id, status, valid_from)
    VALUES (NEW.company_id, NEW.id, NEW.status, now())
    ON CONFLICT (company_id, vehicle_id, valid_from) DO UPDATE SET status = EXCLUDED.status, valid_to = NULL;
    RETURN NEW;
END
$$;

CREATE TRIGGER tr_vehicles_status_history AFTER INSERT OR UPDATE OF status ON vehicles
    FOR EACH ROW EXECUTE FUNCTION vehicle_status_history_record();
