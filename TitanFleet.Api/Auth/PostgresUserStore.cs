using Npgsql;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Auth;

public sealed class PostgresUserStore(NpgsqlDataSource dataSource) : IUserStore
{
    public Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        FindAsync(AuthQueries.FindUserByEmail, "email", LoginEmail.Normalize(email), cancellationToken);

    public Task<UserAccount?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(AuthQueries.FindUserById, "user", id, cancellationToken);

    private async Task<UserAccount?> FindAsync<T>(NamedQuery query, string parameter, T value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(query);
        command.Parameters.Add(new NpgsqlParameter<T>(parameter, value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new UserAccount(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
            reader.GetString(4), reader.GetString(5), reader.GetString(6));
    }
}
