using System.Text;
using Npgsql;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Rows in every table of the public schema, listed from information_schema on each call so tables
/// added by later migrations (and new partitions) are counted without anyone listing them.
/// </summary>
public sealed class TableRowCounts(string connectionString) : IAsyncDisposable
{
    // Each silo's writer upserts vehicles' live-state snapshots in groups, after the pings that changed
    // them were acknowledged, so a row can land while a later, refused request is being checked. What a
    // ping makes durable before its 2xx (location_history, rollups, presence) is still counted. Geofence
    // occupancy rides with a ping's events, written by the silo's event writer after the 2xx (sql/0210).
    private static readonly HashSet<string> WrittenInTheBackground = new(StringComparer.Ordinal) { "vehicle_live_state", "geofence_occupants" };

    // A ping's events (and their notifications) are written by the silo's event writer after the ping
    // is acknowledged, so only those types are left out; events other requests publish are stored
    // before their 2xx and still counted. The partitioned parents count their partitions' rows.
    private const string PingEventTypes = "'deviceOnline', 'vehicleMoving', 'vehicleStopped', 'overspeed', 'geofenceEntered', 'geofenceExited'";

    private static readonly Dictionary<string, string> CountedWhere = new(StringComparer.Ordinal)
    {
        ["fleet_events"] = $" WHERE type NOT IN ({PingEventTypes})",
        ["notifications"] = $" WHERE event_type NOT IN ({PingEventTypes})",
    };

    private static bool IsPartitionOfFiltered(string table) => CountedWhere.Keys.Any(parent => table.StartsWith(parent + "_", StringComparison.Ordinal));

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<IReadOnlyDictionary<string, long>> ReadAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                if (!WrittenInTheBackground.Contains(table) && !IsPartitionOfFiltered(table)) tables.Add(table);
            }
        }

        var sql = new StringBuilder();
        foreach (var table in tables)
        {
            if (sql.Length > 0) sql.Append(" UNION ALL ");
            var quoted = "\"" + table.Replace("\"", "\"\"") + "\"";
            sql.Append("SELECT ").Append('\'').Append(table.Replace("'", "''")).Append("', count(*) FROM ").Append(quoted).Append(CountedWhere.GetValueOrDefault(table, ""));
        }
        var counts = new Dictionary<string, long>();
        await using var count = new NpgsqlCommand(sql.ToString(), connection);
        await using var rows = await count.ExecuteReaderAsync();
        while (await rows.ReadAsync()) counts[rows.GetString(0)] = rows.GetInt64(1);
        return counts;
    }

    /// <summary>Tables whose row count changed (or that appeared or vanished), with the difference.</summary>
    public static IReadOnlyDictionary<string, long> Difference(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        before.Keys.Union(after.Keys)
            .Select(table => (table, delta: after.GetValueOrDefault(table) - before.GetValueOrDefault(table), changed: before.ContainsKey(table) != after.ContainsKey(table)))
            .Where(entry => entry.delta != 0 || entry.changed)
            .ToDictionary(entry => entry.table, entry => entry.delta);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
