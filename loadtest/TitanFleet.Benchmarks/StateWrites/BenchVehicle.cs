namespace TitanFleet.Benchmarks.StateWrites;

/// <summary>A prepared vehicle: its id and the Orleans storage key parts of its old grain-state row.</summary>
public sealed record BenchVehicle(Guid VehicleId, int Hash, int TypeHash, long N0, long N1);
