using Npgsql;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Defects;

/// <summary>
/// A defect's comments and rectifications. Reads and writes first find the defect in the caller's
/// scope (a driver: only what they reported), so anything outside it answers like a missing defect.
/// A rectification resolves its defect in the same audited transaction and, when it was the
/// vehicle's last open dangerous defect, returns the vehicle to service there too.
/// </summary>
public sealed class PostgresDefectWorkStore(NpgsqlDataSource dataSource)
{
    public const string CommentEntityType = "defect_comment";
    public const string RectificationEntityType = "rectification";


    /// <summary>The defect's comments, oldest first; null when the defect is outside the scope.</summary>
    public async Task<IReadOnlyList<DefectComment>?> ListCommentsAsync(DefectScope scope, Guid defectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DefectQueries.ListComments);
        command.Parameters.AddWithValue("id", defectId);
        DefectRows.AddScope(command, scope);
        var rows = await ReadCommentsAsync(command, cancellationToken);
        return rows.Count > 0 || await ExistsAsync(scope, defectId, cancellationToken) ? rows : null;
    }

    /// <summary>The defect's rectifications, oldest first; null when the defect is outside the scope.</summary>
    public async Task<IReadOnlyList<Rectification>?> ListRectificationsAsync(DefectScope scope, Guid defectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DefectQueries.ListRectifications);
        command.Parameters.AddWithValue("id", defectId);
        DefectRows.AddScope(command, scope);
        var rows = await ReadRectificationsAsync(command, cancellationToken);
        return rows.Count > 0 || await ExistsAsync(scope, defectId, cancellationToken) ? rows : null;
    }

    /// <summary>
    /// Adds a timestamped comment by the actor and bumps the defect's version, so an update based on a
    /// read that did not show the comment is refused as stale; null when the defect is outside the scope.
    /// </summary>
    public async Task<DefectCommentWritten?> AddCommentAsync(AuditActor actor, DefectScope scope, Guid defectId, string body, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var find = unit.Command(DefectQueries.Lock);
        if (await DefectRows.FindAsync(find, scope, defectId, cancellationToken) is null) return null;

        var commentId = Guid.NewGuid();
        await using var insert = unit.Command(DefectQueries.InsertComment);
        insert.Parameters.AddWithValue("id", commentId);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        insert.Parameters.AddWithValue("defect", defectId);
        insert.Parameters.AddWithValue("author", actor.UserId ?? throw new InvalidOperationException("A comment is written by a signed-in user"));
        insert.Parameters.AddWithValue("body", body);
        var comment = (await ReadCommentsAsync(insert, cancellationToken))[0];
        unit.Record(AuditActions.Create, CommentEntityType, commentId, AuditChanges.Between(null, comment.AuditFields()));

        await using var bump = unit.Command(DefectQueries.Bump);
        bump.Parameters.AddWithValue("id", defectId);
        var version = (int)(await bump.ExecuteScalarAsync(cancellationToken))!;
        await unit.CommitAsync(cancellationToken);
        return new DefectCommentWritten(comment, version);
    }

    /// <summary>
    /// Signs off the defect as the actor (the mechanic of record, now) and resolves it, if the flow
    /// allows the outcome from its status.
    /// </summary>
    public async Task<DefectWriteResult> RectifyAsync(AuditActor actor, Guid defectId, NewRectification rectification, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(DefectQueries.Lock);
        var current = await DefectRows.FindAsync(select, new DefectScope(actor.CompanyId, null), defectId, cancellationToken);
        if (current is null) return new DefectWriteResult(DefectWriteStatus.NotFound);
        if (!DefectStatusFlow.CanResolveAs(current.Status, rectification.Outcome))
            return new DefectWriteResult(DefectWriteStatus.StatusRefused, current, Refusal: RectifyRefusal(current.Status, rectification.Outcome));

        var rectificationId = Guid.NewGuid();
        await using var insert = unit.Command(DefectQueries.InsertRectification);
        insert.Parameters.AddWithValue("id", rectificationId);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        insert.Parameters.AddWithValue("defect", defectId);
        insert.Parameters.AddWithValue("vehicle", current.VehicleId);
        insert.Parameters.AddWithValue("mechanic", actor.UserId ?? throw new InvalidOperationException("A rectification is signed off by a signed-in user"));
        insert.Parameters.AddWithValue("outcome", DefectStatuses.ToStored(rectification.Outcome));
        insert.Parameters.Add(Text("workDone", rectification.WorkDone));
        insert.Parameters.Add(Text("parts", rectification.Parts));
        insert.Parameters.Add(new NpgsqlParameter<int?>("cost", rectification.CostPence));
        insert.Parameters.Add(Text("reason", rectification.Reason));
        var written = (await ReadRectificationsAsync(insert, cancellationToken))[0];
        unit.Record(AuditActions.Create, RectificationEntityType, rectificationId, AuditChanges.Between(null, written.AuditFields()));

        await using var resolve = unit.Command(DefectQueries.Resolve);
        resolve.Parameters.AddWithValue("id", defectId);
        resolve.Parameters.AddWithValue("status", DefectStatuses.ToStored(rectification.Outcome));
        await resolve.ExecuteNonQueryAsync(cancellationToken);
        var resolved = (await PostgresDefectStore.ReadAsync(unit, actor, defectId, cancellationToken))!;
        unit.Record(AuditActions.Update, PostgresDefectStore.EntityType, defectId, AuditChanges.Between(current.AuditFields(), resolved.AuditFields()));

        var vehicleChange = await VehicleRoadworthiness.SyncAsync(unit, actor.CompanyId, current.VehicleId, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new DefectWriteResult(DefectWriteStatus.Written, resolved, vehicleChange, written);
    }

    private static string RectifyRefusal(string from, string outcome) =>
        DefectStatuses.IsResolved(from) ? $"The defect is already {from} and can no longer change."
        : $"A defect is signed off as {outcome} only once work is in progress (it is {from}).";

    private async Task<bool> ExistsAsync(DefectScope scope, Guid defectId, CancellationToken cancellationToken) =>
        await FindInScopeAsync(scope, defectId, cancellationToken) is not null;

    private async Task<DefectRecord?> FindInScopeAsync(DefectScope scope, Guid defectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DefectQueries.Find);
        return await DefectRows.FindAsync(command, scope, defectId, cancellationToken);
    }

    private static async Task<List<DefectComment>> ReadCommentsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<DefectComment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DefectComment(Id: reader.GetGuid(0), DefectId: reader.GetGuid(1), AuthorId: reader.GetGuid(2),
                AuthorName: reader.GetString(3), Body: reader.GetString(4), CreatedAt: reader.GetFieldValue<DateTimeOffset>(5)));
        }
        return rows;
    }

    private static async Task<List<Rectification>> ReadRectificationsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<Rectification>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Rectification(
                Id: reader.GetGuid(0), DefectId: reader.GetGuid(1), VehicleId: reader.GetGuid(2), MechanicId: reader.GetGuid(3),
                MechanicName: reader.GetString(4), Outcome: DefectStatuses.FromStored(reader.GetString(5)),
                WorkDone: reader.IsDBNull(6) ? null : reader.GetString(6), Parts: reader.IsDBNull(7) ? null : reader.GetString(7),
                CostPence: reader.IsDBNull(8) ? null : reader.GetInt32(8), Reason: reader.IsDBNull(9) ? null : reader.GetString(9),
                SignedOffAt: reader.GetFieldValue<DateTimeOffset>(10)));
        }
        return rows;
    }

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
