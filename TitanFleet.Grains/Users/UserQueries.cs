using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Users;

internal static class UserQueries
{
    public static readonly NamedQuery Find = new("users.find", $"SELECT {PostgresUserRecordStore.Columns} FROM users WHERE id = @id AND company_id = @company");

    public static readonly NamedQuery List = new("users.list", $"""
        SELECT {PostgresUserRecordStore.Columns} FROM users
        WHERE company_id = @company
          AND (@role::text IS NULL OR role = @role)
          AND (@active::boolean IS NULL OR (deleted_at IS NULL) = @active)
          AND (@afterId::uuid IS NULL OR (email, id) > (@afterEmail, @afterId))
        ORDER BY email, id
        LIMIT @limit
        """);

    public static readonly NamedQuery Insert = new("users.insert", $"""
        INSERT INTO users (id, company_id, email, display_name, username, phone, role, password_hash,
                           setup_token_sha256, setup_token_expires_at, deleted_at)
        VALUES (@id, @company, @email, @fullName, @username, @phone, @role, @passwordHash,
                @setupToken, @setupExpires, CASE WHEN @active THEN NULL ELSE now() END)
        RETURNING {PostgresUserRecordStore.Columns}
        """);

    public static readonly NamedQuery LockCompany = new("users.lock-company", "SELECT 1 FROM companies WHERE id = @company FOR UPDATE");

    public static readonly NamedQuery Lock = new("users.lock", $"SELECT {PostgresUserRecordStore.Columns} FROM users WHERE id = @id AND company_id = @company FOR UPDATE");

    public static readonly NamedQuery Update = new("users.update", $"""
        UPDATE users SET email = @email, display_name = @fullName, username = @username, phone = @phone, role = @role,
            deleted_at = CASE WHEN @active THEN NULL ELSE coalesce(deleted_at, now()) END,
            updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        RETURNING {PostgresUserRecordStore.Columns}
        """);

    public static readonly NamedQuery OtherActiveAdminExists = new("users.other-active-admin-exists", "SELECT EXISTS (SELECT 1 FROM users WHERE company_id = @company AND id <> @id AND role = @admin AND deleted_at IS NULL)");

    public static readonly NamedQuery SetupIssue = new("user-setup.issue", $"""
        UPDATE users SET setup_token_sha256 = @token, setup_token_expires_at = @expires, updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        RETURNING {PostgresUserRecordStore.Columns}
        """);

    public static readonly NamedQuery SetupFindByToken = new("user-setup.find-by-token", $"""
        SELECT {PostgresUserRecordStore.Columns} FROM users
        WHERE setup_token_sha256 = @token AND setup_token_expires_at > now() AND deleted_at IS NULL
        """);

    public static readonly NamedQuery SetupComplete = new("user-setup.complete", $"""
        UPDATE users SET password_hash = @passwordHash, setup_token_sha256 = NULL, setup_token_expires_at = NULL,
            updated_at = now(), version = version + 1
        WHERE id = @id AND setup_token_sha256 = @token AND setup_token_expires_at > now() AND deleted_at IS NULL
        RETURNING {PostgresUserRecordStore.Columns}
        """);
}
