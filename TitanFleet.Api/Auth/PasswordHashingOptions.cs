namespace TitanFleet.Api.Auth;

public sealed class PasswordHashingOptions
{
    public const string Section = "PasswordHashing";

    /// <summary>
    /// Password hashes or verifications computed at once. Each takes tens of milliseconds of one
    /// core by design, so more at once than half the cores starves ingestion and dashboards.
    /// </summary>
    public int ConcurrencyLimit { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Requests that wait for a slot; past it they are answered 503 with Retry-After at once.</summary>
    public int QueueLimit { get; set; } = 16;

    /// <summary>
    /// Longest a request waits in the queue for a slot; one whose turn cannot come within it (at the
    /// pace slots have been freeing up) is answered 503 with Retry-After at once, one that waits past
    /// it then. Without it a login queued behind a burst waited many seconds (15-18 s seen); at 2 s,
    /// the logins that waited it out and were refused set the load plan's P95.
    /// </summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromMilliseconds(250);
}
