using System.Net;
using Orleans.Configuration;
using Orleans.Storage;
using TitanFleet.Grains;
using TitanFleet.Grains.Storage;
using TitanFleet.Silo.Database;

namespace TitanFleet.Silo.Hosting;

public static class OrleansHosting
{
    /// <summary>
    /// The silo: clustering, grain state and reminders all in PostgreSQL. Grain state is written with
    /// the Orleans binary serializer (version tolerant through [Id]s and [Alias]) rather than JSON
    /// with .NET type names, so renaming a namespace cannot orphan stored state.
    /// </summary>
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
            silo.AddAdoNetGrainStorage(StorageNames.GrainStore, options =>
            {
                options.Invariant = StorageNames.AdoNetInvariant;
                options.ConnectionString = connectionString;
            });
            silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.GrainStore)
                .Configure<Orleans.Serialization.Serializer>((options, serializer) =>
                    options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
            silo.UseAdoNetReminderService(options =>
            {
                options.Invariant = StorageNames.AdoNetInvariant;
                options.ConnectionString = connectionString;
            });
            silo.AddActivityPropagation();
            silo.Services.AddFleetGrainServices(builder.Configuration);
        });
        return builder;
    }
}
