using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// Recomputes a company's (or every company's) daily rollups for a range of local days from history,
/// timesheets and fleet_events (a driver's position columns from the fixes inside their shifts,
/// <see cref="DriverPositionRollups"/>), with the same definitions as the incremental writers: after seeding
/// with COPY, after turning <see cref="RollupOptions.Enabled"/> back on, or to check them. Each
/// vehicle is rebuilt in its own transaction under the same lock as the history writer, so it can
/// run beside live ingestion.
/// </summary>
public sealed partial class RollupRebuild(
    NpgsqlDataSource dataSource, CompanyTimeZoneCache zones, IOptions<RollupOptions> options, ILogger<RollupRebuild> logger)
{
    private static readonly string[] CountedTypes = [FleetEventTypes.Overspeed, FleetEventTypes.GeofenceEntered, FleetEventTypes.HoursBreached];

    public async Task<RollupRebuildResult> RebuildAsync(Guid? company, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from) throw new ArgumentOutOfRangeException(nameof(to), "The range ends before it starts.");
        var companies = company is { } one ? [one] : await ReadIdsAsync(RollupRebuildQueries.AllCompanies, null, cancellationToken);
        var vehicleDays = 0;
        var driverDays = 0;
        foreach (var id in companies)
        {
            var zone = await zones.ForCompanyAsync(id, cancellationToken);
            var vehicles = await ReadIdsAsync(RollupRebuildQueries.CompanyVehicles, id, cancellationToken);
            foreach (var vehicle in vehicles) vehicleDays += await RebuildVehicleAsync(id, vehicle, zone, from, to, cancellationToken);
            driverDays += await RebuildCountsAsync(id, vehicles, zone, from, to, cancellationToken);
            LogCompanyRebuilt(id, from, to, vehicles.Count);
        }
        return new RollupRebuildResult(companies.Count, vehicleDays, driverDays);
    }

    private async Task<int> RebuildVehicleAsync(Guid company, Guid vehicle, TimeZoneInfo zone, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = LocalDays.Bounds(from, zone).Start;
        var end = LocalDays.Bounds(to, zone).End;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await VehicleRollupRows.LockAsync(connection, transaction, [vehicle], cancellationToken);
        var before = await VehicleRollupRows.ReadOneAsync(connection, transaction, VehicleRollupQueries.FixBefore, "before", vehicle, start, cancellationToken);
        var fixes = await VehicleRollupRows.ReadBetweenAsync(connection, transaction, vehicle, start, end, cancellationToken);
        await using (var clear = connection.CreateCommand(VehicleRollupQueries.ClearFixColumns, transaction))
        {
            clear.Parameters.AddWithValue("company", company);
            clear.Parameters.AddWithValue("vehicle", vehicle);
            clear.Parameters.AddWithValue("from", from);
            clear.Parameters.AddWithValue("to", to);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        var days = VehicleDayFold.Fold(before, fixes, zone, options.Value).Values.Select(totals => (company, vehicle, totals)).ToList();
        await VehicleRollupRows.WriteAsync(connection, transaction, VehicleRollupQueries.ReplaceDays, days, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return days.Count;
    }

    private async Task<int> RebuildCountsAsync(Guid company, IReadOnlyList<Guid> vehicles, TimeZoneInfo zone, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = LocalDays.Bounds(from, zone).Start;
        var end = LocalDays.Bounds(to, zone).End;
        var vehicleCounts = new SortedDictionary<(Guid Vehicle, DateOnly Day), (int Overspeeds, int Visits)>();
        var drivers = new SortedDictionary<(Guid Driver, DateOnly Day), DriverDayTotals>();
        DriverDayTotals Driver(Guid driver, DateTimeOffset at) => DriverDay(driver, LocalDays.DayOf(at, zone));
        DriverDayTotals DriverDay(Guid driver, DateOnly day)
        {
            var key = (driver, day);
            if (!drivers.TryGetValue(key, out var totals)) drivers[key] = totals = new DriverDayTotals();
            return totals;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await VehicleRollupRows.LockAsync(connection, transaction, vehicles, cancellationToken);

        await using (var events = connection.CreateCommand(RollupRebuildQueries.CountedEvents, transaction))
        {
            AddCompanyRange(events, company, start, end);
            events.Parameters.Add(new NpgsqlParameter<string[]>("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = CountedTypes });
            await using var reader = await events.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var type = reader.GetString(0);
                var at = reader.GetFieldValue<DateTimeOffset>(1);
                if (!reader.IsDBNull(2) && type != FleetEventTypes.HoursBreached)
                {
                    var key = (reader.GetGuid(2), LocalDays.DayOf(at, zone));
                    var (overspeeds, visits) = vehicleCounts.GetValueOrDefault(key);
                    vehicleCounts[key] = type == FleetEventTypes.Overspeed ? (overspeeds + 1, visits) : (overspeeds, visits + 1);
                }
                if (!reader.IsDBNull(3))
                {
                    var totals = Driver(reader.GetGuid(3), at);
                    if (type == FleetEventTypes.Overspeed) totals.Overspeeds++;
                    else if (type == FleetEventTypes.GeofenceEntered) totals.GeofenceVisits++;
                    else totals.HoursBreaches++;
                }
            }
        }
        await using (var shifts = connection.CreateCommand(RollupRebuildQueries.StartedShifts, transaction))
        {
            AddCompanyRange(shifts, company, start, end);
            await using var reader = await shifts.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var totals = Driver(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1));
                totals.Shifts++;
                totals.DistanceKm += reader.GetInt32(2);
                totals.DrivingSeconds += reader.GetInt32(3);
                totals.OtherWorkSeconds += reader.GetInt32(4);
            }
        }

        NpgsqlCommand Command(NamedQuery query) => connection.CreateCommand(query, transaction);
        foreach (var vehicle in vehicles)
        {
            var shifts = new List<(Guid Driver, DateTimeOffset StartedAt, DateTimeOffset EndedAt)>();
            await using (var read = Command(DriverPositionQueries.VehicleShifts))
            {
                AddCompanyRange(read, company, start, end);
                read.Parameters.AddWithValue("vehicle", vehicle);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    shifts.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2)));
            }
            foreach (var (driver, startedAt, endedAt) in shifts)
            {
                var days = new Dictionary<DateOnly, VehicleDayTotals>();
                await DriverPositionRollups.FoldShiftAsync(
                    Command, vehicle, startedAt, endedAt, zone, options.Value, days, day => day >= from && day <= to, cancellationToken);
                foreach (var (day, positions) in days)
                {
                    var totals = DriverDay(driver, day);
                    if (totals.Positions is { } sum) sum.Add(positions);
                    else totals.Positions = positions;
                }
            }
        }

        await ExecuteDaysAsync(connection, transaction, RollupRebuildQueries.ClearVehicleCounts, company, from, to, cancellationToken);
        await ExecuteDaysAsync(connection, transaction, RollupRebuildQueries.DeleteDriverDays, company, from, to, cancellationToken);
        if (vehicleCounts.Count > 0)
        {
            await using var set = connection.CreateCommand(RollupRebuildQueries.SetVehicleCounts, transaction);
            set.Parameters.AddWithValue("company", company);
            AddArray(set, "subject_id", NpgsqlDbType.Uuid, vehicleCounts.Keys.Select(k => k.Vehicle));
            AddArray(set, "day", NpgsqlDbType.Date, vehicleCounts.Keys.Select(k => k.Day));
            AddArray(set, "first", NpgsqlDbType.Integer, vehicleCounts.Values.Select(v => v.Overspeeds));
            AddArray(set, "second", NpgsqlDbType.Integer, vehicleCounts.Values.Select(v => v.Visits));
            await set.ExecuteNonQueryAsync(cancellationToken);
        }
        if (drivers.Count > 0)
        {
            await using var insert = connection.CreateCommand(RollupRebuildQueries.InsertDriverDays, transaction);
            insert.Parameters.AddWithValue("company", company);
            AddArray(insert, "driver_id", NpgsqlDbType.Uuid, drivers.Keys.Select(k => k.Driver));
            AddArray(insert, "day", NpgsqlDbType.Date, drivers.Keys.Select(k => k.Day));
            AddArray(insert, "shifts", NpgsqlDbType.Integer, drivers.Values.Select(d => d.Shifts));
            AddArray(insert, "km", NpgsqlDbType.Integer, drivers.Values.Select(d => d.DistanceKm));
            AddArray(insert, "driving", NpgsqlDbType.Integer, drivers.Values.Select(d => d.DrivingSeconds));
            AddArray(insert, "other_work", NpgsqlDbType.Integer, drivers.Values.Select(d => d.OtherWorkSeconds));
            AddArray(insert, "overspeeds", NpgsqlDbType.Integer, drivers.Values.Select(d => d.Overspeeds));
            AddArray(insert, "breaches", NpgsqlDbType.Integer, drivers.Values.Select(d => d.HoursBreaches));
            AddArray(insert, "visits", NpgsqlDbType.Integer, drivers.Values.Select(d => d.GeofenceVisits));
            insert.Parameters.AddRange(DriverPositionRollups.PositionParameters([.. drivers.Select(d => d.Value.Positions ?? new VehicleDayTotals(d.Key.Day))]));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return drivers.Count;
    }

    private async Task<List<Guid>> ReadIdsAsync(NamedQuery query, Guid? company, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(query);
        if (company is { } id) command.Parameters.AddWithValue("company", id);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(0));
        return ids;
    }

    private static async Task ExecuteDaysAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NamedQuery query, Guid company, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(query, transaction);
        command.Parameters.AddWithValue("company", company);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddCompanyRange(NpgsqlCommand command, Guid company, DateTimeOffset from, DateTimeOffset to)
    {
        command.Parameters.AddWithValue("company", company);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
    }

    private static void AddArray<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = [.. values] });

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the daily rollups of company {CompanyId} from {From} to {To} ({Vehicles} vehicles)")]
    private partial void LogCompanyRebuilt(Guid companyId, DateOnly from, DateOnly to, int vehicles);
}
