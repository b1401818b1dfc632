namespace TitanFleet.Tests.Fixtures;

/// <summary>The fields of a hub push the tests look at, read the way a dashboard reads them (JSON, camelCase).</summary>
public sealed record PushedVehicle(Guid VehicleId, Guid CompanyId, string Registration, string Status, double? Latitude, double? Longitude, DateTimeOffset? FixTime, string? DriverName = null);
