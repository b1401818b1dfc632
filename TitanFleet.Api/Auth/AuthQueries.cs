using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Auth;

internal static class AuthQueries
{
    private const string SelectUser = """
        SELECT u.id, u.company_id, c.name, u.email, u.display_name, u.role, u.password_hash
        FROM users u JOIN companies c ON c.id = u.company_id
        WHERE u.deleted_at IS NULL AND
        """;

    public static readonly NamedQuery FindUserByEmail = new("auth.find-user-by-email", $"{SelectUser} u.email = @email");

    public static readonly NamedQuery FindUserById = new("auth.find-user-by-id", $"{SelectUser} u.id = @user");

    public static readonly NamedQuery ListKeys = new("auth.list-data-protection-keys", "SELECT xml FROM data_protection_keys ORDER BY created_at");

    public static readonly NamedQuery StoreKey = new("auth.store-data-protection-key",
        "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml) ON CONFLICT (friendly_name) DO NOTHING");
}
