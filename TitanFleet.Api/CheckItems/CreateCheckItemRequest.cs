namespace TitanFleet.Api.CheckItems;

/// <summary>A company's own item, added at the end of a vehicle type's list; every later check of that type must answer it.</summary>
public sealed record CreateCheckItemRequest(string? VehicleType, string? Code, string? Label, string? Category, string? DefaultSeverity);
