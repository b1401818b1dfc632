namespace TitanFleet.Api.Devices;

/// <summary>What posts a vehicle's positions (sql/0032 checks the same list).</summary>
public static class DeviceKinds
{
    public const string Phone = "phone";
    public const string Tracker = "tracker";

    public static readonly string[] All = [Phone, Tracker];
}
