namespace TitanFleet.Tests.Dashboard;

/// <summary>
/// A marker as the page last drew it (window.titanFleet.vehicle): position, status and pixel in the
/// map container. A settable class because Playwright maps evaluate results onto properties.
/// </summary>
public sealed class RenderedVehicle
{
    public string VehicleId { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string Status { get; set; } = "";
    public double X { get; set; }
    public double Y { get; set; }
}
