namespace TitanFleet.Grains.Vehicles;

public enum VehicleSort
{
    RegistrationAscending = 0,
    RegistrationDescending = 1,
    CreatedAscending = 2,
    CreatedDescending = 3,
}
