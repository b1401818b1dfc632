namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// What a write did. <see cref="Record"/> is the row as it now stands (for a version conflict, the
/// current row); <see cref="DuplicateField"/> names the unique field another vehicle holds;
/// <see cref="PreviousStatus"/> is the status a change of an existing row replaced.
/// </summary>
public sealed record VehicleWriteResult(VehicleWriteStatus Status, VehicleRecord? Record = null, string? DuplicateField = null, string? PreviousStatus = null);
