using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Notifications;

internal static class NotificationQueries
{
    private const string Columns = "id, company_id, user_id, event_id, event_type, summary, vehicle_id, driver_id, created_at, read_at";
    private const string SettingsColumns = "company_id, rules, updated_at, version";

    public static readonly NamedQuery Insert = new("notifications.insert", $"""
        INSERT INTO notifications (id, company_id, user_id, event_id, event_type, summary, vehicle_id, driver_id)
        SELECT * FROM unnest(@ids, @companies, @users, @events, @types, @summaries, @vehicles, @drivers)
        ON CONFLICT (user_id, event_id) DO NOTHING
        RETURNING {Columns}
        """);

    private const string ListHead = $"""
        SELECT {Columns} FROM notifications
        WHERE user_id = @user AND company_id = @company
        """;

    private const string ListTail = """

        ORDER BY created_at DESC, id DESC
        LIMIT @take
        """;

    private const string Before = "\n  AND (created_at, id) < (@beforeCreatedAt, @beforeId)";

    public static readonly NamedQuery ListFirst = new("notifications.list-first", ListHead + ListTail);

    public static readonly NamedQuery ListAfter = new("notifications.list-after", ListHead + Before + ListTail);

    public static readonly NamedQuery ListUnreadFirst = new("notifications.list-unread-first", ListHead + "\n  AND read_at IS NULL" + ListTail);

    public static readonly NamedQuery ListUnreadAfter = new("notifications.list-unread-after", ListHead + "\n  AND read_at IS NULL" + Before + ListTail);

    public static readonly NamedQuery CountUnread = new("notifications.count-unread",
        "SELECT count(*) FROM notifications WHERE user_id = @user AND company_id = @company AND read_at IS NULL");

    public static readonly NamedQuery MarkRead = new("notifications.mark-read", $"""
        UPDATE notifications SET read_at = coalesce(read_at, now())
        WHERE id = @id AND user_id = @user AND company_id = @company
        RETURNING {Columns}
        """);

    public static readonly NamedQuery MarkAllRead = new("notifications.mark-all-read",
        "UPDATE notifications SET read_at = now() WHERE user_id = @user AND company_id = @company AND read_at IS NULL");

    public static readonly NamedQuery FindSettings = new("notification-settings.find", $"SELECT {SettingsColumns} FROM notification_settings WHERE company_id = @company");

    // Two admins saving a company's first change race on this insert; the loser finds version 2 after it.
    public static readonly NamedQuery SeedSettings = new("notification-settings.seed",
        "INSERT INTO notification_settings (company_id, rules) VALUES (@company, @rules) ON CONFLICT (company_id) DO NOTHING");

    public static readonly NamedQuery LockSettings = new("notification-settings.lock", $"SELECT {SettingsColumns} FROM notification_settings WHERE company_id = @company FOR UPDATE");

    public static readonly NamedQuery UpdateSettings = new("notification-settings.update", $"""
        UPDATE notification_settings SET rules = @rules, updated_at = now(), version = version + 1
        WHERE company_id = @company
        RETURNING {SettingsColumns}
        """);

    public static readonly NamedQuery RecipientRules = new("notification-recipients.rules", "SELECT rules FROM notification_settings WHERE company_id = @company");

    public static readonly NamedQuery RecipientUsers = new("notification-recipients.users", "SELECT id, role FROM users WHERE company_id = @company AND deleted_at IS NULL");
}
