namespace TitanFleet.Grains.Hours;

/// <summary>The limits evaluated, in the order <see cref="HoursStatus.Limits"/> lists them.</summary>
public enum HoursRule
{
    /// <summary>Driving since the last qualifying break (4 h 30).</summary>
    ContinuousDriving,

    /// <summary>Driving in the current daily duty period (9 h, 10 h on an extended day).</summary>
    DailyDriving,

    /// <summary>Driving in the current fixed week (56 h).</summary>
    WeeklyDriving,

    /// <summary>Driving in this and last fixed week (90 h).</summary>
    FortnightlyDriving,

    /// <summary>Time since the last daily or weekly rest ended, until the next one must start (24 h less the rest due).</summary>
    DailyRest,

    /// <summary>Time since the last weekly rest ended, until the next one must start (six 24-hour periods).</summary>
    WeeklyRest,

    /// <summary>Working time since the last break of at least 15 minutes (6 h).</summary>
    WorkingTimeBreak,

    /// <summary>Working time in the current fixed week (60 h).</summary>
    WeeklyWorkingTime,
}
