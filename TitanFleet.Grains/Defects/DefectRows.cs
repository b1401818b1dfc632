using Npgsql;

namespace TitanFleet.Grains.Defects;

/// <summary>How the defect stores select and read a defect row with its vehicle's registration and the people's names.</summary>
internal static class DefectRows
{
    public static void AddScope(NpgsqlCommand command, DefectScope scope)
    {
        command.Parameters.AddWithValue("company", scope.CompanyId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("reporter", scope.ReporterId));
    }

    /// <summary>Reads the defect in scope with <see cref="DefectQueries.Find"/>, or <see cref="DefectQueries.Lock"/> so concurrent writes queue.</summary>
    public static async Task<DefectRecord?> FindAsync(NpgsqlCommand command, DefectScope scope, Guid defectId, CancellationToken cancellationToken)
    {
        command.Parameters.AddWithValue("id", defectId);
        AddScope(command, scope);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public static async Task<List<DefectRecord>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<DefectRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader));
        return rows;
    }

    private static DefectRecord Read(NpgsqlDataReader reader) => new(
        Id: reader.GetGuid(0),
        CompanyId: reader.GetGuid(1),
        VehicleId: reader.GetGuid(2),
        Registration: reader.GetString(3),
        InspectionId: reader.IsDBNull(4) ? null : reader.GetGuid(4),
        ItemCode: reader.IsDBNull(5) ? null : reader.GetString(5),
        Category: reader.GetString(6),
        Description: reader.GetString(7),
        Severity: reader.GetString(8),
        Status: DefectStatuses.FromStored(reader.GetString(9)),
        ReportedBy: reader.GetGuid(10),
        ReportedByName: reader.GetString(11),
        ReportedAt: reader.GetFieldValue<DateTimeOffset>(12),
        OdometerKm: reader.IsDBNull(13) ? null : reader.GetInt32(13),
        PhotoFileIds: reader.GetFieldValue<Guid[]>(14),
        AssignedTo: reader.IsDBNull(15) ? null : reader.GetGuid(15),
        AssignedToName: reader.IsDBNull(16) ? null : reader.GetString(16),
        ResolvedAt: reader.IsDBNull(17) ? null : reader.GetFieldValue<DateTimeOffset>(17),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(18),
        Version: reader.GetInt32(19));
}
