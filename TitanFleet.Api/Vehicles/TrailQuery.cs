using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Vehicles;

/// <summary>The trail's window: <c>from</c> defaults to today (UTC) and <c>to</c> to a day after <c>from</c>.</summary>
public sealed record TrailQuery([FromQuery(Name = "from")] DateTimeOffset? From, [FromQuery(Name = "to")] DateTimeOffset? To)
{
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(31);

    /// <summary>Values past this cannot have a day added (DateTimeOffset overflows near 9999), and no fix is that late.</summary>
    public static readonly DateTimeOffset Latest = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public (DateTimeOffset Start, DateTimeOffset End) Resolve(DateTimeOffset now)
    {
        var start = From ?? new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return (start, To ?? start.AddDays(1));
    }
}
