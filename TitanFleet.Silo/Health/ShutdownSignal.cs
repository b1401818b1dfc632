namespace TitanFleet.Silo.Health;

/// <summary>Flips when the host begins stopping, so readiness fails before the silo leaves the cluster.</summary>
public sealed class ShutdownSignal
{
    public ShutdownSignal(IHostApplicationLifetime lifetime) => lifetime.ApplicationStopping.Register(() => IsStopping = true);

    public bool IsStopping { get; private set; }
}
