namespace TitanFleet.Grains.Defects;

/// <summary>A defect reported outside a check. Photos are files already uploaded against the vehicle.</summary>
public sealed record NewDefect(Guid VehicleId, string Category, string Description, string Severity, int? OdometerKm, IReadOnlyList<Guid> PhotoFileIds);
