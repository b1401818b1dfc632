using Npgsql;

namespace TitanFleet.Grains.Storage;

/// <summary>
/// Creates Npgsql commands from declared queries only. This is the one place the banned raw-SQL
/// constructors are allowed (BannedSymbols.txt), so every statement the service sends has a name
/// the plan check can find.
/// </summary>
public static class NamedQueryCommands
{
#pragma warning disable RS0030 // The sanctioned wrappers around the banned raw-SQL APIs.
    public static NpgsqlCommand CreateCommand(this NpgsqlDataSource dataSource, NamedQuery query) =>
        dataSource.CreateCommand(query.Sql);

    public static NpgsqlCommand CreateCommand(this NpgsqlConnection connection, NamedQuery query, NpgsqlTransaction? transaction = null) =>
        new(query.Sql, connection, transaction);

    public static NpgsqlBatchCommand CreateBatchCommand(this NamedQuery query, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(query.Sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static Task<NpgsqlBinaryImporter> BeginBinaryImportAsync(this NpgsqlConnection connection, NamedQuery copy, CancellationToken cancellationToken) =>
        connection.BeginBinaryImportAsync(copy.Sql, cancellationToken);
#pragma warning restore RS0030
}
