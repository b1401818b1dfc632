-- Why: reminders that escalate themselves (issue 11): the six DOMAIN.md types (MOT, safety
-- inspection, service, vehicle tax, insurance, tachograph calibration) for one vehicle, or for the
-- company when vehicle_id is NULL, due on a date and/or at an odometer reading (km). A recurring
-- reminder rolls forward when completed (every recur_months or recur_weeks, or every recur_km); a
-- one-off one becomes "done". status and escalation_level are moved by the company's reminders
-- grain (ok 0, dueSoon 1, overdue 2, one level more every configured period overdue), which is why
-- they are not part of the version a manager's edit checks. overdue_since is when a mileage
-- reminder was first seen past its reading (a date's overdue moment follows from the date).
-- Deletion is soft: the audit log keeps pointing at a row.
CREATE TABLE reminders (
    id                uuid        NOT NULL,
    company_id        uuid        NOT NULL,
    vehicle_id        uuid        NULL,
    reminder_type     text        NOT NULL,
    title             text        NOT NULL,
    notes             text        NULL,
    due_date          date        NULL,
    due_mileage_km    integer     NULL,
    recur_months      integer     NULL,
    recur_weeks       integer     NULL,
    recur_km          integer     NULL,
    status            text        NOT NULL DEFAULT 'ok',
    escalation_level  integer     NOT NULL DEFAULT 0,
    overdue_since     timestamptz NULL,
    completed_at      timestamptz NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer     NOT NULL DEFAULT 1,
    deleted_at        timestamptz NULL,
    CONSTRAINT pk_reminders PRIMARY KEY (id),
    CONSTRAINT fk_reminders_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_reminders_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id),
    CONSTRAINT ck_reminders_type CHECK (reminder_type IN ('mot', 'safetyInspection', 'service', 'tax', 'insurance', 'tachograph')),
    CONSTRAINT ck_reminders_status CHECK (status IN ('ok', 'dueSoon', 'overdue', 'done')),
    CONSTRAINT ck_reminders_title_not_blank CHECK (btrim(title) <> ''),
    CONSTRAINT ck_reminders_due CHECK (due_date IS NOT NULL OR due_mileage_km IS NOT NULL),
    CONSTRAINT ck_reminders_due_mileage CHECK (due_mileage_km IS NULL OR due_mileage_km >= 0),
    CONSTRAINT ck_reminders_mileage_needs_vehicle CHECK (due_mileage_km IS NULL OR vehicle_id IS NOT NULL),
    CONSTRAINT ck_reminders_recurrence CHECK (
        num_nonnulls(recur_months, recur_weeks, recur_km) <= 1
        AND (recur_months IS NULL OR (recur_months BETWEEN 1 AND 120 AND due_date IS NOT NULL))
        AND (recur_weeks IS NULL OR (recur_weeks BETWEEN 1 AND 520 AND due_date IS NOT NULL))
        AND (recur_km IS NULL OR (recur_km BETWEEN 1 AND 1000000 AND due_mileage_km IS NOT NULL))),
    CONSTRAINT ck_reminders_escalation CHECK (escalation_level >= 0)
);

-- Serves the list by due date: WHERE company_id = @company AND deleted_at IS NULL [AND vehicle_id = @vehicle]
-- [AND reminder_type = @type] [AND status = @status] [AND due_date <= @dueBefore]
-- AND (due_date, id) > (@afterDue, @afterId) ORDER BY due_date NULLS LAST, id (keyset cursor).
CREATE INDEX ix_reminders_company_due ON reminders (company_id, due_date, id) WHERE deleted_at IS NULL;

-- Serves the reminders grain's sweep of what can still move, once per due time or check period:
-- WHERE company_id = @company AND deleted_at IS NULL AND status <> 'done'.
CREATE INDEX ix_reminders_company_open ON reminders (company_id) WHERE deleted_at IS NULL AND status <> 'done';

-- Serves a vehicle's reminders (the list's vehicle filter, and the default set's "already has one of
-- this type"): WHERE company_id = @company AND vehicle_id = @vehicle AND deleted_at IS NULL.
CREATE INDEX ix_reminders_company_vehicle ON reminders (company_id, vehicle_id) WHERE deleted_at IS NULL;
