using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

/// <summary>A sign-off as the API shows it: the mechanic of record and when they signed.</summary>
public sealed record RectificationResponse(
    Guid Id,
    Guid DefectId,
    Guid VehicleId,
    string Outcome,
    string? WorkDone,
    string? Parts,
    int? CostPence,
    string? Reason,
    Guid MechanicId,
    string MechanicName,
    DateTimeOffset SignedOffAt)
{
    public static RectificationResponse From(Rectification r) => new(
        Id: r.Id, DefectId: r.DefectId, VehicleId: r.VehicleId, Outcome: r.Outcome, WorkDone: r.WorkDone, Parts: r.Parts,
        CostPence: r.CostPence, Reason: r.Reason, MechanicId: r.MechanicId, MechanicName: r.MechanicName, SignedOffAt: r.SignedOffAt);
}
