namespace TitanFleet.Silo.Dashboard;

/// <summary>The live map page the silo serves at <c>/</c>.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// Where the built page is (scripts/build-web.sh writes it); relative paths are resolved against the
    /// application folder, not the working directory, so <c>dotnet run</c> and the published image agree.
    /// </summary>
    public string WebRoot { get; set; } = "wwwroot";

    /// <summary>
    /// A raster tile URL template such as <c>https://tiles.example/{z}/{x}/{y}.png</c>. Empty: the page
    /// draws its bundled Natural Earth outlines, as no tile server is reachable by default.
    /// </summary>
    public string? TileUrl { get; set; }

    /// <summary>Attribution the tile provider requires, shown on the map (HTML allowed).</summary>
    public string? TileAttribution { get; set; }
}
