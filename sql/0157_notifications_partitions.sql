-- Why: notifications grew without bound (issue 11 left them no retention). They are partitioned by
-- month and kept Notifications:RetentionMonths (default 6), dropped a whole month at a time by the
-- partition upkeep (sql/0155), never by DELETE.
-- Partition key: not created_at. A unique key of a partitioned table must hold the partition key,
-- and the fan-out's once-per-person guarantee is the unique (user_id, event_id): with created_at (the
-- insert's now()) in that key, an event published twice would notify each person twice. The event's
-- own time (event_occurred_at, copied from the fleet event) is the same wherever the event is
-- resent, as fleet_events' key (id, occurred_at) already relies on, so (user_id, event_id,
-- event_occurred_at) keeps the guarantee. A notification thus ages with the event it is about; the
-- two differ only for an event timed by an old GPS fix, whose notification goes with that month.
ALTER TABLE notifications RENAME TO notifications_unpartitioned;
ALTER INDEX pk_notifications RENAME TO pk_notifications_unpartitioned;
DROP INDEX ux_notifications_user_event, ix_notifications_user_created, ix_notifications_user_unread;

CREATE TABLE notifications (
    id                 uuid        NOT NULL,
    company_id         uuid        NOT NULL,
    user_id            uuid        NOT NULL,
    event_id           uuid        NOT NULL,
    -- The fan-out always sets it; the default only serves rows written by hand (support, tests).
    event_occurred_at  timestamptz NOT NULL DEFAULT now(),
    event_type         text        NOT NULL,
    summary            text        NOT NULL,
    vehicle_id         uuid        NULL,
    driver_id          uuid        NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    read_at            timestamptz NULL,
    CONSTRAINT pk_notifications PRIMARY KEY (id, event_occurred_at),
    CONSTRAINT fk_notifications_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id)
) PARTITION BY RANGE (event_occurred_at);

-- Serves the fan-out's insert (ON CONFLICT (user_id, event_id, event_occurred_at) DO NOTHING): an
-- event published twice still notifies each person once.
CREATE UNIQUE INDEX ux_notifications_user_event ON notifications (user_id, event_id, event_occurred_at);

-- Serves a person's list, newest first: WHERE user_id = @user AND (created_at, id) < (@before, @beforeId)
-- ORDER BY created_at DESC, id DESC (keyset cursor).
CREATE INDEX ix_notifications_user_created ON notifications (user_id, created_at DESC, id DESC);

-- Serves the bell's unread count and the unread=true list and read-all:
-- WHERE user_id = @user AND read_at IS NULL [AND (created_at, id) < (...)] ORDER BY created_at DESC, id DESC.
-- Partial, so it stays as small as the unread backlog however long the history grows.
CREATE INDEX ix_notifications_user_unread ON notifications (user_id, created_at DESC, id DESC) WHERE read_at IS NULL;

INSERT INTO monthly_partitioned_tables (table_name, minimum_retention_months) VALUES ('notifications', 1);

-- Rows from before: the event's time from the event history, or the notification's own when the
-- event is no longer there.
CREATE TEMPORARY TABLE notifications_moved ON COMMIT DROP AS
SELECT n.*, coalesce((SELECT min(e.occurred_at) FROM fleet_events e WHERE e.id = n.event_id), n.created_at) AS event_occurred_at
FROM notifications_unpartitioned n;

SELECT ensure_monthly_partitions('notifications', month, month)
FROM (SELECT DISTINCT date_trunc('month', event_occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM notifications_moved) AS moved (month);

SELECT ensure_monthly_partitions('notifications', now() - interval '1 month', now() + interval '2 months');

INSERT INTO notifications (id, company_id, user_id, event_id, event_occurred_at, event_type, summary, vehicle_id, driver_id, created_at, read_at)
SELECT id, company_id, user_id, event_id, event_occurred_at, event_type, summary, vehicle_id, driver_id, created_at, read_at
FROM notifications_moved;

DROP TABLE notifications_unpartitioned;
