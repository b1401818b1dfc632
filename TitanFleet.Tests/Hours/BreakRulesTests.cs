using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

public sealed class BreakRulesTests
{
    private static readonly HoursOptions Rules = new();

    public static TheoryData<TimeSpan, bool, bool> Stops => new()
    {
        { M(15), true, true },
        { M(15) - TimeSpan.FromSeconds(1), true, false },
        { H(2), false, false },
        { M(45), true, true },
    };

    public static TheoryData<TimeSpan, TimeSpan, bool> Splits => new()
    {
        { M(15), M(30), true },
        { M(30), M(15), false },
        { M(14), M(30), false },
        { M(15), M(29), false },
        { M(20), M(40), true },
    };

    [Theory]
    [MemberData(nameof(Stops))]
    public void CountsAsBreak_StopTable_OnlyMarkedStopsOf15MinutesCount(TimeSpan stopped, bool markedByDriver, bool expected) =>
        Assert.Equal(expected, BreakRules.CountsAsBreak(stopped, markedByDriver, Rules));

    [Theory]
    [MemberData(nameof(Splits))]
    public void IsValidSplit_SplitTable_15Then30InThatOrder(TimeSpan first, TimeSpan second, bool expected) =>
        Assert.Equal(expected, BreakRules.IsValidSplit(first, second, Rules));
}
