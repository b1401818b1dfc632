namespace TitanFleet.Api.Geofences;

/// <summary>
/// When a geofence alerts: local days (sun, mon, ... sat) and a time window "HH:mm" to "HH:mm" in
/// the company's time zone; an end before the start runs overnight.
/// </summary>
public sealed record GeofenceScheduleInput(string[]? Days, string? Start, string? End);
