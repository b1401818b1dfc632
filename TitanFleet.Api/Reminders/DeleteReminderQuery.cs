using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Reminders;

/// <summary>DELETE's query: the version the client last read.</summary>
public sealed record DeleteReminderQuery([FromQuery(Name = "version")] int? Version);
