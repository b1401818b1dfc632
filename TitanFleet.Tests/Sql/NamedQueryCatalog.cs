using System.Reflection;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Tests.Sql;

/// <summary>Every <see cref="NamedQuery"/> the service declares, found by reflection so a new query is checked without being listed.</summary>
internal static class NamedQueryCatalog
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(NamedQuery).Assembly,
        typeof(TitanFleet.Api.FleetApi).Assembly,
        typeof(TitanFleet.Silo.Health.PostgresHealthCheck).Assembly,
    ];

    public static IReadOnlyList<NamedQuery> All { get; } = Discover();

    private static List<NamedQuery> Discover() =>
    [
        .. Assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(field => field.FieldType == typeof(NamedQuery))
            .Select(field => (NamedQuery)field.GetValue(null)!)
            .Distinct()
            .OrderBy(query => query.Name, StringComparer.Ordinal),
    ];
}
