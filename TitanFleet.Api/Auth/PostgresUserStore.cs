using Npgsql;

namespace TitanFleet.Api.Auth;

public sealed class PostgresUserStore(NpgsqlDataSource dataSource) : IUserStore
{
    private const string Select = """
        SELECT u.id, u.company_id, c.name, u.email, u.display_name, u.role, u.password_hash
        FROM users u JOIN companies c ON c.id = u.company_id
        WHERE u.deleted_at IS NULL AND
        """;

    public Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        FindAsync($"{Select} u.email = @value", LoginEmail.Normalize(email), cancellationToken);

    public Task<UserAccount?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync($"{Select} u.id = @value", id, cancellationToken);

    private async Task<UserAccount?> FindAsync<T>(string sql, T value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<T>("value", value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new UserAccount(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
            reader.GetString(4), reader.GetString(5), reader.GetString(6));
    }
}
