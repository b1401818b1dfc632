using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Defects;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Checks;

/// <summary>
/// Stores walkaround checks. A check, the defects its failed items raise, the vehicle's odometer
/// reading and (for a dangerous defect) its off-road status commit in one audited transaction, so a
/// check is never stored without its defects nor a dangerous defect without the vehicle being VOR.
/// </summary>
public sealed class PostgresInspectionStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "inspection";
    public const string DefectEntityType = "defect";

    public async Task<InspectionWriteResult> SubmitAsync(AuditActor actor, InspectionSubmission submission, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        // Locked first: the odometer and status updates below, and a concurrent defect write, queue behind it.
        await using var select = unit.Command(InspectionQueries.LockVehicle);
        select.Parameters.AddWithValue("id", submission.VehicleId);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var vehicle = await PostgresVehicleStore.ReadOneAsync(select, cancellationToken);
        if (vehicle is null || vehicle.Details.Status == VehicleRecordStatuses.Retired) return new InspectionWriteResult(InspectionWriteStatus.VehicleNotFound);

        var items = await PostgresCheckItemStore.ListAsync(unit, actor.CompanyId, vehicle.Details.Type, cancellationToken);
        var errors = InspectionItemRules.Errors(items, submission.Results);
        foreach (var code in await ForeignPhotosAsync(unit, actor.CompanyId, submission, cancellationToken))
        {
            errors[$"{InspectionItemRules.Field(code)}.photoFileIds"] = ["Photos must be files uploaded for this vehicle (entityType=vehicle, entityId=vehicleId)."];
        }
        if (errors.Count > 0) return new InspectionWriteResult(InspectionWriteStatus.Invalid, Errors: errors);

        var byCode = items.ToDictionary(item => item.Code, StringComparer.Ordinal);
        var order = items.Select((item, index) => (item.Code, index)).ToDictionary(pair => pair.Code, pair => pair.index, StringComparer.Ordinal);
        var results = submission.Results
            .OrderBy(result => order[result.ItemCode])
            .Select(result => new InspectionResult(
                ItemCode: result.ItemCode, Label: byCode[result.ItemCode].Label, Category: byCode[result.ItemCode].Category,
                Result: result.Result, Note: result.Note, Severity: result.Severity, PhotoFileIds: result.PhotoFileIds))
            .ToList();
        var failed = results.Where(result => result.Result == CheckOutcomes.Fail).ToList();

        var id = Guid.NewGuid();
        await using var insert = unit.Command(InspectionQueries.Insert);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        insert.Parameters.AddWithValue("vehicle", vehicle.Id);
        insert.Parameters.AddWithValue("driver", submission.DriverId);
        insert.Parameters.AddWithValue("type", vehicle.Details.Type);
        insert.Parameters.AddWithValue("odometer", submission.OdometerKm);
        insert.Parameters.AddWithValue("fuel", submission.FuelLevelPercent);
        insert.Parameters.AddWithValue("results", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(results, JsonSerializerOptions.Web));
        insert.Parameters.AddWithValue("failed", failed.Count);
        DateTimeOffset submittedAt;
        string driverName;
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            submittedAt = reader.GetFieldValue<DateTimeOffset>(0);
            driverName = reader.IsDBNull(1) ? "" : reader.GetString(1);
        }

        var defects = new List<InspectionDefect>();
        foreach (var result in failed)
        {
            var severity = result.Severity ?? byCode[result.ItemCode].DefaultSeverity;
            defects.Add(await RaiseDefectAsync(unit, actor.CompanyId, id, vehicle.Id, submission, result, severity, cancellationToken));
        }

        await RecordOdometerAsync(unit, vehicle, submission.OdometerKm, cancellationToken);
        var vehicleChange = defects.Any(defect => defect.Severity == CheckSeverities.Dangerous)
            ? await VehicleRoadworthiness.SyncAsync(unit, actor.CompanyId, vehicle.Id, cancellationToken)
            : null;

        var record = new InspectionRecord(
            Id: id, CompanyId: actor.CompanyId, VehicleId: vehicle.Id, Registration: vehicle.Details.Registration, VehicleType: vehicle.Details.Type,
            DriverId: submission.DriverId, DriverName: driverName, OdometerKm: submission.OdometerKm, FuelLevelPercent: submission.FuelLevelPercent,
            SubmittedAt: submittedAt, NilDefect: failed.Count == 0, Results: results, Defects: defects);
        unit.Record(AuditActions.Create, EntityType, id, AuditChanges.Between(null, new Dictionary<string, object?>
        {
            ["vehicleId"] = record.VehicleId,
            ["driverId"] = record.DriverId,
            ["odometerKm"] = record.OdometerKm,
            ["fuelLevelPercent"] = record.FuelLevelPercent,
            ["failedItems"] = failed.Count,
            ["nilDefect"] = record.NilDefect,
        }));
        await unit.CommitAsync(cancellationToken);
        return new InspectionWriteResult(InspectionWriteStatus.Written, record, VehicleChange: vehicleChange);
    }

    /// <summary>The item codes whose photos are not live files of this vehicle in this company.</summary>
    private static async Task<IReadOnlyList<string>> ForeignPhotosAsync(AuditedTransaction unit, Guid companyId, InspectionSubmission submission, CancellationToken cancellationToken)
    {
        var wanted = submission.Results.SelectMany(result => result.PhotoFileIds).Distinct().ToArray();
        if (wanted.Length == 0) return [];
        await using var command = unit.Command(InspectionQueries.LiveVehiclePhotos);
        command.Parameters.AddWithValue("ids", wanted);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("vehicle", submission.VehicleId);
        var found = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) found.Add(reader.GetGuid(0));
        return [.. submission.Results.Where(result => result.PhotoFileIds.Any(photo => !found.Contains(photo))).Select(result => result.ItemCode).Distinct()];
    }

    private static async Task<InspectionDefect> RaiseDefectAsync(
        AuditedTransaction unit, Guid companyId, Guid inspectionId, Guid vehicleId, InspectionSubmission submission,
        InspectionResult result, string severity, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var description = $"{result.Label}: {result.Note}";
        await using var insert = unit.Command(InspectionQueries.InsertDefect);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("company", companyId);
        insert.Parameters.AddWithValue("vehicle", vehicleId);
        insert.Parameters.AddWithValue("inspection", inspectionId);
        insert.Parameters.AddWithValue("item", result.ItemCode);
        insert.Parameters.AddWithValue("category", result.Category);
        insert.Parameters.AddWithValue("description", description);
        insert.Parameters.AddWithValue("severity", severity);
        insert.Parameters.AddWithValue("driver", submission.DriverId);
        insert.Parameters.AddWithValue("odometer", submission.OdometerKm);
        insert.Parameters.AddWithValue("photos", result.PhotoFileIds.ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
        unit.Record(AuditActions.Create, DefectEntityType, id, AuditChanges.Between(null, new Dictionary<string, object?>
        {
            ["vehicleId"] = vehicleId,
            ["inspectionId"] = inspectionId,
            ["itemCode"] = result.ItemCode,
            ["category"] = result.Category,
            ["description"] = description,
            ["severity"] = severity,
            ["status"] = "reported",
            ["odometerKm"] = submission.OdometerKm,
        }));
        return new InspectionDefect(id, result.ItemCode, severity);
    }

    /// <summary>A check's odometer is a reading of the live odometer: the register's mileage never goes back.</summary>
    private static async Task RecordOdometerAsync(AuditedTransaction unit, VehicleRecord vehicle, int odometerKm, CancellationToken cancellationToken)
    {
        if (odometerKm <= vehicle.Details.MileageKm) return;
        await using var update = unit.Command(InspectionQueries.UpdateMileage);
        update.Parameters.AddWithValue("id", vehicle.Id);
        update.Parameters.AddWithValue("company", vehicle.CompanyId);
        update.Parameters.AddWithValue("mileage", odometerKm);
        var written = (await PostgresVehicleStore.ReadOneAsync(update, cancellationToken))!;
        unit.Record(AuditActions.Update, PostgresVehicleStore.EntityType, vehicle.Id, AuditChanges.Between(vehicle.AuditFields(), written.AuditFields()));
    }
}
