using Microsoft.Extensions.Options;
using TitanFleet.Grains.Reminders;

namespace TitanFleet.Silo.Demo;

/// <summary>
/// Arms the demo company's reminders grain once the silo is active. The seeder writes the demo
/// reminders before the silo starts, when no grain can be called, and a company's Orleans reminder is
/// otherwise registered only by an API write; without this the seeded reminders would never move.
/// Every silo does it on start: the grain's sweep is idempotent and re-registering updates one row.
/// </summary>
public sealed partial class DemoReminderArming(IOptions<DemoOptions> demo, IGrainFactory grains, ILogger<DemoReminderArming> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle)
    {
        if (demo.Value.Seed) lifecycle.Subscribe(nameof(DemoReminderArming), ServiceLifecycleStage.Active, ArmAsync);
    }

    private async Task ArmAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<ICompanyRemindersGrain>(DemoFleet.CompanyId).RefreshAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The demo is not worth refusing to start over: an API write to a reminder arms it too.
            LogArmFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo company's reminders could not be armed; they move once a reminder is next written")]
    private partial void LogArmFailed(Exception exception);
}
