using TitanFleet.Grains.Geofences;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>Persisted live state of one vehicle. Stored with the Orleans serializer: never reuse or renumber an Id.</summary>
[GenerateSerializer, Alias("titanfleet.vehicle-state.v1")]
public sealed class VehicleState
{
    [Id(0)] public Guid CompanyId { get; set; }
    [Id(1)] public string Registration { get; set; } = "";
    [Id(2)] public PositionReport? LastPosition { get; set; }
    [Id(3)] public DateTimeOffset? LastSeen { get; set; }
    [Id(4)] public double OdometerMetres { get; set; }
    [Id(5)] public bool OffRoad { get; set; }
    [Id(6)] public string? DriverName { get; set; }
    [Id(7)] public string Type { get; set; } = VehicleTypes.Hgv;
    [Id(8)] public string RecordStatus { get; set; } = VehicleRecordStatuses.Active;

    /// <summary>The driver whose shift holds the vehicle (<see cref="DriverName"/> is theirs); null when free.</summary>
    [Id(9)] public Guid? DriverId { get; set; }

    // Geofences (issue 11): ids from 20 up, so fields other features add meanwhile never collide.

    /// <summary>
    /// The geofences the vehicle is in or entering; null while it is in none, which is most vehicles
    /// most of the time, so a live vehicle carries no empty dictionary (80 bytes each at a million).
    /// </summary>
    [Id(20)] public Dictionary<Guid, GeofencePresence>? Geofences { get; set; }
    [Id(21)] public DateTimeOffset? GeofencesTrackedUpTo { get; set; }

    // Motion (issue 11): ids from 30 up.

    /// <summary>Moving as <see cref="MovingRule"/> last decided (with hysteresis), not the last fix's speed alone.</summary>
    [Id(30)] public bool Moving { get; set; }

    /// <summary>Fix time of the first fix below the moving speed while <see cref="Moving"/>; null otherwise.</summary>
    [Id(31)] public DateTimeOffset? SlowSince { get; set; }

    /// <summary>The overspeed episode under way, if any.</summary>
    [Id(32)] public OverspeedEpisode? Overspeed { get; set; }

    /// <summary>Dashboards were told the device is online and not yet that it went offline.</summary>
    [Id(33)] public bool Online { get; set; }

    /// <summary>
    /// Shares the register's strings and drops the empty geofence dictionary that state stored
    /// before it could be null carries, so a million deserialized states hold no copies of either.
    /// </summary>
    public void Compact()
    {
        if (Geofences is { Count: 0 }) Geofences = null;
        Type = VehicleTypes.Shared(Type);
        RecordStatus = VehicleRecordStatuses.Shared(RecordStatus);
    }
}
