using Microsoft.Extensions.DependencyInjection.Extensions;
using TitanFleet.Api.OsmAnd;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Company;

namespace TitanFleet.Api.Company;

public static class CompanyServiceCollectionExtensions
{
    /// <summary>The company store, and the OsmAnd switch's place in cluster-wide invalidation (the company region).</summary>
    public static IServiceCollection AddFleetCompany(this IServiceCollection services)
    {
        services.TryAddSingleton<PostgresCompanyStore>();
        services.AddSingleton<OsmAndCompanySwitch>();
        services.AddSingleton<ISiloCache>(sp => sp.GetRequiredService<OsmAndCompanySwitch>());
        return services;
    }
}
