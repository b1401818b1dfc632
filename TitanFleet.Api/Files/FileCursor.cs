namespace TitanFleet.Api.Files;

/// <summary>Where a page of files ended: the creation time (UTC ticks) and id of its last row.</summary>
public sealed record FileCursor(long CreatedTicks, Guid Id);
