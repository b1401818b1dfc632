namespace TitanFleet.Api.CheckItems;

/// <summary>A vehicle type's walkaround list in the order a driver answers it: built-in items, then the company's.</summary>
public sealed record CheckItemListResponse(string VehicleType, IReadOnlyList<CheckItemResponse> Items);
