namespace TitanFleet.Grains.Telemetry;

/// <summary>The durable location history: every accepted fix, partitioned by month of fix time.</summary>
public interface ILocationHistory
{
    /// <summary>Commits the positions (sharing a group commit with concurrent callers); exact duplicates are kept once.</summary>
    Task AppendAsync(IReadOnlyList<PositionReport> positions, CancellationToken cancellationToken = default);

    Task<PositionReport?> GetLatestAsync(Guid vehicleId, DateTimeOffset after, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PositionReport>> GetTrailAsync(Guid vehicleId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default);
}
