namespace TitanFleet.Grains.Audit;

/// <summary>One field's value before and after a change (null before a create).</summary>
public sealed record AuditFieldChange(object? Before, object? After);
