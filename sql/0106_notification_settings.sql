-- Why: which fleet events notify whom is a company setting (issue 11). One row per company that has
-- changed it; a company without a row uses the built-in defaults (TitanFleet.Grains/Notifications/
-- NotificationRules.cs), which the first change writes at version 1 before updating it, so two admins
-- saving at once are told apart by the version. rules is a JSON array of
-- {"eventType", "roles": [...], "severity"?} objects; the API validates it.
CREATE TABLE notification_settings (
    company_id  uuid        NOT NULL,
    rules       jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 1,
    CONSTRAINT pk_notification_settings PRIMARY KEY (company_id),
    CONSTRAINT fk_notification_settings_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_notification_settings_rules_array CHECK (jsonb_typeof(rules) = 'array')
);
