-- Why: Orleans ADO.NET grain persistence (AddAdoNetGrainStorage, Invariant "Npgsql") keeps each
-- grain's serialized state here, with an integer version that is the state's etag.
-- Orleans.Persistence.AdoNet 10.4.2 requires WriteToStorageKey, ReadFromStorageKey and
-- ClearStorageKey; DeleteStorageKey is optional and only used with DeleteStateOnClear = true.
-- It binds @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
-- @GrainIdExtensionString (NULL when the key has no string part), @ServiceId, and for writes
-- @GrainStateVersion (NULL = never stored) and @PayloadBinary; it reads "PayloadBinary",
-- "Version" and "NewGrainStateVersion". Only the binary payload is used by 10.x (no XML/JSON).
-- A write or clear whose etag is stale returns no row, which Orleans reports as an
-- InconsistentStateException.

CREATE TABLE orleans_grain_state
(
    service_id          varchar(150) NOT NULL,
    -- hashes of the grain id and grain type, computed by the provider's hasher
    grain_id_hash       integer      NOT NULL,
    grain_type_hash     integer      NOT NULL,
    -- numeric key parts (Guid halves, or 0 and the long key) and the string part
    grain_id_n0         bigint       NOT NULL,
    grain_id_n1         bigint       NOT NULL,
    grain_type          varchar(512) NOT NULL,
    grain_id_extension  varchar(512) NULL,
    -- NULL after a clear: the row then only keeps the version going
    payload             bytea        NULL,
    version             integer      NOT NULL,
    modified_at         timestamptz  NOT NULL DEFAULT now(),

    -- One row per grain state. Serves the lookups of ReadFromStorageKey, WriteToStorageKey,
    -- ClearStorageKey and DeleteStorageKey (hashes first, as they are the most selective), and
    -- makes concurrent first writes of the same grain collide instead of both succeeding.
    CONSTRAINT uq_orleans_grain_state_grain UNIQUE NULLS NOT DISTINCT
        (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
-- No row: never stored. "PayloadBinary" NULL with a "Version": stored, then cleared.
('ReadFromStorageKey', $$
SELECT payload AS "PayloadBinary",
       version AS "Version"
FROM orleans_grain_state
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
$$),

-- With an etag: overwrite that version only. Without one: first write, version 1, and only if
-- no row exists yet. Returns the new version, or no row when the etag did not match.
('WriteToStorageKey', $$
WITH updated AS (
    UPDATE orleans_grain_state
    SET payload = @PayloadBinary,
        version = version + 1,
        modified_at = now()
    WHERE @GrainStateVersion IS NOT NULL
      AND version = @GrainStateVersion
      AND grain_id_hash = @GrainIdHash
      AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
    RETURNING version
), inserted AS (
    INSERT INTO orleans_grain_state
        (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1,
         grain_type, grain_id_extension, payload, version)
    SELECT @ServiceId, @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
           @GrainTypeString, @GrainIdExtensionString, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT ON CONSTRAINT uq_orleans_grain_state_grain DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted
$$),

-- Keeps the row but drops the payload, so the version keeps counting. Returns the new version.
('ClearStorageKey', $$
UPDATE orleans_grain_state
SET payload = NULL,
    version = version + 1,
    modified_at = now()
WHERE @GrainStateVersion IS NOT NULL
  AND version = @GrainStateVersion
  AND grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version AS "NewGrainStateVersion"
$$),

-- DeleteStateOnClear = true: removes the row. Orleans only needs a value that differs from the
-- old etag to know it worked (it then forgets the etag), so this returns the next version.
('DeleteStorageKey', $$
DELETE FROM orleans_grain_state
WHERE @GrainStateVersion IS NOT NULL
  AND version = @GrainStateVersion
  AND grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version + 1 AS "NewGrainStateVersion"
$$);
