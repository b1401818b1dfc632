namespace TitanFleet.Tests.Api.Users;

/// <summary>Valid request bodies with fresh unique values, for tests to vary one field at a time.</summary>
public static class UserRequests
{
    public const string Password = "Fresh-Password-42";

    public static Dictionary<string, object?> Create(string role = "manager", string? password = Password)
    {
        var id = Guid.NewGuid().ToString("N");
        return new Dictionary<string, object?>
        {
            ["email"] = $"new.{id}@test.titanfleet.test",
            ["fullName"] = "Pat Newcomer",
            ["username"] = $"pat.{id[..12]}",
            ["phone"] = "+44 7700 900123",
            ["role"] = role,
            ["password"] = password,
        };
    }

    public static Dictionary<string, object?> Update(System.Text.Json.JsonElement user, string? role = null, bool? active = null) => new()
    {
        ["email"] = user.GetProperty("email").GetString(),
        ["fullName"] = user.GetProperty("fullName").GetString(),
        ["username"] = user.GetProperty("username").GetString(),
        ["phone"] = user.GetProperty("phone").GetString(),
        ["role"] = role ?? user.GetProperty("role").GetString(),
        ["active"] = active ?? user.GetProperty("active").GetBoolean(),
        ["version"] = user.GetProperty("version").GetInt32(),
    };

    public static object DriverProfile(int? version = null) => new
    {
        licenceNumber = "MORGA753116SM9IJ",
        licenceCategories = new[] { "B", "C", "CE" },
        licenceExpiry = "2031-04-30",
        cpcExpiry = "2027-09-01",
        version,
    };
}
