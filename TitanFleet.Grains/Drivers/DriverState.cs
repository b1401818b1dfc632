using TitanFleet.Grains.Hours;

namespace TitanFleet.Grains.Drivers;

/// <summary>Persisted state of one driver. Stored with the Orleans serializer: never reuse or renumber an Id.</summary>
[GenerateSerializer, Alias("titanfleet.driver-state.v1")]
public sealed class DriverState
{
    [Id(0)] public Guid CompanyId { get; set; }
    [Id(1)] public string DriverName { get; set; } = "";
    [Id(2)] public Guid? ShiftId { get; set; }
    [Id(3)] public Guid? VehicleId { get; set; }
    [Id(4)] public string? Registration { get; set; }
    [Id(5)] public DateTimeOffset? StartedAt { get; set; }
    [Id(6)] public int StartOdometerKm { get; set; }

    /// <summary>What the driver is doing now, since <see cref="ActivitySince"/>; closed stretches are in <see cref="Log"/>.</summary>
    [Id(7)] public ActivityKind Activity { get; set; } = ActivityKind.Rest;
    [Id(8)] public DateTimeOffset ActivitySince { get; set; }

    /// <summary>Closed stretches of activity, oldest first, kept for 28 days (what the hours rules look back over).</summary>
    [Id(9)] public List<ActivitySegment> Log { get; set; } = [];
    [Id(10)] public LastCheck? LastCheck { get; set; }
}
