using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// Opens a vehicle's trail for streaming: the company check and the fixes go in one batch (one round trip), and the
/// fixes stay in the reader for the caller to write out (<see cref="TrailCursor"/>) instead of being gathered into a list.
/// </summary>
public sealed class PostgresTrailStore(NpgsqlDataSource dataSource)
{
    /// <summary>The open trail, or null when the vehicle is not the company's (another company's answers like a missing one).</summary>
    public async Task<TrailCursor?> OpenAsync(
        Guid companyId, Guid vehicleId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlBatch? batch = null;
        NpgsqlDataReader? reader = null;
        try
        {
            batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    TrailQueries.VehicleInCompany.CreateBatchCommand(Vehicle(vehicleId), Company(companyId)),
                    TrailQueries.Fixes.CreateBatchCommand(
                        Vehicle(vehicleId), Company(companyId),
                        new NpgsqlParameter<DateTime>("from", from.UtcDateTime) { NpgsqlDbType = NpgsqlDbType.TimestampTz },
                        new NpgsqlParameter<DateTime>("to", to.UtcDateTime) { NpgsqlDbType = NpgsqlDbType.TimestampTz },
                        new NpgsqlParameter<int>("limit", limit)),
                },
            };
            reader = await batch.ExecuteReaderAsync(cancellationToken);
            var owned = await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0);
            if (owned && await reader.NextResultAsync(cancellationToken)) return new TrailCursor(connection, batch, reader);
        }
        catch
        {
            await DisposeAsync(connection, batch, reader);
            throw;
        }
        await DisposeAsync(connection, batch, reader);
        return null;
    }

    private static NpgsqlParameter<Guid> Vehicle(Guid vehicleId) => new("vehicle", vehicleId);

    private static NpgsqlParameter<Guid> Company(Guid companyId) => new("company", companyId);

    private static async Task DisposeAsync(NpgsqlConnection connection, NpgsqlBatch? batch, NpgsqlDataReader? reader)
    {
        if (reader is not null) await reader.DisposeAsync();
        if (batch is not null) await batch.DisposeAsync();
        await connection.DisposeAsync();
    }
}
