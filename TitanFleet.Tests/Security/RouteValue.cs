using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>
/// How a route parameter is filled. A company record (<see cref="IsCompanyRecord"/>) is taken from
/// the company under test, and the isolation matrix asks for company A's record as company B.
/// </summary>
public sealed record RouteValue(string Kind, Func<TestCompany, string> Resolve, bool IsCompanyRecord)
{
    public static readonly RouteValue Vehicle = new("vehicle", company => company.Vehicles[0].VehicleId.ToString(), IsCompanyRecord: true);

    public static readonly RouteValue Device = new("device", company => company.Vehicles[0].DeviceId.ToString(), IsCompanyRecord: true);

    public static RouteValue Literal(string value) => new($"'{value}'", _ => value, IsCompanyRecord: false);
}
