using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Geofences;

/// <summary>DELETE's query: the version the client last read.</summary>
public sealed record DeleteGeofenceQuery([FromQuery(Name = "version")] int? Version);
