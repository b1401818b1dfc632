using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Push;

public sealed class PushOptionsValidator : IValidateOptions<PushOptions>
{
    private static readonly TimeSpan MaxInterval = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, PushOptions options)
    {
        var failures = new List<string>();
        if (options.Interval <= TimeSpan.Zero || options.Interval > MaxInterval)
            failures.Add($"{PushOptions.Section}:{nameof(options.Interval)} must be more than 0 and at most {MaxInterval}.");
        // A tick longer than the interval would stretch the interval to the tick.
        if (options.FlushTick <= TimeSpan.Zero || options.FlushTick > options.Interval)
            failures.Add($"{PushOptions.Section}:{nameof(options.FlushTick)} must be more than 0 and at most {PushOptions.Section}:{nameof(options.Interval)}.");
        if (options.SubscriberRefresh <= TimeSpan.Zero)
            failures.Add($"{PushOptions.Section}:{nameof(options.SubscriberRefresh)} must be more than 0.");
        // A timeout shorter than one interval would disconnect dashboards that are merely receiving a large batch.
        if (options.SlowClientTimeout <= options.Interval)
            failures.Add($"{PushOptions.Section}:{nameof(options.SlowClientTimeout)} must be longer than {PushOptions.Section}:{nameof(options.Interval)}.");
        if (options.SnapshotBurst < 1)
            failures.Add($"{PushOptions.Section}:{nameof(options.SnapshotBurst)} must be at least 1.");
        if (options.SnapshotPeriod <= TimeSpan.Zero)
            failures.Add($"{PushOptions.Section}:{nameof(options.SnapshotPeriod)} must be more than 0.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
