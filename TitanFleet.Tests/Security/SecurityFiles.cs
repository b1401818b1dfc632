using System.Collections.Concurrent;
using System.Security.Cryptography;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Two stored files per company of the security world, uploaded by its admin for its first vehicle:
/// one the table's reads name, and one its DELETE row names (deleting is idempotent, so every allowed
/// caller's delete answers 204 while the reads keep finding the first).
/// </summary>
public static class SecurityFiles
{
    private static readonly ConcurrentDictionary<Guid, (Guid Kept, Guid Deletable)> Files = new();

    public static Guid Kept(TestCompany company) => Files[company.CompanyId].Kept;

    public static Guid Deletable(TestCompany company) => Files[company.CompanyId].Deletable;

    public static IEnumerable<string> Ids(TestCompany company) =>
        Files.TryGetValue(company.CompanyId, out var ids) ? [ids.Kept.ToString(), ids.Deletable.ToString()] : [];

    public static async Task InsertAsync(string connectionString, TestCompany company)
    {
        var ids = (Kept: Guid.NewGuid(), Deletable: Guid.NewGuid());
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var id in new[] { ids.Kept, ids.Deletable })
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO files (id, company_id, entity_type, entity_id, file_name, content_type, size_bytes, sha256, uploaded_by)
                SELECT @id, @company, 'vehicle', @vehicle, 'photo.png', 'image/png', @size, @sha256, id FROM users WHERE email = @admin;
                INSERT INTO file_contents (file_id, content) VALUES (@id, @content);
                """, connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("company", company.CompanyId);
            command.Parameters.AddWithValue("vehicle", company.Vehicles[0].VehicleId);
            command.Parameters.AddWithValue("size", (long)Api.Files.FileSamples.Png.Length);
            command.Parameters.AddWithValue("sha256", SHA256.HashData(Api.Files.FileSamples.Png));
            command.Parameters.AddWithValue("admin", company.Email("admin"));
            command.Parameters.AddWithValue("content", Api.Files.FileSamples.Png);
            await command.ExecuteNonQueryAsync();
        }
        Files[company.CompanyId] = ids;
    }
}
