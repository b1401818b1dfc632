using System.Net;
using Orleans.Configuration;
using TitanFleet.Grains.Storage;
using TitanFleet.Silo.Database;

namespace TitanFleet.Silo.Hosting;

public static class OrleansHosting
{
    /// <summary>The silo: clustering, grain state and reminders all in PostgreSQL.</summary>
    public static WebApplicationBuilder AddFleetSilo(this WebApplicationBuilder builder)
    {
        var hosting = builder.Configuration.GetSection(OrleansHostingOptions.Section).Get<OrleansHostingOptions>() ?? new OrleansHostingOptions();
        var connectionString = PostgresConnectionString.Build(builder.Configuration);
        var inKubernetes = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("POD_NAMESPACE"));

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = hosting.ClusterId;
                cluster.ServiceId = hosting.ServiceId;
            });
            if (inKubernetes)
                silo.UseKubernetesHosting();
            else
                silo.ConfigureEndpoints(IPAddress.Parse(hosting.AdvertisedAddress), hosting.SiloPort, hosting.GatewayPort, listenOnAnyHostAddress: true);

            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = StorageNames.AdoNetInvariant;
                options.ConnectionString = connectionString;
            });
            silo.AddActivityPropagation();
            silo.AddFleetStorage(connectionString, builder.Configuration);
            // Idle vehicles are deactivated after CollectionAge (Orleans' default); operators, and the
            // memory benchmark (1M vehicles take longer than that to activate here), may set it.
            silo.Services.AddOptions<GrainCollectionOptions>().Bind(builder.Configuration.GetSection("Orleans:GrainCollection"));
        });
        return builder;
    }
}
