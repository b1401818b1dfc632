using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>
/// Rows the shift rules read, inserted straight into the database: walkaround checks and defects are
/// other features' writes, and a shift test needs only that they exist. Also extra drivers who can sign in.
/// </summary>
public static class ShiftRows
{
    public static async Task<Guid> UserIdAsync(string connectionString, string email) =>
        await ScalarAsync<Guid>(connectionString, "SELECT id FROM users WHERE email = @email", ("email", email));

    /// <summary>A nil-defect check of the vehicle by the driver, submitted at <paramref name="submittedAt"/> (default now).</summary>
    public static async Task<Guid> InsertCheckAsync(string connectionString, TestCompany company, Guid vehicleId, Guid driverId, DateTimeOffset? submittedAt = null, int odometerKm = 120_000)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(connectionString, """
            INSERT INTO inspections (id, company_id, vehicle_id, driver_id, vehicle_type, odometer_km, fuel_level_percent, results, failed_items, nil_defect, submitted_at)
            VALUES (@id, @company, @vehicle, @driver, 'hgv', @odometer, 80, '[]', 0, true, @submitted)
            """,
            ("id", id), ("company", company.CompanyId), ("vehicle", vehicleId), ("driver", driverId), ("odometer", odometerKm),
            ("submitted", submittedAt ?? DateTimeOffset.UtcNow));
        return id;
    }

    public static async Task<Guid> InsertDangerousDefectAsync(string connectionString, TestCompany company, Guid vehicleId, Guid reporterId, string description)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(connectionString, """
            INSERT INTO defects (id, company_id, vehicle_id, category, description, severity, reported_by)
            VALUES (@id, @company, @vehicle, 'brakes', @description, 'dangerous', @reporter)
            """,
            ("id", id), ("company", company.CompanyId), ("vehicle", vehicleId), ("description", description), ("reporter", reporterId));
        return id;
    }

    /// <summary>Another driver of the company who can sign in with <see cref="TestCompany.Password"/>.</summary>
    public static async Task<(Guid Id, string Email)> InsertDriverAsync(string connectionString, TestCompany company, string name)
    {
        var id = Guid.NewGuid();
        var email = $"driver.{id:N}@test.titanfleet.test";
        var hash = TestCompanyFactory.PasswordHash;
        await ExecuteAsync(connectionString,
            "INSERT INTO users (id, company_id, email, display_name, role, password_hash) VALUES (@id, @company, @email, @name, 'driver', @hash)",
            ("id", id), ("company", company.CompanyId), ("email", email), ("name", name), ("hash", hash));
        return (id, email);
    }

    public static async Task<long> AuditEntriesAsync(string connectionString, string entityType, Guid entityId) =>
        await ScalarAsync<long>(connectionString, "SELECT count(*) FROM audit_log WHERE entity_type = @type AND entity_id = @id", ("type", entityType), ("id", entityId));

    private static async Task ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
