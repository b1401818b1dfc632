using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Api.Shifts;

/// <summary>
/// The driver's activity since midnight UTC, added up from the activity log. <see cref="Basis"/> says
/// what the figures are, so a client can tell them from the drivers'-hours rules' limits when those come.
/// </summary>
public sealed record HoursResponse(string Basis, int DrivingTodaySeconds, int OtherWorkTodaySeconds, int BreakTodaySeconds, int AvailableTodaySeconds)
{
    public const string TodayTotals = "todayUtcTotals";

    public static HoursResponse From(ActivityTotals today) => new(
        Basis: TodayTotals, DrivingTodaySeconds: today.DrivingSeconds, OtherWorkTodaySeconds: today.OtherWorkSeconds,
        BreakTodaySeconds: today.BreakSeconds, AvailableTodaySeconds: today.AvailableSeconds);
}
