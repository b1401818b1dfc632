using TitanFleet.Grains.Users;

namespace TitanFleet.Grains.Company;

/// <summary>A company as the operator creates it, with its first admin (email already lower case).</summary>
public sealed record NewCompany(
    Guid CompanyId,
    string Name,
    string TimeZone,
    Guid AdminId,
    string AdminEmail,
    string AdminName,
    UserCredential AdminCredential);
