using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TitanFleet.Api.Auth;

namespace TitanFleet.Tests.Api.Auth;

/// <summary>
/// One slot, and a clock that moves only when told: a request that would wait stays pending until
/// the test frees the slot or advances the clock, so "answered at once" is seen without timing.
/// </summary>
public sealed class PasswordHashingSlotsTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task AcquireAsync_TurnCannotComeWithinMaxQueueWait_RefusedAtOnce()
    {
        using var slots = Slots(maxQueueWait: TimeSpan.FromMilliseconds(250));
        await HoldAsync(slots, TimeSpan.FromSeconds(1));
        using var busy = await slots.AcquireAsync(CancellationToken.None);

        var next = slots.AcquireAsync(CancellationToken.None);

        Assert.True(next.IsCompleted, "refused without waiting out the bound, though the queue had room");
        Assert.False((await next).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_TurnComesWithinMaxQueueWait_WaitsAndGetsTheSlot()
    {
        using var slots = Slots(maxQueueWait: TimeSpan.FromSeconds(1));
        await HoldAsync(slots, TimeSpan.FromMilliseconds(100));
        var busy = await slots.AcquireAsync(CancellationToken.None);

        var next = slots.AcquireAsync(CancellationToken.None);
        Assert.False(next.IsCompleted, "queued while the slot is held");
        busy.Dispose();

        using var granted = await next;
        Assert.True(granted.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_QueuedPastMaxQueueWait_Refused()
    {
        using var slots = Slots(maxQueueWait: TimeSpan.FromSeconds(1));
        using var busy = await slots.AcquireAsync(CancellationToken.None);

        var next = slots.AcquireAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.False((await next).IsAcquired);
    }

    private PasswordHashingSlots Slots(TimeSpan maxQueueWait) =>
        new(Options.Create(new PasswordHashingOptions { ConcurrencyLimit = 1, QueueLimit = 16, MaxQueueWait = maxQueueWait }), _time);

    /// <summary>One hash that held the slot for <paramref name="held"/>: the pace the next requests are judged by.</summary>
    private async Task HoldAsync(PasswordHashingSlots slots, TimeSpan held)
    {
        using var lease = await slots.AcquireAsync(CancellationToken.None);
        Assert.True(lease.IsAcquired);
        _time.Advance(held);
    }
}
