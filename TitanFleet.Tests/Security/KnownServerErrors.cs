namespace TitanFleet.Tests.Security;

/// <summary>
/// 500s the security review already found (issue 8, finding 6) that other branches are fixing. The
/// fuzz reports them without failing, and fails as soon as one no longer happens, so each entry is
/// removed the day its fix lands. Add nothing here for a new 5xx: fix it.
/// </summary>
public static class KnownServerErrors
{
    public sealed record Entry(string Operation, string CaseContains, string Finding)
    {
        public bool Matches(FuzzOutcome outcome) =>
            (Operation == "*" || outcome.Case.Operation == Operation) && outcome.Case.Name.Contains(CaseContains, StringComparison.Ordinal);
    }

    public static readonly IReadOnlyList<Entry> Entries = [];

    public static Entry? Match(FuzzOutcome outcome) => Entries.FirstOrDefault(entry => entry.Matches(outcome));
}
