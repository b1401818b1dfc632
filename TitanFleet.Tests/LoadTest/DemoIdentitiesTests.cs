using TitanFleet.Api.Devices;
using TitanFleet.Silo.Demo;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Plan;

namespace TitanFleet.Tests.LoadTest;

/// <summary>The simulator formats the demo ids itself (it does not reference the silo); these must match the seed.</summary>
public sealed class DemoIdentitiesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(999)]
    [InlineData(1_000)]
    [InlineData(10_000)]
    [InlineData(999_999)]
    public void DeviceTokenAndIds_AnyIndex_MatchTheDemoSeed(int index)
    {
        Assert.Equal(DemoFleet.VehicleId(index), DemoIdentities.VehicleId(index));
        Assert.Equal(DemoFleet.DeviceId(index), DemoIdentities.DeviceId(index));
        Assert.Equal(DeviceToken.Format(DemoFleet.DeviceId(index), DemoFleet.DeviceSecret(index)), DemoIdentities.DeviceToken(index));
        Assert.Equal(DemoFleet.DeviceUniqueId(index), DemoIdentities.OsmAndId(index));
        Assert.Equal(DemoFleet.VehicleType(index), DemoIdentities.VehicleType(index));
        Assert.Equal(DemoFleet.Email("manager"), DemoIdentities.Email("manager"));
        Assert.Equal(DemoFleet.Password, DemoIdentities.Password);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("driver")]
    [InlineData("mechanic")]
    public void PlanEmail_EachSharedSessionRole_IsASeededPlanUser(string role) =>
        Assert.Contains(DemoFleet.PlanUsers, u => u.Role == role && DemoFleet.PlanEmail(u.Role) == DemoIdentities.PlanEmail(role));

    [Fact]
    public void SessionEmails_Plan_NoneIsSignedInByTheAuthenticationJourney()
    {
        Assert.Equal(3, PlanRun.SessionEmails.Length);
        Assert.Empty(PlanRun.SessionEmails.Intersect(SpecScenarios.LoginEmails));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000)]
    public void ShiftDriver_AnyIndex_MatchesTheDemoSeed(int index) =>
        Assert.Equal(DemoFleet.ShiftDriverEmail(index), DemoIdentities.ShiftDriverEmail(index));

    [Fact]
    public void Registration_TenThousandVehicles_AllDistinct()
    {
        var registrations = Enumerable.Range(1, 10_000).Select(DemoFleet.Registration).ToHashSet();

        Assert.Equal(10_000, registrations.Count);
    }
}
