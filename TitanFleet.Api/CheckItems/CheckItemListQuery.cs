using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.CheckItems;

/// <summary>The vehicle type whose walkaround list is wanted (required).</summary>
public sealed record CheckItemListQuery([FromQuery(Name = "vehicleType")] string? VehicleType);
