namespace TitanFleet.Silo.Operations;

/// <summary>
/// Who sees the operational surfaces (health details, /metrics): callers from loopback or from these
/// networks, and signed-in admins. Everyone else gets /api/health's status alone and 404 for /metrics.
/// </summary>
public sealed class OpsAccessOptions
{
    public const string Section = "Operations";

    /// <summary>Networks in CIDR notation allowed besides loopback, such as the Prometheus pods' range.</summary>
    public List<string> AllowedNetworks { get; set; } = [];
}
