using Npgsql;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Dashboard;

/// <summary>
/// Serves a company's dashboard figures from memory. Vehicles, defects and reminders are counted from the
/// database on activation and again only after something tells this grain they changed (the event sink, the
/// register's live sync, the reminders grain): a recount rather than a running delta, because the events say
/// what a record became, not what it was, and a miscounted header would stay wrong until a restart. Drivers on
/// shift have no table to count, so they are kept here from the shift events and stored.
/// </summary>
public sealed class CompanyStatsGrain(
    [PersistentState("company-stats", StorageNames.GrainStore)] IPersistentState<CompanyStatsState> state,
    NpgsqlDataSource dataSource) : Grain, ICompanyStatsGrain
{
    private DashboardStats? _counted;

    public async Task<DashboardStats> GetAsync()
    {
        _counted ??= await CountAsync();
        return _counted with { DriversOnShift = state.State.DriversOnShift.Count };
    }

    public Task InvalidateAsync()
    {
        _counted = null;
        return Task.CompletedTask;
    }

    public async Task ShiftChangedAsync(Guid driverId, bool onShift)
    {
        var changed = onShift ? state.State.DriversOnShift.Add(driverId) : state.State.DriversOnShift.Remove(driverId);
        if (changed) await state.WriteStateAsync();
    }

    private async Task<DashboardStats> CountAsync()
    {
        await using var command = dataSource.CreateCommand(DashboardStatsQueries.Counts);
        command.Parameters.AddWithValue("company", this.GetPrimaryKey());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        int Count(int ordinal) => (int)reader.GetInt64(ordinal);
        return new DashboardStats(
            new VehicleStatusCounts(Active: Count(0), Vor: Count(1), Maintenance: Count(2)),
            new OpenDefectCounts(Minor: Count(3), Dangerous: Count(4)),
            new ReminderCounts(DueSoon: Count(5), Overdue: Count(6)),
            DriversOnShift: 0);
    }
}
