using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Audit;

/// <summary>
/// The one write path for records: the change and its audit entries commit in one transaction, or
/// neither does. A store runs its commands through <see cref="Command"/>, records what it changed,
/// and commits; committing without an audit entry is refused, so no write can skip the log.
/// </summary>
public sealed class AuditedTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly AuditActor _actor;
    private readonly List<(string Action, string EntityType, Guid EntityId, string Changes)> _entries = [];

    private AuditedTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditActor actor)
    {
        _connection = connection;
        _transaction = transaction;
        _actor = actor;
    }

    public static async Task<AuditedTransaction> BeginAsync(NpgsqlDataSource dataSource, AuditActor actor, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return new AuditedTransaction(connection, await connection.BeginTransactionAsync(cancellationToken), actor);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public NpgsqlCommand Command(NamedQuery query) => _connection.CreateCommand(query, _transaction);

    public void Record(string action, string entityType, Guid entityId, IReadOnlyDictionary<string, AuditFieldChange> changes) =>
        _entries.Add((action, entityType, entityId, JsonSerializer.Serialize(changes, JsonSerializerOptions.Web)));

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_entries.Count == 0) throw new InvalidOperationException("A record write must record its audit entry before it commits.");
        foreach (var (action, entityType, entityId, changes) in _entries)
        {
            await using var insert = Command(AuditQueries.Insert);
            insert.Parameters.AddWithValue("company", _actor.CompanyId);
            insert.Parameters.Add(new NpgsqlParameter<Guid?>("user", _actor.UserId));
            insert.Parameters.AddWithValue("action", action);
            insert.Parameters.AddWithValue("entityType", entityType);
            insert.Parameters.AddWithValue("entityId", entityId);
            insert.Parameters.AddWithValue("changes", NpgsqlDbType.Jsonb, changes);
            insert.Parameters.Add(new NpgsqlParameter("requestId", NpgsqlDbType.Text) { Value = (object?)_actor.RequestId ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("clientAddress", NpgsqlDbType.Inet) { Value = (object?)_actor.ClientAddress ?? DBNull.Value });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
