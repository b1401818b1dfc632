using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

/// <summary>Fixed weeks run Monday 00:00 to Sunday 24:00 in the company's time zone, clock changes included.</summary>
public sealed class LocalWeekTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>An hour's driving from <see cref="WeekCase.Start"/>: the part after local Monday 00:00 is this week's.</summary>
    public static TheoryData<WeekCase> LondonWeeks => new()
    {
        new("in BST the week starts on Sunday 23:00 UTC", Utc(2026, 6, 14, 22, 30), Utc(2026, 6, 14, 23, 0)),
        new("in GMT the week starts on Monday 00:00 UTC", Utc(2026, 11, 29, 23, 30), Utc(2026, 11, 30, 0, 0)),
        new("the week the clocks go back is 169 h: it ends on Monday 00:00 GMT", Utc(2026, 10, 25, 23, 30), Utc(2026, 10, 26, 0, 0)),
        new("the week the clocks go forward is 167 h: it ends on Monday 00:00 BST", Utc(2026, 3, 29, 22, 30), Utc(2026, 3, 29, 23, 0)),
    };

    [Theory]
    [MemberData(nameof(LondonWeeks))]
    public void Evaluate_DrivingAcrossLocalMidnightSundayToMonday_SplitAtTheLocalWeekStart(WeekCase row)
    {
        var status = new DriverLog(row.Start).Drive(H(1)).Evaluate(timeZone: London);

        Assert.Equal(row.WeekStart, status.WeekStart);
        Assert.Equal(M(30), status.DrivingThisWeek);
        Assert.Equal(H(1), status.DrivingThisAndLastWeek);
    }

    [Fact]
    public void Evaluate_SundayEveningAfterTheAutumnChange_StillTheWeekThatBeganInBst()
    {
        // Monday 19 October 00:00 BST is Sunday 18 October 23:00 UTC; 168 h later is Sunday 23:00 GMT, an hour before the week ends.
        var status = new DriverLog(Utc(2026, 10, 25, 22, 30)).Drive(M(59)).Evaluate(timeZone: London);

        Assert.Equal(Utc(2026, 10, 18, 23, 0), status.WeekStart);
        Assert.Equal(M(59), status.DrivingThisWeek);
    }

    [Fact]
    public void Evaluate_ThreeExtendedDaysStartingAfterLocalMondayMidnight_ThirdIsBreachedInTheLocalWeek()
    {
        // Duty periods start at 00:30 BST on Monday, Tuesday and Wednesday; the first is still Sunday in UTC.
        var start = Utc(2026, 6, 14, 23, 30);
        var log = new DriverLog(start).DriveWithBreaks(H(10)).RestUntil(start.AddDays(1))
            .DriveWithBreaks(H(10)).RestUntil(start.AddDays(2)).DriveWithBreaks(H(10));

        var status = log.Evaluate(timeZone: London);

        Assert.Equal(3, status.ExtendedDaysThisWeek);
        Assert.Equal(H(9), status.For(HoursRule.DailyDriving).Limit);
        Assert.Contains(status.Breaches, b => b.Rule == HoursRule.DailyDriving);
    }

    public sealed record WeekCase(string Name, DateTimeOffset Start, DateTimeOffset WeekStart)
    {
        public override string ToString() => Name;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
