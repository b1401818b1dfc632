namespace TitanFleet.Grains.Dashboard;

/// <summary>A company's dashboard figures held live; keyed by company id.</summary>
public interface ICompanyStatsGrain : IGrainWithGuidKey
{
    Task<DashboardStats> GetAsync();

    /// <summary>Vehicles, defects or reminders changed: count them again before the next read.</summary>
    Task InvalidateAsync();

    /// <summary>A driver's shift started (true) or ended (false).</summary>
    Task ShiftChangedAsync(Guid driverId, bool onShift);
}
