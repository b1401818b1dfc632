using Npgsql;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// Recomputes a vehicle's days from history after a late fix: one range scan of the history primary
/// key per day, plus the fix before the day (its first interval starts there). A late fix can also
/// change the first interval of the next day that has fixes, so that day is recomputed as well.
/// </summary>
public static class VehicleDayRecompute
{
    public static async Task RecomputeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid company, Guid vehicle, TimeZoneInfo zone,
        IReadOnlyCollection<DateOnly> lateDays, RollupOptions options, CancellationToken cancellationToken)
    {
        var days = new SortedSet<DateOnly>(lateDays);
        foreach (var day in lateDays)
        {
            var (_, end) = LocalDays.Bounds(day, zone);
            if (await VehicleRollupRows.ReadOneAsync(connection, transaction, VehicleRollupQueries.FixFrom, "from", vehicle, end, cancellationToken) is { } next)
                days.Add(LocalDays.DayOf(next.At, zone));
        }

        var rows = new List<(Guid, Guid, VehicleDayTotals)>();
        foreach (var day in days)
        {
            var (start, end) = LocalDays.Bounds(day, zone);
            var before = await VehicleRollupRows.ReadOneAsync(connection, transaction, VehicleRollupQueries.FixBefore, "before", vehicle, start, cancellationToken);
            var fixes = await VehicleRollupRows.ReadBetweenAsync(connection, transaction, vehicle, start, end, cancellationToken);
            var totals = VehicleDayFold.Fold(before, fixes, zone, options);
            rows.Add((company, vehicle, totals.TryGetValue(day, out var found) ? found : new VehicleDayTotals(day)));
        }
        await VehicleRollupRows.WriteAsync(connection, transaction, VehicleRollupQueries.ReplaceDays, rows, cancellationToken);
    }
}
