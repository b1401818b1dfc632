namespace TitanFleet.Grains.Geofences;

/// <summary>Where a page ended: the name and id of its last row (keyset pagination by name).</summary>
public sealed record GeofenceCursor(string Name, Guid Id);
