-- Why: a company's admins set how the company works (issue 9, "Companies"): its name, its time zone
-- (IANA id; reports and check deadlines are local times), the units a person reads speeds and
-- distances in (UK fleets think in mph and miles; the API and database keep km/h and metres), the
-- default speed limit per vehicle type in km/h (keys are sql/0021's vehicle types), and when the
-- daily walkaround check falls due and how early other reminders turn "due soon". The version
-- column lets an admin's stale edit be refused with 409, like every other record.
ALTER TABLE companies
    ADD COLUMN time_zone                 text        NOT NULL DEFAULT 'Europe/London',
    ADD COLUMN display_units             text        NOT NULL DEFAULT 'mph_miles',
    ADD COLUMN speed_limits_kmh          jsonb       NOT NULL DEFAULT '{"hgv": 90, "psv": 100, "van": 112, "car": 112}',
    ADD COLUMN walkaround_check_due_at   time        NOT NULL DEFAULT '07:00',
    ADD COLUMN reminder_due_soon_days    integer     NOT NULL DEFAULT 14,
    ADD COLUMN updated_at                timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN version                   integer     NOT NULL DEFAULT 1,
    ADD CONSTRAINT ck_companies_display_units CHECK (display_units IN ('mph_miles', 'kmh_km')),
    ADD CONSTRAINT ck_companies_speed_limits_object CHECK (jsonb_typeof(speed_limits_kmh) = 'object'),
    ADD CONSTRAINT ck_companies_reminder_due_soon_days CHECK (reminder_due_soon_days BETWEEN 1 AND 90),
    ADD CONSTRAINT ck_companies_name_not_blank CHECK (btrim(name) <> '');
