using Microsoft.AspNetCore.Identity;
using Npgsql;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Devices;

namespace TitanFleet.Tests.Fixtures;

/// <summary>Inserts a company straight into the database a running silo has migrated (there is no admin API yet).</summary>
public static class TestCompanyFactory
{
    private static readonly Lazy<string> SharedPasswordHash = new(() =>
        new PasswordHasher<UserAccount>().HashPassword(new UserAccount(Guid.Empty, Guid.Empty, "", "", "", "", ""), TestCompany.Password));

    /// <summary>
    /// A hash of <see cref="TestCompany.Password"/> (salt included) that every test user shares. Hashing is
    /// deliberately slow (PBKDF2) and ran once per user of every test's company, a good part of the suite's
    /// CPU on two cores; sign-in still verifies the hash in full, which is what tests of it exercise.
    /// </summary>
    public static string PasswordHash => SharedPasswordHash.Value;

    public static async Task<TestCompany> CreateAsync(string connectionString, int vehicleCount)
    {
        var companyId = Guid.NewGuid();
        var name = $"Test Fleet {companyId:N}"[..20];
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "INSERT INTO companies (id, name) VALUES (@id, @name)", ("id", companyId), ("name", name));

        var emails = new Dictionary<string, string>();
        foreach (var role in Roles.UserRoles)
        {
            var id = Guid.NewGuid();
            var email = $"{role}.{id:N}@test.titanfleet.test";
            await ExecuteAsync(connection,
                "INSERT INTO users (id, company_id, email, display_name, role, password_hash) VALUES (@id, @company, @email, @name, @role, @hash)",
                ("id", id), ("company", companyId), ("email", email), ("name", $"Test {role}"), ("role", role),
                ("hash", PasswordHash));
            emails[role] = email;
        }

        var vehicles = new List<TestVehicle>();
        for (var i = 0; i < vehicleCount; i++)
        {
            var vehicleId = Guid.NewGuid();
            var deviceId = Guid.NewGuid();
            var secret = DeviceToken.NewSecret();
            var registration = Registration(i);
            var uniqueId = $"test-{deviceId:N}";
            await ExecuteAsync(connection, "INSERT INTO vehicles (id, company_id, registration, vehicle_type) VALUES (@id, @company, @registration, 'hgv')",
                ("id", vehicleId), ("company", companyId), ("registration", registration));
            await ExecuteAsync(connection,
                "INSERT INTO devices (id, company_id, vehicle_id, unique_id, token_sha256, name) VALUES (@id, @company, @vehicle, @unique, @hash, 'test phone')",
                ("id", deviceId), ("company", companyId), ("vehicle", vehicleId), ("unique", uniqueId), ("hash", DeviceToken.Hash(secret)));
            vehicles.Add(new TestVehicle(vehicleId, registration, deviceId, DeviceToken.Format(deviceId, secret), uniqueId));
        }
        await transaction.CommitAsync();
        return new TestCompany(companyId, name, emails, vehicles);
    }

    /// <summary>A current-format UK registration as the register stores it (no space): index digits, random letters.</summary>
    public static string Registration(int index)
    {
        const string letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        var random = Random.Shared;
        char Letter() => letters[random.Next(letters.Length)];
        return $"T{Letter()}{index % 100:D2}{Letter()}{Letter()}{Letter()}";
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameterName, value) in parameters) command.Parameters.AddWithValue(parameterName, value);
        await command.ExecuteNonQueryAsync();
    }
}
