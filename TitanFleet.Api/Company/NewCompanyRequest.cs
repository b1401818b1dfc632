namespace TitanFleet.Api.Company;

/// <summary>
/// A company and its first admin as the operator command names them (there is no public sign-up).
/// Without <see cref="AdminPassword"/> the admin gets a one-time set-up token instead.
/// </summary>
public sealed record NewCompanyRequest(string? Name, string? TimeZone, string? AdminEmail, string? AdminName, string? AdminPassword);
