namespace TitanFleet.Api.Defects;

/// <summary>
/// A mechanic's sign-off: <c>rectified</c> with the work done (parts and cost optional), or
/// <c>noCorrectionNeeded</c> with the reason. The caller is the mechanic of record, signed off now.
/// </summary>
public sealed record RectifyDefectRequest(string? Outcome, string? WorkDone, string? Parts, int? CostPence, string? Reason);
