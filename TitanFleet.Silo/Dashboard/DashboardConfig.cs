namespace TitanFleet.Silo.Dashboard;

/// <summary>What the page needs from configuration, answered by <c>GET /api/dashboard/config</c>.</summary>
public sealed record DashboardConfig(string? TileUrl, string? TileAttribution);
