namespace TitanFleet.Silo.Dashboard;

/// <summary>
/// What the page needs from configuration, answered by <c>GET /api/dashboard/config</c>: the map's
/// tiles, and the upload size limit so a file over it is refused before it is sent.
/// </summary>
public sealed record DashboardConfig(string? TileUrl, string? TileAttribution, long MaxUploadBytes);
