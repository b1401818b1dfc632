-- Why: Orleans ADO.NET reminders (UseAdoNetReminderService, Invariant "Npgsql") keep durable
-- reminders here so they survive silo restarts; each silo reads the rows whose grain hash falls in
-- its part of the consistent-hash ring. Orleans.Reminders.AdoNet 10.4.2 binds @ServiceId,
-- @GrainId, @ReminderName, @StartTime, @Period (milliseconds), @GrainHash, @BeginHash, @EndHash
-- and @Version, and reads "GrainId", "ReminderName", "StartTime", "Period" (as bigint) and
-- "Version" (the etag). Hashes are unsigned in Orleans but bound as signed integers.

CREATE TABLE orleans_reminder
(
    service_id    varchar(150) NOT NULL,
    grain_id      varchar(512) NOT NULL,
    reminder_name varchar(150) NOT NULL,
    start_time    timestamptz  NOT NULL,
    period_ms     bigint       NOT NULL,
    grain_hash    integer      NOT NULL,
    version       integer      NOT NULL,

    -- Serves ReadReminderRowKey and DeleteReminderRowKey (full key), ReadReminderRowsKey
    -- (service_id, grain_id prefix), DeleteReminderRowsKey (service_id prefix) and the
    -- conflict target of UpsertReminderRowKey.
    CONSTRAINT pk_orleans_reminder PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- Serves ReadRangeRows1Key and ReadRangeRows2Key (a silo's hash range within one service).
CREATE INDEX ix_orleans_reminder_service_hash ON orleans_reminder (service_id, grain_hash);

INSERT INTO orleansquery (querykey, querytext) VALUES
-- Creates the reminder at version 0, or replaces its schedule and bumps the version.
-- Returns the new version, which becomes the reminder's etag.
('UpsertReminderRowKey', $$
INSERT INTO orleans_reminder
    (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT ON CONSTRAINT pk_orleans_reminder DO UPDATE
SET start_time = EXCLUDED.start_time,
    period_ms  = EXCLUDED.period_ms,
    grain_hash = EXCLUDED.grain_hash,
    version    = orleans_reminder.version + 1
RETURNING version AS "Version"
$$),

('ReadReminderRowKey', $$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName
$$),

-- All reminders of one grain.
('ReadReminderRowsKey', $$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
$$),

-- Ring range (@BeginHash, @EndHash] that does not wrap (Orleans picks this one when
-- @BeginHash < @EndHash as signed integers).
('ReadRangeRows1Key', $$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_hash > @BeginHash
  AND grain_hash <= @EndHash
$$),

-- Ring range that wraps past the end of the signed integer range (or covers the whole ring
-- when @BeginHash = @EndHash).
('ReadRangeRows2Key', $$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$$),

-- Removes one reminder if its etag still matches; always one row, true when it was removed.
('DeleteReminderRowKey', $$
WITH removed AS (
    DELETE FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT count(*) > 0 FROM removed
$$),

-- Removes every reminder of the service (used by tests and tooling).
('DeleteReminderRowsKey', $$
DELETE FROM orleans_reminder
WHERE service_id = @ServiceId
$$);
