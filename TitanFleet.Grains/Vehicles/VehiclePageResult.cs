namespace TitanFleet.Grains.Vehicles;

/// <summary>One page of vehicles and the cursor of the next page (null on the last one).</summary>
public sealed record VehiclePageResult(IReadOnlyList<VehicleRecord> Items, VehicleCursor? Next);
