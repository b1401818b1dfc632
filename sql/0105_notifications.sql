-- Why: notifications (issue 11): each fleet event a company cares about becomes one row per user it
-- notifies (which events notify whom is the company's setting, sql/0106), so each person reads,
-- counts and marks their own without touching anyone else's. The row copies what the bell shows
-- (type, summary, vehicle and driver ids) so the list needs no join; event_id names the fleet event
-- it came from. read_at is null while unread. Rows belong to one user of one company.
CREATE TABLE notifications (
    id          uuid        NOT NULL,
    company_id  uuid        NOT NULL,
    user_id     uuid        NOT NULL,
    event_id    uuid        NOT NULL,
    event_type  text        NOT NULL,
    summary     text        NOT NULL,
    vehicle_id  uuid        NULL,
    driver_id   uuid        NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz NULL,
    CONSTRAINT pk_notifications PRIMARY KEY (id),
    CONSTRAINT fk_notifications_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id)
);

-- Serves the fan-out's insert (ON CONFLICT (user_id, event_id) DO NOTHING): an event published
-- twice still notifies each person once.
CREATE UNIQUE INDEX ux_notifications_user_event ON notifications (user_id, event_id);

-- Serves a person's list, newest first: WHERE user_id = @user AND (created_at, id) < (@before, @beforeId)
-- ORDER BY created_at DESC, id DESC (keyset cursor).
CREATE INDEX ix_notifications_user_created ON notifications (user_id, created_at DESC, id DESC);

-- Serves the bell's unread count and the unread=true list and read-all:
-- WHERE user_id = @user AND read_at IS NULL [AND (created_at, id) < (...)] ORDER BY created_at DESC, id DESC.
-- Partial, so it stays as small as the unread backlog however long the history grows.
CREATE INDEX ix_notifications_user_unread ON notifications (user_id, created_at DESC, id DESC) WHERE read_at IS NULL;
