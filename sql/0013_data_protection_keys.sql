-- Why: ASP.NET Core data-protection keys sign the auth cookie; every silo must share them or a
-- cookie issued by one silo is rejected by another.
CREATE TABLE data_protection_keys (
    friendly_name  text        NOT NULL,
    xml            text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_data_protection_keys PRIMARY KEY (friendly_name)
);
