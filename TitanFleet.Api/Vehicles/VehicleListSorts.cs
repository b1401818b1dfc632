using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

public static class VehicleListSorts
{
    public static readonly IReadOnlyDictionary<string, VehicleSort> ByName = new Dictionary<string, VehicleSort>(StringComparer.Ordinal)
    {
        ["registration"] = VehicleSort.RegistrationAscending,
        ["-registration"] = VehicleSort.RegistrationDescending,
        ["createdAt"] = VehicleSort.CreatedAscending,
        ["-createdAt"] = VehicleSort.CreatedDescending,
    };

    public static VehicleSort Parse(string? name) => name is null ? VehicleSort.RegistrationAscending : ByName[name];
}
