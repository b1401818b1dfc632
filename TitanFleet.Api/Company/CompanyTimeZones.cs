namespace TitanFleet.Api.Company;

/// <summary>
/// Company time zones are IANA ids (Europe/London), the names browsers and PostgreSQL use. .NET
/// also accepts Windows names on Linux by converting them, so an id counts only if it is both known
/// to the system and an IANA id.
/// </summary>
public static class CompanyTimeZones
{
    public const string Default = "Europe/London";

    public static bool IsIana(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && id.Length <= 64
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
        && TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out _);
}
