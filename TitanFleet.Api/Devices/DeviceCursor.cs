namespace TitanFleet.Api.Devices;

/// <summary>Where a page of devices ended: the creation time (UTC ticks) and id of its last row.</summary>
public sealed record DeviceCursor(long CreatedTicks, Guid Id);
