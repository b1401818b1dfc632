namespace TitanFleet.Grains.Defects;

/// <summary>A mechanic's signed-off work on a defect (or "no correction needed" with the reason). <see cref="Outcome"/> is a <see cref="DefectStatuses"/> value.</summary>
public sealed record Rectification(
    Guid Id,
    Guid DefectId,
    Guid VehicleId,
    Guid MechanicId,
    string MechanicName,
    string Outcome,
    string? WorkDone,
    string? Parts,
    int? CostPence,
    string? Reason,
    DateTimeOffset SignedOffAt)
{
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["defectId"] = DefectId,
        ["vehicleId"] = VehicleId,
        ["mechanicId"] = MechanicId,
        ["outcome"] = Outcome,
        ["workDone"] = WorkDone,
        ["parts"] = Parts,
        ["costPence"] = CostPence,
        ["reason"] = Reason,
    };
}
