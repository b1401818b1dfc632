using Microsoft.Extensions.Logging;
using Npgsql;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Dashboard;

/// <summary>
/// Serves a company's dashboard figures from memory. Vehicles, defects and reminders are counted from the
/// database on activation and again only after something tells this grain they changed (the event sink, the
/// register's live sync, the reminders grain): a recount rather than a running delta, because the events say
/// what a record became, not what it was, and a miscounted header would stay wrong until a restart. Drivers on
/// shift have no table to count, so they are kept here from the shift events and stored.
/// Every change is pushed to the company's dashboards on every silo, coalesced: at most one push per
/// <see cref="PushInterval"/>, carrying the figures as they stand when it goes (a burst costs one recount).
/// </summary>
public sealed partial class CompanyStatsGrain(
    [PersistentState("company-stats", StorageNames.GrainStore)] IPersistentState<CompanyStatsState> state,
    NpgsqlDataSource dataSource,
    PushSubscribers subscribers,
    TimeProvider time,
    ILogger<CompanyStatsGrain> logger) : Grain, ICompanyStatsGrain
{
    public static readonly TimeSpan PushInterval = TimeSpan.FromSeconds(1);

    private DashboardStats? _counted;
    private IGrainTimer? _pushTimer;
    private DateTimeOffset _pushedAt = DateTimeOffset.MinValue;

    public async Task<DashboardStats> GetAsync()
    {
        _counted ??= await CountAsync();
        return _counted with { DriversOnShift = state.State.DriversOnShift.Count };
    }

    public Task InvalidateAsync()
    {
        _counted = null;
        SchedulePush();
        return Task.CompletedTask;
    }

    public async Task ShiftChangedAsync(Guid driverId, bool onShift)
    {
        var changed = onShift ? state.State.DriversOnShift.Add(driverId) : state.State.DriversOnShift.Remove(driverId);
        if (!changed) return;
        await state.WriteStateAsync();
        SchedulePush();
    }

    /// <summary>A push already due takes this change too (it reads the figures when it fires); otherwise one goes as soon as the interval allows.</summary>
    private void SchedulePush()
    {
        if (_pushTimer is not null) return;
        var due = _pushedAt + PushInterval - time.GetUtcNow();
        _pushTimer = this.RegisterGrainTimer(PushAsync, new GrainTimerCreationOptions
        {
            DueTime = due > TimeSpan.Zero ? due : TimeSpan.Zero,
            Period = Timeout.InfiniteTimeSpan,
        });
    }

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        // One-shot: a change that arrives after this point schedules the next push, which must not dispose this one mid-callback.
        var fired = _pushTimer;
        _pushTimer = null;
        try
        {
            _pushedAt = time.GetUtcNow();
            var stats = await GetAsync();
            var companyId = this.GetPrimaryKey();
            await subscribers.SendAsync(subscriber => subscriber.OnDashboardStats(companyId, stats));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The figures stay readable from GET /api/dashboard/stats, and the page re-reads them on every reconnect.
            LogPushFailed(exception, this.GetPrimaryKey());
        }
        finally
        {
            fired?.Dispose();
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard figures of company {CompanyId} could not be pushed to the dashboards")]
    private partial void LogPushFailed(Exception exception, Guid companyId);
}
