using Npgsql;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>Recounts a driver's rollup days from timesheets inside the timesheet write's own transaction.</summary>
public sealed class DriverRollupWriter(CompanyTimeZoneCache zones)
{
    /// <summary>Recounts the local days on which the given shifts started (a correction passes the old and the new start).</summary>
    public async Task RecountAsync(
        Func<NamedQuery, NpgsqlCommand> command, Guid company, Guid driver, IEnumerable<DateTimeOffset> startedAt, CancellationToken cancellationToken)
    {
        var zone = await zones.ForCompanyAsync(company, cancellationToken);
        var days = startedAt.Select(at => LocalDays.DayOf(at, zone)).Distinct().Order().ToList();
        await using var recount = command(DriverRollupQueries.RecountShiftDays);
        recount.Parameters.AddWithValue("company", company);
        recount.Parameters.AddWithValue("driver", driver);
        DayKeys.AddDays(recount, days, zone);
        await recount.ExecuteNonQueryAsync(cancellationToken);
    }
}
