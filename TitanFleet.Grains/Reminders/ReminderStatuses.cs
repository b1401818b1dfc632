namespace TitanFleet.Grains.Reminders;

/// <summary>
/// A reminder's status (sql/0110 checks the same list) and the escalation level each one starts at:
/// ok 0, dueSoon 1, overdue 2; every configured period overdue adds one more level.
/// </summary>
public static class ReminderStatuses
{
    public const string Ok = "ok";
    public const string DueSoon = "dueSoon";
    public const string Overdue = "overdue";
    public const string Done = "done";

    public static readonly string[] All = [Ok, DueSoon, Overdue, Done];

    public const int DueSoonLevel = 1;
    public const int OverdueLevel = 2;
}
