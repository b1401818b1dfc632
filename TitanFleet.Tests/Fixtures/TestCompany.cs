namespace TitanFleet.Tests.Fixtures;

/// <summary>A company created for one test class: users of every role and vehicles with devices, all with fresh random ids.</summary>
public sealed record TestCompany(Guid CompanyId, string Name, IReadOnlyDictionary<string, string> EmailsByRole, IReadOnlyList<TestVehicle> Vehicles)
{
    public const string Password = "Test-Password-123";

    public string Email(string role) => EmailsByRole[role];
}

public sealed record TestVehicle(Guid VehicleId, string Registration, Guid DeviceId, string DeviceToken, string DeviceUniqueId);
