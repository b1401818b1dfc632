using Npgsql;

namespace TitanFleet.Grains.Storage;

/// <summary>Creates Npgsql commands from declared queries only.</summary>
public static class NamedQueryCommands
{
    public static NpgsqlCommand CreateCommand(this NpgsqlDataSource dataSource, NamedQuery query) =>
        dataSource.CreateCommand(query.Sql);

    public static NpgsqlCommand CreateCommand(this NpgsqlConnection connection, NamedQuery query, NpgsqlTransaction? transaction = null) =>
        new(query.Sql, connection, transaction);
}
