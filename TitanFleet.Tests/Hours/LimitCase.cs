using TitanFleet.Grains.Hours;

namespace TitanFleet.Tests.Hours;

/// <summary>One row of a limit table: the log, and what the rule must say about it at the log's end.</summary>
public sealed record LimitCase(string Name, Func<DriverLog> Log, HoursRule Rule, TimeSpan Used, TimeSpan Limit, LimitState State, TimeSpan? BreachAfterStart = null)
{
    public override string ToString() => Name;

    /// <summary>Checks used, limit, remaining, state, and that the rule was breached exactly once at the expected instant (or never).</summary>
    public void Verify()
    {
        var log = Log();
        var status = log.Evaluate();
        var limit = status.For(Rule);

        Assert.Equal(Rule, limit.Rule);
        Assert.Equal(Used, limit.Used);
        Assert.Equal(Limit, limit.Limit);
        Assert.Equal(Used < Limit ? Limit - Used : TimeSpan.Zero, limit.Remaining);
        Assert.Equal(State, limit.State);
        var breaches = status.Breaches.Where(b => b.Rule == Rule).Select(b => b.At).ToList();
        if (BreachAfterStart is { } after) Assert.Equal([log.Segments[0].Start + after], breaches);
        else Assert.Empty(breaches);
    }
}
