using Microsoft.Extensions.Options;
using TitanFleet.Grains.Reminders;

namespace TitanFleet.Silo.Demo;

/// <summary>
/// Arms the demo company's reminders grain once the silo is active. The seeder writes the demo
/// reminders before the silo starts, when no grain can be called, and a company's Orleans reminder is
/// otherwise registered only by an API write; without this the seeded reminders would never move.
/// Every silo does it on start: the grain's sweep is idempotent and re-registering updates one row.
/// The call runs beside the start, never inside it: the grain registers an Orleans reminder, and the
/// reminder service may itself wait for the silo to finish becoming active.
/// </summary>
public sealed partial class DemoReminderArming(IOptions<DemoOptions> demo, IGrainFactory grains, ILogger<DemoReminderArming> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private const int Attempts = 5;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    public void Participate(ISiloLifecycle lifecycle)
    {
        if (demo.Value.Seed) lifecycle.Subscribe(nameof(DemoReminderArming), ServiceLifecycleStage.Active, Start);
    }

    private Task Start(CancellationToken cancellationToken)
    {
        _ = Task.Run(ArmAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task ArmAsync()
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await grains.GetGrain<ICompanyRemindersGrain>(DemoFleet.CompanyId).RefreshAsync();
                return;
            }
            catch (Exception exception)
            {
                // The demo is not worth refusing to start over: an API write to a reminder arms it too.
                LogArmFailed(exception, attempt, Attempts);
                await Task.Delay(RetryAfter);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo company's reminders could not be armed (attempt {Attempt} of {Attempts}); they move once a reminder is next written")]
    private partial void LogArmFailed(Exception exception, int attempt, int attempts);
}
