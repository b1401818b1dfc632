namespace TitanFleet.Grains.Vehicles;

/// <summary>Where a page ended: the sort key and id of its last row (keyset pagination, stable under inserts).</summary>
public sealed record VehicleCursor(VehicleSort Sort, string Key, Guid Id);
