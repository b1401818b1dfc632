using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Dashboard;

public static class DashboardStatsQueries
{
    /// <summary>The register, the open defects and the open reminders counted once, after a change, not per page view.</summary>
    public static readonly NamedQuery Counts = new("dashboard.counts", """
        SELECT
            (SELECT count(*) FROM vehicles WHERE company_id = @company AND status = 'active'),
            (SELECT count(*) FROM vehicles WHERE company_id = @company AND status = 'vor'),
            (SELECT count(*) FROM vehicles WHERE company_id = @company AND status = 'maintenance'),
            (SELECT count(*) FROM defects WHERE company_id = @company AND resolved_at IS NULL AND severity = 'minor'),
            (SELECT count(*) FROM defects WHERE company_id = @company AND resolved_at IS NULL AND severity = 'dangerous'),
            (SELECT count(*) FROM reminders WHERE company_id = @company AND deleted_at IS NULL AND status = 'dueSoon'),
            (SELECT count(*) FROM reminders WHERE company_id = @company AND deleted_at IS NULL AND status = 'overdue')
        """);
}
