namespace TitanFleet.Grains.Reminders;

/// <summary>A company's reminders as they move by themselves; keyed by company id.</summary>
public interface ICompanyRemindersGrain : IGrainWithGuidKey, IRemindable
{
    /// <summary>Reads the company's open reminders now, writes and announces what moved, and sets the next wake-up. Called after every reminder write.</summary>
    Task RefreshAsync();
}
