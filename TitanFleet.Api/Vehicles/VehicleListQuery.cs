namespace TitanFleet.Api.Vehicles;

/// <summary>
/// The list's query string. Without <c>status</c> the list hides retired vehicles;
/// <c>registration</c> is a prefix; <c>sort</c> is registration (default), -registration, createdAt or -createdAt.
/// </summary>
public sealed record VehicleListQuery(
    string? Status,
    string? Type,
    string? Depot,
    string? Registration,
    string? Sort,
    string? Cursor,
    int? Limit);
