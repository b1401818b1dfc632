using TitanFleet.Grains.Defects;

namespace TitanFleet.Tests.Defects;

public sealed class DefectStatusFlowTests
{
    [Theory]
    [InlineData("reported", "acknowledged")]
    [InlineData("reported", "inProgress")]
    [InlineData("acknowledged", "inProgress")]
    [InlineData("acknowledged", "acknowledged")]
    public void CanUpdateTo_ForwardOrSame_Allowed(string from, string to) => Assert.True(DefectStatusFlow.CanUpdateTo(from, to));

    [Theory]
    [InlineData("acknowledged", "reported")]
    [InlineData("inProgress", "acknowledged")]
    [InlineData("inProgress", "rectified")]
    [InlineData("reported", "noCorrectionNeeded")]
    [InlineData("rectified", "rectified")]
    [InlineData("rectified", "inProgress")]
    public void CanUpdateTo_BackwardsOrToResolved_Refused(string from, string to) => Assert.False(DefectStatusFlow.CanUpdateTo(from, to));

    [Theory]
    [InlineData("inProgress", "rectified", true)]
    [InlineData("acknowledged", "rectified", false)]
    [InlineData("reported", "rectified", false)]
    [InlineData("reported", "noCorrectionNeeded", true)]
    [InlineData("inProgress", "noCorrectionNeeded", true)]
    [InlineData("rectified", "noCorrectionNeeded", false)]
    [InlineData("noCorrectionNeeded", "rectified", false)]
    public void CanResolveAs_ByStatus_FollowsFlow(string from, string outcome, bool allowed) => Assert.Equal(allowed, DefectStatusFlow.CanResolveAs(from, outcome));

    [Fact]
    public void StoredNames_RoundTrip()
    {
        Assert.Equal("in_progress", DefectStatuses.ToStored(DefectStatuses.InProgress));
        Assert.Equal("no_correction_needed", DefectStatuses.ToStored(DefectStatuses.NoCorrectionNeeded));
        Assert.All(DefectStatuses.All, status => Assert.Equal(status, DefectStatuses.FromStored(DefectStatuses.ToStored(status))));
    }
}
