namespace TitanFleet.Silo.Hosting;

/// <summary>
/// Declares dead the older incarnations of this silo's name that the membership table still lists.
/// Orleans retires an older generation on the same address and port by itself; on another address
/// the old entry stays Active until probes and votes declare it dead, and until then a joining silo
/// cannot validate connectivity to it and calls routed to its grains fail. Runs once the membership
/// table is open (Orleans opens it at RuntimeGrainServices) and before the silo becomes active.
/// </summary>
public sealed partial class SupersededIncarnations(
    IClusterMembershipService membership, ILocalSiloDetails localSilo, ILogger<SupersededIncarnations> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SupersededIncarnations), ServiceLifecycleStage.AfterRuntimeGrainServices, RetireAsync);

    private async Task RetireAsync(CancellationToken cancellationToken)
    {
        await membership.Refresh(new MembershipVersion(membership.CurrentSnapshot.Version.Value + 1), cancellationToken);
        var self = localSilo.SiloAddress;
        foreach (var member in membership.CurrentSnapshot.Members.Values)
        {
            if (member.Name != localSilo.Name || member.SiloAddress.Equals(self) || member.Status == SiloStatus.Dead) continue;
            // Only an older generation: a silo started later under the same name is the newer one.
            if (member.SiloAddress.Generation >= self.Generation) continue;
            var retired = await membership.TryKill(member.SiloAddress);
            LogRetired(member.SiloAddress, localSilo.Name, retired);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Declared the earlier incarnation {SiloAddress} of silo {SiloName} dead on start (succeeded: {Retired})")]
    private partial void LogRetired(SiloAddress siloAddress, string siloName, bool retired);
}
