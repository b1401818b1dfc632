namespace TitanFleet.Api.Shifts;

/// <summary>What the driver is doing now: break, otherWork, available or driving.</summary>
public sealed record ActivityRequest(string? Activity);
