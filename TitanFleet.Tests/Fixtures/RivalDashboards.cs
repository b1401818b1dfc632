namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// Two new companies on one silo, each with its manager signed in and a dashboard open: what a push
/// test sends to <see cref="Company"/> must reach <see cref="Dashboard"/> and never <see cref="OtherDashboard"/>.
/// </summary>
public sealed class RivalDashboards : IAsyncDisposable
{
    public TestCompany Company { get; private init; } = null!;

    public TestCompany Other { get; private init; } = null!;

    public FleetHttp.SignedIn Manager { get; private set; } = null!;

    public FleetHttp.SignedIn OtherManager { get; private set; } = null!;

    public DashboardClient Dashboard { get; private set; } = null!;

    public DashboardClient OtherDashboard { get; private set; } = null!;

    public static async Task<RivalDashboards> ConnectAsync(Uri baseAddress, string connectionString, int vehicles = 1)
    {
        var rivals = new RivalDashboards
        {
            Company = await TestCompanyFactory.CreateAsync(connectionString, vehicles),
            Other = await TestCompanyFactory.CreateAsync(connectionString, vehicleCount: 1),
        };
        try
        {
            rivals.Manager = await FleetHttp.SignInAsync(baseAddress, rivals.Company.Email("manager"));
            rivals.OtherManager = await FleetHttp.SignInAsync(baseAddress, rivals.Other.Email("manager"));
            rivals.Dashboard = await DashboardClient.ConnectAsync(baseAddress, rivals.Manager.Cookies);
            rivals.OtherDashboard = await DashboardClient.ConnectAsync(baseAddress, rivals.OtherManager.Cookies);
            return rivals;
        }
        catch
        {
            await rivals.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (OtherDashboard is not null) await OtherDashboard.DisposeAsync();
        if (Dashboard is not null) await Dashboard.DisposeAsync();
        OtherManager?.Dispose();
        Manager?.Dispose();
    }
}
