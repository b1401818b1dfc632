using TitanFleet.Grains.Hours;

namespace TitanFleet.Api.Shifts;

/// <summary>One drivers'-hours limit now, in seconds; <see cref="RemainingSeconds"/> is never negative.</summary>
public sealed record LimitResponse(HoursRule Rule, int UsedSeconds, int LimitSeconds, int RemainingSeconds, LimitState State);
