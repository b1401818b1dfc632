namespace TitanFleet.Grains.Telemetry;

/// <summary>The durable location history: every accepted fix, partitioned by month of fix time.</summary>
public interface ILocationHistory
{
    /// <summary>Commits the positions (sharing a group commit with concurrent callers); exact duplicates are kept once.</summary>
    Task AppendAsync(IReadOnlyList<PositionReport> positions, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="limit"/> fixes after <paramref name="after"/>, oldest first.</summary>
    Task<IReadOnlyList<PositionReport>> GetSinceAsync(Guid vehicleId, DateTimeOffset after, int limit, CancellationToken cancellationToken = default);
}
