namespace TitanFleet.Grains.Telemetry;

/// <summary>Inclusive bounds of a numeric position field.</summary>
public readonly record struct FieldRange(double Min, double Max);
