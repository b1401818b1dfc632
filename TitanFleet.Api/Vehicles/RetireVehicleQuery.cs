namespace TitanFleet.Api.Vehicles;

/// <summary>DELETE's query: the version the client last read.</summary>
public sealed record RetireVehicleQuery(int? Version);
