using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using TitanFleet.Grains.Storage;
using TitanFleet.Silo.Database;
using TitanFleet.Silo.Demo;

namespace TitanFleet.Silo.Hosting;

public static class OrleansHosting
{
    /// <summary>The silo: clustering, grain state and reminders all in PostgreSQL.</summary>
    public static WebApplicationBuilder AddFleetSilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrleansHostingOptions>().BindConfiguration(OrleansHostingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OrleansHostingOptions>, OrleansHostingOptionsValidator>();

        var podIp = Environment.GetEnvironmentVariable("POD_IP");
        var inKubernetes = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("POD_NAMESPACE"));
        var hosting = builder.Configuration.GetSection(OrleansHostingOptions.Section).Get<OrleansHostingOptions>() ?? new OrleansHostingOptions();
        if (inKubernetes && !string.IsNullOrEmpty(podIp)) hosting.AdvertisedAddress = podIp;
        // The endpoints are needed now, while the silo is configured, not when the host starts.
        var validation = new OrleansHostingOptionsValidator().Validate(null, hosting);
        if (validation.Failed) throw new OptionsValidationException(OrleansHostingOptions.Section, typeof(OrleansHostingOptions), validation.Failures);
        var connectionString = PostgresConnectionString.Build(builder.Configuration);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = hosting.ClusterId;
                cluster.ServiceId = hosting.ServiceId;
            });
            silo.Configure<EndpointOptions>(endpoints => ConfigureEndpoints(endpoints, hosting));
            if (hosting.SiloName is { } siloName)
            {
                silo.Configure<SiloOptions>(options => options.SiloName = siloName);
                silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SupersededIncarnations>();
            }
            silo.Services.AddOptions<ClusterMembershipOptions>().Bind(builder.Configuration.GetSection("Orleans:Membership"));
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, DemoReminderArming>();
            // Kubernetes hosting only fills endpoint settings left unset, so the ones above stand.
            if (inKubernetes) silo.UseKubernetesHosting();

            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = StorageNames.AdoNetInvariant;
                options.ConnectionString = connectionString;
            });
            silo.AddActivityPropagation();
            // Orleans carries only System and Microsoft exceptions across silos as themselves; any other
            // becomes a serialization error, so a database failure in a grain on another silo would answer
            // 500 instead of the 503 DatabaseUnavailableExceptionHandler gives it. Npgsql's carry their
            // message and inner exception, which is what NpgsqlException.IsTransient looks at.
            silo.Services.Configure<ExceptionSerializationOptions>(options => options.SupportedNamespacePrefixes.Add("Npgsql"));
            silo.AddFleetStorage(connectionString, builder.Configuration);
            // Idle vehicles are deactivated after CollectionAge (Orleans' default); operators, and the
            // memory benchmark (1M vehicles take longer than that to activate here), may set it.
            silo.Services.AddOptions<GrainCollectionOptions>().Bind(builder.Configuration.GetSection("Orleans:GrainCollection"));
        });
        return builder;
    }

    /// <summary>Silo-to-silo traffic on the advertised address only; a gateway only when a port is configured.</summary>
    private static void ConfigureEndpoints(EndpointOptions endpoints, OrleansHostingOptions hosting)
    {
        var address = IPAddress.Parse(hosting.AdvertisedAddress);
        endpoints.AdvertisedIPAddress = address;
        endpoints.SiloPort = hosting.SiloPort;
        endpoints.SiloListeningEndpoint = new IPEndPoint(address, hosting.SiloPort);
        endpoints.GatewayPort = hosting.GatewayPort;
        endpoints.GatewayListeningEndpoint = hosting.GatewayPort > 0 ? new IPEndPoint(address, hosting.GatewayPort) : null;
    }
}
