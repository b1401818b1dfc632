namespace TitanFleet.Grains.Vehicles;

/// <summary>Read side of the vehicles register, cached per silo because every ping consults it.</summary>
public interface IVehicleDirectory
{
    Task<VehicleProfile?> FindAsync(Guid vehicleId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<VehicleProfile>> ListCompanyAsync(Guid companyId, CancellationToken cancellationToken = default);
}
