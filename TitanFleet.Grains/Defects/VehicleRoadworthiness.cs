using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Defects;

/// <summary>
/// Keeps a vehicle's register status in step with its open dangerous defects, inside the audited
/// transaction that changed a defect: an open dangerous defect makes an active (or in-maintenance)
/// vehicle "vor"; when the last one is resolved a "vor" vehicle is active again. Retired vehicles are
/// left alone. The vehicle row is locked first, so two defect writes on one vehicle cannot both miss
/// each other. After commit, pass the returned record to <see cref="VehicleLiveSync"/> so every silo,
/// the vehicle grain and the dashboards take the new status.
/// </summary>
public static class VehicleRoadworthiness
{
    /// <summary>The vehicle as it now is when its status changed (audit entry recorded), or null when it did not.</summary>
    public static async Task<VehicleRecord?> SyncAsync(AuditedTransaction unit, Guid companyId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using var select = unit.Command(DefectQueries.LockVehicle);
        select.Parameters.AddWithValue("id", vehicleId);
        select.Parameters.AddWithValue("company", companyId);
        var current = await PostgresVehicleStore.ReadOneAsync(select, cancellationToken);
        if (current is null || current.Details.Status == VehicleRecordStatuses.Retired) return null;

        await using var open = unit.Command(DefectQueries.OpenDangerous);
        open.Parameters.AddWithValue("id", vehicleId);
        open.Parameters.AddWithValue("company", companyId);
        var offRoad = (bool)(await open.ExecuteScalarAsync(cancellationToken))!;
        var target = (offRoad, current.Details.Status) switch
        {
            (true, VehicleRecordStatuses.Active or VehicleRecordStatuses.Maintenance) => VehicleRecordStatuses.Vor,
            (false, VehicleRecordStatuses.Vor) => VehicleRecordStatuses.Active,
            _ => current.Details.Status,
        };
        if (target == current.Details.Status) return null;

        await using var update = unit.Command(DefectQueries.UpdateVehicleStatus);
        update.Parameters.AddWithValue("id", vehicleId);
        update.Parameters.AddWithValue("company", companyId);
        update.Parameters.AddWithValue("status", target);
        var written = (await PostgresVehicleStore.ReadOneAsync(update, cancellationToken))!;
        unit.Record(AuditActions.Update, PostgresVehicleStore.EntityType, vehicleId, AuditChanges.Between(current.AuditFields(), written.AuditFields()));
        return written;
    }
}
