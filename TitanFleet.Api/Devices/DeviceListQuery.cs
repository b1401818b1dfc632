using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Devices;

/// <summary>The device list's query string, oldest first; revoked devices are listed with their revocation time.</summary>
public sealed record DeviceListQuery(string? Cursor, int? Limit) : IPageQuery;
