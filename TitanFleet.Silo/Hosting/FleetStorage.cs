using Npgsql;
using Orleans.Configuration;
using Orleans.Storage;
using TitanFleet.Grains;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Silo.Hosting;

public static class FleetStorage
{
    /// <summary>
    /// Grain state and reminders in PostgreSQL plus the services grains need; shared by the silo and
    /// the TestingHost clusters so grain tests run on exactly this configuration. Grain state is
    /// written with the Orleans binary serializer (version tolerant through [Id]s and [Alias]) rather
    /// than JSON with .NET type names, so renaming a namespace cannot orphan stored state.
    /// </summary>
    public static ISiloBuilder AddFleetStorage(this ISiloBuilder silo, string connectionString, IConfiguration configuration)
    {
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
        silo.Services.AddFleetGrainServices(configuration);
        silo.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        return silo;
    }
}
