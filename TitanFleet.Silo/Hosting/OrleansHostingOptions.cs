namespace TitanFleet.Silo.Hosting;

/// <summary>Cluster identity and the silo's own endpoints.</summary>
public sealed class OrleansHostingOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "titanfleet";
    public string ServiceId { get; set; } = "titanfleet";
    public int SiloPort { get; set; } = 11111;

    /// <summary>
    /// 0 (the default) opens no gateway: the API is co-hosted in the silo and needs none, and an open
    /// gateway lets any Orleans client that reaches it call any grain with any arguments.
    /// </summary>
    public int GatewayPort { get; set; }

    /// <summary>
    /// Address other silos use to reach this one, and the only address the silo port listens on.
    /// In Kubernetes the pod IP (POD_IP) is used instead.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// This silo's stable name, the same across restarts (unset: Orleans makes a new one each start;
    /// in Kubernetes the pod name). A silo that starts under a name its older, still-listed incarnation
    /// holds declares that one dead at once, so a host restarted on another address or port neither
    /// waits for the cluster to vote its old self dead nor leaves its grains unreachable meanwhile.
    /// Two running silos must never share a name.
    /// </summary>
    public string? SiloName { get; set; }
}
