using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Faults;

/// <summary>The cluster's membership table as Orleans keeps it (status 3 Active, 6 Dead).</summary>
public static class MembershipQueries
{
    public const int Active = 3;
    public const int Dead = 6;

    /// <summary>Status of the newest incarnation of <paramref name="silo"/> (by its silo port), or null before it joins.</summary>
    public static async Task<int?> StatusAsync(string connectionString, string clusterId, SiloProcess silo)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM orleans_membership WHERE deployment_id = @cluster AND port = @port ORDER BY generation DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        command.Parameters.AddWithValue("port", silo.SiloPort);
        return await command.ExecuteScalarAsync() is int status ? status : null;
    }

    /// <summary>Polls until the silo has the status; returns when it was first seen, or null after <paramref name="timeout"/>.</summary>
    public static async Task<DateTimeOffset?> WaitForStatusAsync(string connectionString, string clusterId, SiloProcess silo, int status, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await StatusAsync(connectionString, clusterId, silo) == status) return DateTimeOffset.UtcNow;
            await Task.Delay(100);
        }
        return null;
    }
}
