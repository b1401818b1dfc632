namespace TitanFleet.Simulator.Dashboards;

/// <summary>The two fields of a pushed VehicleSnapshot the delay measurement needs; the rest of the JSON is skipped.</summary>
public sealed record PushedVehicle(Guid VehicleId, DateTimeOffset? FixTime);
