-- Why: the running silos must not be able to alter what the audit log has recorded, so they work
-- as the role titanfleet_app, which holds only the grants the application needs; migrations run as
-- the connecting (owner) role. The silo's runtime connections select the role with the startup
-- option "-c role=titanfleet_app", so a deployment can connect either as the owner or as a login
-- that is a member of titanfleet_app. Roles belong to the whole server, so creating it tolerates a
-- database migrated before, or at the same moment, on the same server.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'titanfleet_app') THEN
        CREATE ROLE titanfleet_app NOLOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database's migration created it a moment ago
END
$$;

GRANT USAGE ON SCHEMA public TO titanfleet_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO titanfleet_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO titanfleet_app;

-- Tables later migrations create get the same grants; an append-only table revokes what it refuses.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO titanfleet_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO titanfleet_app;

-- The silo creates next months' history partitions at run time; the role has no CREATE on the
-- schema, so the function runs with its owner's rights (and a fixed search_path, as any
-- SECURITY DEFINER function must).
ALTER FUNCTION ensure_location_history_partitions(timestamptz, timestamptz) SECURITY DEFINER SET search_path = public;
