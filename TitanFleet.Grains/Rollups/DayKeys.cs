using Npgsql;
using NpgsqlTypes;

namespace TitanFleet.Grains.Rollups;

/// <summary>Local days with their UTC bounds, as the recount statements take them (arrays of day, from_at, to_at).</summary>
public static class DayKeys
{
    public static void AddDays(NpgsqlCommand command, IReadOnlyList<DateOnly> days, TimeZoneInfo zone) =>
        AddDays(command, [.. days.Select(day => (day, zone))]);

    public static void AddDays(NpgsqlCommand command, IReadOnlyList<(DateOnly Day, TimeZoneInfo Zone)> days)
    {
        var bounds = days.Select(d => LocalDays.Bounds(d.Day, d.Zone)).ToArray();
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]>("day", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = [.. days.Select(d => d.Day)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("from_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. bounds.Select(b => b.Start)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("to_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. bounds.Select(b => b.End)] });
    }
}
