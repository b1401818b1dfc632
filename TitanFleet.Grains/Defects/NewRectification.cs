namespace TitanFleet.Grains.Defects;

/// <summary>A sign-off: <see cref="Outcome"/> is rectified (with the work done) or noCorrectionNeeded (with the reason).</summary>
public sealed record NewRectification(string Outcome, string? WorkDone, string? Parts, int? CostPence, string? Reason);
