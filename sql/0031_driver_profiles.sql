-- Why: a driver's licence and Driver CPC details (issue 9), which the shift checks read. One row per
-- driver user, written by managers and admins, readable by the driver themself.
CREATE TABLE driver_profiles (
    user_id             uuid        NOT NULL,
    company_id          uuid        NOT NULL,
    licence_number      text        NOT NULL,
    licence_categories  text[]      NOT NULL,
    licence_expiry      date        NOT NULL,
    cpc_expiry          date        NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             integer     NOT NULL DEFAULT 1,
    CONSTRAINT pk_driver_profiles PRIMARY KEY (user_id),
    CONSTRAINT fk_driver_profiles_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_driver_profiles_company FOREIGN KEY (company_id) REFERENCES companies (id)
);
