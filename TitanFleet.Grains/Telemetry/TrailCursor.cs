using System.Runtime.CompilerServices;
using Npgsql;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// A vehicle's trail still in the data reader, read fix by fix (columns by ordinal) as the caller writes each out.
/// It holds its connection until disposed.
/// </summary>
public sealed class TrailCursor(NpgsqlConnection connection, NpgsqlBatch batch, NpgsqlDataReader reader) : IAsyncDisposable
{
    public async IAsyncEnumerable<TrailFix> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new TrailFix(
                FixTime: new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero),
                Latitude: reader.GetDouble(1),
                Longitude: reader.GetDouble(2),
                SpeedKmh: NullableDouble(3),
                Heading: NullableDouble(4),
                AccuracyMetres: NullableDouble(5),
                AltitudeMetres: NullableDouble(6),
                OdometerMetres: NullableDouble(7));
        }
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await reader.DisposeAsync();
        await batch.DisposeAsync();
        await connection.DisposeAsync();
    }

    private double? NullableDouble(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
