using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Reminders;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Reports;

/// <summary>
/// Reads the reports row by row from the data reader (<see cref="ReportQueries"/>): the caller writes each row
/// out as it comes, so a year of a large fleet never sits in memory, on this side or the database's.
/// </summary>
public sealed class PostgresReportStore(NpgsqlDataSource dataSource, IOptions<RemindersOptions> reminders)
{
    public Task<bool> VehicleInCompanyAsync(Guid companyId, Guid vehicleId, CancellationToken cancellationToken) =>
        ExistsAsync(ReportQueries.VehicleInCompany, companyId, vehicleId, cancellationToken);

    public Task<bool> DriverInCompanyAsync(Guid companyId, Guid driverId, CancellationToken cancellationToken) =>
        ExistsAsync(ReportQueries.DriverInCompany, companyId, driverId, cancellationToken);

    public async IAsyncEnumerable<ComplianceRow> ComplianceAsync(
        Guid companyId, ReportRange range, VehicleReportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = VehicleCommand(ReportQueries.Compliance, companyId, range, filter);
        command.Parameters.AddWithValue("leadKm", reminders.Value.LeadKm);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var dayEnds = reader.GetFieldValue<DateTimeOffset>(11);
            yield return new ComplianceRow(
                Day: reader.GetFieldValue<DateOnly>(0),
                VehicleId: reader.GetGuid(1),
                Registration: reader.GetString(2),
                Depot: reader.IsDBNull(3) ? null : reader.GetString(3),
                FirstUseAt: reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                FirstCheckAt: reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                NilDefectReports: (int)reader.GetInt64(6),
                DefectReports: (int)reader.GetInt64(7),
                OpenMinorDefects: (int)reader.GetInt64(8),
                OpenDangerousDefects: (int)reader.GetInt64(9),
                OldestOpenDefectAgeDays: reader.IsDBNull(10) ? null : (int)(dayEnds - reader.GetFieldValue<DateTimeOffset>(10)).TotalDays,
                OffRoad: reader.GetBoolean(12),
                RemindersDueSoon: reader.IsDBNull(13) ? null : reader.GetString(13),
                RemindersOverdue: reader.IsDBNull(14) ? null : reader.GetString(14));
        }
    }

    public async IAsyncEnumerable<UtilisationRow> UtilisationByDayAsync(
        Guid companyId, ReportRange range, VehicleReportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = VehicleCommand(UtilisationQueries.ByDay, companyId, range, filter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new UtilisationRow(
                Day: reader.GetFieldValue<DateOnly>(0),
                VehicleId: reader.GetGuid(1),
                Registration: reader.GetString(2),
                Depot: reader.IsDBNull(3) ? null : reader.GetString(3),
                DistanceMetres: reader.GetDouble(4),
                MovingSeconds: reader.GetInt32(5),
                IdleSeconds: reader.GetInt32(6),
                OffRoad: reader.GetBoolean(7),
                MaxSpeedKmh: NullableDouble(reader, 8),
                OverspeedEvents: reader.GetInt32(9),
                GeofenceVisits: reader.GetInt32(10),
                First: Fix(reader, 11),
                Last: Fix(reader, 14));
        }
    }

    public async IAsyncEnumerable<VehicleUtilisationRow> UtilisationByVehicleAsync(
        Guid companyId, ReportRange range, VehicleReportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = VehicleCommand(UtilisationQueries.ByVehicle, companyId, range, filter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new VehicleUtilisationRow(
                VehicleId: reader.GetGuid(0),
                Registration: reader.GetString(1),
                Depot: reader.IsDBNull(2) ? null : reader.GetString(2),
                DistanceMetres: reader.GetDouble(3),
                MovingSeconds: reader.GetInt64(4),
                IdleSeconds: reader.GetInt64(5),
                DaysUsed: reader.GetInt32(6),
                DaysAvailable: reader.GetInt32(7),
                MaxSpeedKmh: NullableDouble(reader, 8),
                OverspeedEvents: reader.GetInt64(9),
                GeofenceVisits: reader.GetInt64(10),
                First: Fix(reader, 11),
                Last: Fix(reader, 14));
        }
    }

    public async IAsyncEnumerable<DriverReportRow> DriversAsync(
        Guid companyId, ReportRange range, DriverReportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReportQueries.Drivers);
        AddRange(command, companyId, range);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("driver", filter.DriverId) { NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<string?>("depot", filter.Depot) { NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new DriverReportRow(
                DriverId: reader.GetGuid(0),
                DriverName: reader.GetString(1),
                Shifts: (int)reader.GetInt64(2),
                CheckedShifts: (int)reader.GetInt64(3),
                DaysDriven: (int)reader.GetInt64(4),
                DistanceKm: reader.GetInt64(5),
                DrivingSeconds: reader.GetInt64(6),
                OtherWorkSeconds: reader.GetInt64(7),
                OverspeedEvents: reader.GetInt64(8),
                HoursBreaches: reader.GetInt64(9),
                GeofenceVisits: reader.GetInt64(10),
                GpsDistanceMetres: reader.GetDouble(11),
                MovingSeconds: reader.GetInt64(12),
                IdleSeconds: reader.GetInt64(13),
                MaxSpeedKmh: NullableDouble(reader, 14),
                First: Fix(reader, 15),
                Last: Fix(reader, 18));
        }
    }

    private static double? NullableDouble(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    /// <summary>The fix in three columns from <paramref name="ordinal"/> on (time, latitude, longitude); null where the rollups hold none.</summary>
    private static PositionFix? Fix(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) || reader.IsDBNull(ordinal + 1) || reader.IsDBNull(ordinal + 2)
            ? null
            : new PositionFix(At: reader.GetFieldValue<DateTimeOffset>(ordinal), Latitude: reader.GetDouble(ordinal + 1), Longitude: reader.GetDouble(ordinal + 2));

    private NpgsqlCommand VehicleCommand(NamedQuery query, Guid companyId, ReportRange range, VehicleReportFilter filter)
    {
        var command = dataSource.CreateCommand(query);
        AddRange(command, companyId, range);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("vehicle", filter.VehicleId) { NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<Guid?>("driver", filter.DriverId) { NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<string?>("depot", filter.Depot) { NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }

    private static void AddRange(NpgsqlCommand command, Guid companyId, ReportRange range)
    {
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", range.From) { NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", range.To) { NpgsqlDbType = NpgsqlDbType.Date });
    }

    private async Task<bool> ExistsAsync(NamedQuery query, Guid companyId, Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(query);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("id", id);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
