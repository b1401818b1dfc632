using System.Globalization;
using TitanFleet.Grains.Company;

namespace TitanFleet.Api.Company;

/// <summary>
/// The company's settings as the API shows them. <see cref="Version"/> (also the ETag) goes back with
/// an update. <see cref="OverspeedMinDurationSeconds"/> is null while the server's default applies.
/// </summary>
public sealed record CompanyResponse(
    Guid Id,
    string Name,
    string TimeZone,
    string DisplayUnits,
    IReadOnlyDictionary<string, int> SpeedLimitsKmh,
    string WalkaroundCheckDueAt,
    int ReminderDueSoonDays,
    bool OsmAndEnabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    int? OverspeedMinDurationSeconds = null)
{
    public static CompanyResponse From(CompanyRecord record)
    {
        var s = record.Settings;
        return new CompanyResponse(
            Id: record.Id, Name: s.Name, TimeZone: s.TimeZone, DisplayUnits: s.DisplayUnits, SpeedLimitsKmh: s.SpeedLimitsKmh,
            WalkaroundCheckDueAt: s.WalkaroundCheckDueAt.ToString(UpdateCompanyRequestValidator.TimeOfDayFormat, CultureInfo.InvariantCulture),
            ReminderDueSoonDays: s.ReminderDueSoonDays, OsmAndEnabled: s.OsmAndEnabled,
            CreatedAt: record.CreatedAt, UpdatedAt: record.UpdatedAt, Version: record.Version,
            OverspeedMinDurationSeconds: s.OverspeedMinDurationSeconds);
    }
}
