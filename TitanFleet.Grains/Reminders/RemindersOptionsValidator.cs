using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Reminders;

public sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    /// <summary>Orleans refuses a reminder period under a minute.</summary>
    private static readonly TimeSpan MinPeriod = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, RemindersOptions options)
    {
        var failures = new List<string>();
        foreach (var (type, days) in options.LeadDays)
        {
            if (!ReminderTypes.All.Contains(type))
                failures.Add($"{RemindersOptions.Section}:{nameof(options.LeadDays)}:{type} is not a reminder type (one of {string.Join(", ", ReminderTypes.All)}).");
            else if (days is < 0 or > 365)
                failures.Add($"{RemindersOptions.Section}:{nameof(options.LeadDays)}:{type} must be 0 to 365 days.");
        }
        if (options.LeadKm is < 0 or > 100_000)
            failures.Add($"{RemindersOptions.Section}:{nameof(options.LeadKm)} must be 0 to 100000.");
        if (options.EscalateEvery < MinPeriod)
            failures.Add($"{RemindersOptions.Section}:{nameof(options.EscalateEvery)} must be at least {MinPeriod}.");
        if (options.CheckPeriod < MinPeriod)
            failures.Add($"{RemindersOptions.Section}:{nameof(options.CheckPeriod)} must be at least {MinPeriod} (the Orleans reminder minimum).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
