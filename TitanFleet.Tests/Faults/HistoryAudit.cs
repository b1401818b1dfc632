using Npgsql;

namespace TitanFleet.Tests.Faults;

/// <summary>Acknowledged fixes against location history: each must be there exactly once.</summary>
public sealed record HistoryAudit(int Acknowledged, int StoredOnce, int Missing, int Duplicated, long StoredRows)
{
    /// <summary>Rows stored whose acknowledgement never reached the client (a fix committed as its silo died): allowed, not lost.</summary>
    public long StoredUnacknowledged => StoredRows - StoredOnce - Duplicated;

    public static async Task<HistoryAudit> RunAsync(string connectionString, Guid companyId, IReadOnlyCollection<AckedFix> acked)
    {
        var stored = new Dictionary<(Guid, DateTimeOffset), long>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT vehicle_id, fix_time, count(*) FROM location_history WHERE company_id = @company GROUP BY vehicle_id, fix_time", connection);
            command.Parameters.AddWithValue("company", companyId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                stored[(reader.GetGuid(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero))] = reader.GetInt64(2);
        }
        var once = acked.Count(a => stored.GetValueOrDefault((a.VehicleId, a.FixTime)) == 1);
        var missing = acked.Count(a => !stored.ContainsKey((a.VehicleId, a.FixTime)));
        var duplicated = acked.Count(a => stored.GetValueOrDefault((a.VehicleId, a.FixTime)) > 1);
        return new HistoryAudit(acked.Count, once, missing, duplicated, stored.Values.Sum());
    }
}
