namespace TitanFleet.Grains.Checks;

/// <summary>One item of a vehicle type's walkaround list: built in (the DVSA list) or the company's own.</summary>
public sealed record CheckItem(string VehicleType, string Code, string Label, string Category, string DefaultSeverity, bool BuiltIn);
