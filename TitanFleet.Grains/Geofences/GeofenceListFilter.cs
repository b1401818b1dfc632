namespace TitanFleet.Grains.Geofences;

public sealed record GeofenceListFilter(string? Type, bool? Active, string? NamePrefix, GeofenceCursor? After, int Limit);
