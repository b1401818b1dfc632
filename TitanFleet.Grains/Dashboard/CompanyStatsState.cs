namespace TitanFleet.Grains.Dashboard;

/// <summary>
/// Persisted state of a company's dashboard figures: only who is on shift, which lives in each driver's grain
/// and no table, so this grain keeps its own record of it from the shift events. Stored with the Orleans
/// serializer: never reuse or renumber an Id.
/// </summary>
[GenerateSerializer, Alias("titanfleet.company-stats-state.v1")]
public sealed class CompanyStatsState
{
    [Id(0)] public HashSet<Guid> DriversOnShift { get; set; } = [];
}
