using Npgsql;

namespace TitanFleet.Tests.Reminders;

/// <summary>What the database holds for a reminder and for the company's Orleans reminder.</summary>
public static class ReminderRows
{
    public static async Task<(string Status, int Level)> StandingAsync(string connectionString, Guid reminderId)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT status, escalation_level FROM reminders WHERE id = @id");
        command.Parameters.AddWithValue("id", reminderId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no reminder {reminderId}");
        return (reader.GetString(0), reader.GetInt32(1));
    }

    /// <summary>When the company's Orleans reminder next fires, as the reminder table stores it (null when it has none).</summary>
    public static async Task<DateTimeOffset?> NextWakeAsync(string connectionString, Guid companyId)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT start_time FROM orleans_reminder WHERE grain_id LIKE @key");
        command.Parameters.AddWithValue("key", $"%{companyId:N}%");
        return await command.ExecuteScalarAsync() is DateTime start ? new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)) : null;
    }
}
