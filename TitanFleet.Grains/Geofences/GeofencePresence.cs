namespace TitanFleet.Grains.Geofences;

/// <summary>
/// A vehicle's stay in one geofence, kept in its state. <see cref="Since"/> is the fix time of the
/// first fix inside; <see cref="Counted"/> turns true once the stay outlasted the dwell rule, and
/// only a counted stay exits. Stored with the Orleans serializer: never reuse or renumber an Id.
/// </summary>
[GenerateSerializer, Alias("titanfleet.geofence-presence.v1")]
public sealed class GeofencePresence
{
    [Id(0)] public DateTimeOffset Since { get; set; }
    [Id(1)] public bool Counted { get; set; }
}
