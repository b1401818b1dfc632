using TitanFleet.Grains.Storage;

namespace TitanFleet.Silo.Health;

internal static class HealthQueries
{
    public static readonly NamedQuery Ping = new("health.ping", "SELECT 1");
}
