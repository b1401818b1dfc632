using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TitanFleet.Silo.Health;

/// <summary>Ready only while this silo is Active in the cluster membership and not shutting down.</summary>
public sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails localSilo, ShutdownSignal shutdown) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (shutdown.IsStopping) return Task.FromResult(HealthCheckResult.Unhealthy("Silo is shutting down"));
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {localSilo.SiloAddress} is active")
            : HealthCheckResult.Unhealthy($"Silo {localSilo.SiloAddress} is {status}"));
    }
}
