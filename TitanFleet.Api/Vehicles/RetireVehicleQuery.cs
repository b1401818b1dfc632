using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Vehicles;

/// <summary>DELETE's query: the version the client last read.</summary>
public sealed record RetireVehicleQuery([FromQuery(Name = "version")] int? Version);
