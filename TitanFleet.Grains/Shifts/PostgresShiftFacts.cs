using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Drivers;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Shifts;

/// <summary>
/// Reads what a shift start depends on from the checks and defects tables. A driver may take a
/// vehicle on their own check of it made today (the company's day, in its time zone) or on another
/// driver's check of it within <see cref="ShiftsOptions.CheckReuseWindow"/> (a hand-over in the yard).
/// </summary>
public sealed class PostgresShiftFacts(NpgsqlDataSource dataSource, PostgresVehicleStore vehicles, IOptions<ShiftsOptions> options)
{
    public async Task<ShiftFacts> ReadAsync(Guid companyId, Guid driverId, Guid vehicleId, CancellationToken cancellationToken)
    {
        var vehicle = await vehicles.FindAsync(companyId, vehicleId, cancellationToken);
        var name = await DriverNameAsync(companyId, driverId, cancellationToken);
        if (vehicle is null) return new ShiftFacts(null, name, [], null);
        return new ShiftFacts(vehicle, name, await OpenDangerousAsync(companyId, vehicleId, cancellationToken), await CheckAsync(companyId, driverId, vehicleId, cancellationToken));
    }

    private async Task<string> DriverNameAsync(Guid companyId, Guid driverId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ShiftQueries.DriverName);
        command.Parameters.AddWithValue("id", driverId);
        command.Parameters.AddWithValue("company", companyId);
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "";
    }

    private async Task<IReadOnlyList<OpenDefect>> OpenDangerousAsync(Guid companyId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ShiftQueries.OpenDangerousDefects);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        var defects = new List<OpenDefect>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) defects.Add(new OpenDefect(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        return defects;
    }

    private async Task<LastCheck?> CheckAsync(Guid companyId, Guid driverId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ShiftQueries.QualifyingCheck);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        command.Parameters.AddWithValue("driver", driverId);
        command.Parameters.AddWithValue("window", options.Value.CheckReuseWindow);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new LastCheck(reader.GetGuid(0), vehicleId, reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2));
    }
}
