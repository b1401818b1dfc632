using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>Recounts a driver's rollup days from timesheets and history inside the timesheet write's own transaction.</summary>
public sealed class DriverRollupWriter(CompanyTimeZoneCache zones, IOptions<RollupOptions> options)
{
    /// <summary>
    /// Recounts the shift columns of the local days on which the given shifts started and the position columns
    /// (<see cref="DriverPositionRollups"/>) of every local day they touch; a correction passes the old and the new interval.
    /// </summary>
    public async Task RecountAsync(
        Func<NamedQuery, NpgsqlCommand> command, Guid company, Guid driver, Guid vehicle,
        IReadOnlyList<(DateTimeOffset StartedAt, DateTimeOffset EndedAt)> shifts, CancellationToken cancellationToken)
    {
        var zone = await zones.ForCompanyAsync(company, cancellationToken);
        // The vehicle's lock, then the driver's, before any driver row is written or history read: the order
        // every rollup writer keeps (see DriverPositionRollups), so a history commit storing fixes in this shift
        // meanwhile either sees this timesheet or is seen by it.
        await using (var lockVehicle = command(VehicleRollupQueries.LockVehicles))
        {
            lockVehicle.Parameters.AddRange(VehicleRollupRows.LockParameters([vehicle]));
            await lockVehicle.ExecuteNonQueryAsync(cancellationToken);
        }
        await DriverPositionRollups.LockAsync(command, [driver], cancellationToken);

        var startDays = shifts.Select(s => LocalDays.DayOf(s.StartedAt, zone)).Distinct().Order().ToList();
        await using (var recount = command(DriverRollupQueries.RecountShiftDays))
        {
            recount.Parameters.AddWithValue("company", company);
            recount.Parameters.AddWithValue("driver", driver);
            DayKeys.AddDays(recount, startDays, zone);
            await recount.ExecuteNonQueryAsync(cancellationToken);
        }

        var days = new SortedSet<DateOnly>(shifts.SelectMany(s => DriverPositionRollups.DaysOf(s.StartedAt, s.EndedAt, zone)));
        await DriverPositionRollups.RecountAsync(command, [new DriverDays(company, driver, zone, days)], options.Value, cancellationToken);
    }
}
