-- Why: every record belongs to one company, and people sign in as users of a company with one
-- role (admin, manager, mechanic, driver). Passwords are stored only as ASP.NET Core Identity hashes.
CREATE TABLE companies (
    id          uuid        NOT NULL,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_companies PRIMARY KEY (id)
);

CREATE TABLE users (
    id             uuid        NOT NULL,
    company_id     uuid        NOT NULL,
    email          text        NOT NULL,
    display_name   text        NOT NULL,
    role           text        NOT NULL,
    password_hash  text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    deleted_at     timestamptz NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT fk_users_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_users_role CHECK (role IN ('admin', 'manager', 'mechanic', 'driver')),
    CONSTRAINT ck_users_email_lower CHECK (email = lower(email))
);

-- Serves login: SELECT ... FROM users WHERE email = @email (emails are unique across companies).
CREATE UNIQUE INDEX ux_users_email ON users (email);

-- Serves listing a company's users by role.
CREATE INDEX ix_users_company_role ON users (company_id, role);
