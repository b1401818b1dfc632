using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Hours;

public sealed class HoursOptionsValidator : IValidateOptions<HoursOptions>
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, HoursOptions options)
    {
        var failures = new List<string>();
        void Positive(TimeSpan value, string setting)
        {
            if (value <= TimeSpan.Zero) failures.Add($"{HoursOptions.Section}:{setting} must be more than 0.");
        }

        Positive(options.MaxContinuousDriving, nameof(options.MaxContinuousDriving));
        Positive(options.FullBreak, nameof(options.FullBreak));
        Positive(options.SplitBreakFirstPart, nameof(options.SplitBreakFirstPart));
        Positive(options.SplitBreakSecondPart, nameof(options.SplitBreakSecondPart));
        Positive(options.DailyDriving, nameof(options.DailyDriving));
        Positive(options.WeeklyDriving, nameof(options.WeeklyDriving));
        Positive(options.FortnightlyDriving, nameof(options.FortnightlyDriving));
        Positive(options.ReducedDailyRest, nameof(options.ReducedDailyRest));
        Positive(options.WeeklyRestDueAfter, nameof(options.WeeklyRestDueAfter));
        Positive(options.MaxWorkWithoutBreak, nameof(options.MaxWorkWithoutBreak));
        Positive(options.WorkingTimeBreak, nameof(options.WorkingTimeBreak));
        Positive(options.WeeklyWorkingTime, nameof(options.WeeklyWorkingTime));
        if (options.SplitBreakFirstPart > options.FullBreak || options.SplitBreakSecondPart > options.FullBreak)
            failures.Add($"{HoursOptions.Section}:{nameof(options.SplitBreakFirstPart)} and {nameof(options.SplitBreakSecondPart)} must each be at most {nameof(options.FullBreak)}.");
        if (options.ExtendedDailyDriving < options.DailyDriving)
            failures.Add($"{HoursOptions.Section}:{nameof(options.ExtendedDailyDriving)} must be at least {nameof(options.DailyDriving)}.");
        if (options.ExtendedDaysPerWeek < 0)
            failures.Add($"{HoursOptions.Section}:{nameof(options.ExtendedDaysPerWeek)} must not be negative.");
        if (options.ReducedDailyRestsBetweenWeeklyRests < 0)
            failures.Add($"{HoursOptions.Section}:{nameof(options.ReducedDailyRestsBetweenWeeklyRests)} must not be negative.");
        // The daily rest has to fit inside the 24 hours after the previous rest, with time left to work.
        if (options.RegularDailyRest < options.ReducedDailyRest || options.RegularDailyRest >= Day)
            failures.Add($"{HoursOptions.Section}:{nameof(options.RegularDailyRest)} must be at least {nameof(options.ReducedDailyRest)} and less than 24 hours.");
        // A rest is classed as weekly before daily, so a weekly rest shorter than a daily one could never be daily.
        if (options.ReducedWeeklyRest < options.RegularDailyRest || options.RegularWeeklyRest < options.ReducedWeeklyRest)
            failures.Add($"{HoursOptions.Section}:{nameof(options.ReducedWeeklyRest)} must be at least {nameof(options.RegularDailyRest)} and at most {nameof(options.RegularWeeklyRest)}.");
        if (options.ApproachingLead < TimeSpan.Zero)
            failures.Add($"{HoursOptions.Section}:{nameof(options.ApproachingLead)} must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
