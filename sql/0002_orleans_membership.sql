-- Why: Orleans ADO.NET clustering (UseAdoNetClustering, Invariant "Npgsql") keeps the cluster's
-- membership here: one version row per cluster (its optimistic-concurrency etag) and one row per
-- silo incarnation. Silos read it to find each other, and clients read it to find gateways.
-- Parameter names (@DeploymentId = cluster id, @Version = etag, ...) and the result column names
-- ("Address", "Port", ...) are fixed by Orleans.Clustering.AdoNet 10.4.2.

CREATE TABLE orleans_membership_version
(
    deployment_id varchar(150) NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    changed_at    timestamptz  NOT NULL DEFAULT now(),

    -- Serves MembershipReadRowKey / MembershipReadAllKey (join root) and the version checks of
    -- InsertMembershipKey / UpdateMembershipKey.
    CONSTRAINT pk_orleans_membership_version PRIMARY KEY (deployment_id)
);

CREATE TABLE orleans_membership
(
    deployment_id   varchar(150) NOT NULL,
    address         varchar(45)  NOT NULL,
    port            integer      NOT NULL,
    generation      integer      NOT NULL,
    silo_name       varchar(150) NOT NULL,
    host_name       varchar(150) NOT NULL,
    status          integer      NOT NULL,
    proxy_port      integer      NOT NULL,
    -- "silo,date|silo,date" votes, written and parsed by Orleans.
    suspect_times   text         NULL,
    start_time      timestamptz  NOT NULL,
    i_am_alive_time timestamptz  NOT NULL,

    -- Serves MembershipReadRowKey, UpdateIAmAlivetimeKey, UpdateMembershipKey and
    -- CleanupDefunctSiloEntryKey (full key), and MembershipReadAllKey / GatewaysQueryKey /
    -- CleanupDefunctSiloEntriesKey / DeleteMembershipTableEntriesKey (deployment_id prefix).
    CONSTRAINT pk_orleans_membership PRIMARY KEY (deployment_id, address, port, generation),
    CONSTRAINT fk_orleans_membership_version FOREIGN KEY (deployment_id)
        REFERENCES orleans_membership_version (deployment_id)
);

-- Adds a silo row only if the caller's etag is still current, and then moves the etag on.
-- Locking the version row first serialises all writers of one cluster, so no savepoint is needed:
-- nothing is changed until both checks have passed.
CREATE FUNCTION orleans_insert_membership(
    p_deployment_id   varchar,
    p_address         varchar,
    p_port            integer,
    p_generation      integer,
    p_silo_name       varchar,
    p_host_name       varchar,
    p_status          integer,
    p_proxy_port      integer,
    p_start_time      timestamptz,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS boolean
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM 1
    FROM orleans_membership_version
    WHERE deployment_id = p_deployment_id AND version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;   -- stale etag (or unknown cluster): the caller re-reads and retries
    END IF;

    INSERT INTO orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name,
         status, proxy_port, start_time, i_am_alive_time)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
         p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;   -- this silo incarnation is already registered
    END IF;

    UPDATE orleans_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = p_deployment_id;
    RETURN true;
END
$$;

-- Changes a silo's status / suspicion votes only if the caller's etag is still current, and then
-- moves the etag on. Same locking scheme as orleans_insert_membership.
CREATE FUNCTION orleans_update_membership(
    p_deployment_id   varchar,
    p_address         varchar,
    p_port            integer,
    p_generation      integer,
    p_status          integer,
    p_suspect_times   text,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS boolean
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM 1
    FROM orleans_membership_version
    WHERE deployment_id = p_deployment_id AND version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership
    SET status          = p_status,
        suspect_times   = p_suspect_times,
        -- a heartbeat never moves backwards
        i_am_alive_time = GREATEST(i_am_alive_time, p_i_am_alive_time)
    WHERE deployment_id = p_deployment_id
      AND address = p_address AND port = p_port AND generation = p_generation;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = p_deployment_id;
    RETURN true;
END
$$;

INSERT INTO orleansquery (querykey, querytext) VALUES
-- Creates the cluster's version row on first start; true only for the call that created it.
('InsertMembershipVersionKey', $$
WITH created AS (
    INSERT INTO orleans_membership_version (deployment_id)
    VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT count(*) > 0 FROM created
$$),

('InsertMembershipKey', $$
SELECT orleans_insert_membership(
    @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
    @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$$),

('UpdateMembershipKey', $$
SELECT orleans_update_membership(
    @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version)
$$),

-- Heartbeat: not versioned, and Orleans ignores the result.
('UpdateIAmAlivetimeKey', $$
UPDATE orleans_membership
SET i_am_alive_time = GREATEST(i_am_alive_time, @IAmAliveTime)
WHERE deployment_id = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation
$$),

-- One silo plus the table version. The version row is returned even when the silo row is missing
-- (the silo columns are then NULL), because Orleans always needs the current etag.
('MembershipReadRowKey', $$
SELECT v.deployment_id   AS "DeploymentId",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime",
       v.version         AS "Version"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$$),

-- Every silo plus the table version (one row with NULL silo columns when there is no silo yet).
('MembershipReadAllKey', $$
SELECT v.deployment_id   AS "DeploymentId",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime",
       v.version         AS "Version"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$$),

-- Gateways for clients: silos in @Status (Active = 3) that listen for clients.
('GatewaysQueryKey', $$
SELECT address    AS "Address",
       proxy_port AS "ProxyPort",
       generation AS "Generation"
FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND status = @Status
  AND proxy_port > 0
$$),

-- Drops the whole cluster (used by tests and tooling); silo rows go before the version row.
('DeleteMembershipTableEntriesKey', $$
WITH silos AS (
    DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId
)
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId
$$),

-- Defunct-silo cleanup, per row: Orleans reads the table, picks Dead (6) rows older than the
-- cut-off, and deletes each one only if it is still exactly as it read it.
('CleanupDefunctSiloEntryKey', $$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation
  AND status = 6
  AND start_time = @StartTime
  AND i_am_alive_time = @IAmAliveTime
  AND COALESCE(suspect_times, '') = COALESCE(@SuspectTimes, '')
$$),

-- Defunct-silo cleanup, in bulk: still required by the provider, though it uses the per-row
-- query above when that one is present. Deletes only Dead rows with no suspicion votes whose
-- start and last heartbeat are both before the cut-off (@IAmAliveTime).
('CleanupDefunctSiloEntriesKey', $$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND status = 6
  AND i_am_alive_time < @IAmAliveTime
  AND start_time < @IAmAliveTime
  AND COALESCE(suspect_times, '') = ''
$$);
