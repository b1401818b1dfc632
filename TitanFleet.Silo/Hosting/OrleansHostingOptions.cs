namespace TitanFleet.Silo.Hosting;

/// <summary>Cluster identity and the silo's own endpoints.</summary>
public sealed class OrleansHostingOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "titanfleet";
    public string ServiceId { get; set; } = "titanfleet";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos use to reach this one; in Kubernetes the pod IP.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}
