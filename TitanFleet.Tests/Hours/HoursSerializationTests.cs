using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

/// <summary>The driver grain passes these through Orleans: they must survive its serializer.</summary>
public sealed class HoursSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void Serializer_StatusWithLimitsAndBreaches_RoundTrips()
    {
        var status = StartingMonday().Drive(H(7)).Ongoing(ActivityKind.Break, M(20)).Evaluate();

        var copy = Assert.IsType<HoursStatus>(Serializer.Deserialize<HoursStatus>(Serializer.SerializeToArray(status)));

        Assert.Equal(status with { Limits = default, Breaches = default }, copy with { Limits = default, Breaches = default });
        Assert.Equal(status.Limits.ToArray(), copy.Limits.ToArray());
        Assert.Equal(status.Breaches.ToArray(), copy.Breaches.ToArray());
        Assert.NotEmpty(copy.Breaches);
    }

    [Fact]
    public void Serializer_OptionsAndAlert_RoundTrip()
    {
        var options = new HoursOptions { ApproachingLead = M(30), ExtendedDaysPerWeek = 1 };
        var alert = new HoursAlert(HoursRule.WeeklyRest, LimitState.Breached, Monday);

        var optionsCopy = Assert.IsType<HoursOptions>(Serializer.Deserialize<HoursOptions>(Serializer.SerializeToArray(options)));

        Assert.Equal(M(30), optionsCopy.ApproachingLead);
        Assert.Equal(1, optionsCopy.ExtendedDaysPerWeek);
        Assert.Equal(alert, Serializer.Deserialize<HoursAlert>(Serializer.SerializeToArray(alert)));
    }
}
