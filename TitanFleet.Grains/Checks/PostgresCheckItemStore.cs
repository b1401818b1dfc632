using Npgsql;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Checks;

/// <summary>
/// Reads and extends the walkaround item lists. A vehicle type's list is the built-in items (company
/// NULL) followed by the company's own, each in position order; another company's items never appear.
/// </summary>
public sealed class PostgresCheckItemStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "checkItem";

    private const string CompanyCodeIndex = "ux_check_items_company_type_code";

    public async Task<IReadOnlyList<CheckItem>> ListAsync(Guid companyId, string vehicleType, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CheckItemQueries.List);
        return await ReadListAsync(command, companyId, vehicleType, cancellationToken);
    }

    /// <summary>The list inside a transaction that is about to store a check against it.</summary>
    internal static async Task<IReadOnlyList<CheckItem>> ListAsync(AuditedTransaction unit, Guid companyId, string vehicleType, CancellationToken cancellationToken)
    {
        await using var command = unit.Command(CheckItemQueries.List);
        return await ReadListAsync(command, companyId, vehicleType, cancellationToken);
    }

    /// <summary>Adds a company item at the end of its type's list; a code the list already has (built in or the company's) is a duplicate.</summary>
    public async Task<CheckItemWriteResult> CreateAsync(AuditActor actor, CheckItem item, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var builtIn = unit.Command(CheckItemQueries.BuiltInExists);
        builtIn.Parameters.AddWithValue("type", item.VehicleType);
        builtIn.Parameters.AddWithValue("code", item.Code);
        if ((bool)(await builtIn.ExecuteScalarAsync(cancellationToken))!) return new CheckItemWriteResult(CheckItemWriteStatus.DuplicateCode);

        var id = Guid.NewGuid();
        await using var insert = unit.Command(CheckItemQueries.Insert);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        insert.Parameters.AddWithValue("type", item.VehicleType);
        insert.Parameters.AddWithValue("code", item.Code);
        insert.Parameters.AddWithValue("label", item.Label);
        insert.Parameters.AddWithValue("category", item.Category);
        insert.Parameters.AddWithValue("severity", item.DefaultSeverity);
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: CompanyCodeIndex })
        {
            return new CheckItemWriteResult(CheckItemWriteStatus.DuplicateCode);
        }

        var written = item with { BuiltIn = false };
        unit.Record(AuditActions.Create, EntityType, id, AuditChanges.Between(null, new Dictionary<string, object?>
        {
            ["vehicleType"] = written.VehicleType,
            ["code"] = written.Code,
            ["label"] = written.Label,
            ["category"] = written.Category,
            ["defaultSeverity"] = written.DefaultSeverity,
        }));
        await unit.CommitAsync(cancellationToken);
        return new CheckItemWriteResult(CheckItemWriteStatus.Written, written);
    }

    private static async Task<IReadOnlyList<CheckItem>> ReadListAsync(NpgsqlCommand command, Guid companyId, string vehicleType, CancellationToken cancellationToken)
    {
        command.Parameters.AddWithValue("type", vehicleType);
        command.Parameters.AddWithValue("company", companyId);
        var items = new List<CheckItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new CheckItem(
                VehicleType: reader.GetString(0), Code: reader.GetString(1), Label: reader.GetString(2),
                Category: reader.GetString(3), DefaultSeverity: reader.GetString(4), BuiltIn: reader.GetBoolean(5)));
        }
        return items;
    }
}
